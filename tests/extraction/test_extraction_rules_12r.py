"""Rules added from the dev split of the real corpus (issue 12, third pass): short texts
written for these tests, one rule each (README.md "Real published texts")."""

from __future__ import annotations

from provind.extraction import extract_facts
from tests.extraction.readings import indicator_value_unit as _facts


def test_a_share_or_growth_of_projects_that_adjusted_capital_is_not_fdi_capital() -> None:
    assert all(f[0] != "fdi_capital" for f in _facts("Số lượt dự án điều chỉnh vốn tăng 20% so với cùng kỳ."))
    assert all(f[0] != "fdi_capital" for f in _facts("Có 22 dự án điều chỉnh vốn, chiếm 40% số dự án."))
    # After an FDI whole, where "điều chỉnh vốn" alone would name the capital's part.
    facts = extract_facts(
        "Thu hút vốn FDI đạt 200 triệu USD, tăng 10%. Số lượt dự án điều chỉnh vốn tăng 20% so với cùng kỳ."
    )
    assert [(f.indicator, f.value) for f in facts if f.indicator == "fdi_capital"] == [("fdi_capital", 200_000_000)]


def test_the_amount_of_projects_that_adjusted_capital_is_fdi_capital() -> None:
    facts = extract_facts("Thu hút FDI đạt 200 triệu USD. 5 dự án điều chỉnh tăng vốn, đạt 104,79 triệu USD.")
    adjusted = [f for f in facts if f.value == 104_790_000]
    assert [(f.indicator, f.breakdown) for f in adjusted] == [("fdi_capital", "điều chỉnh tăng vốn")]
    # Without the projects before it, "điều chỉnh vốn" still names the capital's part.
    text = "Vốn FDI đạt 100 triệu USD, trong đó điều chỉnh vốn 30 triệu USD."
    assert ("fdi_capital", 30_000_000, "USD") in _facts(text)


def test_what_is_done_after_a_plan_word_is_actual() -> None:
    facts = extract_facts("Tỉnh quy hoạch 20 CCN với diện tích 500ha; đã thành lập 9 cụm.")
    assert [(f.indicator, f.value, f.status) for f in facts] == [
        ("cluster_count", 20, "plan"),
        ("cluster_area", 500, "plan"),
        ("cluster_count", 9, "actual"),
    ]
    facts = extract_facts("Kế hoạch vốn đầu tư công năm 2024 là 1.000 tỷ đồng, đã giải ngân đạt 55%.")
    assert [f.status for f in facts if f.value == 55] == ["actual"]


def test_clusters_something_was_done_to_are_not_the_cluster_count() -> None:
    text = (
        "Tỉnh đã rút khỏi quy hoạch 5 CCN, phê duyệt quy hoạch chi tiết 6 cụm và đang triển khai đầu tư hạ tầng 4 cụm."
    )
    facts = extract_facts(text)
    assert [(f.indicator, f.value, f.status) for f in facts] == [
        ("other", 5, "actual"),
        ("other", 6, "actual"),
        ("other", 4, "actual"),
    ]


def test_a_growth_after_a_share_belongs_to_the_level_before_it() -> None:
    text = "Bắc Giang thu hút vốn FDI 1,1 tỷ USD, chiếm 20,3% tổng vốn cả nước và tăng gấp 5,2 lần so với cùng kỳ."
    facts = {f.unit: f for f in extract_facts(text)}
    assert facts["USD"].change is not None
    assert (facts["USD"].change.value, facts["USD"].change.unit) == (5.2, "x")
    assert facts["%"].change is None
    # A change in points stays with the share.
    text = "Xuất khẩu đạt 2 tỷ USD, chiếm 30% cả nước, tăng 2 điểm phần trăm."
    facts = {f.unit: f for f in extract_facts(text)}
    assert facts["%"].change is not None
    assert facts["%"].change.unit == "pp"


