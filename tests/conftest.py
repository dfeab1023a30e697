"""Shared fixtures: the country's administrative units loaded once per test database, the
permission cast (one user per role), and a real Chromium for page tests."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from typing import Any

import pytest
from django.conf import settings
from django.contrib.auth.models import Group, User

from provind.accounts.models import Scope
from provind.accounts.roles import Role
from provind.geography.loading import load_units
from provind.geography.models import REFORM_DATE, AdminUnit
from provind.geography.queries import resolve_unit
from provind.indicators.loading import load_catalogue
from provind.indicators.models import Indicator

GEOGRAPHY_DIR = settings.DATA_DIR / "geography"
CATALOGUE = settings.DATA_DIR / "indicators" / "catalogue.csv"
CHROMIUM = os.environ.get("PROVIND_CHROMIUM", "/usr/bin/chromium")


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup: None, django_db_blocker: Any) -> None:
    # Loaded once per test database; each test runs in a transaction that is rolled back.
    # Transactional tests (browser) flush it: pytest-django runs them after all others.
    with django_db_blocker.unblock():
        if not AdminUnit.objects.exists():
            load_units(GEOGRAPHY_DIR)
        if not Indicator.objects.exists():
            load_catalogue(CATALOGUE)


@pytest.fixture(autouse=True)
def empty_cache() -> None:
    """Every test starts with an empty cache: public pages are shared between visitors and keyed
    by the data's state, which an empty test database repeats from one test to the next."""
    from django.core.cache import cache

    cache.clear()


@pytest.fixture
def new_thai_nguyen(db: None) -> AdminUnit:
    return resolve_unit("19", REFORM_DATE)


def make_user(username: str, role: Role | None, *units: AdminUnit, **extra: Any) -> User:
    user = User.objects.create_user(username=username, password="mật-khẩu-thử-1", **extra)
    if role is not None:
        user.groups.add(Group.objects.get(name=role.value))
    for unit in units:
        Scope.objects.create(user=user, unit=unit)
    return user


@pytest.fixture
def cast(db: None) -> dict[str, User]:
    """One user per role: the healthchecks-style Alice/Bob/Charlie of Provind."""
    province = resolve_unit("19", REFORM_DATE)
    commune = resolve_unit("05503", REFORM_DATE)  # Tân Cương, new Thái Nguyên
    return {
        "admin": make_user("admin", Role.ADMIN, is_staff=True),
        "department_editor": make_user("editor", Role.DEPARTMENT_EDITOR, province),
        "commune_officer": make_user("officer", Role.COMMUNE_OFFICER, commune),
        "cluster_investor": make_user("investor", Role.CLUSTER_INVESTOR),
        "viewer": make_user("viewer", Role.VIEWER),
    }


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    if not shutil.which(CHROMIUM) and not os.path.exists(CHROMIUM):
        pytest.fail(f"Chromium not found at {CHROMIUM}: install Debian's chromium package (CI does)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        chromium = pw.chromium.launch(
            executable_path=CHROMIUM,
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
            ],
        )
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser: Any) -> Iterator[Any]:
    context = browser.new_context(locale="vi-VN")
    pg = context.new_page()
    pg.set_default_timeout(15_000)
    yield pg
    context.close()


@pytest.fixture
def live_site(live_server: Any, transactional_db: None) -> Any:
    """A running Provind with the Thái Nguyên and Bắc Kạn units, for real-browser tests."""
    # Playwright's sync API runs an event loop in this thread; the ORM calls in the test are
    # still synchronous, so Django's async guard must be relaxed here only.
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    if not AdminUnit.objects.exists():
        load_units(GEOGRAPHY_DIR, provinces=frozenset({"19", "06"}))
    if not Indicator.objects.exists():
        load_catalogue(CATALOGUE)
    return live_server


@pytest.fixture
def thai_nguyen_data(db: None) -> None:
    """The shipped, sourced Thái Nguyên figures, through the same import users have."""
    from provind.bootstrap import load_thai_nguyen

    load_thai_nguyen()
