"""Server-side charts of a project: a Gantt-style timeline (planned vs actual) and progress
curves, as Vega-Lite specifications rendered to SVG by vl-convert, so that the page, the PDF
and later the periodic reports show the same picture without a browser."""

from __future__ import annotations

import datetime as dt
from typing import Any

import vl_convert
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from provind.lib.charts import axis_label_expr, month_tick_step
from provind.projects.models import KeyProject, Milestone, ProgressReport, today

VEGA_LITE_VERSION = "6.4"


def _month_axis(dates: list[str]) -> dict[str, Any]:
    """Month ticks labelled with their year ("T7/2024"), never weekdays."""
    days = sorted(dt.date.fromisoformat(d) for d in dates) or [today()]
    step = month_tick_step(days[0], days[-1])
    return {
        "labelExpr": axis_label_expr(get_language() or "vi"),
        "tickCount": {"interval": "month", "step": step},
        "labelOverlap": True,
    }


def _row(m: Milestone) -> str:
    return f"{m.order + 1:02d}. {m.title}"


def timeline_rows(project: KeyProject, *, on: dt.date | None = None) -> list[dict[str, Any]]:
    """One row per known date: the planned and the actual date of each milestone, with its slip."""
    day = on or today()
    rows: list[dict[str, Any]] = []
    for m in sorted(project.milestones.all(), key=lambda m: (m.order, m.pk)):
        late = m.is_late(day)
        if m.planned_on is not None:
            end = m.actual_on or (day if late else m.planned_on)
            rows.append(
                {
                    "stage": _row(m),
                    "kind": _("planned"),
                    "date": m.planned_on.isoformat(),
                    "end": end.isoformat(),
                    "late": late,
                }
            )
        if m.actual_on is not None:
            rows.append(
                {
                    "stage": _row(m),
                    "kind": _("actual"),
                    "date": m.actual_on.isoformat(),
                    "end": m.actual_on.isoformat(),
                    "late": late,
                }
            )
    return rows


def timeline_spec(project: KeyProject, *, on: dt.date | None = None) -> dict[str, Any]:
    """Planned dates as open circles, actual dates as filled ones, and a red bar for a slip
    (from the planned date to the actual date, or to today while nothing happened)."""
    day = on or today()
    rows = timeline_rows(project, on=day)
    planned, actual = _("planned"), _("actual")
    dates = [r["date"] for r in rows] + [r["end"] for r in rows] + [day.isoformat()]
    return {
        "$schema": "https://vega.github.io/schema/vega-lite/v6.json",
        "width": 640,
        "height": {"step": 28},
        "title": _("Timeline: planned and actual"),
        "data": {"values": rows},
        "layer": [
            {
                "transform": [{"filter": {"and": [{"field": "kind", "equal": planned}, "datum.late"]}}],
                "mark": {"type": "bar", "color": "#e8b4b4", "height": 8},
                "encoding": {
                    "y": {"field": "stage", "type": "nominal", "title": None, "sort": "ascending"},
                    "x": {"field": "date", "type": "temporal", "title": None, "axis": _month_axis(dates)},
                    "x2": {"field": "end"},
                },
            },
            {
                "mark": {"type": "point", "size": 90, "strokeWidth": 2},
                "encoding": {
                    # labelLimit 0: the whole milestone name, never clipped to "04. Khởi công xâ…".
                    "y": {
                        "field": "stage",
                        "type": "nominal",
                        "title": None,
                        "sort": "ascending",
                        "axis": {"labelLimit": 0},
                    },
                    "x": {"field": "date", "type": "temporal", "title": None, "axis": _month_axis(dates)},
                    "shape": {"field": "kind", "type": "nominal", "title": None},
                    "color": {
                        "field": "kind",
                        "type": "nominal",
                        "title": None,
                        "scale": {"domain": [planned, actual], "range": ["#5b6b7c", "#1f7a3d"]},
                    },
                    "fill": {
                        "condition": {"test": f"datum.kind === '{actual}'", "value": "#1f7a3d"},
                        "value": "white",
                    },
                    "tooltip": [{"field": "stage"}, {"field": "kind"}, {"field": "date", "type": "temporal"}],
                },
            },
            {
                "data": {"values": [{"today": day.isoformat()}]},
                "mark": {"type": "rule", "strokeDash": [4, 3], "color": "#a3141b"},
                "encoding": {"x": {"field": "today", "type": "temporal"}},
            },
        ],
    }


def progress_spec(reports: list[ProgressReport]) -> dict[str, Any]:
    """Physical and financial progress over time, planned dashed and actual solid."""
    rows: list[dict[str, Any]] = []
    series = {
        "physical_planned": (_("physical"), _("planned")),
        "physical_actual": (_("physical"), _("actual")),
        "financial_planned": (_("financial"), _("planned")),
        "financial_actual": (_("financial"), _("actual")),
    }
    for report in reports:
        for name, (measure, kind) in series.items():
            value = getattr(report, name)
            if value is not None:
                rows.append(
                    {"date": report.reported_on.isoformat(), "measure": measure, "kind": kind, "value": float(value)}
                )
    return {
        "$schema": "https://vega.github.io/schema/vega-lite/v6.json",
        "width": 640,
        "height": 220,
        "title": _("Progress (%)"),
        "data": {"values": rows},
        "mark": {"type": "line", "point": True},
        "encoding": {
            "x": {"field": "date", "type": "temporal", "title": None, "axis": _month_axis([r["date"] for r in rows])},
            "y": {"field": "value", "type": "quantitative", "title": "%", "scale": {"domain": [0, 100]}},
            "color": {"field": "measure", "type": "nominal", "title": None},
            "strokeDash": {"field": "kind", "type": "nominal", "title": None},
        },
    }


def to_svg(spec: dict[str, Any]) -> str:
    svg: str = vl_convert.vegalite_to_svg(vl_spec=spec, vl_version=VEGA_LITE_VERSION)
    return svg


def timeline_svg(project: KeyProject, *, on: dt.date | None = None) -> str:
    """The timeline as SVG text; empty when the project has no dated milestone."""
    spec = timeline_spec(project, on=on)
    return to_svg(spec) if spec["data"]["values"] else ""


def progress_svg(project: KeyProject) -> str:
    reports = list(project.progress_reports.all())
    return to_svg(progress_spec(reports)) if reports else ""
