"""Synthetic clusters, events, tenants and plans for tests (clearly labelled, never shipped data)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from provind.clusters.models import ClusterEvent, IndustrialCluster, PlanEntry, PlanVersion, Tenant, TenantStatus
from provind.geography.models import REFORM_DATE
from provind.geography.queries import resolve_unit
from provind.projects.models import Organisation

BEFORE_REFORM = dt.date(2025, 6, 30)


def make_investor(name: str = "Công ty Hạ tầng Thử nghiệm (synthetic)", **extra: Any) -> Organisation:
    investor, _ = Organisation.objects.get_or_create(name=name, defaults=extra)
    return investor


def make_cluster(
    code: str = "ccn-thu-nghiem",
    name: str = "CCN Thử nghiệm (synthetic)",
    *,
    province: str = "19",
    former_district: str | None = "173",
    commune: str | None = None,
    established_area_ha: str | None = None,
    industrial_land_ha: str | None = None,
    investor: Organisation | None = None,
    **extra: Any,
) -> IndustrialCluster:
    return IndustrialCluster.objects.create(
        code=code,
        name=name,
        province=resolve_unit(province, REFORM_DATE),
        former_district=resolve_unit(former_district, BEFORE_REFORM) if former_district else None,
        commune=resolve_unit(commune, REFORM_DATE) if commune else None,
        established_area_ha=Decimal(established_area_ha) if established_area_ha is not None else None,
        industrial_land_ha=Decimal(industrial_land_ha) if industrial_land_ha is not None else None,
        investor=investor,
        source_url="test://synthetic",
        **extra,
    )


def add_event(cluster: IndustrialCluster, kind: str, date: str | None, *, area_ha: str | None = None) -> ClusterEvent:
    return ClusterEvent.objects.create(
        cluster=cluster,
        kind=kind,
        date=dt.date.fromisoformat(date) if date else None,
        area_ha=Decimal(area_ha) if area_ha is not None else None,
        source_url="test://synthetic",
    )


def add_tenant(
    cluster: IndustrialCluster, leased_ha: str, status: str = TenantStatus.LEASED, name: str = "DN Thử (synthetic)"
) -> Tenant:
    return Tenant.objects.create(cluster=cluster, enterprise=name, leased_area_ha=Decimal(leased_ha), status=status)


def make_plan(
    name: str = "Quy hoạch thử nghiệm (synthetic)",
    *,
    province: str = "19",
    on: str = "2023-03-14",
    count: int | None = 3,
    area_ha: str | None = "120",
) -> PlanVersion:
    return PlanVersion.objects.create(
        name=name,
        province=resolve_unit(province, dt.date.fromisoformat(on)),
        decision_number="1/QĐ-THU",
        decision_date=dt.date.fromisoformat(on),
        planned_count=count,
        planned_area_ha=Decimal(area_ha) if area_ha is not None else None,
        source_url="test://synthetic",
    )


def list_in_plan(
    plan: PlanVersion, cluster: IndustrialCluster, change: str = PlanEntry.Change.LISTED, area_ha: str | None = None
) -> PlanEntry:
    return PlanEntry.objects.create(
        plan=plan, cluster=cluster, change=change, planned_area_ha=Decimal(area_ha) if area_ha is not None else None
    )
