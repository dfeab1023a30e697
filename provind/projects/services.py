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
from django.db import transaction

from provind import errors
from provind.accounts.permissions import may_change
from provind.calendars import add_days
from provind.errors import StepRefused
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


class NotAllowed(errors.NotAllowed):
    """The user's role or scope does not cover this project."""

    def __init__(self, project: KeyProject) -> None:
        super().__init__(
            f"bạn không có quyền sửa dự án “{project.name}”", f"you may not change the project “{project.name}”"
        )


class ObstacleError(StepRefused):
    """A step that does not fit the obstacle's state (resolving twice, escalating downwards …)."""


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


# A deadline "within N days" of a document: more than ten years is a typing error, not a deadline.
MAX_RESPONSE_DAYS = 3650


def _check_response_days(days: int | None) -> None:
    if days is not None and not 0 <= days <= MAX_RESPONSE_DAYS:
        raise ObstacleError(
            "response_days",
            f"số ngày xử lý phải từ 0 đến {MAX_RESPONSE_DAYS}, không phải {days}",
            f"days to respond must be between 0 and {MAX_RESPONSE_DAYS}, not {days}",
        )


def _check_day(day: dt.date, field: str) -> None:
    try:
        errors.check_day(day, field)
    except errors.InputError as exc:
        raise ObstacleError(field, exc.vi, exc.en) from None


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
    _check_response_days(response_days)
    _check_day(raised_on, "raised_on")
    if deadline is not None:
        _check_day(deadline, "deadline")
    if deadline is None:
        deadline = deadline_for(raised_on, response_days, deadline_basis)
    if deadline is not None and deadline < raised_on:
        raise ObstacleError("deadline", "hạn xử lý trước ngày phát sinh", "the deadline is before the date raised")
    with _as(by):
        obstacle = Obstacle.objects.create(
            project=project,
            description=description.strip(),
            category=category,
            agency=agency,
            raised_on=raised_on,
            requested_action=requested_action,
            response_days=response_days,
            deadline_basis=deadline_basis,
            deadline=deadline,
            escalation_level=escalation_level,
            source=source,
        )
        _event(
            obstacle,
            EventKind.CREATED,
            by=by,
            on=raised_on,
            to_status=obstacle.status,
            to_level=obstacle.escalation_level,
        )
    return obstacle


class StaleEdit(ObstacleError):
    """The form was filled from an older state than the database holds: refused, never merged.
    The message names what changed meanwhile, so the user can decide again."""

    code = "stale"


def _missed_steps(obstacle: Obstacle, sent: int) -> str:
    """The steps taken since the client read version `sent` (one event per step)."""
    missed = max(1, obstacle.version - sent)
    events = list(obstacle.events.select_related("by").order_by("-at", "-id")[:missed])
    parts = []
    for event in reversed(events):
        who = event.by.get_username() if event.by is not None else "hệ thống/system"
        note = f": {event.note}" if event.note else ""
        parts.append(f"{event.kind} ({who}, {event.on.isoformat()}){note}")
    return "; ".join(parts) or "—"


def _locked_obstacle(obstacle: Obstacle, expected_version: int | None) -> Obstacle:
    """The obstacle's row, locked until the transaction ends (PostgreSQL: SELECT … FOR UPDATE;
    SQLite: the IMMEDIATE transaction already holds the write lock), checked against the
    version the client saw. Every rule is then checked on this fresh copy, never the caller's."""
    fresh = Obstacle.objects.select_for_update().get(pk=obstacle.pk)
    if expected_version is not None and fresh.version != expected_version:
        steps = _missed_steps(fresh, expected_version)
        state = f"{fresh.status}, {fresh.escalation_level}"
        raise StaleEdit(
            "version",
            f"vướng mắc đã được người khác thay đổi trong lúc bạn xem ({steps}); hiện tại: {state}. "
            "Hãy xem lại rồi thao tác lại",
            f"someone else changed the obstacle while you were looking ({steps}); now: {state}. "
            "Review it and try again",
        )
    return fresh


def _apply(obstacle: Obstacle, fresh: Obstacle) -> Obstacle:
    """Give the caller's object the saved state (views and the API answer from it)."""
    for f in Obstacle._meta.concrete_fields:
        setattr(obstacle, f.attname, getattr(fresh, f.attname))
    return obstacle


def _step(
    obstacle: Obstacle,
    kind: EventKind,
    *,
    by: User | None,
    on: dt.date,
    note: str,
    expected_version: int | None,
    check: Any,
    **fields: Any,
) -> Obstacle:
    """One step on an obstacle, serialised: lock, check the rules on the fresh row, save, event."""
    with _as(by):
        fresh = _locked_obstacle(obstacle, expected_version)
        check(fresh)
        old_status, old_level = fresh.status, fresh.escalation_level
        for name, value in fields.items():
            setattr(fresh, name, value)
        fresh.save()
        _event(
            fresh,
            kind,
            by=by,
            on=on,
            from_status=old_status,
            to_status=fresh.status,
            from_level=old_level if kind == EventKind.ESCALATED else "",
            to_level=fresh.escalation_level if kind == EventKind.ESCALATED else "",
            note=note,
        )
    return _apply(obstacle, fresh)


def start_obstacle_work(
    *,
    obstacle: Obstacle,
    by: User | None,
    note: str = "",
    on: dt.date | None = None,
    expected_version: int | None = None,
) -> Obstacle:
    ensure_may_change(by, obstacle.project)

    def check(fresh: Obstacle) -> None:
        if fresh.status not in (ObstacleStatus.OPEN, ObstacleStatus.REOPENED):
            raise ObstacleError(
                "status",
                "chỉ vướng mắc đang mở mới chuyển sang đang xử lý",
                "only an open obstacle can move to in progress",
            )

    return _step(
        obstacle,
        EventKind.STARTED,
        by=by,
        on=on or today(),
        note=note,
        expected_version=expected_version,
        check=check,
        status=ObstacleStatus.IN_PROGRESS,
    )


