"""The report's charts drawn on the server: Vega-Lite specifications rendered by vl-convert
(no browser), with a font that has Vietnamese glyphs (Noto Sans, Debian's fonts-noto-core).

Three charts, from the rows the builder stored in the report data:

* IIP by month against the same month a year before (grouped bars "T7", the axis title naming
  both years, the colour which year);
* cumulative exports against the annual plan (line, "T7/2024" labels, plan as a rule);
* the industrial cluster funnel (bars).

Every axis names its years: month labels carry them ("T7/2024") or the title/legend does.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import vl_convert

from provind.projects.charts import VEGA_LITE_VERSION

FONT_DIRS = (Path("/usr/share/fonts/truetype/noto"), Path("/usr/share/fonts/opentype/noto"))
FONT = "Noto Sans"
# d3 number format for Vietnamese axes: 15,5 and 1.200 (decimal comma, thousands dot).
VI_FORMAT_LOCALE = {"decimal": ",", "thousands": ".", "grouping": [3], "currency": ["", " ₫"]}
_fonts_registered = False
_lock = threading.Lock()


def register_fonts() -> None:
    """Let vl-convert find Noto Sans (once per process)."""
    global _fonts_registered
    with _lock:
        if _fonts_registered:
            return
        for folder in FONT_DIRS:
            if folder.is_dir():
                vl_convert.register_font_directory(str(folder))
        _fonts_registered = True


def _config() -> dict[str, Any]:
    return {
        "font": FONT,
        "title": {"font": FONT, "fontSize": 13, "anchor": "start"},
        "axis": {"labelFont": FONT, "titleFont": FONT, "labelFontSize": 11, "titleFontSize": 11},
        "legend": {"labelFont": FONT, "titleFont": FONT},
        "view": {"stroke": None},
    }


def _base(chart: dict[str, Any], language: str) -> dict[str, Any]:
    return {
        "$schema": "https://vega.github.io/schema/vega-lite/v6.json",
        "title": chart["title_en"] if language.startswith("en") else chart["title_vi"],
        "width": 460,
        "height": 200,
        "config": _config(),
    }


def spec(chart: dict[str, Any], language: str = "vi") -> dict[str, Any]:
    """The Vega-Lite specification of one stored chart."""
    en = language.startswith("en")
    number_format = ",.2~f"
    base = _base(chart, language)
    if chart["key"] == "iip_monthly":
        # Same month of two years side by side: the axis names both years, the colour which is which.
        years = " và ".join(sorted({r["year"] for r in chart["rows"]}, reverse=True))
        years = years.replace(" và ", " and ") if en else years
        return base | {
            "data": {"values": chart["rows"]},
            "mark": {"type": "bar"},
            "encoding": {
                "x": {
                    "field": "month_short",
                    "type": "ordinal",
                    "sort": {"field": "order"},
                    "axis": {"labelAngle": 0},
                    "title": f"Month ({years})" if en else f"Tháng ({years})",
                },
                "xOffset": {"field": "year", "type": "nominal"},
                "y": {
                    "field": "value",
                    "type": "quantitative",
                    "title": "% yoy" if en else "% so cùng kỳ",
                    "axis": {"format": number_format},
                },
                "color": {"field": "year", "type": "nominal", "title": "Year" if en else "Năm"},
            },
        }
    if chart["key"] == "exports_cumulative":
        layers: list[dict[str, Any]] = [
            {
                "mark": {"type": "line", "point": True},
                "encoding": {
                    "x": {
                        "field": "month",
                        "type": "ordinal",
                        "sort": {"field": "order"},
                        "title": "Month" if en else "Tháng",
                        "axis": {"labelAngle": 0},
                    },
                    "y": {
                        "field": "value",
                        "type": "quantitative",
                        "title": "bn USD" if en else "tỷ USD",
                        "axis": {"format": number_format},
                    },
                },
            }
        ]
        if chart.get("plan") is not None:
            layers.append(
                {
                    "data": {"values": [{"plan": chart["plan"]}]},
                    "mark": {"type": "rule", "strokeDash": [6, 4], "color": "#b22"},
                    "encoding": {"y": {"field": "plan", "type": "quantitative"}},
                }
            )
        return base | {"data": {"values": chart["rows"]}, "layer": layers}
    if chart["key"] == "cluster_funnel":
        return base | {
            "data": {"values": chart["rows"]},
            "mark": {"type": "bar", "color": "#2c6e9b"},
            "encoding": {
                "y": {
                    "field": "step_en" if en else "step_vi",
                    "type": "nominal",
                    "sort": {"field": "order"},
                    "title": None,
                },
                "x": {"field": "count", "type": "quantitative", "title": "Clusters" if en else "Số cụm"},
            },
        }
    raise ValueError(chart["key"])


def drawable(chart: dict[str, Any]) -> bool:
    """A chart without rows is not drawn; the report says it has no data instead."""
    return bool(chart.get("rows"))


def _locale(language: str) -> dict[str, Any]:
    return {} if language.startswith("en") else {"format_locale": VI_FORMAT_LOCALE}


def to_png(chart: dict[str, Any], language: str = "vi") -> bytes:
    register_fonts()
    png: bytes = vl_convert.vegalite_to_png(
        vl_spec=spec(chart, language), vl_version=VEGA_LITE_VERSION, scale=2, **_locale(language)
    )
    return png


def to_svg(chart: dict[str, Any], language: str = "vi") -> str:
    register_fonts()
    svg: str = vl_convert.vegalite_to_svg(
        vl_spec=spec(chart, language), vl_version=VEGA_LITE_VERSION, **_locale(language)
    )
    return svg
