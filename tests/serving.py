"""What the tests that start `provind serve` share: a free port and the environment of a fresh
SQLite install in a temporary folder."""

from __future__ import annotations

import os
import socket
from pathlib import Path


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def serve_env(folder: Path) -> dict[str, str]:
    return {
        **os.environ,
        "PROVIND_VAR_DIR": str(folder),
        "DATABASE_URL": f"sqlite:///{folder / 'serve.sqlite3'}",
        "DJANGO_SETTINGS_MODULE": "provind.settings",
        "PROVIND_WORKERS": "1",
    }
