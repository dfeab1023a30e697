"""GET /api/v1/observations/compare reads a merged-province period on the merged province
(issue 9 item 5): one rule for "which unit version a period belongs to"."""

from __future__ import annotations

import pytest

from provind.indicators.periods import Period
from provind.indicators.queries import unit_for_period, units_for_period

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("period", ["2025", "2025-YTD09"])
def test_compare_finds_the_merged_province_value(client, thai_nguyen_data, period: str) -> None:  # type: ignore[no-untyped-def]
    indicator = "grdp" if period == "2025" else "grdp_growth"
    body = client.get("/api/v1/observations/compare", {"indicator": indicator, "unit": "19", "period": period}).json()

    assert body["value"] is not None
    assert body["unit"] == "19"


def test_newest_unit_first_agrees_with_the_dashboard_rule(db) -> None:  # type: ignore[no-untyped-def]
    for code in ("2025", "2025-H2", "2024"):
        period = Period.parse(code)
        assert units_for_period("19", period)[0] == unit_for_period("19", period)
