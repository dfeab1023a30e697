"""Rules added from the dev split of the real corpus (issue 12, fourth pass): short texts
written for these tests, one rule each (README.md "Fourth pass, rules (w12r2)")."""

from __future__ import annotations

from provind.extraction import extract_facts
from provind.extraction.facts import Fact


def _period(f: Fact) -> tuple[str | None, int | None, int | None]:
    return (f.period.kind, f.period.year, f.period.month)


def _by_value(text: str) -> dict[float | int | None, Fact]:
    """Facts by their value, or by their change's signed value when they have none."""
    out: dict[float | int | None, Fact] = {}
    for f in extract_facts(text):
        if f.value is None and f.change is not None:
            out[f.change.value if f.change.direction == "up" else -f.change.value] = f
        else:
            out[f.value] = f
    return out


def test_a_figure_of_the_period_compared_with_takes_that_period() -> None:
    # In brackets after the figure it is compared with: the same kind of period, a year earlier.
    facts = _by_value("Tính chung 8 tháng năm 2024, IIP ước tăng 8,6% so với cùng kỳ (cùng kỳ năm 2023 giảm 0,2%).")
    assert (_period(facts[-0.2]), facts[-0.2].status) == (("ytd", 2023, 8), "actual")
    assert (_period(facts[8.6]), facts[8.6].status) == (("ytd", 2024, 8), "estimate")
    # Money in brackets after "so với cùng kỳ năm 2023".
    facts = _by_value(
        "Quý I/2024, vốn FDI cấp mới đạt 1,45 tỷ USD, vượt nhiều lần so với cùng kỳ năm 2023 (35,4 triệu USD)."
    )
    assert _period(facts[35_400_000]) == ("quarter", 2023, None)
    # "mức tăng X% của <period>" after the figure; "năm trước" is the year before.
    facts = _by_value(
        "GRDP 6 tháng đầu năm 2017 tăng 5,73%. Ngành lâm nghiệp tăng 4,31%, thấp hơn mức tăng 5,75% của "
        "6 tháng năm 2016; ngành nông nghiệp tăng 2,01% so với mức giảm 0,78% của cùng kỳ năm trước."
    )
    assert _period(facts[5.75]) == ("half", 2016, 6)
    assert _period(facts[-0.78]) == ("half", 2016, 6)
    # The figure of the past period dates nothing after it.
    assert _period(facts[2.01]) == ("half", 2017, 6)


def test_figures_and_compared_years_pair_off_from_the_end() -> None:
    facts = _by_value(
        "GRDP năm 2017 tăng 6,1%. Ngành công nghiệp tăng 5,33%, thấp hơn nhiều so với mức tăng 9,66% và 7,01% "
        "của năm 2015 và năm 2016."
    )
    assert (facts[9.66].period.year, facts[7.01].period.year, facts[5.33].period.year) == (2015, 2016, 2017)


def test_parts_with_a_bare_growth_take_the_comparison_of_the_sentence_before() -> None:
    text = (
        "Tháng 5, tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng đạt 5.266 tỷ đồng, giảm 7,75% so với "
        "tháng trước. Cụ thể các ngành như: dịch vụ lưu trú, ăn uống 670 tỷ đồng, giảm 36,55%."
    )
    part = _by_value(text)[670_000_000_000]
    assert part.change is not None
    assert part.change.basis == "mom"


def test_this_month_without_a_number_is_the_month_named_before() -> None:
    text = (
        "Tình hình kinh tế tháng 5 và 5 tháng năm 2024.\n"
        "Tính chung 5 tháng, chỉ số sản xuất công nghiệp tăng 8,1% so với cùng kỳ.\n"
        "Cũng trong tháng, tổng mức bán lẻ hàng hóa của tỉnh ước đạt 8.515 tỷ đồng, tăng 13,94% so với cùng kỳ."
    )
    assert _period(_by_value(text)[8_515_000_000_000]) == ("month", 2024, 5)


def test_a_span_after_sau_is_not_the_figures_period() -> None:
    text = "Chỉ số sản xuất công nghiệp tăng 3% so với tháng trước sau 8 tháng đầu năm liên tiếp bị giảm."
    assert _period(_by_value(text)[3]) == (None, None, None)
    # Nor the month that "trong tháng" names.
    text = (
        "Tháng 9, chỉ số sản xuất công nghiệp tăng 0,01% so với cùng tháng năm trước sau 8 tháng đầu năm liên "
        "tiếp bị giảm.\nChỉ số ngành điện tử trong tháng tăng 2,73%."
    )
    assert _period(_by_value(text)[2.73]) == ("month", None, 9)


