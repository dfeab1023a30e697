"""Forms 03/04 and Form 02 as XLSX and DOCX: they open, and the numbers are where the form puts them."""

from __future__ import annotations

import io
from decimal import Decimal

import pytest
from docx import Document
from openpyxl import load_workbook

from provind.clusters.circular14.files import form02_docx, form02_xlsx, form_docx, form_xlsx
from provind.clusters.circular14.summary import compute_form
from provind.clusters.models import Form02Report
from provind.clusters.windows import ReportingWindow
from provind.lib.numbers import format_vi
from tests.clusters.form_factories import reporting_scenario, unit

H1_2024 = ReportingWindow.parse("2024H1")


@pytest.fixture
def form04(db: None):  # type: ignore[no-untyped-def]
    scenario = reporting_scenario()
    return compute_form(form="04", unit=scenario.province, window=H1_2024)


def _rows(data: bytes, sheet: str | None = None) -> list[tuple[object, ...]]:
    book = load_workbook(io.BytesIO(data))
    return list((book[sheet] if sheet else book.worksheets[0]).iter_rows(values_only=True))


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (Decimal("2067"), "2.067"),
        (Decimal("54.55"), "54,55"),
        (Decimal("9.500"), "9,5"),
        (1234567, "1.234.567"),
        (None, ""),
        (True, "1"),
        (Decimal("-1234.5"), "-1.234,5"),
    ],
)
def test_numbers_are_written_the_vietnamese_way(value: object, text: str) -> None:
    assert format_vi(value) == text  # type: ignore[arg-type]


def test_form04_xlsx_has_the_official_layout_and_the_values(form04) -> None:  # type: ignore[no-untyped-def]
    rows = _rows(form_xlsx(result=form04))

    assert rows[0][0] == "ỦY BAN NHÂN DÂN TỈNH THÁI NGUYÊN"
    assert rows[1][:4] == ("SỞ CÔNG THƯƠNG", None, None, "Độc lập - Tự do - Hạnh phúc")
    assert rows[2][0] == "Số: …/BC-SCT"
    assert rows[2][3] == "Thái Nguyên, ngày … tháng … năm …"
    assert rows[3][0] == "Biểu số 04. Tổng hợp tình hình cụm công nghiệp trên địa bàn cấp tỉnh"
    assert rows[4][0] == "Đơn vị gửi báo cáo: Sở Công Thương tỉnh Thái Nguyên"
    assert rows[5][0] == "Kính gửi: Ủy ban nhân dân cấp tỉnh, Bộ Công Thương (Cục Công Thương địa phương)"
    assert rows[6][0] == "Kỳ báo cáo: 6 tháng năm 2024 (số liệu từ 15/12/2023 đến 14/06/2024)"
    assert rows[7][0] == "(Thời hạn gửi báo cáo: trước ngày 30/06/2024)"
    head = rows.index(("STT", "Chỉ tiêu", "Đơn vị tính", "Kết quả (Lũy kế đến thời điểm báo cáo)", "Ghi chú"))
    by_number = {r[0]: r for r in rows[head + 2 :] if r[0] is not None}
    assert by_number["I"][1] == "Phương án phát triển cụm công nghiệp"
    assert by_number["III"][1] == "Hoạt động của các cụm công nghiệp"
    assert by_number["1"][2:4] == ("Cụm", 41)
    assert by_number["2"][3] == 2067
    assert by_number["15.2"][3] == 1
    assert by_number["16"][3] == 62
    assert by_number["19"][2:4] == ("%", 54.55)
    assert by_number["24"][3] == 9.5
    assert by_number["25"][2:4] == ("Người", 380)
    assert "CCN Thử nghiệm A" in by_number["19"][4]
    assert "CCN Thử nghiệm C" in by_number["19"][4]
    assert sum(1 for r in rows if r[0] and str(r[0])[0].isdigit()) == 35
    assert any(r[3] == "GIÁM ĐỐC SỞ CÔNG THƯƠNG" for r in rows)


def test_form04_xlsx_lists_the_clusters_behind_each_item(form04) -> None:  # type: ignore[no-untyped-def]
    rows = _rows(form_xlsx(result=form04), "Cụm theo chỉ tiêu")

    assert rows[0] == ("STT", "Chỉ tiêu", "Mã cụm", "Tên cụm")
    assert [r[2] for r in rows if r[0] == "15"] == ["ccn-thu-nghiem-a", "ccn-thu-nghiem-c"]


