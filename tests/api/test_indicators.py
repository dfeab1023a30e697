from decimal import Decimal

import pytest

from tests.indicators.factories import add

pytestmark = pytest.mark.django_db


def test_it_lists_the_catalogue(client):
    body = client.get("/api/v1/indicators").json()

    codes = {row["code"] for row in body}
    assert {"iip", "retail_sales_services", "export_value", "import_value", "cluster_count"} <= codes


def test_it_lists_observations_with_labels_and_sources(client):
    add("export_value", "19", "2024-YTD07", "17.6", vintage="2024-08-05")
    add("export_value", "19", "2024-YTD07", "17.7", "official", "2025-10-06")

    body = client.get(
        "/api/v1/observations", {"indicator": "export_value", "unit": "19", "period": "7 tháng năm 2024"}
    ).json()

    assert len(body) == 2
    first = body[0]
    assert {"indicator", "unit", "period", "period_label", "value", "status", "vintage", "source"} <= set(first)
    assert first["period"] == "2024-YTD07"
    assert first["period_label"] == "7 tháng năm 2024"
    assert first["source"]["title"].startswith("Dữ liệu tổng hợp")
    as_of = client.get("/api/v1/observations", {"indicator": "export_value", "as_of": "2024-12-31"}).json()
    assert [r["status"] for r in as_of] == ["estimate"]


def test_it_reads_unit_19_as_the_unit_valid_in_the_period(client):
    add("export_value", "19", "2024-H2", "10")
    add("export_value", "19", "2025-H2", "11")

    old = client.get("/api/v1/observations", {"unit": "19", "period": "2024-H2"}).json()
    new = client.get("/api/v1/observations", {"unit": "19", "period": "2025-H2"}).json()

    assert old[0]["unit_valid_to"] == "2025-06-30"
    assert new[0]["unit_valid_from"] == "2025-07-01"


def test_it_compares_with_last_year_and_the_plan(client):
    add("industrial_output_value", "19", "2019-YTD09", "553790")
    add("industrial_output_value", "19", "2020-YTD09", "567634.2")
    add("industrial_output_value", "19", "2020", "803300", "plan")

    body = client.get(
        "/api/v1/observations/compare", {"indicator": "industrial_output_value", "unit": "19", "period": "2020-YTD09"}
    ).json()

    assert Decimal(body["value"]) == Decimal("567634.2")
    assert Decimal(body["previous_value"]) == Decimal("553790")
    assert round(Decimal(body["yoy_pct"]), 1) == Decimal("2.5")
    assert round(Decimal(body["plan_pct"]), 1) == Decimal("70.7")
    assert body["yoy_source"] == body["plan_pct_source"] == "computed"


@pytest.mark.parametrize(
    ("params", "field"),
    [
        ({"indicator": "nope", "unit": "19", "period": "2024"}, "indicator"),
        ({"indicator": "iip", "unit": "19", "period": "quý 9/2024"}, "period"),
        ({"indicator": "iip", "unit": "999", "period": "2024"}, "unit"),
        ({"indicator": "iip", "unit": "19"}, "period"),
    ],
)
def test_it_answers_bad_compare_requests_with_400(client, params, field):
    response = client.get("/api/v1/observations/compare", params)

    assert response.status_code == 400
    assert response.json()["errors"][0]["field"] == field


def test_it_documents_the_indicator_endpoints(client):
    paths = client.get("/api/v1/openapi.json").json()["paths"]

    assert {"/api/v1/indicators", "/api/v1/observations", "/api/v1/observations/compare"} <= set(paths)


def test_it_compares_a_multi_year_plan_without_a_previous_year(client):
    add("cluster_count", "19", "2021-2030", "41", "plan")

    response = client.get(
        "/api/v1/observations/compare", {"indicator": "cluster_count", "unit": "19", "period": "2021-2030"}
    )

    assert response.status_code == 200
    assert response.json()["previous_period"] is None
    assert response.json()["yoy_pct"] is None
    assert client.get("/", {"period": "2021-2030"}).status_code == 200


def test_it_refuses_an_unknown_unit_code(client):
    response = client.get("/api/v1/observations", {"unit": "zz"})

    assert response.status_code == 400
    assert response.json()["errors"][0]["field"] == "unit"
