"""Reads over the cluster registry: the funnel for a date, the plan totals next to what the registry
records, the reported facts, occupancy, and the public list of unleased land.

The registry never fills gaps: a cluster whose area is unknown is counted but its area is not, and
every summary says how many clusters it records against the plan ("19 of 41").

Dates: an event or plan without a date is known but undated; the registry counts it on every date
(the rule of `IndustrialCluster.events_until`). A plan version is in force from its decision date.
A province code is read on the date (`province=19` before 1/7/2025 is old Thái Nguyên, after it the
merged one); where a cluster lies and which plans are in force are `clusters.territory`'s rules.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from django.db.models import Prefetch, QuerySet
from django.utils import timezone

from provind.approvals.visibility import visible
from provind.clusters import calculations
from provind.clusters.models import (
    STAGE_ORDER,
    ClusterEvent,
    EventKind,
    Form02Report,
    IndustrialCluster,
    PlanEntry,
    PlanVersion,
)
from provind.clusters.territory import lying_in, plan_date, plans_in_force
from provind.clusters.windows import ReportingWindow, WindowError
from provind.errors import InputError
from provind.geography.models import AdminUnit, UnitKind
from provind.geography.queries import resolve_unit
from provind.indicators.models import Observation
from provind.lib.completeness import Basis, Completeness, Published, joined
from provind.lib.numbers import format_en, format_vi

REMOVED = "removed_from_plan"
REVOKED = EventKind.REVOKED.value

# The funnel of the founding article, each step counting the clusters that reached it (cumulative).
FUNNEL: dict[str, tuple[str, str]] = {
    "in_plan": ("trong quy hoạch", "in the plan"),
    "with_investor": ("có chủ đầu tư hạ tầng", "with an infrastructure investor"),
    "established": ("đã thành lập", "established"),
    "operating": ("đã đi vào hoạt động", "operating"),
}
# Exact stages a cluster can be in on a date (the furthest step reached; see IndustrialCluster.stage_on).
STAGES: dict[str, tuple[str, str]] = {
    EventKind.IN_PLAN.value: ("trong quy hoạch", "in the plan"),
    EventKind.INVESTOR_PROPOSED.value: ("có nhà đầu tư đề xuất", "investor proposed"),
    EventKind.APPRAISED.value: ("đã thẩm định", "appraised"),
    EventKind.ESTABLISHED.value: ("đã thành lập", "established"),
    EventKind.DETAILED_PLAN_APPROVED.value: ("đã duyệt quy hoạch chi tiết", "detailed plan approved"),
    EventKind.INFRASTRUCTURE_APPROVED.value: ("đã duyệt dự án hạ tầng", "infrastructure project approved"),
    EventKind.OPERATING.value: ("đã đi vào hoạt động", "operating"),
    REVOKED: ("đã bãi bỏ", "revoked"),
    REMOVED: ("đã đưa ra khỏi quy hoạch", "removed from the plan"),
}
# Indicator observations that carry the reported facts (data/thai_nguyen/observations.csv).
REPORTED_INDICATORS = ("cluster_with_investor", "cluster_operating")

_AREA_EVENTS = {EventKind.ESTABLISHED, EventKind.EXPANDED, EventKind.AMENDED}


class QueryError(InputError):
    """A bad argument, with the message in Vietnamese and English (the API turns it into a 400)."""


# --- one cluster on a date ---------------------------------------------------------------------


def plan_entry_on(cluster: IndustrialCluster, on: dt.date) -> PlanEntry | None:
    """The entry of the latest plan version (in force on `on`) that mentions the cluster."""
    entries = [e for e in cluster.plan_entries.all() if e.plan.decision_date is None or e.plan.decision_date <= on]
    if not entries:
        return None
    return max(entries, key=lambda e: (plan_date(e.plan), e.plan_id))


def stage_of(cluster: IndustrialCluster, on: dt.date) -> str | None:
    """The cluster's stage on `on`: a STAGES key, or None when the registry knows nothing dated by then.

    Plan versions count too: a cluster listed in a plan in force is "in_plan" even without an event,
    and one that the latest plan removed (and that went no further) is "removed_from_plan"."""
    stage = cluster.stage_on(on)
    if stage in (None, EventKind.IN_PLAN):
        entry = plan_entry_on(cluster, on)
        if entry is not None and entry.change == PlanEntry.Change.REMOVED:
            return REMOVED
        if stage is None and entry is not None:
            return EventKind.IN_PLAN.value
    return str(stage) if stage is not None else None


def funnel_steps(cluster: IndustrialCluster, on: dt.date, stage: str | None = None) -> frozenset[str]:
    """The FUNNEL steps the cluster has reached on `on` (empty when removed, revoked or unknown)."""
    stage = stage_of(cluster, on) if stage is None else stage
    if stage is None or stage in (REVOKED, REMOVED):
        return frozenset()
    steps = {"in_plan"}
    beyond_plan = stage in STAGE_ORDER and STAGE_ORDER.index(stage) > 0  # type: ignore[arg-type]
    if cluster.investor_id is not None and (cluster.has_investor_on(on) or beyond_plan):
        steps.add("with_investor")
    if cluster.is_established_on(on):
        steps.add("established")
        # The establishment decision names the infrastructure investor (Decree 32 Art. 8.1(b),
        # 12.1(b)): an established cluster has one even when the registry does not know who
        # (the registry check "established without investor" asks for the name).
        steps.add("with_investor")
    if cluster.is_operating_on(on):
        steps.add("operating")
    return frozenset(steps)


def planned_area_on(cluster: IndustrialCluster, on: dt.date) -> Decimal | None:
    """The cluster's area in the plan in force on `on` (the plan's entry, else a dated in-plan event)."""
    entry = plan_entry_on(cluster, on)
    if entry is not None and entry.planned_area_ha is not None:
        return entry.planned_area_ha
    planned = [e for e in cluster.events_until(on) if e.kind == EventKind.IN_PLAN and e.area_ha is not None]
    if planned:
        return max(planned, key=lambda e: (e.date or dt.date.min, e.pk or 0)).area_ha
    return None


def area_on(cluster: IndustrialCluster, on: dt.date) -> Decimal | None:
    """The cluster's area on `on`: the last establishment/expansion/amendment that gives one, else the
    established area for an established cluster, else the planned area of the plan in force."""
    dated = [e for e in cluster.events_until(on) if e.kind in _AREA_EVENTS and e.area_ha is not None]
    if dated:
        return max(dated, key=lambda e: (e.date or dt.date.min, e.pk or 0)).area_ha
    if cluster.is_established_on(on) and cluster.established_area_ha is not None:
        return cluster.established_area_ha
    entry = plan_entry_on(cluster, on)
    if entry is not None and entry.planned_area_ha is not None:
        return entry.planned_area_ha
    planned = [e for e in cluster.events_until(on) if e.kind == EventKind.IN_PLAN and e.area_ha is not None]
    if planned:
        return max(planned, key=lambda e: (e.date or dt.date.min, e.pk or 0)).area_ha
    return None


@dataclass(frozen=True)
class Occupancy:
    """Occupancy per Decree 32 Art. 2.7 and where it comes from ("form02 2024H1", "tenants" or "")."""

    pct: Decimal | None
    source: str
    industrial_land_ha: Decimal | None
    leased_ha: Decimal | None
    approved_ha: Decimal | None
    unleased_ha: Decimal | None


def _latest_form02(cluster: IndustrialCluster, on: dt.date) -> Form02Report | None:
    """The Form 02 of the latest window closed by `on`, or of the running window once it was filed
    by `on` (the public land page must not say "not reported" for a cluster whose investor filed)."""
    best: tuple[dt.date, Form02Report] | None = None
    for report in cluster.form02.all():
        try:
            window = ReportingWindow.parse(report.window)
        except WindowError:
            continue
        filed = report.submitted_at is not None and timezone.localtime(report.submitted_at).date() <= on
        known = window.end <= on or (window.start <= on and filed)
        if known and (best is None or window.end > best[0]):
            best = (window.end, report)
    return best[1] if best else None


def occupancy_of(cluster: IndustrialCluster, on: dt.date | None = None) -> Occupancy:
    """From the latest Form 02 whose window has closed by `on` (the recomputed rate when the forms
    module stored one, else the rate the investor reported); otherwise from the recorded tenants
    (leased, operating and stopped projects hold land; approved ones count as committed) over the
    cluster's industrial land. Tenants carry no dates, so that fallback reads them as they are now."""
    on = on or timezone.localdate()
    land = cluster.industrial_land_ha
    report = _latest_form02(cluster, on)
    if report is not None:
        pct = report.occupancy_recomputed_pct
        if pct is None:
            computed = calculations.occupancy_pct(
                leased_ha=report.land_leased_ha, approved_ha=Decimal(0), industrial_land_ha=land
            )
            pct = computed if computed is not None else report.occupancy_pct
        unleased = calculations.unleased_ha(
            leased_ha=report.land_leased_ha, approved_ha=Decimal(0), industrial_land_ha=land
        )
        return Occupancy(pct, f"form02 {report.window}", land, report.land_leased_ha, None, unleased)
    tenants = list(cluster.tenants.all())
    if not tenants or land is None:
        return Occupancy(None, "", land, None, None, None)
    leased, approved = calculations.tenant_land(tenants)
    return Occupancy(
        calculations.occupancy_pct(leased_ha=leased, approved_ha=approved, industrial_land_ha=land),
        "tenants",
        land,
        leased,
        approved,
        calculations.unleased_ha(leased_ha=leased, approved_ha=approved, industrial_land_ha=land),
    )


