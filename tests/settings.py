"""Test settings: production settings with a fast password hasher and unhashed static files."""

from provind.settings import *  # noqa: F403
from provind.settings import STORAGES

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
# The manifest storage needs `collectstatic`; tests read the app's static folders directly.
STORAGES = {**STORAGES, "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}}
WHITENOISE_AUTOREFRESH = True

if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":  # noqa: F405
    import os
    import tempfile

    # A file, not Django's shared-cache memory database: only a file waits for the write lock
    # the way production does (WAL, IMMEDIATE), which the tests racing two clients need.
    DATABASES["default"]["TEST"] = {  # noqa: F405
        "NAME": os.path.join(tempfile.gettempdir(), f"provind-test-{os.getpid()}.sqlite3")
    }
