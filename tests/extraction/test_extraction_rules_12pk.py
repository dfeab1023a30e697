"""Rules for the kind and months of periods (issue 12, w12pk)."""

from __future__ import annotations

from provind.extraction import extract_facts


def _periods(text: str) -> list[tuple[str, float | None, str | None, int | None, int | None, int | None]]:
    return [
        (f.indicator, f.value, f.period.kind, f.period.year, f.period.month, f.period.months)
        for f in extract_facts(text)
    ]


def test_flow_up_to_a_months_end_is_the_months_so_far() -> None:
    # "Tính đến hết tháng 10, kim ngạch xuất khẩu đạt ...": summed from January, as "10 tháng".
    facts = _periods("Tính đến hết tháng 10/2024, kim ngạch xuất khẩu của tỉnh đạt 21,8 tỷ USD.")
    assert ("export_value", 21.8e9, "ytd", 2024, 10, 10) in facts


def test_stock_up_to_a_months_end_has_no_count_of_months() -> None:
    # A stock standing at the month's end: ytd ending then, months null (devset dev067).
    facts = _periods("Tính đến hết tháng 10/2024, toàn tỉnh có 1.250 doanh nghiệp đang hoạt động.")
    assert [f[2:] for f in facts if f[1] == 1250.0] == [("ytd", 2024, 10, None)]


def test_flow_up_to_the_end_of_june_is_the_half() -> None:
    text = "(TBMK) - Tính đến hết tháng 6/2019, tỉnh đã cấp mới 38 dự án FDI với tổng vốn đăng ký 343 triệu USD."
    facts = _periods(text)
    assert ("fdi_capital", 343e6, "half", 2019, 6, 6) in facts


def test_total_reached_by_a_months_end_mid_sentence() -> None:
    # "... đến hết tháng 7/2020 đạt": the total reached, though no clause starts before it.
    facts = _periods("Tổng thu ngân sách nhà nước trên địa bàn tỉnh đến hết tháng 7/2020 đạt 5.219,4 tỷ đồng.")
    assert ("budget_revenue", 5219.4e9, "ytd", 2020, 7, 7) in facts


def test_close_of_a_month_is_a_total_up_to_it() -> None:
    facts = _periods("Kết thúc tháng 11/2019, tổng thu ngân sách nhà nước của tỉnh đạt gần 7.281 tỷ đồng.")
    assert ("budget_revenue", 7281e9, "ytd", 2019, 11, 11) in facts


def test_month_with_its_year_after_a_point() -> None:
    # "Đến tháng 4.2025, các KCN này đã thu hút 184 dự án": a stock up to April 2025.
    facts = _periods("Đến tháng 4.2025, các KCN này đã thu hút 184 dự án đầu tư.")
    assert [f[2:] for f in facts if f[1] == 184.0] == [("ytd", 2025, 4, None)]


def test_deadline_is_still_a_month() -> None:
    facts = _periods("Chương trình kéo dài đến tháng 12/2024 với tổng vốn 500 tỷ đồng.")
    assert all(f[2] != "ytd" for f in facts)


def test_total_up_to_a_moment_and_a_day() -> None:
    # "đến thời điểm ngày 21/6/2021": a total up to a day, ytd with no count of months.
    facts = _periods("Tổng thu ngân sách nhà nước đến thời điểm ngày 21/6/2021 đạt gần 12 nghìn tỷ đồng.")
    assert ("budget_revenue", 12e12, "ytd", 2021, 6, None) in facts


def test_total_up_to_a_day_written_with_dashes() -> None:
    facts = _periods("Tính đến hết ngày 15-5-2016, kim ngạch xuất khẩu của cả nước đạt 59,13 tỷ USD.")
    assert ("export_value", 59.13e9, "ytd", 2016, 5, None) in facts


def test_count_up_to_a_past_year_is_that_year() -> None:
    # "Tính đến 2022, tỉnh có 6 Khu công nghiệp": counted to a year, not a plan's horizon.
    facts = _periods("Khu công nghiệp: Tính đến 2022, tỉnh Vĩnh Long có 6 Khu công nghiệp.")
    assert [f[2:4] for f in facts if f[1] == 6.0] == [("year", 2022)]
    facts = _periods("Dự kiến tính đến năm 2030, tỉnh có 12 khu công nghiệp.")
    assert [f[2:4] for f in facts if f[1] == 12.0] == [("target", 2030)]


def test_span_of_the_years_compared_is_no_period() -> None:
    # "mức thấp nhất của cùng kỳ các năm giai đoạn 2016-2020": the years compared with, so the
    # figures after it stay in the half named before.
    text = (
        "Tổng sản phẩm trong 6 tháng đầu năm 2020 giảm 6,95% và là mức thấp nhất của cùng kỳ các năm "
        "giai đoạn 2016-2020, kim ngạch xuất khẩu đạt 2,8 tỷ USD (giảm 0,2% so với cùng kỳ)."
    )
    assert ("export_value", 2.8e9, "half", 2020, 6, 6) in _periods(text)


def test_same_period_of_a_year_is_compared_with() -> None:
    # "so với cùng kỳ của năm 2016 nếu cộng dồn theo 6 tháng năm 2017": 2016 is compared with;
    # the figure is of the half named after it.
    text = (
        "Theo báo cáo, chỉ số sản xuất ngành công nghiệp tăng 6,1% so với cùng kỳ của năm 2016 "
        "nếu cộng dồn theo 6 tháng năm 2017. Cụ thể hơn, ngành khai khoáng giảm 37,5%."
    )
    assert ("iip", -37.5, "half", 2017, 6, 6) in _periods(text)


def test_balance_compared_with_the_years_end_is_a_stock() -> None:
    # "(tăng 8% so với cuối năm 2022)": a balance at the month's end, months null.
    text = "Tổng nguồn vốn huy động ước đến cuối tháng 12/2023 đạt 58.400 tỷ đồng (tăng 8% so với cuối năm 2022)."
    assert [f[2:] for f in _periods(text) if f[1] == 58.4e12] == [("ytd", 2023, 12, None)]
