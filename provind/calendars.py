"""Working days in Vietnam: Monday–Friday minus public holidays, plus the Saturdays swapped in.

Pure Python, no Django. Holidays come from the maintained `holidays` library (country VN):
Tết by the lunar calendar, Hùng Kings' day, 30/4, 1/5, 2/9 and the days the government moves
(the 2/5/2025 day off in exchange for working Saturday 26/4/2025 is known to the library).

Deadlines in Vietnamese documents are counted "X ngày làm việc" (working days) or "X ngày"
(calendar days). Day counting follows the Civil Code 2015, Art. 147–148: the start day is not
counted, and a calendar-day period whose last day is a day off ends on the next working day.
Obstacles and, later, cluster procedures share these functions.

>>> import datetime as dt
>>> add_working_days(dt.date(2025, 1, 24), 1)  # Friday before Tết 2025 → Monday 3/2/2025
datetime.date(2025, 2, 3)
"""

from __future__ import annotations

import datetime as dt
import enum
from functools import lru_cache

import holidays

ONE_DAY = dt.timedelta(days=1)


class DayBasis(enum.StrEnum):
    """How a document counts a period: "ngày làm việc" or plain "ngày"."""

    WORKING = "working"
    CALENDAR = "calendar"


@lru_cache(maxsize=64)
def _year(year: int) -> holidays.HolidayBase:
    return holidays.country_holidays("VN", years=year)


def holiday_name(day: dt.date) -> str | None:
    """The Vietnamese name of the holiday on `day`, or None."""
    name = _year(day.year).get(day)
    return str(name) if name else None


def is_working_day(day: dt.date) -> bool:
    """Monday–Friday that is not a public holiday or a swapped day off; or a swapped working Saturday."""
    return bool(_year(day.year).is_working_day(day))


def next_working_day(day: dt.date) -> dt.date:
    """`day` itself if it is a working day, else the first working day after it."""
    while not is_working_day(day):
        day += ONE_DAY
    return day


def add_working_days(start: dt.date, n: int) -> dt.date:
    """The n-th working day after `start` (start not counted); n = 0 gives `start`. Negative n counts back."""
    day = start
    step = ONE_DAY if n >= 0 else -ONE_DAY
    remaining = abs(n)
    while remaining:
        day += step
        if is_working_day(day):
            remaining -= 1
    return day


def add_calendar_days(start: dt.date, n: int, *, roll_to_working_day: bool = True) -> dt.date:
    """`start` + n days; by default a last day that is a day off moves to the next working day
    (Civil Code 2015, Art. 148(5)). Pass `roll_to_working_day=False` when the document says otherwise."""
    day = start + dt.timedelta(days=n)
    return next_working_day(day) if roll_to_working_day else day


def working_days_between(start: dt.date, end: dt.date) -> int:
    """Working days in (start, end]: the count `add_working_days` inverts. Negative if end < start."""
    if end < start:
        return -working_days_between(end, start)
    count = 0
    day = start
    while day < end:
        day += ONE_DAY
        if is_working_day(day):
            count += 1
    return count


def add_days(start: dt.date, n: int, basis: DayBasis | str) -> dt.date:
    """A deadline n days after `start`, counted as the document says."""
    if DayBasis(basis) is DayBasis.WORKING:
        return add_working_days(start, n)
    return add_calendar_days(start, n)


def days_between(start: dt.date, end: dt.date, basis: DayBasis | str) -> int:
    """Days in (start, end] counted on `basis` (negative if end < start)."""
    if DayBasis(basis) is DayBasis.WORKING:
        return working_days_between(start, end)
    return (end - start).days
