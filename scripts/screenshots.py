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


def seed(env: dict[str, str]) -> dict[str, str]:
    """Migrate and load the shipped data, add a leader and an illustrative obstacle; returns the
    paths of the pages to photograph."""
    code = """
import datetime as dt, json, django
django.setup()
from provind.cli import prepare_database
prepare_database(verbosity=0)
from django.contrib.auth.models import Group, User
from provind.accounts.models import Scope
from provind.accounts.roles import Role
from provind.clusters.models import IndustrialCluster
from provind.geography.queries import resolve_unit
from provind.projects.models import Agency, KeyProject
from provind.projects.services import create_obstacle
user, made = User.objects.get_or_create(username=%(user)r)
if made:
    user.set_password(%(password)r); user.save()
    user.groups.add(Group.objects.get(name=Role.DEPARTMENT_EDITOR.value))
    Scope.objects.create(user=user, unit=resolve_unit("19", dt.date(2025, 7, 1)))
project = KeyProject.objects.filter(code="220kv-phu-binh-2").first() or KeyProject.objects.order_by("code").first()
agency = Agency.objects.order_by("pk").first()
if not project.obstacles.exists():
    create_obstacle(project=project, agency=agency, category="land", by=None,
        description="Minh họa (không phải số liệu thật / illustration, not real data): chậm bàn giao mặt bằng một vị trí móng",
        raised_on=dt.date.today() - dt.timedelta(days=40), deadline=dt.date.today() - dt.timedelta(days=10))
cluster = IndustrialCluster.objects.order_by("code").first()
print(json.dumps({"home": "/", "cluster": f"/clusters/{cluster.code}/", "board": "/projects/obstacles/",
                  "project": f"/projects/{project.code}/"}))
""" % {"user": USER, "password": PASSWORD}
    out = subprocess.run([sys.executable, "-c", code], env=env, cwd=ROOT, check=True, capture_output=True, text=True)
    import json

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
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="provind-shots-") as tmp:
        env = {**os.environ, "DJANGO_SETTINGS_MODULE": "provind.settings", "PROVIND_VAR_DIR": tmp,
               "DATABASE_URL": f"sqlite:///{tmp}/shots.sqlite3", "PROVIND_PORT": str(args.port),
               "PROVIND_WORKERS": "1"}  # fmt: skip
        pages = seed(env)
        log = open(Path(tmp) / "serve.log", "w")  # noqa: SIM115 (closed after the server stops)
        server = subprocess.Popen([str(Path(sys.executable).parent / "provind"), "serve"], env=env, cwd=ROOT,
                                  stdout=log, stderr=subprocess.STDOUT)  # fmt: skip
        try:
            if server.poll() is not None:
                raise SystemExit((Path(tmp) / "serve.log").read_text())
            wait_for(args.port)
            written = photograph(f"http://127.0.0.1:{args.port}", pages, args.out)
        finally:
            server.terminate()
            server.wait(timeout=30)
            log.close()
    for path in written:
        print(f"{path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}  {path.stat().st_size // 1024} KiB")
    print(f"made on {dt.date.today():%d/%m/%Y}")


if __name__ == "__main__":
    main()