# --- which clusters --------------------------------------------------------------------------


def _province(code: str, on: dt.date) -> AdminUnit:
    unit = resolve_unit(code, on)  # UnitNotFound when no unit had the code then
    if unit.kind != UnitKind.PROVINCE:
        raise QueryError(
            "province",
            f"mã {code} là {unit.name}, không phải một tỉnh",
            f"code {code} is {unit.name}, not a province",
        )
    return unit


def _registry(*, plans_in_order: bool = False) -> QuerySet[IndustrialCluster]:
    plans = PlanEntry.objects.select_related("plan")
    return IndustrialCluster.objects.select_related(
        "province", "former_district__parent", "former_commune", "commune", "investor"
    ).prefetch_related(
        Prefetch("events", queryset=ClusterEvent.objects.order_by("date", "id")),
        Prefetch("plan_entries", queryset=plans.order_by("plan__decision_date") if plans_in_order else plans),
        "tenants",
        "form02",
    )


@dataclass(frozen=True)
class ClusterRow:
    cluster: IndustrialCluster
    stage: str | None
    funnel: frozenset[str]
    area_ha: Decimal | None
    occupancy: Occupancy

    @property
    def stage_label_vi(self) -> str:
        return STAGES[self.stage][0] if self.stage else "chưa rõ"

    @property
    def stage_label_en(self) -> str:
        return STAGES[self.stage][1] if self.stage else "unknown"


