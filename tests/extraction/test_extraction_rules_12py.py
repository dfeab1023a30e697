"""Rules for the year of a figure's period on blind12-14 (issue 12, w12py)."""

from __future__ import annotations

from provind.extraction import extract_facts


def _periods(text: str) -> list[tuple[str, float | None, str | None, int | None, int | None]]:
    return [(f.indicator, f.value, f.period.kind, f.period.year, f.period.month) for f in extract_facts(text)]


def test_same_period_of_a_year_is_compared_with() -> None:
    # "so với cùng kỳ của năm 2016": the year compared with, not the figure's (blind12 r484).
    text = "Chỉ số sản xuất công nghiệp tăng 6,1% so với cùng kỳ của năm 2016 nếu cộng dồn theo 6 tháng năm 2017."
    facts = _periods(text)
    assert facts[0][:2] == ("iip", 6.1)
    assert facts[0][3] == 2017


def test_same_period_of_the_years_of_a_span_is_compared_with() -> None:
    # "thấp nhất của cùng kỳ các năm giai đoạn 2016-2020": the span compared with is not
    # carried to the next paragraph (blind14 r542).
    text = (
        "Khu vực dịch vụ trong 6 tháng đầu năm 2020 giảm 6,95% và là mức thấp nhất của cùng kỳ các năm "
        "giai đoạn 2016-2020, kim ngạch xuất khẩu đạt 2,8 tỷ USD.\n\n"
        "Tỉnh thành lập mới hơn 590 doanh nghiệp, giảm 15,8% so với cùng kỳ."
    )
    facts = _periods(text)
    assert [f[2:4] for f in facts if f[0] in ("export_value", "new_enterprises")] == [("half", 2020)] * 2


def test_year_of_the_plan_attained_dates_yearless_months() -> None:
    # "đạt 103% kế hoạch năm 2022": the only year of the text is the plan's (blind13 r504).
    text = (
        "Tổng thu ngân sách nhà nước 9 tháng của tỉnh đạt 12.235,8 tỷ đồng, tăng 22,9% so cùng kỳ năm trước. "
        "Tổng mức bán lẻ hàng hóa đạt 63.532,2 tỷ đồng, tăng 57,9% so cùng kỳ năm trước, đạt 103% kế hoạch năm 2022."
    )
    facts = _periods(text)
    assert facts[0][:4] == ("budget_revenue", 12235800000000.0, "ytd", 2022)


def test_months_after_which_the_text_reports_give_the_year() -> None:
    # "sau 7 tháng đầu năm 2025 đạt nhiều kết quả tích cực" (blind14 r565).
    text = (
        "TP. Hồ Chí Minh: 7 tháng đầu năm vốn FDI tăng mạnh\n\n"
        "Tình hình kinh tế - xã hội của thành phố sau 7 tháng đầu năm 2025 đạt nhiều kết quả tích cực.\n\n"
        "Tốc độ tăng trưởng tổng sản phẩm trên địa bàn (GRDP) 7 tháng đầu năm dự kiến tăng 6,56%."
    )
    grdp = [f for f in _periods(text) if f[0] == "grdp_growth"]
    assert grdp
    assert grdp[0][2:4] == ("ytd", 2025)


def test_bracket_after_the_same_period_states_the_year_before() -> None:
    # "cao hơn so với cùng kỳ (6 tháng đầu năm 2020 tăng trưởng đạt 4,34%)": the text is of
    # 2021 (blind14 r541); the bracket's own figure stays 2020.
    text = (
        "Tốc độ tăng trưởng kinh tế 6 tháng đầu năm của tỉnh đạt 6,06%. Đây là mức tăng trưởng "
        "cao hơn so với cùng kỳ (6 tháng đầu năm 2020 tăng trưởng đạt 4,34%)."
    )
    facts = _periods(text)
    assert facts[0][:4] == ("grdp_growth", 6.06, "half", 2021)
    assert facts[1][:4] == ("grdp_growth", 4.34, "half", 2020)


