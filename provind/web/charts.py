"""Small server-side drawings and Vega-Lite specifications for the pages."""

from __future__ import annotations

from decimal import Decimal
from typing import Any


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


def time_series_spec(rows: list[dict[str, Any]], *, title: str, unit_label: str) -> dict[str, Any]:
    """A Vega-Lite line chart of current values by period end, one colour per status."""
    return {
        "$schema": "https://vega.github.io/schema/vega-lite/v6.json",
        "title": title,
        "width": "container",
        "height": 260,
        "data": {"values": rows},
        "mark": {"type": "line", "point": True},
        "encoding": {
            "x": {"field": "period_end", "type": "temporal", "title": None},
            "y": {"field": "value", "type": "quantitative", "title": unit_label},
            # One line per kind of period: a 7-month total and a single month must not be joined.
            "color": {"field": "kind_label", "type": "nominal", "title": None},
            "strokeDash": {"field": "status_label", "type": "nominal", "title": None},
            "tooltip": [
                {"field": "period_label", "title": "Kỳ"},
                {"field": "value", "type": "quantitative", "format": ",.2f"},
                {"field": "status_label"},
            ],
        },
    }


def series_chart_rows(observations: list[Any], *, language: str, status_labels: dict[str, Any]) -> list[dict[str, Any]]:
    """The chart's data: one point per period end, labelled in the page's language."""
    return [
        {
            "period_end": o.period_end.isoformat(),
            "period_label": o.period.label(language),
            "value": float(o.value),
            "status_label": str(status_labels[o.status]),
            "kind_label": KIND_LABELS[o.period_kind][0 if language.startswith("vi") else 1],
        }
        for o in observations
    ]


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
