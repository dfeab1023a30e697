"""A read replica (issue 15): with PROVIND_REPLICA_DATABASE_URL set, reads go to the "replica"
database and every write, transaction and migration to "default" (the primary).

A replica lags its primary by a moment, so a page read right after a write may not show it
yet; the pages a user writes through redirect to views that read inside the request's own
atomic block only where it matters (imports report from their own result, not a re-read).
"""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.db import transaction


class ReplicaRouter:
    def db_for_read(self, model: Any, **hints: Any) -> str | None:
        if "replica" not in settings.DATABASES:
            return None
        # Inside a transaction on the primary, read what that transaction sees.
        if transaction.get_connection("default").in_atomic_block:
            return "default"
        return "replica"

    def db_for_write(self, model: Any, **hints: Any) -> str:
        return "default"

    def allow_relation(self, obj1: Any, obj2: Any, **hints: Any) -> bool:
        return True  # the replica holds the same rows as the primary

    def allow_migrate(self, db: str, app_label: str, model_name: str | None = None, **hints: Any) -> bool:
        return db == "default"
