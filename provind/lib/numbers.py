"""Numbers as Vietnamese officials write them: 2.067,5 (thousands dot, decimal comma)."""

from __future__ import annotations

from decimal import Decimal


def format_vi(value: Decimal | int | bool | None) -> str:
    """A number as Vietnamese write it: 2.067,5 (thousands dot, decimal comma, no trailing zeros)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, int):
        return f"{value:,}".replace(",", ".")
    sign = "-" if value < 0 else ""
    whole, _dot, frac = f"{abs(value):f}".partition(".")
    frac = frac.rstrip("0")
    grouped = sign + f"{int(whole):,}".replace(",", ".")
    return f"{grouped},{frac}" if frac else grouped
