"""The number texts of provind.lib.numbers: one definition each for messages, sentences and files."""

from __future__ import annotations

from decimal import Decimal

import pytest

from provind.lib.numbers import format_en, plain, plain_vi


@pytest.mark.parametrize(
    ("value", "text"),
    [(Decimal("12.50"), "12.5"), (Decimal("1E+2"), "100"), (Decimal("-0.25"), "-0.25"), (7, "7"), (None, "?")],
)
def test_plain_drops_trailing_zeros_and_never_groups(value: Decimal | int | None, text: str) -> None:
    assert plain(value) == text


def test_plain_says_what_an_unknown_is() -> None:
    assert plain(None, unknown="") == ""


def test_plain_vi_writes_a_decimal_comma() -> None:
    assert plain_vi(Decimal("2067.50")) == "2067,5"


def test_format_en_groups_thousands_with_commas() -> None:
    assert format_en(Decimal("2067.50")) == "2,067.5"
    assert format_en(41) == "41"
