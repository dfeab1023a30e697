"""The "Báo cáo" page in a real Chromium: the menu item, the preview, and a background job
whose progress the page follows until the download link appears."""

import pytest
from django.core.management import call_command

from provind.bootstrap import load_thai_nguyen
from provind.reports.models import JobStatus, ReportJob
from tests.conftest import make_user

pytestmark = pytest.mark.browser


def test_a_viewer_previews_and_generates_a_report_with_visible_progress(live_site, page):
    from provind.accounts.roles import Role
    from provind.accounts.signals import ensure_role_groups

    load_thai_nguyen()
    ensure_role_groups()
    make_user("nguoi-xem", Role.VIEWER)
    page.goto(f"{live_site.url}/login/?next=/")
    page.get_by_label("Tên đăng nhập").fill("nguoi-xem")
    page.get_by_label("Mật khẩu").fill("mật-khẩu-thử-1")
    page.get_by_role("button", name="Đăng nhập").click()
    page.wait_for_url(f"{live_site.url}/")

    page.get_by_role("navigation").get_by_role("link", name="Báo cáo").click()
    page.locator("[data-testid=report-form] input[name=period]").fill("2024-YTD07")
    page.locator("[data-testid=report-form] button").click()
    preview = page.get_by_test_id("preview")
    assert "ước tăng 7,1% so với cùng kỳ năm trước" in preview.inner_text()

    page.get_by_test_id("generate").click()
    page.wait_for_selector("[data-testid=progress]")
    assert ReportJob.objects.get().status == JobStatus.QUEUED
    call_command("db_worker", "--batch", "--no-startup-delay", "--no-reload", verbosity=0)

    page.wait_for_selector("[data-testid=download]")  # the page's polling saw the job finish
    assert page.locator("progress").get_attribute("value") == "100"
    with page.expect_download() as download:
        page.get_by_test_id("download").click()
    assert download.value.suggested_filename == "bao-cao-19-2024-YTD07.docx"
