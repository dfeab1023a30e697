"""The XLSX template for the key projects import: one sheet per import sheet with its columns
(required ones marked), a help comment on every header, drop-down lists for the coded columns,
and a sheet "Danh muc" with every allowed code and its meaning."""

from __future__ import annotations

from openpyxl import Workbook
from openpyxl.comments import Comment
from openpyxl.styles import Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation

from provind.lib.xlsx import workbook_bytes
from provind.projects.imports import ORDER, SHEETS
from provind.projects.models import DeadlineBasis, EscalationLevel, ObstacleCategory, ProjectCategory, Stage

MAX_ROWS = 2000
HELP = {
    "code": "Mã dự án do Sở đặt, chữ thường không dấu, vd. 220kv-phu-binh-2 / project code",
    "name": "Tên đầy đủ / full name",
    "category": "Chọn trong danh sách (sheet Danh muc) / pick from the list",
    "investor": "Tên chủ đầu tư / investor",
    "total_investment": "Tổng mức đầu tư, tỷ đồng (559,2) / total investment, bn VND",
    "units": "Mã đơn vị hành chính, cách nhau bởi dấu phẩy (05941, 05944) / unit codes",
    "units_on": "Ngày dùng để hiểu mã đơn vị (dd/mm/yyyy) / date the unit codes refer to",
    "latitude": "Vĩ độ, vd. 21,52 / latitude",
    "longitude": "Kinh độ, vd. 105,98 / longitude",
    "indicators": "Mã chỉ tiêu bị ảnh hưởng, cách nhau bởi dấu phẩy / indicator codes",
    "project": "Mã dự án (cột code của sheet projects) / project code",
    "stage": "Chọn trong danh sách (sheet Danh muc) / pick from the list",
    "planned_on": "Ngày kế hoạch (dd/mm/yyyy) / planned date",
    "actual_on": "Ngày thực tế (dd/mm/yyyy) / actual date",
    "achieved": "Có / Không",
    "version": "Phiên bản của mốc khi lập tệp (để trống nếu mới) / the milestone's version when the file was made",
    "issued_on": "Ngày ban hành (dd/mm/yyyy) / date issued",
    "agency": "Tên cơ quan chủ trì (sheet agencies) / responsible agency",
    "raised_on": "Ngày phát sinh (dd/mm/yyyy) / raised on",
    "response_days": "Số ngày phải trả lời / days to respond",
    "deadline_basis": "Chọn trong danh sách (sheet Danh muc) / pick from the list",
    "deadline": "Hạn xử lý (dd/mm/yyyy) / deadline",
    "escalation_level": "Chọn trong danh sách (sheet Danh muc) / pick from the list",
    "source_title": "Tên văn bản hoặc bài báo nguồn / source title",
    "source_number": "Số hiệu văn bản / document number",
    "source_url": "Địa chỉ nguồn (https://…) / source address",
}
# Coded column → (column letter in "Danh muc", its choices).
CODE_LISTS = {
    "category": ("A", ProjectCategory.choices),
    "stage": ("C", Stage.choices),
    "escalation_level": ("E", EscalationLevel.choices),
    "deadline_basis": ("G", DeadlineBasis.choices),
}
OBSTACLE_CATEGORY = ("I", ObstacleCategory.choices)


def projects_template() -> bytes:
    book = Workbook()
    first = book.active
    assert first is not None
    book.remove(first)
    bold, required_fill = Font(bold=True), PatternFill("solid", fgColor="FFE9A8")
    codes = book.create_sheet("Danh muc")
    lists = {**CODE_LISTS}
    for letter, choices in [*lists.values(), OBSTACLE_CATEGORY]:
        column = codes[letter][0].column
        codes.cell(1, column, "Mã / code").font = bold
        codes.cell(1, column + 1, "Nghĩa / meaning").font = bold
        for row, (value, label) in enumerate(choices, start=2):
            codes.cell(row, column, value)
            codes.cell(row, column + 1, str(label))
        codes.column_dimensions[get_column_letter(column + 1)].width = 36
    for index, name in enumerate(ORDER):
        sheet = book.create_sheet(name, index)
        required, optional = SHEETS[name]
        for column, header in enumerate([*required, *optional], start=1):
            cell = sheet.cell(1, column, header)
            cell.font = bold
            if header in required:
                cell.fill = required_fill
            cell.comment = Comment(
                ("Bắt buộc / required. " if header in required else "") + HELP.get(header, header), "Provind"
            )
            sheet.column_dimensions[get_column_letter(column)].width = max(14, len(header) + 4)
            source = OBSTACLE_CATEGORY if (name, header) == ("obstacles", "category") else lists.get(header)
            if source is not None:
                letter, choices = source
                cells = f"='Danh muc'!${letter}$2:${letter}${len(choices) + 1}"
                validation = DataValidation(type="list", formula1=cells, allow_blank=True)
                validation.error = "Chọn giá trị trong danh sách / pick a value from the list"
                validation.showErrorMessage = True
                sheet.add_data_validation(validation)
                validation.add(f"{get_column_letter(column)}2:{get_column_letter(column)}{MAX_ROWS}")
        sheet.freeze_panes = "A2"
    return workbook_bytes(book)
