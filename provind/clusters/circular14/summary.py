"""Forms 03 and 04 of Circular 14/2024, computed, never typed in: every item comes from the
registry (lifecycle events, areas, tenants) and the Form 01/02 reports of the window, and each
number keeps the clusters behind it so that a page can show where it comes from.

Choices made here (see also the notes carried by each item):
- "Investor is an enterprise" (items 7–8): `Organisation` has no legal-form field, so an investor
  whose name reads as a public body (Ban quản lý…, UBND…, Trung tâm…) is not counted.
- Areas of clusters (items 4–16) are the established area; a cluster operating without an
  establishment decision has none, so its area in the plan in force is used and the note says so.
- Item 19 is the occupancy of all operating clusters together (Σ leased + approved ÷ Σ industrial
  land, Decree 32 Art. 2), which weighs each cluster by its size.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from typing import Any, Literal

from provind.clusters.calculations import LAND_HOLDING, occupancy_pct, tenant_land
from provind.clusters.circular14.submissions import HUNDREDTH, approved_land_ha
from provind.clusters.circular14.wording import ITEM_LABELS, ITEM_NUMBERS
from provind.clusters.models import (
    EventKind,
    Form01Report,
    Form02Report,
    IndustrialCluster,
    PlanEntry,
    PlanVersion,
    TenantStatus,
    Wastewater,
)
from provind.clusters.territory import clusters_in, plans_in_force
from provind.clusters.windows import ReportingWindow
from provind.errors import ProvindError
from provind.geography.models import AdminUnit
from provind.indicators.models import Observation, Status
from provind.lib.completeness import Basis, Completeness, Published
from provind.lib.numbers import format_vi

PUBLIC_BODY_PREFIXES = ("ban quản lý", "bql", "ubnd", "ủy ban nhân dân", "uỷ ban nhân dân", "trung tâm")


# ---------------------------------------------------------------------------------------------
# Forms 03 and 04


QUALIFIER_VI = {"over": "trên ", "under": "dưới ", "about": "khoảng ", "nearly": "gần "}


@dataclass
class Item(Completeness):
    """One numbered item of a form, with what it covers (`Completeness`: true only when every record
    the item needs is known; unknown is never 0: a partial sum says so in `coverage_*`)."""

    number: str  # "1" … "27", "15.1" … "16.4"
    label_vi: str
    label_en: str
    unit_vi: str
    unit_en: str
    value: Decimal | int | None
    clusters: list[IndustrialCluster] = field(default_factory=list)
    note_vi: str = ""
    note_en: str = ""

    @property
    def cluster_codes(self) -> list[str]:
        return [c.code for c in self.clusters]


@dataclass
class FormResult:
    form: Literal["03", "04"]
    unit: AdminUnit
    window: ReportingWindow
    items: list[Item]
    clusters: list[IndustrialCluster]  # every cluster in scope
    plan: list[PlanVersion]  # the plan versions in force at the window end

    def item(self, number: str) -> Item:
        for it in self.items:
            if it.number == number:
                return it
        raise KeyError(number)

    @property
    def deadline(self) -> dt.date:
        return self.window.deadline(self.form)

    @property
    def values(self) -> dict[str, Decimal | int | None]:
        return {it.number: it.value for it in self.items}

    @property
    def complete(self) -> bool:
        return all(it.complete for it in self.items)

    @property
    def to_fill(self) -> list[tuple[str, str]]:
        """(item number, what is lacking) for every incomplete item: the list shown before signing."""
        return [(it.number, it.coverage_vi) for it in self.items if not it.complete]


class FormUnitError(ProvindError, ValueError):
    """A unit a form cannot be made for."""

    code = "form_unit"


def _is_enterprise(cluster: IndustrialCluster) -> bool:
    investor = cluster.investor
    if investor is None:
        return False
    name = investor.name.strip().casefold()
    return not name.startswith(PUBLIC_BODY_PREFIXES)


def _has_event(cluster: IndustrialCluster, kinds: Iterable[str], on: dt.date) -> bool:
    wanted = set(kinds)
    return any(e.kind in wanted for e in cluster.events_until(on))


def is_revoked(cluster: IndustrialCluster, on: dt.date) -> bool:
    return _has_event(cluster, [EventKind.REVOKED], on)


def _sum(values: Iterable[Decimal | None]) -> Decimal:
    return sum((v for v in values if v is not None), start=Decimal(0))


def _names(clusters: Iterable[IndustrialCluster]) -> str:
    return ", ".join(c.name for c in clusters)


def published_figure(*, indicator: str, unit: AdminUnit, window: ReportingWindow, plan: bool) -> Published | None:
    """The latest figure a source published for `unit`: a plan total (status plan) in force by the
    window end, or a stock (clusters operating…) whose period ends inside the window."""
    rows = Observation.objects.filter(indicator__code=indicator, unit=unit).select_related("source")
    if plan:
        rows = rows.filter(status=Status.PLAN, period_start__lte=window.end)
    else:
        rows = rows.exclude(status=Status.PLAN).filter(period_end__gte=window.start, period_end__lte=window.end)
    found = list(rows)
    if not found:
        return None
    obs = max(found, key=lambda o: (o.period_end, not o.qualifier, o.status_rank, o.vintage or dt.date.min, o.pk))
    return Published(obs.value, obs.qualifier, obs.period_code, obs.source.title, obs.source.url)


class _Builder:
    def __init__(self, *, form: Literal["03", "04"], unit: AdminUnit, window: ReportingWindow) -> None:
        self.form, self.unit, self.window = form, unit, window
        self.end = window.end
        self.clusters = clusters_in(unit=unit)
        self.ids = {c.pk for c in self.clusters}
        self.plans = list(plans_in_force(unit=unit, on=self.end).plans)
        self.entries = list(
            PlanEntry.objects.filter(plan__in=self.plans)
            .exclude(change=PlanEntry.Change.REMOVED)
            .select_related("cluster")
        )
        self.planned_area = {e.cluster_id: e.planned_area_ha for e in self.entries}
        self.form02 = {
            r.cluster_id: r for r in Form02Report.objects.filter(window=window.code, cluster_id__in=self.ids)
        }
        self.form01 = list(
            Form01Report.objects.filter(window=window.code, tenant__cluster_id__in=self.ids).select_related("tenant")
        )
        self.items: dict[str, Item] = {}
        self.labels = {row[0]: row[1:] for row in ITEM_LABELS}
        self.alive = [c for c in self.clusters if not is_revoked(c, self.end)]
        # The number of clusters the registry should hold (the plan's total, when known for the
        # whole unit); set by plan_items. Until it is known, no count over the registry is complete.
        self.expected: int | None = None

    # completeness --------------------------------------------------------------------------
    @property
    def registry_complete(self) -> bool:
        return self.expected is not None and len(self.alive) >= self.expected

    def registry_coverage(self) -> tuple[str, str]:
        n = len(self.alive)
        if self.expected is None:
            return (
                f"sổ ghi {n} cụm, chưa rõ tổng số theo phương án",
                f"the registry records {n} clusters; the plan's total, hence the registry's completeness, is unknown",
            )
        return (
            f"sổ ghi {n}/{self.expected} cụm của phương án",
            f"the registry records {n} of the plan's {self.expected} clusters",
        )

    # helpers ------------------------------------------------------------------------------
    def put(
        self,
        number: str,
        value: Decimal | int | None,
        clusters: Iterable[IndustrialCluster],
        note_vi: str = "",
        note_en: str = "",
        *,
        lacking: Sequence[str] = (),
        basis: Basis = "registry",
        over_registry: bool = True,
    ) -> None:
        """Store an item. `lacking`: records (named) the item needs but does not have; an item
        computed over the registry's clusters (`over_registry`) is complete only when the
        registry holds every cluster of the plan."""
        label_vi, label_en, unit_vi, unit_en = self.labels[number]
        complete = not lacking and (self.registry_complete or not over_registry)
        cov_vi, cov_en = self.registry_coverage() if over_registry else ("", "")
        if lacking:
            cov_vi = "; ".join(filter(None, [cov_vi, "thiếu số liệu của: " + ", ".join(lacking)]))
            cov_en = "; ".join(filter(None, [cov_en, "records lacking for: " + ", ".join(lacking)]))
        self.items[number] = Item(
            number,
            label_vi,
            label_en,
            unit_vi,
            unit_en,
            value,
            sorted(set(clusters), key=lambda c: c.code),
            note_vi,
            note_en,
            complete=complete,
            coverage_vi=cov_vi,
            coverage_en=cov_en,
            basis=basis,
            lacking=list(lacking),
        )

    def publish(self, number: str, figure: Published | None) -> None:
        """Show a published figure beside the registry's; an exact one replaces an incomplete count."""
        item = self.items[number]
        if figure is None:
            return
        item.published = figure
        where_vi = f"{format_vi(figure.value)} theo {figure.source_title} (kỳ {figure.period})"
        where_en = f"{figure.value.normalize():f} per {figure.source_title} (period {figure.period})"
        if figure.exact and not item.complete:
            registry = item.value
            item.value = int(figure.value) if item.unit_en in ("clusters",) else figure.value
            item.uses, item.basis, item.complete = "published", "reported", True
            item.coverage_vi = f"dùng số công bố {where_vi}; sổ ghi {format_vi(registry)}"
            item.coverage_en = f"uses the published {where_en}; the registry counts {registry}"
        else:
            qual_vi = QUALIFIER_VI.get(figure.qualifier, "")
            item.coverage_vi = "; ".join(filter(None, [item.coverage_vi, f"số công bố: {qual_vi}{where_vi}"]))
            item.coverage_en = "; ".join(
                filter(None, [item.coverage_en, f"published: {figure.qualifier} {where_en}".replace("  ", " ")])
            )

    def area(self, cluster: IndustrialCluster) -> tuple[Decimal | None, bool]:
        """The established area, or the planned area when there is none (True: planned)."""
        if cluster.established_area_ha is not None:
            return cluster.established_area_ha, False
        planned = self.planned_area.get(cluster.pk)
        return planned, planned is not None

    def count_and_area(self, a: str, b: str, members: list[IndustrialCluster]) -> None:
        self.put(a, len(members), members)
        areas = [self.area(c) for c in members]
        unknown = [c.name for c, (v, _p) in zip(members, areas, strict=True) if v is None]
        planned = [c.name for c, (v, p) in zip(members, areas, strict=True) if p and v is not None]
        note_vi, note_en = [], []
        if planned:
            note_vi.append("dùng diện tích theo phương án (chưa có quyết định thành lập): " + ", ".join(planned))
            note_en.append("planned area used (no establishment decision): " + ", ".join(planned))
        if unknown:
            note_vi.append("chưa rõ diện tích, không cộng: " + ", ".join(unknown))
            note_en.append("area unknown, not added: " + ", ".join(unknown))
        known = [v for v, _p in areas if v is not None]
        value = _sum(known) if known or not members else None
        self.put(b, value, members, "; ".join(note_vi), "; ".join(note_en), lacking=unknown)

    # items ----------------------------------------------------------------------------------
    def plan_items(self) -> None:
        """Items 1–2: the totals of the plan in force. For a merged province without its own plan,
        the plans of the provinces it was formed from; a part whose totals are unknown makes the
        item incomplete (its known parts are still added), it never drops to the registry's count."""
        in_plan = [e.cluster for e in self.entries if e.cluster_id in self.ids]
        names = ", ".join(f"{p.decision_number or p.name}" for p in self.plans)
        if self.unit.is_province and self.plans:
            known = [p for p in self.plans if p.planned_count is not None]
            unknown = [f"{p.decision_number or p.name} ({p.province.name})" for p in self.plans if p not in known]
            if known:
                count = sum(p.planned_count or 0 for p in known)
                area_unknown = unknown + [
                    f"{p.decision_number or p.name} (diện tích)" for p in known if p.planned_area_ha is None
                ]
                known_areas = [p.planned_area_ha for p in known if p.planned_area_ha is not None]
                area = _sum(known_areas) if known_areas else None  # no part's area known: unknown, not 0
                note_vi = f"theo tổng số công bố của phương án ({names}); sổ đang ghi {len(in_plan)} cụm"
                note_en = f"the plan's published totals ({names}); the registry records {len(in_plan)} clusters"
                self.put("1", count, in_plan, note_vi, note_en, lacking=unknown, basis="reported", over_registry=False)
                self.put(
                    "2", area, in_plan, note_vi, note_en, lacking=area_unknown, basis="reported", over_registry=False
                )
                for number in ("1", "2"):
                    item = self.items[number]
                    plans_vi = "; ".join(
                        f"{p.decision_number or p.name} ({p.province.name}): {p.planned_count} cụm, "
                        + (
                            f"{format_vi(p.planned_area_ha)} ha"
                            if p.planned_area_ha is not None
                            else "chưa rõ diện tích"
                        )
                        for p in known
                    )
                    item.coverage_vi = "; ".join(filter(None, [f"theo phương án {plans_vi}", item.coverage_vi]))
                    plans_en = ", ".join(p.decision_number or p.name for p in known)
                    item.coverage_en = "; ".join(filter(None, [f"per the plan {plans_en}", item.coverage_en]))
                if not unknown:
                    self.expected = count
                return
        published_count = published_figure(indicator="cluster_count", unit=self.unit, window=self.window, plan=True)
        published_area = published_figure(indicator="cluster_area", unit=self.unit, window=self.window, plan=True)
        note_vi = f"đếm từ các cụm trong sổ thuộc phương án ({names})" if self.plans else "chưa có phương án trong sổ"
        note_en = f"counted from the registry's clusters in the plan ({names})" if self.plans else "no plan recorded"
        lacking = [] if self.plans else [self.unit.name]
        self.put(
            "1",
            len(in_plan),
            in_plan,
            note_vi,
            note_en,
            lacking=lacking or ["tổng số của phương án"],
            over_registry=False,
        )
        areas = [e.planned_area_ha for e in self.entries if e.cluster_id in self.ids]
        unknown = [e.cluster.name for e in self.entries if e.cluster_id in self.ids and e.planned_area_ha is None]
        area_sum = _sum(areas) if any(a is not None for a in areas) else None
        self.put("2", area_sum, in_plan, note_vi, note_en, lacking=unknown or ["tổng diện tích"], over_registry=False)
        self.publish("1", published_count)
        self.publish("2", published_area)
        if self.items["1"].complete:
            self.expected = int(self.items["1"].value or 0)

    def amounts(
        self, number: str, members: list[IndustrialCluster], form_field: str, registry_field: str | None
    ) -> None:
        """An amount per cluster from the window's Form 02, else (if any) the registry."""
        amounts: list[Decimal] = []
        from_registry: list[str] = []
        unknown: list[str] = []
        for c in members:
            report = self.form02.get(c.pk)
            value = getattr(report, form_field) if report is not None else None
            if value is None and registry_field is not None:
                value = getattr(c, registry_field)
                if value is not None:
                    from_registry.append(c.name)
            if value is None:
                unknown.append(c.name)
            else:
                amounts.append(value)
        note_vi, note_en = "theo Biểu 02 của kỳ", "from the window's Form 02 reports"
        if from_registry:
            note_vi += "; chưa có Biểu 02, lấy theo sổ: " + ", ".join(from_registry)
            note_en += "; no Form 02, registry value used: " + ", ".join(from_registry)
        basis: Basis = "both" if from_registry and len(from_registry) < len(amounts) else "registry"
        if not from_registry and amounts:
            basis = "reported"
        value = _sum(amounts) if amounts or not members else None
        self.put(number, value, members, note_vi, note_en, lacking=unknown, basis=basis)

    def establishment_items(self) -> None:
        end, start = self.end, self.window.start
        alive = self.alive
        established = [c for c in alive if c.is_established_on(end)]
        self.count_and_area("3", "4", established)
        in_period = [
            c
            for c in established
            if any(
                e.kind == EventKind.ESTABLISHED and e.date is not None and start <= e.date <= end
                for e in c.events.all()
            )
        ]
        self.count_and_area("5", "6", in_period)
        undated = [
            c.name
            for c in established
            if any(e.kind == EventKind.ESTABLISHED and e.date is None for e in c.events.all())
        ]
        if undated:  # an establishment without a date may fall in the period: 5–6 cannot be complete
            for number in ("5", "6"):
                item = self.items[number]
                item.complete = False
                item.lacking += [f"{n} (ngày thành lập)" for n in undated]
                item.coverage_vi += "; chưa rõ ngày thành lập: " + ", ".join(undated)
                item.coverage_en += "; establishment date unknown: " + ", ".join(undated)
        # The investor is designated by the establishment decision (or runs a legacy cluster).
        enterprise = [c for c in alive if _is_enterprise(c) and (c.is_established_on(end) or c.is_operating_on(end))]
        self.count_and_area("7", "8", enterprise)
        detailed = [c for c in alive if _has_event(c, [EventKind.DETAILED_PLAN_APPROVED], end)]
        self.count_and_area("9", "10", detailed)
        # A Form 02 reports "the total investment of the approved project": its cluster has one.
        infra = [c for c in alive if _has_event(c, [EventKind.INFRASTRUCTURE_APPROVED], end) or c.pk in self.form02]
        self.count_and_area("11", "12", infra)
        self.amounts("13", infra, "total_investment_bn", "total_investment_bn")
        self.amounts("14", infra, "paid_investment_bn", "paid_investment_bn")

    def operation_items(self) -> None:
        end = self.end
        operating = [c for c in self.clusters if c.is_operating_on(end)]
        est = [c for c in operating if c.is_established_on(end)]
        not_est = [c for c in operating if not c.is_established_on(end)]
        craft = [c for c in operating if c.is_craft_village]
        special = [c for c in operating if c.is_specialised]
        self.count_and_area("15", "16", operating)
        self.count_and_area("15.1", "16.1", est)
        self.count_and_area("15.2", "16.2", not_est)
        self.count_and_area("15.3", "16.3", craft)
        self.count_and_area("15.4", "16.4", special)
        # Item 15 is the sum of 15.1 and 15.2 by construction (the two split `operating`).
        self.publish(
            "15", published_figure(indicator="cluster_operating", unit=self.unit, window=self.window, plan=False)
        )

        known_land = [c for c in operating if c.industrial_land_ha is not None]
        unknown_land = [c.name for c in operating if c.industrial_land_ha is None]
        note_vi = ("chưa rõ đất công nghiệp: " + ", ".join(unknown_land)) if unknown_land else ""
        note_en = ("industrial land unknown: " + ", ".join(unknown_land)) if unknown_land else ""
        land_value = _sum(c.industrial_land_ha for c in known_land) if known_land or not operating else None
        self.put("17", land_value, known_land, note_vi, note_en, lacking=unknown_land)

        leased: dict[int, Decimal] = {}
        from_tenants: list[str] = []
        unknown: list[str] = []
        for c in operating:
            report = self.form02.get(c.pk)
            if report is not None:
                leased[c.pk] = report.land_leased_ha
            elif c.tenants.all():
                leased[c.pk] = tenant_land(c.tenants.all())[0]
                from_tenants.append(c.name)
            else:
                unknown.append(c.name)  # no Form 02 and no tenant recorded: unknown, not 0
        note_vi, note_en = "theo Biểu 02 của kỳ", "from the window's Form 02 reports"
        if from_tenants:
            note_vi += "; chưa có Biểu 02, cộng đất thuê của các dự án trong sổ: " + ", ".join(from_tenants)
            note_en += "; no Form 02, tenants' leased land used: " + ", ".join(from_tenants)
        basis: Basis = "both" if from_tenants and len(from_tenants) < len(leased) else "registry"
        if leased and not from_tenants:
            basis = "reported"
        value = _sum(leased.values()) if leased or not operating else None
        self.put("18", value, operating, note_vi, note_en, lacking=unknown, basis=basis)

        measured = [c for c in known_land if c.pk in leased]
        occupied = _sum(leased[c.pk] + approved_land_ha(c) for c in measured)
        land = _sum(c.industrial_land_ha for c in measured)
        pct = occupancy_pct(leased_ha=occupied, approved_ha=Decimal(0), industrial_land_ha=land) if measured else None
        self.put(
            "19",
            None if pct is None else pct.quantize(HUNDREDTH, ROUND_HALF_UP),
            measured,
            "(Σ đất đã cho thuê + đất của dự án đã được chấp thuận) ÷ Σ đất công nghiệp của các cụm đã hoạt động",
            "(Σ leased + approved land) ÷ Σ industrial land of the operating clusters (Decree 32 Art. 2)",
            lacking=sorted(set(unknown_land) | set(unknown)),
            basis=basis,
        )

    def project_items(self) -> None:
        end = self.end
        scope = self.alive
        totals = {"20": 0, "21": 0, "22": 0}
        behind: dict[str, list[IndustrialCluster]] = {"20": [], "21": [], "22": []}
        from_tenants: list[str] = []
        unknown: list[str] = []
        # Production projects known to exist (a Form 02's item 6) that the registry does not list:
        # nobody is asked for their Form 01, so the period's sums (items 23–25) cannot cover them.
        unlisted: list[str] = []
        for c in scope:
            report = self.form02.get(c.pk)
            holding = [t for t in c.tenants.all() if t.status in LAND_HOLDING]
            if report is not None:
                counts = {"20": report.projects, "21": report.projects_foreign, "22": report.projects_operating}
                if report.projects > len(holding):
                    unlisted.append(f"{c.name} ({report.projects - len(holding)} dự án sản xuất chưa có trong sổ)")
            else:
                counts = {
                    "20": len(holding),
                    "21": sum(1 for t in holding if t.is_foreign_invested),
                    "22": sum(1 for t in holding if t.status == TenantStatus.OPERATING),
                }
                if holding:
                    from_tenants.append(c.name)
                elif c.is_operating_on(end):
                    unknown.append(c.name)  # operating means it has projects; none recorded: unknown
                    unlisted.append(f"{c.name} (dự án sản xuất chưa có trong sổ)")
            for number, n in counts.items():
                totals[number] += n
                if n:
                    behind[number].append(c)
        note_vi, note_en = "theo Biểu 02 của kỳ", "from the window's Form 02 reports"
        if from_tenants:
            note_vi += "; chưa có Biểu 02, đếm các dự án trong sổ: " + ", ".join(from_tenants)
            note_en += "; no Form 02, tenants in the registry counted: " + ", ".join(from_tenants)
        basis: Basis = "both" if from_tenants and self.form02 else ("registry" if from_tenants else "reported")
        for number in ("20", "21", "22"):
            self.put(number, totals[number], behind[number], note_vi, note_en, lacking=unknown, basis=basis)

        by_cluster = {c.pk: c for c in self.clusters}
        from provind.clusters.circular14.deadlines import who_has_not_submitted

        missing = [
            m.reporter
            for form in ("01", "02")
            for m in who_has_not_submitted(
                window=self.window,
                form=form,
                province=self.unit,
                on=self.end,
                clusters=self.clusters,
            )
        ]
        for number, name in (("23", "revenue_bn"), ("24", "budget_paid_bn"), ("25", "workers")):
            parts: list[Any] = [getattr(r, name) for r in self.form01]
            parts += [getattr(r, name) for r in self.form02.values()]
            clusters = [by_cluster[r.tenant.cluster_id] for r in self.form01]
            clusters += [by_cluster[cid] for cid in self.form02]
            value: Decimal | int | None = sum(parts, start=0 if name == "workers" else Decimal(0))
            lacking = [f"{who} (chưa gửi báo cáo)" for who in missing] + unlisted
            if not parts and lacking:
                value = None
            self.put(
                number,
                value,
                clusters,
                f"cộng {len(self.form01)} Biểu 01 (dự án sản xuất) và {len(self.form02)} Biểu 02 (dự án hạ tầng) "
                "của kỳ",
                f"sum of {len(self.form01)} Form 01 (production projects) and {len(self.form02)} Form 02 "
                "(infrastructure projects) reports of the window",
                lacking=lacking,
                basis="reported",
            )

    def wastewater_items(self) -> None:
        end = self.end
        scope = [c for c in self.alive if c.is_established_on(end) or c.is_operating_on(end)]
        built: list[IndustrialCluster] = []
        meets: list[IndustrialCluster] = []
        unknown_built: list[str] = []
        unknown_ok: list[str] = []
        for c in scope:
            report = self.form02.get(c.pk)
            if report is not None:
                is_built, is_ok = report.wastewater_built, report.wastewater_meets_standard
            else:
                if not c.wastewater:
                    unknown_built.append(c.name)
                is_built = c.wastewater in (Wastewater.BUILT, Wastewater.UNDER_CONSTRUCTION)
                if is_built and c.wastewater_meets_standard is None:
                    unknown_ok.append(c.name)
                is_ok = is_built and bool(c.wastewater_meets_standard)
            if is_built:
                built.append(c)
            if is_ok:
                meets.append(c)
        note_vi = "theo Biểu 02 của kỳ, nếu không có thì theo sổ cụm công nghiệp"
        note_en = "from the window's Form 02, else the cluster registry"
        self.put("26", len(built), built, note_vi, note_en, lacking=unknown_built, basis="both")
        self.put("27", len(meets), meets, note_vi, note_en, lacking=unknown_built + unknown_ok, basis="both")

    def build(self) -> FormResult:
        self.plan_items()
        self.establishment_items()
        self.operation_items()
        self.project_items()
        self.wastewater_items()
        items = [self.items[n] for n in ITEM_NUMBERS]
        return FormResult(self.form, self.unit, self.window, items, self.clusters, self.plans)


def compute_form(*, form: Literal["03", "04"], unit: AdminUnit, window: ReportingWindow) -> FormResult:
    """Form 03 (a commune or ward; a former district; or a province for a province-wide Form 03)
    or Form 04 (a province), cumulative to the window end except the items "in the period"."""
    if form not in ("03", "04"):
        raise FormUnitError(f"không có Biểu {form} tổng hợp", f"no summary Form {form}")
    if form == "04" and not unit.is_province:
        raise FormUnitError(
            f"Biểu 04 là báo cáo cấp tỉnh; “{unit.name}” không phải tỉnh/thành phố",
            f"Form 04 is the provincial report; “{unit.name}” is not a province",
        )
    return _Builder(form=form, unit=unit, window=window).build()
