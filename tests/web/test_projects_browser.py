"""Real-browser tests of the key projects pages (Debian's Chromium through Playwright)."""

import pytest
from django.conf import settings

from provind.accounts.roles import Role
from provind.clusters.loading import load_clusters
from provind.projects.loading import load_projects
from provind.projects.models import ObstacleStatus
from tests.conftest import make_user
from tests.projects.factories import make_agency, make_obstacle, make_project
from tests.web.browser_login import log_in

pytestmark = pytest.mark.browser


def _login(page, live_site, username, next_url):
    log_in(page, live_site, username, "mật-khẩu-thử-1", next_url)


def test_it_shows_the_portfolio_map_and_filters(live_site, page):
    load_projects(settings.DATA_DIR / "thai_nguyen" / "projects")
    load_clusters(settings.DATA_DIR / "thai_nguyen" / "clusters")
    page.goto(live_site.url + "/projects/")

    assert page.locator("html").get_attribute("lang") == "vi"
    assert page.get_by_test_id("project-row").count() == 4
    page.wait_for_selector("#project-map[data-ready=yes]")
    # The offline Leaflet map: the one project located by its communes (Phú Bình 2), beside the clusters.
    assert page.get_by_test_id("project-map").locator("path.project-marker").count() == 1
    assert "Phú Bình 2" in page.get_by_test_id("project-map").locator(".maplabel").first.inner_text()
    assert page.get_by_test_id("project-map").locator("path.cluster-marker").count() >= 10
    page.select_option("select[name=stage]", "completion")
    page.locator("form.filters button[type=submit]").click()
    page.wait_for_url("**stage=completion**")
    assert page.get_by_test_id("project-row").count() == 1

    page.get_by_test_id("project-row").get_by_role("link").click()
    assert "Phú Bình 2" in page.get_by_test_id("project-name").inner_text()
    assert page.get_by_test_id("timeline").locator("svg").count() == 1


def test_it_lets_an_editor_resolve_an_obstacle_on_the_project_page(live_site, page):
    make_user("bien-tap", None, is_superuser=True)
    obstacle = make_obstacle(make_project(unit_codes=("05941",)), raised="2025-08-01", deadline="2025-08-15")
    _login(page, live_site, "bien-tap", f"/projects/{obstacle.project.code}/")

    card = page.get_by_test_id("obstacle")
    assert card.get_by_test_id("days-overdue").is_visible()
    card.get_by_role("textbox").first.fill("Đã bàn giao mặt bằng")
    card.get_by_test_id("resolve").click()
    page.wait_for_selector('[data-testid=obstacle][data-status="resolved"]')

    obstacle.refresh_from_db()
    assert obstacle.status == ObstacleStatus.RESOLVED
    assert page.locator(".history li").count() == 2


def test_it_shows_the_board_overdue_first_with_downloads(live_site, page):
    project = make_project(unit_codes=("05941",))
    agency = make_agency()
    recent = make_obstacle(project, agency=agency, raised="2025-08-10", deadline="2099-12-31", description="Mới (thử)")
    overdue = make_obstacle(project, agency=agency, raised="2025-08-01", deadline="2025-08-15")
    make_user("xem-bang", Role.VIEWER)  # the obstacle ledger is internal (issue 10)
    _login(page, live_site, "xem-bang", "/projects/obstacles/?on=2025-08-20")

    rows = page.get_by_test_id("board-row")
    assert rows.count() == 2
    assert rows.nth(0).get_attribute("data-id") == str(overdue.pk)
    assert rows.nth(1).get_attribute("data-id") == str(recent.pk)
    assert rows.nth(0).get_by_test_id("days-overdue").inner_text() == "3"
    with page.expect_download() as download:
        page.get_by_test_id("pdf").click()
    assert download.value.suggested_filename.endswith(".pdf")
