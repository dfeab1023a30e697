"""Issue 9: the dashboard cards' computed figures (year on year, % of plan) say what they cover, on
the page and in the compare API; a figure is shown with the decimals its source printed (item 10);
a target is judged only on figures of its own unit version and path (item 6)."""

from decimal import Decimal

import pytest

from provind.geography.models import REFORM_DATE
from provind.geography.queries import resolve_unit
from provind.indicators.models import Indicator, Target
from provind.indicators.periods import parse_period
from provind.indicators.queries import compare, target_progress
from provind.web.templatetags.provind import figure, printed, signed_pct
from tests.indicators.factories import add, synthetic_source

pytestmark = pytest.mark.django_db


def _compare(code: str, period: str, unit: str = "19"):
    per = parse_period(period)
    return compare(Indicator.objects.get(code=code), resolve_unit(unit, per.end), per)


# --- completeness of the card's figures ------------------------------------------------------


def test_a_change_computed_from_both_figures_is_complete():
    add("industrial_output_value", "19", "2019-YTD09", "553790")
    add("industrial_output_value", "19", "2020-YTD09", "567634.2")
    add("industrial_output_value", "19", "2020", "803300", "plan")

    result = _compare("industrial_output_value", "2020-YTD09")

    assert result.yoy_completeness.complete is True
    assert result.yoy_completeness.basis == "registry"
    assert "9 tháng năm 2019" in result.yoy_completeness.coverage_vi
    assert result.plan_pct_completeness.complete is True
    assert result.complete is True


def test_without_last_year_the_change_is_unknown_and_incomplete_not_zero():
    add("industrial_output_value", "19", "2020-YTD09", "567634.2")

    result = _compare("industrial_output_value", "2020-YTD09")

    assert result.yoy_pct is None
    assert result.yoy_completeness.complete is False
    assert result.yoy_completeness.lacking == ["9 tháng năm 2019"]
    assert result.plan_pct is None
    assert result.plan_pct_completeness.complete is False
    assert result.plan_pct_completeness.lacking == ["kế hoạch năm 2020"]
    assert result.complete is False


def test_a_merged_province_missing_a_predecessor_names_it():
    add("industrial_output_value", "19", "2024-H2", "400000")  # old Thái Nguyên only, no Bắc Kạn
    add("industrial_output_value", "19", "2025-H2", "420210")

    result = compare(
        Indicator.objects.get(code="industrial_output_value"), resolve_unit("19", REFORM_DATE), parse_period("2025-H2")
    )

    assert result.yoy_pct is None
    assert result.yoy_completeness.complete is False
    assert result.yoy_completeness.lacking == ["Tỉnh Bắc Kạn 2024-H2"]


def test_a_change_summed_over_the_predecessors_says_so():
    add("industrial_output_value", "19", "2024-H2", "400000")
    add("industrial_output_value", "06", "2024-H2", "1000")
    add("industrial_output_value", "19", "2025-H2", "420210")

    result = compare(
        Indicator.objects.get(code="industrial_output_value"), resolve_unit("19", REFORM_DATE), parse_period("2025-H2")
    )

    assert result.yoy_completeness.complete is True
    assert "cộng từ" in result.yoy_completeness.coverage_vi
    assert "Bắc Kạn" in result.yoy_completeness.coverage_vi


def test_a_change_from_a_bound_is_not_complete():
    add("industrial_output_value", "19", "2019-YTD09", "553790")
    add("industrial_output_value", "19", "2020-YTD09", "567634.2", qualifier="over")

    result = _compare("industrial_output_value", "2020-YTD09")

    assert result.yoy_pct is not None
    assert result.yoy_completeness.complete is False
    assert "2020-YTD09 (số “trên …”)" in result.yoy_completeness.lacking[0]


def test_a_change_the_source_reported_is_complete_and_reported():
    add(
        "retail_sales_services",
        "19",
        "2024-YTD07",
        "45000",
        reported_change=Decimal("16.3"),
        reported_change_basis="yoy",
    )

    result = _compare("retail_sales_services", "2024-YTD07")

    assert (result.yoy_source, result.yoy_completeness.complete, result.yoy_completeness.basis) == (
        "reported",
        True,
        "reported",
    )


def test_a_percent_of_plan_does_not_apply_to_a_rate():
    add("iip", "19", "2020-Q2", "-5.25")

    result = _compare("iip", "2020-Q2")

    assert result.yoy_completeness.complete is True  # the rate is the source's own change
    assert result.plan_pct_completeness.complete is True
    assert result.plan_pct_completeness.coverage_en == "does not apply"


