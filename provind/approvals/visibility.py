"""Who sees which indicator figures: the Department's editors and administrators everything
(pages mark what is not yet approved); a commune officer the published figures plus the drafts
of their own communes; cluster investors (outside companies), viewers and the public only
published data sets. The request's answer is kept in context variables set by `middleware.py`
(`reading_as`), so every read in `indicators.queries` applies it with one call and code outside
a request (command line, first start) sees all figures."""

from __future__ import annotations

import contextlib
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any

from django.contrib.auth.models import AbstractBaseUser, AnonymousUser
from django.db.models import Exists, OuterRef, Q, QuerySet

from provind.accounts.models import Scope
from provind.accounts.permissions import EDITING_ROLES, may_change, roles_of
from provind.accounts.roles import Role
from provind.approvals.models import ApprovalState, DataSetApproval, DataSetKind
from provind.approvals.services import state_of
from provind.geography.models import AdminUnit

PUBLISHED_ONLY: ContextVar[bool] = ContextVar("provind_published_only", default=False)
# With PUBLISHED_ONLY: units whose unpublished figures the reader still sees (their own communes).
OWN_UNITS: ContextVar[frozenset[int]] = ContextVar("provind_own_units", default=frozenset())


def sees_unapproved(user: AbstractBaseUser | AnonymousUser) -> bool:
    """DHIS2's "view unapproved data", province-wide: the roles that approve (the Department's
    editors) and administrators. A commune officer sees only their own drafts (`own_units`); a
    cluster investor is an outside company and sees published figures only."""
    return bool(roles_of(user) & {Role.ADMIN, Role.DEPARTMENT_EDITOR})


def takes_approval_steps(user: AbstractBaseUser | AnonymousUser) -> bool:
    """The roles that submit or approve data sets and so read the approval list (states, not figures)."""
    return bool(roles_of(user) & {Role.ADMIN, *EDITING_ROLES})


def own_units(user: AbstractBaseUser | AnonymousUser) -> frozenset[int]:
    """The units a commune officer enters figures for (their scopes and the units inside them),
    whose drafts they see while they prepare them."""
    if user.pk is None or sees_unapproved(user) or Role.COMMUNE_OFFICER not in roles_of(user):
        return frozenset()
    found: set[int] = set()
    frontier = set(Scope.objects.filter(user_id=user.pk, unit__isnull=False).values_list("unit_id", flat=True))
    while frontier:
        found |= frontier
        children = AdminUnit.objects.filter(parent_id__in=frontier).values_list("pk", flat=True)
        frontier = set(children) - found
    return frozenset(found)


@contextmanager
def published_only(on: bool = True, *, own: frozenset[int] = frozenset()) -> Iterator[None]:
    token = PUBLISHED_ONLY.set(on)
    own_token = OWN_UNITS.set(own if on else frozenset())
    try:
        yield
    finally:
        OWN_UNITS.reset(own_token)
        PUBLISHED_ONLY.reset(token)


def reading_as(user: AbstractBaseUser | AnonymousUser | None) -> contextlib.AbstractContextManager[None]:
    """What `user` may see (None: nobody in particular, so published figures only)."""
    if user is None:
        return published_only(True)
    return published_only(not sees_unapproved(user), own=own_units(user))


def visibility_key() -> str:
    """The reader's visibility as a cache key part: all, published, or published plus units."""
    if not PUBLISHED_ONLY.get():
        return "all"
    return "published" + "".join(f"+{pk}" for pk in sorted(OWN_UNITS.get()))


def sees_some_unapproved() -> bool:
    """Whether the current reader sees any unpublished figure (pages then mark them)."""
    return not PUBLISHED_ONLY.get() or bool(OWN_UNITS.get())


def _published() -> QuerySet[DataSetApproval]:
    return DataSetApproval.objects.filter(
        kind=DataSetKind.INDICATORS, state=ApprovalState.PUBLISHED, cluster__isnull=True
    )


def visible[Rows: QuerySet[Any]](rows: Rows) -> Rows:
    """Observations the current reader may see (`rows` is an Observation queryset)."""
    if not PUBLISHED_ONLY.get():
        return rows
    shown = Q(Exists(_published().filter(unit_id=OuterRef("unit_id"), period=OuterRef("period_code"))))
    own = OWN_UNITS.get()
    return rows.filter(shown | Q(unit_id__in=sorted(own)) if own else shown)


def indicator_states(keys: Iterable[tuple[int, str]]) -> dict[tuple[int, str], str]:
    """State per (unit id, period code); a key without a record is a draft."""
    wanted = set(keys)
    found = DataSetApproval.objects.filter(
        kind=DataSetKind.INDICATORS,
        cluster__isnull=True,
        unit_id__in={u for u, _ in wanted},
        period__in={p for _, p in wanted},
    ).values_list("unit_id", "period", "state")
    states = {(u, p): s for u, p, s in found}
    return {key: states.get(key, ApprovalState.DRAFT) for key in wanted}


def form_readable(user: AbstractBaseUser | AnonymousUser, form: str, *, unit: Any, window: str) -> bool:
    """Forms 03/04 are read by everyone else only once the Department has published them for the
    unit and window. Before that a draft is read like it is written: by those who may change the
    unit's data (a commune officer their commune's Form 03, the Department's editors within their
    scope) and administrators; a cluster investor files Form 02 and reads no draft summary."""
    if (form == "03" or sees_unapproved(user)) and may_change(user, unit):
        return True
    kind = DataSetKind.FORM03 if form == "03" else DataSetKind.FORM04
    return state_of(kind, unit=unit, period=window) == ApprovalState.PUBLISHED


def unpublished_form(form: str, unit: Any, window: str) -> str:
    """Why a reader does not see the form, in Vietnamese and English."""
    return (
        f"Biểu {form} của {unit.name} kỳ {window} chưa được Sở duyệt và công bố; trước khi công bố chỉ người "
        f"lập biểu của đơn vị và Sở xem được / Form {form} for {unit.name}, window {window}, is not yet approved "
        "and published by the Department; before that only those who compile the unit's form and the "
        "Department may read it"
    )
