"""The approval page (editors and admins, with the actions each may take) and the API steps."""

from __future__ import annotations

import pytest

from provind.approvals.models import ApprovalState, DataSetApproval
from tests.indicators.factories import add

pytestmark = pytest.mark.django_db


def test_the_api_moves_a_data_set_and_refuses_what_a_role_may_not(client, cast):
    draft = add("export_value", "19", "2024-YTD07", "17.6", published=False)
    body = {"kind": "indicators", "unit_id": draft.unit_id, "period": "2024-YTD07"}

    assert client.post("/api/v1/approvals/submit", body, content_type="application/json").status_code == 401
    client.force_login(cast["department_editor"])
    for action in ("submit", "approve", "publish"):
        response = client.post(f"/api/v1/approvals/{action}", body, content_type="application/json")
        assert response.status_code == 200, response.content
    assert response.json()["state"] == "published"
    assert [s["by"] for s in response.json()["steps"]] == ["editor", "editor", "editor"]

    refused = client.post("/api/v1/approvals/unapprove", {**body, "reason": "sai"}, content_type="application/json")
    assert refused.status_code == 403
    assert "quản trị" in refused.json()["detail"]

    client.force_login(cast["admin"])
    no_reason = client.post("/api/v1/approvals/unapprove", body, content_type="application/json")
    assert no_reason.status_code == 400
    assert no_reason.json()["errors"][0]["field"] == "reason"
    stale = client.post(
        "/api/v1/approvals/unapprove", {**body, "reason": "sai", "version": 1}, content_type="application/json"
    )
    assert stale.status_code == 400
    assert stale.json()["errors"][0]["field"] == "version"
    assert DataSetApproval.objects.get().state == ApprovalState.PUBLISHED


def test_the_approval_page_lists_drafts_and_offers_the_allowed_steps(client, cast):
    draft = add("export_value", "19", "2024-YTD07", "17.6", published=False)
    client.force_login(cast["viewer"])
    assert client.get("/approvals/").status_code == 403

    client.force_login(cast["department_editor"])
    page = client.get("/approvals/").content.decode()
    assert 'data-period="2024-YTD07" data-state="draft"' in page
    assert DataSetApproval.objects.count() == 0  # a draft needs no record

    form = {"action": "submit", "kind": "indicators", "unit": draft.unit_id, "period": "2024-YTD07"}
    assert client.post("/approvals/act/", form).status_code == 302
    page = client.get("/approvals/").content.decode()
    assert 'data-state="submitted"' in page
    assert 'data-testid="approval-approve"' in page
    assert 'data-testid="approval-unapprove"' not in page
    assert client.post("/approvals/act/", form).status_code == 400  # submitted twice


def test_hidden_ids_are_written_without_thousands_separators(client, cast):
    """Vietnamese number format writes 14935 as "14.935"; a form that posts that id back would
    find no unit (a real database has thousands of units). Ids and versions are never localized."""
    from provind.geography.models import AdminUnit
    from provind.indicators.models import Indicator, Observation, Source
    from provind.indicators.periods import parse_period

    unit = AdminUnit.objects.create(pk=14935, code="98", name="Tỉnh thử (synthetic)", kind="province")
    obs = Observation(
        indicator=Indicator.objects.get(code="iip"),
        unit=unit,
        value=5,
        status="estimate",
        source=Source.objects.create(title="Thử (synthetic)"),
    )
    obs.set_period(parse_period("2024-YTD07"))
    obs.save()
    client.force_login(cast["admin"])

    html = client.get("/approvals/").content.decode()

    assert 'name="unit" value="14935"' in html
    response = client.post(
        "/approvals/act/", {"action": "submit", "kind": "indicators", "unit": "14935", "period": "2024-YTD07"}
    )
    assert response.status_code == 302
    assert DataSetApproval.objects.get(unit=unit).state == ApprovalState.SUBMITTED
