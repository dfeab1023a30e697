"""Rules of the blind16 pass (w12t16): each fails on the code before it
(README.md "Sixteenth pass, tuning on blind16 (w12t16)")."""

from __future__ import annotations

from provind.extraction import extract_facts


def _bases(text: str) -> list[tuple[str, float | None, str | None]]:
    facts = extract_facts(text, region="Thái Bình")
    return [(f.indicator, f.value, f.change.basis if f.change else None) for f in facts]


def test_price_groups_follow_a_headline_against_the_month_before() -> None:
    text = (
        "Chỉ số giá tiêu dùng tháng 6/2024 tăng 0,42% so với tháng 5/2024. Trong tháng có 4/11 nhóm hàng có "
        "chỉ số tăng nhẹ là nhóm hàng ăn và dịch vụ ăn uống tăng 0,70%; nhóm giao thông tăng 0,69%."
    )
    got = [(code, value, basis) for code, value, basis in _bases(text) if code == "cpi"]
    assert got == [("cpi", 0.42, "mom"), ("cpi", 0.7, "mom"), ("cpi", 0.69, "mom")]


def test_price_groups_after_both_comparisons_are_against_the_month_before() -> None:
    text = (
        "Chỉ số giá tiêu dùng (CPI) tháng 11-2024 tăng 0,31% so tháng trước và tăng 3,84% so tháng 11-2023. "
        "CPI tháng 11 tăng do nhóm hàng may mặc, mũ nón và giày dép tăng 0,05%; giao thông tăng 1,94%."
    )
    assert [basis for code, _, basis in _bases(text) if code == "cpi"] == ["mom", "yoy", "mom", "mom"]


def test_price_groups_naming_the_same_month_last_year_keep_it() -> None:
    text = (
        "Chỉ số giá tiêu dùng tháng 6/2024 tăng 0,42% so với tháng 5/2024. So với cùng kỳ năm trước, "
        "nhóm hàng ăn và dịch vụ ăn uống tăng 3,70%; nhóm giao thông tăng 2,69%."
    )
    assert [basis for code, _, basis in _bases(text) if code == "cpi"] == ["mom", "yoy", "yoy"]


def test_industries_after_the_last_comparison_keep_it() -> None:
    # (blind10: after "so tháng trước, ... so cùng tháng năm trước. Cụ thể:" the industries
    # are the month's against the same month a year before.)
    text = (
        "Trong tháng 5/2024, chỉ số sản xuất công nghiệp (IIP) ước tính tăng 1,52% so tháng trước, tăng 6,11% "
        "so cùng tháng năm trước. Cụ thể: ngành chế biến, chế tạo tăng 6,09%; ngành khai khoáng tăng 9,76%."
    )
    assert [basis for _, _, basis in _bases(text)] == ["mom", "yoy", "yoy", "yoy"]


def test_industries_after_a_month_on_month_index_share_it() -> None:
    text = (
        "IIP của tỉnh tháng 5/2024 so với tháng trước tăng 2,62%. Sự tăng trưởng này là do 19/24 ngành cấp 2 "
        "của tỉnh đều có mức sản xuất tăng, một số ngành tăng khá như: Sản xuất chế biến thực phẩm (+13,09%); "
        "trang phục (+7,79%)."
    )
    assert [basis for code, _, basis in _bases(text) if code == "iip"] == ["mom", "mom", "mom"]


def test_accommodation_and_catering_revenue_without_dich_vu_is_retail() -> None:
    text = (
        "Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tháng 11/2024 ước đạt 11.423,94 tỷ đồng, tăng 12% so với "
        "cùng kỳ. Doanh thu lưu trú, ăn uống ước đạt 1.496,12 tỷ đồng, tăng 9,5% so với cùng kỳ năm 2023."
    )
    assert [code for code, _, _ in _bases(text)] == ["retail_sales_services", "retail_sales_services"]


