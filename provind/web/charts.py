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
            "color": {"field": "status_label", "type": "nominal", "title": None},
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
        }
        for o in observations
    ]
