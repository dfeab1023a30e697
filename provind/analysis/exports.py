"""The inputs of an analysis as an XLSX a person can check: one row per place, then the
caveats, with Vietnamese and English headers; text that looks like a formula stays text
(`provind.lib.xlsx`)."""

from __future__ import annotations

from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Font

from provind.lib.xlsx import append_row, workbook_bytes

HEADERS = [
    ("Mã đơn vị", "Unit code"),
    ("Tên đơn vị", "Unit"),
    ("Nhóm", "Group"),
    ("Giá trị dùng để tính", "Value used"),
    ("Trọng số (km²)", "Weight (km²)"),
    ("Số liệu gốc", "Stored figure"),
    ("Phân bổ giả định", "Assumed split"),
    ("Nguồn", "Source"),
]


def inputs_xlsx(result: dict[str, Any], language: str = "vi") -> bytes:
    vi = language.startswith("vi")
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Dữ liệu đầu vào" if vi else "Inputs"
    name = result["indicator_name_vi"] if vi else result["indicator_name_en"]
    period = result["period_label_vi"] if vi else result["period_label_en"]
    append_row(sheet, [f"{name} — {period} — {result['unit_name']}"])
    sheet["A1"].font = Font(bold=True, size=13)
    if result["synthetic"]:
        append_row(sheet, ["DỮ LIỆU TỔNG HỢP — KHÔNG PHẢI SỐ LIỆU THẬT" if vi else "SYNTHETIC DATA — NOT REAL FIGURES"])
    append_row(sheet, [result["coverage_vi"] if vi else result["coverage_en"]])
    append_row(sheet)
    append_row(sheet, [h[0] if vi else h[1] for h in HEADERS])
    header_row = sheet.max_row
    for cell in sheet[header_row]:
        cell.font = Font(bold=True)
    labels = result["group_labels"]
    yes, no = ("Có", "Không") if vi else ("Yes", "No")
    for row in result["inputs"]:
        group = labels.get(row["group"], {}).get("vi" if vi else "en", row["group"])
        source = row["source"]["title"] if row["source"] else ""
        append_row(
            sheet,
            [
                row["unit"],
                row["name"],
                group,
                row["value"],
                row["weight"],
                row["raw_value"],
                yes if row["approximate"] else no,
                source,
            ],
        )
    for row in result["missing"]:
        append_row(
            sheet, [row["unit"], row["name"], "", None, None, None, "", "chưa có số liệu" if vi else "no figure"]
        )
    sheet.freeze_panes = f"A{header_row + 1}"
    for column, width in zip("ABCDEFGH", (12, 30, 28, 18, 14, 16, 14, 50), strict=True):
        sheet.column_dimensions[column].width = width
    append_row(sheet)
    append_row(sheet, ["Lưu ý" if vi else "Caveats"])
    for caveat in result["caveats"]:
        append_row(sheet, [caveat["message_vi"] if vi else caveat["message_en"]])
    return workbook_bytes(book)
