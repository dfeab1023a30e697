"""Run files through every importer under a memory cap; print one JSON line per file and importer.

Used by test_hostile_files.py in a subprocess, so a reader that exhausts memory or aborts kills
this process, not the test run. Django starts once; a "started" line precedes each attempt, so
a crash shows which file and importer it was. Usage: python -m tests.security.run_importers MB FILE...
"""

from __future__ import annotations

import json
import os
import resource
import sys
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any

Importer = Callable[[bytes, str, Path], str]


def importers() -> dict[str, Importer]:
    from click.testing import CliRunner
    from django.contrib.auth.models import User

    from provind.cli import main as cli
    from provind.clusters.form01_io import import_form01
    from provind.clusters.form_import import import_form02
    from provind.clusters.models import IndustrialCluster, Tenant
    from provind.clusters.windows import ReportingWindow
    from provind.dataio.tables import read_table
    from provind.dataio.text_review import read_document
    from provind.indicators.imports import import_observations
    from provind.projects.imports import import_project_workbook

    window = ReportingWindow.parse("2025H1")
    user = User(username="hostile")
    tenant = Tenant(cluster=IndustrialCluster(code="X"))

    def observations(data: bytes, name: str, path: Path) -> str:
        result = import_observations(read_table(data, name), dry_run=True)
        return "; ".join(p.as_text() for p in result.errors)

    def projects(data: bytes, name: str, path: Path) -> str:
        result = import_project_workbook(data, name, dry_run=True)
        return "; ".join(p.as_text() for p in result.errors)

    def form01(data: bytes, name: str, path: Path) -> str:
        result = import_form01(data=data, filename=name, tenant=tenant, window=window, user=user)
        return "; ".join(f"{p.vi} / {p.en}" for p in result.problems)

    def form02(data: bytes, name: str, path: Path) -> str:
        result = import_form02(data=data, filename=name, user=user, window=window, dry_run=True)
        return "; ".join(p.as_text() for p in result.errors)

    def text(data: bytes, name: str, path: Path) -> str:
        read_document(data, name)
        return ""

    def command(kind: str) -> Importer:
        def run(data: bytes, name: str, path: Path) -> str:
            outcome = CliRunner().invoke(cli, ["import", kind, "--dry-run", str(path)])
            if outcome.exception is not None and not isinstance(outcome.exception, SystemExit):
                raise outcome.exception
            return outcome.output if outcome.exit_code else ""

        return run

    return {
        "observations": observations,
        "projects": projects,
        "form01": form01,
        "form02": form02,
        "text": text,
        "cli-observations": command("observations"),
        "cli-projects": command("projects"),
    }


# Only the bare readers may raise CellError (their callers show it); importers must return it.
RAISING = {"observations", "text"}


def main(megabytes: int, paths: list[Path]) -> None:
    limit = megabytes * 1024 * 1024
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tests.settings")
    import django

    django.setup()
    from provind.dataio.cells import CellError

    every = importers()
    for path in paths:
        data = path.read_bytes()
        for label, run in every.items():
            print(json.dumps({"file": path.name, "importer": label, "started": True}), flush=True)  # noqa: T201
            report: dict[str, Any] = {"file": path.name, "importer": label}
            try:
                report["refusal"] = run(data, path.name, path)
            except CellError as exc:
                report["refusal" if label in RAISING else "crash"] = str(exc)
            except Exception:  # anything else is a crash the test reports
                report["crash"] = traceback.format_exc(limit=4)
            print(json.dumps(report, ensure_ascii=False), flush=True)  # noqa: T201


if __name__ == "__main__":
    main(int(sys.argv[1]), [Path(p) for p in sys.argv[2:]])
