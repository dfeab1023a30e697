"""Small server-side drawings and Vega-Lite specifications for the pages."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from provind.indicators.periods import Period, PeriodKind
from provind.lib.charts import axis_label_expr, month_tick_step


def sparkline_points(values: list[Decimal], *, width: int = 120, height: int = 28) -> str:
    """SVG polyline points for a sparkline; empty when fewer than two values."""
    if len(values) < 2:
        return ""
    low, high = min(values), max(values)
    span = (high - low) or Decimal(1)
    step = Decimal(width) / (len(values) - 1)
    points = []
    for i, v in enumerate(values):
        x = step * i
        y = Decimal(height) - (v - low) / span * Decimal(height - 4) - 2
        points.append(f"{x:.1f},{y:.1f}")
    return " ".join(points)


LINE_WORDS = {"vi": ("kỳ này", "cùng kỳ năm trước"), "en": ("this period", "same period a year earlier")}


def series_key(period: Period) -> tuple[str, int, int]:
    """Which line a period belongs on: one kind of period of one length per line.

    Months with months, quarters with quarters, and cumulative totals only with totals of the
    same months (7 months of 2023 beside 7 months of 2024, never beside 10 months)."""
    if period.kind in (PeriodKind.MONTH, PeriodKind.QUARTER):
        return (period.kind.value, period.months, 0)
    return (period.kind.value, period.months, period.end.month)


def series_label(period: Period, language: str) -> str:
    vi = language.startswith("vi")
    match period.kind:
        case PeriodKind.MONTH:
            return "từng tháng" if vi else "monthly"
        case PeriodKind.QUARTER:
            return "từng quý" if vi else "quarterly"
        case PeriodKind.YTD:
            return f"lũy kế {period.months} tháng" if vi else f"first {period.months} months"
        case PeriodKind.HALF:
            first = period.end.month == 6
            if vi:
                return "6 tháng đầu năm" if first else "6 tháng cuối năm"
            return "first half" if first else "second half"
        case PeriodKind.YEAR:
            return "cả năm" if vi else "whole year"
    pair = KIND_LABELS[period.kind.value]
    return pair[0] if vi else pair[1]


def _month_index(day: dt.date) -> int:
    return day.year * 12 + day.month - 1


def _step(key: tuple[str, int, int]) -> int:
    """Months between two neighbours of a line: 1 for months, 3 for quarters, 12 otherwise."""
    return {"month": 1, "quarter": 3}.get(key[0], 12)


def time_series_spec(
    rows: list[dict[str, Any]], *, title: str, unit_label: str, language: str = "vi"
) -> dict[str, Any]:
    """A Vega-Lite line chart: one line per kind of period (never a 7-month total joined to a
    10-month one), broken where a period is missing, with the same period a year earlier dashed
    where the line is monthly or quarterly, and a tooltip with the figure, status and source."""
    vi = language.startswith("vi")
    dates = [dt.date.fromisoformat(r["month"]) for r in rows]
    step = month_tick_step(min(dates), max(dates)) if dates else 1
    words = {"period": "Kỳ", "value": "Số liệu", "status": "Tình trạng", "source": "Nguồn", "line": "Dãy số"}
    if not vi:
        words = {"period": "Period", "value": "Figure", "status": "Status", "source": "Source", "line": "Series"}
    return {
        "$schema": "https://vega.github.io/schema/vega-lite/v6.json",
        "title": title,
        "width": "container",
        "height": 260,
        "data": {"values": rows},
        "mark": {"type": "line", "point": True},
        "encoding": {
            "x": {
                "field": "month",
                "type": "temporal",
                "title": None,
                "axis": {
                    "labelExpr": axis_label_expr(language),
                    "tickCount": {"interval": "month", "step": step},
                    "labelOverlap": True,
                    "labelAngle": 0,
                },
            },
            "y": {"field": "value", "type": "quantitative", "title": unit_label},
            "color": {"field": "series", "type": "nominal", "title": None, "legend": {"orient": "bottom"}},
            "strokeDash": {
                "field": "line",
                "type": "nominal",
                "title": None,
                "legend": {"orient": "bottom", "symbolType": "stroke"},
                "scale": {"domain": list(LINE_WORDS["vi" if vi else "en"]), "range": [[1, 0], [5, 4]]},
            },
            # A gap in the periods starts a new segment, so a missing month shows as a gap.
            "detail": {"field": "segment", "type": "nominal"},
            "tooltip": [
                {"field": "period_label", "title": words["period"]},
                {"field": "value_text", "title": words["value"]},
                {"field": "status_label", "title": words["status"]},
                {"field": "source", "title": words["source"]},
                {"field": "series", "title": words["line"]},
            ],
        },
    }


def series_chart_rows(observations: list[Any], *, language: str, status_labels: dict[str, Any]) -> list[dict[str, Any]]:
    """The chart's data: one point per period, on the period's last month, grouped into lines of
    one kind of period; each line split into segments where a period is missing, and (for months
    and quarters) the same period a year earlier as a second, dashed line."""
    from provind.web.templatetags.provind import figure

    vi = language.startswith("vi")
    this_year, year_before = LINE_WORDS["vi" if vi else "en"]
    by_key: dict[tuple[str, int, int], list[Any]] = {}
    for o in sorted(observations, key=lambda o: (o.period_end, o.period_start)):
        if o.period_kind in (PeriodKind.RANGE, PeriodKind.WINDOW, PeriodKind.DAY):
            continue  # plans over several years and odd windows have no place on a period line
        by_key.setdefault(series_key(o.period), []).append(o)
    rows: list[dict[str, Any]] = []
    for key, items in by_key.items():
        label = series_label(items[0].period, language)
        segment = 0
        previous: int | None = None
        at: dict[int, Any] = {}
        for o in items:
            index = _month_index(o.period_end)
            if previous is not None and index - previous != _step(key):
                segment += 1
            previous = index
            at[index] = o
            rows.append(_point(o, label, f"{label}/{segment}", this_year, language, status_labels, figure))
        if key[0] in ("month", "quarter"):
            segment, previous = 0, None
            for index, o in at.items():
                before = at.get(index - 12)
                if before is None:
                    continue
                if previous is not None and index - previous != _step(key):
                    segment += 1
                previous = index
                row = _point(before, label, f"{label}/-{segment}", year_before, language, status_labels, figure)
                row["month"] = dt.date(o.period_end.year, o.period_end.month, 1).isoformat()
                rows.append(row)
    return rows


def _point(
    o: Any, series: str, segment: str, line: str, language: str, status_labels: dict[str, Any], figure: Any
) -> dict[str, Any]:
    source = o.source
    source_text = ""
    if source is not None:
        source_text = " ".join(part for part in (source.title, source.number) if part)
    return {
        "month": dt.date(o.period_end.year, o.period_end.month, 1).isoformat(),
        "period_label": o.period.label(language),
        "value": float(o.value),
        "value_text": figure(o.value, 2),
        "status_label": str(status_labels[o.status]),
        "source": source_text,
        "series": series,
        "segment": segment,
        "line": line,
    }


KIND_LABELS = {
    "month": ("tháng", "month"),
    "ytd": ("lũy kế từ đầu năm", "year to date"),
    "quarter": ("quý", "quarter"),
    "half": ("6 tháng", "half year"),
    "year": ("năm", "year"),
    "range": ("giai đoạn", "multi-year"),
    "window": ("khoảng ngày", "date window"),
    "day": ("thời điểm", "point in time"),
}

# d3 locales so the chart writes 1.200.000 and "tháng 7" on Vietnamese pages.
VI_FORMAT_LOCALE = {"decimal": ",", "thousands": ".", "grouping": [3], "currency": ["", " ₫"]}
VI_TIME_LOCALE = {
    "dateTime": "%A, %d/%m/%Y %X",
    "date": "%d/%m/%Y",
    "time": "%H:%M:%S",
    "periods": ["SA", "CH"],
    "days": ["Chủ nhật", "Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy"],
    "shortDays": ["CN", "T2", "T3", "T4", "T5", "T6", "T7"],
    "months": [f"tháng {m}" for m in range(1, 13)],
    "shortMonths": [f"Th{m}" for m in range(1, 13)],
}


def embed_options(language: str) -> dict[str, Any]:
    options: dict[str, Any] = {"actions": False, "renderer": "svg"}
    if language.startswith("vi"):
        options |= {"formatLocale": VI_FORMAT_LOCALE, "timeFormatLocale": VI_TIME_LOCALE}
    return options
