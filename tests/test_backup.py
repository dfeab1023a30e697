"""`provind backup` → `provind restore`: the same rows and files back, nothing added to the audit
log, on SQLite and on PostgreSQL (whichever the suite runs on)."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from auditlog.models import LogEntry
from click.testing import CliRunner
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.test import override_settings

from provind.cli import main
from provind.geography.loading import load_units
from provind.geography.models import AdminUnit
from provind.indicators.loading import load_catalogue
from provind.indicators.models import Indicator, Source
from tests.projects.factories import make_obstacle, make_project


def _everything() -> dict[str, str]:
    """Every row of every table (sessions aside), as a digest per table."""
    import hashlib

    from django.db import connection

    digests = {}
    with connection.cursor() as cursor:
        for table in sorted(connection.introspection.table_names()):
            if table == "django_session":
                continue
            cursor.execute(f"SELECT * FROM {connection.ops.quote_name(table)} ORDER BY 1")  # noqa: S608
            digests[table] = hashlib.sha256(repr(cursor.fetchall()).encode()).hexdigest()
    return digests


@pytest.mark.django_db(transaction=True)
def test_a_backup_restores_the_same_rows_and_files_and_audits_nothing(tmp_path: Path) -> None:
    from django.conf import settings

    with override_settings(MEDIA_ROOT=tmp_path / "media"):
        if not AdminUnit.objects.exists():
            load_units(settings.DATA_DIR / "geography")
        if not Indicator.objects.exists():
            load_catalogue(settings.DATA_DIR / "indicators" / "catalogue.csv")
        project = make_project()
        make_obstacle(project)
        source = Source(title="Báo cáo (thử)", text="IIP tăng 5%.")
        source.file.save("bao-cao.txt", ContentFile("IIP tăng 5%.".encode()), save=True)
        default_storage.save("uploads/abc", ContentFile(b"checked file"))
        before, audited = _everything(), LogEntry.objects.count()
        files = sorted(p.relative_to(tmp_path) for p in (tmp_path / "media").rglob("*") if p.is_file())

        archive = tmp_path / "provind.tar.gz"
        made = CliRunner().invoke(main, ["backup", str(archive)])
        assert made.exit_code == 0, made.output
        # Change everything after the backup: rows, audit entries, files.
        make_obstacle(project, description="Sau sao lưu (thử)")
        project.delete()
        default_storage.save("uploads/late", ContentFile(b"after the backup"))
        default_storage.delete("uploads/abc")
        assert _everything() != before

        restored = CliRunner().invoke(main, ["restore", "--yes", str(archive)])
        assert restored.exit_code == 0, restored.output
        assert _everything() == before
        assert LogEntry.objects.count() == audited
        assert sorted(p.relative_to(tmp_path) for p in (tmp_path / "media").rglob("*") if p.is_file()) == files
        assert default_storage.open("uploads/abc").read() == b"checked file"


@pytest.mark.django_db
def test_restore_refuses_a_backup_from_another_engine(tmp_path: Path) -> None:
    import json
    import tarfile

    from django.db import connection

    archive = tmp_path / "other.tar.gz"
    with tarfile.open(archive, "w:gz") as tar:
        data = json.dumps({"format": 1, "vendor": "oracle" if connection.vendor != "oracle" else "x"}).encode()
        info = tarfile.TarInfo("manifest.json")
        info.size = len(data)
        tar.addfile(info, io.BytesIO(data))
    outcome = CliRunner().invoke(main, ["restore", "--yes", str(archive)])
    assert outcome.exit_code != 0
    assert "this installation uses" in outcome.output


@pytest.mark.django_db
def test_purge_removes_only_uploads_older_than_the_retention(tmp_path: Path) -> None:
    import datetime as dt
    import os
    import time

    from provind.dataio.retention import purge_uploads

    with override_settings(MEDIA_ROOT=tmp_path, UPLOAD_RETENTION_DAYS=30):
        default_storage.save("uploads/old", ContentFile(b"old"))
        default_storage.save("uploads/new", ContentFile(b"new"))
        old = time.time() - dt.timedelta(days=31).total_seconds()
        os.utime(tmp_path / "uploads" / "old", (old, old))
        assert purge_uploads() == 1
        assert sorted(os.listdir(tmp_path / "uploads")) == ["new"]
