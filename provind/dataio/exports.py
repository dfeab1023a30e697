"""Writing tables out: CSV, XLSX (openpyxl) and JSON carry exactly the rows a page shows."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Sequence
from decimal import Decimal
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Font


def _plain(value: Any) -> Any:
    if isinstance(value, Decimal):
        return float(value) if value != value.to_integral_value() else int(value)
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return value


def to_csv(columns: Sequence[str], rows: Sequence[Sequence[Any]]) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(columns)
    for row in rows:
        writer.writerow(["" if v is None else (str(v) if not hasattr(v, "isoformat") else v.isoformat()) for v in row])
    # The BOM makes Excel open Vietnamese text as UTF-8.
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")


def to_xlsx(columns: Sequence[str], rows: Sequence[Sequence[Any]], *, title: str = "Provind") -> bytes:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = title[:31]
    sheet.append(list(columns))
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for row in rows:
        sheet.append([_plain(v) if isinstance(v, Decimal) else v for v in row])
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def to_json(columns: Sequence[str], rows: Sequence[Sequence[Any]]) -> bytes:
    items = [
        {c: (str(v) if isinstance(v, Decimal) else _plain(v)) for c, v in zip(columns, row, strict=True)}
        for row in rows
    ]
    return json.dumps({"columns": list(columns), "rows": items}, ensure_ascii=False, indent=1).encode("utf-8")
