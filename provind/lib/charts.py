"""Axis labels that carry their year, shared by the browser charts and the server-side SVGs."""

from __future__ import annotations

import datetime as dt


def axis_label_expr(language: str) -> str:
    """A Vega expression: "T7/2024" on Vietnamese pages, "Jul 2024" on English ones."""
    if language.startswith("vi"):
        return "'T' + (month(datum.value) + 1) + '/' + year(datum.value)"
    return "timeFormat(datum.value, '%b %Y')"


def month_tick_step(first: dt.date, last: dt.date) -> int:
    """Months between ticks so that a span of any length gets a readable number of labels."""
    span = (last.year - first.year) * 12 + last.month - first.month + 1
    for step, most in ((1, 12), (3, 36), (6, 72)):
        if span <= most:
            return step
    return 12