def test_parts_reach_back_over_paragraphs_without_an_indicator_figure() -> None:
    text = (
        "Lũy kế 9 tháng năm 2025, kim ngạch xuất khẩu của tỉnh đạt 3,2 tỷ USD.\n\n"
        "Đây là mức tăng ấn tượng, khẳng định sức bật của khu vực sản xuất.\n\n"
        "Hàng hóa của tỉnh đã có mặt tại 120 quốc gia và vùng lãnh thổ.\n\n"
        "Một số mặt hàng có tốc độ tăng trưởng cao, tiêu biểu là giày dép tăng 105%, dệt may tăng 35,6%."
    )
    growths = [f for f in extract_facts(text) if f.value is None]
    assert [f.indicator for f in growths] == ["export_value", "export_value"]
    assert [str(f.breakdown).split()[-1] for f in growths] == ["dép", "may"]


def test_goods_named_well_before_the_figure_are_parts_of_the_whole() -> None:
    text = (
        "Kim ngạch xuất khẩu ước đạt 3,2 tỷ USD. Một số nhóm hàng khác cũng ghi nhận kết quả tích cực"
        " như ván ép, tre ghép, viên nén ước đạt 44,6 triệu USD."
    )
    assert [f.indicator for f in extract_facts(text)] == ["export_value", "export_value"]


def test_a_ranked_list_of_amounts_gives_each_province_the_ranked_indicator() -> None:
    text = (
        "Hà Nội có số vốn đăng ký lớn nhất với 700 triệu USD, chiếm 20% tổng vốn; tiếp đến là Bắc Ninh"
        " thu hút 500 triệu USD; Hải Dương 280 triệu USD.\n\n"
        "Trong số 30 quốc gia và vùng lãnh thổ có dự án đầu tư được cấp mới, Hàn Quốc dẫn đầu."
    )
    money = [(f.indicator, f.region) for f in extract_facts(text) if f.unit == "USD"]
    assert money == [("fdi_capital", "Hà Nội"), ("fdi_capital", "Bắc Ninh"), ("fdi_capital", "Hải Dương")]


def test_a_figure_repeated_with_its_growth_is_one_fact() -> None:
    text = (
        "Kim ngạch xuất khẩu năm 2023 của TP Hồ Chí Minh đạt 42,5 tỷ USD.\n"
        "Cụ thể: Bắc Ninh kim ngạch đạt 39,3 tỷ USD; Hải Phòng kim ngạch đạt 26,8 tỷ USD.\n"
        "Đáng chú ý, Hải Phòng đạt 26,8 tỷ USD, tăng 7,4% so với năm 2022."
    )
    facts = [f for f in extract_facts(text) if f.value == 26_800_000_000]
    assert len(facts) == 1
    assert facts[0].change is not None
    assert facts[0].change.value == 7.4


def test_with_before_a_growth_is_not_a_comparison() -> None:
    for text in (
        "Năm 2024, Bắc Giang dẫn đầu cả nước với GRDP tăng 13,85%.",
        "Tốc độ tăng trưởng kinh tế đạt mức cao nhất trong 10 năm qua với tỷ lệ 12,01%.",
    ):
        (fact,) = extract_facts(text)
        assert fact.change is not None
        assert fact.change.basis == "yoy", text
    (fact,) = extract_facts("So với cùng kỳ, GRDP tăng 7%.")
    assert fact.change is not None
    assert fact.change.basis == "yoy"


def test_parts_opening_a_paragraph_take_the_status_of_the_whole_before_it() -> None:
    text = (
        "Ước tính chỉ số sản xuất công nghiệp 7 tháng tăng 50,0% so với cùng kỳ.\n\n"
        "Ảnh minh họa.\n\n"
        "Trong đó, chỉ số sản xuất công nghiệp ngành khai khoáng giảm 2,2%; ngành chế biến, chế tạo tăng 53,4%."
    )
    assert [(f.value, f.status) for f in extract_facts(text)] == [
        (50, "estimate"),
        (-2.2, "estimate"),
        (53.4, "estimate"),
    ]


