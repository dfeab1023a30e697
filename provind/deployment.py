"""What a server checks before it answers its first request."""

from __future__ import annotations

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured

# The key older versions fell back to: public in the repository, so never acceptable.
PUBLIC_KEY = "provind-insecure-local-key-change-me"


def require_secret_key() -> None:
    """Refuse to serve without a private secret key: sessions, CSRF tokens and password-reset
    links are signed with it, and a copy running on a known key can be impersonated."""
    try:
        key = settings.SECRET_KEY
    except ImproperlyConfigured:  # Django's own refusal of an empty key, reworded below
        key = ""
    if not key or key == PUBLIC_KEY:
        raise ImproperlyConfigured(
            "PROVIND_SECRET_KEY is not set: Provind will not start without a private key. "
            "Set PROVIND_SECRET_KEY (or PROVIND_SECRET_KEY_FILE, a file holding it), e.g. "
            '`python -c "import secrets; print(secrets.token_urlsafe(50))"`; `make run` makes '
            "var/secret_key for local use, and PROVIND_DEBUG=true generates one in development. / "
            "Chưa đặt PROVIND_SECRET_KEY: Provind không khởi động khi thiếu khóa bí mật."
        )
