"""One definition per figure (issue 9): the same cluster on the same date gives the same occupancy
on the cluster list (API), the cluster's page, the API detail and the public land page; a cluster
whose investor filed Form 02 for the running window is never "not reported"."""

from __future__ import annotations

import re
from decimal import Decimal

import pytest
from django.utils import timezone

from provind.clusters.circular14.submissions import submit_form02
from provind.clusters.windows import ReportingWindow
from tests.clusters.factories import add_event, add_tenant, make_cluster, make_investor
from tests.clusters.form_factories import form02_data
from tests.conftest import make_user

pytestmark = pytest.mark.django_db


def _running_window() -> ReportingWindow:
    today = timezone.localdate()
    year = today.year + 1 if (today.month, today.day) >= (12, 15) else today.year
    half = ReportingWindow(year, True)
    return half if today <= half.end else ReportingWindow(year, False)


@pytest.fixture
def cluster_with_form02(db: None):  # type: ignore[no-untyped-def]
    cluster = make_cluster(
        "ccn-mot",
        "CCN Một định nghĩa (synthetic)",
        established_area_ha="40",
        industrial_land_ha="30",
        investor=make_investor(),
    )
    add_event(cluster, "in_plan", "2023-03-14")
    add_event(cluster, "established", "2024-01-10", area_ha="40")
    add_event(cluster, "operating", "2024-05-01")
    add_tenant(cluster, "6")  # the tenants alone give 20 %
    # The investor's Form 02 for the running window: 24 ha leased of 30 = 80 %.
    submit_form02(
        cluster=cluster,
        window=_running_window(),
        data=form02_data(land_ready_ha=Decimal("30"), land_leased_ha=Decimal("24"), occupancy_pct=Decimal("80")),
        user=make_user("dev", None, is_superuser=True),
    )
    return cluster


def test_occupancy_is_the_same_on_every_page(client, cluster_with_form02) -> None:  # type: ignore[no-untyped-def]
    listed = {c["code"]: c for c in client.get("/api/v1/clusters", {"province": "19"}).json()}
    detail = client.get("/api/v1/clusters/ccn-mot").json()
    page = client.get("/clusters/ccn-mot/").content.decode()

    from_list = Decimal(str(listed["ccn-mot"]["occupancy"]["pct"]))
    from_detail = Decimal(str(detail["occupancy"]["pct"]))
    shown = re.search(r'data-testid="occupancy">([^<]+)<', page)
    assert shown is not None
    assert from_list == from_detail == Decimal("80")
    assert shown.group(1).strip().startswith("80")  # was 20 % from the tenants on this page


def test_the_public_land_page_uses_the_filed_form02(client, cluster_with_form02) -> None:  # type: ignore[no-untyped-def]
    html = client.get("/land/").content.decode()

    row = re.search(r'<tr data-cluster="ccn-mot">(.*?)</tr>', html, re.S)
    assert row is not None
    assert "chưa báo cáo" not in row.group(1)
    assert "not reported" not in row.group(1)
    assert "6" in row.group(1)  # 30 − 24 ha unleased


# --- where a cluster lies and the plans in force: one rule (clusters.territory) everywhere ------


@pytest.fixture
def shipped(thai_nguyen_data: None, settings) -> None:  # type: ignore[no-untyped-def]
    from provind.clusters.loading import load_clusters

    load_clusters(settings.DATA_DIR / "thai_nguyen" / "clusters")


@pytest.mark.parametrize("window", ["2024H1", "2024", "2025"])
def test_the_same_clusters_and_plans_on_the_list_the_summary_and_form_04(client, shipped, window) -> None:  # type: ignore[no-untyped-def]
    from provind.clusters.models import IndustrialCluster
    from provind.clusters.queries import stage_of

    end = ReportingWindow.parse(window).end
    form = client.get("/api/v1/forms/04", {"province": "19", "window": window}).json()
    listed = {c["code"] for c in client.get("/api/v1/clusters", {"province": "19", "as_of": end}).json()}
    page = client.get("/clusters/", {"province": "19", "as_of": end.isoformat()}).content.decode()
    on_page = set(re.findall(r'<tr data-cluster="([^"]+)"', page))
    summary = client.get("/api/v1/clusters/summary", {"province": "19", "as_of": end}).json()

    # The form counts every cluster lying in the unit; the list shows those the registry knows by then.
    known = {c.code for c in IndustrialCluster.objects.filter(code__in=form["clusters"]) if stage_of(c, end)}
    assert known == listed == on_page
    # Clusters the registry places only by the province code and the 2021 plan revision lie in old
    # Thái Nguyên on the form as on the list (the form used to leave them out).
    assert "thuong-dinh" in listed
    plans = {p["decision_number"] or p["name"] for p in summary["plans"] + summary["other_plans"]}
    assert plans == set(form["plans"])
    assert ("1876/QĐ-UBND" in plans) == (window == "2025")  # Bắc Kạn's plan only for the merged province


def test_the_public_land_page_lists_clusters_of_the_province_it_names(client, shipped) -> None:  # type: ignore[no-untyped-def]
    html = client.get("/land/", {"province": "19"}).content.decode()
    on_land = set(re.findall(r'<tr data-cluster="([^"]+)"', html))
    established = {
        c["code"] for c in client.get("/api/v1/clusters", {"province": "19", "status": "established"}).json()
    }
    assert on_land
    assert on_land <= established


def test_a_cluster_stands_at_its_own_point_else_at_its_commune_on_both_maps(client, db) -> None:  # type: ignore[no-untyped-def]
    from provind.clusters.territory import map_position
    from provind.web.maps import cluster_points

    placed = make_cluster("ccn-co-toa-do", "CCN Có tọa độ (synthetic)", latitude=21.5, longitude=105.8)
    by_commune = make_cluster("ccn-theo-xa", "CCN Theo xã (synthetic)", commune="05941")
    commune = by_commune.commune
    assert commune is not None
    commune.latitude, commune.longitude = 21.4, 106.0
    commune.save()
    unknown = make_cluster("ccn-chua-ro", "CCN Chưa rõ vị trí (synthetic)")

    assert map_position(placed) == (21.5, 105.8, True)
    assert map_position(by_commune) == (21.4, 106.0, False)
    assert map_position(unknown) is None
    portfolio = {p["name"]: (p["lat"], p["lon"], p["exact"]) for p in cluster_points()}
    page = client.get("/clusters/map/").content.decode()
    assert portfolio == {
        "CCN Có tọa độ (synthetic)": (21.5, 105.8, True),
        "CCN Theo xã (synthetic)": (21.4, 106.0, False),
    }
    assert "ccn-theo-xa" in page
    assert "ccn-chua-ro" not in page
