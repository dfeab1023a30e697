"""Working days in Vietnam: Monday–Friday minus public holidays, plus the Saturdays swapped in.

Pure Python, no Django. Public holidays come from the maintained `holidays` library (country VN):
Tết by the lunar calendar, Hùng Kings' day, 30/4, 1/5, 2/9 (Labour Code 2019 Art. 112). The
government's yearly announcements (extra days off, swapped working Saturdays) are data in
`holidays_vn.toml`, each with its document's number and date; a day the library lists without an
enacted basis is taken out there (24/11/2026, for one).

Deadlines in Vietnamese documents are counted "X ngày làm việc" (working days) or "X ngày"
(calendar days). Day counting follows the Civil Code 2015, Art. 147–148: the start day is not
counted, and a calendar-day period whose last day is a day off ends on the next working day.

Counting is arithmetic: weekdays by whole weeks, then the holidays and swapped Saturdays that fall
in the range, so a period of decades costs no more than one of days. Dates are bounded to
1900–2200 and periods to `MAX_DAYS`; outside them the functions raise `InputError`.

>>> import datetime as dt
>>> add_working_days(dt.date(2025, 1, 24), 1)  # Friday before Tết 2025 → Monday 3/2/2025
datetime.date(2025, 2, 3)
"""

from __future__ import annotations

import datetime as dt
import enum
import tomllib
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import holidays

from provind.errors import InputError

ONE_DAY = dt.timedelta(days=1)
SCHEDULE_FILE = Path(__file__).with_name("holidays_vn.toml")
MIN_DATE = dt.date(1900, 1, 1)
MAX_DATE = dt.date(2200, 12, 31)
MAX_DAYS = 36_600  # about a century: no legal period is longer


class DayBasis(enum.StrEnum):
    """How a document counts a period: "ngày làm việc" or plain "ngày"."""

    WORKING = "working"
    CALENDAR = "calendar"


@dataclass(frozen=True)
class DayOff:
    """A weekday off (or a Saturday worked) with what makes it so."""

    date: dt.date
    name: str
    basis: str  # "Bộ luật Lao động 2019, Điều 112" or the announcement's number and date
    source_url: str = ""


@dataclass(frozen=True)
class _Schedule:
    version: str
    complete_years: frozenset[int]
    days_off: dict[dt.date, DayOff]
    working_days: dict[dt.date, DayOff]
    not_holidays: frozenset[dt.date]
    not_working_days: frozenset[dt.date]


@lru_cache(maxsize=1)
def _schedule() -> _Schedule:
    data = tomllib.loads(SCHEDULE_FILE.read_text(encoding="utf-8"))
    days_off: dict[dt.date, DayOff] = {}
    working: dict[dt.date, DayOff] = {}
    not_holidays: set[dt.date] = set()
    not_working: set[dt.date] = set()
    for change in data.get("change", []):
        day, kind = change["date"], change["kind"]
        basis = change.get("document", "")
        if change.get("document_date"):
            basis += f" ngày {change['document_date']:%d/%m/%Y}"
        entry = DayOff(day, change.get("name_vi", ""), basis, change.get("source_url", ""))
        if kind == "day_off":
            days_off[day] = entry
        elif kind == "working_day":
            working[day] = entry
        elif kind == "not_a_holiday":
            not_holidays.add(day)
        elif kind == "not_a_working_day":
            not_working.add(day)
        else:
            raise ValueError(f"{SCHEDULE_FILE.name}: unknown kind {kind!r} on {day}")
    return _Schedule(
        str(data["version"]),
        frozenset(data.get("complete_years", [])),
        days_off,
        working,
        frozenset(not_holidays),
        frozenset(not_working),
    )


@dataclass(frozen=True)
class _Year:
    off: dict[dt.date, DayOff]  # every day off that is a holiday (weekdays and weekends)
    off_weekdays: list[dt.date]  # sorted: Monday–Friday days off
    working_weekends: list[dt.date]  # sorted: Saturdays/Sundays worked


LABOUR_CODE = "Bộ luật Lao động 2019, Điều 112"


LIBRARY_SWAP = "theo thư viện holidays (chưa đối chiếu văn bản)"


@lru_cache(maxsize=512)
def _year(year: int) -> _Year:
    """The year's days off and worked weekends. For a year whose schedule is complete in the data
    file, the announced swaps come only from there (with their basis); for other years the
    library's swaps are kept, marked as not checked against a document."""
    schedule = _schedule()
    complete = year in schedule.complete_years
    library = holidays.country_holidays("VN", years=year)
    off: dict[dt.date, DayOff] = {}
    for day, name in library.items():
        if day.year != year or day in schedule.not_holidays:
            continue
        swap = str(name).startswith("Ngày nghỉ (thay cho")
        if swap and complete:
            continue
        off[day] = DayOff(day, str(name), LIBRARY_SWAP if swap else LABOUR_CODE)
    for day, entry in schedule.days_off.items():
        if day.year == year:
            off[day] = entry
    working = {d for d in schedule.working_days if d.year == year}
    if not complete:
        working |= {d for d in getattr(library, "weekend_workdays", set()) if d.year == year}
    working -= schedule.not_working_days
    return _Year(off, sorted(d for d in off if d.weekday() < 5), sorted(working))


