"""Status rules of the fifth pass's status work (w12st): each fails on the code before it
(README.md "Fifth pass, status (w12st)")."""

from __future__ import annotations

from provind.extraction import extract_facts


def _statuses(text: str) -> list[tuple[float | None, str | None]]:
    return [
        (f.value if f.value is not None else (f.change.value if f.change else None), f.status)
        for f in extract_facts(text)
    ]


def test_a_figure_given_twice_is_an_estimate_when_the_later_copy_says_so() -> None:
    text = (
        "Chỉ số sản xuất công nghiệp trong tháng 3 tăng 12,4% Theo Cục Thống kê 05/04/2022 "
        "Chỉ số sản xuất công nghiệp tháng 3/2022 ước tính tăng 12,4% so với tháng 3/2021."
    )
    assert _statuses(text) == [(12.4, "estimate")]


def test_a_figure_given_twice_stays_actual_when_neither_copy_is_estimated() -> None:
    text = (
        "Chỉ số sản xuất công nghiệp trong tháng 3 tăng 12,4% Theo Cục Thống kê 05/04/2022 "
        "Chỉ số sản xuất công nghiệp tháng 3/2022 tăng 12,4% so với tháng 3/2021."
    )
    assert _statuses(text) == [(12.4, "actual")]


def test_the_value_of_a_plan_named_after_the_plan_word_is_the_plan() -> None:
    text = (
        "Năm 2023, tổng sản phẩm trên địa bàn tỉnh đã tăng 9,2% so với năm 2022 "
        "(vượt kế hoạch đề ra là 8,5%), đạt hơn 120 nghìn tỷ đồng."
    )
    assert [s for v, s in _statuses(text) if v in (9.2, 8.5)] == ["actual", "plan"]


def test_a_plan_in_brackets_after_a_comparison_is_the_plan() -> None:
    text = "Năm 2024, tăng trưởng kinh tế của tỉnh ước đạt 6,1%, thấp hơn kế hoạch đề ra (7,0%)."
    assert _statuses(text) == [(6.1, "estimate"), (7.0, "plan")]


def test_a_plan_word_in_brackets_does_not_reach_past_them() -> None:
    text = "Tỷ lệ dân số nông thôn được cấp nước hợp vệ sinh đạt 90,5% (kế hoạch là 91%) và tỷ lệ che phủ rừng 62,8%."
    assert _statuses(text) == [(90.5, "actual"), (91.0, "plan"), (62.8, "actual")]


def test_the_countrys_yardstick_beside_an_estimate_is_published() -> None:
    text = (
        "Năm 2022, tốc độ tăng trưởng kinh tế (GRDP) của tỉnh ước đạt 8,4% (cả nước tăng 8,0%). "
        "Giá trị tăng thêm ngành công nghiệp ước tăng 9,1%, cao hơn mức tăng của cả nước là 7,7%."
    )
    assert [s for _, s in _statuses(text)] == ["estimate", "actual", "estimate", "actual"]


def test_the_countrys_own_estimate_stays_an_estimate() -> None:
    text = (
        "Tháng 4/2022, ước tính tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng "
        "của cả nước đạt 317.500 tỷ đồng."
    )
    assert [s for _, s in _statuses(text)] == ["estimate"]


def test_what_is_done_under_a_plan_is_not_the_plan() -> None:
    text = (
        "Theo quy hoạch đến năm 2020, tỉnh có 30 cụm công nghiệp với diện tích 1.000 ha "
        "và thời điểm đó, toàn tỉnh thành lập được 21 cụm công nghiệp."
    )
    assert [s for _, s in _statuses(text)] == ["plan", "plan", "actual"]


def test_a_part_said_done_after_its_count_is_not_the_plan() -> None:
    text = "Về quy hoạch, đến năm 2030 tỉnh sẽ có 20 cụm công nghiệp, trong đó, có 6 cụm công nghiệp đã thành lập."
    assert [s for _, s in _statuses(text)] == ["plan", "actual"]


def test_what_will_be_is_planned() -> None:
    text = (
        "5 khu công nghiệp gồm một khu đã thành lập là Khu công nghiệp An Phú (150 ha); "
        "2 khu công nghiệp sẽ thành lập mới là Khu công nghiệp Bình Minh (80 ha)."
    )
    assert [s for v, s in _statuses(text) if v in (150.0, 2.0, 80.0)] == ["actual", "plan", "plan"]


def test_a_purpose_or_an_assignment_is_a_plan() -> None:
    text = (
        "Năm 2024, thành phố được Trung ương giao thu ngân sách là 250.000 tỷ đồng. "
        "Các ngành tiếp tục triển khai các giải pháp nhằm đạt kim ngạch xuất khẩu cả năm hơn 3,5 tỷ USD."
    )
    assert [s for _, s in _statuses(text)] == ["plan", "plan"]


