"""A whole Provind as people meet it, for page-wide browser checks: the shipped Thái Nguyên
figures, clusters and projects, one user per role (the investor scoped to a cluster), and a
crawler that finds every page reachable from the navigation."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

from django.conf import settings
from django.contrib.auth.models import User
from django.contrib.contenttypes.models import ContentType
from django.urls import Resolver404, resolve

from provind.accounts.models import Scope
from provind.accounts.roles import Role
from provind.accounts.signals import ensure_role_groups
from provind.bootstrap import load_thai_nguyen
from provind.clusters.loading import load_clusters
from provind.clusters.models import IndustrialCluster
from provind.geography.models import REFORM_DATE
from provind.geography.queries import resolve_unit
from provind.projects.loading import load_projects
from tests.conftest import make_user

PASSWORD = "mật-khẩu-thử-1"
ROLES = ("anonymous", "admin", "department_editor", "commune_officer", "cluster_investor", "viewer")
# Never followed: they log out, switch language, leave the site or download a file.
SKIP_PREFIXES = ("/admin", "/logout", "/i18n", "/api", "/static", "/media")
SKIP_SUFFIXES = (".pdf", ".xlsx", ".csv", ".json", ".docx")


def load_site() -> dict[str, User]:
    ensure_role_groups()
    load_thai_nguyen()
    load_clusters(settings.DATA_DIR / "thai_nguyen" / "clusters")
    load_projects(settings.DATA_DIR / "thai_nguyen" / "projects")
    province = resolve_unit("19", REFORM_DATE)
    commune = resolve_unit("05503", REFORM_DATE)
    investor = make_user("investor", Role.CLUSTER_INVESTOR)
    cluster = IndustrialCluster.objects.order_by("code").first()
    if cluster is not None:
        Scope.objects.create(
            user=investor, target_type=ContentType.objects.get_for_model(cluster), target_id=str(cluster.pk)
        )
    return {
        "admin": make_user("admin", Role.ADMIN, is_staff=True, is_superuser=True),
        "department_editor": make_user("editor", Role.DEPARTMENT_EDITOR, province),
        "commune_officer": make_user("officer", Role.COMMUNE_OFFICER, commune),
        "cluster_investor": investor,
        "viewer": make_user("viewer", Role.VIEWER),
    }


def log_in(page: Any, base: str, username: str) -> None:
    page.goto(f"{base}/login/")
    page.get_by_label("Tên đăng nhập").fill(username)
    page.get_by_label("Mật khẩu").fill(PASSWORD)
    page.get_by_role("button", name="Đăng nhập").click()
    page.wait_for_load_state()


def _route(path: str) -> str | None:
    """The page kind behind a path (its URL name), or None when it is not a page to visit."""
    if path.startswith(SKIP_PREFIXES) or path.endswith(SKIP_SUFFIXES):
        return None
    try:
        match = resolve(path)
    except Resolver404:
        return None
    return match.view_name


@dataclass
class Crawl:
    """One URL per kind of page, found from the navigation and the pages it leads to."""

    pages: dict[str, str] = field(default_factory=dict)
    # Called on every page the crawl opens (at the crawl's window size), e.g. to measure it.
    check: Callable[[Any, str, str], None] | None = None

    def run(self, page: Any, base: str, *, depth: int = 2) -> dict[str, str]:
        page.goto(base + "/")
        frontier = self._links(page, base, "header a[href]")
        frontier.insert(0, "/")
        for _ in range(depth):
            found: list[str] = []
            for path in frontier:
                name = _route(urlsplit(path).path)
                if name is None or name in self.pages:
                    continue
                self.pages[name] = path
                response = page.goto(base + path)
                if response is None or response.status >= 400:
                    continue
                if self.check is not None:
                    self.check(page, name, path)
                found.extend(self._links(page, base, "main a[href]"))
            frontier = found
        return self.pages

    @staticmethod
    def _links(page: Any, base: str, selector: str) -> list[str]:
        script = "els => els.map(e => new URL(e.getAttribute('href'), document.baseURI).href)"
        hrefs: list[str] = page.eval_on_selector_all(selector, script)
        origin = urlsplit(base).netloc
        out = []
        for href in hrefs:
            parts = urlsplit(href)
            if parts.netloc == origin and not parts.fragment:
                out.append(parts.path + (f"?{parts.query}" if parts.query else ""))
        return out
