"""`make fuzz`: schemathesis against a freshly loaded Provind, anonymous and logged in.

Starts `provind serve` on a scratch database (SQLite in a temporary folder, or the database
DATABASE_URL names: use a scratch one, it is migrated and loaded), runs schemathesis over
/api/v1/openapi.json with the checks "no server error" and "only documented status codes",
once without a session and once as a viewer, and exits non-zero if either run fails.
Environment: FUZZ_EXAMPLES (per operation and run, default 60), FUZZ_PORT (default 8099).
"""

from __future__ import annotations

import os
import secrets
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent


def wait_for(port: int, seconds: float = 600) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        with socket.socket() as s:
            if s.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(1)
    raise SystemExit(f"the server did not start on port {port} (see serve.log in PROVIND_VAR_DIR)")


def main() -> int:
    port = int(os.environ.get("FUZZ_PORT", "8099"))
    examples = os.environ.get("FUZZ_EXAMPLES", "60")
    var = Path(tempfile.mkdtemp(prefix="provind-fuzz-"))
    env = {
        **os.environ,
        "PROVIND_VAR_DIR": str(var),
        "PROVIND_SECRET_KEY": secrets.token_urlsafe(50),
        "DJANGO_SETTINGS_MODULE": "provind.settings",
        "PROVIND_WORKERS": "2",
        "PROVIND_LOG_LEVEL": "WARNING",
    }
    env.setdefault("DATABASE_URL", f"sqlite:///{var / 'fuzz.sqlite3'}")
    print(f"fuzz: database {env['DATABASE_URL']}", flush=True)  # noqa: T201
    subprocess.run([BIN / "provind", "load"], env=env, check=True, cwd=ROOT, stdout=subprocess.DEVNULL)
    session = (
        subprocess.run(
            [BIN / "python", "manage.py", "shell", "-c", SESSION_SCRIPT],
            env=env,
            check=True,
            cwd=ROOT,
            capture_output=True,
            text=True,
        )
        .stdout.strip()
        .splitlines()[-1]
    )
    log = (var / "serve.log").open("w")
    server = subprocess.Popen(
        [BIN / "provind", "serve", "--port", str(port)], env=env, cwd=ROOT, stdout=log, stderr=subprocess.STDOUT
    )
    failed = 0
    try:
        wait_for(port)
        base = [
            str(BIN / "st"),
            "run",
            f"http://127.0.0.1:{port}/api/v1/openapi.json",
            "--checks",
            "not_a_server_error,status_code_conformance",
            "--max-examples",
            examples,
            "--seed",
            "10",
            "--workers",
            "2",
            "--suppress-health-check",
            "all",
            "--wait-for-schema",
            "120",
            "--request-timeout",
            "60",
        ]
        for label, extra in (("anonymous", []), ("viewer", ["-H", f"Cookie: sessionid={session}"])):
            print(f"== schemathesis, {label}", flush=True)  # noqa: T201
            failed |= subprocess.run(base + extra, cwd=ROOT, check=False).returncode
    finally:
        server.terminate()  # gunicorn finishes its requests first: on a busy machine that takes a while
        try:
            server.wait(120)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()
        log.close()
    return 1 if failed else 0


# A viewer and a session for it, printed last: the logged-in run sends it as a cookie.
SESSION_SCRIPT = """
from django.contrib.auth.models import Group, User
from django.contrib.sessions.backends.db import SessionStore
from django.contrib.auth import SESSION_KEY, BACKEND_SESSION_KEY, HASH_SESSION_KEY
user, _ = User.objects.get_or_create(username="fuzz-viewer")
user.groups.add(Group.objects.get(name="viewer"))
s = SessionStore()
s[SESSION_KEY] = str(user.pk)
s[BACKEND_SESSION_KEY] = "django.contrib.auth.backends.ModelBackend"
s[HASH_SESSION_KEY] = user.get_session_auth_hash()
s.create()
print(s.session_key)
"""

if __name__ == "__main__":
    sys.exit(main())