def test_sector_parts_after_a_figure_per_head_belong_to_the_total() -> None:
    text = (
        "Trong 6 tháng đầu năm 2018, tổng giá trị gia tăng của tỉnh ước đạt hơn 2.891 tỷ đồng. GRDP bình quân"
        " đầu người 6 tháng đầu năm đạt 13 triệu đồng/người.\n\n"
        "Cụ thể về lĩnh vực nông, lâm, ngư nghiệp ước đạt hơn 800 tỷ đồng; khu vực công nghiệp - xây dựng cơ bản"
        " đạt hơn 400 tỷ đồng."
    )
    parts = [f.indicator for f in extract_facts(text) if f.value in (800_000_000_000, 400_000_000_000)]
    assert parts == ["grdp", "grdp"]


def test_years_in_the_plural_are_not_the_period_of_the_figures() -> None:
    text = (
        "GDP năm 2024 ước tính tăng 7,09% so với năm trước, chỉ thấp hơn tốc độ tăng của các năm 2018, 2019 và"
        " 2022 trong giai đoạn 2011-2024. Khu vực dịch vụ tăng 7,38%, đóng góp 49,46%."
    )
    facts = extract_facts(text)
    assert [(f.period.kind, f.period.year) for f in facts] == [("year", 2024)] * 3
    # The contribution has the status of the growth it follows.
    assert [f.status for f in facts] == ["estimate"] * 3


def test_parts_with_a_bare_growth_share_the_comparison_of_their_whole() -> None:
    text = (
        "Chỉ số sản xuất công nghiệp tháng 10/2022 tăng 1,34% so với tháng trước, trong đó ngành khai khoáng"
        " tăng 1,75%; sản xuất và phân phối điện tăng 1,06%; cung cấp nước tăng 0,42% so với cùng kỳ."
    )
    bases = [f.change.basis for f in extract_facts(text) if f.change is not None]
    assert bases == ["mom", "mom", "mom", "yoy"]


def test_with_after_a_growth_is_not_a_comparison() -> None:
    text = "Xuất khẩu hải sản đạt 37 triệu USD, tăng 25,6%, với các sản phẩm tôm đông, cá đông."
    (fact,) = extract_facts(text)
    assert fact.change is not None
    assert fact.change.basis == "yoy"


def test_a_text_dated_only_by_its_comparisons_is_the_same_period_a_year_later() -> None:
    text = (
        "Khu vực dịch vụ tăng 6,85%, đóng góp 2,59 điểm phần trăm.\n"
        "Ngành thủy sản tăng 5,08% so với cùng kỳ năm 2016; ngành lâm nghiệp tăng 4,31%, thấp hơn mức tăng"
        " 5,75% của 6 tháng năm 2016."
    )
    periods = {(f.period.kind, f.period.year, f.period.month) for f in extract_facts(text) if f.value in (6.85, 5.08)}
    assert periods == {("half", 2017, 6)}


def test_bare_counts_in_brackets_after_provinces_continue_a_ranked_count() -> None:
    text = (
        "Long An là tỉnh có số lao động tăng thêm nhiều nhất với 6.398 lao động, kế đến là Tiền Giang (4.227),"
        " Đồng Tháp (2.810)."
    )
    facts = [(f.indicator, f.value, f.region) for f in extract_facts(text)]
    assert facts == [
        ("employment", 6398, "Long An"),
        ("employment", 4227, "Tiền Giang"),
        ("employment", 2810, "Đồng Tháp"),
    ]
    # A bracketed number that is not after a province is not a figure.
    assert [f.value for f in extract_facts("Tỉnh có 6.398 lao động mới (năm trước 5.000).")] == [6398]


