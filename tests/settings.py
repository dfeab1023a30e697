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

if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":  # noqa: F405
    import os
    import tempfile

    # A file, not Django's shared-cache memory database: only a file waits for the write lock
    # the way production does (WAL, IMMEDIATE), which the tests racing two clients need.
    DATABASES["default"]["TEST"] = {  # noqa: F405
        "NAME": os.path.join(tempfile.gettempdir(), f"provind-test-{os.getpid()}.sqlite3")
    }
