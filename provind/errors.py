"""The one error type domain code raises for bad input: which field, why, in Vietnamese and
English. Interfaces turn it into a 400 (API) or a message on the page, without knowing which
domain raised it."""

from __future__ import annotations

import datetime as dt


class InputError(ValueError):
    def __init__(self, field: str, vi: str, en: str) -> None:
        self.field, self.vi, self.en = field, vi, en
        super().__init__(f"{field}: {vi} / {en}")


# Dates the app accepts anywhere (API, pages, imports): wide enough for every real record
# (the oldest cluster decisions are from the 1990s, plans run to 2050) and narrow enough that
# day-by-day calendars and date arithmetic stay cheap and never overflow.
EARLIEST_DAY = dt.date(1900, 1, 1)
LATEST_DAY = dt.date(2100, 12, 31)


def check_day(value: dt.date, field: str) -> dt.date:
    """`value` if it lies in EARLIEST_DAY … LATEST_DAY, else InputError for `field`."""
    if not EARLIEST_DAY <= value <= LATEST_DAY:
        raise InputError(
            field,
            f"ngày {value.isoformat()} nằm ngoài khoảng {EARLIEST_DAY:%d/%m/%Y} – {LATEST_DAY:%d/%m/%Y}",
            f"the date {value.isoformat()} is outside {EARLIEST_DAY.isoformat()} – {LATEST_DAY.isoformat()}",
        )
    return value
