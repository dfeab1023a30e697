from __future__ import annotations

import pytest

from provind.extraction.numbers import parse_number, scale_factor, tidy


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("2.067", 2067),
        ("45.000", 45000),
        ("1.000.000", 1_000_000),
        ("7,1", 7.1),
        ("92,7", 92.7),
        ("7,125", 7.125),
        ("1.234,5", 1234.5),
        ("1,234.5", 1234.5),
        ("1,234,567", 1_234_567),
        ("17.6", 17.6),
        ("6.85", 6.85),
        ("01", 1),
        ("2024", 2024),
    ],
)
def test_it_parses_vietnamese_and_web_number_formats(raw: str, expected: float) -> None:
    assert parse_number(raw) == pytest.approx(expected)


@pytest.mark.parametrize("raw", ["1.5.2022", "3.5.2", "", "abc", "1,2,3", "12.34.567"])
def test_it_rejects_shapes_that_are_not_numbers(raw: str) -> None:
    assert parse_number(raw) is None


@pytest.mark.parametrize(
    ("word", "factor"),
    [
        ("tỷ", 1e9),
        ("tỉ", 1e9),
        ("triệu", 1e6),
        ("nghìn tỷ", 1e12),
        ("ngàn  tỷ", 1e12),
        ("nghìn", 1e3),
        ("triệu tỉ", 1e15),
        ("ngan tỉ", 1e12),
        ("nghìntỷ", 1e12),
        (None, 1),
    ],
)
def test_it_knows_scale_words(word: str | None, factor: float) -> None:
    assert scale_factor(word) == factor


def test_it_tidies_scaled_values_into_ints() -> None:
    assert tidy(17.6 * 1e9) == 17_600_000_000
    assert isinstance(tidy(17.6 * 1e9), int)
    assert tidy(7.1) == 7.1
