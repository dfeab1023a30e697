"""Test settings: production settings with a fast password hasher and unhashed static files."""

import os
import secrets

# Tests (and the `provind serve` they start) run with a private key made for this run.
os.environ.setdefault("PROVIND_SECRET_KEY", secrets.token_urlsafe(50))

from provind.settings import *  # noqa: E402, F403
from provind.settings import STORAGES  # noqa: E402

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
# The manifest storage needs `collectstatic`; tests read the app's static folders directly.
STORAGES = {**STORAGES, "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}}
WHITENOISE_AUTOREFRESH = True
# Failed-login counts per test process, not in files shared between runs.
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
