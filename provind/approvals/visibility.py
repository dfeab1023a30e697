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