def _check_stage(stage: str | None) -> None:
    if stage and stage not in FUNNEL and stage not in STAGES:
        choices = ", ".join(sorted({*FUNNEL, *STAGES}))
        raise QueryError(
            "status",
            f"giai đoạn “{stage}” không hợp lệ (chọn một trong: {choices})",
            f"unknown stage “{stage}” (one of: {choices})",
        )


def clusters_for(
    *,
    province_code: str,
    stage: str | None = None,
    as_of: dt.date | None = None,
    commune_code: str | None = None,
    former_district_code: str | None = None,
    investor_id: int | None = None,
    search: str | None = None,
    include_inactive: bool = True,
) -> list[ClusterRow]:
    """The recorded clusters of a province on `as_of` (default today), sorted by name.

    `stage` is a FUNNEL key (cumulative: "established" also lists operating clusters, as the funnel
    counts them) or another STAGES key (exact: "appraised", "revoked", "removed_from_plan" …).
    `commune_code` is a current commune, `former_district_code` a district before 1/7/2025 (the
    province decides the scope of the new-cluster test; these filters build it).
    Without a stage, clusters removed or revoked are listed too unless `include_inactive=False`."""
    on = as_of or timezone.localdate()
    _check_stage(stage)
    province = _province(province_code, on)
    rows: list[ClusterRow] = []
    for cluster in lying_in(province, list(_registry())):
        if commune_code and (cluster.commune is None or cluster.commune.code != commune_code):
            continue
        if former_district_code and (
            cluster.former_district is None or cluster.former_district.code != former_district_code
        ):
            continue
        if investor_id is not None and cluster.investor_id != investor_id:
            continue
        if search and search.casefold() not in cluster.name.casefold():
            continue
        current = stage_of(cluster, on)
        steps = funnel_steps(cluster, on, current)
        if stage in FUNNEL and stage not in steps:
            continue
        if stage and stage not in FUNNEL and current != stage:
            continue
        if not stage and not include_inactive and not steps:
            continue
        if current is None and not stage:
            # Nothing dated by `on`: the cluster is not yet in the registry's view of that day.
            continue
        rows.append(ClusterRow(cluster, current, steps, area_on(cluster, on), occupancy_of(cluster, on)))
    return sorted(rows, key=lambda r: r.cluster.name)


