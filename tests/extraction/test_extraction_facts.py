from __future__ import annotations

import gc
import unicodedata

import pytest

from provind.extraction import Fact, extract_facts


def _one(text: str, **kwargs: str) -> Fact:
    facts = extract_facts(text, **kwargs)
    assert len(facts) == 1, [f.to_dict() for f in facts]
    return facts[0]


def test_it_yields_exactly_the_schema_fields() -> None:
    d = _one("Xuất khẩu ước đạt 17,6 tỷ USD.").to_dict()
    assert list(d) == [
        "indicator",
        "phrase",
        "value",
        "unit",
        "qualifier",
        "change",
        "period",
        "status",
        "region",
        "span",
    ]
    assert list(d["period"]) == ["kind", "year", "month", "months", "quarter", "start_year", "end_year"]


def test_it_keeps_level_and_growth_in_one_fact() -> None:
    fact = _one("Xuất khẩu hàng hóa 7 tháng năm 2024 ước đạt 17,6 tỷ USD, tăng 12,8% so với cùng kỳ.")
    d = fact.to_dict()
    assert (d["indicator"], d["value"], d["unit"], d["status"]) == ("export_value", 17_600_000_000, "USD", "estimate")
    assert d["change"] == {"value": 12.8, "unit": "%", "direction": "up", "basis": "yoy"}
    assert d["period"]["kind"] == "ytd"


def test_it_stores_signed_rates_and_one_fact_per_basis() -> None:
    facts = extract_facts("CPI tháng 10/2024 giảm 0,15% so với tháng trước, tăng 2,87% so với cùng kỳ.")
    assert [(f.value, f.change.basis if f.change else None) for f in facts] == [(-0.15, "mom"), (2.87, "yoy")]


@pytest.mark.parametrize(
    ("words", "qualifier"),
    [("trên", "over"), ("hơn", "over"), ("ít nhất", "over"), ("dưới", "under"), ("khoảng", "about"), ("gần", "nearly")],
)
def test_it_reads_qualifiers(words: str, qualifier: str) -> None:
    assert _one(f"Kim ngạch xuất khẩu đạt {words} 2 tỷ USD.").qualifier == qualifier


def test_it_puts_a_qualifier_on_a_change_inside_the_change() -> None:
    fact = _one("Năm 2024, CPI bình quân tăng khoảng 3,1%.")
    assert fact.qualifier is None
    assert fact.change is not None
    assert fact.change.qualifier == "about"


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Thu ngân sách ước đạt 5.000 tỷ đồng.", "estimate"),
        ("Năm 2025, tỉnh phấn đấu thu ngân sách đạt 5.000 tỷ đồng.", "plan"),
        ("Theo kế hoạch, thu ngân sách đạt 5.000 tỷ đồng.", "plan"),
        ("Thu ngân sách đạt 5.000 tỷ đồng, bằng 45% kế hoạch.", "actual"),
    ],
)
def test_it_reads_status(text: str, status: str) -> None:
    assert extract_facts(text)[0].status == status


def test_it_resets_the_carried_period_at_den_nay() -> None:
    facts = extract_facts("Năm 2024, tỉnh thu hút 42 dự án. Đến nay, toàn tỉnh có 12 cụm công nghiệp.")
    assert [f.period.kind for f in facts] == ["year", None]


def test_it_does_not_carry_periods_across_paragraphs_to_stocks() -> None:
    facts = extract_facts("Năm 2024, tỉnh thu hút 42 dự án.\nTỉnh có 12 cụm công nghiệp.")
    assert [f.period.kind for f in facts] == ["year", None]


def test_it_carries_the_period_of_the_paragraph_before_to_flows() -> None:
    facts = extract_facts(
        "Năm 2024, GRDP của tỉnh ước tăng 8,2%.\nThu ngân sách đạt 12.000 tỷ đồng.\nĐến nay có 9 cụm công nghiệp."
    )
    assert [(f.period.kind, f.period.year) for f in facts] == [("year", 2024), ("year", 2024), (None, None)]


def test_it_takes_the_period_of_a_heading_line() -> None:
    facts = extract_facts("Kết quả xuất nhập khẩu quý II/2024:\n1. Xuất khẩu đạt 512 triệu USD.")
    assert (facts[0].period.kind, facts[0].period.quarter, facts[0].period.year) == ("quarter", 2, 2024)


def test_it_dates_a_figure_from_its_comparison_year() -> None:
    fact = _one("Kim ngạch nhập khẩu 6 tháng đầu năm đạt 46 triệu USD, tăng 5% so với cùng kỳ năm 2023.")
    assert (fact.period.kind, fact.period.year) == ("half", 2024)


def test_it_reads_ratios_as_value_of_denominator() -> None:
    fact = _one("Đến nay có 27/41 cụm công nghiệp có chủ đầu tư hạ tầng.")
    assert (fact.indicator, fact.value, fact.of) == ("cluster_with_investor", 27, 41)


