"""Rules for the facts, periods and statuses of blind18 (issue 12, w12t18)."""

from __future__ import annotations

from provind.extraction import extract_facts
from provind.extraction.facts import Fact


def _facts(text: str) -> list[Fact]:
    return extract_facts(text, region="TP Hồ Chí Minh")


def test_first_quarter_of_the_year_in_words() -> None:
    # "trong quý đầu năm": the first quarter, as "quý I" (blind18 r720).
    text = "GRDP của thành phố trong quý đầu năm 2023 ước đạt khoảng 360.000 tỷ đồng, tăng 0,7% so với cùng kỳ."
    fact = _facts(text)[0]
    assert (fact.indicator, fact.period.kind, fact.period.quarter, fact.period.year) == ("grdp", "quarter", 1, 2023)


def test_as_many_as_a_fraction_is_no_date() -> None:
    # "có đến 4/9 ngành": "as many as" four of nine, not a total up to 4 September (blind18 r720).
    text = (
        "Trong quý 1/2023, khu vực dịch vụ tăng 2,07%. Đáng chú ý, có đến 4/9 ngành dịch vụ có mức tăng trưởng âm "
        "là: vận tải kho bãi giảm 0,63%."
    )
    facts = _facts(text)
    assert len(facts) >= 2
    assert all((f.period.kind, f.period.quarter) == ("quarter", 1) for f in facts)


def test_budget_revenue_newly_collected() -> None:
    # "Ước thu mới ngân sách đạt 4.200 tỷ đồng" (blind18 r716).
    text = "Trong tháng 5/2023, ước thu mới ngân sách đạt 4.200 tỷ đồng."
    assert [f.indicator for f in _facts(text)] == ["budget_revenue"]


def test_foreign_investment_attracted_noun_first() -> None:
    # "Đầu tư nước ngoài thu hút 49 triệu USD" (blind18 r716).
    text = "Trong tháng 5/2023, đầu tư nước ngoài thu hút 49 triệu USD."
    assert [f.indicator for f in _facts(text)] == ["fdi_capital"]


def test_enterprises_entering_and_leaving_the_market() -> None:
    # "số doanh nghiệp tham gia vào thị trường giảm 20,8% và số lượng doanh nghiệp rút lui khỏi
    # thị trường tăng 10,4%" (blind18 r719; dev r144 counts the entering ones as new).
    text = (
        "Trong quý I/2025, số doanh nghiệp tham gia vào thị trường giảm 20,8% và số lượng doanh nghiệp rút lui "
        "khỏi thị trường tăng 10,4% so với cùng kỳ."
    )
    got = [(f.indicator, f.change.value if f.change else None) for f in _facts(text)]
    assert got == [("new_enterprises", 20.8), ("other", 10.4)]


def test_whole_named_again_by_its_value() -> None:
    # "Trong mức tăng 4,75%, ..." after a plan's rate: the parts are the quarter's, as the
    # whole of that value (blind18 r702).
    text = (
        "GRDP ước thực hiện quý I-2020 tăng 4,75% so cùng kỳ năm 2019. Đây là mức tăng thấp hơn kế hoạch năm 2020 "
        "(tăng 7-8%).\n\nTrong mức tăng 4,75%, khu vực dịch vụ tăng 5,3%."
    )
    part = next(f for f in _facts(text) if f.value == 5.3)
    assert (part.period.kind, part.period.quarter, part.period.year, part.status) == ("quarter", 1, 2020, "estimate")


def test_same_period_list_in_brackets() -> None:
    # "(cùng kỳ năm 2017 lần lượt là: 30,22%; 14,38%)": the shares of 2017, with no status, as
    # the shares of 2018 before them (blind18 r712, r702).
    text = (
        "Cơ cấu kinh tế năm 2018: khu vực nông, lâm nghiệp và thuỷ sản chiếm tỷ trọng 28,90%; khu vực dịch vụ "
        "chiếm 54,73% (cùng kỳ năm 2017 lần lượt là: 30,22% và 53,78%)."
    )
    got = {f.value: (f.period.year, f.status) for f in _facts(text)}
    assert got[28.9] == (2018, None)
    assert got[30.22] == (2017, None)
    assert got[53.78] == (2017, None)


def test_industrial_production_named_by_the_activity() -> None:
    # "sản xuất công nghiệp tháng 8 tăng 32,55%" is the production index (blind12 r464, blind13
    # r516, blind18 r707); "Khu vực sản xuất công nghiệp và hoạt động xây dựng tăng 6,58%" is a
    # sector of the economy (dev r238), not the index.
    text = "Trong đó, sản xuất công nghiệp tháng 8/2021 tăng 32,55% so với cùng kỳ năm ngoái."
    assert [(f.indicator, f.value) for f in _facts(text)] == [("iip", 32.55)]
    text = (
        "Tốc độ tăng trưởng kinh tế 6 tháng đầu năm 2017 đạt 4,34%. Trong đó, khu vực sản xuất công nghiệp và "
        "hoạt động xây dựng tăng 6,58%."
    )
    assert "iip" not in [f.indicator for f in _facts(text)]


def test_same_period_rate_in_brackets_with_no_verb() -> None:
    # "(cùng kỳ năm trước 6,41%)": the rate of the same months a year before, as published
    # then (blind18 r711).
    text = "Tốc độ tăng trưởng kinh tế (GRDP) 9 tháng năm 2024 ước tăng 6,80%, (cùng kỳ năm trước 6,41%)."
    got = {f.value: (f.period.kind, f.period.year, f.status) for f in _facts(text)}
    assert got[6.8] == ("ytd", 2024, "estimate")
    assert got[6.41] == ("ytd", 2023, "actual")
