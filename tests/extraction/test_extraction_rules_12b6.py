"""Status, period and change rules of the sixth pass on blind6 (w12b6): each fails on the code
before it (README.md "Sixth pass, status, periods and changes on blind6 (w12b6)")."""

from __future__ import annotations

from provind.extraction import extract_facts
from provind.extraction.periods import Period


def _statuses(text: str) -> list[tuple[float | None, str | None]]:
    return [
        (f.value if f.value is not None else (f.change.value if f.change else None), f.status)
        for f in extract_facts(text)
    ]


def _periods(text: str) -> list[tuple[float | None, Period]]:
    return [
        (f.value if f.value is not None else (f.change.value if f.change else None), f.period)
        for f in extract_facts(text)
    ]


def test_a_paragraph_opening_on_trong_do_inherits_the_estimate_of_the_whole_before() -> None:
    text = (
        "Tổng sản phẩm trên địa bàn tỉnh 9 tháng năm 2023 ước đạt 21.500 tỷ đồng, tăng 6,2% so với "
        "cùng kỳ năm trước. Đứng thứ 8 trong vùng.\n\n"
        "Trong đó, chỉ số sản xuất công nghiệp của tỉnh (IIP) có mức tăng cao: 12,4%. Cụ thể, "
        "ngành khai khoáng tăng 3,1%; ngành chế biến, chế tạo tăng 14,2%."
    )
    assert _statuses(text) == [(21500e9, "estimate"), (12.4, "estimate"), (3.1, "estimate"), (14.2, "estimate")]


def test_trong_do_inside_a_paragraph_after_no_estimate_stays_actual() -> None:
    text = (
        "Tổng sản phẩm trên địa bàn tỉnh 9 tháng năm 2023 đạt 21.500 tỷ đồng.\n\n"
        "Trong đó, chỉ số sản xuất công nghiệp của tỉnh (IIP) có mức tăng cao: 12,4%."
    )
    assert _statuses(text) == [(21500e9, "actual"), (12.4, "actual")]


def test_the_orientation_after_a_plans_horizon_is_not_the_period() -> None:
    text = (
        "Theo quy hoạch, đến năm 2020 và định hướng đến năm 2025 tỉnh sẽ có 28 cụm công nghiệp "
        "với tổng diện tích gần 750 ha."
    )
    assert _periods(text) == [(28, Period("target", 2020)), (750, Period("target", 2020))]


def _changes(text: str) -> list[tuple[float | None, str | None, tuple[float, str | None] | None]]:
    return [(f.value, f.indicator, (f.change.value, f.change.basis) if f.change else None) for f in extract_facts(text)]


def test_a_growth_against_the_same_quarter_of_the_year_before_is_year_on_year() -> None:
    text = (
        "Tổng sản phẩm trên địa bàn tỉnh (GRDP) quý II năm 2019 ước tính đạt 9.120,5 tỷ đồng, đạt 21,3% "
        "kế hoạch năm, tăng 6,85% so với quý II năm 2018."
    )
    assert _changes(text) == [(9120.5e9, "grdp", (6.85, "yoy"))]


def test_a_growth_against_the_quarter_before_is_not_year_on_year() -> None:
    text = "Chỉ số sản xuất công nghiệp quý III năm 2019 tăng 4,2% so với quý II năm 2019."
    assert _changes(text) == [(4.2, "iip", (4.2, "other"))]


def test_the_average_growth_over_a_span_is_a_figure_of_its_own() -> None:
    text = (
        "Giá trị sản xuất công nghiệp năm 2020 đạt 31.200 tỷ đồng, tăng 85,2% so với năm 2015; tốc độ "
        "tăng trưởng bình quân giai đoạn 2016-2020 đạt 7,1%/năm."
    )
    facts = extract_facts(text)
    assert [(f.value, f.change.value if f.change else None, f.period) for f in facts] == [
        (31200e9, 85.2, Period("year", 2020)),
        (None, 7.1, Period("range", start_year=2016, end_year=2020)),
    ]
    assert facts[0].extra_changes == []


def test_a_share_moving_from_one_level_to_another_gives_two_levels() -> None:
    text = "Tỷ trọng công nghiệp trong GRDP của tỉnh tăng từ 18,4% năm 2015 lên 21,7% vào năm 2020."
    facts = extract_facts(text)
    assert [(f.value, f.change, f.period, f.status) for f in facts] == [
        (18.4, None, Period("year", 2015), None),
        (21.7, None, Period("year", 2020), None),
    ]