def test_a_budget_given_and_beaten_is_not_a_plan_after_it() -> None:
    text = "Thành phố đã thu được 300.000 tỷ đồng, vượt 10% dự toán được giao và tăng hơn 12% so với cùng kỳ."
    assert [s for _, s in _statuses(text)] == ["actual"] * len(_statuses(text))


def test_a_lead_line_with_a_status_word_governs_the_list_under_it() -> None:
    text = (
        "Ước tính tháng 8/2024:\n\n- Chỉ số sản xuất công nghiệp tăng 5,1% so với cùng kỳ.\n"
        "- Kim ngạch xuất khẩu đạt 1,2 tỷ USD.\n\nThu ngân sách đạt 300 tỷ đồng."
    )
    assert [s for _, s in _statuses(text)] == ["estimate", "estimate", "actual"]


def test_a_plan_lead_line_governs_its_list() -> None:
    text = (
        "Mục tiêu đến năm 2030:\n- Tỷ lệ lấp đầy các cụm công nghiệp đạt 70%;\n- Thu hút 50 dự án.\n"
        "Năm 2024, xuất khẩu đạt 2 tỷ USD."
    )
    assert [s for _, s in _statuses(text)] == ["plan", "plan", "actual"]


def test_what_may_be_reached_is_an_estimate() -> None:
    assert [s for _, s in _statuses("Năm 2025, kim ngạch xuất khẩu có thể đạt 5 tỷ USD, tăng 10%.")] == ["estimate"]


def test_parts_of_an_estimate_stay_estimates_along_a_run_of_paragraphs() -> None:
    text = (
        "Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng tháng 5/2019 ước tính đạt 310 nghìn tỷ đồng, "
        "tăng 11,2% so với cùng kỳ năm trước.\n\n"
        "Trong tổng mức 310 nghìn tỷ đồng, doanh thu bán lẻ hàng hóa đạt 235 nghìn tỷ đồng, "
        "tăng 12% so với cùng kỳ.\n\n"
        "Trong khi đó, doanh thu dịch vụ lưu trú, ăn uống đạt 38 nghìn tỷ đồng, tăng 8% so với cùng kỳ. "
        "Doanh thu du lịch lữ hành đạt 3,1 nghìn tỷ đồng, tăng 10%."
    )
    got = {v: s for v, s in _statuses(text) if v is not None and v > 1e12}
    assert got == {310e12: "estimate", 235e12: "estimate", 38e12: "estimate", 3.1e12: "estimate"}


def test_parts_of_an_actual_whole_stay_actual() -> None:
    text = (
        "Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng tháng 5/2019 đạt 310 nghìn tỷ đồng.\n\n"
        "Trong tổng mức 310 nghìn tỷ đồng, doanh thu bán lẻ hàng hóa đạt 235 nghìn tỷ đồng.\n\n"
        "Trong khi đó, doanh thu dịch vụ lưu trú, ăn uống đạt 38 nghìn tỷ đồng."
    )
    assert {s for _, s in _statuses(text)} == {"actual"}


def test_a_proposal_is_a_plan() -> None:
    text = "Ngoài các cụm nêu trên, tỉnh đề xuất thành lập mới 12 cụm công nghiệp với tổng diện tích 640,5 ha."
    assert [s for _, s in _statuses(text)] == ["plan", "plan"]


def test_a_status_mark_in_brackets_after_the_figure_is_its_status() -> None:
    text = (
        "Năm 2024, tổng sản phẩm trên địa bàn tỉnh tăng 7,2% (ước tính), cao hơn năm trước. "
        "Kim ngạch xuất khẩu năm 2023 đạt 4,5 tỷ USD (số chính thức)."
    )
    assert [s for _, s in _statuses(text)] == ["estimate", "actual"]


def test_a_status_mark_in_brackets_before_the_figure_still_reaches_it() -> None:
    text = "GRDP năm 2024 (ước thực hiện) tăng 7,2%; năm 2025 (kế hoạch) tăng 8%."
    assert _statuses(text) == [(7.2, "estimate"), (8.0, "plan")]


def test_a_part_opened_by_a_part_cue_keeps_the_wholes_estimate() -> None:
    text = (
        "Lũy kế 9 tháng năm 2025, tổng kim ngạch xuất khẩu hàng hóa của tỉnh ước đạt 2,5 tỷ USD, "
        "tăng 30% so với cùng kỳ.\n\n"
        "Trong cơ cấu hàng hóa xuất khẩu, nhóm sản phẩm chế biến tiếp tục giữ vai trò chủ lực, đạt khoảng 2,1 tỷ USD."
    )
    assert [s for _, s in _statuses(text)] == ["estimate", "estimate"]


def test_a_plan_named_by_its_document_gives_its_value() -> None:
    text = "Năm 2024, tăng trưởng GRDP ước đạt 7,5%, thấp hơn chỉ tiêu Nghị quyết đề ra là 8%."
    assert _statuses(text) == [(7.5, "estimate"), (8.0, "plan")]