def resolve_obstacle(
    *,
    obstacle: Obstacle,
    resolution: str,
    by: User | None,
    on: dt.date | None = None,
    expected_version: int | None = None,
) -> Obstacle:
    ensure_may_change(by, obstacle.project)
    if not resolution.strip():
        raise ObstacleError("resolution", "cần ghi kết quả xử lý", "write how it was resolved")
    day = on or today()
    _check_day(day, "resolved_on")

    def check(fresh: Obstacle) -> None:
        if fresh.status not in UNRESOLVED:
            raise ObstacleError("status", "vướng mắc đã được giải quyết", "the obstacle is already resolved")
        if day < fresh.raised_on:
            raise ObstacleError("resolved_on", "ngày giải quyết trước ngày phát sinh", "resolved before it was raised")

    return _step(
        obstacle,
        EventKind.RESOLVED,
        by=by,
        on=day,
        note=resolution.strip(),
        expected_version=expected_version,
        check=check,
        status=ObstacleStatus.RESOLVED,
        resolution=resolution.strip(),
        resolved_on=day,
    )


def reopen_obstacle(
    *,
    obstacle: Obstacle,
    reason: str,
    by: User | None,
    on: dt.date | None = None,
    response_days: int | None = None,
    expected_version: int | None = None,
) -> Obstacle:
    """A resolved obstacle that came back. The old resolution stays in the history (event and
    audit log); `response_days` from the reopening day sets a new deadline."""
    ensure_may_change(by, obstacle.project)
    if not reason.strip():
        raise ObstacleError("reason", "cần ghi lý do mở lại", "give the reason for reopening")
    day = on or today()

    def check(fresh: Obstacle) -> None:
        if fresh.status != ObstacleStatus.RESOLVED:
            raise ObstacleError(
                "status", "chỉ mở lại vướng mắc đã giải quyết", "only a resolved obstacle can be reopened"
            )

    _check_response_days(response_days)
    _check_day(day, "on")
    fields: dict[str, Any] = {"status": ObstacleStatus.REOPENED, "resolution": "", "resolved_on": None}
    if response_days is not None:
        fields["response_days"] = response_days
        fields["deadline"] = deadline_for(day, response_days, obstacle.deadline_basis)
    return _step(
        obstacle,
        EventKind.REOPENED,
        by=by,
        on=day,
        note=reason.strip(),
        expected_version=expected_version,
        check=check,
        **fields,
    )


def escalate_obstacle(
    *,
    obstacle: Obstacle,
    to_level: str,
    by: User | None,
    note: str = "",
    on: dt.date | None = None,
    expected_version: int | None = None,
) -> Obstacle:
    """Department → provincial People's Committee → ministry → Prime Minister; never downwards."""
    ensure_may_change(by, obstacle.project)
    if to_level not in EscalationLevel.values:
        raise ObstacleError("to_level", "cấp xử lý không hợp lệ", "unknown escalation level")

    def check(fresh: Obstacle) -> None:
        if fresh.is_resolved:
            raise ObstacleError("status", "vướng mắc đã được giải quyết", "the obstacle is already resolved")
        if ESCALATION_ORDER[to_level] <= fresh.escalation_rank:
            raise ObstacleError("to_level", "chỉ chuyển lên cấp cao hơn", "escalation only goes up")

    return _step(
        obstacle,
        EventKind.ESCALATED,
        by=by,
        on=on or today(),
        note=note,
        expected_version=expected_version,
        check=check,
        escalation_level=to_level,
    )


class StaleMilestone(StepRefused):
    """A milestone edited from an older state than the database holds."""

    code = "stale"


def _date_text(day: dt.date | None) -> str:
    return day.isoformat() if day is not None else "—"


def move_milestone(
    *,
    milestone: Milestone,
    planned_on: dt.date | None,
    actual_on: dt.date | None,
    by: User | None,
    note: str | None = None,
    achieved: bool | None = None,
    expected_version: int | None = None,
) -> Milestone:
    """Set a milestone's planned and actual dates (None = unknown). An actual date means achieved.
    With `expected_version`, a milestone saved by someone else since is refused, naming its dates."""
    ensure_may_change(by, milestone.project)
    for field, day in (("planned_on", planned_on), ("actual_on", actual_on)):
        if day is not None:
            _check_day(day, field)
    with _as(by):
        fresh = Milestone.objects.select_for_update().get(pk=milestone.pk)
        if expected_version is not None and fresh.version != expected_version:
            now = f"{_date_text(fresh.planned_on)} / {_date_text(fresh.actual_on)}"
            raise StaleMilestone(
                "version",
                f"mốc “{fresh.title}” đã được người khác sửa trong lúc bạn xem; hiện tại kế hoạch / thực tế: {now}. "
                "Hãy xem lại rồi lưu lại",
                f"someone else changed the milestone “{fresh.title}” while you were looking; planned / actual "
                f"now: {now}. Review it and save again",
            )
        fresh.planned_on = planned_on
        fresh.actual_on = actual_on
        if achieved is not None:
            fresh.achieved = achieved
        if actual_on is not None:
            fresh.achieved = True
        if note is not None:
            fresh.note = note
        fresh.save()
    for f in Milestone._meta.concrete_fields:
        setattr(milestone, f.attname, getattr(fresh, f.attname))
    return milestone
