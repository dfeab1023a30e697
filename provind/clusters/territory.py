"""Where a cluster lies and which plans are in force: the one definition of each that the cluster
list and summary (pages, API, public land page), the Forms 03/04 and the reminders all use.

A cluster lies in every unit of its location (province, current and former commune, former
district) with their ancestors, in the units the crosswalk links its communes to, in the province
its old province became, and in the province of every plan that lists it (a provincial cluster
plan covers its own province: the 2021 revision of old Thái Nguyên's plan is what places the
clusters the registry knows only by the code 19 in the old province).

The plans in force for a province on a date: its own plans decided by then; a merged province
without a plan of its own has the plans of the provinces it was formed from (an old province
without one, a plan recorded against its successor). For each of those parts: the latest plan with
published totals and the later plans without totals (supplements, revisions); a part with no
totals keeps all its plans in force and is named as missing.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from django.db.models import Q

from provind.clusters.models import IndustrialCluster, PlanEntry, PlanVersion
from provind.geography.models import AdminUnit, UnitCrosswalk, UnitKind
from provind.geography.queries import province_of

# ---------------------------------------------------------------------------------------------
# Where a cluster lies (across the 2025 reorganisation)


class _Places:
    """Unit ids with their ancestors, cached for one computation."""

    def __init__(self) -> None:
        self._parent: dict[int, int | None] = {}

    def prime(self, unit_ids: set[int]) -> None:
        """Load the parents of these units and of their ancestors, one query per level (at most
        three: commune → district → province) instead of one query per unit."""
        wanted = {u for u in unit_ids if u not in self._parent}
        while wanted:
            rows = dict(AdminUnit.objects.filter(pk__in=wanted).values_list("pk", "parent_id"))
            self._parent.update({pk: rows.get(pk) for pk in wanted})
            wanted = {p for p in rows.values() if p is not None and p not in self._parent}

    def chain(self, unit_id: int | None) -> set[int]:
        found: set[int] = set()
        current = unit_id
        while current is not None and current not in found:
            found.add(current)
            if current not in self._parent:
                row = AdminUnit.objects.filter(pk=current).values_list("parent_id", flat=True).first()
                self._parent[current] = row
            current = self._parent[current]
        return found


def located_units(clusters: Sequence[IndustrialCluster]) -> dict[int, set[int]]:
    """For each cluster (by id), the ids of every unit it lies in (see the module's rule).
    Provinces are only followed forwards (old Thái Nguyên lies wholly in the new one, not the
    other way round)."""
    places = _Places()
    communes = {c.commune_id for c in clusters if c.commune_id} | {
        c.former_commune_id for c in clusters if c.former_commune_id
    }
    planned: dict[int, set[int]] = {}
    for cluster_id, province_id in PlanEntry.objects.filter(cluster__in=[c.pk for c in clusters]).values_list(
        "cluster_id", "plan__province_id"
    ):
        planned.setdefault(cluster_id, set()).add(province_id)
    provinces = {c.province_id for c in clusters} | {p for found in planned.values() for p in found}
    back: dict[int, set[int]] = {}
    forward: dict[int, set[int]] = {}
    for old, new in UnitCrosswalk.objects.filter(Q(new_unit_id__in=communes) | Q(old_unit_id__in=communes)).values_list(
        "old_unit_id", "new_unit_id"
    ):
        back.setdefault(new, set()).add(old)
        forward.setdefault(old, set()).add(new)
    province_forward: dict[int, set[int]] = {}
    for old, new in UnitCrosswalk.objects.filter(old_unit_id__in=provinces).values_list("old_unit_id", "new_unit_id"):
        province_forward.setdefault(old, set()).add(new)
    places.prime(
        {u for c in clusters for u in (c.province_id, c.commune_id, c.former_commune_id, c.former_district_id) if u}
        | provinces
        | {u for linked in (*back.values(), *forward.values(), *province_forward.values()) for u in linked}
    )
    located: dict[int, set[int]] = {}
    for c in clusters:
        ids = places.chain(c.province_id) | places.chain(c.commune_id) | places.chain(c.former_commune_id)
        ids |= places.chain(c.former_district_id)
        for province_id in {c.province_id} | planned.get(c.pk, set()):
            ids |= places.chain(province_id)
            for other in province_forward.get(province_id, set()):
                ids |= places.chain(other)
        for unit_id in back.get(c.commune_id or 0, set()) | forward.get(c.former_commune_id or 0, set()):
            ids |= places.chain(unit_id)
        located[c.pk] = ids
    return located


def lying_in(unit: AdminUnit, clusters: Sequence[IndustrialCluster]) -> list[IndustrialCluster]:
    """Those of `clusters` that lie in `unit` (a province, former district, commune or ward), in
    their order."""
    located = located_units(clusters)
    return [c for c in clusters if unit.pk in located[c.pk]]


def clusters_in(*, unit: AdminUnit) -> list[IndustrialCluster]:
    """Clusters lying in `unit`, with their events, tenants and investor loaded, by code. A 2024
    report for old Thái Nguyên finds clusters recorded only with their current commune through the
    crosswalk."""
    clusters = list(
        IndustrialCluster.objects.select_related("investor").prefetch_related("events", "tenants").order_by("code")
    )
    return lying_in(unit, clusters)


def map_position(cluster: IndustrialCluster) -> tuple[float, float, bool] | None:
    """Where to put the cluster on a map: (latitude, longitude, exact) at its own coordinates, else
    at its commune's (or former commune's) centre with exact False; None when neither is known."""
    if cluster.latitude is not None and cluster.longitude is not None:
        return cluster.latitude, cluster.longitude, True
    place = cluster.commune or cluster.former_commune
    if place is None or place.latitude is None or place.longitude is None:
        return None
    return place.latitude, place.longitude, False


# ---------------------------------------------------------------------------------------------
# The plans in force


def plan_date(plan: PlanVersion) -> dt.date:
    """A plan's decision date for ordering; an undated plan counts as the oldest."""
    return plan.decision_date or dt.date.min


