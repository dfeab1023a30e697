"""`make system-deps` (scripts/system-deps.sh): a fast no-op when everything is there, otherwise
the exact command to run (or the install, as root). Absence is simulated, never caused."""

import os
import shutil
import subprocess
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SCRIPT = ROOT / "scripts" / "system-deps.sh"


def run(purpose, **env):
    return subprocess.run(
        ["bash", str(SCRIPT), purpose], capture_output=True, text=True, env={**os.environ, **env}, check=False
    )


def test_it_is_a_fast_no_op_when_everything_is_installed():
    # `make test` runs this step first, so on any machine running the suite all is present.
    started = time.monotonic()
    result = run("test", PROVIND_SYSTEM_DEPS_INSTALL="never")

    assert result.returncode == 0, result.stderr
    assert result.stdout == result.stderr == ""
    assert time.monotonic() - started < 3


def test_it_names_the_exact_command_when_it_may_not_install():
    result = run("test", PROVIND_SYSTEM_DEPS_INSTALL="never", PROVIND_SYSTEM_DEPS_MISSING="chromium gettext")

    assert result.returncode == 1
    assert "missing system packages: chromium gettext" in result.stderr
    assert "sudo apt-get update && sudo apt-get install -y --no-install-recommends chromium gettext" in result.stderr


def test_it_finds_a_missing_browser_by_its_command_on_path(tmp_path):
    # A PATH with the shell tools but without chromium, msgfmt, pdftotext and soffice.
    for tool in ("bash", "dpkg-query", "id", "grep", "env", "fc-list", "ldconfig"):
        found = shutil.which(tool)
        if found:
            (tmp_path / tool).symlink_to(found)
    if not (tmp_path / "dpkg-query").exists():
        pytest.skip("not a Debian machine")

    test = run("test", PATH=str(tmp_path), PROVIND_SYSTEM_DEPS_INSTALL="never", PROVIND_CHROMIUM="")
    serve = run("run", PATH=str(tmp_path), PROVIND_SYSTEM_DEPS_INSTALL="never")

    assert test.returncode == 1
    assert "chromium gettext poppler-utils libreoffice-writer-nogui" in test.stderr
    assert serve.returncode == 0  # `make run` needs only fonts and Pango, which are there
    assert "chromium" not in serve.stderr


def test_make_run_test_and_ci_all_go_through_it():
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")

    assert "\nrun: setup system-deps-run" in makefile
    assert "\ntest: setup system-deps\n" in makefile
    assert "make system-deps" in ci
    assert "apt-get" not in ci  # one place knows the packages
