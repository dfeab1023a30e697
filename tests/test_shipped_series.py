"""Thái Nguyên's real series (issue 12): what ships, what the API serves from it, and where the
year-on-year change computed from stored pairs differs from the change the source printed."""

from __future__ import annotations

import csv
from collections import Counter
from decimal import Decimal

import pytest
from django.conf import settings

from provind.indicators.models import Observation
from provind.indicators.queries import yoy_disagrees

THAI_NGUYEN = settings.DATA_DIR / "thai_nguyen"

# What this data set ships today (rows of observations.csv per indicator). A floor, not an exact
# count: adding sourced rows is welcome, losing one fails here.
FLOORS = {
    "industrial_output_value": 49,
    "iip": 33,
    "export_value": 29,
    "grdp_growth": 19,
    "retail_sales_services": 16,
    "budget_revenue": 9,
    "grdp": 7,
    "import_value": 6,
    "cluster_count": 6,
    "industrial_park_count": 4,
    "grdp_per_capita": 4,
    "fdi_share_industrial_output": 3,
}
TOTAL_FLOOR = 202


def _rows() -> list[dict[str, str]]:
    with (THAI_NGUYEN / "observations.csv").open(encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def test_the_shipped_series_does_not_shrink():
    rows = _rows()
    counts = Counter(r["indicator"] for r in rows)

    assert len(rows) >= TOTAL_FLOOR
    for code, floor in FLOORS.items():
        assert counts[code] >= floor, f"{code}: {counts[code]} rows, at least {floor} shipped"


def test_every_row_read_from_a_text_keeps_its_text_and_excerpt():
    texts = THAI_NGUYEN / "texts"
    with (texts / "manifest.csv").open(encoding="utf-8") as fh:
        manifest = {r["url"]: r["file"] for r in csv.DictReader(fh)}
    read = [r for r in _rows() if r["source_url"] in manifest]

    assert len(read) >= 130
    for row in read:
        text = (texts / manifest[row["source_url"]]).read_text(encoding="utf-8")
        for part in row["source_excerpt"].split("..."):
            assert part.strip() in text, f"{row['indicator']} {row['period']}: excerpt not in its text"


def test_the_import_loads_every_shipped_row(db, thai_nguyen_data):
    assert Observation.objects.count() == len(_rows())


def test_the_api_serves_iip_for_at_least_three_years_with_sources(client, thai_nguyen_data):
    body = client.get("/api/v1/observations", {"unit": "19", "indicator": "iip"}).json()

    years = {row["period"][:4] for row in body if row["breakdown"] == ""}
    assert len(years) >= 3
    assert all(row["source"]["url"] for row in body)
    monthly = [row for row in body if row["period"] in ("2023-04", "2024-01", "2024-02", "2025-04")]
    assert {row["period"] for row in monthly if row["breakdown"] == ""} == {"2023-04", "2024-01", "2024-02", "2025-04"}


@pytest.mark.parametrize(
    ("indicator", "period", "breakdown", "previous", "published"),
    [
        ("industrial_output_value", "2022", "", "844000", "10.8"),  # 932,000 vs 844,000: +10.4 %
        ("export_value", "2022", "", "28.85", "10.4"),  # 32 vs 28.85: +10.9 %
        ("industrial_output_value", "2024-Q1", "", "186700", "6"),  # 203,000 vs 186,700: +8.7 %
        ("industrial_output_value", "2024-Q1", "ownership=foreign_invested", "173460", "6.6"),
    ],
)
def test_compare_computes_yoy_from_stored_pairs_and_shows_where_it_differs(
    client, thai_nguyen_data, indicator, period, breakdown, previous, published
):
    body = client.get(
        "/api/v1/observations/compare",
        {"indicator": indicator, "unit": "19", "period": period, "breakdown": breakdown},
    ).json()

    assert body["yoy_source"] == "computed"
    assert Decimal(body["previous_value"]) == Decimal(previous)
    assert Decimal(body["reported_yoy_pct"]) == Decimal(published)
    gap = Decimal(body["yoy_pct"]) - Decimal(published)
    assert Decimal(body["yoy_difference_pp"]) == gap
    assert body["yoy_differs"] is True


def test_compare_says_nothing_differs_without_a_computed_yoy(client, thai_nguyen_data):
    body = client.get("/api/v1/observations/compare", {"indicator": "iip", "unit": "19", "period": "2024-01"}).json()

    assert body["yoy_source"] == "rate"
    assert body["yoy_differs"] is False
    assert body["yoy_difference_pp"] is None


@pytest.mark.parametrize(
    ("computed", "source", "reported", "differs"),
    [
        ("5.6", "computed", "6", False),  # "tăng 6%" covers 5.5–6.5
        ("6.6", "computed", "6", True),
        ("10.84", "computed", "10.8", False),  # one printed decimal: ±0.05
        ("10.86", "computed", "10.8", True),
        ("10.86", "reported", "10.8", False),  # nothing computed, nothing to compare
        ("10.86", "computed", None, False),
    ],
)
def test_a_difference_is_one_beyond_the_printed_rounding(computed, source, reported, differs):
    assert yoy_disagrees(Decimal(computed), source, Decimal(reported) if reported else None) is differs


def test_the_dashboard_shows_the_printed_change_beside_a_computed_one_that_differs(client, thai_nguyen_data):
    html = client.get("/", {"period": "2022"}).content.decode()

    card = html.split('data-indicator="industrial_output_value"')[1].split("</article>")[0]
    assert 'data-testid="yoy-published"' in card
    assert "+10,8%" in card
