"""Real-browser test of "what the Department asked": the editor asks on the cluster page, the
investor sees it on their start page with the working days left, answers, and it closes."""

import pytest
from django.contrib.contenttypes.models import ContentType
from django.utils import timezone

from provind.accounts.models import Scope
from provind.accounts.roles import Role
from provind.accounts.signals import ensure_role_groups
from provind.calendars import add_working_days, working_days_between
from provind.clusters.models import DepartmentRequest
from provind.geography.models import REFORM_DATE
from provind.geography.queries import resolve_unit
from tests.clusters.factories import make_cluster
from tests.conftest import make_user
from tests.web.site import log_in

pytestmark = pytest.mark.browser


def test_the_editor_asks_and_the_investor_answers(live_site, browser):
    ensure_role_groups()
    cluster = make_cluster("ccn-hoi", "CCN Hỏi đáp (synthetic)")
    make_user("bien-tap", Role.DEPARTMENT_EDITOR, resolve_unit("19", REFORM_DATE))
    investor = make_user("chu-dau-tu", Role.CLUSTER_INVESTOR)
    Scope.objects.create(
        user=investor, target_type=ContentType.objects.get_for_model(cluster), target_id=str(cluster.pk)
    )
    today = timezone.localdate()

    editor_page = browser.new_context(locale="vi-VN").new_page()
    log_in(editor_page, live_site.url, "bien-tap")
    editor_page.goto(f"{live_site.url}/clusters/ccn-hoi/")
    editor_page.get_by_label("Đề nghị chủ đầu tư hạ tầng").fill("Gửi danh sách doanh nghiệp thuê đất quý IV")
    editor_page.get_by_label("Số ngày làm việc để trả lời").fill("7")
    editor_page.get_by_role("button", name="Gửi yêu cầu").click()
    editor_page.wait_for_selector("#dept-requests tr[data-request]")
    assert "Gửi danh sách doanh nghiệp thuê đất quý IV" in editor_page.locator("#dept-requests").inner_text()

    page = browser.new_context(locale="vi-VN", viewport={"width": 390, "height": 844}).new_page()
    log_in(page, live_site.url, "chu-dau-tu")
    page.goto(f"{live_site.url}/")
    asked = page.locator("[data-testid=asked] li[data-open='1']")
    assert "Gửi danh sách doanh nghiệp thuê đất quý IV" in asked.inner_text()
    due = add_working_days(today, 7)
    assert page.get_by_test_id("request-days-left").inner_text() == str(working_days_between(today, due))
    assert due.strftime("%d/%m/%Y") in asked.inner_text()
    assert page.evaluate("document.documentElement.scrollWidth") <= 390  # fits a phone

    asked.get_by_label("Câu trả lời").fill("Đã gửi kèm công văn số 15/CV")
    asked.get_by_role("button", name="Gửi trả lời").click()
    page.wait_for_selector("[data-testid=asked] li[data-open='0']")
    assert "Đã gửi kèm công văn số 15/CV" in page.locator("[data-testid=asked]").inner_text()
    assert DepartmentRequest.objects.get().closed_on == today
