"""Deployment: no serving on a blank key, `check --deploy` clean with the documented production
settings, a Content-Security-Policy, login throttling and request guards."""

from __future__ import annotations

import os
import re
import secrets
import subprocess
import sys
from pathlib import Path

import pytest
from django.conf import settings
from django.test import Client

ROOT = Path(settings.BASE_DIR)


def _env(tmp_path: Path, **extra: str) -> dict[str, str]:
    keep = {k: v for k, v in os.environ.items() if not k.startswith(("PROVIND_", "DJANGO_", "DATABASE_URL"))}
    return {
        **keep,
        "PROVIND_VAR_DIR": str(tmp_path),
        "DATABASE_URL": f"sqlite:///{tmp_path / 'd.sqlite3'}",
        "DJANGO_SETTINGS_MODULE": "provind.settings",
        **extra,
    }


def _production_values() -> dict[str, str]:
    text = (ROOT / ".env.production.example").read_text(encoding="utf-8")
    return dict(re.findall(r"^([A-Z_]+)=(.*)$", text, re.M))


def test_the_documented_production_settings_pass_check_deploy(tmp_path: Path) -> None:
    values = {**_production_values(), "PROVIND_SECRET_KEY": secrets.token_urlsafe(50)}
    values["DATABASE_URL"] = f"sqlite:///{tmp_path / 'd.sqlite3'}"
    done = subprocess.run(  # noqa: S603
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=ROOT,
        env=_env(tmp_path, **values),
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "no issues" in done.stdout


def test_every_production_variable_is_documented() -> None:
    documented = set(re.findall(r"^#?\s*([A-Z_]+)=", (ROOT / ".env.example").read_text(encoding="utf-8"), re.M))
    assert set(_production_values()) <= documented


def test_serve_refuses_to_start_on_a_blank_key(tmp_path: Path) -> None:
    provind = Path(sys.executable).with_name("provind")
    done = subprocess.run(  # noqa: S603
        [str(provind), "serve", "--port", "1"],
        cwd=ROOT,
        env=_env(tmp_path, PROVIND_SECRET_KEY=""),
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode != 0
    assert "PROVIND_SECRET_KEY is not set" in done.stderr
    assert not (tmp_path / "d.sqlite3").exists(), "nothing may run before the refusal"


def test_the_wsgi_application_refuses_the_old_public_key(tmp_path: Path) -> None:
    done = subprocess.run(  # noqa: S603
        [sys.executable, "-c", "import provind.wsgi"],
        cwd=ROOT,
        env=_env(tmp_path, PROVIND_SECRET_KEY="provind-insecure-local-key-change-me"),
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode != 0
    assert "ImproperlyConfigured" in done.stderr


def test_development_and_make_run_get_a_private_key(tmp_path: Path) -> None:
    code = "from django.conf import settings; print(settings.SECRET_KEY)"
    run = [sys.executable, "-c", f"import django; django.setup(); {code}"]
    debug = subprocess.run(  # noqa: S603
        run, cwd=ROOT, env=_env(tmp_path, PROVIND_DEBUG="true"), capture_output=True, text=True, check=True
    )
    assert debug.stdout.strip() == (tmp_path / "secret_key").read_text().strip()
    assert len(debug.stdout.strip()) >= 50
    keyfile = tmp_path / "key"
    keyfile.write_text("k" * 20 + secrets.token_urlsafe(40))
    from_file = subprocess.run(  # noqa: S603
        run,
        cwd=ROOT,
        env=_env(tmp_path, PROVIND_SECRET_KEY_FILE=str(keyfile)),
        capture_output=True,
        text=True,
        check=True,
    )
    assert from_file.stdout.strip() == keyfile.read_text()


@pytest.mark.django_db
def test_pages_carry_a_content_security_policy_with_a_nonce_for_inline_scripts(client: Client) -> None:
    response = client.get("/clusters/map/")
    policy = response.headers["Content-Security-Policy"]
    assert "default-src 'self'" in policy
    assert "object-src 'none'" in policy
    nonce = re.search(r"'nonce-([^']+)'", policy)
    assert nonce is not None
    assert f'<script nonce="{nonce.group(1)}">' in response.content.decode()


@pytest.mark.django_db
def test_login_is_throttled_after_five_failures(client: Client, cast: dict) -> None:
    for _ in range(5):
        assert client.post("/login/", {"username": "viewer", "password": "sai"}).status_code == 200
    blocked = client.post("/login/", {"username": "viewer", "password": "mật-khẩu-thử-1"})
    assert blocked.status_code == 429
    assert "too many failed logins" in blocked.content.decode()
    assert "_auth_user_id" not in client.session
    # Another user from the same address is not locked out.
    assert client.post("/login/", {"username": "editor", "password": "mật-khẩu-thử-1"}).status_code == 302


@pytest.mark.django_db
@pytest.mark.parametrize("path", ["/api/v1/units?kind=%00", "/indicators/?q=a%00b"])
def test_a_nul_byte_in_a_parameter_is_a_400(client: Client, path: str) -> None:
    response = client.get(path)
    assert response.status_code == 400
    assert "NUL" in response.content.decode()


@pytest.mark.django_db
def test_an_oversized_body_is_refused_before_it_is_read(client: Client) -> None:
    response = client.generic(
        "POST", "/api/v1/obstacles", b"{}", content_type="application/json", CONTENT_LENGTH=str(30 * 1024 * 1024)
    )
    assert response.status_code == 400
    assert response.json()["errors"][0]["message_en"].startswith("the file is larger")


@pytest.mark.django_db
def test_a_broken_multipart_body_is_a_bilingual_400(client: Client) -> None:
    response = client.generic("POST", "/data/import/", b"xx", content_type="multipart/form-data")
    assert response.status_code == 400
    assert "cannot be parsed" in response.content.decode()
