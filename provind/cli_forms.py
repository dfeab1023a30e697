"""`provind form 04|03 …`: the Circular 14 summary forms from the command line, for the staff who
prepare them and for scripts. The command asks the API in-process (GET /api/v1/forms/…), so the
JSON, XLSX or DOCX it writes is exactly what the API gives."""

from __future__ import annotations

import json
from pathlib import Path

import click

FORMATS = ("json", "xlsx", "docx")


def _get(path: str, params: dict[str, str]) -> tuple[int, bytes]:
    """The API's answer to GET `path`, asked in-process. The forms need a login; whoever runs
    the command line already holds the server's keys, so the request carries an administrator
    that exists only in memory (nothing is stored, nothing is logged in)."""
    from django.conf import settings
    from django.contrib.auth.models import User
    from django.test import RequestFactory
    from django.urls import resolve

    hosts = [h for h in settings.ALLOWED_HOSTS if h and h != "*" and not h.startswith(".")]
    request = RequestFactory(HTTP_HOST=hosts[0] if hosts else "localhost").get(path, params)
    request.user = User(username="provind-cli", is_superuser=True, is_staff=True, is_active=True)
    response = resolve(path).func(request)
    return response.status_code, response.content


def _write(content: bytes, fmt: str, out: str | None) -> None:
    if out is None:
        if fmt != "json":
            raise click.UsageError(
                f"định dạng {fmt} cần -o FILE (tệp nhị phân) / format {fmt} needs -o FILE (a binary file)"
            )
        click.echo(content.decode("utf-8"))
        return
    Path(out).write_bytes(content)
    click.echo(f"Đã ghi / written: {out}", err=True)


def _fail(content: bytes) -> None:
    try:
        body = json.loads(content)
    except ValueError:
        raise click.ClickException(content.decode("utf-8", "replace")) from None
    lines = [f"{e.get('field')}: {e.get('message_vi')} / {e.get('message_en')}" for e in body.get("errors", [])]
    raise click.ClickException("\n".join(lines) or str(body.get("detail", body)))


@click.group(name="form")
def form_group() -> None:
    """Circular 14/2024 summary forms (03, 04) as JSON, XLSX or DOCX, the same as the API."""


def _run(path: str, params: dict[str, str], fmt: str, out: str | None) -> None:
    from provind.cli import _setup_django

    _setup_django()
    status, content = _get(path, {**params, "format": fmt})
    if status != 200:
        _fail(content)
    _write(content, fmt, out)


@form_group.command(name="04")
@click.option("--province", required=True, help="Province code as valid at the window end (19).")
@click.option("--window", required=True, help="Reporting window: 2025 (annual) or 2025H1 (six months).")
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="json", show_default=True)
@click.option("-o", "--output", "out", type=click.Path(dir_okay=False, writable=True), help="Write to FILE.")
def form_04_command(province: str, window: str, fmt: str, out: str | None) -> None:
    """Form 04 (the Department's provincial summary)."""
    _run("/api/v1/forms/04", {"province": province, "window": window}, fmt, out)


@form_group.command(name="03")
@click.option("--unit", required=True, help="Commune, former district or province code at the window end.")
@click.option("--window", required=True, help="Reporting window: 2025 (annual) or 2025H1 (six months).")
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="json", show_default=True)
@click.option("-o", "--output", "out", type=click.Path(dir_okay=False, writable=True), help="Write to FILE.")
def form_03_command(unit: str, window: str, fmt: str, out: str | None) -> None:
    """Form 03 (the local summary)."""
    _run("/api/v1/forms/03", {"unit": unit, "window": window}, fmt, out)
