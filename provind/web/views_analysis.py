"""The "Phân tích" page: structure and dependence, the FDI share over time, the gap between
the former provinces, commune inequality and its map; and the boundary upload."""

from __future__ import annotations

import json
from typing import Any

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from provind.accounts.permissions import roles_of
from provind.accounts.roles import Role
from provind.analysis import boundaries
from provind.analysis.measures import classify
from provind.analysis.models import BoundarySet
from provind.analysis.overview import cached_overview
from provind.geography.models import AdminUnit
from provind.geography.queries import UnitNotFound
from provind.web.charts import embed_options
from provind.web.params import HOME_PROVINCE, MAX_UPLOAD

LISA_COLOURS = {"HH": "#b2182b", "LL": "#2166ac", "HL": "#ef8a62", "LH": "#67a9cf"}
# Five sequential classes (ColorBrewer YlOrRd) for choropleths on uploaded boundaries.
CLASS_COLOURS = ["#ffffb2", "#fecc5c", "#fd8d3c", "#f03b20", "#bd0026"]


def _demo_seed(request: HttpRequest) -> int | None:
    text = request.GET.get("demo", "")
    return int(text) if text.isdigit() and len(text) <= 9 else None


def _trend_spec(points: list[Any], language: str) -> dict[str, Any]:
    vi = language.startswith("vi")
    rows = []
    for p in points:
        label = p.period.label(language)
        if p.published is not None:
            rows.append(
                {
                    "period": label,
                    "end": p.period.end.isoformat(),
                    "share": float(p.published.value),
                    "series": "Công bố" if vi else "Published",
                    "source": p.published.source.title,
                }
            )
        if p.recomputed is not None:
            rows.append(
                {
                    "period": label,
                    "end": p.period.end.isoformat(),
                    "share": round(float(p.recomputed), 2),
                    "series": "Tính từ các thành phần" if vi else "Recomputed from parts",
                    "source": p.parts_source.source.title if p.parts_source else "",
                }
            )
    return {
        "$schema": "https://vega.github.io/schema/vega-lite/v6.json",
        "width": "container",
        "height": 220,
        "data": {"values": rows},
        "mark": {"type": "point", "filled": True, "size": 90},
        "encoding": {
            "x": {
                "field": "period",
                "type": "ordinal",
                "sort": {"field": "end"},
                "title": None,
                "axis": {"labelAngle": 0},
            },
            "y": {"field": "share", "type": "quantitative", "title": "%", "scale": {"domain": [80, 100]}},
            "color": {"field": "series", "type": "nominal", "title": None},
            "shape": {"field": "series", "type": "nominal", "title": None},
            "tooltip": [
                {"field": "period", "title": "Kỳ" if vi else "Period"},
                {"field": "share", "title": "%", "format": ".2f"},
                {"field": "series", "title": " "},
                {"field": "source", "title": "Nguồn" if vi else "Source"},
            ],
        },
    }


def _map_points(result: dict[str, Any]) -> list[dict[str, Any]]:
    quadrant = {row["unit"]: row for row in result.get("lisa", [])}
    points = []
    for row in result["inputs"]:
        if row["latitude"] is None or row["longitude"] is None:
            continue
        spot = quadrant.get(row["unit"])
        colour = LISA_COLOURS[spot["quadrant"]] if spot and spot["significant"] else "#888888"
        points.append(
            {
                "code": row["unit"],
                "name": row["name"],
                "lat": row["latitude"],
                "lon": row["longitude"],
                "value": row["value"],
                "colour": colour,
            }
        )
    return points


def analysis_page(request: HttpRequest) -> HttpResponse:
    language = get_language() or "vi"
    seed = _demo_seed(request)
    code = request.GET.get("unit") or HOME_PROVINCE
    try:
        data = cached_overview(code[:10], demo_seed=seed)
    except UnitNotFound:
        message = _("There is no administrative unit with code “%(code)s”.") % {"code": code[:10]}
        return render(request, "web/analysis/index.html", {"error": message}, status=400)
    latest = next((c for c in reversed(data.communes) if c.moran is not None), None)
    map_points = _map_points(latest.moran) if latest and latest.moran else []
    geometries: dict[str, Any] = {}
    if latest and latest.moran:
        units = list(AdminUnit.objects.filter(code__in=[p["code"] for p in map_points]).valid_on(latest.period.end))
        by_id = boundaries.latest_geometries(units)
        geometries = {u.code: by_id[u.pk] for u in units if u.pk in by_id}
    legend: list[dict[str, Any]] = []
    if geometries:
        # Choropleth: mapclassify quantile classes over the places that have a boundary.
        drawn = [p for p in map_points if p["code"] in geometries]
        classes, bins = classify([p["value"] for p in drawn], k=5)
        for point, cls in zip(drawn, classes, strict=True):
            point["fill"] = CLASS_COLOURS[cls]
        lower = min(p["value"] for p in drawn)
        for cls, upper in enumerate(bins):
            legend.append({"colour": CLASS_COLOURS[cls], "low": lower, "high": upper})
            lower = upper
    context = {
        "data": data,
        "demo": seed,
        "trend_spec": _trend_spec(data.trend, language),
        "embed_options": embed_options(language),
        "latest": latest,
        "map_points": map_points,
        "geometries": geometries,
        "class_legend": legend,
        "lisa_colours": LISA_COLOURS,
        "may_upload": bool(roles_of(request.user) & {Role.ADMIN, Role.DEPARTMENT_EDITOR}),
        "vi": language.startswith("vi"),
    }
    return render(request, "web/analysis/index.html", context)


def boundary_upload(request: HttpRequest) -> HttpResponse:
    """Department editors and admins upload commune boundaries (GeoJSON) for choropleth maps."""
    if not roles_of(request.user) & {Role.ADMIN, Role.DEPARTMENT_EDITOR}:
        return redirect(f"/login/?next={request.path}")
    problems: list[boundaries.BoundaryProblem] = []
    if request.method == "POST":
        upload = request.FILES.get("file")
        if upload is None:
            problems = [boundaries.BoundaryProblem(None, "file", "chọn một tệp GeoJSON", "choose a GeoJSON file")]
        elif upload.size and upload.size > MAX_UPLOAD:
            problems = [boundaries.BoundaryProblem(None, "file", "tệp lớn hơn 20 MB", "the file is larger than 20 MB")]
        else:
            try:
                stored = boundaries.store(
                    upload.read(),
                    name=upload.name or "boundaries.geojson",
                    source=request.POST.get("source", ""),
                    user=request.user,
                )
            except boundaries.BoundaryRejected as exc:
                problems = exc.problems
            else:
                messages.success(request, _("Stored %(count)s boundaries.") % {"count": stored.boundaries.count()})
                return redirect("web:analysis")
    return render(
        request,
        "web/analysis/boundaries.html",
        {"problems": problems, "sets": BoundarySet.objects.all()[:20], "json": json},
    )
