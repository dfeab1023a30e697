"""Every hostile file through every importer, in a subprocess under a 500 MB address-space cap:
each must end in a clear refusal (Vietnamese and English), never a crash or an exhausted worker."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from django.conf import settings

from provind.dataio import archives
from provind.dataio.cells import CellError
from provind.dataio.tables import read_table, read_tables
from tests.security import hostile

MEMORY_CAP_MB = 500
IMPORTERS = {"observations", "projects", "form01", "form02", "text", "cli-observations", "cli-projects"}


@pytest.fixture(scope="module")
def hostile_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("hostile")
    hostile.write_all(folder)
    return folder


@pytest.fixture(scope="module")
def reports(hostile_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[dict[str, str]]]:
    """Every file through every importer in one capped subprocess: the lines it printed, by file."""
    env = {
        "PATH": "/usr/bin:/bin",
        "PROVIND_VAR_DIR": str(tmp_path_factory.mktemp("var")),
        "PYTHONPATH": str(settings.BASE_DIR),
    }
    files = [str(hostile_dir / name) for name in sorted(hostile.HOSTILE)]
    done = subprocess.run(  # noqa: S603 - our own interpreter and module
        [sys.executable, "-m", "tests.security.run_importers", str(MEMORY_CAP_MB), *files],
        capture_output=True,
        text=True,
        timeout=400,
        cwd=settings.BASE_DIR,
        env=env,
        check=False,
    )
    lines = [json.loads(line) for line in done.stdout.splitlines() if line.startswith("{")]
    if done.returncode != 0:
        last = lines[-1] if lines else {}
        pytest.fail(f"the worker died (exit {done.returncode}) on {last}: {done.stderr[-2000:]}")
    by_file: dict[str, list[dict[str, str]]] = {}
    for line in lines:
        if "started" not in line:
            by_file.setdefault(line["file"], []).append(line)
    return by_file


@pytest.mark.parametrize("name", sorted(hostile.HOSTILE))
def test_every_importer_refuses_the_file_within_the_memory_cap(
    reports: dict[str, list[dict[str, str]]], name: str
) -> None:
    assert {r["importer"] for r in reports[name]} == IMPORTERS
    for report in reports[name]:
        assert "crash" not in report, f"{name} via {report['importer']}: {report['crash']}"
        assert report["refusal"], f"{name} via {report['importer']} was accepted"
        assert " / " in report["refusal"], f"not bilingual: {report['refusal']}"


def test_a_sparse_sheet_is_refused_before_the_reader_allocates_it() -> None:
    with pytest.raises(CellError) as refused:
        read_table(hostile.sparse_sheet(), "x.xlsx")
    assert "100,000" in refused.value.en
    assert "dòng" in refused.value.vi


def test_a_dtd_is_refused() -> None:
    with pytest.raises(CellError, match="DTD"):
        read_tables(hostile.dtd_entities(), "x.xlsx")


def test_limits_leave_an_ordinary_workbook_alone() -> None:
    table = read_table(hostile.sparse_sheet_small(), "ok.xlsx")
    assert table.header == ["indicator", "unit", "period", "value"]


def test_a_wide_but_legal_sheet_passes_and_one_column_more_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    import io

    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append([f"c{i}" for i in range(30)])
    buffer = io.BytesIO()
    book.save(buffer)
    monkeypatch.setattr(archives, "MAX_COLUMNS", 30)
    assert len(read_table(buffer.getvalue(), "w.xlsx").header) == 30
    monkeypatch.setattr(archives, "MAX_COLUMNS", 29)
    with pytest.raises(CellError, match="more than 29 columns"):
        read_table(buffer.getvalue(), "w.xlsx")


def test_legacy_formats_are_refused_with_a_way_out() -> None:
    with pytest.raises(CellError, match="save as .xlsx"):
        read_table(b"\xd0\xcf\x11\xe0", "old.xls")
