"""Screenshots of Provind for docs/screenshots/: home (as a department editor), a cluster page,
the obstacle board and a project page, each at phone (390 px) and desk (1366 px) width.

    .venv/bin/python scripts/screenshots.py [--out docs/screenshots] [--port 8099]

It builds a throw-away SQLite database in a temporary folder with the shipped Thái Nguyên data
(plus one obstacle clearly labelled as an illustration, so the board is not empty), serves it
with `provind serve`, and drives Debian's Chromium through Playwright. The PNGs are reduced to a
256-colour palette so that they stay small in the repository."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = os.environ.get("PROVIND_CHROMIUM", "/usr/bin/chromium")
WIDTHS = {"phone": (390, 844), "desk": (1366, 900)}
USER, PASSWORD = "lanh-dao-minh-hoa", "mật-khẩu-minh-họa-1"


def seed_here() -> None:
    """Run in a child process (`--seed`): migrate, load the shipped data, add a leader and an
    illustrative obstacle, and write the paths of the pages to photograph as JSON."""
    import django

    django.setup()
    from django.contrib.auth.models import Group, User
    from django.utils import timezone

    from provind.accounts.models import Scope
    from provind.accounts.roles import Role
    from provind.cli import prepare_database
    from provind.clusters.models import IndustrialCluster
    from provind.geography.queries import resolve_unit
    from provind.projects.models import Agency, KeyProject
    from provind.projects.services import create_obstacle

    prepare_database(verbosity=0)
    user, made = User.objects.get_or_create(username=USER)
    if made:
        user.set_password(PASSWORD)
        user.save()
        user.groups.add(Group.objects.get(name=Role.DEPARTMENT_EDITOR.value))
        Scope.objects.create(user=user, unit=resolve_unit("19", dt.date(2025, 7, 1)))
    project = KeyProject.objects.filter(code="220kv-phu-binh-2").first() or KeyProject.objects.order_by("code").first()
    assert project is not None, "no key project loaded"
    today = timezone.localdate()
    agency = Agency.objects.order_by("pk").first()
    if agency is not None and not project.obstacles.exists():
        create_obstacle(
            project=project,
            agency=agency,
            category="land",
            by=None,
            description="Minh họa (không phải số liệu thật / illustration, not real data): chậm bàn giao mặt bằng",
            raised_on=today - dt.timedelta(days=40),
            deadline=today - dt.timedelta(days=10),
        )
    cluster = IndustrialCluster.objects.order_by("code").first()
    assert cluster is not None, "no cluster loaded"
    pages = {
        "home": "/",
        "cluster": f"/clusters/{cluster.code}/",
        "board": "/projects/obstacles/",
        "project": f"/projects/{project.code}/",
    }
    sys.stdout.write(json.dumps(pages) + "\n")


def seed(env: dict[str, str]) -> dict[str, str]:
    out = subprocess.run([sys.executable, __file__, "--seed"], env=env, cwd=ROOT, capture_output=True, text=True)
    if out.returncode:
        raise SystemExit(out.stderr)
    pages: dict[str, str] = json.loads(out.stdout.strip().splitlines()[-1])
    return pages


def wait_for(port: int, seconds: float = 300) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        with socket.socket() as sock:
            if sock.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.5)
    raise SystemExit(f"Provind did not start on port {port}")


def shrink(path: Path) -> None:
    from PIL import Image

    with Image.open(path) as image:
        small = image.convert("RGB").quantize(colors=256, method=Image.Quantize.MEDIANCUT)
    small.save(path, optimize=True)


def photograph(base: str, pages: dict[str, str], out: Path) -> list[Path]:
    from playwright.sync_api import sync_playwright

    written = []
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu"])
        for label, (width, height) in WIDTHS.items():
            context = browser.new_context(locale="vi-VN", viewport={"width": width, "height": height})
            page = context.new_page()
            page.goto(f"{base}/login/")
            page.get_by_label("Tên đăng nhập").fill(USER)
            page.get_by_label("Mật khẩu").fill(PASSWORD)
            page.get_by_role("button", name="Đăng nhập").click()
            page.wait_for_load_state("networkidle")
            for name, path in pages.items():
                page.goto(base + path, wait_until="networkidle")
                target = out / f"{name}-{label}.png"
                page.screenshot(path=str(target), full_page=False)
                shrink(target)
                written.append(target)
            context.close()
        browser.close()
    return written


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--port", type=int, default=8099)
    parser.add_argument("--seed", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.seed:
        sys.path.insert(0, str(ROOT))
        seed_here()
        return
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="provind-shots-") as tmp:
        env = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "provind.settings",
            "PROVIND_VAR_DIR": tmp,
            "DATABASE_URL": f"sqlite:///{tmp}/shots.sqlite3",
            "PROVIND_PORT": str(args.port),
            "PROVIND_WORKERS": "1",
        }
        pages = seed(env)
        # Django's own server in debug mode serves the static files without a collectstatic step.
        log = open(Path(tmp) / "serve.log", "w")  # noqa: SIM115 (closed after the server stops)
        server = subprocess.Popen(
            [sys.executable, "manage.py", "runserver", f"127.0.0.1:{args.port}", "--noreload"],
            env={**env, "PROVIND_DEBUG": "1"},
            cwd=ROOT,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        try:
            wait_for(args.port)
            written = photograph(f"http://127.0.0.1:{args.port}", pages, args.out)
        finally:
            server.terminate()
            server.wait(timeout=30)
            log.close()
    for path in written:
        sys.stdout.write(f"{path}  {path.stat().st_size // 1024} KiB\n")


if __name__ == "__main__":
    main()
