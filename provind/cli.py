"""The `provind` command: serve the app, load data, query units, extract facts."""

from __future__ import annotations

import datetime as dt
import json
import os
import sys
from typing import Any

import click


def _setup_django() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "provind.settings")
    import django

    django.setup()


def _home_province() -> str:
    from provind import settings

    return settings.PROVIND_HOME_PROVINCE


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
def main() -> None:
    """Provind: the provincial industrial development steering system.

    The database is SQLite under var/ unless DATABASE_URL points elsewhere (see .env.example).
    """
    # The settings read .env now, so that options defaulting to PROVIND_* see its values too.
    import provind.settings  # noqa: F401


def prepare_database(*, verbosity: int = 1) -> None:
    """Migrate, then load the shipped data on an empty database (first start)."""
    from django.core.management import call_command
    from django.db import connection
    from django.db.migrations.executor import MigrationExecutor

    executor = MigrationExecutor(connection)
    # Nothing to apply on a restart: skip migrate and its post-migrate work.
    if executor.migration_plan(executor.loader.graph.leaf_nodes()):
        call_command("migrate", interactive=False, verbosity=verbosity)
    from provind.bootstrap import first_login_hint, load_all_if_empty

    for line in load_all_if_empty():
        click.echo(line)
    for line in first_login_hint():
        click.echo(line)


@main.command()
@click.option("--host", default=lambda: os.environ.get("PROVIND_HOST", "127.0.0.1"), show_default="127.0.0.1")
@click.option("--port", default=lambda: int(os.environ.get("PROVIND_PORT", "8000")), type=int, show_default="8000")
@click.option("--workers", default=lambda: int(os.environ.get("PROVIND_WORKERS", "2")), type=int, show_default="2")
def serve(host: str, port: int, workers: int) -> None:
    """Migrate, load the Thái Nguyên data on first start, and serve with gunicorn."""
    _setup_django()
    from django.core.exceptions import ImproperlyConfigured

    from provind.bootstrap import collect_static_if_changed, serve_with_gunicorn
    from provind.deployment import require_secret_key

    try:
        require_secret_key()
    except ImproperlyConfigured as exc:
        raise click.ClickException(str(exc)) from None

    prepare_database(verbosity=0)
    if collect_static_if_changed():
        click.echo("Đã thu gom tệp tĩnh / static files collected")
    click.echo(f"Provind: http://{host}:{port}/")
    from provind.cli_reports import start_report_worker

    start_report_worker()
    serve_with_gunicorn(host=host, port=port, workers=workers)


@main.command()
def load() -> None:
    """Migrate and load the shipped data (administrative units, Thái Nguyên) if not yet loaded."""
    _setup_django()
    prepare_database()


def _parse_day(ctx: click.Context, param: click.Parameter, value: str | None) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"“{value}” không phải ngày YYYY-MM-DD / is not a YYYY-MM-DD date") from None


@main.command()
@click.option("--at", "at", callback=_parse_day, help="Date the units were valid on (YYYY-MM-DD; default today).")
@click.option("--parent", help="Code of the parent unit as it was on that date; without it, the provinces.")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
def units(at: dt.date | None, parent: str | None, fmt: str) -> None:
    """List the administrative units valid on a date, e.g. --at 2025-07-01 --parent 19."""
    _setup_django()
    from django.utils import timezone

    from provind.geography.queries import UnitNotFound, units_valid_on

    on = at or timezone.localdate()
    try:
        rows: list[dict[str, Any]] = [
            {
                "code": u.code,
                "name": u.name,
                "kind": u.kind,
                "parent": u.parent.code if u.parent else None,
                "valid_from": u.valid_from.isoformat() if u.valid_from else None,
                "valid_to": u.valid_to.isoformat() if u.valid_to else None,
            }
            for u in units_valid_on(on, parent_code=parent)
        ]
    except UnitNotFound as exc:
        raise click.ClickException(str(exc)) from None
    if fmt == "json":
        click.echo(json.dumps(rows, ensure_ascii=False, indent=2))
        return
    for row in rows:
        click.echo(f"{row['code']:>6}  {row['kind']:<14} {row['name']}")
    click.echo(f"{len(rows)} đơn vị / units")


@main.group(name="import")
def import_group() -> None:
    """Import data files (XLSX or CSV), validated, all rows or none."""


