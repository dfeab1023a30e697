"""The inputs of an analysis as an XLSX a person can check: one row per place, then the
caveats, with Vietnamese and English headers."""

from __future__ import annotations

import io
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Font

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


def _text(value: Any) -> Any:
    # A text cell that starts like a formula is written as text, never evaluated by Excel.
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return value


def inputs_xlsx(result: dict[str, Any], language: str = "vi") -> bytes:
    vi = language.startswith("vi")
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Dữ liệu đầu vào" if vi else "Inputs"
    name = result["indicator_name_vi"] if vi else result["indicator_name_en"]
    period = result["period_label_vi"] if vi else result["period_label_en"]
    sheet.append([_text(f"{name} — {period} — {result['unit_name']}")])
    sheet["A1"].font = Font(bold=True, size=13)
    if result["synthetic"]:
        sheet.append(["DỮ LIỆU TỔNG HỢP — KHÔNG PHẢI SỐ LIỆU THẬT" if vi else "SYNTHETIC DATA — NOT REAL FIGURES"])
    sheet.append([result["coverage_vi"] if vi else result["coverage_en"]])
    sheet.append([])
    sheet.append([h[0] if vi else h[1] for h in HEADERS])
    header_row = sheet.max_row
    for cell in sheet[header_row]:
        cell.font = Font(bold=True)
    labels = result["group_labels"]
    yes, no = ("Có", "Không") if vi else ("Yes", "No")
    for row in result["inputs"]:
        group = labels.get(row["group"], {}).get("vi" if vi else "en", row["group"])
        source = row["source"]["title"] if row["source"] else ""
        sheet.append(
            [
                row["unit"],
                _text(row["name"]),
                _text(group),
                row["value"],
                row["weight"],
                row["raw_value"],
                yes if row["approximate"] else no,
                _text(source),
            ]
        )
    for row in result["missing"]:
        sheet.append(
            [row["unit"], _text(row["name"]), "", None, None, None, "", "chưa có số liệu" if vi else "no figure"]
        )
    sheet.freeze_panes = f"A{header_row + 1}"
    for column, width in zip("ABCDEFGH", (12, 30, 28, 18, 14, 16, 14, 50), strict=True):
        sheet.column_dimensions[column].width = width
    sheet.append([])
    sheet.append(["Lưu ý" if vi else "Caveats"])
    for caveat in result["caveats"]:
        sheet.append([_text(caveat["message_vi"] if vi else caveat["message_en"])])
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()
