"""A new administrator gives people their rights from the "Người dùng" page, by name, in a real
Chromium; the cluster investor then files Form 02 for Điềm Thụy and nothing else."""

import re

import pytest
from django.conf import settings
from django.contrib.auth.models import User
from playwright.sync_api import expect

from provind.accounts import services
from provind.accounts.permissions import may_change
from provind.clusters.loading import load_clusters
from provind.clusters.models import Form02Report, IndustrialCluster
from provind.geography.models import REFORM_DATE
from provind.geography.queries import resolve_unit
from tests.web.browser_login import log_in

pytestmark = pytest.mark.browser


def _add_user(page, live_site, username, role, field, search, name):
    trouble: list[str] = []  # shown if the list is not filtered: why the page's script did not run
    page.on("console", lambda message: trouble.append(f"console {message.type}: {message.text}"))
    page.on("requestfailed", lambda request: trouble.append(f"failed {request.url}: {request.failure}"))
    page.on("response", lambda r: trouble.append(f"{r.status} {r.url}") if r.status >= 400 else None)
    page.goto(live_site.url + "/users/")
    page.get_by_test_id("user-add").click()
    page.wait_for_url(re.compile(r"/users/add/$"))
    page.wait_for_load_state("load")
    page.get_by_label("Tên đăng nhập").fill(username)
    page.get_by_label("Vai trò").select_option(role)
    page.get_by_test_id(f"search-{field}").fill(search)
    options = page.locator(f"#scope-{field} li:not([hidden])")
    # The list is filtered by the page's script on input: wait for it (a loaded CI machine once
    # read the list before the script had run), then check that exactly the one wanted is left.
    try:
        expect(options).to_have_count(1)
    except AssertionError as exc:
        raise AssertionError(f"{exc}\n{trouble}") from exc
    page.get_by_label(name, exact=True).check()
    page.get_by_role("button", name="Tạo người dùng").click()
    return page.get_by_test_id("one-time-password").inner_text()


def test_a_new_administrator_creates_an_investor_and_a_commune_officer_by_name(live_site, page):
    load_clusters(settings.DATA_DIR / "thai_nguyen" / "clusters")
    diem_thuy = IndustrialCluster.objects.get(code="diem-thuy")
    other = IndustrialCluster.objects.exclude(code="diem-thuy").first()
    _admin, admin_password = services.create_user("quan-tri", role="admin")  # `provind user add quan-tri --admin`
    log_in(page, live_site, "quan-tri", admin_password, "/users/")

    # Typed without Vietnamese marks: the search ignores them.
    investor_password = _add_user(
        page, live_site, "an", "cluster_investor", "cluster", "diem thuy", "Điềm Thụy (diem-thuy)"
    )
    _add_user(page, live_site, "binh", "commune_officer", "units", "Kha Sơn", "05953 Xã Kha Sơn")

    page.goto(live_site.url + "/users/")
    assert "Cụm công nghiệp: Điềm Thụy (diem-thuy)" in page.locator("tr[data-username=an]").inner_text()
    assert "05953 Xã Kha Sơn" in page.locator("tr[data-username=binh]").inner_text()
    officer = User.objects.get(username="binh")
    assert may_change(officer, resolve_unit("05953", REFORM_DATE))
    assert not may_change(officer, resolve_unit("05941", REFORM_DATE))

    page.get_by_role("button", name="Đăng xuất").click()
    log_in(page, live_site, "an", investor_password, "/clusters/diem-thuy/form02/")
    values = {
        "total_investment_bn": "526",
        "paid_investment_bn": "300",
        "land_ready_ha": "30",
        "land_leased_ha": "12",
        "occupancy_pct": "40",
        "projects": "3",
        "projects_foreign": "1",
        "projects_operating": "2",
        "revenue_bn": "100",
        "budget_paid_bn": "5",
        "workers": "250",
        "average_income_mn": "8",
    }
    for name, value in values.items():
        page.locator(f"#f-{name}").fill(value)
    page.locator("#f-wastewater_built").select_option("1")
    page.locator("#f-wastewater_meets_standard").select_option("1")
    page.get_by_role("button", name="Gửi Biểu 02").click()

    assert page.get_by_test_id("form-status").is_visible()
    assert list(Form02Report.objects.values_list("cluster__code", flat=True)) == ["diem-thuy"]
    investor = User.objects.get(username="an")
    assert may_change(investor, diem_thuy)
    assert not may_change(investor, other)
    assert not may_change(investor, resolve_unit("05941", REFORM_DATE))
    response = page.goto(f"{live_site.url}/clusters/{other.code}/form02/")
    assert response.status == 403
    assert page.goto(live_site.url + "/users/").status == 403


def test_text_typed_before_the_page_script_runs_still_filters_the_list(live_site, page):
    """On a loaded machine the search box can take text before the deferred script has attached
    its listener: the script filters what is already typed when it starts."""
    load_clusters(settings.DATA_DIR / "thai_nguyen" / "clusters")
    _admin, password = services.create_user("quan-tri", role="admin")
    log_in(page, live_site, "quan-tri", password, "/users/")
    held: list = []  # the request for the page script, held until the text is typed
    page.route(re.compile(r"users\.js"), lambda route: held.append(route))
    # A deferred script holds back DOMContentLoaded, so the page is only committed here.
    page.goto(live_site.url + "/users/add/", wait_until="commit")
    page.get_by_test_id("search-cluster").fill("diem thuy")
    for _ in range(100):
        if held:
            break
        page.wait_for_timeout(50)
    assert held, "the page script was requested"
    assert page.locator("#scope-cluster li:not([hidden])").count() > 1  # the script has not run
    held[0].continue_()
    expect(page.locator("#scope-cluster li:not([hidden])")).to_have_count(1)
    expect(page.locator("#scope-cluster li:not([hidden])")).to_contain_text("Điềm Thụy")
