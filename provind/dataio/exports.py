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

from provind.dataio.cells import as_text_if_formula


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
        writer.writerow(
            [
                "" if v is None else (str(v) if not hasattr(v, "isoformat") else v.isoformat())
                for v in map(as_text_if_formula, row)
            ]
        )
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
        sheet.append([_plain(v) if isinstance(v, Decimal) else as_text_if_formula(v) for v in row])
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def to_json(columns: Sequence[str], rows: Sequence[Sequence[Any]]) -> bytes:
    items = [
        {c: (str(v) if isinstance(v, Decimal) else _plain(v)) for c, v in zip(columns, row, strict=True)}
        for row in rows
    ]
    return json.dumps({"columns": list(columns), "rows": items}, ensure_ascii=False, indent=1).encode("utf-8")


OBSERVATION_COLUMNS = [
    "indicator", "unit", "unit_name", "period", "period_label", "breakdown", "value", "qualifier",
    "status", "vintage", "reported_change", "source_title", "source_number", "source_url",
]  # fmt: skip
CONTENT_TYPES = {
    "csv": "text/csv; charset=utf-8",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "json": "application/json",
}


def export_observations(observations: Sequence[Any], *, fmt: str, language: str, title: str) -> tuple[bytes, str]:
    """The rows an indicator page shows, as CSV, XLSX or JSON, with the content type."""
    table = [
        [
            o.indicator.code,
            o.unit.code,
            o.unit.name,
            o.period_code,
            o.period.label(language),
            o.breakdown,
            o.value,
            o.qualifier,
            o.status,
            o.vintage,
            o.reported_change,
            o.source.title,
            o.source.number,
            o.source.url,
        ]  # fmt: skip
        for o in observations
    ]
    if fmt == "csv":
        content = to_csv(OBSERVATION_COLUMNS, table)
    elif fmt == "xlsx":
        content = to_xlsx(OBSERVATION_COLUMNS, table, title=title)
    else:
        content = to_json(OBSERVATION_COLUMNS, table)
    return content, CONTENT_TYPES[fmt]