def test_an_economic_region_is_the_place_of_its_figures() -> None:
    text = "Theo VCCI Cần Thơ, trong quý I/2022, toàn vùng Đồng bằng sông Cửu Long (ĐBSCL) có 4.577 doanh nghiệp."
    assert [f.region for f in extract_facts(text)] == ["Đồng bằng sông Cửu Long"]


def test_structure_shares_listed_after_an_estimated_one_are_estimates_of_its_year() -> None:
    text = (
        "Về cơ cấu kinh tế vùng năm 2023, ước tính khu vực nông, lâm nghiệp và thủy sản chiếm tỷ trọng 29,7%;"
        " khu vực công nghiệp và xây dựng chiếm 28,3%; khu vực dịch vụ chiếm 37,6% (Cơ cấu tương ứng của năm"
        " 2022 là 30,7%; 27,2%; 36,8%)."
    )
    facts = {f.value: f for f in extract_facts(text)}
    assert [(facts[v].status, facts[v].period.year) for v in (29.7, 28.3, 37.6)] == [("estimate", 2023)] * 3
    # The structure of the year before, named by "cơ cấu", has no status.
    assert [(facts[v].status, facts[v].period.year) for v in (30.7, 27.2, 36.8)] == [(None, 2022)] * 3


def test_what_a_contribution_goes_into_is_not_the_subject_after_it() -> None:
    text = (
        "GDP 6 tháng ước tính tăng 7,08%. Theo đó, khu vực nông lâm thuỷ sản tăng 3,39%, góp 9,7% vào mức tăng"
        " trưởng chung, khu vực công nghiệp và xây dựng tăng 9,07%, góp 48,9%."
    )
    facts = {f.value: f for f in extract_facts(text)}
    assert facts[9.07].breakdown == "khu vực công nghiệp và xây dựng"
    assert [facts[v].status for v in (3.39, 9.7, 9.07, 48.9)] == ["estimate"] * 4
    # It names the figure right after it.
    (growth,) = [
        f
        for f in extract_facts("Công nghiệp đóng góp 4,7 điểm phần trăm vào mức tăng trưởng chung 9,8%.")
        if f.value == 9.8
    ]
    assert growth.indicator == "grdp_growth"


def test_a_growth_set_against_another_rate_is_year_on_year() -> None:
    text = (
        "Ngành nông nghiệp tăng khá ở mức 2,01% so với mức giảm 0,78% của cùng kỳ năm trước. Ngành công nghiệp"
        " tăng 5,33%, thấp hơn nhiều so với mức tăng 9,66% của cùng kỳ năm 2015."
    )
    bases = {f.change.value: f.change.basis for f in extract_facts(text) if f.change is not None}
    assert bases[2.01] == "yoy"
    assert bases[5.33] == "yoy"


def test_totals_to_the_middle_of_a_month_and_this_year() -> None:
    text = (
        "Tính đến giữa tháng 12/2022, thành phố đã thu ngân sách 457.500 tỷ đồng.\n\n"
        "Năm nay, tổng sản phẩm trên địa bàn Hà Nội tăng 8,89% so với năm 2021."
    )
    periods = [(f.period.kind, f.period.year, f.period.month) for f in extract_facts(text)]
    assert periods == [("ytd", 2022, 12), ("year", 2022, None)]
    # "tháng 8 năm nay" stays a month.
    (fact,) = extract_facts("Xuất khẩu tháng 8 năm nay đạt 2 tỷ USD, tăng 5% so với cùng kỳ năm 2023.")
    assert (fact.period.kind, fact.period.year, fact.period.month) == ("month", 2024, 8)


def test_months_run_in_the_year_whose_beginning_the_text_names() -> None:
    text = (
        "Kim ngạch xuất khẩu toàn tỉnh 9 tháng đạt hơn 4,36 tỷ USD, tăng 11,73% so với cùng kỳ, vượt kế hoạch"
        " đề ra đầu năm 2022."
    )
    (fact,) = extract_facts(text)
    assert (fact.period.kind, fact.period.year, fact.period.months) == ("ytd", 2022, 9)


