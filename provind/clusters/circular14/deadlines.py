"""Deadlines of the Circular 14/2024 forms and who has not submitted Form 01 or 02."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from django.utils import timezone

from provind.clusters.circular14.summary import is_revoked
from provind.clusters.circular14.wording import FormCode
from provind.clusters.models import Form01Report, Form02Report, IndustrialCluster, Tenant, TenantStatus
from provind.clusters.territory import clusters_in
from provind.clusters.windows import ReportingWindow
from provind.geography.models import AdminUnit

# Tenants holding land (item 6 of Form 02 / item 20 of Forms 03–04) and tenants owing Form 01.
REPORTING_TENANTS = (TenantStatus.LEASED, TenantStatus.OPERATING)


def deadlines(*, window: ReportingWindow) -> dict[FormCode, dt.date]:
    """Forms 01–02 by the 20th, 03 by the 25th, 04 by 30 June / 31 December."""
    codes: tuple[FormCode, ...] = ("01", "02", "03", "04")
    return {code: window.deadline(code) for code in codes}


@dataclass(frozen=True)
class Missing:
    form: Literal["01", "02"]
    cluster: IndustrialCluster
    tenant: Tenant | None
    reporter: str  # the enterprise or infrastructure investor that owes the form
    deadline: dt.date
    overdue: bool


def who_has_not_submitted(
    *,
    window: ReportingWindow,
    form: Literal["01", "02"],
    province: AdminUnit,
    on: dt.date | None = None,
    clusters: Sequence[IndustrialCluster] | None = None,
) -> list[Missing]:
    """Who owes a Form 01 (tenants with land leased or operating) or Form 02 (established or
    operating clusters with an infrastructure investor, not revoked) for the window and has
    not sent it; `overdue` is judged on `on`. Pass `clusters` (`clusters_in(unit=province)`,
    e.g. a FormResult's) to avoid locating the province's clusters again."""
    today = on or timezone.localdate()
    due = window.deadline(form)
    overdue = not window.is_on_time(form, today)
    in_scope = clusters if clusters is not None else clusters_in(unit=province)
    clusters = [c for c in in_scope if not is_revoked(c, window.end)]
    missing: list[Missing] = []
    if form == "02":
        filed = set(
            Form02Report.objects.filter(window=window.code, cluster__in=clusters).values_list("cluster_id", flat=True)
        )
        for c in clusters:
            owes = c.investor_id is not None and (c.is_established_on(window.end) or c.is_operating_on(window.end))
            if owes and c.pk not in filed:
                reporter = str(c.investor) if c.investor is not None else c.name
                missing.append(Missing("02", c, None, reporter, due, overdue))
        return missing
    filed = set(
        Form01Report.objects.filter(window=window.code, tenant__cluster__in=clusters).values_list(
            "tenant_id", flat=True
        )
    )
    for c in clusters:
        for t in sorted(c.tenants.all(), key=lambda t: t.enterprise):
            if t.status in REPORTING_TENANTS and t.pk not in filed:
                missing.append(Missing("01", c, t, t.enterprise, due, overdue))
    return missing
