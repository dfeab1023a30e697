"""What the "Phân tích" page shows for a province: structure, the FDI share over time, the gap
between the provinces it was formed from, and commune inequality where commune figures exist.

It picks the periods itself (the latest one with the figures each part needs) and leaves
rendering to the interface.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from django.core.cache import cache
from django.db.models import Count, Max, Q
from django.utils import timezone

from provind.analysis import calculations, places, structure
from provind.analysis.measures import MeasureError
from provind.analysis.models import Boundary
from provind.analysis.structure import Gap, SharePoint, Structure
from provind.approvals.models import DataSetApproval
from provind.approvals.visibility import visibility_key, visible
from provind.geography.models import COMMUNE_LEVEL, AdminUnit
from provind.indicators.models import Observation
from provind.indicators.periods import Period, parse_period

DEMO_PERIODS = ("2024", "2025")


@dataclass
class CommuneAnalysis:
    """Commune inequality for one period: Theil by former province and by urban/rural, Gini,
    Williamson, Moran's I with LISA; or the reason it could not be computed."""

    period: Period
    by_former_province: dict[str, Any] | None = None
    by_urban_rural: dict[str, Any] | None = None
    moran: dict[str, Any] | None = None
    reexpressed: dict[str, Any] | None = None  # the same period on today's communes (before 2025)
    error: str | None = None


@dataclass
class Overview:
    area: AdminUnit
    structure: Structure | None
    trend: list[SharePoint]
    gap: Gap | None
    gap_theil: dict[str, Any] | None
    communes: list[CommuneAnalysis] = field(default_factory=list)
    demo_seed: int | None = None


def _latest_structure_period(codes: list[str]) -> Period | None:
    row = (
        visible(
            Observation.objects.filter(
                unit__code__in=codes, indicator__code=structure.OUTPUT, breakdown__startswith="ownership="
            )
        )
        .standing()
        .exclude(status="plan")
        .order_by("-period_end", "period_start")
        .values_list("period_code", flat=True)
        .first()
    )
    return parse_period(row) if row else None


def _latest_gap_period(predecessors: list[AdminUnit]) -> Period | None:
    """The latest period in which every former province has a stored output figure."""
    rows = (
        visible(Observation.objects.filter(unit__in=predecessors, indicator__code=structure.OUTPUT, breakdown=""))
        .standing()
        .exclude(status="plan")
        .values_list("period_code", "unit_id")
    )
    units_by_period: dict[str, set[int]] = {}
    for code, unit_id in rows:
        units_by_period.setdefault(code, set()).add(unit_id)
    full = [parse_period(code) for code, ids in units_by_period.items() if len(ids) == len(predecessors)]
    return max(full, key=lambda p: (p.end, -p.start.toordinal())) if full else None


def commune_periods(area: AdminUnit, indicator_code: str = structure.OUTPUT) -> list[Period]:
    """Periods with at least one stored commune figure inside `area` or its former provinces."""
    codes = [area.code, *[u.code for u in predecessors_of(area)]]
    rows = (
        visible(
            Observation.objects.filter(indicator__code=indicator_code, unit__kind__in=[k.value for k in COMMUNE_LEVEL])
        )
        .standing()
        .filter(Q(unit__parent__code__in=codes) | Q(unit__parent__parent__code__in=codes))
        .exclude(status="plan")
        .values_list("period_code", flat=True)
        .distinct()
    )
    return sorted({parse_period(code) for code in rows}, key=lambda p: (p.end, p.start), reverse=True)


def predecessors_of(area: AdminUnit) -> list[AdminUnit]:
    return places.predecessor_provinces(area) if area.valid_from is not None else []


def commune_analysis(area: AdminUnit, period: Period, *, demo_seed: int | None = None) -> CommuneAnalysis:
    result = CommuneAnalysis(period=period)
    try:
        common: dict[str, Any] = {"synthetic_seed": demo_seed}
        by_province = places.build_inputs(structure.OUTPUT, period, area.code, grouping="former_province", **common)
        result.by_former_province = calculations.inequality(by_province, "all")
        by_kind = places.build_inputs(structure.OUTPUT, period, area.code, grouping="urban_rural", **common)
        result.by_urban_rural = calculations.inequality(by_kind, "theil")
        result.moran = calculations.moran(by_province)
        if area.valid_from is not None and period.end < area.valid_from:
            on_new = places.build_inputs(
                structure.OUTPUT, period, area.code, grouping="former_province", map="new", **common
            )
            result.reexpressed = calculations.inequality(on_new, "all")
    except MeasureError as exc:
        result.error = f"{exc.vi} / {exc.en}"
    return result


def overview(unit_code: str, *, demo_seed: int | None = None, today: dt.date | None = None) -> Overview:
    area = places.area_unit(unit_code, at=today)
    predecessors = predecessors_of(area)
    struct_period = _latest_structure_period([area.code])
    result = Overview(
        area=area,
        structure=structure.structure(area.code, struct_period) if struct_period else None,
        trend=structure.fdi_share_trend(area.code),
        gap=None,
        gap_theil=None,
        demo_seed=demo_seed,
    )
    gap_period = _latest_gap_period(predecessors) if len(predecessors) > 1 else None
    if gap_period is not None:
        result.gap = structure.former_province_gap(predecessors, gap_period)
        inputs = places.build_inputs(structure.OUTPUT, gap_period, area.code, level="former_province")
        try:
            result.gap_theil = calculations.inequality(inputs, "all")
        except MeasureError:
            result.gap_theil = None
    periods = [parse_period(p) for p in DEMO_PERIODS] if demo_seed is not None else commune_periods(area)[:2]
    result.communes = [commune_analysis(area, p, demo_seed=demo_seed) for p in periods]
    return result


def _data_version() -> str:
    """Changes whenever a figure or a boundary is added or withdrawn (rows are never edited in
    place: a revision is a new row)."""
    figures = Observation.objects.aggregate(n=Count("id"), last=Max("id"), withdrawn=Max("withdrawn_at"))
    shapes = Boundary.objects.aggregate(n=Count("id"), last=Max("id"))
    # What a reader may see depends on approvals and on who reads (published only or not).
    approved = DataSetApproval.objects.aggregate(n=Count("id"), changed=Max("updated_at"))
    changed = approved["changed"].timestamp() if approved["changed"] else 0  # no spaces in a cache key
    seen = f"{approved['n']}.{changed}.{visibility_key()}"
    withdrawn = figures["withdrawn"].timestamp() if figures["withdrawn"] else 0
    return f"{figures['n']}.{figures['last']}.{withdrawn}.{shapes['n']}.{shapes['last']}.{seen}"


def cached_overview(unit_code: str, *, demo_seed: int | None = None) -> Overview:
    """The overview, computed once per data version: PySAL's permutations and the crosswalk
    take a second or two, and the answer only changes when the figures do."""
    key = f"provind:analysis:{unit_code}:{demo_seed}:{timezone.localdate()}:{_data_version()}"
    found = cache.get(key)
    if isinstance(found, Overview):
        return found
    result = overview(unit_code, demo_seed=demo_seed)
    cache.set(key, result, timeout=3600)
    return result