def test_a_growth_said_again_of_its_own_period_is_no_comparison() -> None:
    text = (
        "Quý I/2025, tổng sản phẩm trong nước (GDP) ước tăng 6,93% so với cùng kỳ năm trước.\n"
        "Theo số liệu của Tổng cục Thống kê, mức tăng trưởng 6,93% của quý I/2025 được cấu thành như sau: "
        "Nông, lâm nghiệp và thủy sản: tăng 3,74%, đóng góp 6,09%."
    )
    assert [(f.value, f.status) for f in extract_facts(text)] == [
        (6.93, "estimate"),
        (3.74, "estimate"),
        (6.09, "estimate"),
    ]


def test_a_sectors_share_in_grdp_is_a_structure_share_with_no_status() -> None:
    text = "Tỷ trọng công nghiệp trong GRDP của tỉnh năm 2020 đạt 13,3%."
    assert _statuses(text) == [(13.3, None)]


def test_a_period_in_the_reason_after_a_figure_does_not_date_it() -> None:
    text = (
        "Tính chung 5 tháng đầu năm 2023, tổng mức bán lẻ hàng hóa đạt 18.300 tỷ đồng, tăng 6,2% so với "
        "cùng kỳ năm trước. Trong đó, thương nghiệp đạt trên 15.100 tỷ đồng do từ đầu năm đến nay sức mua tăng."
    )
    assert [p for _, p in _periods(text)] == [Period("ytd", 2023, month=5, months=5)] * 2


def test_a_value_a_resolution_set_out_is_the_plan() -> None:
    text = (
        "Thực hiện chỉ tiêu kim ngạch xuất khẩu đạt trên 900 triệu USD vào năm 2025 theo Nghị quyết Đại hội "
        "Đảng bộ tỉnh đề ra, tỉnh đã triển khai nhiều giải pháp."
    )
    assert _statuses(text) == [(900e6, "plan")]


def test_clusters_done_said_after_their_names_are_not_the_plan() -> None:
    text = (
        "Để thu hút đầu tư vào các cụm công nghiệp đã được quy hoạch, đến nay, tỉnh đã có 12 CCN được lập "
        "quy hoạch chi tiết với tổng diện tích trên 410 ha. Trong đó, "
        "đã có 04 CCN: CCN Tân Phú, huyện Tân Phú; CCN Bình An, TP. Long Khánh; CCN Hòa Lạc, huyện Định Quán; "
        "CCN Đông Xuân, huyện Xuân Lộc, đã được đầu tư hạ tầng kỹ thuật, với tổng diện tích trên 160 ha."
    )
    assert _statuses(text) == [(12, "plan"), (410, "plan"), (4, "actual"), (160, "actual")]


def test_a_count_of_places_after_an_estimated_growth_is_not_its_part() -> None:
    text = (
        "Quý I/2025, GDP ước tăng 6,93% so với cùng kỳ năm trước. Trong đó, 9 địa phương trên cả nước đạt "
        "mức tăng trưởng GRDP trên 10%."
    )
    assert _statuses(text) == [(6.93, "estimate"), (9, "actual")]


def test_a_bare_earlier_year_in_brackets_is_the_same_part_of_that_year() -> None:
    text = (
        "Tổng sản phẩm trên địa bàn (GRDP) 9 tháng đầu năm 2022 ước tính 25.310,4 tỷ đồng, tăng 6,1% so với "
        "cùng kỳ (năm 2021 tăng 2,35%)."
    )
    assert [p for _, p in _periods(text)] == [
        Period("ytd", 2022, month=9, months=9),
        Period("ytd", 2021, month=9, months=9),
    ]


def test_a_growth_after_a_contribution_is_not_the_contributions_change() -> None:
    text = (
        "Mức tăng trưởng 8,1% của năm 2024 được cấu thành như sau: Nông, lâm nghiệp và thủy sản: tăng 3,2%, "
        "đóng góp 9,5%. Xây dựng: tăng 9,4%, đóng góp 21,3%."
    )
    contributions = [f for f in extract_facts(text) if f.value in (9.5, 21.3)]
    assert [(f.value, f.change) for f in contributions] == [(9.5, None), (21.3, None)]
