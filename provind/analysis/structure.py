"""Economic structure: who produces the province's industrial output, and how concentrated it is.

Shares are computed from stored parts (an ownership or sector breakdown of one indicator, one
unit, one period) and shown beside the share the source itself published, so a reader sees
both "92.5 % (published)" and "92.47 % (410.2 / 443.6, recomputed)". A share is only given
where its parts are stored; when a partition is incomplete the structure says which parts
are missing instead of pretending the rest is zero.

The dependence warnings are rules with a threshold read from the settings, so a province can
set its own (DHIS2's validation rules are the model: the rule, its threshold and the value that
fired are all shown).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from django.conf import settings

from provind.analysis.measures import hhi
from provind.approvals.visibility import visible
from provind.geography.models import AdminUnit
from provind.indicators.calculations import share
from provind.indicators.models import OWNERSHIP_PARTITIONS, Indicator, Observation
from provind.indicators.periods import Period
from provind.indicators.queries import pick_current, unit_for_period

OUTPUT = "industrial_output_value"
FDI_SHARE = "fdi_share_industrial_output"

OWNERSHIP_LABELS = {
    "central_state": ("Nhà nước trung ương", "Central state"),
    "local_state": ("Nhà nước địa phương", "Local state"),
    "non_state": ("Ngoài nhà nước", "Non-state"),
    "local": (
        "Công nghiệp địa phương (nhà nước địa phương và ngoài nhà nước)",
        "Local industry (local state and non-state)",
    ),
    "foreign_invested": ("Có vốn đầu tư nước ngoài", "Foreign-invested"),
}
# The high-tech group of the founding article: electronics and computers (VSIC C26), electrical
# equipment (C27). Sector breakdowns use VSIC codes (sector=C26).
HIGH_TECH_SECTORS = ("C26", "C27")


@dataclass
class Part:
    key: str
    label_vi: str
    label_en: str
    value: Decimal
    share: Decimal | None
    observation: Observation


@dataclass
class Rule:
    code: str
    vi: str
    en: str
    threshold: float
    value: float | None
    fired: bool


@dataclass
class Structure:
    unit: AdminUnit
    period: Period
    dimension: str
    total: Observation | None
    parts: list[Part] = field(default_factory=list)
    missing_parts: list[str] = field(default_factory=list)
    published_fdi_share: Observation | None = None
    hhi: float | None = None
    rules: list[Rule] = field(default_factory=list)

    @property
    def complete(self) -> bool:
        return self.total is not None and bool(self.parts) and not self.missing_parts

    @property
    def recomputed_fdi_share(self) -> Decimal | None:
        for part in self.parts:
            if part.key == "foreign_invested":
                return part.share
        return None

    @property
    def high_tech_share(self) -> Decimal | None:
        """Electronics, computers and electrical equipment (VSIC C26, C27) together, when every
        one of them is stored; None otherwise (a missing sector is not a zero)."""
        if self.dimension != "sector":
            return None
        parts = {p.key: p.share for p in self.parts}
        if any(parts.get(code) is None for code in HIGH_TECH_SECTORS):
            return None
        return sum((parts[code] or Decimal(0) for code in HIGH_TECH_SECTORS), Decimal(0))

    @property
    def fdi_difference(self) -> Decimal | None:
        recomputed = self.recomputed_fdi_share
        if recomputed is None or self.published_fdi_share is None:
            return None
        return recomputed - self.published_fdi_share.value


def _current_by_breakdown(indicator: Indicator, unit: AdminUnit, period: Period) -> dict[str, Observation]:
    rows = visible(Observation.objects.filter(indicator=indicator, unit=unit, period_code=period.code)).select_related(
        "source", "unit", "indicator"
    )
    grouped: dict[str, list[Observation]] = {}
    for row in rows:
        grouped.setdefault(row.breakdown, []).append(row)
    current = {key: pick_current(obs) for key, obs in grouped.items()}
    return {key: obs for key, obs in current.items() if obs is not None}


def _partition(keys: set[str]) -> tuple[set[str], list[str]]:
    """The ownership partition the stored parts belong to, and the parts it still lacks.

    Central state and foreign-invested belong to both partitions; then the one that needs the
    fewest further parts is taken (the Department's three-part split)."""
    candidates = [p for p in OWNERSHIP_PARTITIONS if keys & p]
    if not candidates:
        return set(), []
    best = max(candidates, key=lambda p: (len(keys & p), -len(p - keys)))
    return set(best), sorted(best - keys)


def structure(unit_code: str, period: Period, *, dimension: str = "ownership") -> Structure:
    """Shares of `industrial_output_value` by ownership (or sector) for one unit and period."""
    indicator = Indicator.objects.get(code=OUTPUT)
    unit = unit_for_period(unit_code, period)
    figures = _current_by_breakdown(indicator, unit, period)
    result = Structure(unit=unit, period=period, dimension=dimension, total=figures.get(""))
    prefix = f"{dimension}="
    stored = {key.removeprefix(prefix): obs for key, obs in figures.items() if key.startswith(prefix)}
    keys = set(stored)
    if dimension == "ownership":
        partition, result.missing_parts = _partition(keys)
        keys &= partition or keys
    total_value = result.total.value if result.total is not None else None
    for key in sorted(keys):
        obs = stored[key]
        vi, en = OWNERSHIP_LABELS.get(key, (key, key)) if dimension == "ownership" else (key, key)
        result.parts.append(Part(key, vi, en, obs.value, share(obs.value, total_value), obs))
    published = Indicator.objects.filter(code=FDI_SHARE).first()
    if published is not None:
        result.published_fdi_share = _current_by_breakdown(published, unit, period).get("")
    shares = [float(p.share) for p in result.parts if p.share is not None]
    if result.complete and shares:
        result.hhi = hhi(shares)
    result.rules = dependence_rules(result)
    return result


def dependence_rules(result: Structure) -> list[Rule]:
    """The warnings, each with its threshold and the value it was judged on."""
    fdi_threshold = float(settings.PROVIND_DEPENDENCE_FDI_SHARE)
    hhi_threshold = float(settings.PROVIND_DEPENDENCE_HHI)
    fdi = result.recomputed_fdi_share
    if fdi is None and result.published_fdi_share is not None:
        fdi = result.published_fdi_share.value
    fdi_value = float(fdi) if fdi is not None else None
    return [
        Rule(
            "fdi_share",
            f"Khu vực có vốn đầu tư nước ngoài chiếm từ {fdi_threshold:g}% giá trị sản xuất công nghiệp trở lên",
            f"Foreign-invested firms produce {fdi_threshold:g}% or more of industrial output",
            fdi_threshold,
            fdi_value,
            fdi_value is not None and fdi_value >= fdi_threshold,
        ),
        Rule(
            "hhi",
            f"Chỉ số tập trung HHI từ {hhi_threshold:g} trở lên (tập trung cao)",
            f"Herfindahl–Hirschman index of {hhi_threshold:g} or more (highly concentrated)",
            hhi_threshold,
            result.hhi,
            result.hhi is not None and result.hhi >= hhi_threshold,
        ),
    ]


@dataclass
class SharePoint:
    period: Period
    unit: AdminUnit
    published: Observation | None
    recomputed: Decimal | None
    parts_source: Observation | None  # the total the recomputed share divides by


def fdi_share_trend(unit_code: str) -> list[SharePoint]:
    """Every period with a published FDI share or with the parts to recompute it, oldest first.

    Both versions of a code count (19 is old Thái Nguyên before 1/7/2025, the merged province
    after), and each point says which unit it is about.
    """
    units = list(AdminUnit.objects.filter(code=unit_code))
    rows = visible(
        Observation.objects.filter(
            unit__in=units, indicator__code__in=[OUTPUT, FDI_SHARE], breakdown__in=["", "ownership=foreign_invested"]
        )
    ).select_related("indicator", "unit", "source")
    cells: dict[tuple[int, str], dict[tuple[str, str], list[Observation]]] = {}
    for row in rows:
        cells.setdefault((row.unit_id, row.period_code), {}).setdefault((row.indicator.code, row.breakdown), []).append(
            row
        )
    points = []
    for cell in cells.values():
        published = pick_current(cell.get((FDI_SHARE, ""), []))
        total = pick_current(cell.get((OUTPUT, ""), []))
        foreign = pick_current(cell.get((OUTPUT, "ownership=foreign_invested"), []))
        recomputed = share(foreign.value, total.value) if foreign is not None and total is not None else None
        anchor = published or total
        if anchor is None or (published is None and recomputed is None):
            continue
        points.append(
            SharePoint(anchor.period, anchor.unit, published, recomputed, total if recomputed is not None else None)
        )
    return sorted(points, key=lambda p: (p.period.end, p.period.start))


@dataclass
class Gap:
    period: Period
    values: list[Observation]
    ratio: Decimal | None  # largest over smallest

    def shares(self) -> dict[str, Decimal | None]:
        """Each former province's share of their sum (by unit code)."""
        total = sum((v.value for v in self.values), Decimal(0))
        return {v.unit.code: share(v.value, total) for v in self.values}


def former_province_gap(units: Iterable[AdminUnit], period: Period, indicator_code: str = OUTPUT) -> Gap:
    """How many times the largest former province's figure is the smallest's."""
    indicator = Indicator.objects.get(code=indicator_code)
    values = [obs for unit in units if (obs := _current_by_breakdown(indicator, unit, period).get("")) is not None]
    ratio = None
    if len(values) >= 2:
        low = min(v.value for v in values)
        if low > 0:
            ratio = max(v.value for v in values) / low
    return Gap(period=period, values=values, ratio=ratio)


def _number(value: Decimal | None) -> float | None:
    return float(value) if value is not None else None


def _source(obs: Observation | None) -> dict[str, str] | None:
    if obs is None:
        return None
    url = obs.source.url if obs.source.url.startswith(("http://", "https://")) else ""
    return {"title": obs.source.title, "url": url, "excerpt": obs.source_excerpt}


def as_dict(result: Structure) -> dict[str, Any]:
    """The structure as the API's JSON."""
    return {
        "unit": result.unit.code,
        "unit_name": result.unit.name,
        "period": result.period.code,
        "period_label_vi": result.period.label("vi"),
        "period_label_en": result.period.label("en"),
        "dimension": result.dimension,
        "total": _number(result.total.value) if result.total else None,
        "total_status": result.total.status if result.total else None,
        "total_source": _source(result.total),
        "complete": result.complete,
        "missing_parts": result.missing_parts,
        "parts": [
            {
                "key": p.key,
                "label_vi": p.label_vi,
                "label_en": p.label_en,
                "value": _number(p.value),
                "share_pct": _number(p.share),
                "status": p.observation.status,
                "source": _source(p.observation),
            }
            for p in result.parts
        ],
        "fdi_share_recomputed_pct": _number(result.recomputed_fdi_share),
        "fdi_share_published_pct": _number(result.published_fdi_share.value) if result.published_fdi_share else None,
        "fdi_share_published_source": _source(result.published_fdi_share),
        "fdi_share_difference_pct_points": _number(result.fdi_difference),
        "high_tech_share_pct": _number(result.high_tech_share),
        "hhi": result.hhi,
        "rules": [
            {
                "code": r.code,
                "message_vi": r.vi,
                "message_en": r.en,
                "threshold": r.threshold,
                "value": r.value,
                "fired": r.fired,
            }
            for r in result.rules
        ],
    }


def point_dict(point: SharePoint) -> dict[str, Any]:
    return {
        "period": point.period.code,
        "period_label_vi": point.period.label("vi"),
        "period_label_en": point.period.label("en"),
        "period_kind": point.period.kind.value,
        "unit": point.unit.code,
        "unit_name": point.unit.name,
        "unit_valid_from": point.unit.valid_from.isoformat() if point.unit.valid_from else None,
        "unit_valid_to": point.unit.valid_to.isoformat() if point.unit.valid_to else None,
        "published_pct": _number(point.published.value) if point.published else None,
        "published_source": _source(point.published),
        "recomputed_pct": _number(point.recomputed),
        "recomputed_from": _source(point.parts_source),
    }
