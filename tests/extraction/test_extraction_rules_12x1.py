"""Spurious-fact rules of the cross-set pass (w12x1): each fails on the code before it
(README.md "Eighth pass, spurious facts across sets (w12x1)")."""

from __future__ import annotations

from provind.extraction import extract_facts


def _counts(text: str) -> list[float | None]:
    return [f.value for f in extract_facts(text) if f.unit == "count"]


def test_a_count_in_the_headline_in_a_month_and_in_the_body_up_to_it_is_given_once() -> None:
    text = (
        "Trà Vinh: 5 dự án điện gió hòa lưới điện quốc gia trong tháng 10/2021\n\n"
        "Theo cam kết về tiến độ, đến tháng 10/2021, 5 dự án nhà máy điện gió hòa lưới điện quốc gia."
    )
    assert _counts(text) == [5]
