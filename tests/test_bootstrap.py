"""First start and restarts: static files collected once per change, the first-login hint."""

import os

import pytest

from provind.accounts import services
from provind.bootstrap import STATIC_STAMP, collect_static_if_changed, first_login_hint


@pytest.fixture
def static_dirs(settings, tmp_path):
    source = tmp_path / "src"
    source.mkdir()
    (source / "extra.css").write_text("body { color: black; }", encoding="utf-8")
    settings.STATIC_ROOT = tmp_path / "static"
    settings.STATICFILES_DIRS = [source]
    return source, settings.STATIC_ROOT


def test_it_collects_static_files_once_per_change(static_dirs):
    source, root = static_dirs

    assert collect_static_if_changed() is True
    assert (root / STATIC_STAMP).is_file()
    assert (root / "web" / "provind.css").is_file()
    assert collect_static_if_changed() is False  # a restart with nothing changed

    changed = source / "extra.css"
    changed.write_text("body { color: navy; }", encoding="utf-8")
    stat = changed.stat()
    os.utime(changed, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000_000))
    assert collect_static_if_changed() is True
    assert "navy" in (root / "extra.css").read_text(encoding="utf-8")
    assert collect_static_if_changed() is False


def test_it_says_how_to_create_the_first_administrator_until_there_is_one(db):
    hint = "\n".join(first_login_hint())

    assert "provind user add" in hint
    assert "--admin" in hint
    services.create_user("quan-tri", role="admin")
    assert first_login_hint() == []
