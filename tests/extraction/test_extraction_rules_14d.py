"""Rules for the trade and budget indicators (issue 12, session 8, w14d)."""

from __future__ import annotations

from provind.extraction import extract_facts


def _budget(text: str) -> list[tuple[float | None, str | None, list[float]]]:
    return [
        (f.value, f.unit, [a["value"] for a in f.plan_attainment])
        for f in extract_facts(text)
        if f.indicator == "budget_revenue"
    ]


def test_a_share_of_the_estimate_alone_is_no_level_of_the_revenue() -> None:
    # "đạt X% dự toán" with no sum of money: the attainment of the plan, the level unsaid.
    text = "Tổng thu ngân sách nhà nước 9 tháng đạt 61,2% dự toán HĐND tỉnh giao."
    assert _budget(text) == [(None, None, [61.2])]


def test_the_places_after_the_pace_of_collection_have_shares_of_the_estimate() -> None:
    text = (
        "Tổng thu ngân sách 5 tháng đạt 2.150 tỷ đồng. Các huyện có tiến độ thu khá là "
        "Bảo Lâm (52%), Đạ Tẻh (48%) và Cát Tiên (45%)."
    )
    rows = _budget(text)
    assert (None, None, [52.0]) in rows
    assert (None, None, [45.0]) in rows


def test_the_items_after_their_pace_are_each_kept() -> None:
    # The items' shares of the estimate, no level each: told apart by the share.
    text = (
        "Thu ngân sách quý I đạt 1.920 tỷ đồng. Nhiều khoản thu thành phần đạt tỷ lệ cao là "
        "lệ phí trước bạ (41%), thu xổ số kiến thiết (38%), thuế bảo vệ môi trường (33%)."
    )
    rows = _budget(text)
    assert [r for r in rows if r[0] is None] == [(None, None, [41.0]), (None, None, [38.0]), (None, None, [33.0])]


def test_a_growth_said_again_without_the_level_is_the_level_once() -> None:
    # The second sentence restates the revenue's growth and adds its shares of the estimate.
    text = (
        "Thu ngân sách của tỉnh 6 tháng đầu năm 2023 đạt 7.820 tỷ đồng, tăng 18,4% so với cùng kỳ. "
        "Với kết quả này, thu ngân sách của tỉnh đã đạt 56,2% dự toán và so với cùng kỳ năm 2022 đã "
        "tăng 18,4%."
    )
    assert _budget(text) == [(7820e9, "VND", [56.2])]


def test_a_place_growing_as_much_as_the_whole_is_its_own_figure() -> None:
    text = (
        "Doanh thu bán lẻ hàng hóa 9 tháng năm 2024 ước đạt 4.100 nghìn tỷ đồng, tăng 7,5% so với "
        "cùng kỳ năm trước. Một số địa phương có doanh thu tăng khá như: Đà Nẵng tăng 9,1%; "
        "Hà Nội tăng 7,5%."
    )
    retail = [f for f in extract_facts(text) if f.indicator == "retail_sales_services"]
    assert len([f for f in retail if f.value is None and f.change is not None and f.change.value == 7.5]) == 1


def test_the_non_state_sector_named_as_an_economy_is_a_part_of_the_revenue() -> None:
    text = (
        "Thu ngân sách quý I ước đạt 2.050 tỷ đồng, đạt 22,1% dự toán. Thu từ khu vực doanh "
        "nghiệp nhà nước đạt 18% dự toán; thu từ khu vực kinh tế ngoài quốc doanh đạt 16,4% dự toán."
    )
    assert (None, None, [16.4]) in _budget(text)


def test_a_parts_two_bare_changes_follow_the_wholes_order_of_comparison() -> None:
    text = (
        "Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng tháng 5 ước đạt 4.210 tỷ đồng, "
        "tăng 1,2% so với tháng trước và tăng 9,6% so với cùng kỳ năm trước. Trong đó, doanh thu "
        "dịch vụ lưu trú, ăn uống đạt 512 tỷ đồng, giảm 2,4% và tăng 11,3%."
    )
    part = [f for f in extract_facts(text) if f.indicator == "retail_sales_services" and f.breakdown]
    assert len(part) == 1
    assert part[0].change is not None
    assert (part[0].change.value, part[0].change.basis) == (11.3, "yoy")
    assert [(c.value, c.direction, c.basis) for c in part[0].extra_changes] == [(2.4, "down", "mom")]
