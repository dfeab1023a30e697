"""The XLSX template officials fill in: one sheet of rows with dropdown lists, one of codes."""

from __future__ import annotations

from collections.abc import Iterable

from openpyxl import Workbook
from openpyxl.comments import Comment
from openpyxl.styles import Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation

from provind.geography.models import AdminUnit
from provind.indicators.imports import COLUMNS
from provind.indicators.models import Indicator
from provind.lib.xlsx import append_row, workbook_bytes

HEADER_HELP = {
    "indicator": "Mã chỉ tiêu / indicator code",
    "unit": "Mã đơn vị hành chính / unit code",
    "period": "Kỳ: 2024-07, 2024-YTD07, 2024-Q3, 2024-H1, 2024 hoặc “7 tháng năm 2024”",
    "value": "Giá trị theo đơn vị của chỉ tiêu (45.000,5)",
    "status": "kế hoạch / ước tính / sơ bộ / chính thức",
    "breakdown": "Phân tổ, vd. ownership=foreign_invested",
    "qualifier": "trên / dưới / khoảng / gần",
    "vintage": "Ngày công bố (dd/mm/yyyy)",
    "reported_change": "% tăng/giảm so với cùng kỳ theo nguồn",
    "reported_plan_pct": "% kế hoạch năm theo nguồn",
    "source_title": "Tên văn bản nguồn",
    "source_number": "Số hiệu văn bản",
    "source_url": "Địa chỉ nguồn",
}
STATUS_CHOICES = ["ước tính", "sơ bộ", "chính thức", "kế hoạch"]
MAX_ROWS = 5000


def observations_template(units: Iterable[AdminUnit]) -> bytes:
    """A workbook with the import columns, help in row 2's comments, and validation lists."""
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "So lieu"
    codes = book.create_sheet("Danh muc")
    append_row(sheet, COLUMNS)
    bold, fill = Font(bold=True), PatternFill("solid", fgColor="FDE9D9")
    for index, cell in enumerate(sheet[1], start=1):
        cell.font, cell.fill = bold, fill
        if cell.value in HEADER_HELP:
            cell.comment = Comment(HEADER_HELP[str(cell.value)], "Provind")
        sheet.column_dimensions[get_column_letter(index)].width = 18
    append_row(codes, ["indicator", "tên chỉ tiêu", "đơn vị tính", "", "unit", "tên đơn vị", "hiệu lực", "", "status"])
    indicators = list(Indicator.objects.all())
    unit_list = list(units)
    for i in range(max(len(indicators), len(unit_list), len(STATUS_CHOICES))):
        row: list[object] = [""] * 9
        if i < len(indicators):
            row[0:3] = [indicators[i].code, indicators[i].name_vi, indicators[i].unit_vi]
        if i < len(unit_list):
            row[4:7] = [unit_list[i].code, unit_list[i].name, unit_list[i].validity_label]
        if i < len(STATUS_CHOICES):
            row[8] = STATUS_CHOICES[i]
        append_row(codes, row)
    for cell in codes[1]:
        cell.font = bold

    def dropdown(column: str, source: str, count: int) -> None:
        validation = DataValidation(
            type="list", formula1=f"='Danh muc'!${source}$2:${source}${count + 1}", allow_blank=True
        )
        validation.error = "Chọn giá trị trong danh sách / pick a value from the list"
        validation.showErrorMessage = True
        sheet.add_data_validation(validation)
        validation.add(f"{column}2:{column}{MAX_ROWS}")

    letter = {name: get_column_letter(i + 1) for i, name in enumerate(COLUMNS)}
    dropdown(letter["indicator"], "A", len(indicators))
    dropdown(letter["unit"], "E", len(unit_list))
    dropdown(letter["status"], "I", len(STATUS_CHOICES))
    sheet.freeze_panes = "A2"
    return workbook_bytes(book)
