"""Writing tables out: CSV, XLSX (openpyxl) and JSON carry exactly the rows a page shows."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Iterator, Sequence
from decimal import Decimal
from typing import Any

from django.utils import timezone
from django.utils.translation import gettext as _
from openpyxl import Workbook
from openpyxl.styles import Font

from provind.indicators.models import FIGURE_FIELDS
from provind.lib.numbers import plain
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
    *("indicator", "unit", "unit_name", "period", "period_label"),
    *FIGURE_FIELDS,
    *("source_title", "source_number", "source_url"),
]
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
        Column(_("Period"), width=22),
        Column(_("Unit")),
        Column(_("Breakdown")),
        Column(_("Qualifier")),
        Column(_("Value"), "decimal"),
        Column(_("Unit of measure")),
        Column(_("Status")),
        Column(_("Known on"), "date"),
        Column(_("Reported change (%)"), "percent"),
        Column(_("Source"), width=50),
        Column(_("Document number")),
        Column(_("Source address"), width=40),
    ]
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
        ]
        for o in observations
    ]
    today = timezone.localdate().strftime("%d/%m/%Y")
    subtitle = _("Provind, downloaded on %(day)s; %(n)s figures; the machine-readable table is the CSV or JSON.") % {
        "day": today,
        "n": len(rows),
    }
    return human_workbook(
        title=title, subtitle=subtitle, columns=columns, rows=rows, sheet_title=_("Figures"), language=language
    )


def export_observations(observations: Sequence[Any], *, fmt: str, language: str, title: str) -> tuple[bytes, str]:
    """The rows an indicator page shows: XLSX for people (words, formats); CSV and JSON keep the
    codes for machines."""
    table = list(observation_rows(observations, language=language))
    if fmt == "csv":
        content = to_csv(OBSERVATION_COLUMNS, table)
    elif fmt == "xlsx":
        content = observations_for_people(observations, language=language, title=title)
    else:
        content = to_json(OBSERVATION_COLUMNS, table)
    return content, CONTENT_TYPES[fmt]


# --- Machine formats, streamed (issue 15): CSV, JSON and SDMX-CSV written row by row, so a
# national slice never sits in memory; the human XLSX download above is built whole. ---

STREAM_CHUNK = 500


def _text(value: Any) -> str:
    if value is None:
        return ""
    if hasattr(value, "isoformat"):
        return str(value.isoformat())
    if isinstance(value, Decimal):
        return plain(value)
    return str(value)


def stream_csv(columns: Sequence[str], rows: Iterable[Sequence[Any]], *, bom: bool = True) -> Iterator[bytes]:
    """CSV in chunks of STREAM_CHUNK rows; the BOM (optional) makes Excel read UTF-8."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    if bom:
        buffer.write("\ufeff")
    writer.writerow(columns)
    for count, row in enumerate(rows, start=1):
        # Text that looks like a formula is written as text (csv_safe); numbers stay numbers.
        writer.writerow([str(csv_safe(v)) if isinstance(v, str) else _text(v) for v in row])
        if count % STREAM_CHUNK == 0:
            yield buffer.getvalue().encode("utf-8")
            buffer.seek(0)
            buffer.truncate()
    yield buffer.getvalue().encode("utf-8")


def stream_json(columns: Sequence[str], rows: Iterable[Sequence[Any]], **extra: Any) -> Iterator[bytes]:
    """`{"columns": [...], **extra, "rows": [{...}, ...]}` written row by row. Decimals are
    strings, as in `to_json`, so no figure loses digits to a float."""
    head = {"columns": list(columns), **extra}
    opening = json.dumps(head, ensure_ascii=False, default=_text)[:-1]
    yield (opening + ', "rows": [').encode("utf-8")
    parts: list[str] = []
    first = True
    for row in rows:
        item = {
            c: (None if v is None else (_text(v) if not isinstance(v, bool) else v))
            for c, v in zip(columns, row, strict=True)
        }
        parts.append(("" if first else ",") + json.dumps(item, ensure_ascii=False))
        first = False
        if len(parts) >= STREAM_CHUNK:
            yield "".join(parts).encode("utf-8")
            parts = []
    parts.append("]}")
    yield "".join(parts).encode("utf-8")