def test_cumulative_up_to_a_month_is_the_months_so_far() -> None:
    facts = _by_value("Nhập khẩu lũy kế đến tháng 10/2025 ước đạt 4.029 triệu USD, tăng 13,4% so với cùng kỳ.")
    assert facts[4_029_000_000].period.to_dict() == {
        "kind": "ytd",
        "year": 2025,
        "month": 10,
        "months": 10,
        "quarter": None,
        "start_year": None,
        "end_year": None,
    }


def test_what_is_said_of_clusters_after_their_area_decides_their_code() -> None:
    text = (
        "Đến nay, tỉnh có 7 cụm công nghiệp với tổng diện tích 299 ha đã được phê duyệt quy hoạch chi tiết; "
        "có 4 cụm công nghiệp (tổng diện tích 161 ha) đã được phê duyệt dự án đầu tư xây dựng hạ tầng; "
        "03 cụm công nghiệp đã được đầu tư hạ tầng cơ bản."
    )
    assert [(f.indicator, f.value) for f in extract_facts(text)] == [
        ("other", 7),
        ("other", 299),
        ("other", 4),
        ("other", 161),
        ("other", 3),
    ]
    text = "Hiện tỉnh có 4 CCN đã đầu tư và đi vào hoạt động."
    assert [f.indicator for f in extract_facts(text)] == ["cluster_operating"]


def test_the_area_of_clusters_counted_as_other_after_what_was_done_is_other() -> None:
    text = (
        "Tỉnh có 10 cụm công nghiệp được thành lập. "
        "Trong đó, có 9 cụm đã quy hoạch chi tiết với tổng diện tích 337,3 ha."
    )
    facts = _by_value(text)
    assert (facts[337.3].indicator, facts[337.3].status) == ("other", facts[9].status)


def test_counted_parts_inherit_the_status_of_their_whole() -> None:
    text = (
        "6 tháng đầu năm 2024, thu hút FDI của tỉnh ước đạt 178,3 triệu USD; trong đó, cấp mới 30 dự án với "
        "tổng số vốn 134,4 triệu USD; 13 lượt dự án điều chỉnh tăng vốn 40,9 triệu USD."
    )
    facts = _by_value(text)
    assert [facts[v].status for v in (178_300_000, 30, 13, 40_900_000)] == ["estimate"] * 4
    # A contrast parts what was done from the plan before it.
    text = "Cụ thể, tỉnh đã quy hoạch 44 CCN nhưng mới thành lập được 12 cụm, trong đó 8 cụm đã đi vào hoạt động."
    facts = _by_value(text)
    assert [facts[v].status for v in (44, 12)] == ["plan", "actual"]


def test_the_same_month_of_another_year_is_year_on_year() -> None:
    text = "Chỉ số IIP tháng 9 năm 2023 ước tính giảm 8,04% so với cùng tháng năm 2022."
    change = extract_facts(text)[0].change
    assert change is not None
    assert change.basis == "yoy"


def test_the_nearest_comparison_before_a_figure_is_its_own() -> None:
    text = (
        "Tháng 9, chỉ số sản xuất công nghiệp tăng 2,38% so với tháng trước, đặc biệt so với cùng tháng năm trước "
        "bắt đầu tăng nhẹ 0,01%."
    )
    assert [f.change.basis for f in extract_facts(text) if f.change is not None] == ["mom", "yoy"]


def test_a_period_right_after_a_figure_is_its_own() -> None:
    text = "Năm 2023, Trà Vinh có tốc độ tăng GRDP vươn lên từ 3,32% năm 2022 lên 8,3% trong năm 2023."
    assert [f.period.year for f in extract_facts(text)] == [2022, 2023]
    text = "Giai đoạn 2016 – 2020, tỉnh phấn đấu đạt mục tiêu xuất khẩu 1,2 tỷ USD vào năm 2020."
    assert _period(extract_facts(text)[0]) == ("year", 2020, None)


def test_du_bao_is_an_estimate() -> None:
    text = "Tỉnh dự báo tăng trưởng kinh tế quý I năm 2026 đạt 12,1%."
    assert [f.status for f in extract_facts(text)] == ["estimate"]


def test_an_index_after_a_leading_comparison_is_a_change() -> None:
    text = (
        "Tháng 8/2024, kim ngạch xuất khẩu đạt 199,2 triệu USD, tăng 46,76% so với cùng kỳ. So với cùng kỳ năm "
        "trước, khu vực kinh tế nhà nước chỉ bằng 75,05%, kinh tế tư nhân tăng 79,33%."
    )
    changes = [(f.indicator, f.change.direction, round(f.change.value, 2)) for f in extract_facts(text) if f.change]
    assert ("export_value", "down", 24.95) in changes


