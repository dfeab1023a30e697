"""Uploaded files kept between an import's check and its commit are removed after
UPLOAD_RETENTION_DAYS (settings, PROVIND_UPLOAD_RETENTION_DAYS): `provind purge-uploads`."""

from __future__ import annotations

import datetime as dt

from django.conf import settings
from django.core.files.storage import default_storage
from django.utils import timezone

UPLOADS = "uploads"


def purge_uploads(days: int | None = None, *, now: dt.datetime | None = None) -> int:
    """Delete kept uploads older than `days`; returns how many were removed."""
    age = dt.timedelta(days=settings.UPLOAD_RETENTION_DAYS if days is None else days)
    cutoff = (now or timezone.now()) - age
    if not default_storage.exists(UPLOADS):
        return 0
    removed = 0
    for name in default_storage.listdir(UPLOADS)[1]:
        path = f"{UPLOADS}/{name}"
        if default_storage.get_modified_time(path) < cutoff:
            default_storage.delete(path)
            removed += 1
    return removed
