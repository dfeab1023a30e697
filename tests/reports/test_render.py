"""The report rendered as DOCX, PDF and HTML, read back with python-docx, pdftotext and
pdftoppm: the national header, the figures and sentences, the charts, A4 pages."""

import datetime as dt
import io
import subprocess
from pathlib import Path

import pytest
from docx import Document

from provind.reports import charts, render
from provind.reports.builder import build_report
from provind.reports.layout import Header

pytestmark = pytest.mark.django_db

HEADER = Header("125", "Thái Nguyên", dt.date(2024, 8, 5), "GIÁM ĐỐC", "Nguyễn Văn A")


def docx_text(content: bytes) -> str:
    doc = Document(io.BytesIO(content))
    parts = [p.text for p in doc.paragraphs]
    for table in doc.tables:
        for row in table.rows:
            parts.extend(cell.text for cell in row.cells)
    return "\n".join(parts)


def pdf_text(content: bytes, tmp_path: Path) -> str:
    path = tmp_path / "r.pdf"
    path.write_bytes(content)
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True).stdout


@pytest.fixture
def report_data(synthetic_months):
    return build_report(unit_code="19", period_code="2024-YTD07")


def test_the_docx_has_the_header_figures_sentences_charts_and_signer(report_data):
    images = render.chart_images(report_data, "vi")
    content = render.render_docx(report_data, HEADER, images=images)
    doc = Document(io.BytesIO(content))
    text = docx_text(content)

    section = doc.sections[0]
    assert (round(section.page_width.mm), round(section.page_height.mm)) == (210, 297)  # A4
    for expected in (
        "SỞ CÔNG THƯƠNG TỈNH THÁI NGUYÊN",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "Số: 125/BC-SCT",
        "Thái Nguyên, ngày 05 tháng 08 năm 2024",
        "Tình hình hoạt động ngành Công Thương 7 tháng năm 2024",
        "ước tăng 7,1% so với cùng kỳ năm trước",
        "ước đạt trên 45.000 tỷ đồng, tăng 16,3%",
        "ước đạt 17,6 tỷ USD, tăng 12,8%",
        "Thực hiện tháng",
        "So cùng kỳ (%)",
        "So KH năm (%)",
        "116,3",  # retail: 100 + 16,3 in the "So cùng kỳ" column
        "ước tính",
        "VII. NHIỆM VỤ, GIẢI PHÁP",
        "GIÁM ĐỐC",
        "Nguyễn Văn A",
        "Nơi nhận:",
    ):
        assert expected in text, expected
    # Three charts drawn (IIP by month, cumulative exports, cluster funnel), embedded as pictures.
    assert set(images) == {"iip_monthly", "exports_cumulative", "cluster_funnel"}
    assert len(doc.inline_shapes) == 3
    assert all(png.startswith(b"\x89PNG") for png in images.values())


def test_the_pdf_has_the_same_figures_and_its_pages_render(report_data, tmp_path):
    images = render.chart_images(report_data, "vi")
    pdf = render.render_pdf(report_data, HEADER, images=images)
    text = pdf_text(pdf, tmp_path)
    flat = " ".join(text.split())

    for expected in ("7 tháng năm 2024", "7,1%", "45.000 tỷ đồng", "17,6 tỷ USD", "ước", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA"):
        assert expected in flat, expected
    subprocess.run(["pdftoppm", "-png", "-r", "40", str(tmp_path / "r.pdf"), str(tmp_path / "page")], check=True)
    pages = sorted(tmp_path.glob("page*.png"))
    assert len(pages) >= 2
    assert all(p.read_bytes().startswith(b"\x89PNG") and p.stat().st_size > 1000 for p in pages)
    info = subprocess.run(["pdfinfo", str(tmp_path / "r.pdf")], capture_output=True, text=True, check=True).stdout
    assert "595.276 x 841.89 pts (A4)" in info


def test_the_english_variant_is_written_in_english(report_data):
    html = render.render_html(report_data, HEADER, "en", images={})

    assert "rose by an estimated 7.1% year on year" in html
    assert "is estimated at over 45,000 bn VND, up 16.3% year on year" in html
    assert "ước tăng" not in html


def test_the_html_preview_embeds_svg_charts_with_vietnamese_month_labels(report_data):
    chart = next(c for c in report_data["charts"] if c["key"] == "exports_cumulative")

    svg = charts.to_svg(chart, "vi")

    assert "T7/2024" in svg
    assert "T1/2024" in svg
    assert "tỷ USD" in svg
    assert charts.spec(chart, "vi")["config"]["font"] == "Noto Sans"


def test_a_chart_without_rows_is_not_drawn_and_the_report_says_so(shipped):
    # 2020: the shipped data has quarterly IIP for 2020 but no monthly IIP for 2020 or 2019
    # (2024 has monthly IIP since issue 12's series).
    data = build_report(unit_code="19", period_code="2020-YTD09")
    html = render.render_html(data, HEADER, images=None)

    assert not charts.drawable(next(c for c in data["charts"] if c["key"] == "iip_monthly"))
    assert "(chưa có số liệu để vẽ)" in html