def get_cluster(code: str) -> IndustrialCluster | None:
    # Plan entries in decision order: the API shows a cluster's plan history in that order.
    return _registry(plans_in_order=True).filter(code=code).first()


# --- the summary -----------------------------------------------------------------------------


@dataclass(frozen=True)
class PlanFacts:
    name: str
    decision_number: str
    decision_date: dt.date | None
    province_name: str
    planned_count: int | None
    planned_area_ha: Decimal | None
    source_url: str

    @classmethod
    def of(cls, plan: PlanVersion) -> PlanFacts:
        return cls(
            plan.name,
            plan.decision_number,
            plan.decision_date,
            plan.province.name,
            plan.planned_count,
            plan.planned_area_ha,
            plan.source_url,
        )


@dataclass
class FunnelStep(Completeness):
    """One funnel step: the clusters that reached it and their area, with what that covers (complete
    only when the registry holds every cluster of the plans in force and each member's area)."""

    key: str
    label_vi: str
    label_en: str
    count: int
    area_ha: Decimal | None  # sum of the known areas; None when clusters are counted but no area is known
    area_unknown: int  # clusters in the step whose area is not known


@dataclass(frozen=True)
class ReportedFact:
    indicator: str
    name_vi: str
    name_en: str
    value: Decimal
    period: str
    status: str
    vintage: dt.date | None
    source_title: str
    source_url: str
    excerpt: str


@dataclass(frozen=True)
class Summary:
    province_code: str
    province_name: str
    as_of: dt.date
    plans: tuple[PlanFacts, ...]  # plans in force with published totals
    other_plans: tuple[PlanFacts, ...]  # plans in force without totals (supplements, revisions)
    areas_without_plan_totals: tuple[str, ...]  # parts of the province whose plan totals are unknown
    plan_count: int | None
    plan_area_ha: Decimal | None
    funnel: tuple[FunnelStep, ...]
    stages: dict[str, int]
    operating_not_established: int
    average_occupancy_pct: Decimal | None  # mean over operating clusters whose occupancy is known
    occupancy_known: int
    reported: tuple[ReportedFact, ...]
    recorded: int  # clusters recorded in the registry for the territory the plan totals cover
    recorded_total: int  # all clusters active in the registry on the date
    # What the computed figures cover (the same fields as a form's item): the plan totals, the
    # registry's count against them, and the average occupancy.
    plan_completeness: Completeness
    recorded_completeness: Completeness
    occupancy_completeness: Completeness

    @property
    def complete(self) -> bool:
        parts = (self.plan_completeness, self.recorded_completeness, self.occupancy_completeness, *self.funnel)
        return all(p.complete for p in parts)

    def step(self, key: str) -> FunnelStep:
        return next(s for s in self.funnel if s.key == key)

    def reported_value(self, indicator: str) -> ReportedFact | None:
        return next((r for r in self.reported if r.indicator == indicator), None)

    @property
    def completeness_vi(self) -> str:
        if self.plan_count is None:
            return f"Sổ theo dõi ghi nhận {self.recorded_total} cụm; chưa có tổng số cụm theo quy hoạch để so sánh."
        return f"Sổ theo dõi ghi nhận {self.recorded}/{self.plan_count} cụm công nghiệp của quy hoạch."

    @property
    def completeness_en(self) -> str:
        if self.plan_count is None:
            return f"The registry records {self.recorded_total} clusters; the plan total to compare with is not known."
        return f"{self.recorded} of {self.plan_count} planned clusters recorded."


