"""A wrong figure is corrected (a new vintage that becomes current) or withdrawn with a reason,
by a Department editor from the indicator page; never deleted; the history shows both."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from provind.approvals.models import DataSetKind
from provind.approvals.services import DataSetLocked, move
from provind.indicators.corrections import CorrectionError, CorrectionNotAllowed, correct_figure, withdraw_figure
from provind.indicators.models import Observation
from provind.indicators.queries import current_value
from tests.indicators.factories import add

pytestmark = pytest.mark.django_db


@pytest.fixture
def wrong():
    return add("export_value", "19", "2024-YTD07", "176", "estimate", "2024-08-05", published=False)


def test_a_correction_is_a_new_current_figure_and_the_wrong_one_stays(cast, wrong):
    fixed = correct_figure(
        wrong,
        value=Decimal("17.6"),
        reason="nhầm dấu thập phân",
        by=cast["department_editor"],
        vintage=dt.date(2024, 8, 20),
        expected_current=wrong.pk,
    )
    assert fixed.corrects == wrong
    assert fixed.vintage == dt.date(2024, 8, 20)
    assert current_value(wrong.indicator, wrong.unit, wrong.period) == fixed
    assert Observation.objects.filter(pk=wrong.pk).exists()


def test_a_withdrawn_figure_is_no_longer_current_but_kept(cast, wrong):
    older = add("export_value", "19", "2024-YTD07", "17.1", "estimate", "2024-08-01", published=False)
    withdraw_figure(wrong, reason="trùng với báo cáo khác", by=cast["department_editor"])
    wrong.refresh_from_db()
    assert wrong.is_withdrawn
    assert wrong.withdrawn_by == cast["department_editor"]
    assert wrong.withdrawn_reason == "trùng với báo cáo khác"
    assert current_value(wrong.indicator, wrong.unit, wrong.period) == older
    with pytest.raises(CorrectionError):
        withdraw_figure(wrong, reason="lần hai", by=cast["department_editor"])


def test_only_department_editors_covering_the_unit_correct(cast, wrong):
    for role in ("commune_officer", "viewer", "cluster_investor"):
        with pytest.raises(CorrectionNotAllowed):
            withdraw_figure(wrong, reason="x", by=cast[role])
    with pytest.raises(CorrectionError):
        withdraw_figure(wrong, reason=" ", by=cast["department_editor"])


def test_an_approved_data_set_refuses_corrections(cast, wrong):
    for action in ("submit", "approve"):
        move(
            action, kind=DataSetKind.INDICATORS, unit=wrong.unit, period=wrong.period_code, by=cast["department_editor"]
        )
    with pytest.raises(DataSetLocked) as exc:
        correct_figure(
            wrong, value=Decimal("17.6"), reason="x", by=cast["department_editor"], vintage=dt.date(2024, 8, 20)
        )
    assert "đã duyệt" in exc.value.vi
    assert Observation.objects.count() == 1


def test_a_correction_from_a_stale_page_is_refused(cast, wrong):
    seen = wrong.pk
    newer = add("export_value", "19", "2024-YTD07", "17.9", "estimate", "2024-08-15", published=False)
    with pytest.raises(CorrectionError) as exc:
        correct_figure(
            wrong,
            value=Decimal("17.6"),
            reason="x",
            by=cast["department_editor"],
            vintage=dt.date(2024, 8, 20),
            expected_current=seen,
        )
    assert exc.value.field == "version"
    assert "17.9" in exc.value.en
    assert newer.pk != seen


def test_the_indicator_page_corrects_and_shows_both_in_the_history(client, cast, wrong):
    client.force_login(cast["department_editor"])
    page = client.get("/indicators/export_value/", {"unit": "19"}).content.decode()
    assert 'data-testid="correct-form"' in page

    response = client.post(f"/figures/{wrong.pk}/withdraw/", {"reason": "sai đơn vị", "current": wrong.pk})
    assert response.status_code == 302
    page = client.get("/indicators/export_value/", {"unit": "19"}).content.decode()
    assert 'data-withdrawn="yes"' in page
    assert "sai đơn vị" in page

    viewer = client.__class__()
    viewer.force_login(cast["viewer"])
    assert viewer.post(f"/figures/{wrong.pk}/withdraw/", {"reason": "x"}).status_code == 403
