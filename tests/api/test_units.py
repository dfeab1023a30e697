import datetime as dt

import pytest
from django.core.cache import cache

from provind.geography.models import REFORM_DATE, AdminUnit
from provind.geography.queries import resolve_unit

pytestmark = pytest.mark.django_db


def test_it_lists_the_92_units_of_new_thai_nguyen(client):
    response = client.get("/api/v1/units", {"at": "2025-07-01", "parent": "19"})

    assert response.status_code == 200
    body = response.json()
    assert len(body) == 92
    assert set(body[0]) == {"code", "name", "kind", "parent", "valid_from", "valid_to"}
    assert {row["parent"] for row in body} == {"19"}
    assert {row["valid_from"] for row in body} == {"2025-07-01"}


def test_it_lists_the_nine_districts_of_old_thai_nguyen(client):
    body = client.get("/api/v1/units", {"at": "2025-06-30", "parent": "19"}).json()

    assert len(body) == 9
    assert {row["valid_to"] for row in body} == {"2025-06-30"}
    assert "Huyện Phú Bình" in {row["name"] for row in body}


def test_it_lists_provinces_without_a_parent(client):
    assert len(client.get("/api/v1/units", {"at": "2025-07-01"}).json()) == 34
    assert len(client.get("/api/v1/units", {"at": "2024-07-31"}).json()) == 63


def test_it_rejects_a_bad_date_with_400(client):
    response = client.get("/api/v1/units", {"at": "2025-13-45", "parent": "19"})

    assert response.status_code == 400
    body = response.json()
    assert body["errors"][0]["field"] == "at"
    assert "không hợp lệ" in body["detail"]


def test_it_rejects_an_unknown_parent_with_400(client):
    response = client.get("/api/v1/units", {"at": "2025-07-01", "parent": "164"})

    assert response.status_code == 400
    detail = response.json()["detail"]
    assert "164" in detail
    assert "no administrative unit" in detail
    assert "Không có đơn vị" in detail or "không có đơn vị" in detail


def test_it_shows_a_unit_with_its_predecessors(client):
    body = client.get("/api/v1/units/19", {"at": "2025-07-01"}).json()

    assert body["name"] == "Tỉnh Thái Nguyên"
    assert sorted(link["unit"]["code"] for link in body["predecessors"]) == ["06", "19"]
    assert all(link["weight"] == 1.0 for link in body["predecessors"])


def test_it_publishes_the_openapi_document(client):
    doc = client.get("/api/v1/openapi.json").json()

    assert doc["openapi"].startswith("3.")
    assert "/api/v1/units" in doc["paths"]
    params = {p["name"] for p in doc["paths"]["/api/v1/units"]["get"]["parameters"]}
    assert {"at", "parent"} <= params


def test_it_serves_the_api_docs_without_a_cdn(client):
    html = client.get("/api/v1/docs").content.decode()

    assert "/static/ninja/swagger-ui-bundle" in html
    assert "cdn.jsdelivr.net" not in html


@pytest.fixture
def fresh_cache():
    cache.clear()
    yield
    cache.clear()


def test_the_unit_list_is_cached_until_a_unit_is_added(client, fresh_cache, django_assert_max_num_queries):
    query = {"at": "2025-07-01", "parent": "19"}
    first = client.get("/api/v1/units", query).json()
    with django_assert_max_num_queries(1):  # the version aggregate only; the list from the cache
        again = client.get("/api/v1/units", query).json()
    assert again == first

    parent = resolve_unit("19", REFORM_DATE)
    AdminUnit.objects.create(code="99999", name="Xã Thử", kind="commune", parent=parent, valid_from=REFORM_DATE)
    after = client.get("/api/v1/units", query).json()

    assert len(after) == len(first) + 1 == 93
    assert {
        "code": "99999",
        "name": "Xã Thử",
        "kind": "commune",
        "parent": "19",
        "valid_from": "2025-07-01",
        "valid_to": None,
    } in after


def test_the_unit_list_follows_a_unit_closed_in_place(client, fresh_cache):
    query = {"at": "2025-07-01", "parent": "19"}
    first = client.get("/api/v1/units", query).json()
    AdminUnit.objects.filter(code=first[0]["code"], valid_from=REFORM_DATE).update(valid_to=dt.date(2030, 6, 30))

    after = client.get("/api/v1/units", query).json()

    assert after[0]["valid_to"] == "2030-06-30"


def test_all_communes_of_the_country_on_a_date(client, fresh_cache):
    body = client.get("/api/v1/units", {"at": "2025-07-01", "kind": "commune"}).json()

    assert len(body) > 2000
    assert {row["kind"] for row in body} == {"commune"}
    assert all(row["parent"] for row in body)
