"""Every data change is recorded by django-auditlog: who, when, and each field before and after.

Domain apps register their models here (`register_models`) or call `audit.register` for new
ones; bulk writes (imports) record their own entries through `record_bulk`, since bulk SQL
bypasses model signals.
"""

from __future__ import annotations

from typing import Any

from auditlog.models import LogEntry
from auditlog.registry import auditlog
from django.db.models import Model


def register(model: type[Model], **options: Any) -> None:
    if not auditlog.contains(model):
        auditlog.register(model, **options)


def register_models() -> None:
    from django.contrib.auth.models import Group, User

    from provind.accounts.models import Scope
    from provind.geography.models import AdminUnit, UnitCrosswalk

    register(User, exclude_fields=["password", "last_login"])
    register(Group)
    register(Scope)
    register(AdminUnit)
    register(UnitCrosswalk)


def record_bulk(obj: Model, *, action: int, changes: dict[str, list[Any]], actor: Any = None) -> LogEntry:
    """One audit entry for a bulk change; `changes` is {field: [before, after]}."""
    entry: LogEntry = LogEntry.objects.log_create(obj, action=action, changes=changes, actor=actor, force_log=True)
    return entry