def test_a_headline_copy_without_a_place_is_the_same_figure() -> None:
    text = (
        "9 tỉnh, thành phố đạt kim ngạch xuất khẩu năm 2023 trên 10 tỷ USD\n"
        "Theo báo cáo năm 2023, cả nước có 9 địa phương đạt tổng kim ngạch xuất khẩu từ 10 tỷ USD trở lên."
    )
    assert [(f.value, f.region) for f in extract_facts(text) if f.unit == "count"] == [(9, "Việt Nam")]


def test_contributions_in_points_written_in_any_order() -> None:
    text = (
        "Tổng sản phẩm năm 2021 ước đạt trên 7.740 tỷ đồng, tăng 3,73% so với cùng kỳ. Trong đó, khu vực công"
        " nghiệp, xây dựng đạt trên 1.285 tỷ đồng, tăng 5,26%, đóng góp vào mức tăng trưởng chung 0,86 điểm phần"
        " trăm; khu vực dịch vụ đạt gần 4.009 tỷ đồng, tăng 3,24% và đóng góp 1,68% điểm phần trăm."
    )
    facts = [(f.indicator, f.value, f.unit) for f in extract_facts(text)]
    assert facts == [
        ("grdp", 7_740_000_000_000, "VND"),
        ("grdp", 1_285_000_000_000, "VND"),
        ("other", 0.86, "pp"),
        ("grdp", 4_009_000_000_000, "VND"),
        ("other", 1.68, "pp"),
    ]


def test_headline_copies_of_body_figures_are_dropped() -> None:
    text = (
        "Kim ngạch xuất khẩu tăng 28%\n\n"
        "Kim ngạch xuất khẩu 8 tháng năm 2022 của tỉnh ước đạt 1,533 tỷ USD, tăng gần 28% so với cùng kỳ."
    )
    assert [(f.value, f.period.months) for f in extract_facts(text)] == [(1_533_000_000, 8)]
    text = (
        "# hơn 75 nghìn tỷ đồng\n"
        "5 tháng, giá trị sản xuất công nghiệp của Bắc Giang tăng 30,2%\n"
        "Theo số liệu, 5 tháng đầu năm 2019, giá trị sản xuất công nghiệp của tỉnh Bắc Giang ước đạt 75.595 tỷ"
        " đồng, tăng 30,2% so với cùng kỳ."
    )
    assert [f.value for f in extract_facts(text)] == [75_595_000_000_000]


def test_a_total_named_again_introduces_its_parts() -> None:
    text = (
        "Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng tháng 8/2018 ước tính đạt 370 nghìn tỷ đồng.\n\n"
        "Theo Tổng cục Thống kê, trong tổng mức 370 nghìn tỷ đồng, doanh thu bán lẻ hàng hóa đạt 277,2 nghìn tỷ"
        " đồng."
    )
    facts = [(f.indicator, f.value, f.status) for f in extract_facts(text)]
    assert facts == [
        ("retail_sales_services", 370_000_000_000_000, "estimate"),
        ("retail_sales_services", 277_200_000_000_000, "estimate"),
    ]


def test_shares_of_a_money_total_keep_their_status() -> None:
    text = (
        "Nếu phân theo ngành kinh tế, nhóm ngành thương nghiệp bán lẻ chiếm tỷ trọng 80,5% trong tổng mức; nhóm"
        " dịch vụ lưu trú và ăn uống chiếm 9,1%."
    )
    assert [f.status for f in extract_facts(text)] == ["actual", "actual"]
    # Shares of the economy have none.
    text = "Về cơ cấu kinh tế, khu vực dịch vụ chiếm 40,1%; khu vực công nghiệp và xây dựng chiếm 35,2%."
    assert [f.status for f in extract_facts(text)] == [None, None]