def reported_facts(province_code: str, as_of: dt.date) -> list[ReportedFact]:
    """The counts a source reported (not computed): clusters with an investor, operating clusters.
    For each indicator, the latest period that has started by `as_of`, known by then."""
    facts: list[ReportedFact] = []
    for code in REPORTED_INDICATORS:
        candidates = list(
            visible(Observation.objects.filter(indicator__code=code, unit__code=province_code, period_start__lte=as_of))
            .standing()
            .known_on(as_of)
            .actual()
            .select_related("indicator", "source")
        )
        if not candidates:
            continue
        obs = max(candidates, key=lambda o: (o.period_end, o.status_rank, o.vintage or dt.date.min, o.pk))
        facts.append(
            ReportedFact(
                code,
                obs.indicator.name_vi,
                obs.indicator.name_en,
                obs.value,
                obs.period_code,
                obs.status,
                obs.vintage,
                obs.source.title,
                obs.source.url,
                obs.source_excerpt,
            )
        )
    return facts


def summary(*, province_code: str, as_of: dt.date | None = None) -> Summary:
    """Counts and areas per funnel step for the province on `as_of` (default today), next to the plan
    totals as published and the facts sources reported, with the registry's completeness."""
    on = as_of or timezone.localdate()
    province = _province(province_code, on)
    in_force = plans_in_force(unit=province, on=on)
    with_totals, without, missing = in_force.with_totals, in_force.without_totals, in_force.missing
    rows = [r for r in clusters_for(province_code=province_code, as_of=on) if r.stage is not None]
    active = [r for r in rows if r.funnel]

    stages = {key: sum(1 for r in rows if r.stage == key) for key in STAGES}
    totals_plans = {p.pk for p in with_totals}

    first_totals = min((plan_date(p) for p in with_totals), default=None)

    def in_plan_territory(row: ClusterRow) -> bool:
        # One of "the 41" only when shown to be in a plan with published totals: listed by it (not
        # removed), or, for a cluster no plan version lists, an "in plan" event dated from that
        # plan on. A cluster of old Bắc Kạn, or one only in an older revision, is not counted.
        entries = list(row.cluster.plan_entries.all())
        if entries:
            return any(e.plan_id in totals_plans and e.change != PlanEntry.Change.REMOVED for e in entries)
        return first_totals is not None and any(
            e.kind == EventKind.IN_PLAN and e.date is not None and e.date >= first_totals
            for e in row.cluster.events_until(on)
        )

    plan_count = sum(p.planned_count or 0 for p in with_totals) if with_totals else None
    plan_area = (
        sum((p.planned_area_ha for p in with_totals if p.planned_area_ha is not None), Decimal(0))
        if with_totals and all(p.planned_area_ha is not None for p in with_totals)
        else None
    )
    recorded = sum(1 for r in active if in_plan_territory(r))
    registry = _registry_completeness(recorded, len(active), plan_count, [u.name for u in missing])
    reported = tuple(reported_facts(province_code, on))
    operating = [r for r in active if "operating" in r.funnel]
    rates = [r.occupancy.pct for r in operating if r.occupancy.pct is not None]
    return Summary(
        province_code=province.code,
        province_name=province.name,
        as_of=on,
        plans=tuple(PlanFacts.of(p) for p in with_totals),
        other_plans=tuple(PlanFacts.of(p) for p in without),
        areas_without_plan_totals=tuple(u.name for u in missing),
        plan_count=plan_count,
        plan_area_ha=plan_area,
        funnel=tuple(_funnel_step(key, active, on, registry, reported) for key in FUNNEL),
        stages=stages,
        operating_not_established=sum(1 for r in operating if "established" not in r.funnel),
        average_occupancy_pct=sum(rates, Decimal(0)) / len(rates) if rates else None,
        occupancy_known=len(rates),
        reported=reported,
        recorded=recorded,
        recorded_total=len(active),
        plan_completeness=_plan_completeness(with_totals, [u.name for u in missing]),
        recorded_completeness=registry,
        occupancy_completeness=_occupancy_completeness(operating, registry),
    )


