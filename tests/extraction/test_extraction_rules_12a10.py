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