def test_a_bracket_spelling_out_the_period_before_it_does_not_replace_it() -> None:
    text = (
        "Trong 10 tháng đầu năm 2018 (tính đến ngày 23/10/2018), thành phố đã cấp được 117 dự án có vốn đầu tư "
        "nước ngoài với tổng vốn đăng ký là 153,619 triệu USD."
    )
    assert {_period(f) + (f.period.months,) for f in extract_facts(text)} == {("ytd", 2018, 10, 10)}
    text = "Riêng trong tháng 6/2016 (từ ngày 20/5/2016 – 20/6/2016), tỉnh đã cấp phép 3 dự án FDI mới."
    assert [_period(f) for f in extract_facts(text)] == [("month", 2016, 6)]


def test_a_total_up_to_a_point_in_time_is_up_to_that_day() -> None:
    text = "Tính từ đầu năm đến thời điểm 20/6/2016, tỉnh có 8 dự án FDI được cấp phép mới."
    assert [_period(f) for f in extract_facts(text)] == [("ytd", 2016, 6)]


def test_the_month_before_named_with_its_year_is_month_on_month() -> None:
    text = "Chỉ số sản xuất công nghiệp tháng 4/2025 ước tính giảm 0,81% so với tháng 3/2025."
    change = extract_facts(text)[0].change
    assert change is not None
    assert change.basis == "mom"


def test_the_average_of_the_same_period_is_year_on_year() -> None:
    text = "Chỉ số sản xuất công nghiệp 9 tháng năm 2018 ước tăng 10,36% so với bình quân cùng kỳ."
    change = extract_facts(text)[0].change
    assert change is not None
    assert change.basis == "yoy"


def test_clusters_taken_out_of_or_added_to_a_plan_and_their_areas_are_other() -> None:
    text = (
        "Cụ thể, đưa ra khỏi quy hoạch 05 cụm công nghiệp (CCN): Bàn Đạt, Phú Lạc 1, Vân Thượng với tổng diện "
        "tích 202ha; Điều chỉnh giảm diện tích với 03 CCN: Điềm Thụy, Nam Hòa với tổng diện tích giảm trừ gần "
        "80ha; Đồng thời bổ xung 05 CCN: Thượng Đình, Tân Phú 2 với tổng diện tích bổ xung là 356ha."
    )
    assert {f.indicator for f in extract_facts(text)} == {"other"}
    text = "28 CCN khác với diện tích 1.490,77 ha đang triển khai thực hiện thủ tục đầu tư và xây dựng hạ tầng."
    assert {f.indicator for f in extract_facts(text)} == {"other"}


def test_a_sectors_growth_under_a_grdp_level_is_economic_growth() -> None:
    text = (
        "Tổng giá trị tăng thêm toàn nền kinh tế quý I/2025 ước đạt 11.900 tỷ đồng, tăng 8,3%. Trong đó, khu vực "
        "công nghiệp - xây dựng tăng 10,1%."
    )
    part = _by_value(text)[10.1]
    assert (part.indicator, part.unit, part.breakdown) == ("grdp_growth", "%", "khu vực công nghiệp - xây dựng")


def test_the_ministry_of_planning_and_investment_is_not_a_plan() -> None:
    text = (
        "Theo Cục Đầu tư nước ngoài (Bộ Kế hoạch và Đầu tư), tính đến 20/3/2023, tỉnh có 8 dự án FDI được cấp "
        "phép mới với số vốn đăng ký đạt 154,24 triệu USD."
    )
    assert {f.status for f in extract_facts(text)} == {"actual"}


def test_an_earlier_years_figure_in_brackets_is_the_level_compared_with() -> None:
    text = (
        "Giá trị sản xuất công nghiệp lũy kế 12 tháng năm 2020 ước đạt 17.805 tỷ đồng, tăng 7,9% so với cùng kỳ "
        "năm trước (lũy kế 12 tháng năm 2019 đạt 16.500 tỷ đồng)."
    )
    facts = _by_value(text)
    assert (facts[16_500_000_000_000].status, facts[16_500_000_000_000].period.year) == ("actual", 2019)
    assert facts[17_805_000_000_000].status == "estimate"


def test_a_change_said_to_be_of_the_volume_or_the_count_is_not_the_amounts() -> None:
    text = "Cà phê xuất khẩu đạt 120.000 tấn, thu về 180 triệu USD, tăng 30,43% về lượng và tăng 40,63% về giá trị."
    facts = extract_facts(text)
    assert [(f.value, f.change.value if f.change else None) for f in facts] == [(180_000_000, 40.63)]
    text = (
        "Từ đầu năm đến nay, thành phố cấp chứng nhận đầu tư cho 10 dự án, tổng vốn 46.042 tỷ đồng, tăng 66,7% về "
        "số dự án và gấp 17,4 lần vốn đăng ký so với cùng kỳ năm trước."
    )
    changes = {f.unit: (f.change.value, f.change.unit) for f in extract_facts(text) if f.change}
    assert changes == {"count": (66.7, "%"), "VND": (17.4, "x")}
