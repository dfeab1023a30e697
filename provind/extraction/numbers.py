"""Vietnamese number parsing: "2.067" is two thousand and sixty-seven, "7,1" is seven point one.

Vietnamese writes "." between thousands and "," as the decimal mark, but web text copied
from English sources also writes "17.6 tỷ USD". The rules below decide by the shape of the
digit groups, which is how a reader decides too:

- both marks present: the last one is the decimal mark ("1.234,5", "1,234.5");
- only ".": groups of exactly three digits after every dot are thousands ("2.067",
  "1.000.000"); one dot followed by 1, 2 or 4+ digits is a decimal point ("17.6");
- only ",": one comma is the decimal mark ("7,1", "7,125"); several commas followed by
  three digits each are thousands ("1,234,567").

Anything else ("1.5.2022", "3.5.2") is not a number; the caller treats it as a date or noise.
"""

from __future__ import annotations

import re

from provind.extraction.lazy import lazy_pattern

# Multipliers of the scale words, in search form (lower case, one space between words).
# This is the only list: the quantity regex is built from it (``quantities._SCALE``, longer
# words first, so "nghìn tỷ" wins over "nghìn"), and it accepts the words of a compound with
# or without the space ("nghìntỷ"), which ``scale_factor`` reads alike.
SCALE_WORDS: dict[str, float] = {
    "nghìn tỷ": 1e12,
    "nghìn tỉ": 1e12,
    "ngàn tỷ": 1e12,
    "ngàn tỉ": 1e12,
    "ngan tỷ": 1e12,
    "ngan tỉ": 1e12,
    "triệu tỷ": 1e15,
    "triệu tỉ": 1e15,
    "tỷ": 1e9,
    "tỉ": 1e9,
    "triệu": 1e6,
    "nghìn": 1e3,
    "ngàn": 1e3,
    "trăm": 1e2,
}
# Scale words that the quantity regex does not accept after digits: "5 trăm" is not how
# reports write 500, and reading it would change what follows the figure.
NOT_AFTER_DIGITS = frozenset({"trăm"})
# Lookup key: the letters only, so "nghìn  tỷ" and "nghìntỷ" both find "nghìn tỷ".
_FACTORS = {word.replace(" ", ""): factor for word, factor in SCALE_WORDS.items()}

_GROUPS_OF_THREE = lazy_pattern(r"[0-9]{1,3}(?:\.[0-9]{3})+")
_COMMA_THOUSANDS = lazy_pattern(r"[0-9]{1,3}(?:,[0-9]{3}){2,}")


def parse_number(raw: str) -> float | None:
    """Parse one written number; return None when the shape is not a number.

    >>> parse_number("2.067"), parse_number("7,1"), parse_number("1.234,5")
    (2067.0, 7.1, 1234.5)
    """
    s = raw.strip()
    if s.isdigit():
        return float(s)
    if not s or not s[0].isdigit() or not s[-1].isdigit():
        return None
    has_dot, has_comma = "." in s, "," in s
    if has_dot and has_comma:
        if s.rfind(",") > s.rfind("."):
            integer, _, decimal = s.rpartition(",")
            if not _GROUPS_OF_THREE.fullmatch(integer) and "." in integer:
                return None
            return _to_float(integer.replace(".", ""), decimal)
        integer, _, decimal = s.rpartition(".")
        if "," in integer and not re.fullmatch(r"[0-9]{1,3}(?:,[0-9]{3})+", integer):
            return None
        return _to_float(integer.replace(",", ""), decimal)
    # One mark (most numbers) is told by the lengths of its two sides, without a pattern.
    if has_dot:
        if s.count(".") == 1:
            integer, _, decimal = s.partition(".")
            if len(decimal) == 3 and len(integer) <= 3 and s.isascii() and integer.isdigit() and decimal.isdigit():
                return float(integer + decimal)  # "2.067": _GROUPS_OF_THREE with one group
            return _to_float(integer, decimal)
        if _GROUPS_OF_THREE.fullmatch(s):
            return float(s.replace(".", ""))
        return None
    if has_comma:
        # (_COMMA_THOUSANDS needs two commas or more.)
        if s.count(",") == 1:
            integer, _, decimal = s.partition(",")
            return _to_float(integer, decimal)
        if _COMMA_THOUSANDS.fullmatch(s):
            return float(s.replace(",", ""))
        return None
    return float(s)


def _to_float(integer: str, decimal: str) -> float | None:
    if not integer.isdigit() or not decimal.isdigit():
        return None
    return float(f"{integer}.{decimal}")


def scale_factor(word: str | None) -> float:
    """Multiplier of a scale word such as "nghìn tỷ"; 1 when there is none."""
    if not word:
        return 1.0
    factor = _FACTORS.get(word)
    if factor is not None:
        return factor
    return _FACTORS.get("".join(word.split()), 1.0)


def tidy(value: float) -> float | int:
    """Return an int for whole values so JSON shows 6000, not 6000.0, and round off
    binary noise from scaling ("17,6" * 1e9)."""
    rounded = round(value, 6)
    if rounded == int(rounded) and abs(rounded) < 1e18:
        return int(rounded)
    return rounded
