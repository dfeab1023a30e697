import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from provind.calendars import (
    add_calendar_days,
    add_days,
    add_working_days,
    days_between,
    holiday_name,
    is_working_day,
    working_days_between,
)


def test_it_knows_tet_2025_by_the_lunar_calendar():
    assert holiday_name(dt.date(2025, 1, 29)) is not None  # mùng 1 Tết Ất Tỵ
    assert not is_working_day(dt.date(2025, 1, 27))
    assert not is_working_day(dt.date(2025, 1, 31))
    assert is_working_day(dt.date(2025, 2, 3))


def test_it_counts_a_working_day_deadline_across_tet_2025():
    # given a letter of Friday 24/1/2025 asking for an answer "trong 5 ngày làm việc"
    start = dt.date(2025, 1, 24)

    # when the deadline is counted
    deadline = add_working_days(start, 5)

    # then the Tết days 27/1–31/1 are skipped: 3, 4, 5, 6, 7 February
    assert deadline == dt.date(2025, 2, 7)
    assert working_days_between(start, deadline) == 5


def test_it_counts_across_30_april_1_may_and_the_swapped_days_of_2025():
    # 30/4 and 1/5 are holidays, 2/5 is off in exchange for working Saturday 26/4
    assert is_working_day(dt.date(2025, 4, 26))
    assert not is_working_day(dt.date(2025, 5, 2))

    assert add_working_days(dt.date(2025, 4, 29), 1) == dt.date(2025, 5, 5)
    assert add_working_days(dt.date(2025, 4, 25), 1) == dt.date(2025, 4, 26)


def test_it_counts_across_national_day_2025():
    # 1/9 and 2/9/2025 (Monday, Tuesday) are off
    assert add_working_days(dt.date(2025, 8, 29), 1) == dt.date(2025, 9, 3)
    assert working_days_between(dt.date(2025, 8, 29), dt.date(2025, 9, 5)) == 3


def test_it_moves_a_calendar_day_deadline_off_a_holiday():
    # 10 calendar days from 20/4/2025 end on 30/4 (holiday) → next working day Monday 5/5
    assert add_calendar_days(dt.date(2025, 4, 20), 10) == dt.date(2025, 5, 5)
    assert add_calendar_days(dt.date(2025, 4, 20), 10, roll_to_working_day=False) == dt.date(2025, 4, 30)
    assert add_days(dt.date(2025, 4, 20), 10, "calendar") == dt.date(2025, 5, 5)
    assert add_days(dt.date(2025, 4, 20), 10, "working") == dt.date(2025, 5, 6)  # Saturday 26/4 counts


def test_it_counts_days_between_on_either_basis():
    assert days_between(dt.date(2025, 1, 24), dt.date(2025, 2, 7), "calendar") == 14
    assert days_between(dt.date(2025, 1, 24), dt.date(2025, 2, 7), "working") == 5
    assert days_between(dt.date(2025, 2, 7), dt.date(2025, 1, 24), "working") == -5


@settings(deadline=None)  # CI runs two workers on two cores: timing varies
@given(st.dates(min_value=dt.date(2020, 1, 1), max_value=dt.date(2030, 12, 31)), st.integers(0, 60))
def test_it_inverts_adding_working_days(start, n):
    assert working_days_between(start, add_working_days(start, n)) == n
