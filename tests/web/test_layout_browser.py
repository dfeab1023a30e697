"""Phone and desk: every page reachable from the navigation, for every role, at 390 px and at
1366 px, must fit the window's width (wide tables scroll inside their own box)."""

from __future__ import annotations

import pytest

from tests.web.site import ROLES, Crawl, load_site, log_in

pytestmark = pytest.mark.browser

OVERFLOW = "document.documentElement.scrollWidth - window.innerWidth"


def test_no_page_overflows_sideways_for_any_role_at_phone_and_desk_width(live_site, browser):
    users = load_site()
    base = live_site.url
    too_wide: list[str] = []
    visited: dict[str, set[str]] = {}
    for role in ROLES:
        context = browser.new_context(locale="vi-VN", viewport={"width": 1366, "height": 900})
        page = context.new_page()
        page.set_default_timeout(15_000)
        if role != "anonymous":
            log_in(page, base, users[role].get_username())

        def measure(page, name, path, role=role):
            extra = page.evaluate(OVERFLOW)
            if extra > 0:
                width = page.viewport_size["width"]
                too_wide.append(f"{role} {width}px {name} {path}: {extra}px too wide")

        pages = Crawl(check=measure).run(page, base)  # measures each page at 1366 px
        visited[role] = set(pages)
        page.set_viewport_size({"width": 390, "height": 844})
        for name, path in pages.items():
            page.goto(base + path)
            measure(page, name, path)
        context.close()

    assert not too_wide, "\n".join(too_wide)
    # The crawl really reached the pages people use, not just the start page.
    for name in (
        "web:home",
        "web:cluster-list",
        "web:cluster-detail",
        "web:project-portfolio",
        "web:project-detail",
        "web:obstacle-board",
        "web:indicator-detail",
    ):
        assert name in visited["viewer"], name
    assert "web:import" in visited["admin"]


def test_the_navigation_collapses_behind_a_menu_button_on_a_phone(live_site, browser):
    context = browser.new_context(locale="vi-VN", viewport={"width": 390, "height": 844})
    page = context.new_page()
    page.goto(live_site.url + "/")
    nav = page.get_by_role("navigation", name="Điều hướng chính")
    toggle = page.get_by_test_id("nav-toggle")

    assert toggle.is_visible()
    assert not nav.is_visible()
    assert page.locator("header").bounding_box()["height"] < 80
    toggle.click()
    assert nav.is_visible()
    assert toggle.get_attribute("aria-expanded") == "true"
    nav.get_by_role("link", name="Cụm công nghiệp").click()
    assert page.locator("h1").first.is_visible()

    page.set_viewport_size({"width": 1366, "height": 900})
    page.goto(live_site.url + "/")
    assert not page.get_by_test_id("nav-toggle").is_visible()
    assert page.get_by_role("navigation", name="Điều hướng chính").is_visible()
    context.close()
