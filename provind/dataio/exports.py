"""Writing tables out: CSV, XLSX (openpyxl) and JSON carry exactly the rows a page shows."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Sequence
from decimal import Decimal
from typing import Any

from django.utils import timezone
from django.utils.translation import gettext as _
from openpyxl import Workbook
from openpyxl.styles import Font

from provind.lib.xlsx import Column, append_row, csv_safe, human_workbook, workbook_bytes


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
            ["" if v is None else csv_safe(str(v) if not hasattr(v, "isoformat") else v.isoformat()) for v in row]
        )
    # The BOM makes Excel open Vietnamese text as UTF-8.
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")


def to_xlsx(columns: Sequence[str], rows: Sequence[Sequence[Any]], *, title: str = "Provind") -> bytes:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = title[:31]
    append_row(sheet, list(columns))
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for row in rows:
        append_row(sheet, [_plain(v) if isinstance(v, Decimal) else v for v in row])
    return workbook_bytes(book)


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


def _qualifier(code: str) -> str:
    return {"over": _("over"), "under": _("under"), "about": _("about"), "nearly": _("nearly")}.get(code, "")


def observations_for_people(observations: Sequence[Any], *, language: str, title: str) -> bytes:
    """The indicator table as a person reads it: words, real dates and numbers, a title row."""
    from provind.indicators.models import Status

    statuses = dict(Status.choices)
    columns = [
        Column(_("Period"), width=22), Column(_("Unit")), Column(_("Breakdown")), Column(_("Qualifier")),
        Column(_("Value"), "decimal"), Column(_("Unit of measure")), Column(_("Status")),
        Column(_("Known on"), "date"), Column(_("Reported change (%)"), "percent"), Column(_("Source"), width=50),
        Column(_("Document number")), Column(_("Source address"), width=40),
    ]  # fmt: skip
    rows = [
        [
            o.period.label(language),
            o.unit.name,
            o.breakdown,
            _qualifier(o.qualifier),
            o.value,
            o.indicator.unit_label,
            str(statuses.get(o.status, o.status)),
            o.vintage,
            o.reported_change,
            o.source.title,
            o.source.number,
            o.source.url if str(o.source.url).startswith("http") else "",
        ]  # fmt: skip
        for o in observations
    ]
    today = timezone.localdate().strftime("%d/%m/%Y")
    subtitle = _("Provind, downloaded on %(day)s; %(n)s figures; the machine-readable table is the CSV or JSON.") % {
        "day": today, "n": len(rows)}  # fmt: skip
    return human_workbook(title=title, subtitle=subtitle, columns=columns, rows=rows, sheet_title=_("Figures"),
                          language=language)  # fmt: skip


def export_observations(observations: Sequence[Any], *, fmt: str, language: str, title: str) -> tuple[bytes, str]:
    """The rows an indicator page shows: XLSX for people (words, formats); CSV and JSON keep the
    codes for machines."""
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
        content = observations_for_people(observations, language=language, title=title)
    else:
        content = to_json(OBSERVATION_COLUMNS, table)
    return content, CONTENT_TYPES[fmt]
