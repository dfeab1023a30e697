"""What the approval page lists: recorded data sets with their last step, and indicator data
sets that have figures but no record yet (drafts nobody submitted)."""

from __future__ import annotations

from dataclasses import dataclass

from django.db.models import Count, Exists, OuterRef, Prefetch

from provind.approvals.models import ApprovalStep, DataSetApproval, DataSetKind
from provind.geography.models import AdminUnit


def records(*, state: str | None = None, kind: str | None = None, limit: int = 500) -> list[DataSetApproval]:
    rows = DataSetApproval.objects.select_related("unit", "cluster").prefetch_related(
        Prefetch("steps", queryset=ApprovalStep.objects.select_related("by").order_by("at", "id"))
    )
    if state:
        rows = rows.filter(state=state)
    if kind:
        rows = rows.filter(kind=kind)
    return list(rows.order_by("state", "kind", "-period", "unit__code")[:limit])


@dataclass
class UnrecordedSet:
    unit: AdminUnit
    period: str
    figures: int


def unrecorded_indicator_sets(limit: int = 200) -> list[UnrecordedSet]:
    """Indicator data sets with figures and no approval record: drafts to submit."""
    from provind.indicators.models import Observation

    recorded = DataSetApproval.objects.filter(
        kind=DataSetKind.INDICATORS, cluster__isnull=True, unit_id=OuterRef("unit_id"), period=OuterRef("period_code")
    )
    rows = (
        Observation.objects.filter(~Exists(recorded))
        .values("unit_id", "period_code")
        .annotate(n=Count("id"))
        .order_by("-period_code", "unit_id")[:limit]
    )
    found = list(rows)
    units = AdminUnit.objects.in_bulk({r["unit_id"] for r in found})
    return [UnrecordedSet(unit=units[r["unit_id"]], period=r["period_code"], figures=r["n"]) for r in found]