@dataclass(frozen=True)
class PlansInForce:
    with_totals: tuple[PlanVersion, ...]  # for each part, the latest plan with published totals
    without_totals: tuple[PlanVersion, ...]  # plans in force without totals (supplements, revisions)
    missing: tuple[AdminUnit, ...]  # parts whose plan totals are not known
    plans: tuple[PlanVersion, ...]  # all of them, part by part, oldest first


def _decided(province: AdminUnit, on: dt.date) -> list[PlanVersion]:
    plans = [
        p
        for p in PlanVersion.objects.filter(province=province).select_related("province")
        if p.decision_date is None or p.decision_date <= on
    ]
    return sorted(plans, key=lambda p: (plan_date(p), p.pk))


def _parts(province: AdminUnit, on: dt.date) -> list[tuple[AdminUnit, list[PlanVersion]]]:
    own = _decided(province, on)
    if own:
        return [(province, own)]
    formed_from = [
        link.old_unit
        for link in province.predecessor_links.select_related("old_unit").order_by("old_unit_id")
        if link.old_unit.kind == UnitKind.PROVINCE and link.old_unit.pk != province.pk
    ]
    if formed_from:
        return [(part, _decided(part, on)) for part in formed_from]
    became = [
        link.new_unit
        for link in province.successor_links.select_related("new_unit").order_by("new_unit_id")
        if link.new_unit.kind == UnitKind.PROVINCE and link.new_unit.pk != province.pk
    ]
    found = [(part, plans) for part in became if (plans := _decided(part, on))]
    return found or [(province, [])]


def plans_in_force(*, unit: AdminUnit, on: dt.date) -> PlansInForce:
    """The plans in force on `on` for the province of `unit` (see the module's rule)."""
    with_totals: list[PlanVersion] = []
    without: list[PlanVersion] = []
    missing: list[AdminUnit] = []
    every: list[PlanVersion] = []
    for part, plans in _parts(province_of(unit), on):
        totals = [p for p in plans if p.planned_count is not None]
        if totals:
            latest = totals[-1]
            later = [p for p in plans if p.planned_count is None and plan_date(p) >= plan_date(latest)]
            with_totals.append(latest)
            without.extend(later)
            every.extend(p for p in plans if p == latest or p in later)
        else:
            without.extend(plans)
            every.extend(plans)
            missing.append(part)
    return PlansInForce(tuple(with_totals), tuple(without), tuple(missing), tuple(every))
