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


# Issue 15, third pass: the observations call is one compiled query (indicator and unit resolved
# inside it); the names are looked up only when the answer is empty.
OBS = {"indicator": "export_value", "unit": "19", "period": "2025-08"}


def test_observations_answer_in_one_query(client, django_assert_num_queries):
    add("export_value", "19", "2025-08", "10")
    add("export_value", "19", "2025-08", "11", "official", "2025-11-05")
    client.get("/api/v1/observations", OBS)  # compiles the query shape once per process

    with django_assert_num_queries(1):
        body = client.get("/api/v1/observations", OBS).json()

    assert [(r["value"], r["status"]) for r in body] == [("10.000000", "estimate"), ("11.000000", "official")]
    assert body[0]["unit_valid_from"] == "2025-07-01"
    assert body[0]["period_label"] == "tháng 8/2025"
    assert body[0]["source"]["span"] is None


def test_an_empty_answer_checks_the_names_in_one_more_query(client, django_assert_num_queries):
    client.get("/api/v1/observations", OBS)

    with django_assert_num_queries(2):
        assert client.get("/api/v1/observations", OBS).json() == []
    with django_assert_num_queries(2):
        response = client.get("/api/v1/observations", {**OBS, "indicator": "nope"})
    assert response.status_code == 400
    assert response.json()["errors"][0]["field"] == "indicator"
    response = client.get("/api/v1/observations", {**OBS, "unit": "zz"})
    assert response.status_code == 400
    assert response.json()["errors"][0]["field"] == "unit"
    assert "31/08/2025" in response.json()["errors"][0]["message_vi"]


def test_the_compiled_query_keeps_each_readers_visibility(client, cast):
    add("export_value", "19", "2025-08", "10", published=False)

    assert client.get("/api/v1/observations", OBS).json() == []  # the public first: published only
    client.force_login(cast["department_editor"])
    assert [r["value"] for r in client.get("/api/v1/observations", OBS).json()] == ["10.000000"]
    client.logout()
    assert client.get("/api/v1/observations", OBS).json() == []


def test_the_compiled_query_takes_each_requests_values(client):
    add("export_value", "19", "2025-08", "10", vintage="2025-09-05")
    add("export_value", "19", "2025-08", "12", "official", "2025-11-05")
    add("export_value", "19", "2025-09", "20", vintage="2025-10-05")
    add("import_value", "19", "2025-08", "30")
    add("export_value", "19", "2024-08", "5")  # old Thái Nguyên: code 19 read by the period

    def values(**params):
        return [r["value"] for r in client.get("/api/v1/observations", {**OBS, **params}).json()]

    assert values() == ["10.000000", "12.000000"]
    assert values(period="2025-09") == ["20.000000"]
    assert values(indicator="import_value") == ["30.000000"]
    assert values(period="2024-08") == ["5.000000"]
    assert values(as_of="2025-10-01") == ["10.000000"]
    assert values(as_of="2025-12-01") == ["10.000000", "12.000000"]
    assert values(status="official") == ["12.000000"]
    assert values(limit=1, offset=1) == ["12.000000"]
    assert values(breakdown="ownership=state") == []
    assert client.get("/api/v1/observations", {**OBS, "limit": 0}).status_code == 400
