"""Data-quality checks on the cluster registry, like the indicator quality rules: each finding names
the record, what is wrong and the legal basis that makes it wrong. Shown on a cluster's page and in
the registry check list; they never change data."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
from typing import Literal

from provind.clusters.calculations import tenant_land
from provind.clusters.models import EventKind, IndustrialCluster, Wastewater
from provind.clusters.queries import planned_area_on
from provind.lib.numbers import plain_vi

# Decree 32 Art. 12.1: the establishment decision may enlarge the cluster by at most 5 ha over the plan.
PLAN_TOLERANCE_HA = Decimal("5")


@dataclass(frozen=True)
class Finding:
    rule: str
    cluster: IndustrialCluster
    vi: str
    en: str
    basis_vi: str
    basis_en: str
    severity: Literal["error", "warning"] = "error"


def check_cluster(cluster: IndustrialCluster, on: dt.date) -> list[Finding]:
    """Every finding for one cluster on `on` (events, tenants and plan entries prefetched or not)."""
    found: list[Finding] = []
    name = cluster.name
    established = cluster.is_established_on(on)
    kinds = {e.kind for e in cluster.events_until(on)}
    if established and cluster.investor_id is None:
        found.append(
            Finding(
                "established_without_investor",
                cluster,
                f"{name}: đã thành lập nhưng sổ chưa ghi chủ đầu tư hạ tầng",
                f"{name}: established, but the registry names no infrastructure investor",
                "Nghị định 32/2024/NĐ-CP, Điều 8 khoản 1 điểm b và Điều 12 khoản 1: quyết định thành lập xác định chủ "
                "đầu tư xây dựng hạ tầng kỹ thuật",
                "Decree 32/2024/NĐ-CP, Art. 8.1(b) and 12.1: the establishment decision names the infrastructure "
                "investor",
            )
        )
    planned = planned_area_on(cluster, on)
    area = cluster.established_area_ha
    if established and area is not None and planned is not None and area > planned + PLAN_TOLERANCE_HA:
        found.append(
            Finding(
                "area_above_plan",
                cluster,
                f"{name}: diện tích thành lập {plain_vi(area)} ha vượt diện tích quy hoạch "
                f"{plain_vi(planned)} ha quá 5 ha",
                f"{name}: established area {plain_vi(area)} ha exceeds the planned "
                f"{plain_vi(planned)} ha by more than 5 ha",
                "Nghị định 32/2024/NĐ-CP, Điều 12 khoản 1: được điều chỉnh tăng không quá 5 ha so với quy hoạch",
                "Decree 32/2024/NĐ-CP, Art. 12.1: at most 5 ha more than the plan",
            )
        )
    if EventKind.OPERATING in kinds and not established:
        found.append(
            Finding(
                "operating_without_establishment",
                cluster,
                f"{name}: ghi “đi vào hoạt động” nhưng chưa có quyết định thành lập (nếu là cụm hình thành trước "
                "QĐ 105/2009 thì ghi “hoạt động chưa thành lập”)",
                f"{name}: recorded as operating without an establishment decision (a cluster formed before QĐ "
                "105/2009 is recorded as “operating, not established”)",
                "Nghị định 32/2024/NĐ-CP, Điều 35 khoản 4; Thông tư 14/2024/TT-BCT, Biểu 03/04 mục 15.2",
                "Decree 32/2024/NĐ-CP, Art. 35.4; Circular 14/2024/TT-BCT, Forms 03/04 item 15.2",
            )
        )
    if EventKind.OPERATING_NOT_ESTABLISHED in kinds and not established and on <= dt.date(2026, 12, 31):
        found.append(
            Finding(
                "legacy_to_formalise",
                cluster,
                f"{name}: hoạt động chưa thành lập; phải rà soát, xử lý trước 31/12/2026",
                f"{name}: operating but not established; must be reviewed and settled by 31/12/2026",
                "Nghị định 32/2024/NĐ-CP, Điều 35 khoản 4",
                "Decree 32/2024/NĐ-CP, Art. 35.4",
                "warning",
            )
        )
    land = cluster.industrial_land_ha
    if land is not None and area is not None and land > area:
        found.append(
            Finding(
                "industrial_land_above_area",
                cluster,
                f"{name}: đất công nghiệp {plain_vi(land)} ha lớn hơn diện tích thành lập {plain_vi(area)} ha",
                f"{name}: industrial land {plain_vi(land)} ha exceeds the established area {plain_vi(area)} ha",
                "Nghị định 32/2024/NĐ-CP, Điều 2: đất công nghiệp là một phần diện tích cụm",
                "Decree 32/2024/NĐ-CP, Art. 2: industrial land is part of the cluster's area",
            )
        )
    tenants = list(cluster.tenants.all())
    if land is not None and tenants:
        leased, approved = tenant_land(tenants)
        if leased + approved > land:
            found.append(
                Finding(
                    "tenants_above_land",
                    cluster,
                    f"{name}: đất của các dự án ({plain_vi(leased + approved)} ha) lớn hơn đất công nghiệp "
                    f"({plain_vi(land)} ha)",
                    f"{name}: the projects' land ({plain_vi(leased + approved)} ha) exceeds the industrial land "
                    f"({plain_vi(land)} ha)",
                    "Nghị định 32/2024/NĐ-CP, Điều 2 (tỷ lệ lấp đầy không quá 100%)",
                    "Decree 32/2024/NĐ-CP, Art. 2 (occupancy cannot exceed 100%)",
                )
            )
    if cluster.wastewater_meets_standard and cluster.wastewater in ("", Wastewater.NONE):
        found.append(
            Finding(
                "wastewater_standard_without_plant",
                cluster,
                f"{name}: ghi “nước thải đạt chuẩn” nhưng không có trạm xử lý tập trung",
                f"{name}: wastewater “meets standards” without a central plant",
                "Luật Bảo vệ môi trường 2020, Điều 52; Thông tư 14/2024/TT-BCT, Biểu 02 mục 13–14",
                "Law on Environmental Protection 2020, Art. 52; Circular 14/2024/TT-BCT, Form 02 items 13–14",
            )
        )
    if cluster.is_mountainous is None and not cluster.is_craft_village:
        size = area if area is not None else planned
        if size is not None and Decimal(5) <= size < Decimal(10):
            found.append(
                Finding(
                    "mountainous_unknown",
                    cluster,
                    f"{name}: {plain_vi(size)} ha; chưa ghi cụm có ở địa bàn miền núi không "
                    "(quyết định quy mô tối thiểu)",
                    f"{name}: {plain_vi(size)} ha; whether it lies in a mountainous area (which sets the minimum size) "
                    "is not recorded",
                    "Nghị định 32/2024/NĐ-CP, Điều 2 khoản 1",
                    "Decree 32/2024/NĐ-CP, Art. 2.1",
                    "warning",
                )
            )
    return found


def check_registry(clusters: Iterable[IndustrialCluster], on: dt.date) -> list[Finding]:
    """The registry check list: every finding of every cluster, errors first, then by cluster name."""
    found = [f for c in clusters for f in check_cluster(c, on)]
    return sorted(found, key=lambda f: (f.severity != "error", f.cluster.name, f.rule))