# --- what the summary's figures cover (issue 9: unknown is never 0) -------------------------------


def _registry_completeness(recorded: int, active: int, plan_count: int | None, missing: list[str]) -> Completeness:
    """Does the registry hold every cluster of the plans in force? Only when their totals are known
    for the whole territory and the registry records that many of them."""
    lacking = [f"tổng số cụm theo quy hoạch của {name}" for name in missing]
    if plan_count is None:
        return Completeness(
            complete=False,
            coverage_vi=f"sổ ghi {active} cụm, chưa rõ tổng số theo quy hoạch",
            coverage_en=f"the registry records {active} clusters; the plan's total, hence its completeness, is unknown",
            lacking=lacking or ["tổng số cụm theo quy hoạch"],
        )
    short = max(plan_count - recorded, 0)
    if short:
        lacking.append(f"{short} cụm của quy hoạch chưa có trong sổ")
    return Completeness(
        complete=not lacking,
        coverage_vi=joined(
            f"sổ ghi {recorded}/{plan_count} cụm của quy hoạch",
            f"chưa có tổng số quy hoạch của: {', '.join(missing)}" if missing else "",
        ),
        coverage_en=joined(
            f"the registry records {recorded} of the plan's {plan_count} clusters",
            f"plan totals unknown for: {', '.join(missing)}" if missing else "",
        ),
        lacking=lacking,
    )


def _published(fact: ReportedFact | None) -> Published | None:
    if fact is None:
        return None
    return Published(fact.value, "", fact.period, fact.source_title, fact.source_url)


# A funnel step beside the count a source reported for it.
_STEP_REPORTED = {"with_investor": "cluster_with_investor", "operating": "cluster_operating"}


def _funnel_step(
    key: str, active: list[ClusterRow], on: dt.date, registry: Completeness, reported: tuple[ReportedFact, ...]
) -> FunnelStep:
    """Count and area of one step; complete when the registry is, and every member's area is known."""
    vi, en = FUNNEL[key]
    members = [r for r in active if key in r.funnel]
    # "In the plan" is measured by the plan: the planned area, not an established one.
    areas = [planned_area_on(r.cluster, on) if key == "in_plan" else r.area_ha for r in members]
    known = [a for a in areas if a is not None]
    unknown = [r.cluster.name for r, a in zip(members, areas, strict=True) if a is None]
    fact = next((f for f in reported if f.indicator == _STEP_REPORTED.get(key)), None)
    published = _published(fact)
    cov_vi = joined(registry.coverage_vi, f"{len(known)}/{len(members)} cụm có diện tích" if unknown else "")
    cov_en = joined(registry.coverage_en, f"{len(known)} of {len(members)} clusters with an area" if unknown else "")
    if published is not None:
        cov_vi = joined(
            cov_vi, f"số công bố: {format_vi(published.value)} (kỳ {published.period}; {published.source_title})"
        )
        cov_en = joined(
            cov_en, f"published: {format_en(published.value)} (period {published.period}; {published.source_title})"
        )
    return FunnelStep(
        key,
        vi,
        en,
        len(members),
        # Clusters counted but none with a known area: the area is unknown, not 0.
        sum(known, Decimal(0)) if known or not members else None,
        len(unknown),
        complete=registry.complete and not unknown,
        coverage_vi=cov_vi,
        coverage_en=cov_en,
        published=published,
        uses="registry",
        lacking=[*registry.lacking, *(f"{name} (diện tích)" for name in unknown)],
    )


