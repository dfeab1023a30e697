"""Rules of the sixth pass on blind6's values missed or spurious (w12b6v): each fails on the
code before it (README.md "Sixth pass, blind6's values missed or spurious (w12b6v)"). The
sentences are written for these tests."""

from __future__ import annotations

from provind.extraction import extract_facts


def _growths(text: str) -> list[tuple[str, float | None, float | None, str | None]]:
    return [
        (f.indicator, f.value, f.change.value if f.change else None, f.change.direction if f.change else None)
        for f in extract_facts(text)
    ]


def test_a_sign_in_brackets_is_a_listed_products_rise_or_fall() -> None:
    text = (
        "Tính chung 6 tháng, các sản phẩm công nghiệp chủ yếu có tốc độ tăng khá so với cùng kỳ: "
        "gạch xây (+14,2%); quần áo may sẵn (+7,5%); thức ăn chăn nuôi (-3,1%)."
    )
    assert _growths(text) == [
        ("other", None, 14.2, "up"),
        ("other", None, 7.5, "up"),
        ("other", None, 3.1, "down"),
    ]
