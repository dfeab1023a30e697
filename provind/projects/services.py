"""Writes on projects and obstacles: each checks `may_change`, runs in one transaction, sets the
audit actor (django-auditlog records every field before and after) and, for obstacles, writes an
`ObstacleEvent` so the board shows the history without reading the audit log.

`by=None` means the system (first-start data, command line) and skips the permission check.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from auditlog.context import set_actor
from django.contrib.auth.models import AbstractBaseUser, AnonymousUser
from django.core.exceptions import PermissionDenied
from django.db import transaction

from provind.accounts.permissions import may_change
from provind.calendars import add_days
from provind.errors import InputError
from provind.indicators.models import Source
from provind.projects.models import (
    ESCALATION_ORDER,
    UNRESOLVED,
    Agency,
    DeadlineBasis,
    EscalationLevel,
    EventKind,
    KeyProject,
    Milestone,
    Obstacle,
    ObstacleCategory,
    ObstacleEvent,
    ObstacleStatus,
    today,
)

User = AbstractBaseUser | AnonymousUser


class NotAllowed(PermissionDenied):
    """The user's role or scope does not cover this project."""

    def __init__(self, project: KeyProject) -> None:
        self.vi = f"bạn không có quyền sửa dự án “{project.name}”"
        self.en = f"you may not change the project “{project.name}”"
        super().__init__(f"{self.vi} / {self.en}")


class ObstacleError(InputError):
    """A step that does not fit the obstacle's state (resolving twice, escalating downwards …)."""

    def __str__(self) -> str:  # pages show the reason without the field name
        return f"{self.vi} / {self.en}"


def may_change_project(user: User | None, project: KeyProject) -> bool:
    return user is None or may_change(user, project)


def may_raise_obstacle(user: User | None, project: KeyProject) -> bool:
    """Who may change the project, and also a commune officer whose commune the project crosses:
    they see the obstacle first, even on a line through many communes they may not edit."""
    if may_change_project(user, project):
        return True
    if user is None or not user.is_authenticated:
        return False
    return any(may_change(user, unit) for unit in project.units.all())


def ensure_may_change(user: User | None, project: KeyProject) -> None:
    if not may_change_project(user, project):
        raise NotAllowed(project)


@contextmanager
def _as(by: User | None) -> Iterator[None]:
    actor = by if by is not None and by.is_authenticated else None
    with transaction.atomic(), set_actor(actor):
        yield


def _event(obstacle: Obstacle, kind: EventKind, *, by: User | None, on: dt.date, **fields: Any) -> ObstacleEvent:
    actor_id = by.pk if by is not None and by.is_authenticated else None
    return ObstacleEvent.objects.create(obstacle=obstacle, kind=kind, by_id=actor_id, on=on, **fields)


def deadline_for(start: dt.date, response_days: int | None, basis: str) -> dt.date | None:
    """The deadline a document sets as "within N (working) days" of `start`."""
    if response_days is None:
        return None
    return add_days(start, response_days, basis)


def create_obstacle(
    *,
    project: KeyProject,
    description: str,
    category: str,
    agency: Agency,
    raised_on: dt.date,
    by: User | None,
    requested_action: str = "",
    response_days: int | None = None,
    deadline_basis: str = DeadlineBasis.WORKING,
    deadline: dt.date | None = None,
    escalation_level: str = EscalationLevel.DEPARTMENT,
    source: Source | None = None,
) -> Obstacle:
    """Record a new obstacle. Without an explicit `deadline`, `response_days` counted from
    `raised_on` on `deadline_basis` gives it."""
    if not may_raise_obstacle(by, project):
        raise NotAllowed(project)
    if not description.strip():
        raise ObstacleError("description", "cần mô tả vướng mắc", "describe what blocks the project")
    if category not in ObstacleCategory.values:
        raise ObstacleError("category", "nhóm vướng mắc không hợp lệ", "unknown obstacle category")
    if deadline_basis not in DeadlineBasis.values:
        raise ObstacleError("deadline_basis", "phải là working/calendar", "must be working/calendar")
    if escalation_level not in EscalationLevel.values:
        raise ObstacleError("escalation_level", "cấp xử lý không hợp lệ", "unknown escalation level")
    if deadline is None:
        deadline = deadline_for(raised_on, response_days, deadline_basis)
    if deadline is not None and deadline < raised_on:
        raise ObstacleError("deadline", "hạn xử lý trước ngày phát sinh", "the deadline is before the date raised")
    with _as(by):
        obstacle = Obstacle.objects.create(
            project=project, description=description.strip(), category=category, agency=agency,
            raised_on=raised_on, requested_action=requested_action, response_days=response_days,
            deadline_basis=deadline_basis, deadline=deadline, escalation_level=escalation_level, source=source,
        )  # fmt: skip
        _event(obstacle, EventKind.CREATED, by=by, on=raised_on, to_status=obstacle.status,
               to_level=obstacle.escalation_level)  # fmt: skip
    return obstacle


def _change_status(
    obstacle: Obstacle, new_status: str, kind: EventKind, *, by: User | None, on: dt.date, note: str, **fields: Any
) -> Obstacle:
    old = obstacle.status
    with _as(by):
        obstacle.status = new_status
        for name, value in fields.items():
            setattr(obstacle, name, value)
        obstacle.save()
        _event(obstacle, kind, by=by, on=on, from_status=old, to_status=new_status, note=note)
    return obstacle


