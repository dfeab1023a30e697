"""Holiday schedules as data (provind/holidays_vn.toml), counting by whole weeks, bounds, and the
`provind calendar` commands (issue 9 item 7, issue 10)."""

from __future__ import annotations

import datetime as dt
import random
import time

import pytest
from click.testing import CliRunner

from provind import calendars
from provind.cli import main
from provind.errors import InputError

D = dt.date.fromisoformat


@pytest.mark.parametrize(
    ("day", "working"),
    [
        ("2026-01-01", False),  # New Year (Labour Code)
        ("2026-01-02", False),  # Friday off, 12729/VPCP-KGVX of 25/12/2025
        ("2026-01-10", True),  # Saturday worked in exchange
        ("2026-11-24", True),  # Vietnamese Culture Day: no enacted basis for a day off
        ("2026-08-31", True),  # the library's unconfirmed swap is not applied
        ("2026-08-22", False),
        ("2024-04-29", False),  # 2450/VPCP-KGVX of 12/4/2024
        ("2024-05-04", True),
        ("2025-05-02", False),
        ("2025-04-26", True),
    ],
)
def test_announced_schedules_decide_the_working_days(day: str, working: bool) -> None:
    assert calendars.is_working_day(D(day)) is working


def test_every_announced_change_names_its_document() -> None:
    for year in (2024, 2025, 2026):
        assert calendars.schedule_is_complete(year)
        for entry in calendars.days_off(year):
            assert entry.basis, entry
    january = {d.date: d for d in calendars.days_off(2026)}
    assert "12729/VPCP-KGVX" in january[D("2026-01-02")].basis
    assert "25/12/2025" in january[D("2026-01-02")].basis
    assert D("2026-11-24") not in january


def test_counting_matches_day_by_day_counting() -> None:
    def one_by_one(start: dt.date, n: int) -> dt.date:
        day, step, left = start, dt.timedelta(days=1 if n >= 0 else -1), abs(n)
        while left:
            day += step
            left -= calendars.is_working_day(day)
        return day

    rng = random.Random(9)
    for _ in range(300):
        start = D("2018-01-01") + dt.timedelta(days=rng.randint(0, 4000))
        n = rng.randint(-700, 700)
        end = calendars.add_working_days(start, n)
        assert end == one_by_one(start, n), (start, n)
        if n > 0:
            assert calendars.working_days_between(start, end) == n


def test_long_ranges_are_counted_by_weeks_not_day_by_day() -> None:
    began = time.perf_counter()
    count = calendars.working_days_between(D("1900-01-01"), D("2200-12-31"))
    far = calendars.add_working_days(D("1901-01-01"), 30_000)
    assert time.perf_counter() - began < 5  # one day at a time took tens of seconds
    assert 70_000 < count < 80_000
    assert calendars.working_days_between(D("1901-01-01"), far) == 30_000


@pytest.mark.parametrize(
    "call",
    [
        lambda: calendars.is_working_day(D("9999-12-31")),
        lambda: calendars.working_days_between(D("0001-01-01"), D("2026-01-01")),
        lambda: calendars.add_working_days(D("2026-01-01"), 10**9),
        lambda: calendars.add_days(D("2026-01-01"), -(10**7), "calendar"),
        lambda: calendars.add_working_days(D("2200-12-01"), 200),
    ],
)
def test_out_of_range_dates_and_durations_are_refused_in_both_languages(call) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(InputError) as error:
        call()
    assert error.value.vi
    assert error.value.en


def test_cli_add_working_days() -> None:
    runner = CliRunner()
    assert runner.invoke(main, ["calendar", "add-working-days", "2025-12-31", "1"]).output.strip() == "2026-01-05"
    assert runner.invoke(main, ["calendar", "add-working-days", "2026-01-09", "1"]).output.strip() == "2026-01-10"
    bad = runner.invoke(main, ["calendar", "add-working-days", "9999-01-01", "1"])
    assert bad.exit_code != 0
    assert "outside the supported calendar" in bad.output


def test_cli_days_off_lists_each_day_with_its_basis() -> None:
    result = CliRunner().invoke(main, ["calendar", "days-off", "2026"])

    assert result.exit_code == 0
    lines = result.output.splitlines()
    assert any(line.startswith("2026-01-02") and "12729/VPCP-KGVX" in line for line in lines)
    assert any(line.startswith("2026-01-10") and "working" in line for line in lines)
    assert not any(line.startswith("2026-11-24") for line in lines)
