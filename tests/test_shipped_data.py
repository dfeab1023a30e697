"""The data Provind ships: every figure has a source and passes the same import users face."""

import csv

import pytest
from django.conf import settings

from provind.bootstrap import load_thai_nguyen
from provind.indicators.models import Indicator, Observation, Target
from provind.indicators.periods import parse_period
from tests.extraction.schema import schema_indicator_codes

THAI_NGUYEN = settings.DATA_DIR / "thai_nguyen"


def test_it_gives_every_row_a_source():
    for name in ("observations.csv", "targets.csv"):
        with (THAI_NGUYEN / name).open(encoding="utf-8") as fh:
            for line, row in enumerate(csv.DictReader(fh), start=2):
                assert row["source_url"], f"{name}:{line} has no source"


def test_it_ships_every_indicator_code_of_the_extraction_schema(db):
    schema_codes = schema_indicator_codes() - {"other"}

    assert schema_codes <= set(Indicator.objects.values_list("code", flat=True))


def test_it_loads_the_thai_nguyen_data_through_the_validated_import(db):
    created, targets = load_thai_nguyen()

    assert created == Observation.objects.count() > 40
    assert targets == Target.objects.count() > 0
    seed = Observation.objects.filter(period_code="2024-YTD07", unit__code="19")
    assert {o.indicator.code: str(o.value.normalize()) for o in seed} == {
        "iip": "7.1",
        "retail_sales_services": "4.5E+4",
        "export_value": "17.6",
        "import_value": "1E+1",
        "cluster_with_investor": "27",
        "cluster_operating": "11",  # published with the 7-month data (issue 9)
    }
    assert {o.status for o in seed} == {"estimate"}


def test_it_reproduces_the_seed_on_the_dashboard(client, thai_nguyen_data):
    html = client.get("/", {"period": "2024-YTD07"}).content.decode()

    cards = {
        code: html.split(f'data-indicator="{code}"')[1].split("</article>")[0]
        for code in ("iip", "retail_sales_services", "export_value", "import_value")
    }
    assert "+7,1%" in cards["iip"]
    assert "trên" in cards["retail_sales_services"]
    assert "45.000" in cards["retail_sales_services"]
    assert "+16,3%" in cards["retail_sales_services"]
    assert "17,6" in cards["export_value"]
    assert "+12,8%" in cards["export_value"]
    assert "10 " in cards["import_value"]
    for card in cards.values():
        assert "7 tháng năm 2024" in card
        assert "ước tính" in card


@pytest.mark.parametrize("period", ["2024-YTD07", "2020-YTD09", "2025-H1"])
def test_it_stores_periods_in_canonical_form(db, thai_nguyen_data, period):
    assert Observation.objects.filter(period_code=parse_period(period).code).exists()


def test_it_computes_the_2020_plan_percentage_from_stored_values(client, thai_nguyen_data):
    body = client.get(
        "/api/v1/observations/compare", {"indicator": "industrial_output_value", "unit": "19", "period": "2020-YTD09"}
    ).json()

    assert body["plan_pct_source"] == "computed"
    assert round(float(body["plan_pct"]), 1) == 70.7
