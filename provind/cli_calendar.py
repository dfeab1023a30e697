"""`provind calendar …`: working days for people who check deadlines (no database needed)."""

from __future__ import annotations

import datetime as dt

import click

from provind.errors import InputError


def _day(ctx: click.Context, param: click.Parameter, value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(
            f"“{value}” không phải ngày YYYY-MM-DD / “{value}” is not a YYYY-MM-DD date", ctx, param
        ) from None


@click.group(name="calendar")
def calendar_group() -> None:
    """Working days and days off in Vietnam (holidays package + the government's announcements)."""


@calendar_group.command(name="add-working-days")
@click.argument("start", callback=_day)
@click.argument("days", type=int)
def add_working_days_command(start: dt.date, days: int) -> None:
    """The DAYS-th working day after START (START not counted; negative DAYS counts back)."""
    from provind.calendars import add_working_days

    try:
        click.echo(add_working_days(start, days).isoformat())
    except InputError as exc:
        raise click.ClickException(f"{exc.vi} / {exc.en}") from None


@calendar_group.command(name="days-off")
@click.argument("year", type=int)
def days_off_command(year: int) -> None:
    """Every weekday off and every Saturday worked in YEAR, with its legal basis."""
    from provind.calendars import days_off, is_worked_weekend, schedule_is_complete, schedule_version

    try:
        rows = days_off(year)
    except InputError as exc:
        raise click.ClickException(f"{exc.vi} / {exc.en}") from None
    click.echo(f"# lịch nghỉ / schedule version {schedule_version()}")
    if not schedule_is_complete(year):
        click.echo(
            f"# {year}: chỉ có ngày lễ theo Bộ luật Lao động, chưa đối chiếu thông báo hoán đổi / "
            "Labour Code holidays only; the year's announcements are not recorded"
        )
    for row in rows:
        kind = "làm việc / working" if is_worked_weekend(row.date) else "nghỉ / off"
        click.echo(f"{row.date.isoformat()}\t{row.date:%a}\t{kind}\t{row.name}\t{row.basis}")
