"""`provind report`: the periodic report of a unit and period as DOCX, PDF or HTML."""

from __future__ import annotations

import ctypes
import os
import signal
import subprocess
import sys
from pathlib import Path

import click


@click.command(name="report")
@click.option("--unit", "unit_code", required=True, help="Unit code, e.g. 19 (Thái Nguyên).")
@click.option("--period", "period_code", required=True, help="Period code, e.g. 2024-YTD07 (7 months of 2024).")
@click.option("--format", "fmt", type=click.Choice(["docx", "pdf", "html"]), default="docx", show_default=True)
@click.option("--lang", "language", type=click.Choice(["vi", "en"]), default="vi", show_default=True)
@click.option("-o", "--output", "out", required=True, type=click.Path(dir_okay=False, writable=True))
def report(unit_code: str, period_code: str, fmt: str, language: str, out: str) -> None:
    """Write the periodic report built from the data as it stands now."""
    from provind.cli import _setup_django

    _setup_django()
    from provind.reports.builder import ReportInputError
    from provind.reports.services import report_file

    try:
        content = report_file(unit_code=unit_code, period_code=period_code, fmt=fmt, language=language)
    except ReportInputError as exc:
        raise click.ClickException(f"{exc.field}: {exc.vi} / {exc.en}") from None
    Path(out).write_bytes(content)
    click.echo(out)


def start_report_worker() -> subprocess.Popen[bytes] | None:
    """Start the background worker that generates reports (`db_worker`), for `provind serve`.

    The worker is told by the kernel to stop when the server process goes away (Linux
    PR_SET_PDEATHSIG), so `make run` leaves nothing behind. PROVIND_REPORT_WORKER=false skips it,
    and so does a backend that needs no worker.
    """
    from django.conf import settings

    enabled = os.environ.get("PROVIND_REPORT_WORKER", "true").strip().lower() not in {"0", "false", "no", "off"}
    backend = str(settings.TASKS["default"]["BACKEND"])
    if not enabled or not backend.startswith("django_tasks_db"):
        return None

    def die_with_parent() -> None:
        try:
            libc = ctypes.CDLL("libc.so.6", use_errno=True)
            libc.prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG
        except OSError:  # not Linux: the worker outlives the server and must be stopped by hand
            pass

    manage = [sys.executable, "-m", "django", "db_worker", "--interval", "1", "--no-reload"]
    worker = subprocess.Popen(manage, preexec_fn=die_with_parent)  # the server has no threads yet
    click.echo(f"Provind: report worker started (pid {worker.pid})")
    return worker
