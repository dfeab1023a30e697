"""Draft → submitted → approved → published, who may take which step, and the lock."""

from __future__ import annotations

import pytest
from django.db import transaction

from provind.accounts.models import Scope
from provind.approvals.models import ApprovalState, ApprovalStep, DataSetKind
from provind.approvals.services import ApprovalError, ApprovalNotAllowed, DataSetLocked, ensure_open, move, state_of
from provind.dataio.tables import Table
from provind.indicators.imports import import_observations
from provind.indicators.models import Observation
from provind.indicators.periods import parse_period
from provind.indicators.queries import unit_for_period
from tests.indicators.factories import add

pytestmark = pytest.mark.django_db

PERIOD = "2024-07"


@pytest.fixture
def unit():
    return unit_for_period("19", parse_period(PERIOD))


def step(action, user, unit, **extra):
    return move(action, kind=DataSetKind.INDICATORS, unit=unit, period=PERIOD, by=user, **extra)


def test_a_data_set_goes_through_every_state_with_who_and_when(cast, unit):
    add("export_value", "19", PERIOD, "2.5", published=False)
    assert state_of(DataSetKind.INDICATORS, unit=unit, period=PERIOD) == ApprovalState.DRAFT

    step("submit", cast["department_editor"], unit)
    step("approve", cast["department_editor"], unit)
    record = step("publish", cast["admin"], unit)

    assert record.state == ApprovalState.PUBLISHED
    steps = list(ApprovalStep.objects.filter(approval=record).order_by("id"))
    assert [(s.action, s.from_state, s.to_state, s.by.username) for s in steps] == [
        ("submit", "draft", "submitted", "editor"),
        ("approve", "submitted", "approved", "editor"),
        ("publish", "approved", "published", "admin"),
    ]
    assert all(s.at is not None for s in steps)


def test_steps_out_of_order_are_refused(cast, unit):
    with pytest.raises(ApprovalError) as exc:
        step("approve", cast["department_editor"], unit)  # never submitted
    assert "nháp" in exc.value.vi
    assert "draft" in exc.value.en


def test_a_commune_officer_may_submit_for_their_commune_but_not_approve(cast):
    commune = Scope.objects.get(user=cast["commune_officer"]).unit
    move("submit", kind=DataSetKind.INDICATORS, unit=commune, period="2025-09", by=cast["commune_officer"])
    with pytest.raises(ApprovalNotAllowed):
        move("approve", kind=DataSetKind.INDICATORS, unit=commune, period="2025-09", by=cast["commune_officer"])
    with pytest.raises(ApprovalNotAllowed):
        move("submit", kind=DataSetKind.INDICATORS, unit=commune, period="2025-10", by=cast["viewer"])


def test_only_an_admin_unapproves_and_only_with_a_reason(cast, unit):
    for action in ("submit", "approve"):
        step(action, cast["department_editor"], unit)
    with pytest.raises(ApprovalNotAllowed) as exc:
        step("unapprove", cast["department_editor"], unit, reason="sai số")
    assert "quản trị" in exc.value.vi
    with pytest.raises(ApprovalError):
        step("unapprove", cast["admin"], unit, reason="  ")
    record = step("unapprove", cast["admin"], unit, reason="Cục Thống kê sửa số tháng 7")
    assert record.state == ApprovalState.DRAFT
    assert record.steps.order_by("-id").first().reason == "Cục Thống kê sửa số tháng 7"


def test_a_step_from_a_stale_page_is_refused(cast, unit):
    record = step("submit", cast["department_editor"], unit)
    seen = record.version
    step("return", cast["admin"], unit, reason="thiếu nguồn")
    with pytest.raises(ApprovalError) as exc:
        step("approve", cast["department_editor"], unit, expected_version=seen)
    assert exc.value.field == "version"
    assert "return" in exc.value.en


def _table(*rows):
    header = ["indicator", "unit", "period", "value", "status", "vintage", "source_title"]
    return Table(name="thu.csv", header=header, rows=[list(r) for r in rows])


def test_an_approved_data_set_refuses_imports_and_saves_nothing(cast, unit):
    add("export_value", "19", PERIOD, "2.5", published=False)
    for action in ("submit", "approve"):
        step(action, cast["department_editor"], unit)

    result = import_observations(
        _table(
            ("iip", "19", PERIOD, "104,5", "ước tính", "2024-08-05", "Báo cáo (thử)"),
            ("iip", "19", "2024-08", "103,1", "ước tính", "2024-09-05", "Báo cáo (thử)"),
        )
    )

    assert [(p.row, p.rule) for p in result.errors] == [(2, "approved")]
    assert "đã duyệt" in result.errors[0].vi
    assert "approved" in result.errors[0].en
    assert Observation.objects.count() == 1  # the other row was not saved either
    with pytest.raises(DataSetLocked), transaction.atomic():
        ensure_open(DataSetKind.INDICATORS, unit=unit, period=PERIOD)


def test_a_draft_or_submitted_data_set_takes_new_figures(cast, unit):
    step("submit", cast["department_editor"], unit)
    result = import_observations(_table(("iip", "19", PERIOD, "104,5", "ước tính", "2024-08-05", "Báo cáo (thử)")))
    assert result.ok, [p.as_text() for p in result.errors]
    assert result.created == 1