@import_group.command(name="observations")
@click.argument("path", type=click.Path(exists=True, dir_okay=False))
@click.option("--dry-run", is_flag=True, help="Check every row and report; save nothing.")
@click.option("--decimal-point", is_flag=True, help="Text numbers use a decimal point (45000.5), not 45.000,5.")
def import_observations_command(path: str, dry_run: bool, decimal_point: bool) -> None:
    """Import observations; every problem is reported by row, column and reason."""
    _setup_django()
    from pathlib import Path

    from provind.dataio.cells import CellError
    from provind.dataio.tables import read_table
    from provind.indicators.imports import import_observations

    file = Path(path)
    try:
        table = read_table(file.read_bytes(), file.name)
    except CellError as exc:
        raise click.ClickException(str(exc)) from None
    result = import_observations(table, dry_run=dry_run, decimal_point=decimal_point)
    for problem in result.warnings:
        click.echo(f"cảnh báo/warning: {problem.as_text()}", err=True)
    for problem in result.errors:
        click.echo(f"lỗi/error: {problem.as_text()}", err=True)
    if result.errors:
        raise click.ClickException(
            f"{len(result.errors)} lỗi trong {result.rows} dòng — không lưu gì / "
            f"{len(result.errors)} errors in {result.rows} rows — nothing was saved"
        )
    new = result.new_rows
    if dry_run:
        click.echo(
            f"Kiểm tra xong / checked: {result.rows} dòng/rows, {new} mới/new, {result.unchanged} đã có/unchanged"
        )
    else:
        click.echo(f"Đã lưu / saved: {result.created} mới/new, {result.unchanged} đã có/unchanged")


@import_group.command(name="projects")
@click.argument("path", type=click.Path(exists=True, dir_okay=False))
@click.option("--dry-run", is_flag=True, help="Check every row and report; save nothing.")
def import_projects_command(path: str, dry_run: bool) -> None:
    """Import key projects, milestones and obstacles (XLSX with sheets agencies, projects,
    documents, milestones, obstacles), all rows or none."""
    _setup_django()
    from pathlib import Path

    from provind.projects.imports import import_project_workbook

    file = Path(path)
    result = import_project_workbook(file.read_bytes(), file.name, dry_run=dry_run)
    for problem in result.errors:
        click.echo(f"lỗi/error: {problem.as_text()}", err=True)
    if not result.ok:
        raise click.ClickException(
            f"{len(result.errors)} lỗi — không lưu gì / {len(result.errors)} errors — nothing was saved"
        )
    for name, sheet in result.sheets.items():
        click.echo(
            f"{name}: {sheet.created} mới/new, {sheet.updated} sửa/updated, {sheet.unchanged} giữ nguyên/unchanged"
        )


@main.command()
@click.argument("out", type=click.Path(dir_okay=False, writable=True))
@click.option(
    "--province",
    default=_home_province,
    show_default="PROVIND_HOME_PROVINCE, 19",
    help="Province whose units fill the unit list.",
)
def template(out: str, province: str) -> None:
    """Write the XLSX template for observations (dropdowns for indicator, unit and status)."""
    _setup_django()
    from pathlib import Path

    from provind.dataio.templates import observations_template
    from provind.geography.queries import template_units

    Path(out).write_bytes(observations_template(template_units(province)))
    click.echo(out)


@main.command(context_settings={"ignore_unknown_options": True})
@click.argument("args", nargs=-1, type=click.UNPROCESSED)
def extract(args: tuple[str, ...]) -> None:
    """Extract facts from Vietnamese report text: provind extract FILE|- [--format json|jsonl] [--region NAME]."""
    from provind.extraction.commandline import main as extract_main

    sys.exit(extract_main(list(args)))


@main.command(context_settings={"ignore_unknown_options": True, "help_option_names": []})
@click.argument("args", nargs=-1, type=click.UNPROCESSED)
def manage(args: tuple[str, ...]) -> None:
    """Run a Django management command, e.g. provind manage createsuperuser."""
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "provind.settings")
    from django.core.management import execute_from_command_line

    execute_from_command_line(["provind manage", *args])


# Backup, restore and upload retention (issue 10) live in their own module.
from provind.cli_backup import backup_command, purge_uploads_command, restore_command  # noqa: E402

main.add_command(backup_command)
main.add_command(restore_command)
main.add_command(purge_uploads_command)

from provind.cli_calendar import calendar_group  # noqa: E402

main.add_command(calendar_group)

from provind.cli_forms import form_group  # noqa: E402

main.add_command(form_group)

from provind.cli_analysis import analyse as _analyse  # noqa: E402

main.add_command(_analyse)

from provind.cli_reports import report  # noqa: E402  (registered last, see COMMON.md)

main.add_command(report)

from provind.cli_ingest import ingest as _ingest  # noqa: E402 - registered after the group exists

main.add_command(_ingest)

from provind.cli_users import user_group  # noqa: E402  (registered last: the command lives in its own module)

main.add_command(user_group)

from provind.cli_synth import refresh_statistics, synth  # noqa: E402 - registered after main is defined

main.add_command(synth)
main.add_command(refresh_statistics)
