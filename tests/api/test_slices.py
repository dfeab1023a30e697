"""National slices: one indicator × period for the children of a unit, keyset pages, streamed
CSV and SDMX-CSV, ETag/Last-Modified, and generated (synthetic) figures kept apart."""

from __future__ import annotations

import csv
import io
import json

import pytest

from provind.geography.models import REFORM_DATE, AdminUnit
from provind.geography.queries import resolve_unit
from provind.indicators.models import Source
from tests.indicators.factories import add

pytestmark = pytest.mark.django_db

URL = "/api/v1/observations/slice"


def body(response):
    return b"".join(response).decode("utf-8-sig")


@pytest.fixture
def communes():
    province = resolve_unit("19", REFORM_DATE)
    codes = list(AdminUnit.objects.filter(parent=province).order_by("code").values_list("code", flat=True)[:3])
    for i, code in enumerate(codes):
        add("retail_sales_services", code, "2025-08", 10 + i, vintage="2025-09-05")
        add("retail_sales_services", code, "2025-YTD08", 80 + i, vintage="2025-09-05")
    other = AdminUnit.objects.filter(parent=resolve_unit("01", REFORM_DATE)).order_by("code").first()
    add("retail_sales_services", other.code, "2025-08", 99, vintage="2025-09-05")
    return codes


def test_it_returns_the_children_of_a_unit_for_one_period(client, communes):
    response = client.get(URL, {"indicator": "retail_sales_services", "period": "2025-08", "parent": "19"})

    data = json.loads(body(response))
    assert response.status_code == 200
    assert sorted(r["unit"] for r in data["rows"]) == communes
    assert {r["period"] for r in data["rows"]} == {"2025-08"}
    assert data["next"] is None


def test_the_observation_list_takes_a_parent_too(client, communes):
    rows = client.get("/api/v1/observations", {"indicator": "retail_sales_services", "parent": "19"}).json()

    assert sorted({r["unit"] for r in rows}) == communes
    assert len(rows) == 6


def test_it_pages_with_a_cursor_without_gaps_or_repeats(client, communes):
    seen, cursor, pages = [], 0, 0
    while True:
        data = json.loads(body(client.get(URL, {"indicator": "retail_sales_services", "limit": 2, "cursor": cursor})))
        seen += [r["id"] for r in data["rows"]]
        pages += 1
        if data["next"] is None:
            break
        cursor = data["next"]
    assert pages >= 4
    assert len(seen) == len(set(seen)) == 7
    assert seen == sorted(seen)


def test_it_streams_the_whole_slice_as_csv(client, communes):
    response = client.get(URL, {"indicator": "retail_sales_services", "parent": "19", "format": "csv"})

    assert response.streaming
    rows = list(csv.DictReader(io.StringIO(body(response))))
    assert len(rows) == 6
    assert {r["period"] for r in rows} == {"2025-08", "2025-YTD08"}
    assert {r["value"] for r in rows if r["period"] == "2025-08"} == {"10", "11", "12"}


def test_it_exports_any_slice_as_sdmx_csv(client, communes):
    response = client.get(URL, {"indicator": "retail_sales_services", "parent": "19", "format": "sdmx"})

    rows = list(csv.DictReader(io.StringIO(body(response))))
    assert list(rows[0])[:3] == ["STRUCTURE", "STRUCTURE_ID", "ACTION"]
    by_period = {r["TIME_PERIOD"]: r for r in rows}
    assert set(by_period) == {"2025-08", "2025-01-01/P8M"}
    assert by_period["2025-08"]["FREQ"] == "M"
    assert by_period["2025-08"]["OBS_STATUS"] == "E"
    assert by_period["2025-08"]["INDICATOR"] == "retail_sales_services"
    assert {r["REF_AREA"] for r in rows} == set(communes)


def test_it_answers_304_until_a_figure_is_added(client, communes):
    params = {"indicator": "retail_sales_services", "period": "2025-08"}
    first = client.get(URL, params)
    etag = first["ETag"]
    assert first["Last-Modified"]

    assert client.get(URL, params, headers={"if-none-match": etag}).status_code == 304
    add("retail_sales_services", communes[0], "2025-08", 13, "official", "2025-12-01")
    again = client.get(URL, params, headers={"if-none-match": etag})
    assert again.status_code == 200
    assert again["ETag"] != etag


def test_it_leaves_out_synthetic_figures_when_asked(client, communes):
    Source.objects.filter(observations__unit__code=communes[0]).update(synthetic=True)
    params = {"indicator": "retail_sales_services", "period": "2025-08", "synthetic": "false"}

    data = json.loads(body(client.get(URL, params)))

    assert data["rows"] == []  # every row of the factory shares one source, now marked synthetic
    assert len(json.loads(body(client.get(URL, {**params, "synthetic": "true"})))["rows"]) == 4


@pytest.mark.parametrize(
    ("params", "field"),
    [
        ({"indicator": "retail_sales_services", "format": "xml"}, "format"),
        ({"indicator": "retail_sales_services", "parent": "zz"}, "parent"),
        ({"indicator": "retail_sales_services", "limit": 0}, "limit"),
        ({"indicator": "no_such_thing"}, "indicator"),
        ({"indicator": "retail_sales_services", "period": "tháng 13"}, "period"),
    ],
)
def test_it_refuses_bad_requests_in_both_languages(client, params, field):
    response = client.get(URL, params)

    assert response.status_code == 400
    error = response.json()["errors"][0]
    assert error["field"] == field
    assert error["message_vi"]
    assert error["message_en"]


def test_a_parent_is_resolved_once(client, communes, django_assert_num_queries):
    params = {"indicator": "retail_sales_services", "period": "2025-08", "parent": "19"}
    # The indicator, the parent's versions, their children, the data version (3), the page.
    with django_assert_num_queries(7):
        response = client.get(URL, params)
        rows = json.loads(body(response))["rows"]
    assert sorted(r["unit"] for r in rows) == communes