def test_form04_docx_opens_and_shows_the_values(form04) -> None:  # type: ignore[no-untyped-def]
    document = Document(io.BytesIO(form_docx(result=form04)))

    text = "\n".join(p.text for p in document.paragraphs)
    text += "\n".join(c.text for t in (document.tables[0], document.tables[-1]) for c in t.rows[0].cells)
    assert "TỔNG HỢP TÌNH HÌNH CỤM CÔNG NGHIỆP TRÊN ĐỊA BÀN CẤP TỈNH" in text
    assert "Kính gửi: Ủy ban nhân dân cấp tỉnh, Bộ Công Thương" in text
    assert "Kỳ báo cáo: 6 tháng năm 2024" in text
    assert "GIÁM ĐỐC SỞ CÔNG THƯƠNG" in text
    main, table = document.tables[0], document.tables[1]
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in main.rows[0].cells[1].text
    rows = [[c.text for c in row.cells] for row in table.rows]
    assert rows[0] == ["STT", "Chỉ tiêu", "Đơn vị tính", "Kết quả (Lũy kế đến thời điểm báo cáo)", "Ghi chú"]
    by_number = {r[0]: r for r in rows[2:]}
    assert by_number["2"][3] == "2.067"
    assert by_number["19"][3] == "54,55"
    assert by_number["24"][3] == "9,5"
    assert by_number["15.4"][3] == "1"
    assert len(rows) == 2 + 3 + 35


def test_form03_names_the_commune_committee(db: None) -> None:
    reporting_scenario()
    result = compute_form(form="03", unit=unit("05503"), window=H1_2024)

    rows = _rows(form_xlsx(result=result))

    assert rows[1][0] == "ỦY BAN NHÂN DÂN XÃ TÂN CƯƠNG"
    assert rows[4][0] == "Đơn vị gửi báo cáo: Ủy ban nhân dân xã Tân Cương"
    assert rows[5][0] == "Kính gửi: Ủy ban nhân dân cấp tỉnh, Sở Công Thương"
    assert any(r[3] == "TM. ỦY BAN NHÂN DÂN" for r in rows)


def test_form02_blank_and_filled(db: None) -> None:
    scenario = reporting_scenario()
    report = Form02Report.objects.get(cluster=scenario.a)

    blank = _rows(form02_xlsx(cluster=scenario.a, window=H1_2024))
    filled = _rows(form02_xlsx(cluster=scenario.a, window=H1_2024, report=report))

    assert blank[1][0] == "Đơn vị gửi báo cáo: Công ty TNHH Hạ tầng Thử nghiệm A"
    assert blank[6][:2] == ("Mã cụm công nghiệp (cluster code)", "ccn-thu-nghiem-a")
    assert blank[7][:2] == ("Mã kỳ báo cáo (window)", "2024H1")
    items = {r[0]: r for r in filled if isinstance(r[0], int)}
    assert [r[3] for r in blank if isinstance(r[0], int)] == [None] * 14
    assert items[1][3] == 320
    assert items[5][3] == 60
    assert items[13][3] == 1
    document = Document(io.BytesIO(form02_docx(cluster=scenario.a, window=H1_2024, report=report)))
    cells = {row.cells[0].text: row.cells[3].text for row in document.tables[0].rows}
    assert "năm năm" not in "\n".join(p.text for p in document.paragraphs)
    assert cells["1"] == "320"
    assert cells["4"] == "20"
    assert cells["14"] == "1"


def test_form_workbooks_keep_their_print_set_up_and_write_formulas_as_text(form04) -> None:  # type: ignore[no-untyped-def]
    form04.clusters[0].name = "=1+1 (synthetic)"
    form04.items[0].clusters = [form04.clusters[0]]
    book = load_workbook(io.BytesIO(form_xlsx(result=form04)))
    sheet, sources = book.worksheets
    head = [r[0].row for r in sheet.iter_rows() if r[0].value == "STT"][0]
    assert sheet.print_title_rows == f"${head}:${head + 1}"  # the table head and its (1)…(5) row
    assert (int(sheet.page_setup.paperSize), sheet.page_setup.orientation) == (9, "landscape")
    assert sheet.page_setup.fitToWidth == 1
    names = [c for c in sources["D"] if c.value == "=1+1 (synthetic)"]
    assert names
    assert names[0].data_type == "s"

    form02 = load_workbook(io.BytesIO(form02_xlsx(cluster=form04.clusters[0], window=H1_2024))).worksheets[0]
    assert (int(form02.page_setup.paperSize), form02.page_setup.orientation) == (9, "landscape")
    assert form02.print_title_rows
