"""The one way Provind writes a spreadsheet a person downloads, and the one "workbook to bytes".

A person's XLSX has a title row saying what and when, headers in words, labels instead of codes,
real dates and numbers with formats, Có/Không for yes/no, a frozen header and sensible column
widths. Every text cell that a spreadsheet would run as a formula (it starts with = + - @, a tab
or a carriage return: "=HYPERLINK(…)", "=cmd|…") is written as text, here and in CSV files, so a
value typed into Provind can never become a live formula on an official's computer."""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any, Literal, Protocol

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.properties import PageSetupProperties

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
Kind = Literal["text", "date", "int", "decimal", "percent", "bool"]
FORMATS = {"date": "dd/mm/yyyy", "int": "#,##0", "decimal": "#,##0.0##", "percent": "0.0"}
YES_NO = {"vi": ("Có", "Không"), "en": ("Yes", "No")}


class Saveable(Protocol):
    def save(self, filename: Any) -> None: ...


def workbook_bytes(book: Saveable) -> bytes:
    """An openpyxl Workbook or a python-docx Document as the bytes of its file."""
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def is_formula_like(value: object) -> bool:
    return isinstance(value, str) and value.startswith(FORMULA_STARTS)


def csv_safe(value: object) -> object:
    """A CSV cell a spreadsheet will not run: text that looks like a formula gets a leading
    apostrophe (the OWASP advice); numbers and dates are left as they are."""
    return "'" + value if isinstance(value, str) and is_formula_like(value) else value


def put(sheet: Any, row: int, column: int, value: object) -> Any:
    """Write one cell; text that looks like a formula stays text (never a live formula)."""
    cell = sheet.cell(row=row, column=column)
    cell.value = value
    if is_formula_like(value):
        cell.data_type = "s"
        cell.quotePrefix = True
    return cell


def append_row(sheet: Any, values: Sequence[object] = ()) -> int:
    """`sheet.append`, but formula-safe (an empty row leaves a blank line, as `append` does).
    Returns the row number of the sheet's last row."""
    sheet.append(list(values))
    row = int(sheet.max_row)
    for column, value in enumerate(values, start=1):
        if is_formula_like(value):
            put(sheet, row, column, value)
    return row


def print_setup(sheet: Any, *, header_rows: str, landscape: bool = True) -> None:
    """A4, fit to the page width, `header_rows` ("7:8") repeated on every page, centred."""
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.page_setup.orientation = "landscape" if landscape else "portrait"
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    sheet.print_title_rows = header_rows
    sheet.page_margins.left = sheet.page_margins.right = 0.4
    sheet.print_options.horizontalCentered = True


@dataclass(frozen=True)
class Column:
    header: str
    kind: Kind = "text"
    width: int | None = None  # characters; None: from the longest value (10–60)


def _cell_value(value: object, kind: Kind, language: str) -> object:
    if value is None or value == "":
        return None
    if kind == "bool":
        yes, no = YES_NO["en" if language.startswith("en") else "vi"]
        return yes if value else no
    if kind == "date" and isinstance(value, str):
        return dt.date.fromisoformat(value)
    if kind in ("int", "decimal", "percent") and isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() and kind == "int" else float(value)
    return value


def _shown_length(value: object) -> int:
    if isinstance(value, dt.date):
        return 10
    return max((len(line) for line in str(value).splitlines()), default=0)


def human_workbook(
    *,
    title: str,
    subtitle: str,
    columns: Sequence[Column],
    rows: Sequence[Sequence[object]],
    sheet_title: str,
    language: str = "vi",
) -> bytes:
    """One sheet for people: title row (what), subtitle row (when, which filter), header row in
    words, typed and formatted values, frozen header, filter buttons, column widths."""
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "".join(ch for ch in sheet_title if ch not in "[]:*?/\\")[:31] or "Provind"
    put(sheet, 1, 1, title).font = Font(bold=True, size=14)
    put(sheet, 2, 1, subtitle).font = Font(italic=True, color="5B6B7C")
    header_row = 4
    fill = PatternFill("solid", fgColor="E8ECF0")
    for index, column in enumerate(columns, start=1):
        cell = put(sheet, header_row, index, column.header)
        cell.font = Font(bold=True)
        cell.fill = fill
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    widths = [len(c.header) for c in columns]
    for r, values in enumerate(rows, start=header_row + 1):
        for index, (column, raw) in enumerate(zip(columns, values, strict=True), start=1):
            value = _cell_value(raw, column.kind, language)
            cell = put(sheet, r, index, value)
            if column.kind in FORMATS and value is not None:
                cell.number_format = FORMATS[column.kind]
            if column.kind == "text":
                cell.alignment = Alignment(wrap_text=True, vertical="top")
            if value is not None:
                widths[index - 1] = max(widths[index - 1], _shown_length(value))
    for index, column in enumerate(columns, start=1):
        width = column.width or min(max(widths[index - 1] + 2, 10), 60)
        sheet.column_dimensions[get_column_letter(index)].width = width
    sheet.freeze_panes = f"A{header_row + 1}"
    if rows:
        sheet.auto_filter.ref = f"A{header_row}:{get_column_letter(len(columns))}{header_row + len(rows)}"
    return workbook_bytes(book)
