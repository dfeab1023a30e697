"""The cluster registry: list, summary (the funnel and the plan totals) and one cluster.

`/clusters/summary` is declared before `/clusters/{code}` so that the path is not read as a code.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from django.conf import settings
from django.http import HttpRequest
from django.utils import timezone
from ninja import Query, Router, Schema
from ninja.errors import HttpError

from provind.api.completeness import CompletenessOut, completeness_fields, completeness_out
from provind.api.errors import Day
from provind.clusters import queries
from provind.clusters.models import IndustrialCluster
from provind.geography.models import AdminUnit

router = Router(tags=["clusters"])


class UnitRef(Schema):
    code: str
    name: str


class OccupancyOut(Schema):
    pct: Decimal | None
    source: str
    industrial_land_ha: Decimal | None
    leased_ha: Decimal | None
    unleased_ha: Decimal | None


class ClusterOut(Schema):
    code: str
    name: str
    stage: str | None
    stage_label_vi: str
    stage_label_en: str
    funnel: list[str]
    area_ha: Decimal | None
    established_area_ha: Decimal | None
    industrial_land_ha: Decimal | None
    commune: UnitRef | None
    former_commune: UnitRef | None
    former_district: UnitRef | None
    province: UnitRef
    latitude: float | None
    longitude: float | None
    investor: str | None
    is_mountainous: bool | None  # null: not known
    is_craft_village: bool
    is_legacy: bool
    main_sectors: str
    occupancy: OccupancyOut
    source_url: str


class EventOut(Schema):
    kind: str
    kind_label: str
    date: dt.date | None
    document_number: str
    document_date: dt.date | None
    signer: str
    area_ha: Decimal | None
    source_url: str
    note: str


class PlanEntryOut(Schema):
    plan: str
    decision_number: str
    decision_date: dt.date | None
    change: str
    planned_area_ha: Decimal | None
    note: str


class ClusterDetailOut(ClusterOut):
    note: str
    contact: str
    sectors_welcomed: str
    total_investment_bn: Decimal | None
    wastewater: str
    events: list[EventOut]
    plan_entries: list[PlanEntryOut]
    tenants: int


class PlanOut(Schema):
    name: str
    decision_number: str
    decision_date: dt.date | None
    province_name: str
    planned_count: int | None
    planned_area_ha: Decimal | None
    source_url: str


class FunnelStepOut(CompletenessOut):
    key: str
    label_vi: str
    label_en: str
    count: int
    area_ha: Decimal | None  # None: clusters counted, none with a known area (never 0 for unknown)
    area_unknown: int


class ReportedOut(Schema):
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


class SummaryOut(Schema):
    province: str
    province_name: str
    as_of: dt.date
    plans: list[PlanOut]
    other_plans: list[PlanOut]
    areas_without_plan_totals: list[str]
    plan_count: int | None
    plan_area_ha: Decimal | None
    funnel: list[FunnelStepOut]
    stages: dict[str, int]
    operating_not_established: int
    average_occupancy_pct: Decimal | None
    occupancy_known: int
    reported: list[ReportedOut]
    recorded: int
    recorded_total: int
    completeness_vi: str
    completeness_en: str
    complete: bool
    plan_completeness: CompletenessOut
    recorded_completeness: CompletenessOut
    occupancy_completeness: CompletenessOut
    sentence_vi: str
    sentence_en: str


class ClustersQuery(Schema):
    province: str = settings.PROVIND_HOME_PROVINCE
    status: str | None = None
    as_of: Day | None = None
    commune: str | None = None
    former_district: str | None = None
    q: str | None = None


def _ref(unit: AdminUnit | None) -> UnitRef | None:
    return UnitRef(code=unit.code, name=unit.name) if unit is not None else None


def _cluster_out(row: queries.ClusterRow) -> dict[str, object]:
    c, occ = row.cluster, row.occupancy
    return {
        "code": c.code,
        "name": c.name,
        "stage": row.stage,
        "stage_label_vi": row.stage_label_vi,
        "stage_label_en": row.stage_label_en,
        "funnel": [k for k in queries.FUNNEL if k in row.funnel],
        "area_ha": row.area_ha,
        "established_area_ha": c.established_area_ha,
        "industrial_land_ha": c.industrial_land_ha,
        "commune": _ref(c.commune),
        "former_commune": _ref(c.former_commune),
        "former_district": _ref(c.former_district),
        "province": _ref(c.province),
        "latitude": c.latitude,
        "longitude": c.longitude,
        "investor": c.investor.name if c.investor else None,
        "is_mountainous": c.is_mountainous,
        "is_craft_village": c.is_craft_village,
        "is_legacy": c.is_legacy,
        "main_sectors": c.main_sectors,
        "occupancy": OccupancyOut(
            pct=occ.pct,
            source=occ.source,
            industrial_land_ha=occ.industrial_land_ha,
            leased_ha=occ.leased_ha,
            unleased_ha=occ.unleased_ha,
        ),
        "source_url": c.source_url,
    }


def _as_of(value: dt.date | None) -> dt.date:
    return value or timezone.localdate()


@router.get("/clusters", response=list[ClusterOut], summary="Industrial clusters of a province on a date")
def list_clusters(request: HttpRequest, q: Query[ClustersQuery]) -> list[dict[str, object]]:
    """Recorded clusters of `province` (administrative code; 19 = Thái Nguyên) as they stood on
    `as_of` (default today). `status` filters by stage: a funnel step (`in_plan`, `with_investor`,
    `established`, `operating`: cumulative, as the summary counts them) or an exact stage
    (`investor_proposed`, `appraised`, `detailed_plan_approved`, `infrastructure_approved`,
    `revoked`, `removed_from_plan`)."""
    rows = queries.clusters_for(
        province_code=q.province,
        stage=q.status or None,
        as_of=_as_of(q.as_of),
        commune_code=q.commune,
        former_district_code=q.former_district,
        search=q.q,
    )
    return [_cluster_out(r) for r in rows]


@router.get("/clusters/summary", response=SummaryOut, summary="Funnel, plan totals and reported facts")
def cluster_summary(
    request: HttpRequest, province: str = settings.PROVIND_HOME_PROVINCE, as_of: Day | None = None
) -> dict[str, object]:
    """Counts and areas per funnel step (in plan → with investor → established → operating) on
    `as_of`, the average occupancy of operating clusters, the plan totals as published next to the
    number of clusters recorded, and the facts sources reported (not computed), each with its source."""
    s = queries.summary(province_code=province, as_of=_as_of(as_of))
    return {
        "province": s.province_code,
        "province_name": s.province_name,
        "as_of": s.as_of,
        "plans": [PlanOut(**vars(p)) for p in s.plans],
        "other_plans": [PlanOut(**vars(p)) for p in s.other_plans],
        "areas_without_plan_totals": list(s.areas_without_plan_totals),
        "plan_count": s.plan_count,
        "plan_area_ha": s.plan_area_ha,
        "funnel": [
            FunnelStepOut(
                key=f.key,
                label_vi=f.label_vi,
                label_en=f.label_en,
                count=f.count,
                area_ha=f.area_ha,
                area_unknown=f.area_unknown,
                **completeness_fields(f),
            )
            for f in s.funnel
        ],
        "stages": s.stages,
        "operating_not_established": s.operating_not_established,
        "average_occupancy_pct": s.average_occupancy_pct,
        "occupancy_known": s.occupancy_known,
        "reported": [ReportedOut(**vars(r)) for r in s.reported],
        "recorded": s.recorded,
        "recorded_total": s.recorded_total,
        "completeness_vi": s.completeness_vi,
        "completeness_en": s.completeness_en,
        "complete": s.complete,
        "plan_completeness": completeness_out(s.plan_completeness),
        "recorded_completeness": completeness_out(s.recorded_completeness),
        "occupancy_completeness": completeness_out(s.occupancy_completeness),
        "sentence_vi": queries.sentence_vi(s),
        "sentence_en": queries.sentence_en(s),
    }


@router.get("/clusters/{code}", response=ClusterDetailOut, summary="One cluster with its timeline")
def cluster_detail(request: HttpRequest, code: str, as_of: Day | None = None) -> dict[str, object]:
    """A cluster by its code, with its stage on `as_of` (default today), lifecycle events and plan
    entries. An unknown code is a 404 with the message in Vietnamese and English."""
    cluster: IndustrialCluster | None = queries.get_cluster(code)
    if cluster is None:
        raise HttpError(404, f"Không có cụm công nghiệp mã “{code}” / no industrial cluster with code “{code}”")
    on = _as_of(as_of)
    stage = queries.stage_of(cluster, on)
    row = queries.ClusterRow(
        cluster,
        stage,
        queries.funnel_steps(cluster, on, stage),
        queries.area_on(cluster, on),
        queries.occupancy_of(cluster, on),
    )
    out = _cluster_out(row)
    out.update(
        note=cluster.note,
        contact=cluster.contact,
        sectors_welcomed=cluster.sectors_welcomed,
        total_investment_bn=cluster.total_investment_bn,
        wastewater=cluster.wastewater,
        events=[
            EventOut(
                kind=e.kind,
                kind_label=str(e.get_kind_display()),
                date=e.date,
                document_number=e.document_number,
                document_date=e.document_date,
                signer=e.signer,
                area_ha=e.area_ha,
                source_url=e.source_url,
                note=e.note,
            )
            for e in cluster.events.all()
        ],
        plan_entries=[
            PlanEntryOut(
                plan=p.plan.name,
                decision_number=p.plan.decision_number,
                decision_date=p.plan.decision_date,
                change=p.change,
                planned_area_ha=p.planned_area_ha,
                note=p.note,
            )
            for p in cluster.plan_entries.all()
        ],
        tenants=len(cluster.tenants.all()),
    )
    return out
