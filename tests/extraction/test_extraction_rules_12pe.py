"""Period rules of the fifth pass (w12pe): each fails on the code before it
(README.md "Fifth pass, periods (w12pe)")."""

from __future__ import annotations

from provind.extraction import extract_facts
from provind.extraction.normalize import normalize
from provind.extraction.periods import Period, find_mentions


def _periods(text: str) -> list[Period | None]:
    return [m.period for m in find_mentions(normalize(text).norm) if not m.comparison]


def test_years_after_a_count_of_years_are_a_range() -> None:
    assert _periods("kế hoạch 5 năm 2021 - 2025") == [Period("range", start_year=2021, end_year=2025)]
    text = "Năm 2023, GRDP ước tăng 10,05% (bình quân 3 năm 2021-2023 tăng trưởng 9,91%)."
    assert [f.period for f in extract_facts(text)] == [
        Period("year", 2023),
        Period("range", start_year=2021, end_year=2023),
    ]


def test_in_this_year_dates_the_figure_beside_it_but_does_not_carry() -> None:
    text = (
        "6 tháng đầu năm 2021, chỉ số sản xuất công nghiệp tăng 7,26% so với cùng kỳ. "
        "Tỉnh phấn đấu đạt mục tiêu tăng trưởng GRDP 7,5% trong năm nay."
    )
    assert [f.period for f in extract_facts(text)] == [Period("half", 2021, 6, 6), Period("year", 2021)]
    text = (
        "6 tháng đầu năm 2022, các sản phẩm có giá trị cao trong năm nay có tăng trưởng tốt. "
        "Chỉ số sản xuất công nghiệp tăng 7,26% so với cùng kỳ."
    )
    assert [f.period for f in extract_facts(text)] == [Period("half", 2022, 6, 6)]


def test_the_same_time_names_the_last_period_again_past_a_stock() -> None:
    text = (
        "Trong 6 tháng đầu năm 2024, thu hút đầu tư nước ngoài đạt 500 triệu USD; "
        "trên địa bàn tỉnh hiện có 566 dự án đầu tư nước ngoài.\n"
        "Cùng thời gian này, tổng vốn đầu tư phát triển của tỉnh đạt 26,5 nghìn tỷ đồng, "
        "tăng 11,5% so với cùng kỳ năm trước."
    )
    assert [f.period for f in extract_facts(text)][-1] == Period("half", 2024, 6, 6)


def test_the_month_past_with_no_month_named_is_a_month() -> None:
    text = "Trong tháng qua Đà Nẵng cấp chứng nhận đầu tư cho 2 dự án với tổng vốn 39.822 tỷ đồng."
    assert {f.period for f in extract_facts(text)} == {Period("month")}


def test_a_period_in_a_closed_bracket_does_not_date_the_figures_after_it() -> None:
    text = (
        "6 tháng đầu năm 2022, khu vực công nghiệp và xây dựng ước được 3.801 tỷ đồng, tăng 26,26% "
        "(6 tháng năm 2021 tăng 9,46%), đóng góp 7,00 điểm phần trăm vào mức tăng GRDP."
    )
    assert [f.period.year for f in extract_facts(text)] == [2022, 2021, 2022]


def test_a_change_said_after_so_voi_cung_ky_is_the_figures_own() -> None:
    text = (
        "Quý I/2023, so với cùng kỳ năm 2022, khu vực nông, lâm nghiệp và thủy sản duy trì tốc độ "
        "phát triển so với cùng kỳ năm trước tăng 3,6%."
    )
    assert [f.period for f in extract_facts(text)] == [Period("quarter", 2023, quarter=1)]


def test_a_comparison_with_the_same_period_in_the_next_sentence_makes_the_figures_a_periods() -> None:
    text = (
        "Cụ thể, Đà Nẵng có 132 dự án FDI cấp mới với tổng vốn đầu tư đăng ký 438 triệu USD. "
        "Dù giảm về số dự án so với cùng kỳ song vốn tăng mạnh.\n"
        "Tổng vốn đầu tư thực hiện toàn xã hội năm 2019 ước đạt 39.712 tỷ đồng."
    )
    assert {f.period for f in extract_facts(text)} == {Period("year", 2019)}
    # A period named before the comparison is what it compares.
    text = (
        "Các dự án mới đã tạo việc làm cho khoảng 12.000 lao động. "
        "Chỉ số sử dụng lao động tháng 6/2024 tăng 3% so với cùng kỳ."
    )
    assert [f.period for f in extract_facts(text)][0] == Period()


