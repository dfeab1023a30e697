"""Status and change rules of the sixth pass's status work (w12s8): each fails on the code
before it (README.md "Sixth pass, status and change (w12s8)")."""

from __future__ import annotations

from provind.extraction import extract_facts


def _statuses(text: str) -> list[tuple[float | None, str | None]]:
    return [
        (f.value if f.value is not None else (f.change.value if f.change else None), f.status)
        for f in extract_facts(text)
    ]


def test_the_total_so_far_after_an_estimated_month_keeps_its_own_status() -> None:
    text = (
        "Chỉ số sản xuất công nghiệp tháng 9 của tỉnh ước tăng 8,2%; tính chung 9 tháng năm "
        "2024 tăng 5,1% so với cùng kỳ năm trước. Trong đó, ngành chế biến, chế tạo tăng 6,3%."
    )
    assert _statuses(text) == [(8.2, "estimate"), (5.1, "actual"), (6.3, "actual")]


def test_a_level_so_far_after_an_estimated_month_keeps_its_own_status() -> None:
    text = "Trong tháng 10, tổng thu ngân sách ước đạt 250 tỷ đồng. Lũy kế 10 tháng đạt 2.100 tỷ đồng."
    assert _statuses(text) == [(250e9, "estimate"), (2100e9, "actual")]


def test_periods_inside_an_estimated_whole_are_estimates_too() -> None:
    text = (
        "GRDP 6 tháng năm 2024 của tỉnh ước tính tăng 6,5% so với cùng kỳ năm trước. "
        "Trong đó, quý I tăng 6,1% và quý II tăng 6,9%."
    )
    assert _statuses(text) == [(6.5, "estimate"), (6.1, "estimate"), (6.9, "estimate")]


def test_a_lead_ending_in_a_colon_gives_its_status_to_the_list_after_it() -> None:
    text = (
        "Một số ngành công nghiệp cấp 4 trong 6 tháng đầu năm 2024 có chỉ số sản xuất ước tăng "
        "so với cùng kỳ như: sản xuất đồ uống (+12,5%); may trang phục (+4,2%); sản xuất giấy (+7,1%)."
    )
    assert _statuses(text) == [(12.5, "estimate"), (4.2, "estimate"), (7.1, "estimate")]


def test_a_target_value_written_right_after_the_target_word_is_the_plan() -> None:
    text = (
        "Các doanh nghiệp đang tăng tốc, góp phần đưa kim ngạch xuất khẩu của tỉnh đạt mục tiêu "
        "850 triệu USD vào cuối năm 2024."
    )
    assert _statuses(text) == [(850e6, "plan")]


def test_parts_of_an_estimated_growth_after_trong_muc_tang_are_estimates() -> None:
    text = (
        "Kết thúc 9 tháng năm 2022, tổng sản phẩm trên địa bàn (GRDP) ước đạt 12.300 tỷ đồng, tăng 8% "
        "so với cùng kỳ năm trước.\n"
        "Ông Trần Văn A, Cục trưởng Cục Thống kê tỉnh cho biết tỉnh dẫn đầu khu vực. Trong mức tăng GRDP "
        "9 tháng, ngành nông, lâm và thủy sản đạt 3.100 tỷ đồng, tăng 1,2%."
    )
    assert _statuses(text) == [(12300e9, "estimate"), (3100e9, "estimate")]


def test_the_indicator_named_again_after_a_paragraph_of_its_own_is_a_new_statement() -> None:
    text = (
        "Tính chung 5 tháng đầu năm, chỉ số IIP ước tăng 7,5% so với cùng kỳ năm trước.\n"
        "Tuy nhiên, chỉ số sản xuất của các ngành công nghiệp trọng điểm luôn tăng cao hơn mức chung.\n"
        "Cụ thể, chỉ số sản xuất công nghiệp các ngành trọng điểm 5 tháng đầu năm so với cùng kỳ tăng 8,4%. "
        "Trong đó, ngành cơ khí tăng 3,1%."
    )
    assert _statuses(text) == [(7.5, "estimate"), (8.4, "actual"), (3.1, "actual")]


def test_parts_in_the_paragraph_after_the_estimate_still_inherit_it() -> None:
    text = (
        "Chỉ số IIP 5 tháng đầu năm ước tăng 7,5% so với cùng kỳ năm trước.\n"
        "Cụ thể, chỉ số sản xuất công nghiệp ngành chế biến, chế tạo tăng 8,4%."
    )
    assert _statuses(text) == [(7.5, "estimate"), (8.4, "estimate")]