def test_the_compare_api_and_the_card_show_what_is_lacking(client):
    add("industrial_output_value", "19", "2020-YTD09", "567634.2")

    query = {"indicator": "industrial_output_value", "unit": "19", "period": "2020-YTD09"}
    body = client.get("/api/v1/observations/compare", query).json()
    html = client.get("/").content.decode()

    assert body["complete"] is False
    assert body["yoy_completeness"]["lacking"] == ["9 tháng năm 2019"]
    assert body["plan_pct_completeness"]["complete"] is False
    assert {"coverage_vi", "coverage_en", "basis", "uses", "published"} <= set(body["yoy_completeness"])
    assert 'data-indicator="industrial_output_value" data-complete="false"' in html
    assert 'data-testid="card-incomplete"' in html
    assert "chưa có kế hoạch năm 2020" in html


# --- item 10: the decimals the source printed -------------------------------------------------


def test_a_printed_figure_keeps_its_decimals_and_computed_ones_round_half_up():
    assert signed_pct(Decimal("-5.250000"), "printed") == "−5,25%"
    assert printed(Decimal("17.650000")) == "17,65"
    assert printed(Decimal("45000.000000")) == "45.000"
    # a computed change: one decimal, half up as Vietnamese reports round (not the banker's 5,2)
    assert signed_pct(Decimal("-5.25")) == "−5,3%"
    assert figure(Decimal("70.65"), 1) == "70,7"
    assert figure(Decimal("2.5"), 0) == "3"
    assert figure(Decimal("17.60"), 1) == "17,6"


def test_the_iip_of_q2_2020_is_shown_as_the_source_printed_it(client):
    add("iip", "19", "2020-Q2", "-5.25")

    home = client.get("/").content.decode()
    page = client.get("/indicators/iip/", {"unit": "19", "kind": "quarter"}).content.decode()

    assert "−5,25%" in home
    assert "−5,2%" not in home
    assert "−5,25%" in page


# --- item 6: which figures a target is judged on ----------------------------------------------


def _target(code: str, unit_on, year: int, value: str, base_year: int | None, base_value: str | None = None):
    return Target.objects.create(
        indicator=Indicator.objects.get(code=code),
        unit=resolve_unit("19", unit_on),
        year=year,
        value=Decimal(value),
        base_year=base_year,
        base_value=Decimal(base_value) if base_value else None,
        source=synthetic_source(),
    )


def test_a_2025_figure_is_not_judged_against_a_path_that_starts_in_2026():
    # the 2025–2030 congress resolution: GRDP growth over 10.5 % a year in 2026–2030 (base 2025)
    add("grdp_growth", "19", "2025", "7.8")
    target = _target("grdp_growth", REFORM_DATE, 2030, "10.5", base_year=2025)

    progress = target_progress(target)

    assert progress.latest is not None
    assert progress.latest.period_code == "2025"
    assert progress.status is None
    assert "2026–2030" in progress.not_judged_vi
    assert "not judged" in progress.not_judged_en


def test_a_figure_on_the_path_is_judged():
    add("grdp_growth", "19", "2026", "7.8")
    target = _target("grdp_growth", REFORM_DATE, 2030, "10.5", base_year=2025)

    assert target_progress(target).status == "off_track"


def test_the_qd_222_target_is_not_judged_on_the_merged_province():
    # QĐ 222/QĐ-TTg (2023) is about old Thái Nguyên: its base year 2020 resolves to that unit
    import datetime as dt

    add("grdp_growth", "19", "2024", "8.2")  # old Thái Nguyên
    add("grdp_growth", "19", "2025", "6.0")  # the merged province (unit version from 1/7/2025)
    target = _target("grdp_growth", dt.date(2020, 12, 31), 2030, "8", base_year=2020)

    progress = target_progress(target)

    assert progress.target.unit.valid_to is not None  # the old province
    assert progress.latest.period_code == "2024"  # not the merged province's 2025 figure
    assert progress.latest.unit_id == target.unit_id
    assert progress.status == "on_track"


def test_a_target_with_figures_only_of_another_unit_version_says_so():
    import datetime as dt

    add("grdp_growth", "19", "2025", "6.0")  # merged province only
    target = _target("grdp_growth", dt.date(2020, 12, 31), 2030, "8", base_year=2020)

    progress = target_progress(target)

    assert progress.latest is None
    assert progress.status is None
    assert "chưa có số liệu của" in progress.not_judged_vi


def test_the_dashboard_shows_why_a_target_is_not_judged(client):
    add("grdp_growth", "19", "2025", "7.8")
    _target("grdp_growth", REFORM_DATE, 2030, "10.5", base_year=2025)

    html = client.get("/").content.decode()

    assert 'data-testid="not-judged"' in html
    assert "off track" not in html
    assert "chậm so với lộ trình" not in html