def test_introduction_without_figures_names_the_period() -> None:
    # A lead paragraph with no figure names the period mid-sentence; the first figures, after
    # it, run in it (blind13 r510, r511; blind14 r547).
    text = (
        "Chiều 29-6, Cục Thống kê tỉnh tổ chức họp báo công bố số liệu thống kê "
        "kinh tế-xã hội 6 tháng đầu năm 2021.\n\n"
        "Tổng sản phẩm trên địa bàn tỉnh (GRDP) ước tăng 9,7%, đạt mức tăng khá. Trong đó, dịch vụ tăng 2,86%."
    )
    facts = _periods(text)
    assert [f[2:4] for f in facts] == [("half", 2021), ("half", 2021)]


def test_introduction_then_a_stock_marker_names_no_period() -> None:
    text = (
        "Báo cáo tình hình kinh tế năm 2025 của tỉnh.\n\n"
        "Hiện nay, toàn tỉnh có 12 khu công nghiệp với tổng diện tích 3.500 ha."
    )
    assert all(f[2] is None for f in _periods(text))


def test_total_to_a_day_written_with_dashes() -> None:
    # "tính đến hết ngày 15-5-2016" (blind14 r557), "đến hết ngày 15 tháng 5-2016".
    facts = _periods("Như vậy, tính đến hết ngày 15-5-2016, tổng kim ngạch xuất khẩu cả nước đạt 59,13 tỷ USD.")
    assert facts[0][2:] == ("ytd", 2016, 5)
    facts = _periods("Từ đầu năm đến hết ngày 15 tháng 5-2016, kim ngạch xuất khẩu đạt 59,13 tỷ USD.")
    assert facts[0][2:] == ("ytd", 2016, 5)


def test_what_the_years_so_far_add_up_to_keeps_no_period() -> None:
    # "trong những năm qua ... dẫn đầu với tổng vốn đăng ký 1,925 tỷ USD" (blind13 r528); a
    # superlative's span ("cao nhất trong những năm gần đây") is no stock marker.
    text = (
        "Năm 2024, tỉnh đã cấp mới cho 88 dự án FDI.\n\n"
        "Có thể nói, trong những năm qua tỉnh là điểm đến đầu tư hấp dẫn. Trong số các nhà đầu tư, "
        "Hồng Kông dẫn đầu với tổng vốn đăng ký 1,925 tỷ USD."
    )
    facts = _periods(text)
    assert facts[-1][1] == 1925000000.0
    assert facts[-1][2] is None
    text = (
        "Trong 6 tháng đầu năm 2024, giá cà phê tăng cao nhất trong những năm gần đây, "
        "kim ngạch xuất khẩu cà phê đạt 5,5 tỷ USD."
    )
    assert _periods(text)[-1][2:4] == ("half", 2024)


def test_year_label_of_a_fact_sheet_line() -> None:
    # "GRDP (2022): 80.365 tỉ đồng" (blind14 r556, blind7 r339): the label's year dates its line only.
    text = (
        "GRDP (2022): 80.365 tỉ đồng (3,41 tỉ USD)\nGRDP đầu người (2022): 64,9 triệu đồng (2.749 USD)\n"
        "Cụm công nghiệp: 14 cụm công nghiệp"
    )
    facts = _periods(text)
    assert [f[2:4] for f in facts if f[0].startswith("grdp")] == [("year", 2022), ("year", 2022)]
    assert [f[2] for f in facts if f[0] == "cluster_count"] == [None]


def test_rate_of_the_same_period_before_in_brackets() -> None:
    # "cao hơn mức tăng của cùng kỳ năm trước (4,09%)": last year's rate (blind14 r551).
    text = (
        "Tốc độ tăng trưởng kinh tế (GRDP) quý 1/2023 của tỉnh ước tăng 6,3% so với cùng kỳ, "
        "cao hơn mức tăng của cùng kỳ năm trước (4,09%)."
    )
    facts = _periods(text)
    assert [(f[1], f[3]) for f in facts] == [(6.3, 2023), (4.09, 2022)]
