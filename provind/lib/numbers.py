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


def plain(value: Decimal | int | None, *, unknown: str = "?") -> str:
    """A number with no grouping and no trailing zeros, a dot before decimals, as in code and in
    messages that name a stored value: 12.5, 100, -0.25. `unknown` stands for None."""
    if value is None:
        return unknown
    return f"{Decimal(value).normalize():f}"


def plain_vi(value: Decimal | int | None, *, unknown: str = "?") -> str:
    """`plain` with a decimal comma, as a Vietnamese sentence writes a single figure: 12,5."""
    return plain(value, unknown=unknown).replace(".", ",")


def format_en(value: Decimal | int) -> str:
    """A number as English writes it: 2,067.5 (thousands comma, decimal point, no trailing zeros)."""
    return f"{Decimal(value).normalize():,f}"
