"""First-start data: everything Provind ships in data/, loaded once into an empty database."""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterator
from typing import Any

from django.conf import settings
from django.contrib.staticfiles import finders
from django.core.management import call_command

from provind.accounts.signals import ensure_role_groups
from provind.approvals.services import publish_loaded_figures
from provind.clusters.loading import load_clusters
from provind.clusters.models import IndustrialCluster
from provind.dataio.tables import read_table
from provind.geography.loading import load_units
from provind.geography.models import AdminUnit
from provind.indicators.imports import import_observations
from provind.indicators.loading import load_catalogue, load_targets
from provind.indicators.models import Indicator, Observation
from provind.projects.loading import load_projects
from provind.projects.models import KeyProject


class BootstrapError(RuntimeError):
    pass


def load_all_if_empty() -> Iterator[str]:
    data = settings.DATA_DIR
    ensure_role_groups()
    if not AdminUnit.objects.exists():
        units, links = load_units(data / "geography")
        yield f"Đã nạp {units} đơn vị hành chính, {links} liên kết chuyển đổi / loaded {units} units, {links} links"
    if not Indicator.objects.exists():
        n = load_catalogue(data / "indicators" / "catalogue.csv")
        yield f"Đã nạp {n} chỉ tiêu / loaded {n} indicators"
    if not Observation.objects.exists():
        created, targets = load_thai_nguyen()
        yield f"Đã nạp {created} số liệu, {targets} mục tiêu / loaded {created} observations, {targets} targets"
    if not IndustrialCluster.objects.exists():
        clusters = load_clusters(data / "thai_nguyen" / "clusters").get("clusters", 0)
        yield f"Đã nạp {clusters} cụm công nghiệp / loaded {clusters} industrial clusters"
    if not KeyProject.objects.exists():
        projects = load_projects(data / "thai_nguyen" / "projects").sheets["projects"].created
        yield f"Đã nạp {projects} dự án trọng điểm / loaded {projects} key projects"


def load_thai_nguyen() -> tuple[int, int]:
    """The sourced Thái Nguyên figures (data/thai_nguyen), through the validated import."""
    folder = settings.DATA_DIR / "thai_nguyen"
    path = folder / "observations.csv"
    result = import_observations(read_table(path.read_bytes(), path.name), decimal_point=True)
    if not result.ok:
        problems = "\n".join(p.as_text() for p in result.errors[:20])
        raise BootstrapError(f"{path} has errors:\n{problems}")
    # Every shipped figure is copied from a published source (statistics office, Department
    # reports; the source column names it), so it loads as published, not as a draft.
    publish_loaded_figures(reason="số liệu đã công bố, kèm nguồn / figures from published sources (data/thai_nguyen)")
    return result.created, load_targets(folder / "targets.csv")


STATIC_STAMP = ".provind-static-stamp"


def static_sources_digest() -> str:
    """A digest of every static source file (path, size, modification time) and the storage.

    Listing the files costs milliseconds; collecting and compressing them costs most of a start.
    """
    digest = hashlib.sha256(str(settings.STORAGES["staticfiles"]).encode())
    entries = []
    for finder in finders.get_finders():
        for path, storage in finder.list([]):
            info = os.stat(storage.path(path))
            entries.append(f"{path}\0{info.st_size}\0{info.st_mtime_ns}")
    for entry in sorted(entries):
        digest.update(entry.encode())
    return digest.hexdigest()


def collect_static_if_changed() -> bool:
    """`collectstatic` (with WhiteNoise's compression) once per change of the static sources.

    Returns True when it collected. A restart with nothing changed skips it.
    """
    stamp = settings.STATIC_ROOT / STATIC_STAMP
    digest = static_sources_digest()
    if stamp.is_file() and stamp.read_text(encoding="utf-8") == digest:
        return False
    stamp.unlink(missing_ok=True)
    call_command("collectstatic", interactive=False, verbosity=0)
    stamp.write_text(digest, encoding="utf-8")
    return True


def first_login_hint() -> list[str]:
    """What to do when nobody can log in yet: create the first administrator (printed at start)."""
    from provind.accounts.services import has_administrator

    if has_administrator():
        return []
    return [
        "Chưa có quản trị viên. Tạo người đầu tiên (in ra mật khẩu dùng một lần):",
        "No administrator yet. Create the first one (prints a one-time password):",
        "    .venv/bin/provind user add TÊN/NAME --admin",
        "rồi đăng nhập / then log in at /login/ and add people under “Người dùng” (Users).",
    ]


def serve_with_gunicorn(*, host: str, port: int, workers: int) -> None:
    """Run gunicorn in this process with the application already loaded.

    Django is set up once here and every URL and view imported before the workers fork, so a
    restart does not pay for it again in a new interpreter and in each worker (seconds each).
    """
    from django.core.wsgi import get_wsgi_application
    from django.db import connections
    from django.urls import get_resolver
    from gunicorn.app.base import BaseApplication

    application = get_wsgi_application()
    get_resolver().url_patterns  # noqa: B018  (imports every view module now, once)
    connections.close_all()  # never share a database connection across the fork

    options = {
        "bind": f"{host}:{port}",
        "workers": workers,
        "accesslog": "-",
        "timeout": 120,
        "preload_app": True,
    }

    class Server(BaseApplication):  # type: ignore[misc]
        def load_config(self) -> None:
            for key, value in options.items():
                self.cfg.set(key, value)

        def load(self) -> Any:
            return application

    Server().run()
