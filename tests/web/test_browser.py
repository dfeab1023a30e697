"""Real-browser tests: Debian's Chromium driven by Playwright."""

import pytest

from tests.conftest import make_user

pytestmark = pytest.mark.browser


def test_it_loads_the_home_page_in_vietnamese(live_site, page):
    page.goto(live_site.url + "/")

    assert page.locator("html").get_attribute("lang") == "vi"
    assert page.locator("h1").inner_text() == "Tỉnh Thái Nguyên"
    assert page.get_by_role("navigation", name="Điều hướng chính").get_by_text("Cụm công nghiệp").is_visible()
    assert page.get_by_test_id("commune-count").inner_text() == "92"


def test_it_switches_to_english_and_back(live_site, page):
    page.goto(live_site.url + "/units/?at=2025-06-30&parent=19")

    page.get_by_role("button", name="EN").click()
    page.wait_for_load_state()

    assert page.locator("html").get_attribute("lang") == "en"
    assert page.locator("h1").inner_text() == "Administrative units"
    assert "parent=19" in page.url  # stays on the same view
    page.get_by_role("button", name="VI").click()
    assert page.locator("h1").inner_text() == "Đơn vị hành chính"


def test_it_logs_a_user_in_and_out(live_site, page):
    make_user("can-bo", None)
    page.goto(live_site.url + "/login/")

    page.get_by_label("Tên đăng nhập").fill("can-bo")
    page.get_by_label("Mật khẩu").fill("sai-mật-khẩu")
    page.get_by_role("button", name="Đăng nhập").click()
    assert page.get_by_role("alert").is_visible()

    page.get_by_label("Mật khẩu").fill("mật-khẩu-thử-1")
    page.get_by_role("button", name="Đăng nhập").click()
    page.wait_for_url(live_site.url + "/")
    assert page.get_by_text("can-bo").is_visible()

    page.get_by_role("button", name="Đăng xuất").click()
    assert page.get_by_role("link", name="Đăng nhập").is_visible()