@pytest.mark.parametrize(
    "text",
    [
        "Thực hiện Quyết định số 222/QĐ-TTg ngày 14/3/2023 của Thủ tướng Chính phủ.",
        "Tỉnh khởi công trạm biến áp 220kV quy mô 2x250MVA vào ngày 4/9/2024.",
        "Quảng Ninh tiếp tục đứng thứ 1/63 tỉnh, thành phố, là một trong 05 địa phương dẫn đầu, lọt top 10.",
        "Sau đại dịch COVID-19 và bão số 3, mục tiêu tăng trưởng 2 con số vẫn khó (đã psts 17.6).",
        "1. Tình hình chung\n2. Nhiệm vụ năm 2025",
        "Tỉnh thu hút các dự án có vốn đầu tư trên 01 tỷ USD.",
    ],
)
def test_it_reports_no_facts_for_traps(text: str) -> None:
    assert extract_facts(text) == []


def test_it_maps_spans_of_nfd_input_back_to_the_original() -> None:
    text = unicodedata.normalize("NFD", "Tổng mức bán lẻ hàng hoá ước đạt 3.100 tỷ đồng.")
    fact = _one(text)
    start, end = fact.span
    assert unicodedata.normalize("NFC", text[start:end]) == "3.100 tỷ đồng"
    assert fact.indicator == "retail_sales_services"


def test_it_uses_region_from_text_then_from_caller() -> None:
    facts = extract_facts("Xuất khẩu đạt 2 tỷ USD. Tỉnh Bắc Kạn có 7 cụm công nghiệp.", region="thái nguyên")
    assert [f.region for f in facts] == ["Thái Nguyên", "Bắc Kạn"]


def test_it_treats_a_deficit_as_a_negative_trade_balance() -> None:
    assert _one("Năm 2024, tỉnh nhập siêu 1,2 tỷ USD.").value == -1_200_000_000


def test_it_gives_components_after_trong_do_the_indicator_and_status_of_the_total() -> None:
    facts = extract_facts(
        "Giá trị sản xuất công nghiệp ước đạt 75,2 nghìn tỷ đồng, trong đó khu vực FDI đạt 69,5 nghìn tỷ đồng."
    )
    assert [(f.indicator, f.status, f.breakdown) for f in facts] == [
        ("industrial_output_value", "estimate", None),
        ("industrial_output_value", "estimate", "khu vực FDI"),
    ]


# --- issue 12: what real published text needs (categories, each with a general rule) ---------


def test_a_ranked_list_of_provinces_gives_one_fact_per_province() -> None:
    facts = extract_facts(
        "Chỉ số sản xuất tháng 8 so với cùng kỳ năm trước tại nhiều địa phương giảm mạnh. "
        "Mức giảm cao nhất là tỉnh Bến Tre giảm 60,1%; Đồng Tháp giảm 59,1%; An Giang và Quảng Nam cùng giảm 15,5%."
    )
    assert [(f.indicator, f.region, f.value) for f in facts] == [
        ("iip", "Bến Tre", -60.1),
        ("iip", "Đồng Tháp", -59.1),
        ("iip", "An Giang", -15.5),
        ("iip", "Quảng Nam", -15.5),
    ]


def test_sectors_and_ownership_are_breakdowns_of_the_whole() -> None:
    facts = extract_facts(
        "Dự ước tốc độ tăng trưởng kinh tế 6 tháng đầu năm 2024 đạt 6,5%.\n"
        "Trong đó, khu vực công nghiệp và xây dựng tăng 6,78%. Giá trị sản xuất công nghiệp 7 tháng ước đạt "
        "225.393 tỷ đồng; khu vực kinh tế có vốn đầu tư nước ngoài ước đạt 197.600 tỷ đồng.",
        region="Bắc Giang",
    )
    sector = facts[1]
    assert (sector.indicator, sector.value, sector.breakdown, sector.status) == (
        "grdp_growth",
        6.78,
        "khu vực công nghiệp và xây dựng",
        "estimate",
    )
    fdi_part = facts[-1]
    assert (fdi_part.indicator, fdi_part.breakdown) == (
        "industrial_output_value",
        "khu vực kinh tế có vốn đầu tư nước ngoài",
    )


def test_a_plan_word_does_not_reach_past_a_contrast() -> None:
    facts = extract_facts("Quảng Ninh đã quy hoạch 44 CCN nhưng mới thành lập được 12 cụm.")
    assert [(f.indicator, f.value, f.status) for f in facts] == [
        ("cluster_count", 44, "plan"),
        ("cluster_count", 12, "actual"),
    ]


def test_a_threshold_and_a_list_length_are_not_facts_but_a_counted_condition_is() -> None:
    facts = extract_facts(
        "Trong tháng 9/2023, cả nước có 09 tỉnh, thành phố có kim ngạch xuất khẩu đạt trên 01 tỷ USD; "
        "05 địa phương cao nhất là: Bắc Ninh, Bình Dương."
    )
    assert [(f.indicator, f.value, f.unit) for f in facts] == [("other", 9, "count")]


