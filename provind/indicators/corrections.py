"""Correcting a wrong figure (a new figure with a new vintage, pointing at the one it
corrects) or withdrawing it with a reason. Nothing is deleted; the history shows both.

Only department editors (scope covering the unit) and administrators may do it, only while the
data set is not approved (approvals app), and only from the state the page showed: the page
sends the id of the figure it showed as current, and a different current figure now refuses
the change, naming it.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from auditlog.context import set_actor
from django.contrib.auth.models import AbstractBaseUser, AnonymousUser
from django.db import IntegrityError, transaction
from django.utils import timezone

from provind.accounts.permissions import may_change, roles_of
from provind.accounts.roles import Role
from provind.approvals.models import DataSetKind
from provind.approvals.services import ensure_open
from provind.dataio.cells import CellError, misfit, parse_number
from provind.errors import NotAllowed, StepRefused
from provind.indicators.models import Observation

User = AbstractBaseUser | AnonymousUser


class CorrectionError(StepRefused):
    """A correction or withdrawal that does not fit the figure's state."""


class CorrectionNotAllowed(NotAllowed):
    def __init__(self, obs: Observation) -> None:
        super().__init__(
            f"chỉ biên tập viên của Sở (phụ trách {obs.unit.name}) mới đính chính hoặc rút số liệu",
            f"only Department editors covering {obs.unit.name} may correct or withdraw figures",
        )


def may_correct(user: User, obs: Observation) -> bool:
    roles = roles_of(user)
    if Role.ADMIN in roles:
        return True
    return Role.DEPARTMENT_EDITOR in roles and may_change(user, obs.unit)


def _cell(obs: Observation) -> list[Observation]:
    """The cell's figures after waiting for any other writer of the cell. The lock is taken by
    one statement and the figures read by a second: on PostgreSQL a statement that waited for a
    lock still reads from its own snapshot, without the figure the other writer just added."""
    rows = Observation.objects.filter(
        indicator_id=obs.indicator_id, unit_id=obs.unit_id, period_code=obs.period_code, breakdown=obs.breakdown
    )
    list(rows.select_for_update().values_list("id", flat=True))
    return list(rows.order_by("id"))


def _current_id(cell: list[Observation], obs: Observation) -> int | None:
    from provind.indicators.queries import pick_current, pick_plan

    picked = pick_plan(cell) if obs.status == "plan" else pick_current(cell)
    return picked.pk if picked is not None else None


def _fresh(obs: Observation, by: User, expected_current: int | None) -> Observation:
    """Lock the cell's figures, then check the rules on the stored row."""
    if not may_correct(by, obs):
        raise CorrectionNotAllowed(obs)
    ensure_open(DataSetKind.INDICATORS, unit=obs.unit, period=obs.period_code)
    cell = _cell(obs)
    fresh = next((o for o in cell if o.pk == obs.pk), None)
    if fresh is None:
        raise CorrectionError("figure", "không còn số liệu này", "this figure no longer exists")
    if fresh.is_withdrawn:
        raise CorrectionError("figure", "số liệu này đã bị rút", "this figure was already withdrawn")
    now = _current_id(cell, fresh)
    if expected_current is not None and now != expected_current:
        current = next((o for o in cell if o.pk == now), None)
        shown = f"{current.value.normalize()} ({current.status}, {current.vintage or '?'})" if current else "—"
        raise CorrectionError(
            "version",
            f"số liệu hiện hành đã thay đổi trong lúc bạn xem (nay là {shown}); hãy xem lại",
            f"the current figure changed while you were looking (now {shown}); review it",
        )
    return fresh


def read_value(text: str) -> Decimal:
    """A corrected value as typed on a page, read like every figure in Provind ("45.000" is forty-five
    thousand, "17,6" is 17.6) and fitting the stored value; CorrectionError names `value` otherwise."""
    try:
        value = parse_number(text.strip())
    except CellError as exc:
        raise CorrectionError("value", exc.vi, exc.en) from None
    if (bad := misfit(Observation._meta.get_field("value"), value)) is not None:
        raise CorrectionError("value", bad.vi, bad.en)
    return value


def correct_figure(
    obs: Observation,
    *,
    value: Decimal,
    reason: str,
    by: User,
    vintage: dt.date | None = None,
    expected_current: int | None = None,
) -> Observation:
    """Store the corrected value as a new figure of the same status, known from `vintage`
    (today), so it becomes current; the wrong one stays in the history."""
    if not reason.strip():
        raise CorrectionError("reason", "cần ghi lý do đính chính", "give the reason for the correction")
    day = vintage or timezone.localdate()
    actor = by if by.is_authenticated else None
    try:
        with transaction.atomic(), set_actor(actor):
            fresh = _fresh(obs, by, expected_current)
            if fresh.vintage is not None and fresh.vintage >= day:
                raise CorrectionError(
                    "vintage",
                    f"số liệu sai có ngày {fresh.vintage:%d/%m/%Y}: số đính chính cần ngày sau đó; hãy rút số sai "
                    "và nhập lại",
                    f"the wrong figure is dated {fresh.vintage.isoformat()}: a correction needs a later date; "
                    "withdraw it and enter the figure again",
                )
            corrected = Observation(
                indicator_id=fresh.indicator_id,
                unit_id=fresh.unit_id,
                breakdown=fresh.breakdown,
                value=value,
                qualifier="",
                status=fresh.status,
                vintage=day,
                price_basis=fresh.price_basis,
                source_id=fresh.source_id,
                note=f"Đính chính / correction: {reason.strip()}",
                corrects=fresh,
                entered_by_id=actor.pk if actor is not None else None,
            )
            corrected.set_period(fresh.period)
            corrected.save()
    except IntegrityError as exc:
        raise CorrectionError(
            "vintage",
            f"đã có số liệu cùng trạng thái ghi ngày {day:%d/%m/%Y}",
            f"a figure of the same status dated {day.isoformat()} exists",
        ) from exc
    return corrected


def withdraw_figure(obs: Observation, *, reason: str, by: User, expected_current: int | None = None) -> Observation:
    """Mark a wrong figure withdrawn (who, when, why); it stays in the history, no longer current."""
    if not reason.strip():
        raise CorrectionError("reason", "cần ghi lý do rút số liệu", "give the reason for withdrawing")
    actor = by if by.is_authenticated else None
    with transaction.atomic(), set_actor(actor):
        fresh = _fresh(obs, by, expected_current)
        fresh.withdrawn_at = timezone.now()
        fresh.withdrawn_by_id = actor.pk if actor is not None else None
        fresh.withdrawn_reason = reason.strip()
        fresh.save(update_fields=["withdrawn_at", "withdrawn_by", "withdrawn_reason"])
    return fresh
