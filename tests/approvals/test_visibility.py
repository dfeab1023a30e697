"""The public and viewers see only published figures (dashboard, indicator page, exports, API
observations and compare); editors see everything, with a "chưa duyệt" badge."""

from __future__ import annotations

import pytest

from provind.approvals.models import ApprovalState, DataSetApproval, DataSetKind
from provind.approvals.services import move
from provind.indicators.models import Observation
from tests.indicators.factories import add

pytestmark = pytest.mark.django_db


@pytest.fixture
def draft_and_published():
    published = add("export_value", "19", "2024-H1", "14.1")
    draft = add("export_value", "19", "2024-YTD07", "17.6", published=False)
    return published, draft


def _api_values(client):
    response = client.get("/api/v1/observations", {"indicator": "export_value"})
    assert response.status_code == 200
    return sorted(o["period"] for o in response.json())


def test_anonymous_and_viewers_see_only_published_figures(client, cast, draft_and_published):
    assert _api_values(client) == ["2024-H1"]
    page = client.get("/indicators/export_value/", {"unit": "19"}).content.decode()
    assert "2024-H1" in page
    assert "2024-YTD07" not in page
    assert "chưa duyệt" not in page
    response = client.get("/indicators/export_value/", {"unit": "19", "format": "csv"})
    csv = b"".join(response.streaming_content).decode("utf-8-sig")  # CSV downloads are streamed
    assert "2024-H1" in csv
    assert "2024-YTD07" not in csv
    compare = client.get(
        "/api/v1/observations/compare", {"indicator": "export_value", "unit": "19", "period": "2024-YTD07"}
    ).json()
    assert compare["value"] is None  # unknown to the public, not 0

    client.force_login(cast["viewer"])
    assert _api_values(client) == ["2024-H1"]
    home = client.get("/").content.decode()
    assert "17,6" not in home


def test_editors_see_drafts_marked_not_approved(client, cast, draft_and_published):
    client.force_login(cast["department_editor"])
    assert _api_values(client) == ["2024-H1", "2024-YTD07"]
    page = client.get("/indicators/export_value/", {"unit": "19"}).content.decode()
    assert "2024-YTD07" in page
    assert page.count('data-testid="unapproved"') == 2  # the draft's row and its history cell
    assert "chưa duyệt" in page


def test_publishing_shows_the_figure_to_the_public(client, cast, draft_and_published):
    _, draft = draft_and_published
    for action in ("submit", "approve", "publish"):
        move(
            action, kind=DataSetKind.INDICATORS, unit=draft.unit, period=draft.period_code, by=cast["department_editor"]
        )
    assert _api_values(client) == ["2024-H1", "2024-YTD07"]
    move(
        "unapprove",
        kind=DataSetKind.INDICATORS,
        unit=draft.unit,
        period=draft.period_code,
        by=cast["admin"],
        reason="Số liệu tháng 7 sai đơn vị",
    )
    assert _api_values(client) == ["2024-H1"]


def test_the_shipped_figures_load_published(client, thai_nguyen_data):
    assert DataSetApproval.objects.filter(kind=DataSetKind.INDICATORS).exists()
    assert not DataSetApproval.objects.exclude(state=ApprovalState.PUBLISHED).exists()
    response = client.get("/api/v1/observations", {"limit": 10000})
    assert len(response.json()) == Observation.objects.count()


@pytest.mark.parametrize(("form", "params"), [("04", {"province": "19"}), ("03", {"unit": "05503"})])
def test_viewers_read_forms_03_and_04_only_once_published(client, cast, form, params):
    """Forms 03/04 are the Department's working documents until published: a viewer is refused
    (page and API, with the reason in both languages); the roles that prepare them read drafts."""
    import datetime as dt

    from provind.geography.queries import resolve_unit

    window = "2025"
    client.force_login(cast["viewer"])
    api = client.get(f"/api/v1/forms/{form}", {**params, "window": window})
    assert api.status_code == 403
    assert "chưa được Sở duyệt và công bố" in api.json()["detail"]
    assert "not yet approved" in api.json()["detail"]
    page_params = {"unit": next(iter(params.values())), "window": window}
    page = client.get(f"/clusters/forms/{form}/", page_params)
    assert page.status_code == 403
    assert "chưa được Sở duyệt và công bố" in page.content.decode()
    assert client.get(f"/clusters/forms/{form}/", {**page_params, "format": "xlsx"}).status_code == 403

    client.force_login(cast["department_editor"])
    assert client.get(f"/api/v1/forms/{form}", {**params, "window": window}).status_code == 200

    unit = resolve_unit(next(iter(params.values())), dt.date(2025, 12, 14))
    for step in ("submit", "approve", "publish"):
        move(step, kind=f"form{form}", unit=unit, period=window, by=None)
    client.force_login(cast["viewer"])
    assert client.get(f"/api/v1/forms/{form}", {**params, "window": window}).status_code == 200
    assert client.get(f"/clusters/forms/{form}/", page_params).status_code == 200