def test_a_figure_compared_with_the_month_before_is_the_month_s_own() -> None:
    text = (
        "10 tháng năm 2020, kim ngạch xuất khẩu của tỉnh đạt 21,8 tỷ USD.\n\n"
        "Khu vực kinh tế có vốn đầu tư trong nước tăng 1,5% so với tháng trước và tăng 11% so với cùng kỳ."
    )
    periods = [(f.period.kind, f.period.month, f.period.months) for f in extract_facts(text)]
    assert periods == [("ytd", 10, 10), ("month", 10, None)]


def test_this_index_and_other_indices() -> None:
    text = (
        "IIP tháng 9-2025 ước tăng 4,2% so với tháng trước và tăng 16,8% so với cùng kỳ năm 2024. Tính chung 9"
        " tháng, chỉ số này tăng 6,9% so với cùng kỳ. Chỉ số lao động làm việc trong các doanh nghiệp công nghiệp"
        " tháng 9 tăng 2,6% so với cùng kỳ."
    )
    facts = [(f.indicator, f.value, f.period.kind) for f in extract_facts(text)]
    assert facts == [
        ("iip", 4.2, "month"),
        ("iip", 16.8, "month"),
        ("iip", 6.9, "ytd"),
        ("employment", 2.6, "month"),
    ]
    (other,) = extract_facts("Chỉ số tiêu thụ toàn ngành công nghiệp chế biến, chế tạo tháng 9 tăng 20,6%.")
    assert other.indicator == "other"


def test_a_list_of_provinces_after_a_count_takes_the_list_s_indicator() -> None:
    text = (
        "Được biết, 10 tỉnh, thành phố có tốc độ tăng GRDP dự ước dẫn đầu cả nước trong năm 2023 gồm: Bắc Giang"
        " tăng 13,45%, Hậu Giang tăng 12,27%, Quảng Ninh tăng 11,03%."
    )
    facts = [(f.indicator, f.value, f.region, f.status) for f in extract_facts(text) if f.unit == "%"]
    assert facts == [
        ("grdp_growth", 13.45, "Bắc Giang", "estimate"),
        ("grdp_growth", 12.27, "Hậu Giang", "estimate"),
        ("grdp_growth", 11.03, "Quảng Ninh", "estimate"),
    ]


def test_parts_of_the_production_index_and_power_sources() -> None:
    text = (
        "Tháng 8/2023, chỉ số sản xuất công nghiệp (IIP) tỉnh tăng 9,44%. Trong đó, công nghiệp khai khoáng duy"
        " trì mức tăng trưởng cao, tăng 47,6%; sản xuất và phân phối điện tăng 6,79% (Điện gió 68,4 triệu kwh,"
        " tăng 40,84%)."
    )
    facts = [(f.indicator, f.value) for f in extract_facts(text)]
    assert ("iip", 47.6) in facts
    assert ("electricity", 68_400_000) in facts
    assert all(indicator != "grdp_growth" for indicator, _ in facts)


def test_a_line_wrapped_inside_a_sentence_is_read_as_one_line() -> None:
    text = (
        "Chỉ số sản xuất toàn ngành công nghiệp (IIP) tháng 8/2024 ước tăng 22,34% so\n"
        "với tháng trước và tăng 15,69% so với cùng kỳ năm trước, trong đó: Ngành công\n"
        "nghiệp khai khoáng tăng 11,19% so với cùng kỳ năm trước."
    )
    facts = [(f.value, f.change.basis if f.change else None, f.breakdown) for f in extract_facts(text)]
    assert facts == [(22.34, "mom", None), (15.69, "yoy", None), (11.19, "yoy", "công nghiệp khai khoáng")]
    # A line ending a heading or a sentence stays a break.
    assert extract_facts("Xuất khẩu\nĐồng Nai đạt 2 tỷ USD.")[0].region == "Đồng Nai"
