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


def test_the_foreign_invested_economy_is_a_part_of_exports_not_capital() -> None:
    text = (
        "Tính chung 5 tháng, kim ngạch xuất khẩu của tỉnh đạt 3,1 tỷ USD, tăng 12% so với cùng kỳ. "
        "Trong đó, kinh tế có vốn đầu tư trực tiếp nước ngoài đạt 2,4 tỷ USD, tăng 10%."
    )
    assert [(f.indicator, f.value) for f in extract_facts(text)] == [
        ("export_value", 3.1e9),
        ("export_value", 2.4e9),
    ]
