"""Approval and correction in a real Chromium, as the Department works: an editor submits,
approves and publishes a data set from "Duyệt số liệu"; the public then sees the figure; an
administrator un-approves it with a reason; the editor corrects one figure and withdraws another
from the indicator page; the history shows all of it and nothing is deleted."""

from decimal import Decimal

import pytest

from provind.accounts import services
from provind.approvals.models import DataSetApproval
from provind.indicators.models import Observation
from tests.indicators.factories import add
from tests.web.browser_login import log_in

pytestmark = pytest.mark.browser


def _row(page, period):
    return page.locator(f'tr[data-testid=approval][data-kind=indicators][data-period="{period}"]')


def _step(page, period, action, reason=None):
    row = _row(page, period)
    if reason:
        row.get_by_label("Lý do").fill(reason)
    row.get_by_test_id(f"approval-{action}").click()
    page.wait_for_load_state("load")


def test_an_editor_publishes_and_an_admin_unapproves_then_a_figure_is_corrected_and_one_withdrawn(
    live_site, page, browser
):
    exports = add("export_value", "19", "2024-YTD07", "17.5", published=False)
    imports = add("import_value", "19", "2024-YTD07", "10", published=False)
    _editor, editor_password = services.create_user(
        "bien-tap", role="department_editor", scopes=services.ScopeChoice(units=["19"])
    )
    _admin, admin_password = services.create_user("quan-tri", role="admin")

    log_in(page, live_site, "bien-tap", editor_password, "/approvals/")
    assert _row(page, "2024-YTD07").get_attribute("data-state") == "draft"
    _step(page, "2024-YTD07", "submit")
    assert _row(page, "2024-YTD07").get_attribute("data-state") == "submitted"
    _step(page, "2024-YTD07", "approve")
    _step(page, "2024-YTD07", "publish")
    row = _row(page, "2024-YTD07")
    assert row.get_attribute("data-state") == "published"
    history = row.locator("ol.history").inner_text()
    assert history.count("bien-tap") == 3

    public = browser.new_context(locale="vi-VN").new_page()
    public.goto(f"{live_site.url}/indicators/export_value/?unit=19")
    assert "17,5" in public.content()

    # A published figure is locked: the administrator un-approves it, giving the reason.
    page.get_by_role("button", name="Đăng xuất").click()
    log_in(page, live_site, "quan-tri", admin_password, "/approvals/")
    _step(page, "2024-YTD07", "unapprove", reason="Số xuất khẩu nhập sai (thử)")
    record = DataSetApproval.objects.get(unit=exports.unit, period="2024-YTD07", kind="indicators")
    assert record.state == "draft"
    assert record.steps.last().reason == "Số xuất khẩu nhập sai (thử)"
    public.reload()
    assert "17,5" not in public.content()  # back to draft: the public no longer sees it

    page.get_by_role("button", name="Đăng xuất").click()
    log_in(page, live_site, "bien-tap", editor_password, "/indicators/export_value/?unit=19")
    page.locator('details[data-period="2024-YTD07"] > summary').click()  # the figure's history
    page.locator(f'[data-testid=version][data-id="{exports.pk}"] summary').click()
    correct = page.locator(f'[data-testid=version][data-id="{exports.pk}"] [data-testid=correct-form]')
    correct.get_by_label("Giá trị đúng").fill("17,6")
    correct.get_by_label("Lý do").fill("Theo báo cáo chính thức (thử)")
    correct.get_by_role("button").click()
    page.wait_for_load_state("load")
    versions = page.get_by_test_id("version").all_inner_texts()
    assert any("17,6" in v and "đính chính" in v.lower() for v in versions), versions
    assert any("17,5" in v for v in versions), versions  # the wrong figure stays in the history

    page.goto(f"{live_site.url}/indicators/import_value/?unit=19")
    page.locator('details[data-period="2024-YTD07"] > summary').click()
    page.locator(f'[data-testid=version][data-id="{imports.pk}"] summary').click()
    withdraw = page.locator(f'[data-testid=version][data-id="{imports.pk}"] [data-testid=withdraw-form]')
    withdraw.get_by_label("Lý do").fill("Trùng nguồn (thử)")
    withdraw.get_by_role("button").click()
    page.wait_for_load_state("load")
    withdrawn = page.locator(f'[data-testid=version][data-id="{imports.pk}"]')
    assert withdrawn.get_attribute("data-withdrawn") == "yes"
    assert "Trùng nguồn (thử)" in (withdrawn.text_content() or "")

    assert Observation.objects.filter(indicator__code="export_value").count() == 2  # nothing deleted
    assert Observation.objects.get(corrects=exports).value == Decimal("17.6")
    assert Observation.objects.get(pk=imports.pk).withdrawn_reason == "Trùng nguồn (thử)"
