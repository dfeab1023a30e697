"""Rules of the sixth pass on values missed or spurious (w12v8): each fails on the code before
it (README.md "Sixth pass, values missed or spurious (w12v8)"). The sentences are written for
these tests."""

from __future__ import annotations

from provind.extraction import extract_facts
from tests.extraction.readings import indicator_value_unit as _values


def test_workers_and_trade_outlets_are_counted() -> None:
    text = (
        "Đến cuối tháng 9, toàn tỉnh có 31 siêu thị, trung tâm thương mại và khoảng 85 cửa hàng tiện lợi. "
        "Hội chợ thu hút 650 gian hàng. Nhà máy dự kiến tuyển dụng 4.500 công nhân."
    )
    counts = [(f.indicator, f.value) for f in extract_facts(text) if f.unit == "count"]
    assert counts == [("other", 31), ("other", 85), ("other", 650), ("employment", 4500)]


def test_groups_of_goods_meeting_a_condition_are_counted() -> None:
    text = "Phân theo nhóm hàng, 10/12 nhóm hàng có chỉ số tăng so với cùng kỳ năm trước."
    counts = [(f.indicator, f.value, f.of) for f in extract_facts(text) if f.unit == "count"]
    assert counts == [("other", 10, 12)]


def test_a_space_lost_after_muc_and_before_a_year_is_put_back() -> None:
    text = "Quý I năm2024, tổng mứcbán lẻ hàng hóa và dịch vụ đạt 21.050 tỷ đồng, tăng 9,8%."
    facts = extract_facts(text)
    assert [(f.indicator, f.value) for f in facts] == [("retail_sales_services", 21_050e9)]
    assert facts[0].period.year == 2024


def test_districts_with_the_same_count_are_two_figures() -> None:
    text = (
        "Đến năm 2030, huyện Tân Lạc có 3 CCN với diện tích 120 ha; huyện Lạc Sơn có 3 CCN; thị xã Mường Khến có 2 CCN."
    )
    counts = [(f.value, f.breakdown) for f in extract_facts(text) if f.indicator == "cluster_count"]
    assert counts == [(3, "huyện Tân Lạc"), (3, "huyện Lạc Sơn"), (2, "thị xã Mường Khến")]


def test_an_amount_in_another_currency_in_brackets_is_no_second_figure() -> None:
    text = (
        "GRDP năm 2023 đạt 98.500 tỷ đồng (4,1 tỷ USD). Vốn FDI đăng ký đạt 2.350 tỷ đồng "
        "(tương đương 97,5 triệu USD), tăng 12%."
    )
    assert _values(text) == [("grdp", 98_500e9, "VND"), ("fdi_capital", 2_350e9, "VND")]


def test_capital_raised_is_a_level_not_a_change() -> None:
    text = (
        "6 tháng đầu năm, tỉnh thu hút 5 dự án FDI với tổng vốn đầu tư đăng ký 420 tỷ đồng, "
        "đăng ký tăng vốn 610 tỷ đồng."
    )
    facts = [f for f in extract_facts(text) if f.unit == "VND"]
    assert [(f.indicator, f.value, f.change) for f in facts] == [
        ("fdi_capital", 420e9, None),
        ("fdi_capital", 610e9, None),
    ]


def test_tong_muc_dau_tu_is_projects_capital() -> None:
    text = "Tỉnh có 12 dự án FDI được cấp mới, với tổng mức đầu tư 850,5 triệu USD."
    assert ("fdi_capital", 850_500_000, "USD") in _values(text)


def test_a_multiple_of_a_named_part_is_that_parts_growth() -> None:
    text = (
        "Chỉ số sản xuất công nghiệp tháng 7 tăng 9,1% so với cùng kỳ. Trong đó, sản xuất đồ uống "
        "tăng 8,2%; sản xuất phân bón tăng gấp 4 lần; sản xuất giấy tăng gấp 2,5 lần; in ấn tăng 3%."
    )
    facts = extract_facts(text)
    parts = [(f.indicator, f.value, f.change.value, f.change.unit, f.breakdown) for f in facts if f.change]
    assert parts[2:4] == [
        ("iip", None, 4, "x", "sản xuất phân bón"),
        ("iip", None, 2.5, "x", "sản xuất giấy"),
    ]
    assert parts[4][:4] == ("iip", 3, 3, "%")
    assert not facts[1].extra_changes


def test_a_rate_whose_percent_sign_was_lost_is_read() -> None:
    text = (
        "Chỉ số sản xuất công nghiệp tháng 8 tăng 6,2% so với cùng kỳ; ngành chế biến, chế tạo tăng "
        "7,1%; ngành cung cấp nước tăng nhẹ 0,52."
    )
    assert ("iip", 0.52, "%") in _values(text)


def test_a_number_before_a_word_after_a_rise_is_no_rate() -> None:
    text = "Chỉ số cải cách hành chính tăng 4,1%, xếp thứ 20/63, tăng 3 bậc so với năm 2022."
    assert [v for v in _values(text) if v[1] == 3] == []