def test_a_headline_figure_with_no_period_takes_the_texts_first_period() -> None:
    text = (
        "Xuất khẩu hàng hóa tỉnh Thái Nguyên vượt 19 tỷ USD\n"
        "Tính chung 7 tháng năm 2022, kim ngạch xuất khẩu chè ước đạt 1,3 triệu USD."
    )
    assert [f.period for f in extract_facts(text)] == [Period("ytd", 2022, 7, 7)] * 2


def test_a_figure_before_a_total_so_far_is_the_last_months() -> None:
    text = (
        "9 tháng năm 2021, kim ngạch xuất khẩu đạt 500 triệu USD. "
        "Giá trị sản xuất công nghiệp đạt 1.760 tỷ đồng; luỹ kế 9 tháng đạt 13.860 tỷ đồng."
    )
    assert [f.period for f in extract_facts(text)] == [
        Period("ytd", 2021, 9, 9),
        Period("month", 2021, 9),
        Period("ytd", 2021, 9, 9),
    ]


def test_a_period_closing_two_figures_joined_by_va_dates_both() -> None:
    text = (
        "Dự kiến lũy kế thu ngân sách quý I/2026 đạt trên 20.000 tỷ đồng. Tỉnh phấn đấu đạt tổng thu "
        "ngân sách 100.000 tỷ đồng và tăng trưởng GRDP đạt trên 13% trong năm 2026, nhằm khẳng định vị thế."
    )
    assert [f.period for f in extract_facts(text)] == [Period("quarter", 2026, quarter=1)] + [Period("year", 2026)] * 2
    # A list joined by commas is not one: each figure keeps its own period.
    text = (
        "Tháng 7/2024, tỉnh có quỹ đất công nghiệp với trên 6.000ha, tổng mức bán lẻ hàng hoá ước đạt "
        "3.100 tỷ đồng trong năm 2024."
    )
    assert [f.period.kind for f in extract_facts(text)] == ["month", "year"]


def test_a_heading_below_a_date_line_names_the_period_of_the_body() -> None:
    text = (
        "Ngày 06/01/2017-17:22:00 PM\n"
        "Báo cáo tình hình kinh tế - xã hội tháng 12 và cả năm 2016 tỉnh Hải Dương\n"
        "Cơ cấu kinh tế tiếp tục chuyển dịch theo hướng tích cực, ước đạt 15,7% - 53,1% - 31,2%."
    )
    assert {f.period for f in extract_facts(text)} == {Period("year", 2016)}


def test_the_plan_a_year_belongs_to_is_not_the_period_of_the_figures() -> None:
    text = (
        "Năm 2018 là năm thứ ba thực hiện kế hoạch phát triển kinh tế - xã hội 5 năm 2016 - 2020. "
        "Tỉnh phấn đấu GRDP tăng 8%."
    )
    assert [f.period for f in extract_facts(text)] == [Period("year", 2018)]


def test_figures_given_respectively_take_the_periods_listed_before_them() -> None:
    text = "Kim ngạch xuất khẩu năm 2022, 2023 và 2024 lần lượt đạt 4 tỷ USD, 5 tỷ USD và 6 tỷ USD."
    facts = extract_facts(text)
    assert [(f.value, f.unit, f.period) for f in facts] == [
        (4e9, "USD", Period("year", 2022)),
        (5e9, "USD", Period("year", 2023)),
        (6e9, "USD", Period("year", 2024)),
    ]
    text = "GRDP quý I, quý II và quý III/2024 lần lượt tăng 5%, 6% và 7%."
    assert [f.period for f in extract_facts(text)] == [Period("quarter", 2024, quarter=q) for q in (1, 2, 3)]


def test_lan_luot_after_a_year_is_not_times() -> None:
    text = "Tốc độ tăng GRDP các năm 2022 và 2023 lần lượt là 6% và 7%."
    assert [f.unit for f in extract_facts(text)] == ["%", "%"]


def test_a_share_in_a_sentence_compared_with_the_month_before_is_the_months() -> None:
    text = (
        "10 tháng năm 2020, kim ngạch xuất khẩu của tỉnh đạt 21,8 tỷ USD.\n"
        "Khu vực có vốn đầu tư nước ngoài tăng 0,4% so với tháng trước và tăng 10,3% so với cùng kỳ, "
        "chiếm gần 98% tổng giá trị xuất khẩu trong toàn tỉnh."
    )
    facts = extract_facts(text)
    assert [f.period for f in facts if f.unit == "%" or f.value is None][-1] == Period("month", 2020, 10)
