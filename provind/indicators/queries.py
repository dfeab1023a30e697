"""Reads over observations: current values, history, comparisons across the 2025 merger."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from decimal import Decimal

from django.db.models import F, Max, Q, QuerySet

from provind.approvals.visibility import visible
from provind.geography.models import AdminUnit, UnitCrosswalk
from provind.geography.queries import UnitNotFound, version_in
from provind.indicators import calculations
from provind.indicators.models import (
    FIGURE_FIELDS,
    PERIOD_SPAN_FIELDS,
    STATUS_RANK,
    Indicator,
    Observation,
    ObservationQuerySet,
    Status,
    Target,
)
from provind.indicators.periods import Period, PeriodError, PeriodKind
from provind.lib.completeness import Completeness, joined


def units_carrying(code: str, start: dt.date, end: dt.date) -> QuerySet[AdminUnit]:
    """The units that carried `code` at some time between `start` and `end` (a queryset, so that
    a caller can also use it as a subquery)."""
    return (
        AdminUnit.objects.filter(code=code)
        .filter(Q(valid_from__isnull=True) | Q(valid_from__lte=end))
        .filter(Q(valid_to__isnull=True) | Q(valid_to__gte=start))
    )


def units_for_period(code: str, period: Period) -> list[AdminUnit]:
    """The units that carried `code` at some time during `period` (newest first).

    `19` for 2024 is old Thái Nguyên, for 2025-H2 the merged province, for 2021–2030 both.
    """
    units = list(
        units_carrying(code, period.start, period.end)
        # Newest first on every database: an open end (the unit still valid) is the newest, so
        # NULLs come first (SQLite put them last, and the API then read 2025 on old Thái Nguyên).
        .order_by(F("valid_to").desc(nulls_first=True), "-id")
    )
    if not units:
        raise UnitNotFound(code, period.end)
    return units


def unit_for_period(code: str, period: Period, *, known_on: dt.date | None = None) -> AdminUnit:
    """One unit for `code` in `period` (see geography.queries.version_in)."""
    unit = version_in(units_for_period(code, period), period.start, period.end, known_on)
    assert unit is not None  # units_for_period raises when none overlaps
    return unit


def unit_ids(code: str) -> list[int]:
    """Every version of a unit code, resolved before the big query: a filter on `unit__code`
    becomes a join the planner may start from the wrong index (issue 15: 12 s dashboards)."""
    return list(AdminUnit.objects.filter(code=code).values_list("pk", flat=True))


def _sort_key(obs: Observation) -> tuple[int, dt.date, int]:
    return (STATUS_RANK.get(Status(obs.status), 0), obs.vintage or dt.date.min, obs.pk or 0)


def pick_current(observations: Iterable[Observation]) -> Observation | None:
    """Newest vintage of the most final status (official > preliminary > estimate); plans never."""
    actual = [o for o in observations if o.status != Status.PLAN and o.withdrawn_at is None]
    return max(actual, key=_sort_key) if actual else None


def pick_plan(observations: Iterable[Observation]) -> Observation | None:
    plans = [o for o in observations if o.status == Status.PLAN and o.withdrawn_at is None]
    return max(plans, key=lambda o: (o.vintage or dt.date.min, o.pk or 0)) if plans else None


def observations_for(
    indicator: Indicator,
    units: Iterable[AdminUnit],
    *,
    period_codes: Iterable[str] | None = None,
    breakdown: str = "",
    as_of: dt.date | None = None,
) -> list[Observation]:
    rows = visible(Observation.objects.filter(indicator=indicator, unit__in=list(units), breakdown=breakdown))
    if period_codes is not None:
        rows = rows.filter(period_code__in=list(period_codes))
    if as_of is not None:
        rows = rows.known_on(as_of)
    return list(rows.select_related("source", "unit", "indicator"))


def current_value(
    indicator: Indicator, unit: AdminUnit, period: Period, *, breakdown: str = "", as_of: dt.date | None = None
) -> Observation | None:
    return pick_current(
        observations_for(indicator, [unit], period_codes=[period.code], breakdown=breakdown, as_of=as_of)
    )


def history(indicator: Indicator, unit: AdminUnit, period: Period, *, breakdown: str = "") -> list[Observation]:
    """Every figure ever stored for one cell, newest and most final first."""
    rows = observations_for(indicator, [unit], period_codes=[period.code], breakdown=breakdown)
    return sorted(rows, key=_sort_key, reverse=True)


@dataclass
class Comparable:
    """A value for a unit and period, possibly assembled from the units it replaced."""

    value: Decimal | None
    observations: list[Observation] = field(default_factory=list)
    assembled_from: list[AdminUnit] = field(default_factory=list)
    missing: list[AdminUnit] = field(default_factory=list)

    @property
    def is_assembled(self) -> bool:
        return bool(self.assembled_from)


def comparable_value(
    indicator: Indicator, unit: AdminUnit, period: Period, *, breakdown: str = "", as_of: dt.date | None = None
) -> Comparable:
    """The value of `unit` in `period`. If none is stored and the period ended before the unit
    existed (2024 for the merged Thái Nguyên), the sum over the units it was formed from, when
    the indicator adds up over places, every link is a whole transfer and every predecessor
    has a figure: 2024 new Thái Nguyên = 2024 old Thái Nguyên + 2024 old Bắc Kạn."""
    obs = current_value(indicator, unit, period, breakdown=breakdown, as_of=as_of)
    if obs is not None:
        return Comparable(value=obs.value, observations=[obs])
    if unit.valid_from is None or period.end >= unit.valid_from:
        return Comparable(value=None)
    day_before = unit.valid_from - dt.timedelta(days=1)
    links = [
        link
        for link in UnitCrosswalk.objects.filter(new_unit=unit).select_related("old_unit")
        if link.old_unit.is_valid_on(day_before)
    ]
    predecessors = [link.old_unit for link in links]
    if not predecessors or indicator.place_aggregation != "sum" or any(not link.is_whole for link in links):
        return Comparable(value=None, assembled_from=predecessors)
    rows = observations_for(indicator, predecessors, period_codes=[period.code], breakdown=breakdown, as_of=as_of)
    found: dict[int, Observation] = {}
    for unit_pk in {o.unit_id for o in rows}:
        picked = pick_current(o for o in rows if o.unit_id == unit_pk)
        if picked is not None:
            found[unit_pk] = picked
    missing = [u for u in predecessors if u.pk not in found]
    total = None if missing else sum((o.value for o in found.values()), Decimal(0))
    return Comparable(value=total, observations=list(found.values()), assembled_from=predecessors, missing=missing)


def previous_year_period(period: Period) -> Period | None:
    """The same period a year earlier; None for a multi-year range, which has none."""
    try:
        return period.same_period_last_year()
    except PeriodError:
        return None


@dataclass
class Comparison:
    indicator: Indicator
    unit: AdminUnit
    period: Period
    current: Observation | None
    previous: Comparable
    yoy_pct: Decimal | None
    yoy_source: str  # "computed", "reported", "rate" or ""
    plan: Observation | None
    plan_pct: Decimal | None
    plan_pct_source: str
    # What the two computed figures cover (provind.lib.completeness, as on a form's items).
    yoy_completeness: Completeness = field(default_factory=Completeness)
    plan_pct_completeness: Completeness = field(default_factory=Completeness)

    @property
    def complete(self) -> bool:
        return self.yoy_completeness.complete and self.plan_pct_completeness.complete

    @property
    def reported_yoy(self) -> Decimal | None:
        """The year-on-year change the source printed beside the current figure, if any."""
        return published_yoy(self.current)

    @property
    def yoy_difference_pp(self) -> Decimal | None:
        """Computed minus published year-on-year change (percentage points), when both exist."""
        return yoy_difference(self.yoy_pct, self.yoy_source, self.reported_yoy)

    @property
    def yoy_differs(self) -> bool:
        """True when the YoY computed from stored values disagrees with the published change by
        more than the rounding of the printed figure (see `yoy_disagrees`)."""
        return yoy_disagrees(self.yoy_pct, self.yoy_source, self.reported_yoy)


# A comparison of a period without a figure: nothing to compute from.
NO_FIGURE = Completeness(
    complete=False,
    coverage_vi="chưa có số liệu kỳ này",
    coverage_en="no figure for the period",
    lacking=["số liệu kỳ này"],
)


def _reported(obs: Observation) -> str:
    return f"{obs.source.title} ({obs.period_code})" if obs.source_id else obs.period_code


def _yoy_completeness(
    indicator: Indicator, current: Observation | None, previous: Comparable, basis: Period | None, source: str
) -> Completeness:
    """The year-on-year change: complete when it is the source's own figure, or computed from the
    figure and the same period last year (every part of it, after a merger) with no bound (trên…)."""
    if current is None:
        return NO_FIGURE.completeness()
    if source in ("rate", "reported"):
        what_vi = "tốc độ tăng do nguồn công bố" if source == "rate" else "tốc độ tăng theo nguồn"
        what_en = "the growth rate the source published" if source == "rate" else "the change the source reported"
        return Completeness(
            complete=True,
            coverage_vi=f"{what_vi}: {_reported(current)}",
            coverage_en=f"{what_en}: {_reported(current)}",
            basis="reported",
        )
    label_vi = basis.label("vi") if basis else "cùng kỳ năm trước"
    label_en = basis.label("en") if basis else "the same period last year"
    if source == "computed":
        parts_vi = [f"tính từ số liệu kỳ này và {label_vi}"]
        parts_en = [f"computed from the figure and {label_en}"]
        if previous.is_assembled:
            names = " + ".join(u.name for u in previous.assembled_from)
            parts_vi.append(f"{label_vi} cộng từ: {names}")
            parts_en.append(f"{label_en} summed over: {names}")
        bounds = [o for o in [current, *previous.observations] if o.qualifier]
        words = {"over": "trên", "under": "dưới", "about": "khoảng", "nearly": "gần"}
        lacking = [f"{o.unit.name} {o.period_code} (số “{words.get(o.qualifier, o.qualifier)} …”)" for o in bounds]
        if bounds:
            parts_vi.append("có số là cận (trên/dưới/khoảng), tốc độ chỉ là gần đúng")
            parts_en.append("a figure is a bound (over/under/about): the change is approximate")
        return Completeness(
            complete=not bounds,
            coverage_vi=joined(*parts_vi),
            coverage_en=joined(*parts_en),
            basis="registry",
            lacking=lacking,
        )
    if basis is None:
        return Completeness(
            complete=True,
            coverage_vi="không có cùng kỳ để so sánh (kỳ nhiều năm)",
            coverage_en="no same period to compare with (a multi-year period)",
        )
    missing = [f"{u.name} {basis.code}" for u in previous.missing] or [f"{label_vi}"]
    return Completeness(
        complete=False,
        coverage_vi=f"chưa có số liệu {label_vi}"
        + (f" của: {', '.join(u.name for u in previous.missing)}" if previous.missing else ""),
        coverage_en=f"no figure for {label_en}"
        + (f" of: {', '.join(u.name for u in previous.missing)}" if previous.missing else ""),
        lacking=missing,
    )


def _plan_completeness(
    indicator: Indicator, current: Observation | None, plan: Observation | None, source: str, year: int
) -> Completeness:
    """The % of the annual plan: complete when computed from the figure and the stored plan (or
    given by the source); for a rate, share or index it does not apply."""
    if source == "reported" and current is not None:
        return Completeness(
            complete=True,
            coverage_vi=f"theo nguồn: {_reported(current)}",
            coverage_en=f"as reported: {_reported(current)}",
            basis="reported",
        )
    if indicator.kind != "level":
        return Completeness(complete=True, coverage_vi="không áp dụng", coverage_en="does not apply")
    if current is None:
        return NO_FIGURE.completeness()
    if plan is None:
        return Completeness(
            complete=False,
            coverage_vi=f"chưa có kế hoạch năm {year}",
            coverage_en=f"no {year} annual plan stored",
            lacking=[f"kế hoạch năm {year}"],
        )
    bound = current.qualifier or plan.qualifier
    return Completeness(
        complete=not bound,
        coverage_vi=joined(
            f"so với kế hoạch năm {year}: {_reported(plan)}", "có số là cận, chỉ gần đúng" if bound else ""
        ),
        coverage_en=joined(
            f"against the {year} plan: {_reported(plan)}", "a figure is a bound: approximate" if bound else ""
        ),
        basis="registry",
        lacking=[f"{current.period_code} / kế hoạch (số là cận)"] if bound else [],
    )


def published_yoy(obs: Observation | None) -> Decimal | None:
    if obs is None or obs.reported_change is None or obs.reported_change_basis != "yoy":
        return None
    return obs.reported_change


def yoy_difference(computed: Decimal | None, source: str, reported: Decimal | None) -> Decimal | None:
    if source != "computed" or computed is None or reported is None:
        return None
    return computed - reported


def yoy_disagrees(computed: Decimal | None, source: str, reported: Decimal | None) -> bool:
    """A computed YoY disagrees with the published one when they differ by more than half a unit
    of the last decimal the source printed (a source printing "tăng 6%" is matched by 5.5–6.5 %).
    The levels themselves are rounded too ("trên 932 nghìn tỷ"), so a difference is a flag for a
    reader to look at the two sources, not proof of an error."""
    difference = yoy_difference(computed, source, reported)
    if difference is None or reported is None:
        return False
    exponent = reported.normalize().as_tuple().exponent
    places = -exponent if isinstance(exponent, int) and exponent < 0 else 0
    return abs(difference) > Decimal(5) * Decimal(10) ** -(places + 1)


def compare(
    indicator: Indicator, unit: AdminUnit, period: Period, *, breakdown: str = "", as_of: dt.date | None = None
) -> Comparison:
    """Value, same period last year, year-on-year %, and % of the annual plan.

    Computed from stored values when both exist; otherwise the figure the source reported,
    labelled as such, so a page never mixes the two silently.
    """
    current = current_value(indicator, unit, period, breakdown=breakdown, as_of=as_of)
    basis = previous_year_period(period)
    previous = (
        comparable_value(indicator, unit, basis, breakdown=breakdown, as_of=as_of) if basis else Comparable(value=None)
    )
    yoy: Decimal | None = None
    yoy_source = ""
    if indicator.kind == "rate" and current is not None:
        yoy, yoy_source = current.value, "rate"
    elif current is not None and previous.value is not None:
        yoy, yoy_source = calculations.change_pct(current.value, previous.value), "computed"
    elif current is not None and current.reported_change is not None and current.reported_change_basis == "yoy":
        yoy, yoy_source = current.reported_change, "reported"

    plan_obs = pick_plan(
        observations_for(
            indicator, [unit], period_codes=[Period.year(period.end.year).code], breakdown=breakdown, as_of=as_of
        )
    )
    plan_pct: Decimal | None = None
    plan_source = ""
    if current is not None and plan_obs is not None and indicator.kind == "level":
        plan_pct, plan_source = calculations.percent_of_plan(current.value, plan_obs.value), "computed"
    elif current is not None and current.reported_plan_pct is not None:
        plan_pct, plan_source = current.reported_plan_pct, "reported"
    return Comparison(
        indicator=indicator,
        unit=unit,
        period=period,
        current=current,
        previous=previous,
        yoy_pct=yoy,
        yoy_source=yoy_source,
        plan=plan_obs,
        plan_pct=plan_pct,
        plan_pct_source=plan_source,
        yoy_completeness=_yoy_completeness(indicator, current, previous, basis, yoy_source),
        plan_pct_completeness=_plan_completeness(indicator, current, plan_obs, plan_source, period.end.year),
    )


def series(
    indicator: Indicator, unit_code: str, *, kind: str | None = None, breakdown: str = "", as_of: dt.date | None = None
) -> list[Observation]:
    """Current values of every period stored for a unit code (all its versions), oldest first."""
    rows = visible(
        Observation.objects.filter(indicator=indicator, unit_id__in=unit_ids(unit_code), breakdown=breakdown).actual()
    )
    if kind:
        rows = rows.filter(period_kind=kind)
    if as_of is not None:
        rows = rows.known_on(as_of)
    by_cell: dict[tuple[int, str], list[Observation]] = {}
    for obs in rows.select_related("unit", "source"):
        obs.indicator = indicator  # known already: exports read it per row, without a query each
        by_cell.setdefault((obs.unit_id, obs.period_code), []).append(obs)
    picked = [pick_current(cell) for cell in by_cell.values()]
    return sorted((o for o in picked if o is not None), key=lambda o: (o.period_end, o.period_start))


def targets_for(unit: AdminUnit) -> list[Target]:
    return list(Target.objects.filter(unit__code=unit.code).select_related("indicator", "source", "unit"))


HEADLINE = [
    "iip",
    "industrial_output_value",
    "retail_sales_services",
    "export_value",
    "import_value",
    "fdi_share_industrial_output",
]


@dataclass
class Card:
    indicator: Indicator
    comparison: Comparison
    sparkline: list[Observation]


def latest_period(indicator: Indicator, unit_code: str, *, as_of: dt.date | None = None) -> Period | None:
    """The most recent period with an actual figure; on a tie, the longest (7 months over July)."""
    rows = visible(
        Observation.objects.filter(indicator=indicator, unit_id__in=unit_ids(unit_code), breakdown="").actual()
    )
    rows = rows.standing()
    if as_of is not None:
        rows = rows.known_on(as_of)
    row = rows.order_by("-period_end", "period_start").values_list("period_start", "period_end", "period_kind").first()
    return Period(row[0], row[1], PeriodKind(row[2])) if row else None


def headline_cards(unit_code: str, *, period: Period | None = None, as_of: dt.date | None = None) -> list[Card]:
    """The dashboard: for each headline indicator its latest (or the chosen) period, compared."""
    cards = []
    for indicator in Indicator.objects.filter(code__in=HEADLINE):
        chosen = period or latest_period(indicator, unit_code, as_of=as_of)
        if chosen is None:
            continue
        try:
            unit = unit_for_period(unit_code, chosen)
        except UnitNotFound:
            continue
        comparison = compare(indicator, unit, chosen, as_of=as_of)
        if comparison.current is None:
            continue
        spark = series(indicator, unit_code, kind=chosen.kind, as_of=as_of)
        cards.append(Card(indicator=indicator, comparison=comparison, sparkline=spark))
    cards.sort(key=lambda c: HEADLINE.index(c.indicator.code))
    return cards


def history_by_cell(
    indicator: Indicator, unit_code: str, *, breakdown: str = "", as_of: dt.date | None = None
) -> dict[tuple[int, str], list[Observation]]:
    """Every figure per (unit version, period), most final and newest first: the vintage history."""
    rows = visible(
        Observation.objects.filter(indicator=indicator, unit_id__in=unit_ids(unit_code), breakdown=breakdown)
    )
    if as_of is not None:
        rows = rows.known_on(as_of)
    cells: dict[tuple[int, str], list[Observation]] = {}
    for obs in rows.select_related("unit", "source"):
        obs.indicator = indicator
        cells.setdefault((obs.unit_id, obs.period_code), []).append(obs)
    return {key: sorted(found, key=_sort_key, reverse=True) for key, found in cells.items()}


@dataclass
class TargetProgress:
    target: Target
    latest: Observation | None
    required_growth_pct: Decimal | None  # average growth a year still needed (levels)
    status: str | None  # on_track / at_risk / off_track (rates, or levels with a base year)
    # Why the latest figure is not judged against the target (empty when it is, or there is none).
    not_judged_vi: str = ""
    not_judged_en: str = ""


def target_years(target: Target) -> tuple[int | None, int]:
    """The years a target's path covers: after its base year (a plan "2026–2030" adopted on a 2025
    base starts in 2026) up to its target year; None: no base year, so no known start."""
    first = target.base_year + 1 if target.base_year is not None else None
    return first, target.year


def target_progress(target: Target, *, as_of: dt.date | None = None) -> TargetProgress:
    """Where a target stands: the latest annual figure of the target's own unit version, the growth a
    year still required to reach it, and on-track status against the planned path.

    A target is judged only on figures it speaks about: of the unit version it was adopted for (QĐ
    222/QĐ-TTg is about old Thái Nguyên; a figure of the province merged on 1/7/2025 is not judged
    against it) and of a year on its path (a 2025 figure is not "behind" a path that starts in 2026)."""
    indicator = target.indicator
    own = [o for o in series(indicator, target.unit.code, as_of=as_of) if o.unit_id == target.unit_id]
    rows = [o for o in own if o.period.kind == "year"]
    if indicator.kind != "level":
        rows = rows or own
    latest = rows[-1] if rows else None
    required = None
    status = None
    not_vi = not_en = ""
    if latest is not None:
        year = latest.period.end.year
        first, last = target_years(target)
        on_path = (first is None or first <= year) and year <= last
        judged = indicator.kind in ("rate", "share") or (target.base_year is not None and target.base_value is not None)
        if indicator.kind == "level" and year < target.year:
            required = calculations.required_annual_growth(latest.value, year, target.value, target.year)
            if on_path and target.base_year is not None and target.base_value is not None:
                path = calculations.trajectory(target.base_year, target.base_value, target.year, target.value)
                found = calculations.track_status(latest.value, path.get(year))
                status = found.value if found else None
        elif indicator.kind in ("rate", "share") and on_path:
            found = calculations.track_status(latest.value, target.value)
            status = found.value if found else None
        if judged and not on_path:
            span = f"{first}–{last}" if first is not None else f"→ {last}"
            not_vi = f"số liệu năm {year} ngoài lộ trình của mục tiêu ({span}), không đánh giá"
            not_en = f"the {year} figure is outside the target's path ({span}); not judged"
    else:
        others = [o for o in series(indicator, target.unit.code, as_of=as_of) if o.unit_id != target.unit_id]
        if others:
            not_vi = f"chưa có số liệu của {target.unit.name} ({target.unit.validity_label}) để đánh giá"
            not_en = f"no figure of {target.unit.name} ({target.unit.validity_label}) to judge the target on"
    return TargetProgress(
        target=target,
        latest=latest,
        required_growth_pct=required,
        status=status,
        not_judged_vi=not_vi,
        not_judged_en=not_en,
    )


def estimate_official_gap(versions: list[Observation]) -> Decimal | None:
    """% by which the newest estimate differed from the official figure, when both exist."""
    from provind.indicators.quality import estimate_vs_official_gap

    estimates = [o for o in versions if o.status == Status.ESTIMATE]
    officials = [o for o in versions if o.status == Status.OFFICIAL]
    if not estimates or not officials:
        return None
    newest = max(estimates, key=_sort_key)
    return estimate_vs_official_gap(newest.value, max(officials, key=_sort_key).value)


def periods_with_figures(unit_code: str, indicator_codes: Iterable[str]) -> list[Period]:
    """Every period with an actual figure for these indicators and unit code, newest first:
    the choices of the dashboard's period picker."""
    rows = (
        visible(
            Observation.objects.filter(
                unit_id__in=unit_ids(unit_code),
                indicator_id__in=list(
                    Indicator.objects.filter(code__in=list(indicator_codes)).values_list("pk", flat=True)
                ),
                breakdown="",
            )
        )
        .standing()
        .exclude(status=Status.PLAN)
        .values_list("period_start", "period_end", "period_kind")
        .distinct()
        .order_by("-period_end", "period_start")
    )
    return [Period(start, end, PeriodKind(kind)) for start, end, kind in rows]