def _plan_completeness(with_totals: Sequence[PlanVersion], missing: list[str]) -> Completeness:
    """The plan totals: complete when every part of the territory has a plan with its count and area."""
    no_area = [p.decision_number or p.name for p in with_totals if p.planned_area_ha is None]
    docs = ", ".join(p.decision_number or p.name for p in with_totals)
    lacking = [f"tổng số cụm theo quy hoạch của {name}" for name in missing]
    lacking += [f"tổng diện tích của {doc}" for doc in no_area]
    if not with_totals:
        lacking = lacking or ["tổng số cụm theo quy hoạch"]
    return Completeness(
        complete=not lacking,
        coverage_vi=joined(
            f"theo {docs}" if docs else "chưa có quy hoạch có tổng số",
            "thiếu: " + ", ".join(lacking) if lacking else "",
        ),
        coverage_en=joined(
            f"per {docs}" if docs else "no plan with published totals",
            f"missing: {len(lacking)} total(s)" if lacking else "",
        ),
        basis="reported",
        lacking=lacking,
    )


def _occupancy_completeness(operating: list[ClusterRow], registry: Completeness) -> Completeness:
    """The average occupancy of operating clusters: complete when the registry is, and every
    operating cluster's occupancy is known (from its Form 02 or its tenants)."""
    known = [r for r in operating if r.occupancy.pct is not None]
    unknown = [r.cluster.name for r in operating if r.occupancy.pct is None]
    reported = any(r.occupancy.source.startswith("form02") for r in known)
    counted = any(not r.occupancy.source.startswith("form02") for r in known)
    basis: Basis = "both" if reported and counted else ("reported" if reported else "registry")
    return Completeness(
        complete=registry.complete and bool(operating) and not unknown,
        coverage_vi=joined(registry.coverage_vi, f"{len(known)}/{len(operating)} cụm đang hoạt động có tỷ lệ lấp đầy"),
        coverage_en=joined(
            registry.coverage_en, f"{len(known)} of {len(operating)} operating clusters with a known occupancy"
        ),
        basis=basis,
        lacking=[*registry.lacking, *(f"{name} (tỷ lệ lấp đầy)" for name in unknown)],
    )


# --- the founding article's sentence, from data -----------------------------------------------


def _plans_phrase_vi(s: Summary) -> str:
    docs = "; ".join(
        f"Quyết định {p.decision_number} ngày {p.decision_date:%d/%m/%Y}"
        if p.decision_date
        else (p.decision_number or p.name)
        for p in s.plans
    )
    return f"Quy hoạch ({docs})"


def _plans_phrase_en(s: Summary) -> str:
    docs = "; ".join(
        f"Decision {p.decision_number} of {p.decision_date:%d/%m/%Y}"
        if p.decision_date
        else (p.decision_number or p.name)
        for p in s.plans
    )
    return f"The plan ({docs})"


def sentence_vi(s: Summary) -> str:
    """The founding article's kind of sentence, saying which numbers are the plan's, which a source
    reported and which the registry records."""
    parts: list[str] = []
    if s.plan_count is not None:
        area = f" với tổng diện tích {format_vi(s.plan_area_ha)} ha" if s.plan_area_ha is not None else ""
        parts.append(f"{_plans_phrase_vi(s)} có {s.plan_count} cụm công nghiệp{area}.")
    else:
        parts.append("Chưa có tổng số cụm công nghiệp theo quy hoạch.")
    if s.areas_without_plan_totals and s.plan_count is not None:
        parts.append(f"Chưa có tổng số quy hoạch của: {', '.join(s.areas_without_plan_totals)}.")
    investor, operating = s.reported_value("cluster_with_investor"), s.reported_value("cluster_operating")
    if investor or operating:
        said = []
        if investor:
            of = f"/{s.plan_count}" if s.plan_count is not None else ""
            said.append(f"{format_vi(investor.value)}{of} cụm công nghiệp có chủ đầu tư hạ tầng")
        if operating:
            said.append(f"{format_vi(operating.value)} cụm công nghiệp đã đi vào hoạt động")
        fact = investor or operating
        assert fact is not None
        parts.append(f"Theo số liệu được báo cáo (kỳ {fact.period}; {fact.source_title}): {', trong đó '.join(said)}.")
    recorded = f"{s.recorded}/{s.plan_count}" if s.plan_count is not None else str(s.recorded_total)
    parts.append(
        f"Sổ theo dõi ghi nhận {recorded} cụm đến ngày {s.as_of:%d/%m/%Y}: "
        f"{s.step('with_investor').count} cụm có chủ đầu tư hạ tầng, "
        f"{s.step('established').count} cụm đã thành lập, "
        f"{s.step('operating').count} cụm đã đi vào hoạt động."
    )
    return " ".join(parts)


