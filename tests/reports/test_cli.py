"""`provind report --unit 19 --period 2024-YTD07 --format docx -o r.docx` (provind/cli_reports.py)."""

import io
import subprocess

import pytest
from click.testing import CliRunner
from docx import Document

from provind.cli import main

pytestmark = pytest.mark.django_db


def test_it_writes_the_docx_the_issue_asks_for(shipped, tmp_path):
    out = tmp_path / "r.docx"

    result = CliRunner().invoke(
        main, ["report", "--unit", "19", "--period", "2024-YTD07", "--format", "docx", "-o", str(out)]
    )

    assert result.exit_code == 0, result.output
    doc = Document(io.BytesIO(out.read_bytes()))
    text = "\n".join(p.text for p in doc.paragraphs)
    for expected in ("7 tháng năm 2024", "7,1%", "45.000 tỷ đồng", "17,6 tỷ USD", "ước"):
        assert expected in text, expected


def test_the_pdf_has_the_same_figures(shipped, tmp_path):
    out = tmp_path / "r.pdf"

    result = CliRunner().invoke(
        main, ["report", "--unit", "19", "--period", "2024-YTD07", "--format", "pdf", "-o", str(out)]
    )

    assert result.exit_code == 0, result.output
    text = " ".join(
        subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True, check=True).stdout.split()
    )
    for expected in ("7 tháng năm 2024", "7,1%", "45.000 tỷ đồng", "17,6 tỷ USD", "ước"):
        assert expected in text, expected


def test_a_bad_period_is_an_error_in_both_languages_and_writes_nothing(shipped, tmp_path):
    out = tmp_path / "r.html"

    result = CliRunner().invoke(
        main, ["report", "--unit", "19", "--period", "2024-Q5", "--format", "html", "-o", str(out)]
    )

    assert result.exit_code == 1
    assert "period:" in result.output
    assert "không phải kỳ báo cáo hợp lệ" in result.output
    assert "is not a valid period" in result.output
    assert not out.exists()
