"""Synthetic clusters, tenants and reports for the Circular 14 tests (names say "Thử nghiệm").

`reporting_scenario()` builds the data behind the hand-computed Form 04 of old Thái Nguyên for
window 2024H1 (15/12/2023–14/06/2024); test_circular14.py writes the expected values out.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from provind.clusters.models import (
    ClusterEvent,
    EventKind,
    Form01Report,
    Form02Report,
    IndustrialCluster,
    PlanEntry,
    PlanVersion,
    Tenant,
    TenantStatus,
    Wastewater,
)
from provind.geography.models import AdminUnit
from provind.geography.queries import resolve_unit
from provind.projects.models import Organisation

D = Decimal
OLD = dt.date(2024, 6, 14)  # units as they stood in window 2024H1
NEW = dt.date(2025, 7, 1)


def unit(code: str, on: dt.date = OLD) -> AdminUnit:
    return resolve_unit(code, on)


def make_cluster(
    code: str,
    name: str,
    *,
    province: AdminUnit,
    events: Sequence[tuple[str, dt.date | None]] = (),
    investor: str | None = None,
    **fields: Any,
) -> IndustrialCluster:
    organisation = Organisation.objects.get_or_create(name=investor)[0] if investor else None
    cluster = IndustrialCluster.objects.create(code=code, name=name, province=province, investor=organisation, **fields)
    for kind, date in events:
        ClusterEvent.objects.create(cluster=cluster, kind=kind, date=date)
    return cluster


def make_tenant(cluster: IndustrialCluster, enterprise: str, leased: str, status: str, **fields: Any) -> Tenant:
    return Tenant.objects.create(
        cluster=cluster, enterprise=enterprise, leased_area_ha=D(leased), status=status, **fields
    )


def form02_data(**overrides: Any) -> dict[str, Any]:
    """A valid Form 02 for cluster A of the scenario (industrial land 35 ha, approved land 1 ha)."""
    data: dict[str, Any] = {
        "total_investment_bn": D("320"),
        "paid_investment_bn": D("250"),
        "land_ready_ha": D("30"),
        "land_leased_ha": D("20"),
        "occupancy_pct": D("60"),
        "projects": 5,
        "projects_foreign": 2,
        "projects_operating": 4,
        "revenue_bn": D("10"),
        "budget_paid_bn": D("1"),
        "workers": 50,
        "average_income_mn": D("8"),
        "wastewater_built": True,
        "wastewater_meets_standard": True,
    }
    data.update(overrides)
    return data


@dataclass
class Scenario:
    province: AdminUnit
    plan: PlanVersion
    a: IndustrialCluster
    b: IndustrialCluster
    c: IndustrialCluster
    d: IndustrialCluster
    e: IndustrialCluster
    f: IndustrialCluster
    g: IndustrialCluster
    tenants: dict[str, Tenant]


def reporting_scenario(*, form02_for_a: bool = True) -> Scenario:
    """Seven synthetic clusters around old Thái Nguyên (19) for window 2024H1:

    A  established 2020, detailed plan, infrastructure approved, operating; specialised;
       50 ha, industrial land 35; enterprise investor; Form 02 filed; tenants T1–T3.
    B  established 1/2/2024 (in the period), detailed plan 1/5/2024; 30 ha, land 21.
    C  legacy, operating but not established (2010); craft village; no established area,
       12 ha in the plan, land 9; a public-body investor; tenant T4; no Form 02.
    D  in the plan (40 ha), established only on 1/7/2024, after the window.
    E  established 2019, revoked 10/1/2024; removed from the plan.
    F  a cluster of Bắc Kạn (06), established 2021: never in Thái Nguyên's forms.
    G  recorded only with the new commune Tân Cương and the new province (2025 units);
       established 20/12/2023 (in the period); 15 ha, land 10; wastewater under construction.
    """
    province = unit("19")
    new_province = unit("19", NEW)
    a = make_cluster(
        "ccn-thu-nghiem-a",
        "CCN Thử nghiệm A",
        province=province,
        commune=unit("05503"),
        investor="Công ty TNHH Hạ tầng Thử nghiệm A",
        established_area_ha=D("50"),
        industrial_land_ha=D("35"),
        is_specialised=True,
        total_investment_bn=D("300"),
        paid_investment_bn=D("200"),
        wastewater=Wastewater.BUILT,
        wastewater_meets_standard=True,
        events=[
            (EventKind.IN_PLAN, dt.date(2019, 1, 1)),
            (EventKind.ESTABLISHED, dt.date(2020, 3, 1)),
            (EventKind.DETAILED_PLAN_APPROVED, dt.date(2020, 9, 1)),
            (EventKind.INFRASTRUCTURE_APPROVED, dt.date(2021, 1, 1)),
            (EventKind.OPERATING, dt.date(2022, 1, 1)),
        ],
    )
    b = make_cluster(
        "ccn-thu-nghiem-b",
        "CCN Thử nghiệm B",
        province=province,
        commune=unit("05911"),
        investor="Công ty CP Đầu tư Thử nghiệm B",
        established_area_ha=D("30"),
        industrial_land_ha=D("21"),
        total_investment_bn=D("150"),
        paid_investment_bn=D("10"),
        wastewater=Wastewater.NONE,
        events=[(EventKind.ESTABLISHED, dt.date(2024, 2, 1)), (EventKind.DETAILED_PLAN_APPROVED, dt.date(2024, 5, 1))],
    )
    c = make_cluster(
        "ccn-thu-nghiem-c",
        "CCN Thử nghiệm C",
        province=province,
        commune=unit("05908"),
        investor="Ban quản lý dự án huyện Thử nghiệm",
        is_legacy=True,
        is_craft_village=True,
        industrial_land_ha=D("9"),
        wastewater=Wastewater.NONE,
        events=[(EventKind.OPERATING_NOT_ESTABLISHED, dt.date(2010, 1, 1))],
    )
    d = make_cluster(
        "ccn-thu-nghiem-d",
        "CCN Thử nghiệm D",
        province=province,
        commune=unit("05911"),
        established_area_ha=D("40"),
        industrial_land_ha=D("28"),
        investor="Công ty TNHH Thử nghiệm D",
        events=[(EventKind.INVESTOR_PROPOSED, dt.date(2024, 3, 1)), (EventKind.ESTABLISHED, dt.date(2024, 7, 1))],
    )
    e = make_cluster(
        "ccn-thu-nghiem-e",
        "CCN Thử nghiệm E",
        province=province,
        commune=unit("05503"),
        established_area_ha=D("20"),
        industrial_land_ha=D("14"),
        investor="Công ty TNHH Thử nghiệm E",
        events=[(EventKind.ESTABLISHED, dt.date(2019, 5, 1)), (EventKind.REVOKED, dt.date(2024, 1, 10))],
    )
    f = make_cluster(
        "ccn-thu-nghiem-f",
        "CCN Thử nghiệm F (Bắc Kạn)",
        province=unit("06"),
        established_area_ha=D("25"),
        industrial_land_ha=D("18"),
        investor="Công ty TNHH Thử nghiệm F",
        events=[(EventKind.ESTABLISHED, dt.date(2021, 1, 1)), (EventKind.OPERATING, dt.date(2022, 1, 1))],
    )
    g = make_cluster(
        "ccn-thu-nghiem-g",
        "CCN Thử nghiệm G",
        province=new_province,
        commune=unit("05503", NEW),
        investor="Công ty TNHH Thử nghiệm G",
        established_area_ha=D("15"),
        industrial_land_ha=D("10"),
        wastewater=Wastewater.UNDER_CONSTRUCTION,
        events=[(EventKind.ESTABLISHED, dt.date(2023, 12, 20))],
    )

    plan = PlanVersion.objects.create(
        name="Phương án thử nghiệm",
        province=province,
        decision_number="TN-01/QĐ-TTg",
        decision_date=dt.date(2023, 3, 1),
        planned_count=41,
        planned_area_ha=D("2067"),
    )
    for cluster, area in ((a, "50"), (b, "30"), (c, "12"), (d, "40"), (g, "15")):
        PlanEntry.objects.create(plan=plan, cluster=cluster, planned_area_ha=D(area))
    PlanEntry.objects.create(plan=plan, cluster=e, planned_area_ha=D("20"), change=PlanEntry.Change.REMOVED)

    tenants = {
        "t1": make_tenant(a, "Công ty Thử nghiệm T1", "10", TenantStatus.OPERATING, is_foreign_invested=True),
        "t2": make_tenant(a, "Công ty Thử nghiệm T2", "10", TenantStatus.LEASED),
        "t3": make_tenant(a, "Công ty Thử nghiệm T3", "1", TenantStatus.APPROVED),
        "t4": make_tenant(c, "Hợp tác xã Thử nghiệm T4", "3", TenantStatus.OPERATING),
        "t5": make_tenant(f, "Công ty Thử nghiệm T5 (Bắc Kạn)", "5", TenantStatus.OPERATING),
    }
    for key, revenue, budget, workers in (
        ("t1", "100", "5", 200),
        ("t2", "50", "2.5", 100),
        ("t4", "20", "1", 30),
        ("t5", "999", "99", 999),
    ):
        Form01Report.objects.create(
            tenant=tenants[key],
            window="2024H1",
            revenue_bn=D(revenue),
            budget_paid_bn=D(budget),
            workers=workers,
            average_income_mn=D("8"),
        )
    # Another window's report must not count.
    Form01Report.objects.create(
        tenant=tenants["t1"],
        window="2023",
        revenue_bn=D("777"),
        budget_paid_bn=D("77"),
        workers=777,
        average_income_mn=D("7"),
    )
    if form02_for_a:
        values = form02_data()
        Form02Report.objects.create(cluster=a, window="2024H1", occupancy_recomputed_pct=D("60"), **values)
    return Scenario(province, plan, a, b, c, d, e, f, g, tenants)
