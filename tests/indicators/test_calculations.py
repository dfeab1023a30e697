"""Indicator arithmetic, checked against figures the Department and the statistics office published
(docs/domain.md §3.5 and §5) wherever such figures exist, and synthetic round numbers
elsewhere. Pure Python: no database."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from provind.indicators.calculations import (
    DEFAULT_AT_RISK_TOLERANCE_PCT,
    CalculationError,
    TrackStatus,
    cagr,
    change_pct,
    combined_value,
    cumulative_to_date,
    month_on_month,
    percent_of_plan,
    remaining_to_plan,
    required_annual_growth,
    rounded,
    share,
    shares,
    track_status,
    trajectory,
    year_on_year,
    yoy_series,
)
from provind.indicators.periods import Period

D = Decimal


def months_of(year: int, values: list[int | str]) -> dict[Period, Decimal | None]:
    return {Period.month(year, m): D(v) for m, v in enumerate(values, start=1)}


# --- rounded -----------------------------------------------------------------------------
def test_it_rounds_half_up_like_the_published_reports() -> None:
    assert rounded(D("70.65")) == D("70.7")  # banker's rounding would give 70.6
    assert rounded(D("92.45")) == D("92.5")
    assert rounded(D("-5.65")) == D("-5.7")  # half away from zero, as Excel's ROUND
    assert rounded(D("46.125"), 2) == D("46.13")
    assert rounded(D("7.349")) == D("7.3")
    assert rounded(D("567634.25"), 0) == D("567634")
    assert rounded(None) is None


# --- change_pct, year_on_year, month_on_month ----------------------------------------------
def test_it_computes_percent_change() -> None:
    assert change_pct(D("107.1"), D("100")) == D("7.1")
    assert change_pct(D("90"), D("100")) == D("-10")
    assert change_pct(200, 100) == D("100")


def test_it_returns_none_without_a_basis() -> None:
    assert change_pct(D("5"), None) is None
    assert change_pct(None, D("5")) is None
    assert change_pct(D("5"), D("0")) is None


def test_it_refuses_floats() -> None:
    with pytest.raises(TypeError, match="Decimal"):
        change_pct(1.1, D("1"))  # type: ignore[arg-type]


def test_it_compares_year_on_year_by_period_key_not_position() -> None:
    # 7 months of 2024 against 7 months of 2023, even though other rows sit between them.
    values: dict[Period, Decimal | None] = {
        Period.ytd(2023, 7): D("1000"),
        Period.month(2023, 12): D("999999"),
        Period.ytd(2024, 6): D("5"),
        Period.ytd(2024, 7): D("1071"),
    }
    assert year_on_year(values, Period.ytd(2024, 7)) == D("7.1")
    assert year_on_year(values, Period.ytd(2024, 6)) is None  # 2023-H1 absent
    assert year_on_year(values, Period.ytd(2025, 7)) is None  # current absent


def test_it_compares_quarters_halves_and_years() -> None:
    values = {Period.quarter(2019, 1): D("100"), Period.quarter(2020, 1): D("95.19")}
    assert rounded(year_on_year(values, Period.quarter(2020, 1)), 2) == D("-4.81")  # docs/domain.md §3.5, Q1 2020
    years = {Period.year(2023): D("800"), Period.year(2024): D("864")}
    assert year_on_year(years, Period.year(2024)) == D("8")


def test_it_refuses_year_on_year_of_a_multi_year_range() -> None:
    with pytest.raises(CalculationError, match="same period last year"):
        year_on_year({Period.range(2021, 2030): D("1")}, Period.range(2021, 2030))


def test_it_compares_month_on_month_across_the_year_end() -> None:
    values = {Period.month(2023, 12): D("200"), Period.month(2024, 1): D("150"), Period.month(2024, 3): D("10")}
    assert month_on_month(values, Period.month(2024, 1)) == D("-25")
    assert month_on_month(values, Period.month(2024, 3)) is None  # February missing: no shift to January


def test_it_refuses_month_on_month_of_a_quarter() -> None:
    with pytest.raises(CalculationError, match="month-on-month needs a month"):
        month_on_month({}, Period.quarter(2024, 3))


def test_it_keeps_gaps_as_gaps_in_a_yoy_series() -> None:
    values = months_of(2023, [100] * 12) | months_of(2024, [110] * 12)
    del values[Period.month(2023, 3)]
    series = yoy_series(values)
    assert list(series) == sorted(values)
    assert series[Period.month(2024, 3)] is None
    assert series[Period.month(2024, 2)] == D("10")
    assert series[Period.month(2024, 4)] == D("10")
    assert all(series[Period.month(2023, m)] is None for m in (1, 2, 4, 12))  # no 2022 basis
    assert yoy_series({Period.range(2021, 2030): D("1")}) == {Period.range(2021, 2030): None}


month_values = st.decimals(min_value=1, max_value=10**9, places=1, allow_nan=False, allow_infinity=False)


@settings(deadline=None)  # CI runs two workers on two cores: timing varies
@given(
    previous=st.lists(month_values, min_size=12, max_size=12),
    current=st.lists(month_values, min_size=12, max_size=12),
    gap=st.integers(min_value=1, max_value=12),
)
def test_it_never_lets_a_missing_month_shift_another_months_yoy(
    previous: list[Decimal], current: list[Decimal], gap: int
) -> None:
    full: dict[Period, Decimal | None] = {Period.month(2023, m): previous[m - 1] for m in range(1, 13)}
    full.update({Period.month(2024, m): current[m - 1] for m in range(1, 13)})
    holed = {p: v for p, v in full.items() if p != Period.month(2023, gap)}
    complete, with_gap = yoy_series(full), yoy_series(holed)
    for month in range(1, 13):
        period = Period.month(2024, month)
        if month == gap:
            assert with_gap[period] is None
        else:
            assert with_gap[period] == complete[period] == change_pct(current[month - 1], previous[month - 1])


# --- cumulative_to_date ----------------------------------------------------------------------
def test_it_totals_the_months_of_a_period() -> None:
    monthly = months_of(2024, [10, 20, 30, 40, 50, 60, 70, 80, 90, 100, 110, 120])
    assert cumulative_to_date(monthly, Period.ytd(2024, 7), time_aggregation="sum") == D("280")
    assert cumulative_to_date(monthly, Period.quarter(2024, 3), time_aggregation="sum") == D("240")
    assert cumulative_to_date(monthly, Period.half(2024, 1), time_aggregation="sum") == D("210")
    assert cumulative_to_date(monthly, Period.year(2024), time_aggregation="sum") == D("780")
    assert cumulative_to_date(monthly, Period.month(2024, 5), time_aggregation="sum") == D("50")


def test_it_names_the_missing_months_instead_of_totalling_what_is_there() -> None:
    monthly = months_of(2024, [10, 20, 30, 40, 50, 60, 70])
    del monthly[Period.month(2024, 3)]
    monthly[Period.month(2024, 5)] = None
    monthly[Period.month(2023, 3)] = D("30")  # the same month last year is not a substitute
    with pytest.raises(CalculationError, match=r"2024-03, 2024-05") as info:
        cumulative_to_date(monthly, Period.ytd(2024, 7), time_aggregation="sum")
    assert "7 tháng năm 2024" in str(info.value)
    assert "7 months of 2024" in str(info.value)


@pytest.mark.parametrize("aggregation", ["last", "average", "none"])
def test_it_refuses_to_total_an_index_a_rate_or_a_stock(aggregation: str) -> None:
    monthly = months_of(2024, [107, 106, 108])  # an index such as IIP
    with pytest.raises(CalculationError, match="cannot be summed"):
        cumulative_to_date(monthly, Period.quarter(2024, 1), time_aggregation=aggregation)


def test_it_refuses_an_unknown_aggregation_and_a_date_window() -> None:
    monthly = months_of(2024, [1] * 12)
    with pytest.raises(CalculationError, match="unknown time aggregation"):
        cumulative_to_date(monthly, Period.year(2024), time_aggregation="total")
    window = Period.parse("2023-12-15..2024-06-14")
    with pytest.raises(CalculationError, match="whole months"):
        cumulative_to_date(monthly, window, time_aggregation="sum")


@settings(deadline=None)  # CI runs two workers on two cores: timing varies
@given(
    values=st.lists(month_values, min_size=12, max_size=12),
    months=st.integers(min_value=1, max_value=12),
)
def test_it_makes_the_cumulative_total_equal_the_sum_of_its_months(values: list[Decimal], months: int) -> None:
    monthly: dict[Period, Decimal | None] = {Period.month(2024, m): values[m - 1] for m in range(1, 13)}
    total = cumulative_to_date(monthly, Period.ytd(2024, months), time_aggregation="sum")
    assert total == sum(values[:months], D(0))


# --- combined_value (the 2025 merger) -----------------------------------------------------------
def test_it_adds_predecessor_units_into_a_comparable_basis() -> None:
    # docs/domain.md §3.5, H1 2025 before the merger: old Thái Nguyên 443.6 trillion VND (443,600 bn),
    # old Bắc Kạn 1,050 bn VND of industrial production value.
    basis = combined_value({"Thái Nguyên (cũ)": D("443600"), "Bắc Kạn (cũ)": D("1050")})
    assert basis == D("444650")
    # "about 420 times" Bắc Kạn's output (docs/domain.md §3.5)
    assert rounded(D("443600") / D("1050"), 0) == D("422")


def test_it_names_a_missing_predecessor_unit() -> None:
    with pytest.raises(CalculationError, match="Bắc Kạn"):
        combined_value({"Thái Nguyên": D("443600"), "Bắc Kạn": None})
    with pytest.raises(CalculationError, match="no units"):
        combined_value({})


def test_it_refuses_to_add_rates_across_units() -> None:
    # old Thái Nguyên +4.6% and old Bắc Kạn +17.85% (docs/domain.md §3.5) do not add up to +22.45%.
    with pytest.raises(CalculationError, match="cannot be added across units"):
        combined_value({"Thái Nguyên": D("4.6"), "Bắc Kạn": D("17.85")}, place_aggregation="average")


# --- percent_of_plan, remaining_to_plan ----------------------------------------------------------
def test_it_reproduces_the_2020_nine_month_report_percent_of_plan() -> None:
    # docs/domain.md §3.5, the Department's 9-month 2020 report: industrial output 567,634.2 bn VND,
    # "70.7% of the annual plan", plan 803,300 bn VND (2010 constant prices).
    assert rounded(percent_of_plan(D("567634.2"), D("803300"))) == D("70.7")
    # ... and what the last quarter still had to deliver.
    assert remaining_to_plan(D("567634.2"), D("803300")) == D("235665.8")


def test_it_returns_none_for_percent_of_plan_without_a_plan() -> None:
    assert percent_of_plan(D("1"), None) is None
    assert percent_of_plan(None, D("1")) is None
    assert percent_of_plan(D("1"), D("0")) is None
    assert remaining_to_plan(D("1"), None) is None
    assert remaining_to_plan(D("120"), D("100")) == D("-20")  # plan exceeded


# --- share, shares -----------------------------------------------------------------------------
def test_it_reproduces_the_foreign_invested_share_of_h1_2025() -> None:
    # docs/domain.md §3.5: H1 2025 old Thái Nguyên, foreign-invested sector 410.2 of 443.6 trillion VND = 92.5%.
    assert rounded(share(D("410.2"), D("443.6"))) == D("92.5")


def test_it_splits_h1_2025_output_by_ownership() -> None:
    # docs/domain.md §3.5: local 20.8 + foreign-invested 410.2 + central state 12.6 = 443.6 trillion VND.
    parts = {"local": D("20.8"), "foreign_invested": D("410.2"), "central_state": D("12.6")}
    by_sum = shares(parts)
    by_published_total = shares(parts, total=D("443.6"))
    assert by_sum == by_published_total
    assert {k: rounded(v) for k, v in by_sum.items()} == {
        "local": D("4.7"),
        "foreign_invested": D("92.5"),
        "central_state": D("2.8"),
    }
    assert list(by_sum) == list(parts)


def test_it_does_not_share_out_an_incomplete_sum() -> None:
    parts = {"local": D("20.8"), "foreign_invested": None}
    assert shares(parts) == {"local": None, "foreign_invested": None}
    assert shares(parts, total=D("443.6")) == {"local": share(D("20.8"), D("443.6")), "foreign_invested": None}
    assert share(D("1"), D("0")) is None
    assert share(None, D("1")) is None


# --- cagr, required_annual_growth ------------------------------------------------------------------
def test_it_computes_compound_annual_growth() -> None:
    assert cagr(D("100"), D("121"), 2) == D("10")
    assert cagr(D("100"), D("100"), 5) == D("0")
    assert cagr(D("100"), D("0"), 3) == D("-100")
    assert rounded(cagr(D("100"), D("200"), 10), 2) == D("7.18")


def test_it_counts_growth_2021_2025_from_the_2020_base() -> None:
    # docs/domain.md §3.5: industrial production value 2025 ≈ 1.133 million bn VND (2010 prices), growth
    # 2021–2025 7.35% a year. The 2020 base is not published; derive it, then check the convention:
    # "2021–2025" is five compounding steps (2020 → 2025), not six.
    value_2025 = D("1133000")
    base_2020 = value_2025 / D("1.0735") ** 5
    assert rounded(cagr(base_2020, value_2025, 2025 - 2020), 2) == D("7.35")
    assert rounded(cagr(base_2020, value_2025, 6), 2) != D("7.35")


def test_it_returns_none_for_growth_without_a_positive_start() -> None:
    assert cagr(None, D("1"), 1) is None
    assert cagr(D("1"), None, 1) is None
    assert cagr(D("0"), D("1"), 1) is None
    assert cagr(D("-1"), D("1"), 1) is None
    assert cagr(D("1"), D("-1"), 1) is None
    with pytest.raises(CalculationError, match="years must be positive"):
        cagr(D("1"), D("2"), 0)


def test_it_computes_the_growth_still_required_to_reach_a_target() -> None:
    # Synthetic: from 100 in 2025 to 161.051 in 2030 needs exactly 10% a year.
    assert required_annual_growth(D("100"), 2025, D("161.051"), 2030) == D("10")
    # A target already exceeded needs negative growth.
    assert required_annual_growth(D("200"), 2025, D("100"), 2026) == D("-50")
    assert required_annual_growth(None, 2025, D("100"), 2030) is None
    with pytest.raises(CalculationError, match="must come after the current year"):
        required_annual_growth(D("100"), 2030, D("200"), 2030)


# --- trajectory ---------------------------------------------------------------------------------
def test_it_draws_a_geometric_path_from_base_to_target() -> None:
    path = trajectory(2020, D("100"), 2030, D("200"))
    assert list(path) == list(range(2020, 2031))
    assert path[2020] == D("100")
    assert path[2030] == D("200")
    assert rounded(path[2025], 2) == D("141.42")  # 100 × √2
    growth = {year: rounded(change_pct(path[year], path[year - 1]), 6) for year in range(2021, 2031)}
    assert set(growth.values()) == {rounded(cagr(D("100"), D("200"), 10), 6)}


def test_it_makes_the_trajectory_hit_the_rounded_plan_points_exactly() -> None:
    path = trajectory(2025, D("100"), 2028, D("133.1"))  # 10% a year
    assert path == {2025: D("100"), 2026: D("110"), 2027: D("121"), 2028: D("133.1")}


def test_it_refuses_a_trajectory_that_cannot_exist() -> None:
    with pytest.raises(CalculationError, match="must come after the base year"):
        trajectory(2030, D("1"), 2030, D("2"))
    with pytest.raises(CalculationError, match="must be positive"):
        trajectory(2020, D("0"), 2030, D("2"))


@settings(deadline=None)  # CI runs two workers on two cores: timing varies
@given(
    base=st.decimals(min_value=1, max_value=10**7, places=2),
    target=st.decimals(min_value=1, max_value=10**7, places=2),
    years=st.integers(min_value=1, max_value=30),
)
def test_it_keeps_the_trajectory_at_the_required_growth_every_year(base: Decimal, target: Decimal, years: int) -> None:
    path = trajectory(2020, base, 2020 + years, target)
    required = required_annual_growth(base, 2020, target, 2020 + years)
    assert required is not None
    for year in range(2021, 2021 + years):
        step = change_pct(path[year], path[year - 1])
        assert step is not None
        assert abs(step - required) < D("1e-15")


# --- track_status ---------------------------------------------------------------------------------
def test_it_rates_progress_against_the_planned_value() -> None:
    assert track_status(D("100"), D("100")) is TrackStatus.ON_TRACK
    assert str(TrackStatus.ON_TRACK) == "on_track"  # a StrEnum: the API and templates get plain strings
    assert track_status(D("120"), D("100")) == "on_track"
    assert track_status(D("95"), D("100")) == "at_risk"  # shortfall exactly the default 5%
    assert track_status(D("99.9"), D("100")) == "at_risk"
    assert track_status(D("94.9"), D("100")) == "off_track"
    assert D("5") == DEFAULT_AT_RISK_TOLERANCE_PCT


def test_it_rates_a_full_year_against_the_2020_plan() -> None:
    # Plan from docs/domain.md §3.5 (2020: 803,300 bn VND); the full-year outcomes are synthetic.
    plan = D("803300")
    assert track_status(D("803300"), plan) == "on_track"
    assert track_status(plan * D("0.97"), plan) == "at_risk"
    assert track_status(plan * D("0.94"), plan) == "off_track"


def test_it_takes_thresholds_as_parameters() -> None:
    assert track_status(D("99"), D("100"), on_track_tolerance_pct=D("1")) == "on_track"
    assert track_status(D("92"), D("100"), at_risk_tolerance_pct=D("10")) == "at_risk"
    assert track_status(D("92"), D("100"), at_risk_tolerance_pct=2) == "off_track"
    with pytest.raises(CalculationError, match="invalid tolerances"):
        track_status(D("1"), D("1"), on_track_tolerance_pct=D("6"), at_risk_tolerance_pct=D("5"))
    with pytest.raises(CalculationError, match="invalid tolerances"):
        track_status(D("1"), D("1"), on_track_tolerance_pct=D("-1"))


def test_it_rates_indicators_where_lower_is_better() -> None:
    assert track_status(D("90"), D("100"), higher_is_better=False) == "on_track"
    assert track_status(D("104"), D("100"), higher_is_better=False) == "at_risk"
    assert track_status(D("110"), D("100"), higher_is_better=False) == "off_track"
    assert track_status(D("0"), D("0"), higher_is_better=False) == "on_track"
    assert track_status(D("1"), D("0"), higher_is_better=False) == "off_track"


def test_it_rates_an_actual_against_its_trajectory_point() -> None:
    path = trajectory(2020, D("100"), 2030, D("200"))
    assert track_status(D("145"), path[2025]) == "on_track"
    assert track_status(D("138"), path[2025]) == "at_risk"  # 2.4% behind the path
    assert track_status(D("130"), path[2025]) == "off_track"  # 8.1% behind


def test_it_returns_no_status_without_values() -> None:
    assert track_status(None, D("1")) is None
    assert track_status(D("1"), None) is None


def test_it_explains_errors_in_vietnamese_and_english() -> None:
    with pytest.raises(CalculationError) as info:
        cumulative_to_date({}, Period.month(2024, 1), time_aggregation="average")
    error = info.value
    assert isinstance(error, ValueError)
    assert "không cộng dồn được" in error.vi
    assert "cannot be summed" in error.en
    assert str(error) == f"{error.vi} / {error.en}"
