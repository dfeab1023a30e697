import datetime as dt

import pytest
from auditlog.models import LogEntry

from provind.projects.models import EscalationLevel, EventKind, ObstacleStatus
from provind.projects.services import (
    NotAllowed,
    ObstacleError,
    escalate_obstacle,
    reopen_obstacle,
    resolve_obstacle,
    start_obstacle_work,
)
from tests.projects.factories import make_obstacle, make_project

pytestmark = pytest.mark.django_db


def test_it_audits_resolving_and_reopening(cast):
    # given an open obstacle and a department editor
    editor = cast["department_editor"]
    obstacle = make_obstacle(make_project())

    # when the editor resolves it and later reopens it
    resolve_obstacle(obstacle=obstacle, resolution="Đã bàn giao mặt bằng", by=editor, on=dt.date(2025, 8, 20))
    reopen_obstacle(
        obstacle=obstacle, reason="Hộ dân khiếu nại lại", by=editor, on=dt.date(2025, 9, 3), response_days=10
    )

    # then the history names who did what and when, and the audit log has every field change
    obstacle.refresh_from_db()
    events = list(obstacle.events.all())
    assert [e.kind for e in events] == [EventKind.CREATED, EventKind.RESOLVED, EventKind.REOPENED]
    assert events[1].by == editor
    assert events[1].on == dt.date(2025, 8, 20)
    assert events[2].from_status == ObstacleStatus.RESOLVED
    assert events[2].to_status == ObstacleStatus.REOPENED
    assert obstacle.status == ObstacleStatus.REOPENED
    assert obstacle.resolved_on is None
    assert obstacle.deadline == dt.date(2025, 9, 17)  # 10 working days after Wednesday 3/9/2025
    changes = [e.changes_dict for e in LogEntry.objects.get_for_object(obstacle).order_by("timestamp")]
    actors = {e.actor for e in LogEntry.objects.get_for_object(obstacle) if e.action == LogEntry.Action.UPDATE}
    assert any(c.get("status") == ["open", "resolved"] for c in changes)
    assert any(c.get("status") == ["resolved", "reopened"] for c in changes)
    assert actors == {editor}


def test_it_escalates_only_upwards(cast):
    obstacle = make_obstacle(make_project())

    escalate_obstacle(obstacle=obstacle, to_level=EscalationLevel.PROVINCIAL_COMMITTEE, by=cast["admin"])

    assert obstacle.events.last().kind == EventKind.ESCALATED
    with pytest.raises(ObstacleError):
        escalate_obstacle(obstacle=obstacle, to_level=EscalationLevel.DEPARTMENT, by=cast["admin"])


def test_it_refuses_steps_that_do_not_fit_the_state(cast):
    obstacle = make_obstacle(make_project())

    with pytest.raises(ObstacleError):
        reopen_obstacle(obstacle=obstacle, reason="?", by=cast["admin"])
    start_obstacle_work(obstacle=obstacle, by=cast["admin"])
    resolve_obstacle(obstacle=obstacle, resolution="Xong", by=cast["admin"], on=dt.date(2025, 8, 2))
    with pytest.raises(ObstacleError):
        resolve_obstacle(obstacle=obstacle, resolution="Xong lần nữa", by=cast["admin"])


@pytest.mark.parametrize(
    ("role", "allowed"),
    [
        ("admin", True),
        ("department_editor", True),  # scoped to the province
        ("commune_officer", True),  # scoped to Tân Cương, where the project lies
        ("cluster_investor", False),
        ("viewer", False),
    ],
)
def test_it_lets_only_scoped_editors_resolve(cast, role, allowed):
    obstacle = make_obstacle(make_project(unit_codes=("05503",)))

    if allowed:
        resolve_obstacle(obstacle=obstacle, resolution="Xong", by=cast[role], on=dt.date(2025, 8, 2))
        assert obstacle.status == ObstacleStatus.RESOLVED
    else:
        with pytest.raises(NotAllowed):
            resolve_obstacle(obstacle=obstacle, resolution="Xong", by=cast[role], on=dt.date(2025, 8, 2))


def test_it_keeps_a_commune_officer_to_their_commune(cast):
    elsewhere = make_obstacle(make_project("khac", unit_codes=("05941",)))  # Điềm Thụy, not Tân Cương

    with pytest.raises(NotAllowed):
        resolve_obstacle(obstacle=elsewhere, resolution="Xong", by=cast["commune_officer"])
    resolve_obstacle(obstacle=elsewhere, resolution="Xong", by=cast["department_editor"], on=dt.date(2025, 8, 2))