def test_the_year_comes_from_the_comparison_and_a_total_to_a_day_is_ytd() -> None:
    nine = extract_facts("Chỉ số sản xuất công nghiệp 9 tháng của năm 2016 tăng trên 8% so cùng kỳ năm trước.")[0]
    assert (nine.period.kind, nine.period.year, nine.period.months) == ("ytd", 2016, 9)
    to_day = extract_facts("Tính đến ngày 15/10/2024, tỉnh thu hút 498,6 triệu USD vốn FDI.")[0]
    assert (to_day.period.kind, to_day.period.year, to_day.period.month, to_day.period.months) == (
        "ytd",
        2024,
        10,
        None,
    )


# --- issue 12, second pass (general rules from the dev split; texts written for the tests) ---


def test_kim_ngach_names_the_trade_flow_written_after_it() -> None:
    fact = _one("Tính chung 6 tháng, kim ngạch hàng hóa xuất khẩu đạt 250 triệu USD.")
    assert (fact.indicator, fact.value) == ("export_value", 250_000_000)


def test_a_part_equal_to_its_whole_is_not_dropped_as_a_copy() -> None:
    facts = extract_facts(
        "Lũy kế 2 tháng, chỉ số sản xuất công nghiệp tăng 5,2% so với cùng kỳ. "
        "Trong đó: công nghiệp chế biến, chế tạo tăng 5,2% so với cùng kỳ."
    )
    assert [(f.indicator, f.value, f.breakdown) for f in facts] == [
        ("iip", 5.2, None),
        ("iip", 5.2, "công nghiệp chế biến, chế tạo"),
    ]


def test_a_headline_does_not_swallow_a_part_that_rounds_like_it() -> None:
    facts = extract_facts(
        "Chỉ số sản xuất công nghiệp tháng 02/2019 tăng 30,10% so với cùng kỳ.\n\n"
        "Trong đó: công nghiệp chế biến, chế tạo tăng 30,25% so với cùng kỳ."
    )
    assert sorted((f.value, f.breakdown or "") for f in facts) == [
        (30.1, ""),
        (30.25, "công nghiệp chế biến, chế tạo"),
    ]


def test_from_the_start_of_the_year_to_a_month_is_months_so_far() -> None:
    fact = _one("Tính từ đầu năm 2022 đến cuối tháng 5, tỉnh thu hút vốn đầu tư nước ngoài đạt 12 triệu USD.")
    assert fact.period.to_dict() == {
        "kind": "ytd",
        "year": 2022,
        "month": 5,
        "months": 5,
        "quarter": None,
        "start_year": None,
        "end_year": None,
    }


def test_the_name_of_the_years_plan_does_not_replace_the_half_the_paragraph_runs_in() -> None:
    facts = extract_facts(
        "Trong 6 tháng đầu năm 2022, kinh tế tỉnh ổn định, tạo tiền đề thực hiện kế hoạch năm 2022. "
        "Cụ thể, chỉ số sản xuất công nghiệp tăng 7,5% so với cùng kỳ."
    )
    assert [(f.value, f.period.kind, f.period.year) for f in facts] == [(7.5, "half", 2022)]


def test_a_plan_year_still_dates_the_plan_figures_of_its_own_sentence() -> None:
    fact = _one("Kế hoạch năm 2022, tỉnh phấn đấu chỉ số sản xuất công nghiệp tăng 9%.")
    assert (fact.period.kind, fact.period.year, fact.status) == ("year", 2022, "plan")


def test_adjusted_capital_is_a_part_of_fdi() -> None:
    facts = extract_facts(
        "Năm 2023, tỉnh thu hút vốn đầu tư trực tiếp nước ngoài (FDI) đạt 300 triệu USD. "
        "Trong đó, 4 dự án điều chỉnh tăng vốn, đạt 50 triệu USD."
    )
    money = [f for f in facts if f.unit == "USD"]
    assert [(f.indicator, f.value, f.breakdown) for f in money] == [
        ("fdi_capital", 300_000_000, None),
        ("fdi_capital", 50_000_000, "điều chỉnh tăng vốn"),
    ]


def test_a_caption_line_does_not_part_a_figure_from_its_whole() -> None:
    text = (
        "Ước tính chỉ số sản xuất công nghiệp 7 tháng tăng 12,0% so với cùng kỳ.\n\n"
        "Ảnh minh họa.\n\n"
        "Trong đó, chỉ số sản xuất công nghiệp ngành khai khoáng bằng 96,5%."
    )
    # "bằng 96,5%" is read as an index (a fall of 3,5%) only next to the rate it belongs to.
    assert [(f.indicator, f.value) for f in extract_facts(text)] == [("iip", 12.0), ("iip", -3.5)]


def test_the_cycle_collector_is_as_it_was_after_an_extraction() -> None:
    assert gc.isenabled()
    assert extract_facts("Xuất khẩu ước đạt 17,6 tỷ USD.")
    assert gc.isenabled()
    gc.disable()
    try:
        extract_facts("Xuất khẩu ước đạt 17,6 tỷ USD.")
        assert not gc.isenabled()
    finally:
        gc.enable()
