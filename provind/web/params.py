"""What every page reads from a request the same way: the home province, a date parameter,
whether the user may enter data, and an upload kept between the check and the save."""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass

from django.conf import settings
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.http import HttpRequest
from django.utils.translation import gettext as _

from provind.accounts.permissions import roles_of
from provind.accounts.roles import Role
from provind.errors import EARLIEST_DAY, LATEST_DAY

HOME_PROVINCE: str = settings.PROVIND_HOME_PROVINCE
MAX_UPLOAD = 20 * 1024 * 1024
EDITORS = {Role.ADMIN, Role.DEPARTMENT_EDITOR, Role.COMMUNE_OFFICER}


def parse_day(text: str | None, default: dt.date) -> tuple[dt.date, str | None]:
    """A YYYY-MM-DD parameter, or `default` with the message to show when it is not a date."""
    if not text:
        return default, None
    try:
        day = dt.date.fromisoformat(text)
    except ValueError:
        return default, _("“%(value)s” is not a date (use YYYY-MM-DD).") % {"value": text}
    if not EARLIEST_DAY <= day <= LATEST_DAY:
        return default, _("%(value)s is outside %(first)s – %(last)s.") % {
            "value": text,
            "first": EARLIEST_DAY.isoformat(),
            "last": LATEST_DAY.isoformat(),
        }
    return day, None


def attachment(name: str) -> str:
    """A Content-Disposition value for a download named from request input: only letters,
    digits, dot, dash and underscore survive, so nothing can end the header."""
    safe = "".join(c if c.isascii() and (c.isalnum() or c in "._-") else "-" for c in name)
    return f'attachment; filename="{safe[:150]}"'


def may_enter_data(request: HttpRequest) -> bool:
    """Roles that enter figures at all; which units or objects they may touch is `may_change`."""
    return bool(roles_of(request.user).intersection(EDITORS))


@dataclass
class KeptUpload:
    data: bytes
    name: str
    digest: str
    commit: bool  # True when the user confirms a file checked before


def kept_upload(request: HttpRequest, default_name: str) -> KeptUpload | str:
    """The posted file (stored under its hash for the confirming request), or the file a
    confirming request names by hash; otherwise the message to show."""
    upload = request.FILES.get("file")
    if upload is not None:
        if upload.size and upload.size > MAX_UPLOAD:
            return _("The file is larger than 20 MB.")
        data = upload.read()
        digest = hashlib.sha256(data).hexdigest()
        # Not stored yet: only a file that passed its check is kept (keep_upload), for the
        # confirming request; a refused file leaves nothing behind.
        return KeptUpload(data, upload.name or default_name, digest, commit=False)
    digest = request.POST.get("digest", "")
    if digest and all(c in "0123456789abcdef" for c in digest) and default_storage.exists(f"uploads/{digest}"):
        with default_storage.open(f"uploads/{digest}") as fh:
            data = fh.read()
        return KeptUpload(data, request.POST.get("name", "") or default_name, digest, commit="commit" in request.POST)
    return _("Choose a file to upload.")


def keep_upload(upload: KeptUpload) -> None:
    """Store a checked file under its hash until it is committed or purged (`provind purge-uploads`
    removes files older than PROVIND_UPLOAD_RETENTION_DAYS)."""
    if not default_storage.exists(f"uploads/{upload.digest}"):
        default_storage.save(f"uploads/{upload.digest}", ContentFile(upload.data))


def release_upload(upload: KeptUpload) -> None:
    """A committed file is not needed any more."""
    default_storage.delete(f"uploads/{upload.digest}")