def test_a_headline_naming_a_part_is_the_bodys_part_again() -> None:
    text = (
        "Hà Tĩnh: 6 tháng, thu nội địa ước đạt 5.120 tỷ đồng\n"
        "Tổng thu ngân sách nhà nước 6 tháng ước đạt 7.900 tỷ đồng, tăng 6% so với cùng kỳ, trong đó "
        "thu nội địa ước đạt 5.120 tỷ đồng, tăng 9%; thu xuất nhập khẩu ước đạt 2.780 tỷ đồng."
    )
    values = [f.value for f in extract_facts(text) if f.unit == "VND"]
    assert values == [7_900e9, 5_120e9, 2_780e9]


def test_a_qualifier_before_the_amount_of_counted_projects_names_no_part() -> None:
    text = (
        "Quảng Ngãi cấp phép cho 3 dự án gần 12 nghìn tỷ đồng\n"
        "Trong tháng, tỉnh cấp chứng nhận đầu tư cho 3 dự án với tổng vốn đăng ký 11.874 tỷ đồng."
    )
    money = [(f.value, f.breakdown) for f in extract_facts(text) if f.unit == "VND"]
    assert money == [(11_874e9, None)]


def test_attainment_of_the_spending_task_is_a_plan_attainment() -> None:
    text = "Chi ngân sách địa phương ước đạt 2.310 tỷ đồng, đạt 41,2% nhiệm vụ chi và tăng 8,5%."
    facts = extract_facts(text)
    assert [(f.value, f.unit) for f in facts] == [(2_310e9, "VND")]
    assert facts[0].plan_attainment == [{"value": 41.2, "unit": "%", "of": "nhiệm vụ chi"}]


def test_a_rounded_lead_figure_is_the_precise_figure_again() -> None:
    text = (
        "Tin kinh tế Bình Định xuất khẩu gần 1,6 tỷ USD trong 9 tháng năm 2024 đến 80 thị trường Lũy kế "
        "9 tháng năm 2024, tổng kim ngạch xuất khẩu hàng hóa của tỉnh ước đạt 1,574 tỷ USD, tăng 11%."
    )
    assert [v for v in _values(text) if v[2] == "USD"] == [("export_value", 1_574_000_000, "USD")]


def test_places_ranked_by_a_superlative_only_introduce_their_list() -> None:
    text = (
        "Năm 2024, 6 tỉnh, thành phố có tốc độ tăng GRDP dự ước dẫn đầu cả nước gồm: Bắc Giang tăng "
        "13,8%, Hải Phòng tăng 11,1%, Quảng Ninh tăng 10,2%."
    )
    facts = extract_facts(text)
    assert [f.unit for f in facts].count("count") == 0
    assert [(f.indicator, f.value, f.status) for f in facts] == [
        ("grdp_growth", 13.8, "estimate"),
        ("grdp_growth", 11.1, "estimate"),
        ("grdp_growth", 10.2, "estimate"),
    ]


def test_the_spread_of_a_counted_groups_condition_is_no_figure() -> None:
    text = (
        "Tổng mức bán lẻ hàng hóa 6 tháng đạt 18.200 tỷ đồng, tăng 10,2%. Phân theo nhóm hàng, 11/12 "
        "nhóm hàng có chỉ số tăng từ 6,5-13,8% so cùng kỳ năm trước."
    )
    facts = extract_facts(text)
    assert [(f.indicator, f.value, f.unit) for f in facts] == [
        ("retail_sales_services", 18_200e9, "VND"),
        ("other", 11, "count"),
    ]


def test_a_growth_alone_rounding_a_levels_growth_is_that_figure_again() -> None:
    text = (
        "Tình hình kinh tế tỉnh tháng 10\n"
        "Tính chung 10 tháng, chỉ số sản xuất công nghiệp tăng 5,2% so với cùng kỳ.\n"
        "Tổng thu ngân sách Nhà nước tăng hơn 6%\n"
        "Lũy kế 10 tháng, tổng thu ngân sách Nhà nước đạt 2.318,4 tỷ đồng, tăng 6,37% so với cùng kỳ "
        "năm trước."
    )
    budget = [
        (f.value, f.change.value if f.change else None) for f in extract_facts(text) if f.indicator == "budget_revenue"
    ]
    assert budget == [(2_318.4e9, 6.37)]


def test_a_sentence_opened_by_day_la_compares_the_figure_before_it() -> None:
    text = (
        "Năm 2024, kim ngạch xuất khẩu của tỉnh đạt 2,1 tỷ USD, tăng 12% so với năm trước. Đây là mức "
        "cao nhất từ trước đến nay và gấp 1,8 lần so với năm 2020."
    )
    facts = extract_facts(text)
    assert [(f.indicator, f.value) for f in facts] == [("export_value", 2_100_000_000)]
    assert [(c.value, c.unit) for c in facts[0].extra_changes] == [(1.8, "x")]


def test_people_said_to_go_to_work_are_employment() -> None:
    text = "Năm 2024, toàn tỉnh có 2.350 người đi làm việc ở nước ngoài theo hợp đồng."
    assert _values(text) == [("employment", 2350, "count")]


def test_the_area_added_in_brackets_is_the_change_of_the_new_area() -> None:
    text = "Tỉnh đề xuất mở rộng CCN Đông Phong từ 40,5 ha lên 62,3 ha (thêm 21,8 ha)."
    facts = extract_facts(text)
    assert [(f.indicator, f.value) for f in facts] == [("cluster_area", 40.5), ("cluster_area", 62.3)]
    change = facts[1].change
    assert change is not None
    assert (change.value, change.unit, change.direction) == (21.8, "ha", "up")
