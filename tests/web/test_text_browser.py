"""The text review flow in a real browser: paste, see highlights, correct, accept, see conflicts."""

import pytest

from provind.indicators.models import Observation
from tests.conftest import make_user
from tests.indicators.factories import add

pytestmark = pytest.mark.browser

TEXT = (
    "Theo báo cáo của Sở Công Thương tỉnh Thái Nguyên, 7 tháng năm 2024 kim ngạch xuất khẩu hàng hóa "
    "ước đạt 17,6 tỷ USD, tăng 12,8% so với cùng kỳ; tổng giá trị nhập khẩu hàng hóa ước đạt 10 tỷ USD."
)


def login(page, live_site):
    make_user("bien-tap", None, is_superuser=True)
    page.goto(live_site.url + "/login/?next=/data/text/")
    page.get_by_label("Tên đăng nhập").fill("bien-tap")
    page.get_by_label("Mật khẩu").fill("mật-khẩu-thử-1")
    page.get_by_role("button", name="Đăng nhập").click()
    page.wait_for_url("**/data/text/")


def paste(page):
    page.locator("input[name=title]").fill("Báo cáo thử (văn bản tự viết)")
    page.locator("input[name=published_on]").fill("2024-08-05")
    page.locator("textarea[name=text]").fill(TEXT)
    page.locator("main form.stack button[type=submit]").click()
    page.wait_for_selector("#facts")


def test_it_highlights_figures_and_stores_the_accepted_ones(live_site, page):
    login(page, live_site)
    paste(page)

    marks = page.locator(".source-text mark")
    assert marks.count() == 2
    assert "17,6" in marks.first.inner_text()
    page.locator("tr[data-fact='1'] input[type=checkbox]").uncheck()  # keep only exports
    page.locator("tr[data-fact='0'] select[name='row-0-status']").select_option("official")
    page.locator("form.facts button[type=submit]").click()

    assert "1" in page.get_by_test_id("review-summary").inner_text()
    stored = Observation.objects.get()
    assert (stored.indicator.code, stored.status, stored.span_start is not None) == ("export_value", "official", True)


def test_it_shows_a_conflict_instead_of_adding_it(live_site, page):
    add("export_value", "19", "2024-YTD07", "17.9", "estimate", "2024-08-01")
    login(page, live_site)
    paste(page)

    row = page.locator("tr[data-fact='0']")
    assert row.get_by_test_id("conflict").is_visible()
    assert not row.locator("input[type=checkbox]").is_checked()
    row.locator("input[type=checkbox]").check()
    page.locator("form.facts button[type=submit]").click()

    assert page.get_by_role("alert").first.is_visible()
    assert Observation.objects.count() == 1