def test_du_kien_before_an_action_is_a_plan_before_an_outcome_an_estimate() -> None:
    planned = "Tỉnh đề xuất tổng vốn 8.000 tỷ đồng. Trong đó, ngân sách nhà nước dự kiến bố trí 2.500 tỷ đồng."
    assert _statuses(planned)[-1] == (2500e9, "plan")
    forecast = "Năm 2025, kim ngạch xuất khẩu của tỉnh dự kiến đạt 2,5 tỷ USD."
    assert _statuses(forecast) == [(2.5e9, "estimate")]


def test_the_count_of_a_group_meeting_a_condition_takes_no_growth_of_its_members() -> None:
    text = (
        "Chỉ số sản xuất công nghiệp 5 tháng năm 2024 tăng 6,1% so với cùng kỳ.\n"
        "Ngành công nghiệp cấp II ghi nhận có 21/30 ngành có chỉ số sản xuất công nghiệp 5 tháng "
        "năm 2024 tăng so với cùng kỳ. Trong đó, một số ngành có mức tăng cao như sản xuất sản phẩm "
        "từ kim loại đúc sẵn tăng 24,0%; sản xuất giấy tăng 15,5%."
    )
    facts = extract_facts(text)
    count = next(f for f in facts if f.unit == "count")
    assert count.value == 21
    assert count.change is None
    assert [(f.indicator, f.value) for f in facts if f.unit == "%"] == [("iip", 6.1), ("iip", 24.0), ("iip", 15.5)]


def test_products_listed_after_an_estimated_part_are_neither_its_change_nor_estimated() -> None:
    text = (
        "Giá trị sản xuất công nghiệp năm 2023 ước đạt 52.000 tỷ đồng, trong đó, công nghiệp chế biến "
        "ước đạt 40.000 tỷ đồng. Một số sản phẩm tăng khá cao so với năm 2022 như: Bia tăng 8,5%, "
        "gạch nung tăng 12%."
    )
    facts = extract_facts(text)
    assert [(f.value, f.change is None, f.status) for f in facts if f.value is not None and f.unit == "VND"] == [
        (52000e9, True, "estimate"),
        (40000e9, True, "estimate"),
    ]
    assert [(f.change.value, f.status) for f in facts if f.value is None and f.change] == [
        (8.5, "actual"),
        (12.0, "actual"),
    ]


def test_products_after_trong_do_remain_parts_in_the_status_of_their_whole() -> None:
    text = (
        "Chỉ số sản xuất công nghiệp 4 tháng ước tăng 6,4%. Trong đó, một số sản phẩm có sản lượng "
        "tăng gồm: bia 67,8 triệu lít, tăng 7,3%; sợi các loại 28 nghìn tấn, tăng 12,5%."
    )
    assert [s for v, s in _statuses(text)] == ["estimate", "estimate", "estimate"]


def test_a_year_on_year_growth_said_later_completes_a_figure_compared_with_last_month() -> None:
    text = (
        "Tháng 2, giá trị sản xuất công nghiệp trên địa bàn là 7,2 tỷ đồng, giảm 2,5% so với tháng trước. "
        "Nguyên nhân giảm do nghỉ Tết. So với tháng 2-2023, giá trị sản xuất công nghiệp tăng 5,1%."
    )
    facts = extract_facts(text)
    assert len(facts) == 1
    change, extra = facts[0].change, facts[0].extra_changes
    assert change is not None
    assert (change.value, change.direction, change.basis) == (5.1, "up", "yoy")
    assert [(c.value, c.direction, c.basis) for c in extra] == [(2.5, "down", "mom")]


def test_a_growth_after_a_converted_amount_in_brackets_is_the_amount_s() -> None:
    text = (
        "6 tháng đầu năm 2024, tổng vốn đầu tư FDI thu hút đạt 1.200 tỷ đồng (tương đương 48,5 triệu USD), "
        "bằng 45% so với cùng kỳ năm 2023."
    )
    vnd = next(f for f in extract_facts(text) if f.unit == "VND")
    assert vnd.change is not None
    assert (vnd.change.value, vnd.change.direction, vnd.change.basis) == (55.0, "down", "yoy")


def test_a_quarter_after_an_estimated_year_stays_an_estimate() -> None:
    text = "Tăng trưởng kinh tế GRDP năm 2024 của tỉnh ước tăng 7,2% so với năm trước; quý IV/2024 tăng 7,8%."
    assert _statuses(text) == [(7.2, "estimate"), (7.8, "estimate")]
