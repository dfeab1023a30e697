"""Status, period and change rules of the tenth-set attributes pass (w12a10): each fails on the
code before it (README.md "Sixth pass, attributes on blind10 (w12a10)")."""

from __future__ import annotations

from provind.extraction import extract_facts


def _changes(text: str) -> list[tuple[float | None, str | None]]:
    return [(f.change.value, f.change.basis) if f.change else (f.value, None) for f in extract_facts(text)]


def test_an_earlier_rate_named_by_its_period_then_compared_with_the_same_period_is_yoy() -> None:
    text = (
        "Chỉ số sản xuất công nghiệp 6 tháng đầu năm 2024 tăng 8,1% so với cùng kỳ năm trước "
        "(thấp hơn mức tăng 10,25% của 6 tháng năm 2023 so với cùng kỳ)."
    )
    assert (10.25, "yoy") in _changes(text)


def test_a_comparison_with_the_crop_year_before_is_yoy() -> None:
    text = "Kim ngạch xuất khẩu cà phê niên vụ này đạt 512 triệu USD, tăng 18,3% so với niên vụ trước."
    assert _changes(text) == [(18.3, "yoy")]


def test_cung_ky_without_its_tone_mark_is_still_the_same_period() -> None:
    text = "Chỉ số sản xuất công nghiệp tháng 5 tăng 21,4% so với cùng ky năm 2015."
    assert _changes(text) == [(21.4, "yoy")]


def _periods(text: str) -> list[tuple[float | None, str | None, int | None, int | None, str | None]]:
    return [
        (f.change.value if f.change else f.value, f.period.kind, f.period.year, f.period.quarter, f.status)
        for f in extract_facts(text)
    ]


def test_a_rate_set_lower_than_the_same_time_of_a_named_year_is_that_years_part() -> None:
    text = (
        "Trong quý I/2021, chỉ số sản xuất công nghiệp của tỉnh ước tăng 5,2% so với cùng kỳ năm "
        "trước, đạt mức tăng thấp so với cùng thời điểm năm 2020 tăng 7,3%. Trong đó, ngành chế "
        "biến, chế tạo tăng 5,8%."
    )
    assert _periods(text) == [
        (5.2, "quarter", 2021, 1, "estimate"),
        (7.3, "quarter", 2020, 1, "actual"),
        (5.8, "quarter", 2021, 1, "estimate"),
    ]


def test_the_year_of_a_closed_bracket_does_not_date_the_figures_after_it() -> None:
    text = (
        "Trong ba tháng đầu năm 2024, cả nước thu hút 5 tỷ USD vốn FDI.\n\n"
        "Vốn FDI đăng ký vào tỉnh trong ba tháng đầu năm nay đạt 420 triệu USD, gấp 3 lần so với "
        "cùng kỳ năm ngoái (ba tháng đầu năm 2023 chỉ đạt 140 triệu USD), và chiếm 8,5% tổng vốn "
        "FDI đăng ký của cả nước trong cùng kỳ."
    )
    years = {f.value: f.period.year for f in extract_facts(text)}
    assert years[8.5] == years[420e6] == 2024


def test_a_level_compared_with_and_named_by_the_same_period_last_year_is_that_years() -> None:
    text = (
        "Tính chung 5 tháng năm 2018, vốn đăng ký của doanh nghiệp thành lập mới đạt 2.140 tỉ "
        "đồng. Trong đó, nhóm công ty cổ phần 1.210 tỉ đồng (so với 95 tỉ đồng cùng kỳ năm trước)."
    )
    years = {f.value: f.period.year for f in extract_facts(text)}
    assert years[95e9] == 2017
    assert years[1210e9] == 2018


def test_a_structure_share_after_a_contribution_word_is_no_contribution() -> None:
    text = (
        "Khu vực công nghiệp có đóng góp lớn nhất vào tăng trưởng chung, trong đó ngành chế biến, "
        "chế tạo chiếm cơ cấu 62,3% trong giá trị tăng thêm ngành công nghiệp."
    )
    assert [(f.value, f.status) for f in extract_facts(text) if f.value == 62.3] == [(62.3, None)]


def test_products_listed_after_a_lead_compared_with_the_month_before_are_mom() -> None:
    text = (
        "Chỉ số sản xuất công nghiệp tháng 9 tăng 4,2% so với tháng trước và tăng 18,6% so với cùng "
        "kỳ năm trước. Chỉ số tăng so với "
        "tháng trước là do một số sản phẩm chủ lực tăng mạnh, như: xi măng tăng 12,5%; gạch "
        "nung tăng 9,1%."
    )
    changes = _changes(text)
    assert (12.5, "mom") in changes
    assert (9.1, "mom") in changes