def start_obstacle_work(*, obstacle: Obstacle, by: User | None, note: str = "", on: dt.date | None = None) -> Obstacle:
    ensure_may_change(by, obstacle.project)
    if obstacle.status not in (ObstacleStatus.OPEN, ObstacleStatus.REOPENED):
        raise ObstacleError("status", "chỉ vướng mắc đang mở mới chuyển sang đang xử lý",
                            "only an open obstacle can move to in progress")  # fmt: skip
    return _change_status(obstacle, ObstacleStatus.IN_PROGRESS, EventKind.STARTED, by=by, on=on or today(), note=note)


def resolve_obstacle(*, obstacle: Obstacle, resolution: str, by: User | None, on: dt.date | None = None) -> Obstacle:
    ensure_may_change(by, obstacle.project)
    if obstacle.status not in UNRESOLVED:
        raise ObstacleError("status", "vướng mắc đã được giải quyết", "the obstacle is already resolved")
    if not resolution.strip():
        raise ObstacleError("resolution", "cần ghi kết quả xử lý", "write how it was resolved")
    day = on or today()
    if day < obstacle.raised_on:
        raise ObstacleError("resolved_on", "ngày giải quyết trước ngày phát sinh", "resolved before it was raised")
    return _change_status(obstacle, ObstacleStatus.RESOLVED, EventKind.RESOLVED, by=by, on=day,
                          note=resolution.strip(), resolution=resolution.strip(), resolved_on=day)  # fmt: skip


def reopen_obstacle(
    *,
    obstacle: Obstacle,
    reason: str,
    by: User | None,
    on: dt.date | None = None,
    response_days: int | None = None,
) -> Obstacle:
    """A resolved obstacle that came back. The old resolution stays in the history (event and
    audit log); `response_days` from the reopening day sets a new deadline."""
    ensure_may_change(by, obstacle.project)
    if obstacle.status != ObstacleStatus.RESOLVED:
        raise ObstacleError("status", "chỉ mở lại vướng mắc đã giải quyết", "only a resolved obstacle can be reopened")
    if not reason.strip():
        raise ObstacleError("reason", "cần ghi lý do mở lại", "give the reason for reopening")
    day = on or today()
    fields: dict[str, Any] = {"resolution": "", "resolved_on": None}
    if response_days is not None:
        fields["response_days"] = response_days
        fields["deadline"] = deadline_for(day, response_days, obstacle.deadline_basis)
    return _change_status(obstacle, ObstacleStatus.REOPENED, EventKind.REOPENED, by=by, on=day, note=reason.strip(),
                          **fields)  # fmt: skip


def escalate_obstacle(
    *, obstacle: Obstacle, to_level: str, by: User | None, note: str = "", on: dt.date | None = None
) -> Obstacle:
    """Department → provincial People's Committee → ministry → Prime Minister; never downwards."""
    ensure_may_change(by, obstacle.project)
    if to_level not in EscalationLevel.values:
        raise ObstacleError("to_level", "cấp xử lý không hợp lệ", "unknown escalation level")
    if ESCALATION_ORDER[to_level] <= obstacle.escalation_rank:
        raise ObstacleError("to_level", "chỉ chuyển lên cấp cao hơn", "escalation only goes up")
    if obstacle.is_resolved:
        raise ObstacleError("status", "vướng mắc đã được giải quyết", "the obstacle is already resolved")
    old = obstacle.escalation_level
    with _as(by):
        obstacle.escalation_level = to_level
        obstacle.save()
        _event(obstacle, EventKind.ESCALATED, by=by, on=on or today(), from_level=old, to_level=to_level,
               from_status=obstacle.status, to_status=obstacle.status, note=note)  # fmt: skip
    return obstacle


def change_obstacle_deadline(
    *, obstacle: Obstacle, deadline: dt.date | None, by: User | None, note: str = ""
) -> Obstacle:
    ensure_may_change(by, obstacle.project)
    if deadline is not None and deadline < obstacle.raised_on:
        raise ObstacleError("deadline", "hạn xử lý trước ngày phát sinh", "the deadline is before the date raised")
    old = obstacle.deadline
    with _as(by):
        obstacle.deadline = deadline
        obstacle.save()
        _event(obstacle, EventKind.DEADLINE, by=by, on=today(), from_status=obstacle.status,
               to_status=obstacle.status, note=f"{old or '—'} → {deadline or '—'}. {note}".strip())  # fmt: skip
    return obstacle


def move_milestone(
    *,
    milestone: Milestone,
    planned_on: dt.date | None,
    actual_on: dt.date | None,
    by: User | None,
    note: str | None = None,
    achieved: bool | None = None,
) -> Milestone:
    """Set a milestone's planned and actual dates (None = unknown). An actual date means achieved."""
    ensure_may_change(by, milestone.project)
    with _as(by):
        milestone.planned_on = planned_on
        milestone.actual_on = actual_on
        if achieved is not None:
            milestone.achieved = achieved
        if actual_on is not None:
            milestone.achieved = True
        if note is not None:
            milestone.note = note
        milestone.save()
    return milestone