# --- National slices (issue 15): one indicator × period for many units, read in keyset pages ---

SLICE_FIELDS = (
    *("id", "indicator__code", "unit__code", "unit__name", "period_code"),
    *PERIOD_SPAN_FIELDS,
    *FIGURE_FIELDS,
    *("reported_plan_pct", "source__title", "source__number", "source__url", "source__synthetic"),
)


def children_ids(parent_code: str, period: Period | None = None, *, parents: list[int] | None = None) -> list[int]:
    """The units under any version of `parent_code` (all communes of a province), valid during
    `period` when given. Resolved to ids first so the observation query is a plain index lookup.
    `parents`: the versions' ids when the caller has them already."""
    children = AdminUnit.objects.filter(parent_id__in=unit_ids(parent_code) if parents is None else parents)
    if period is not None:
        children = children.filter(Q(valid_from__isnull=True) | Q(valid_from__lte=period.end)).filter(
            Q(valid_to__isnull=True) | Q(valid_to__gte=period.start)
        )
    return list(children.values_list("pk", flat=True))


@dataclass(frozen=True)
class Slice:
    """Which figures: one indicator, optionally one period, some units (None: all)."""

    indicator: Indicator
    period_code: str | None = None
    unit_ids: list[int] | None = None
    status: str | None = None
    breakdown: str | None = None
    as_of: dt.date | None = None
    include_synthetic: bool = True

    def queryset(self) -> ObservationQuerySet:
        rows = Observation.objects.filter(indicator_id=self.indicator.pk)
        if self.period_code is not None:
            rows = rows.filter(period_code=self.period_code)
        if self.unit_ids is not None:
            rows = rows.filter(unit_id__in=self.unit_ids)
        if self.status:
            rows = rows.filter(status=self.status)
        if self.breakdown is not None:
            rows = rows.filter(breakdown=self.breakdown)
        if self.as_of is not None:
            rows = rows.known_on(self.as_of)
        if not self.include_synthetic:
            rows = rows.real()
        return rows

    def page(self, *, after_id: int = 0, limit: int = 1000) -> list[tuple[object, ...]]:
        """Up to `limit` rows (SLICE_FIELDS) with an id above `after_id`, in id order: a keyset
        page, so page 1,000 costs what page 1 costs."""
        rows = self.queryset().filter(id__gt=after_id).order_by("id").values_list(*SLICE_FIELDS)
        return list(rows[:limit])

    def iterate(self, *, after_id: int = 0, chunk: int = 2000) -> Iterator[tuple[object, ...]]:
        """Every row, chunk by chunk: memory stays constant whatever the size of the slice."""
        while True:
            rows = self.page(after_id=after_id, limit=chunk)
            yield from rows
            if len(rows) < chunk:
                return
            after_id = int(str(rows[-1][0]))


def data_version() -> tuple[int, dt.datetime | None]:
    """The newest figure's id and time: observations are only ever added, so this names the
    state of the data for ETag/Last-Modified (an index lookup on the primary key)."""
    newest = Observation.objects.order_by("-id").values_list("id", "created_at").first()
    if newest is None:
        return (0, None)
    # A withdrawal or an approval step changes what is shown without adding a row: the
    # version moves with the latest of them too.
    from provind.approvals.models import DataSetApproval

    # Read through the partial index obs_w15_withdrawn (only withdrawn rows), not the table.
    withdrawn = Observation.objects.filter(withdrawn_at__isnull=False).aggregate(latest=Max("withdrawn_at"))["latest"]
    approved = DataSetApproval.objects.aggregate(latest=Max("updated_at"))["latest"]
    return (newest[0], max(t for t in (newest[1], withdrawn, approved) if t is not None))


def data_version_key() -> str:
    """`data_version` as a cache key: the id and the time, so that an id reused after a
    rollback or a delete never names the older state."""
    newest_id, newest_at = data_version()
    return f"{newest_id}.{newest_at.timestamp() if newest_at else 0}"
