"""Form 04 ready to sign: the DOCX converts with LibreOffice to an A4 PDF of at most three pages
that carries the header, the items and the signer (issue 9)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from pypdf import PdfReader

from provind.clusters.circular14.files import form_docx
from provind.clusters.circular14.summary import compute_form
from provind.clusters.loading import load_clusters
from provind.clusters.windows import ReportingWindow
from provind.geography.queries import resolve_unit

pytestmark = [pytest.mark.django_db, pytest.mark.libreoffice]


def _soffice() -> str:
    path = shutil.which("soffice") or shutil.which("libreoffice")
    if path is None:
        pytest.fail(
            "LibreOffice (soffice) is not installed: install libreoffice-writer-nogui (see .ci/run) to check the "
            "printed forms",
            pytrace=False,
        )
    return path


def _to_pdf(docx: bytes, folder: Path) -> Path:
    source = folder / "bieu-04.docx"
    source.write_bytes(docx)
    profile = folder / "lo-profile"  # a private profile: parallel runs do not share a lock
    subprocess.run(
        [
            _soffice(),
            f"-env:UserInstallation=file://{profile}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(folder),
            str(source),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
    return folder / "bieu-04.pdf"


def test_form04_docx_prints_on_at_most_three_a4_pages(thai_nguyen_data: None, settings, tmp_path) -> None:  # type: ignore[no-untyped-def]
    load_clusters(settings.DATA_DIR / "thai_nguyen" / "clusters")
    window = ReportingWindow.parse("2025")
    result = compute_form(form="04", unit=resolve_unit("19", window.end), window=window)

    pdf = PdfReader(_to_pdf(form_docx(result=result), tmp_path))

    assert 1 <= len(pdf.pages) <= 3
    box = pdf.pages[0].mediabox
    width_mm, height_mm = float(box.width) * 25.4 / 72, float(box.height) * 25.4 / 72
    assert abs(max(width_mm, height_mm) - 297) < 2
    assert abs(min(width_mm, height_mm) - 210) < 2
    text = " ".join(" ".join(page.extract_text().split()) for page in pdf.pages)
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in text
    assert "SỞ CÔNG THƯƠNG" in text
    assert "Kỳ báo cáo: năm 2025" in text
    assert "năm năm" not in text
    assert "GIÁM ĐỐC SỞ CÔNG THƯƠNG" in text
    assert "CHƯA ĐỦ SỐ LIỆU" in text  # incomplete items say so on paper too
    assert "chưa rõ" in text  # an unknown value (revenue: no Form 01/02 filed) is printed as unknown
