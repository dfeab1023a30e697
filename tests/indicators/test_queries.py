from decimal import Decimal

import pytest

from provind.geography.models import REFORM_DATE
from provind.geography.queries import resolve_unit
from provind.indicators.models import Indicator
from provind.indicators.periods import parse_period
from provind.indicators.queries import comparable_value, compare, current_value, history, series
from tests.indicators.factories import add

pytestmark = pytest.mark.django_db


def test_it_picks_the_newest_vintage_of_the_most_final_status():
    add("export_value", "19", "2024-06", "2.0", "estimate", "2024-06-29")
    add("export_value", "19", "2024-06", "2.2", "estimate", "2024-07-06")
    official = add("export_value", "19", "2024-06", "2.1", "official", "2025-10-06")
    add("export_value", "19", "2024-06", "9.9", "plan", "2024-01-05")
    indicator, period = Indicator.objects.get(code="export_value"), parse_period("2024-06")

    current = current_value(indicator, official.unit, period)
    known_then = current_value(indicator, official.unit, period, as_of=parse_period("2024-07-31").end)

    assert current == official
    assert known_then.value == Decimal("2.2")
    assert [o.value for o in history(indicator, official.unit, period)][:3] == [
        Decimal("2.1"),
        Decimal("2.2"),
        Decimal("2.0"),
    ]


def test_it_compares_with_the_same_period_last_year_by_key_not_position():
    for month, value in [(1, 10), (2, 11), (4, 13)]:  # March 2023 is missing
        add("export_value", "19", f"2023-{month:02d}", value)
    for month, value in [(1, 12), (2, 11), (3, 14), (4, 26)]:
        add("export_value", "19", f"2024-{month:02d}", value)
    indicator = Indicator.objects.get(code="export_value")
    unit = resolve_unit("19", parse_period("2024-04").end)

    yoy = {m: compare(indicator, unit, parse_period(f"2024-{m:02d}")).yoy_pct for m in (1, 2, 3, 4)}

    assert yoy == {1: Decimal(20), 2: Decimal(0), 3: None, 4: Decimal(100)}


def test_it_computes_percent_of_plan_from_stored_values():
    # The Department's 9-month 2020 report: 567,634.2 bn VND = 70.7% of the 803,300 bn VND plan.
    add("industrial_output_value", "19", "2020-YTD09", "567634.2", reported_plan_pct=Decimal("70.7"))
    add("industrial_output_value", "19", "2020", "803300", "plan")
    indicator = Indicator.objects.get(code="industrial_output_value")
    unit = resolve_unit("19", parse_period("2020").end)

    result = compare(indicator, unit, parse_period("2020-YTD09"))

    assert result.plan_pct_source == "computed"
    assert round(result.plan_pct, 1) == Decimal("70.7")


def test_it_falls_back_to_the_reported_change_and_says_so():
    add(
        "retail_sales_services",
        "19",
        "2024-YTD07",
        "45000",
        reported_change=Decimal("16.3"),
        reported_change_basis="yoy",
    )
    indicator = Indicator.objects.get(code="retail_sales_services")

    result = compare(indicator, resolve_unit("19", parse_period("2024-07").end), parse_period("2024-YTD07"))

    assert (result.yoy_pct, result.yoy_source) == (Decimal("16.3"), "reported")


def test_it_compares_the_merged_province_with_old_thai_nguyen_plus_bac_kan():
    add("industrial_output_value", "19", "2024-H2", "400000")
    add("industrial_output_value", "06", "2024-H2", "1000")
    add("industrial_output_value", "19", "2025-H2", "420210")
    indicator = Indicator.objects.get(code="industrial_output_value")
    new_tn = resolve_unit("19", REFORM_DATE)

    base = comparable_value(indicator, new_tn, parse_period("2024-H2"))
    result = compare(indicator, new_tn, parse_period("2025-H2"))

    assert base.value == Decimal(401000)
    assert sorted(u.code for u in base.assembled_from) == ["06", "19"]
    assert result.yoy_source == "computed"
    assert round(result.yoy_pct, 2) == Decimal("4.79")


def test_it_gives_no_comparable_base_when_a_predecessor_is_missing():
    add("industrial_output_value", "19", "2024-H2", "400000")
    indicator = Indicator.objects.get(code="industrial_output_value")

    base = comparable_value(indicator, resolve_unit("19", REFORM_DATE), parse_period("2024-H2"))

    assert base.value is None
    assert [u.code for u in base.missing] == ["06"]


def test_it_lists_a_series_over_both_versions_of_a_code():
    add("export_value", "19", "2025-H1", "10")
    add("export_value", "19", "2025-H2", "11")

    rows = series(Indicator.objects.get(code="export_value"), "19", kind="half")

    assert [(o.period_code, o.unit.valid_from is None) for o in rows] == [("2025-H1", True), ("2025-H2", False)]


def test_it_shows_the_gap_between_the_estimate_and_the_official_figure():
    from provind.indicators.queries import estimate_official_gap, history_by_cell

    add("export_value", "19", "2024-06", "2.2", "estimate", "2024-07-06")
    add("export_value", "19", "2024-06", "2.0", "official", "2025-10-06")

    cells = history_by_cell(Indicator.objects.get(code="export_value"), "19")
    (versions,) = cells.values()

    assert estimate_official_gap(versions) == Decimal(10)


def test_it_computes_the_growth_still_needed_to_reach_a_target():
    from provind.indicators.models import Target
    from provind.indicators.queries import target_progress
    from tests.indicators.factories import synthetic_source

    add("grdp", "19", "2025", "200000")
    target = Target.objects.create(
        indicator=Indicator.objects.get(code="grdp"),
        unit=resolve_unit("19", REFORM_DATE),
        year=2030,
        value=Decimal("322102"),
        base_year=2024,
        base_value=Decimal("190000"),
        source=synthetic_source(),
    )

    progress = target_progress(target)

    assert round(progress.required_growth_pct, 1) == Decimal("10.0")  # 200,000 × 1.1^5 ≈ 322,102
    assert progress.status == "at_risk"  # the path from 190,000 (2024) needs ≈ 207,500 in 2025: 3.6 % short


def test_it_keeps_undated_figures_out_of_views_before_their_period_ended():
    from provind.indicators.models import Observation

    add("export_value", "19", "2025-H1", "11.2")  # no vintage
    add("export_value", "19", "2021-2030", "99", "plan")  # no vintage

    known = Observation.objects.known_on(parse_period("2024-12-31").end)

    assert [o.period_code for o in known] == ["2021-2030"]
    assert Observation.objects.known_on(parse_period("2025-06-30").end).count() == 2
