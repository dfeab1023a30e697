"""Who sees which indicator figures: the public and viewers only published data sets, editors
everything (pages mark what is not yet approved). The request's answer is kept in a context
variable set by `middleware.py`, so every read in `indicators.queries` applies it with one call
and code outside a request (command line, first start) sees all figures."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any

from django.contrib.auth.models import AbstractBaseUser, AnonymousUser
from django.db.models import Exists, OuterRef, QuerySet

from provind.accounts.permissions import EDITING_ROLES, roles_of
from provind.accounts.roles import Role
from provind.approvals.models import ApprovalState, DataSetApproval, DataSetKind
from provind.approvals.services import state_of

PUBLISHED_ONLY: ContextVar[bool] = ContextVar("provind_published_only", default=False)


def sees_unapproved(user: AbstractBaseUser | AnonymousUser) -> bool:
    """DHIS2's "view unapproved data": the roles that enter or approve figures."""
    return bool(roles_of(user) & {Role.ADMIN, *EDITING_ROLES})


@contextmanager
def published_only(on: bool = True) -> Iterator[None]:
    token = PUBLISHED_ONLY.set(on)
    try:
        yield
    finally:
        PUBLISHED_ONLY.reset(token)


def _published() -> QuerySet[DataSetApproval]:
    return DataSetApproval.objects.filter(
        kind=DataSetKind.INDICATORS, state=ApprovalState.PUBLISHED, cluster__isnull=True
    )


def visible[Rows: QuerySet[Any]](rows: Rows) -> Rows:
    """Observations the current reader may see (`rows` is an Observation queryset)."""
    if not PUBLISHED_ONLY.get():
        return rows
    return rows.filter(Exists(_published().filter(unit_id=OuterRef("unit_id"), period=OuterRef("period_code"))))


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
    """Forms 03/04 are read by viewers only once the Department has published them for the unit
    and window; the roles that enter or approve data see them while they are being prepared."""
    if sees_unapproved(user):
        return True
    kind = DataSetKind.FORM03 if form == "03" else DataSetKind.FORM04
    return state_of(kind, unit=unit, period=window) == ApprovalState.PUBLISHED


def unpublished_form(form: str, unit: Any, window: str) -> str:
    """Why a viewer does not see the form, in Vietnamese and English."""
    return (
        f"Biểu {form} của {unit.name} kỳ {window} chưa được Sở duyệt và công bố; người xem chỉ thấy biểu đã công "
        f"bố / Form {form} for {unit.name}, window {window}, is not yet approved and published by the "
        "Department; viewers see published forms only"
    )
