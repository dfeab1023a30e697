"""Rules of the tuning pass on blind24 (w12t24): each fails on the code before it (README.md
"Tuning on blind24, every error category (w12t24)")."""

from __future__ import annotations

from provind.extraction import extract_facts


def _codes(text: str) -> list[tuple[str, float | None]]:
    return [(f.indicator, f.value) for f in extract_facts(text)]


def test_bank_loans_after_months_so_far_are_a_stock_at_the_months_end() -> None:
    text = (
        "Tổng mức bán lẻ hàng hoá, dịch vụ tiêu dùng xã hội 8 tháng ước đạt 43.200 tỷ đồng, tăng "
        "14,8% so với cùng kỳ. Dư nợ tín dụng đạt 87.700 tỷ đồng, tăng 5,4%; tỷ lệ nợ xấu ở mức 1,4%."
    )
    facts = {f.value: f for f in extract_facts(text)}
    for value in (87_700_000_000_000, 1.4):
        period = facts[value].period
        assert (period.kind, period.month, period.months) == ("ytd", 8, None)
    assert facts[43_200_000_000_000].period.months == 8


def test_deposits_and_loans_listed_after_retail_sales_are_subjects_of_their_own() -> None:
    text = (
        "10 tháng đầu năm 2025, tổng mức bán lẻ hàng hóa và dịch vụ đạt 54.581 tỷ đồng, tăng 15,1%; "
        "vốn huy động 87.300 tỷ đồng, dư nợ tín dụng 89.400 tỷ đồng."
    )
    codes = _codes(text)
    assert ("other", 87_300_000_000_000) in codes
    assert ("other", 89_400_000_000_000) in codes


def test_months_so_far_of_this_province_continue_the_indicator_before() -> None:
    text = (
        "Tổng mức bán lẻ hàng hóa, doanh thu dịch vụ tiêu dùng tháng 2/2025 ước đạt hơn 14.064 tỷ "
        "đồng, tăng 21,49% so với cùng kỳ năm trước. Lũy kế 2 tháng đầu năm của tỉnh này ước đạt "
        "hơn 29.200 tỷ đồng, tăng 52,23%."
    )
    assert ("retail_sales_services", 29_200_000_000_000) in _codes(text)


def test_the_value_after_an_export_volume_is_the_export_value() -> None:
    text = (
        "Trong 2 tháng đầu năm 2022, kim ngạch xuất khẩu toàn tỉnh ước đạt 146,24 triệu USD. Cụ thể, "
        "cà phê nhân lũy kế sản lượng xuất khẩu đạt 12,06 ngàn tấn, ước đạt giá trị 21,92 triệu USD, "
        "tăng 68,49% về giá trị so với cùng kỳ."
    )
    assert ("export_value", 21_920_000) in _codes(text)


def test_a_year_just_gone_by_ends_a_series_of_levels() -> None:
    text = (
        "Năm 2004, giá trị kim ngạch xuất khẩu chỉ đạt khoảng 50 triệu USD; năm 2009 là hơn 200 triệu "
        "USD… và đến năm 2017 vừa qua lên đến 950 triệu USD."
    )
    facts = [f for f in extract_facts(text) if f.value == 950_000_000]
    assert [(f.indicator, f.period.kind, f.period.year) for f in facts] == [("export_value", "year", 2017)]


def test_the_total_of_firms_raised_to_is_no_count_of_new_ones() -> None:
    text = (
        "Từ đầu năm đến nay, đã có 490 doanh nghiệp thành lập mới (tăng 9,4% so với cùng kỳ năm 2022) "
        "với tổng vốn đăng ký 5.142 tỷ đồng (tăng 10,2%), nâng tổng số doanh nghiệp đăng ký hoạt động "
        "trên địa bàn tỉnh lên 8.921 doanh nghiệp."
    )
    codes = _codes(text)
    assert ("new_enterprises", 490) in codes
    assert ("other", 8921) in codes


def test_doanh_nghiep_moi_are_new_enterprises() -> None:
    text = "10 tháng đầu năm 2025, thành phố có 887 doanh nghiệp mới, tăng 37%."
    assert ("new_enterprises", 887) in _codes(text)


def test_parts_in_money_of_a_level_given_only_against_the_plan() -> None:
    text = (
        "Giá trị sản xuất công nghiệp luỹ kế 8 tháng năm 2021 đạt 66,29% so với kế hoạch năm 2021. "
        "Trong đó, ngành khai khoáng ước đạt 319,09 tỷ đồng, tăng 14,09% so với cùng kỳ; công nghiệp "
        "chế biến, chế tạo ước đạt 8.616,87 tỷ đồng, tăng 8,57%."
    )
    codes = _codes(text)
    assert ("industrial_output_value", 319_090_000_000) in codes


def test_a_base_in_brackets_with_a_qualifier_is_the_year_before() -> None:
    text = (
        "9 tháng năm 2022, thu nội địa đạt gần 6.230 tỷ đồng, tăng 33% so với cùng kỳ năm 2021 "
        "(cùng kỳ đạt hơn 4.684 tỷ đồng - PV)."
    )
    facts = [f for f in extract_facts(text) if f.value == 4_684_000_000_000]
    assert [f.period.year for f in facts] == [2021]


def test_a_named_subject_growing_is_no_change_of_an_unnamed_area_before() -> None:
    text = (
        "6 tháng đầu năm, đã thực hiện chuyển đổi 1.196 ha đất trồng lúa hiệu quả thấp sang trồng các "
        "loại cây khác. Chăn nuôi tiếp tục phát triển; sản lượng thịt hơi tăng 6,9%."
    )
    facts = extract_facts(text)
    area = [f for f in facts if f.value == 1196]
    assert len(area) == 1
    assert area[0].change is None
    assert any(f.change is not None and f.change.value == 6.9 and f.value is None for f in facts)
