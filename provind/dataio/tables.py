"""Reading an uploaded table: XLSX with python-calamine, CSV with the csv module.

Every file passes `provind.dataio.archives` limits (bytes, unpacked size, sheets, rows,
columns, cells, no DTD) before python-calamine sees it: the reader allocates the whole
rectangle a sheet spans, so a hostile file must be refused first. Legacy .xls, .xlsb and
.ods are refused with a request to save as .xlsx: their binary or repeated-row layouts cannot
be bounded cheaply before reading."""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from python_calamine import CalamineWorkbook

from provind.dataio.archives import MAX_COLUMNS, MAX_ROWS, check_size, inspect_xlsx, refuse
from provind.dataio.cells import CellError


@dataclass
class Table:
    header: list[str]
    rows: list[list[object]]  # without the header; row i is spreadsheet row i + 2
    name: str


SPREADSHEET_SUFFIXES = {".xlsx", ".xlsm"}
REFUSED_SUFFIXES = {".xls", ".ods", ".xlsb"}


def read_table(data: bytes, filename: str, *, sheet: str | None = None) -> Table:
    suffix = Path(filename).suffix.lower()
    if suffix in SPREADSHEET_SUFFIXES:
        book = _open_book(data)
        names = book.sheet_names
        target = sheet if sheet in names else names[0]
        return _table(book.get_sheet_by_name(target).to_python(skip_empty_area=False), filename)
    if suffix in {".csv", ".txt"}:
        return _table(_csv_rows(data), filename)
    if suffix in REFUSED_SUFFIXES:
        raise CellError(
            f"không nhận tệp “{suffix}”: hãy lưu lại thành .xlsx", f"“{suffix}” files are not accepted: save as .xlsx"
        )
    raise CellError(
        f"không hỗ trợ loại tệp “{suffix}” (dùng .xlsx hoặc .csv)",
        f"unsupported file type “{suffix}” (use .xlsx or .csv)",
    )


def read_tables(data: bytes, filename: str) -> dict[str, Table]:
    """Every non-empty sheet of a workbook by its name, the file opened once."""
    book = _open_book(data)
    tables: dict[str, Table] = {}
    for name in book.sheet_names:
        try:
            tables[name] = _table(book.get_sheet_by_name(name).to_python(skip_empty_area=False), filename)
        except CellError:  # an empty sheet
            continue
    return tables


def read_file(path: Path) -> bytes:
    """A file named on the command line, its size checked before it is read."""
    check_size(path.stat().st_size)
    return path.read_bytes()


def _csv_rows(data: bytes) -> list[list[str]]:
    check_size(len(data))
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise CellError("tệp CSV phải mã hóa UTF-8", "the CSV file must be UTF-8 encoded") from exc
    if "\x00" in text:
        raise refuse("tệp CSV chứa ký tự NUL", "the CSV file contains NUL characters")
    rows: list[list[str]] = []
    try:
        for row in csv.reader(io.StringIO(text)):
            if len(rows) >= MAX_ROWS:
                raise refuse(f"có hơn {MAX_ROWS:,} dòng", f"more than {MAX_ROWS:,} rows")
            if len(row) > MAX_COLUMNS:
                raise refuse(
                    f"dòng {len(rows) + 1} có hơn {MAX_COLUMNS} cột",
                    f"row {len(rows) + 1} has more than {MAX_COLUMNS} columns",
                )
            rows.append(row)
    except csv.Error as exc:
        raise CellError(f"tệp CSV hỏng: {exc}", f"the CSV file is malformed: {exc}") from exc
    return rows


def _open_book(data: bytes) -> CalamineWorkbook:
    inspect_xlsx(data)
    try:
        return CalamineWorkbook.from_filelike(io.BytesIO(data))
    except Exception as exc:  # calamine raises its own error types for broken files
        raise CellError(f"không đọc được tệp bảng tính: {exc}", f"cannot read the spreadsheet: {exc}") from exc


def _table(cells: Sequence[Sequence[object]], filename: str) -> Table:
    values = [list(row) for row in cells]
    while values and not any(str(c).strip() for c in values[-1]):
        values.pop()
    if not values:
        raise CellError("tệp không có dữ liệu", "the file is empty")
    header = [str(c).strip().lower() for c in values[0]]
    return Table(header=header, rows=[list(r) for r in values[1:]], name=filename)