def _check_date(day: dt.date, field: str = "date") -> None:
    if not MIN_DATE <= day <= MAX_DATE:
        raise InputError(
            field,
            f"ngày {day:%d/%m/%Y} nằm ngoài khoảng lịch hỗ trợ ({MIN_DATE:%d/%m/%Y}–{MAX_DATE:%d/%m/%Y})",
            f"the date {day.isoformat()} is outside the supported calendar ({MIN_DATE.isoformat()} to "
            f"{MAX_DATE.isoformat()})",
        )


def _check_days(n: int, field: str = "days") -> None:
    if abs(n) > MAX_DAYS:
        raise InputError(
            field,
            f"số ngày {n} quá lớn (tối đa {MAX_DAYS} ngày)",
            f"{n} days is too many (at most {MAX_DAYS})",
        )


def holiday_name(day: dt.date) -> str | None:
    """The Vietnamese name of the holiday or announced day off on `day`, or None."""
    _check_date(day)
    entry = _year(day.year).off.get(day)
    return entry.name if entry else None


def is_working_day(day: dt.date) -> bool:
    """Monday–Friday that is not a public holiday or a swapped day off; or a swapped working Saturday."""
    _check_date(day)
    year = _year(day.year)
    if day.weekday() >= 5:
        return day in year.working_weekends
    return day not in year.off


def _weekdays_through(day: dt.date) -> int:
    """Monday–Friday from 1/1/1 (a Monday, ordinal 1) through `day`."""
    weeks, rest = divmod(day.toordinal(), 7)
    return weeks * 5 + min(rest, 5)


def _count_in(dates: list[dt.date], start: dt.date, end: dt.date) -> int:
    """How many of the sorted `dates` fall in (start, end]."""
    return bisect_right(dates, end) - bisect_right(dates, start)


def working_days_between(start: dt.date, end: dt.date) -> int:
    """Working days in (start, end]: the count `add_working_days` inverts. Negative if end < start."""
    _check_date(start, "start")
    _check_date(end, "end")
    if end < start:
        return -working_days_between(end, start)
    count = _weekdays_through(end) - _weekdays_through(start)
    for year in range(start.year, end.year + 1):
        special = _year(year)
        count -= _count_in(special.off_weekdays, start, end)
        count += _count_in(special.working_weekends, start, end)
    return count


def next_working_day(day: dt.date) -> dt.date:
    """`day` itself if it is a working day, else the first working day after it."""
    while not is_working_day(day):
        day += ONE_DAY
    return day


def add_working_days(start: dt.date, n: int) -> dt.date:
    """The n-th working day after `start` (start not counted); n = 0 gives `start`. Negative n counts back."""
    _check_date(start, "start")
    _check_days(n)
    if n == 0:
        return start
    sign = 1 if n > 0 else -1
    day = start
    remaining = abs(n)
    # Jump by whole weeks while far from the goal (5 working days a week at most), then step.
    while remaining > 10:
        jump = dt.timedelta(days=sign * (remaining // 5) * 7)
        target = day + jump
        _check_date(target, "days")
        # Working days passed over: (day, target] going forward, [target, day) going back.
        back = target - ONE_DAY, day - ONE_DAY
        done = working_days_between(day, target) if sign > 0 else working_days_between(*back)
        if done == 0 or done >= remaining:  # the last step must land on a working day
            break
        day, remaining = target, remaining - done
    while remaining:
        day += sign * ONE_DAY
        _check_date(day, "days")
        if is_working_day(day):
            remaining -= 1
    return day


def add_calendar_days(start: dt.date, n: int, *, roll_to_working_day: bool = True) -> dt.date:
    """`start` + n days; by default a last day that is a day off moves to the next working day
    (Civil Code 2015, Art. 148(5)). Pass `roll_to_working_day=False` when the document says otherwise."""
    _check_date(start, "start")
    _check_days(n)
    day = start + dt.timedelta(days=n)
    _check_date(day, "days")
    return next_working_day(day) if roll_to_working_day else day


def add_days(start: dt.date, n: int, basis: DayBasis | str) -> dt.date:
    """A deadline n days after `start`, counted as the document says."""
    if DayBasis(basis) is DayBasis.WORKING:
        return add_working_days(start, n)
    return add_calendar_days(start, n)


def days_between(start: dt.date, end: dt.date, basis: DayBasis | str) -> int:
    """Days in (start, end] counted on `basis` (negative if end < start)."""
    if DayBasis(basis) is DayBasis.WORKING:
        return working_days_between(start, end)
    _check_date(start, "start")
    _check_date(end, "end")
    return (end - start).days


def days_off(year: int) -> list[DayOff]:
    """Every day off of `year` that is not a plain weekend, and every Saturday worked, with its basis."""
    _check_date(dt.date(year, 1, 1), "year")
    special = _year(year)
    schedule = _schedule()
    worked = [
        schedule.working_days.get(d) or DayOff(d, "Ngày làm việc bù", LIBRARY_SWAP) for d in special.working_weekends
    ]
    return sorted([*special.off.values(), *worked], key=lambda d: d.date)


def is_worked_weekend(day: dt.date) -> bool:
    return day.weekday() >= 5 and is_working_day(day)


def schedule_version() -> str:
    return _schedule().version


def schedule_is_complete(year: int) -> bool:
    """Whether every announcement of `year` is in the data file (else only the Labour Code days are known)."""
    return year in _schedule().complete_years
