"""`provind backup FILE` and `provind restore FILE`: the database and the uploaded files in one
archive, copied below the ORM so that a restore is the same data, not a replay (a replay through
`loaddata` writes an audit entry per row).

The archive is a tar file: `manifest.json`, the database (`database.sqlite3` made with SQLite's
online backup API, or `database.pgdump` from pg_dump's custom format) and `media/` (MEDIA_ROOT).
A restore needs the same database engine as the backup.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import os
import shutil
import sqlite3
import subprocess
import tarfile
import tempfile
from pathlib import Path
from typing import Any

import click

FORMAT = 1


def _database() -> dict[str, Any]:
    from django.db import connection

    return dict(connection.settings_dict)


def _vendor() -> str:
    from django.db import connection

    return connection.vendor


def _pg_env(db: dict[str, Any]) -> tuple[list[str], dict[str, str]]:
    """Connection options for pg_dump / pg_restore (the password through the environment)."""
    args = ["--dbname", str(db["NAME"])]
    if db.get("HOST"):
        args += ["--host", str(db["HOST"])]
    if db.get("PORT"):
        args += ["--port", str(db["PORT"])]
    if db.get("USER"):
        args += ["--username", str(db["USER"])]
    env = {**os.environ}
    if db.get("PASSWORD"):
        env["PGPASSWORD"] = str(db["PASSWORD"])
    return args, env


def _sqlite_connection() -> sqlite3.Connection:
    from django.db import connection

    connection.ensure_connection()
    raw = connection.connection
    assert isinstance(raw, sqlite3.Connection)
    return raw


def write_backup(target: Path) -> dict[str, Any]:
    """Write the archive to `target`; returns its manifest."""
    from django.conf import settings
    from django.db.migrations.recorder import MigrationRecorder

    vendor = _vendor()
    manifest: dict[str, Any] = {
        "format": FORMAT,
        "vendor": vendor,
        "created_at": dt.datetime.now(dt.UTC).isoformat(),
        "migrations": sorted(f"{m.app}.{m.name}" for m in MigrationRecorder.Migration.objects.all()),
    }
    with tempfile.TemporaryDirectory() as scratch:
        if vendor == "sqlite":
            dump = Path(scratch) / "database.sqlite3"
            copy = sqlite3.connect(dump)
            with copy:
                _sqlite_connection().backup(copy)
            copy.close()
        elif vendor == "postgresql":
            dump = Path(scratch) / "database.pgdump"
            args, env = _pg_env(_database())
            subprocess.run(  # noqa: S603 - fixed program, arguments from settings
                ["pg_dump", "--format=custom", "--no-owner", "--no-privileges", "--file", str(dump), *args],
                env=env,
                check=True,
                capture_output=True,
            )
        else:
            raise click.ClickException(f"backup does not support the {vendor} database")
        media = Path(settings.MEDIA_ROOT)
        with tarfile.open(target, "w:gz") as archive:
            data = json.dumps(manifest, indent=2).encode()
            info = tarfile.TarInfo("manifest.json")
            info.size = len(data)
            archive.addfile(info, io.BytesIO(data))
            archive.add(dump, arcname=dump.name)
            if media.is_dir():
                archive.add(media, arcname="media")
    return manifest


def read_backup(source: Path) -> dict[str, Any]:
    """Replace the database and MEDIA_ROOT with the archive's. Nothing runs through the ORM."""
    from django.conf import settings
    from django.db import connections

    with tempfile.TemporaryDirectory() as scratch, tarfile.open(source, "r:*") as archive:
        archive.extractall(scratch, filter="data")
        root = Path(scratch)
        manifest: dict[str, Any] = json.loads((root / "manifest.json").read_text(encoding="utf-8"))
        if manifest.get("format") != FORMAT:
            raise click.ClickException(f"unknown backup format {manifest.get('format')}")
        vendor = _vendor()
        if manifest["vendor"] != vendor:
            raise click.ClickException(
                f"the backup holds a {manifest['vendor']} database; this installation uses {vendor}"
            )
        if vendor == "sqlite":
            saved = sqlite3.connect(root / "database.sqlite3")
            with saved:
                saved.backup(_sqlite_connection())
            saved.close()
        else:
            connections.close_all()  # pg_restore drops and recreates the tables
            args, env = _pg_env(_database())
            subprocess.run(  # noqa: S603 - fixed program, arguments from settings
                [
                    "pg_restore",
                    "--clean",
                    "--if-exists",
                    "--no-owner",
                    "--no-privileges",
                    "--single-transaction",
                    *args,
                    str(root / "database.pgdump"),
                ],
                env=env,
                check=True,
                capture_output=True,
            )
        media = Path(settings.MEDIA_ROOT)
        if media.exists():
            shutil.rmtree(media)
        if (root / "media").is_dir():
            shutil.copytree(root / "media", media)
        else:
            media.mkdir(parents=True, exist_ok=True)
    return manifest


@click.command(name="backup")
@click.argument("file", type=click.Path(dir_okay=False, writable=True, path_type=Path))
def backup_command(file: Path) -> None:
    """Write the database and the uploaded files to FILE (a .tar.gz)."""
    from provind.cli import _setup_django

    _setup_django()
    try:
        manifest = write_backup(file)
    except subprocess.CalledProcessError as exc:
        raise click.ClickException(f"pg_dump failed: {exc.stderr.decode(errors='replace')}") from None
    click.echo(f"Đã sao lưu / backed up: {file} ({manifest['vendor']}, {file.stat().st_size:,} byte)")


@click.command(name="restore")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--yes", is_flag=True, help="Replace the current data without asking.")
def restore_command(file: Path, yes: bool) -> None:
    """Replace the database and the uploaded files with those in FILE (made by `provind backup`)."""
    from provind.cli import _setup_django

    _setup_django()
    if not yes:
        click.confirm("Thay toàn bộ dữ liệu hiện có? / Replace all current data?", abort=True)
    try:
        manifest = read_backup(file)
    except subprocess.CalledProcessError as exc:
        raise click.ClickException(f"pg_restore failed: {exc.stderr.decode(errors='replace')}") from None
    click.echo(f"Đã khôi phục / restored: {file} (made {manifest['created_at']})")


@click.command(name="purge-uploads")
@click.option("--days", type=int, default=None, help="Age in days (default: PROVIND_UPLOAD_RETENTION_DAYS).")
def purge_uploads_command(days: int | None) -> None:
    """Remove uploaded files kept for a check-then-commit import after the retention period."""
    from provind.cli import _setup_django

    _setup_django()
    from provind.dataio.retention import purge_uploads

    removed = purge_uploads(days)
    click.echo(f"Đã xóa / removed: {removed} tệp/files")
