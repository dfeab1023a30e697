from decimal import Decimal

import pytest
from django.conf import settings

from provind.clusters.loading import load_clusters
from provind.clusters.models import EventKind
from tests.clusters.factories import add_event, make_cluster

pytestmark = pytest.mark.django_db


@pytest.fixture
def registry(thai_nguyen_data):
    load_clusters(settings.DATA_DIR / "thai_nguyen" / "clusters")


def test_the_summary_gives_the_plan_totals_funnel_and_reported_facts(client, registry):
    body = client.get("/api/v1/clusters/summary", {"province": "19", "as_of": "2024-12-31"}).json()

    assert body["plan_count"] == 41
    assert Decimal(body["plan_area_ha"]) == Decimal("2067")
    funnel = {step["key"]: step["count"] for step in body["funnel"]}
    # every established cluster has an investor (its establishment decision names one)
    assert funnel == {"in_plan": 18, "with_investor": 13, "established": 13, "operating": 1}
    reported = {r["indicator"]: Decimal(r["value"]) for r in body["reported"]}
    assert reported == {"cluster_with_investor": 27, "cluster_operating": 11}
    assert all(r["source_url"] for r in body["reported"])
    assert body["completeness_en"] == "13 of 41 planned clusters recorded."  # only those shown in QĐ 222
    assert "2.067 ha" in body["sentence_vi"]


def test_the_list_filters_by_status_and_date(client, registry):
    operating = client.get("/api/v1/clusters", {"province": "19", "status": "operating", "as_of": "2024-12-31"}).json()
    removed = client.get("/api/v1/clusters", {"status": "removed_from_plan", "as_of": "2024-12-31"}).json()

    assert [c["code"] for c in operating] == ["son-cam-3"]
    assert operating[0]["commune"]["name"] == "Phường Quan Triều"
    assert len(removed) == 5


def test_one_cluster_has_its_timeline_and_plan_history(client, registry):
    body = client.get("/api/v1/clusters/yen-lac").json()

    assert body["name"] == "Yên Lạc"
    assert Decimal(body["established_area_ha"]) == Decimal("25.6")
    assert [e["kind"] for e in body["events"]] == ["established", "amended"]
    assert body["plan_entries"][0]["decision_number"] == "222/QĐ-TTg"
    assert body["investor"].startswith("Công ty CP Đầu tư xây dựng")


def test_summary_is_not_read_as_a_cluster_code(client):
    make_cluster("summary-not", "CCN (synthetic)")

    response = client.get("/api/v1/clusters/summary")

    assert response.status_code == 200
    assert "funnel" in response.json()


@pytest.mark.parametrize(
    ("path", "params", "field"),
    [
        ("/api/v1/clusters", {"status": "flying"}, "status"),
        ("/api/v1/clusters", {"province": "99"}, "unit"),
        ("/api/v1/clusters/summary", {"as_of": "31/12/2024"}, "as_of"),
        ("/api/v1/clusters/summary", {"province": "06", "as_of": "2025-12-31"}, "unit"),
        ("/api/v1/clusters/summary", {"province": "173", "as_of": "2024-01-01"}, "province"),
    ],
)
def test_bad_arguments_are_400_in_vietnamese_and_english(client, path, params, field):
    response = client.get(path, params)

    assert response.status_code == 400
    error = response.json()["errors"][0]
    assert error["field"] == field
    assert error["message_vi"]
    assert error["message_en"]


def test_an_unknown_code_is_404_with_a_clear_message(client):
    response = client.get("/api/v1/clusters/khong-co")

    assert response.status_code == 404
    assert "Không có cụm công nghiệp" in response.json()["detail"]
    assert "no industrial cluster" in response.json()["detail"]


def test_a_synthetic_cluster_moves_through_the_funnel(client):
    cluster = make_cluster("ccn-api", "CCN API (synthetic)")
    add_event(cluster, EventKind.IN_PLAN, "2023-01-01")
    add_event(cluster, EventKind.OPERATING_NOT_ESTABLISHED, "2024-01-01")

    before = client.get("/api/v1/clusters/summary", {"as_of": "2023-06-01"}).json()
    after = client.get("/api/v1/clusters/summary", {"as_of": "2024-06-01"}).json()

    assert [s["count"] for s in before["funnel"]] == [1, 0, 0, 0]
    assert [s["count"] for s in after["funnel"]] == [1, 0, 0, 1]
    assert after["operating_not_established"] == 1
    assert after["plan_count"] is None


def test_the_endpoints_are_in_the_openapi_schema(client):
    paths = client.get("/api/v1/openapi.json").json()["paths"]

    assert {"/api/v1/clusters", "/api/v1/clusters/summary", "/api/v1/clusters/{code}"} <= set(paths)
