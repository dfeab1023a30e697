"""Breakdowns of level indicators (w13b): each fails on the code before it (README.md "Session 7,
breakdowns of level indicators (w13b, branch issue-13b, 2026-11-29)")."""

from __future__ import annotations

from provind.extraction import extract_facts


def _facts(text: str) -> list[tuple[str, str | None, float | None]]:
    return [
        (f.indicator, f.breakdown, f.change.value if f.change and f.value is None else f.value)
        for f in extract_facts(text)
    ]


def test_retail_commodity_groups_with_no_whole_before_them_are_retail() -> None:
    text = (
        "Trong đó, ngành hàng lương thực, thực phẩm tăng 9,8%; đồ dùng, dụng cụ, trang thiết bị gia "
        "đình tăng 7,2%; vật phẩm văn hóa, giáo dục tăng 5,1%."
    )
    assert [(i, v) for i, _, v in _facts(text)] == [
        ("retail_sales_services", 9.8),
        ("retail_sales_services", 7.2),
        ("retail_sales_services", 5.1),
    ]


def test_a_growth_of_an_export_price_is_other() -> None:
    text = (
        "Kim ngạch xuất khẩu quý I đạt 210 triệu USD, tăng 8,5% so với cùng kỳ. Giá hạt tiêu "
        "xuất khẩu bình quân giảm 12% so với cùng kỳ."
    )
    assert [(i, v) for i, _, v in _facts(text)] == [("export_value", 210_000_000.0), ("other", 12.0)]


def test_a_growth_right_after_an_exported_tonnage_is_other_and_the_value_after_it_is_exports() -> None:
    text = (
        "Nhiều mặt hàng xuất khẩu có mức tăng khá, như gạo 6 tháng xuất đạt 52.300 tấn, tăng hơn "
        "21%, với trị giá xuất 31 triệu USD, tăng hơn 18% so cùng kỳ."
    )
    assert [(i, v) for i, _, v in _facts(text)] == [("other", 21.0), ("export_value", 31_000_000.0)]


def test_the_value_change_after_a_volume_change_stays_exports() -> None:
    text = (
        "Kim ngạch xuất khẩu tháng 1 đạt 40 triệu USD. Cụ thể, hạt điều xuất khẩu 2.100 tấn, giảm "
        "7,5% về lượng và giảm 9% về giá trị."
    )
    assert ("export_value", 9.0) in [(i, v) for i, _, v in _facts(text)]


def test_budget_revenue_items_by_their_standard_names_are_budget_revenue_with_a_breakdown() -> None:
    text = (
        "Tổng thu ngân sách 6 tháng đạt 5.200 tỷ đồng, tăng 8%.\n\n"
        "Thu từ doanh nghiệp Nhà nước ước thực hiện 410 tỷ đồng, đạt 52% dự toán và tăng 5,3%. "
        "Tuy nhiên, thu xổ số kiến thiết lại giảm 4,1% so với cùng kỳ."
    )
    assert _facts(text) == [
        ("budget_revenue", None, 5_200_000_000_000.0),
        ("budget_revenue", "Thu từ doanh nghiệp Nhà nước", 410_000_000_000.0),
        ("budget_revenue", "thu xổ số kiến thiết", 4.1),
    ]


def test_retail_parts_by_activity_in_the_older_wording_are_retail() -> None:
    text = (
        "Doanh thu thương nghiệp tháng 5 ước đạt 4.120 tỷ đồng, tăng 0,8% so với tháng trước; "
        "doanh thu hoạt động khách sạn nhà hàng tháng 5 ước đạt 730 tỷ đồng, tăng 1,2%."
    )
    assert [(i, v) for i, _, v in _facts(text)] == [
        ("retail_sales_services", 4_120_000_000_000.0),
        ("retail_sales_services", 730_000_000_000.0),
    ]


def test_retail_named_without_tong_muc_and_its_parts_after_trong_do() -> None:
    text = (
        "Trong 6 tháng, bán lẻ hàng hóa và dịch vụ trên địa bàn tỉnh đạt 31,2 ngàn tỷ đồng, tăng 9%. "
        "Trong đó thương nghiệp có doanh thu 24,6 ngàn tỷ đồng, khách sạn, nhà hàng 3,1 ngàn tỷ đồng."
    )
    assert [(i, v) for i, _, v in _facts(text)] == [
        ("retail_sales_services", 31_200_000_000_000.0),
        ("retail_sales_services", 24_600_000_000_000.0),
        ("retail_sales_services", 3_100_000_000_000.0),
    ]


def test_parts_after_a_share_of_their_whole_are_the_wholes_not_the_shares() -> None:
    text = (
        "Doanh thu bán lẻ hàng hóa 9 tháng ước đạt 2.310 tỷ đồng, chiếm 71,4% tổng mức và tăng "
        "10,2% so với cùng kỳ năm trước. Trong đó, ngành hàng xăng dầu tăng 8,7%; ô tô các loại tăng 6%."
    )
    assert _facts(text) == [
        ("retail_sales_services", None, 2_310_000_000_000.0),
        ("other", None, 71.4),
        ("retail_sales_services", "ngành hàng xăng dầu", 8.7),
        ("retail_sales_services", "ô tô các loại", 6.0),
    ]


def test_districts_pace_of_budget_collection_is_budget_revenue() -> None:
    text = (
        "Tổng thu ngân sách 9 tháng đạt 4.100 tỷ đồng, bằng 68% dự toán. Trong đó, Lâm Hà dẫn đầu về "
        "tiến độ thu ở mức 86% dự toán; các huyện có tiến độ thu tốt là: Đức Trọng 78%, Bảo Lâm 77%."
    )
    # (w14d) Each a share of the estimate with no level: value null, the share in
    # ``plan_attainment`` (SCHEMA.md).
    facts = extract_facts(text)
    assert [(f.indicator, f.value, [a["value"] for a in f.plan_attainment]) for f in facts] == [
        ("budget_revenue", 4_100_000_000_000.0, [68.0]),
        ("budget_revenue", None, [86.0]),
        ("budget_revenue", None, [78.0]),
        ("budget_revenue", None, [77.0]),
    ]