# SDMX-CSV 2.0: STRUCTURE, STRUCTURE_ID, ACTION, then dimensions, the measure and attributes.
SDMX_STRUCTURE_ID = "PROVIND:DF_INDICATORS(1.0)"
SDMX_COLUMNS = [
    "STRUCTURE",
    "STRUCTURE_ID",
    "ACTION",
    "FREQ",
    "REF_AREA",
    "INDICATOR",
    "BREAKDOWN",
    "TIME_PERIOD",
    "OBS_VALUE",
    "OBS_STATUS",
    "VINTAGE",
    "COMMENT",
]
# ước tính → E (estimated), sơ bộ → P (provisional), chính thức → A (normal); a plan is a target,
# not an observation: F (forecast) keeps it apart for a reader who filters on OBS_STATUS.
SDMX_OBS_STATUS = {"estimate": "E", "preliminary": "P", "official": "A", "plan": "F"}
SDMX_FREQ = {"month": "M", "quarter": "Q", "half": "S", "year": "A"}


def sdmx_time_period(kind: str, start: Any, end: Any) -> str:
    """SDMX time: 2024-07 (M), 2024-Q3, 2024-S1, 2024 (A); anything else (7 months cumulative,
    2021–2025, a day window) as an ISO 8601 interval start/duration such as 2024-01-01/P7M."""
    if kind == "month":
        return f"{end.year}-{end.month:02d}"
    if kind == "quarter":
        return f"{end.year}-Q{end.month // 3}"
    if kind == "half":
        return f"{end.year}-S{1 if end.month <= 6 else 2}"
    if kind == "year":
        return str(end.year)
    if kind == "day" or (kind == "window" and (start.day != 1)):
        return f"{start.isoformat()}/P{(end - start).days + 1}D"
    months = (end.year - start.year) * 12 + end.month - start.month + 1
    return f"{start.isoformat()}/P{months}M"


def sdmx_rows(slice_rows: Iterable[Sequence[Any]]) -> Iterator[list[Any]]:
    """SDMX-CSV rows from `indicators.queries.SLICE_FIELDS` tuples; every stored vintage is a row
    (VINTAGE attribute), so a revision history travels with the figures."""
    from provind.indicators.queries import SLICE_FIELDS

    for values in slice_rows:
        row = dict(zip(SLICE_FIELDS, values, strict=True))
        kind, status = str(row["period_kind"]), str(row["status"])
        yield [
            "dataflow",
            SDMX_STRUCTURE_ID,
            "I",
            SDMX_FREQ.get(kind, "_Z"),
            row["unit__code"],
            row["indicator__code"],
            row["breakdown"] or "_T",
            sdmx_time_period(kind, row["period_start"], row["period_end"]),
            row["value"],
            SDMX_OBS_STATUS.get(status, ""),
            row["vintage"],
            "synthetic" if row["source__synthetic"] else "",
        ]


def stream_sdmx_csv(slice_rows: Iterable[Sequence[Any]]) -> Iterator[bytes]:
    return stream_csv(SDMX_COLUMNS, sdmx_rows(slice_rows), bom=False)


def observation_rows(observations: Iterable[Any], *, language: str) -> Iterator[list[Any]]:
    """The OBSERVATION_COLUMNS of each figure (its indicator, unit and source already loaded)."""
    for o in observations:
        yield [
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
        ]


def stream_observations(observations: Iterable[Any], *, fmt: str, language: str) -> tuple[Iterator[bytes], str]:
    """CSV or JSON of the rows an indicator page shows, streamed, with the content type."""
    rows = observation_rows(observations, language=language)
    if fmt == "csv":
        return stream_csv(OBSERVATION_COLUMNS, rows), CONTENT_TYPES["csv"]
    return stream_json(OBSERVATION_COLUMNS, rows), CONTENT_TYPES["json"]
