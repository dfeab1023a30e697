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
        "giai đoạn 2016-2020, kim ngạch xuất khẩu đạt 2,8 tỷ USD.\n\nTỉnh thành lập mới hơn 590 doanh nghiệp, giảm 15,8% so với cùng kỳ."
    )
    facts = _periods(text)
    assert [f[2:4] for f in facts if f[0] in ("export_value", "new_enterprises")] == [("half", 2020)] * 2