def sentence_en(s: Summary) -> str:
    parts: list[str] = []
    if s.plan_count is not None:
        area = f" with a total area of {format_en(s.plan_area_ha)} ha" if s.plan_area_ha is not None else ""
        parts.append(f"{_plans_phrase_en(s)} has {s.plan_count} industrial clusters{area}.")
    else:
        parts.append("The number of clusters in the plan is not known.")
    if s.areas_without_plan_totals and s.plan_count is not None:
        parts.append(f"Plan totals not known for: {', '.join(s.areas_without_plan_totals)}.")
    investor, operating = s.reported_value("cluster_with_investor"), s.reported_value("cluster_operating")
    if investor or operating:
        said = []
        if investor:
            of = f" of the {s.plan_count}" if s.plan_count is not None else ""
            said.append(f"{format_en(investor.value)}{of} clusters have an infrastructure investor")
        if operating:
            said.append(f"{format_en(operating.value)} clusters are operating")
        fact = investor or operating
        assert fact is not None
        parts.append(f"As reported (period {fact.period}; {fact.source_title}): {'; '.join(said)}.")
    recorded = f"{s.recorded} of the {s.plan_count}" if s.plan_count is not None else str(s.recorded_total)
    parts.append(
        f"The registry records {recorded} clusters as of {s.as_of:%d/%m/%Y}: "
        f"{s.step('with_investor').count} with an infrastructure investor, "
        f"{s.step('established').count} established, "
        f"{s.step('operating').count} operating."
    )
    return " ".join(parts)


# --- the public page: unleased industrial land (Decree 32 Art. 19.5) --------------------------


@dataclass(frozen=True)
class UnleasedLand:
    cluster: IndustrialCluster
    commune_name: str
    investor_name: str
    industrial_land_ha: Decimal | None
    unleased_ha: Decimal | None  # None: not known (no Form 02 and no tenants recorded)
    occupancy_pct: Decimal | None
    sectors_welcomed: str
    contact: str
    source: str  # where the land figures come from ("form02 2024H1", "tenants" or "")

    @property
    def known(self) -> bool:
        return self.unleased_ha is not None


def unleased_land(*, province_code: str, as_of: dt.date | None = None) -> list[UnleasedLand]:
    """Established clusters with industrial land still to lease: the known ones first, largest first;
    then those whose unleased land is not known (never shown as zero). Fully leased ones are left out."""
    on = as_of or timezone.localdate()
    rows: list[UnleasedLand] = []
    for row in clusters_for(province_code=province_code, stage="established", as_of=on):
        c, occ = row.cluster, row.occupancy
        if occ.unleased_ha is not None and occ.unleased_ha <= 0:
            continue
        place = c.commune or c.former_commune
        rows.append(
            UnleasedLand(
                cluster=c,
                commune_name=place.name if place is not None else "",
                investor_name=str(c.investor) if c.investor else "",
                industrial_land_ha=c.industrial_land_ha,
                unleased_ha=occ.unleased_ha,
                occupancy_pct=occ.pct,
                sectors_welcomed=c.sectors_welcomed or c.main_sectors,
                contact=c.contact or (c.investor.contact if c.investor else ""),
                source=occ.source,
            )
        )
    return sorted(rows, key=lambda r: (not r.known, -(r.unleased_ha or 0), r.cluster.name))
