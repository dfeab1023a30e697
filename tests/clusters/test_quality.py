"""Registry data-quality checks (issue 9): each names the record and the legal basis."""

from __future__ import annotations

import datetime as dt

import pytest

from provind.clusters.loading import load_clusters
from provind.clusters.models import PlanEntry, PlanVersion, Wastewater
from provind.clusters.quality import check_cluster, check_registry
from tests.clusters.factories import add_event, add_tenant, make_cluster, make_investor

pytestmark = pytest.mark.django_db
ON = dt.date(2025, 12, 31)


def rules_of(cluster) -> set[str]:  # type: ignore[no-untyped-def]
    return {f.rule for f in check_cluster(cluster, ON)}


def test_a_clean_cluster_has_no_finding() -> None:
    cluster = make_cluster(established_area_ha="40", industrial_land_ha="30", investor=make_investor())
    add_event(cluster, "established", "2024-01-10")
    add_tenant(cluster, "10")
    assert rules_of(cluster) == set()


def test_established_without_investor() -> None:
    cluster = make_cluster(established_area_ha="40")
    add_event(cluster, "established", "2024-01-10")
    [finding] = check_cluster(cluster, ON)
    assert finding.rule == "established_without_investor"
    assert cluster.name in finding.vi
    assert "Điều 8" in finding.basis_vi
    assert "12.1" in finding.basis_en


def test_area_above_plan_by_more_than_5_ha() -> None:
    plan = PlanVersion.objects.create(
        name="QH thử", province=make_cluster().province, decision_date=dt.date(2023, 1, 1)
    )
    cluster = make_cluster("ccn-lon", established_area_ha="46", investor=make_investor())
    PlanEntry.objects.create(plan=plan, cluster=cluster, change=PlanEntry.Change.LISTED, planned_area_ha=40)
    add_event(cluster, "established", "2024-01-10")
    assert "area_above_plan" in rules_of(cluster)
    cluster.established_area_ha = 45
    assert "area_above_plan" not in rules_of(cluster)  # 5 ha more is allowed (Art. 12.1)


@pytest.mark.parametrize(
    ("kind", "rule"),
    [("operating", "operating_without_establishment"), ("operating_not_established", "legacy_to_formalise")],
)
def test_operating_without_establishment(kind: str, rule: str) -> None:
    cluster = make_cluster(investor=make_investor())
    add_event(cluster, kind, "2020-01-01")
    assert rule in rules_of(cluster)


def test_land_and_wastewater_contradictions() -> None:
    cluster = make_cluster(
        established_area_ha="20",
        industrial_land_ha="25",
        investor=make_investor(),
        wastewater=Wastewater.NONE,
        wastewater_meets_standard=True,
    )
    add_event(cluster, "established", "2024-01-10")
    add_tenant(cluster, "30")
    assert rules_of(cluster) >= {
        "industrial_land_above_area",
        "tenants_above_land",
        "wastewater_standard_without_plant",
    }


def test_unknown_mountainous_matters_only_between_5_and_10_ha() -> None:
    assert "mountainous_unknown" in rules_of(make_cluster("ccn-8", established_area_ha="8"))
    assert "mountainous_unknown" not in rules_of(make_cluster("ccn-20", established_area_ha="20"))


def test_the_shipped_registry_check_list(thai_nguyen_data, settings, client) -> None:  # type: ignore[no-untyped-def]
    load_clusters(settings.DATA_DIR / "thai_nguyen" / "clusters")
    from provind.clusters.models import IndustrialCluster

    findings = check_registry(IndustrialCluster.objects.all(), ON)
    without_investor = {f.cluster.code for f in findings if f.rule == "established_without_investor"}
    assert "kha-son" in without_investor  # established earlier, investor not in the source
    html = client.get("/clusters/checks/", {"as_of": "2025-12-31"}).content.decode()
    assert 'data-rule="established_without_investor"' in html
    assert "Điều 8" in html
    page = client.get("/clusters/kha-son/").content.decode()
    assert 'id="findings"' in page
