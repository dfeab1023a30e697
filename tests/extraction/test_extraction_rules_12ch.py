"""Change rules of the fifth pass's change work (w12ch): each fails on the code before it
(README.md "Fifth pass, changes (w12ch)")."""

from __future__ import annotations

from provind.extraction import extract_facts


def _changes(text: str) -> list[tuple[str, float | None, str | None, str | None]]:
    out = []
    for f in extract_facts(text, region="Nam Định"):
        c = f.change
        out.append((f.indicator, f.value, c.direction if c else None, c.basis if c else None))
    return out


def test_constant_prices_so_sanh_is_no_comparison() -> None:
    text = "Năm 2024, tổng sản phẩm trên địa bàn tỉnh (GRDP) theo giá so sánh 2010 tăng 7,2%."
    assert _changes(text) == [("grdp_growth", 7.2, "up", "yoy")]


def test_so_sanh_la_names_no_basis() -> None:
    text = "Năm 2024, tăng trưởng kinh tế của tỉnh đạt 6,4%, được so sánh là khá với cả nước (cả nước tăng 5,1%)."
    assert [basis for _, _, _, basis in _changes(text)] == ["yoy", "yoy"]


def test_a_verb_glued_to_its_figure_and_the_word_before() -> None:
    text = (
        "Chỉ số sản xuất công nghiệp tháng 10/2024 tăng 1,2% so với tháng trước, trong đó ngành khai khoáng "
        "tăng 1,5%; công nghiệp chế biến, chế tạogiảm0,8%."
    )
    assert _changes(text)[-1] == ("iip", -0.8, "down", "mom")


def test_a_growth_after_a_contribution_is_the_next_sectors_own() -> None:
    text = (
        "Năm 2024, khu vực nông, lâm nghiệp và thủy sản tăng 3,1%, góp 9,5% vào mức tăng trưởng chung, "
        "khu vực công nghiệp và xây dựng tăng 8,2%, góp 50,3%."
    )
    facts = extract_facts(text, region="Nam Định")
    assert [(f.indicator, f.value, f.change is None) for f in facts] == [
        ("grdp_growth", 3.1, False),
        ("other", 9.5, True),
        ("grdp_growth", 8.2, False),
        ("other", 50.3, True),
    ]


def test_thu_hep_is_a_fall() -> None:
    text = "Năm 2024, quy mô nền kinh tế đạt 30,2 nghìn tỷ đồng, thu hẹp 0,8 nghìn tỷ đồng so với cùng kỳ."
    (fact,) = extract_facts(text, region="Nam Định")
    assert fact.change is not None
    assert (fact.change.value, fact.change.unit, fact.change.direction) == (800_000_000_000, "VND", "down")


def test_a_level_in_brackets_after_a_bare_growth_takes_the_growth() -> None:
    text = "Năm 2024, ngành du lịch phục hồi, doanh thu tăng 25% so với cùng kỳ (khoảng 900 tỷ đồng)."
    facts = extract_facts(text, region="Nam Định")
    assert len(facts) == 1
    assert facts[0].value == 900_000_000_000
    assert facts[0].change is not None
    assert facts[0].change.value == 25


def test_the_value_of_the_same_period_is_year_on_year() -> None:
    text = "Năm 2024, kim ngạch xuất khẩu đạt 3 tỷ USD, tăng 1,5 lần so với giá trị của cùng kỳ năm 2023."
    (fact,) = extract_facts(text, region="Nam Định")
    assert fact.change is not None
    assert fact.change.basis == "yoy"


def test_a_verb_before_a_comma_is_not_the_next_figures() -> None:
    text = "Tháng 5/2024, trong 20 ngành cấp 2, có 60% số ngành có chỉ số tăng, 40% số ngành có chỉ số giảm."
    facts = extract_facts(text, region="Nam Định")
    assert [(f.value, f.change) for f in facts] == [(60, None), (40, None)]


def test_a_plan_percentage_after_a_rate_is_the_planned_rate() -> None:
    text = (
        "Năm 2024, chỉ số sản xuất công nghiệp ước tăng 8,1% so với cùng kỳ. Tuy nhiên mức tăng này thấp hơn "
        "mục tiêu kế hoạch đề ra năm 2024 là 10%."
    )
    facts = extract_facts(text, region="Nam Định")
    assert [(f.indicator, f.value, f.status) for f in facts] == [("iip", 8.1, "estimate"), ("iip", 10, "plan")]


def test_an_initial_in_a_company_name_ends_no_sentence() -> None:
    text = (
        "Năm 2024, tỉnh thu hút vốn FDI đạt 900 triệu USD. Một số dự án lớn như nhà máy sợi của Công ty TNHH "
        "Dệt may K.Star (Việt Nam) với vốn đầu tư 60 triệu USD."
    )
    assert [f.indicator for f in extract_facts(text, region="Nam Định")] == ["fdi_capital", "other"]


def test_a_year_before_tinh_counts_no_provinces() -> None:
    text = "Tốc độ tăng GRDP 9 tháng năm 2024 tỉnh Kon Tum là 7,6%."
    assert [(f.indicator, f.value) for f in extract_facts(text, region="Kon Tum")] == [("grdp_growth", 7.6)]


def test_capital_added_tang_them_is_a_level_not_a_change() -> None:
    text = (
        "Năm 2024, tỉnh điều chỉnh vốn cho 10 dự án, với vốn đầu tư tăng thêm 800 tỷ đồng; tổng vốn cấp mới "
        "và tăng thêm 9.500 tỷ đồng."
    )
    facts = [f for f in extract_facts(text, region="Nam Định") if f.unit == "VND"]
    assert [(f.value, f.change) for f in facts] == [(800_000_000_000, None), (9_500_000_000_000, None)]
