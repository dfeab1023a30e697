"""Rules for periods and comparisons wrong on blind17 (issue 12, w12t17)."""

from __future__ import annotations

from provind.extraction import extract_facts


def _by_value(text: str) -> dict[float | None, object]:
    return {f.value: f for f in extract_facts(text)}


def test_summed_up_to_a_month_end_without_clause_lead_is_ytd() -> None:
    # "cộng dồn đến cuối tháng 8.2021": summed up to the month's end, not the month alone; a
    # level set against "cùng thời điểm" is a stock at that date (months null).
    text = (
        "Chỉ số sử dụng lao động trong các doanh nghiệp cộng dồn đến cuối tháng 8.2021 giảm 1,8% "
        "so với cùng thời điểm năm trước."
    )
    fact = _by_value(text)[-1.8]
    assert fact.period.kind == "ytd"
    assert fact.period.month == 8
    assert fact.period.months is None


def test_up_to_the_start_of_a_month_is_ytd_without_months() -> None:
    text = "Tính đến đầu tháng 7, toàn tỉnh thu hút được 268 dự án đầu tư."
    fact = _by_value(text)[268]
    assert fact.period.kind == "ytd"
    assert fact.period.month == 7
    assert fact.period.months is None


def test_part_growth_follows_the_wholes_last_comparison() -> None:
    text = (
        "Chỉ số sản xuất công nghiệp tháng 10/2018 tăng 8,86% so với tháng 9/2018 và tăng 7,14% so "
        "với cùng kỳ năm 2017, trong đó công nghiệp khai khoáng tăng 6,49%; công nghiệp chế biến, "
        "chế tạo tăng 11,08%."
    )
    facts = _by_value(text)
    assert facts[11.08].change.basis == "yoy"


def test_bare_pair_of_growths_follows_the_wholes_two_comparisons() -> None:
    text = (
        "Chỉ số IIP của tỉnh trong tháng 2/2023 ước tính giảm 15,6% so với tháng trước và giảm 13,2% "
        "so với cùng kỳ năm 2022. "
        "Trong đó, ngành công nghiệp chế biến, chế tạo giảm 15,8% so với tháng trước và giảm 13,3% so "
        "với tháng 2/2022; ngành sản xuất và phân phối điện tăng 9,2% và tăng 15,2%."
    )
    facts = _by_value(text)
    assert facts[9.2].change.basis == "mom"
    assert facts[15.2].change.basis == "yoy"


def test_growth_against_a_month_without_so_is_a_comparison() -> None:
    # "tăng 9,85% với tháng 3/2019": the month compared with is not the period of the figures
    # after it.
    text = (
        "Giá trị sản xuất công nghiệp tháng 4 năm 2019 ước đạt 362,1 tỷ đồng; trong đó: Kinh tế Quốc "
        "doanh đạt 284,5 tỷ đồng tăng 9,85% với tháng 3/2019, tăng 48,4% so với cùng kỳ năm trước; "
        "kinh tế ngoài Quốc doanh đạt 77,6 tỷ đồng, tăng 6,59% so với tháng 3/2019, tăng 10,5% so "
        "với cùng kỳ năm trước."
    )
    fact = _by_value(text)[77600000000.0]
    assert fact.period.month == 4
    assert fact.change.value == 10.5