def test_travel_operations_revenue_is_retail() -> None:
    text = (
        "Năm 2021, tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng giảm 10,2%. Doanh thu hoạt động "
        "lữ hành giảm 75,9%, doanh thu hoạt động lưu trú giảm 73,6%."
    )
    assert [code for code, _, _ in _bases(text)] == ["retail_sales_services"] * 3


def test_bare_accommodation_and_catering_after_retail_is_retail() -> None:
    text = (
        "3 tháng đầu năm 2024, tổng mức bán lẻ hàng hóa và doanh thu dịch vụ của tỉnh đạt gần 13.000 tỷ đồng. "
        "So cùng kỳ năm ngoái, dịch vụ lưu trú và ăn uống tăng gần 15,5%, du lịch tăng gần 15,5%."
    )
    assert [code for code, _, _ in _bases(text)] == ["retail_sales_services"] * 3


def _periods(text: str) -> list[tuple[str, str | None, int | None]]:
    return [(f.indicator, f.period.kind, f.period.month) for f in extract_facts(text, region="Gia Lai")]


def test_a_stocks_month_end_dates_its_clause_only() -> None:
    text = (
        "Năm 2023, tổng thu ngân sách ước đạt 5.533 tỷ đồng; tổng nguồn vốn huy động trên địa bàn tỉnh ước "
        "đến cuối tháng 12/2023 đạt 58.400 tỷ đồng; tổng vốn đầu tư thực hiện toàn xã hội ước đạt hơn 39.883 tỷ "
        "đồng (tăng 3,77% so với năm 2022)."
    )
    assert _periods(text)[-1] == ("social_investment", "year", None)


def test_a_stocks_month_end_does_not_date_the_next_sentence() -> None:
    text = (
        "Năm 2023, tổng thu ngân sách ước đạt 5.533 tỷ đồng, dư nợ tín dụng ước đến cuối tháng 12/2023 đạt "
        "58.400 tỷ đồng. Tổng vốn đầu tư thực hiện toàn xã hội ước đạt hơn 39.883 tỷ đồng, tăng 3,77%."
    )
    assert _periods(text)[-1] == ("social_investment", "year", None)


def test_deposits_mobilised_are_no_part_of_the_budget() -> None:
    text = (
        "Năm 2023, tổng thu ngân sách ước đạt 5.533 tỷ đồng (giảm 2,6% so với năm 2022); tổng nguồn vốn huy "
        "động trên địa bàn tỉnh ước đạt 58.400 tỷ đồng (tăng 8% so với cuối năm 2022)."
    )
    assert [code for code, _, _ in _bases(text)] == ["budget_revenue", "other"]


def test_counts_of_price_groups_that_rose_or_fell() -> None:
    text = (
        "Chỉ số giá tiêu dùng tháng 6/2023 tăng 0,46% so với tháng 5/2023. Trong 11 nhóm hàng hóa và dịch vụ "
        "tiêu dùng chính, có 08 nhóm hàng tăng giá so với tháng trước, 02 nhóm hàng giảm giá và 01 nhóm có giá "
        "ổn định. Trong tháng này, có 9/11 nhóm hàng tăng so với tháng trước."
    )
    counts = [value for code, value, _ in _bases(text) if code == "other"]
    # (w13d: "01 nhóm có giá ổn định" is counted too, as blind16 r625's gold has it.)
    assert counts == [8, 2, 1, 9]


def test_goods_of_a_trade_flow_listed_after_a_colon() -> None:
    text = (
        "Kim ngạch nhập khẩu hàng hóa quý I/2024 ước đạt 215 triệu USD, tăng 54,2% so với cùng kỳ năm trước. "
        "Các mặt hàng nhập khẩu phục vụ cho hoạt động sản xuất, xuất khẩu: Thủy sản ước đạt 0,95 triệu USD, "
        "giảm 58,9%; nguyên phụ liệu dệt may ước đạt 123,8 triệu USD, tăng 60%."
    )
    assert [code for code, _, _ in _bases(text)] == ["import_value"] * 3
