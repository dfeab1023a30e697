"""Issue 9: the funnel and the cluster summary say what each figure covers (the same fields as a
form's items); an unknown area is never 0; the page and the API JSON show it."""

import datetime as dt
from decimal import Decimal

import pytest

from provind.clusters import queries
from provind.clusters.models import EventKind
from tests.clusters.factories import add_event, add_tenant, list_in_plan, make_cluster, make_investor, make_plan

pytestmark = pytest.mark.django_db
ON = dt.date(2024, 12, 31)


def _two_clusters(*, count: int = 2, second_area: str | None = None):
    """A plan of `count` clusters; A (40 ha planned, 38 established, operating, with tenants) and B
    (in the plan, its area `second_area`)."""
    plan = make_plan(on="2023-03-14", count=count, area_ha="100")
    a = make_cluster("ccn-a", "CCN A (synthetic)", investor=make_investor(), industrial_land_ha="20")
    list_in_plan(plan, a, area_ha="40")
    add_event(a, EventKind.ESTABLISHED, "2023-11-15", area_ha="38")
    add_event(a, EventKind.OPERATING, "2024-02-01")
    add_tenant(a, "10")
    b = make_cluster("ccn-b", "CCN B (synthetic)")
    list_in_plan(plan, b, area_ha=second_area)
    return a, b


def test_a_step_is_complete_only_when_the_registry_holds_the_plan_and_every_area():
    _two_clusters(second_area="60")

    s = queries.summary(province_code="19", as_of=ON)

    in_plan = s.step("in_plan")
    assert (in_plan.count, in_plan.area_ha, in_plan.area_unknown) == (2, Decimal(100), 0)
    assert in_plan.complete is True
    assert in_plan.lacking == []
    assert in_plan.basis == "registry"
    assert "2/2" in in_plan.coverage_vi
    assert s.recorded_completeness.complete is True
    assert s.plan_completeness.complete is True
    assert s.plan_completeness.basis == "reported"
    assert s.occupancy_completeness.complete is True  # A is the one operating cluster: 10/20 ha
    assert s.complete is True


def test_a_cluster_without_an_area_makes_the_step_incomplete_and_is_named():
    _two_clusters(second_area=None)

    step = queries.summary(province_code="19", as_of=ON).step("in_plan")

    assert (step.count, step.area_ha, step.area_unknown) == (2, Decimal(40), 1)
    assert step.complete is False
    assert step.lacking == ["CCN B (synthetic) (diện tích)"]
    assert "1/2 cụm có diện tích" in step.coverage_vi
    assert "1 of 2 clusters with an area" in step.coverage_en


def test_an_area_no_member_has_is_unknown_not_zero():
    plan = make_plan(on="2023-03-14", count=1)
    list_in_plan(plan, make_cluster(), area_ha=None)

    step = queries.summary(province_code="19", as_of=ON).step("in_plan")

    assert step.count == 1
    assert step.area_ha is None
    assert step.complete is False
    # an empty step is a true zero
    assert queries.summary(province_code="19", as_of=ON).step("operating").area_ha == Decimal(0)


def test_a_registry_short_of_the_plan_is_incomplete_on_every_step():
    # the plan has 5 clusters, the registry records 2
    _two_clusters(count=5, second_area="60")

    s = queries.summary(province_code="19", as_of=ON)

    assert s.recorded_completeness.complete is False
    assert s.recorded_completeness.lacking == ["3 cụm của quy hoạch chưa có trong sổ"]
    assert all(not step.complete for step in s.funnel)
    assert all("2/5" in step.coverage_vi for step in s.funnel)
    assert s.occupancy_completeness.complete is False
    assert s.complete is False


def test_without_plan_totals_nothing_counted_over_the_registry_is_complete():
    plan = make_plan(on="2023-03-14", count=None, area_ha=None)
    list_in_plan(plan, make_cluster(established_area_ha="10"), area_ha="10")

    s = queries.summary(province_code="19", as_of=ON)

    assert s.plan_count is None
    assert s.plan_completeness.complete is False
    assert s.recorded_completeness.complete is False
    assert "chưa rõ tổng số theo quy hoạch" in s.recorded_completeness.coverage_vi
    assert s.step("in_plan").complete is False


def test_a_plan_without_its_area_total_is_incomplete():
    plan = make_plan(on="2023-03-14", count=1, area_ha=None)
    list_in_plan(plan, make_cluster(), area_ha="10")

    s = queries.summary(province_code="19", as_of=ON)

    assert s.plan_area_ha is None
    assert s.plan_completeness.complete is False
    assert s.plan_completeness.lacking == ["tổng diện tích của 1/QĐ-THU"]
    assert s.recorded_completeness.complete is True


def test_operating_clusters_without_occupancy_make_the_average_incomplete():
    a, b = _two_clusters(second_area="60")
    add_event(b, EventKind.OPERATING, "2024-03-01")  # no land, no tenants, no Form 02

    s = queries.summary(province_code="19", as_of=ON)

    assert s.average_occupancy_pct == Decimal(50)  # A only
    assert s.occupancy_completeness.complete is False
    assert s.occupancy_completeness.lacking == ["CCN B (synthetic) (tỷ lệ lấp đầy)"]
    assert "1/2 cụm đang hoạt động có tỷ lệ lấp đầy" in s.occupancy_completeness.coverage_vi
    assert s.occupancy_completeness.basis == "registry"  # from tenants, not a Form 02


def test_the_summary_api_carries_the_fields_per_step_and_figure(client):
    _two_clusters(second_area=None)

    body = client.get("/api/v1/clusters/summary", {"province": "19", "as_of": "2024-12-31"}).json()

    step = next(f for f in body["funnel"] if f["key"] == "in_plan")
    assert step["complete"] is False
    assert step["lacking"] == ["CCN B (synthetic) (diện tích)"]
    assert {"coverage_vi", "coverage_en", "basis", "uses", "published"} <= set(step)
    assert body["complete"] is False
    assert body["plan_completeness"]["complete"] is True
    assert body["occupancy_completeness"]["basis"] == "registry"


def test_the_registry_page_shows_incomplete_steps_with_what_they_cover(client):
    _two_clusters(second_area=None)

    html = client.get("/clusters/", {"as_of": "2024-12-31"}).content.decode()

    assert 'data-step="in_plan" data-complete="false"' in html
    assert "1/2 cụm có diện tích" in html
    assert 'data-figure="plan" data-complete="true"' in html


def test_the_shipped_funnel_shows_the_published_counts_beside_the_registry(thai_nguyen_data):
    from django.conf import settings

    from provind.clusters.loading import load_clusters

    load_clusters(settings.DATA_DIR / "thai_nguyen" / "clusters")

    s = queries.summary(province_code="19", as_of=ON)

    operating = s.step("operating")
    assert operating.published is not None
    assert operating.published.value == 11
    assert operating.uses == "registry"
    assert operating.count == 1
    assert operating.complete is False  # 13 of the 41 recorded
    assert "số công bố: 11" in operating.coverage_vi
