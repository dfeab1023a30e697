"""One settings file; every knob comes from the environment with a safe default.

Every variable read here is documented in `.env.example` (a test checks it).
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
from pathlib import Path
from typing import Any

import dj_database_url
import django_stubs_ext
from django.core.exceptions import ImproperlyConfigured
from django.utils.csp import CSP
from dotenv import load_dotenv

# Lets `admin.ModelAdmin[Model]` and `QuerySet[Model]` be subscripted at run time for typing.
django_stubs_ext.monkeypatch()

BASE_DIR = Path(__file__).resolve().parent.parent
# sha256 of `this.form.submit()`, the home page's onchange handler (CSP 'unsafe-hashes').
HOME_PICKER_HASH = "'sha256-" + base64.b64encode(hashlib.sha256(b"this.form.submit()").digest()).decode() + "'"


def env(name: str, default: str) -> str:
    # An empty value (as in a copied .env.example) means "use the default".
    return os.environ.get(name) or default


def env_bool(name: str, default: bool) -> bool:
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name: str, default: str) -> list[str]:
    return [item.strip() for item in env(name, default).split(",") if item.strip()]


# --- .env file (issue 11) ---
# `.env` beside the repository (or PROVIND_ENV_FILE) fills in what the environment does not set:
# a variable exported in the environment always wins over the file.
ENV_FILE = Path(env("PROVIND_ENV_FILE", str(BASE_DIR / ".env")))
load_dotenv(ENV_FILE, override=False)


DEBUG = env_bool("PROVIND_DEBUG", False)
ALLOWED_HOSTS = env_list("PROVIND_ALLOWED_HOSTS", "127.0.0.1,localhost,[::1]")
CSRF_TRUSTED_ORIGINS = env_list("PROVIND_CSRF_TRUSTED_ORIGINS", "")
VAR_DIR = Path(env("PROVIND_VAR_DIR", str(BASE_DIR / "var")))


def _secret_key() -> str:
    """PROVIND_SECRET_KEY, or the first line of the file PROVIND_SECRET_KEY_FILE names (`make run`
    writes one under var/ for local use). With neither, development (PROVIND_DEBUG=true) gets a
    key generated once under var/; otherwise the key stays empty and `provind serve` and the WSGI
    application refuse to start (provind/deployment.py): there is no public default key."""
    key = env("PROVIND_SECRET_KEY", "")
    path = env("PROVIND_SECRET_KEY_FILE", "")
    if not key and path and Path(path).is_file():
        key = Path(path).read_text(encoding="utf-8").strip()
    if not key and DEBUG:
        local = VAR_DIR / "secret_key"
        if not local.is_file():
            import secrets

            local.parent.mkdir(parents=True, exist_ok=True)
            local.write_text(secrets.token_urlsafe(50), encoding="utf-8")
            local.chmod(0o600)
        key = local.read_text(encoding="utf-8").strip()
    return key


SECRET_KEY = _secret_key()
DATA_DIR = Path(env("PROVIND_DATA_DIR", str(BASE_DIR / "data")))

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "auditlog",
    # Listed so the API docs page serves Swagger UI from the package's own static files, offline.
    "ninja",
    "provind.geography",
    "provind.accounts",
    "provind.indicators",
    "provind.dataio",
    "provind.projects",
    "provind.clusters",
    "provind.approvals",
    "provind.reports",
    # Django 6.1 ships only the immediate and dummy task backends; this is the database one.
    "django_tasks_db",
    "provind.analysis",
    "provind.web",
    "provind.api",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "django.middleware.csp.ContentSecurityPolicyMiddleware",
    "provind.middleware.RequestGuardMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "provind.web.middleware.VietnameseFirstLocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "provind.middleware.LoginThrottleMiddleware",
    "provind.approvals.middleware.PublishedOnlyMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "auditlog.middleware.AuditlogMiddleware",
]

ROOT_URLCONF = "provind.urls"
WSGI_APPLICATION = "provind.wsgi.application"

TEMPLATES: list[dict[str, Any]] = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.csp",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

# SQLite under var/ is the embedded default; DATABASE_URL=postgres://... switches to PostgreSQL.
DATABASES = {
    "default": dj_database_url.parse(
        env("DATABASE_URL", f"sqlite:///{VAR_DIR / 'provind.sqlite3'}"),
        conn_max_age=int(env("PROVIND_DB_CONN_MAX_AGE", "60")),
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # The embedded default must work on a fresh clone, where var/ does not exist yet.
    Path(DATABASES["default"]["NAME"]).parent.mkdir(parents=True, exist_ok=True)
    # WAL lets the web workers read while an import writes.
    DATABASES["default"]["OPTIONS"] = {
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
        "transaction_mode": "IMMEDIATE",
    }
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
]
LOGIN_URL = "web:login"
LOGIN_REDIRECT_URL = "web:home"
LOGOUT_REDIRECT_URL = "web:home"

LANGUAGE_CODE = "vi"
LANGUAGES = [("vi", "Tiếng Việt"), ("en", "English")]
LOCALE_PATHS = [BASE_DIR / "provind" / "locale"]
TIME_ZONE = env("PROVIND_TIME_ZONE", "Asia/Ho_Chi_Minh")
USE_I18N = True
USE_TZ = True
# Vietnamese formats (45.000,5 and 26/11/2026) come from provind/formats/vi.
FORMAT_MODULE_PATH = ["provind.formats"]
USE_THOUSAND_SEPARATOR = True

STATIC_URL = "/static/"
STATIC_ROOT = VAR_DIR / "static"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
MEDIA_ROOT = VAR_DIR / "media"

# Background jobs (report generation) run in `provind manage db_worker`, which `provind serve` starts.
TASKS = {"default": {"BACKEND": env("PROVIND_TASKS_BACKEND", "django_tasks_db.DatabaseBackend"), "QUEUES": ["default"]}}

# Django 6.1 mailers. The default writes each message to var/mail/ (development); set
# PROVIND_EMAIL_BACKEND=django.core.mail.backends.smtp.EmailBackend with PROVIND_SMTP_* in production.
_email_backend = env("PROVIND_EMAIL_BACKEND", "django.core.mail.backends.filebased.EmailBackend")
_email_options: dict[str, Any] = {}
if _email_backend.endswith("filebased.EmailBackend"):
    _email_options = {"file_path": str(VAR_DIR / "mail")}
elif _email_backend.endswith("smtp.EmailBackend"):
    _email_options = {
        "host": env("PROVIND_SMTP_HOST", "localhost"),
        "port": int(env("PROVIND_SMTP_PORT", "25")),
        "username": env("PROVIND_SMTP_USER", ""),
        "password": env("PROVIND_SMTP_PASSWORD", ""),
        "use_tls": env_bool("PROVIND_SMTP_TLS", False),
    }
MAILERS = {"default": {"BACKEND": _email_backend, "OPTIONS": _email_options}}
DEFAULT_FROM_EMAIL = env("PROVIND_DEFAULT_FROM_EMAIL", "provind@localhost")

# HTTPS. Behind a reverse proxy that terminates TLS, set PROVIND_PROXY_SSL_HEADER=true so
# Django trusts the proxy's X-Forwarded-Proto (only then: a client could send it itself).
# .env.production.example lists the production values `manage.py check --deploy` accepts.
HTTPS = env_bool("PROVIND_HTTPS", False)
SECURE_SSL_REDIRECT = HTTPS
SESSION_COOKIE_SECURE = HTTPS or env_bool("PROVIND_SECURE_COOKIES", False)
CSRF_COOKIE_SECURE = SESSION_COOKIE_SECURE
SECURE_HSTS_SECONDS = int(env("PROVIND_HSTS_SECONDS", "0"))
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("PROVIND_HSTS_INCLUDE_SUBDOMAINS", False)
SECURE_HSTS_PRELOAD = env_bool("PROVIND_HSTS_PRELOAD", False)
if env_bool("PROVIND_PROXY_SSL_HEADER", False):
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
SESSION_COOKIE_HTTPONLY = True

# Content-Security-Policy (Django's own middleware). Scripts: our static files and inline
# blocks carrying the request's nonce. 'unsafe-eval' because Vega compiles chart expressions
# with Function(); the hash allows the one inline handler (the home page's period picker).
SECURE_CSP = {
    "default-src": [CSP.SELF],
    "script-src": [CSP.SELF, CSP.NONCE, CSP.UNSAFE_EVAL, CSP.UNSAFE_HASHES, HOME_PICKER_HASH],
    "style-src": [CSP.SELF, CSP.UNSAFE_INLINE],
    "img-src": [CSP.SELF, "data:", "blob:"],
    "font-src": [CSP.SELF, "data:"],
    "connect-src": [CSP.SELF],
    "object-src": [CSP.NONE],
    "base-uri": [CSP.SELF],
    "form-action": [CSP.SELF],
    "frame-ancestors": [CSP.NONE],
}


# Uploaded files kept for a check-then-commit import or as a text source: removed after this
# many days by `provind purge-uploads` (files still referenced by a stored source are kept).
UPLOAD_RETENTION_DAYS = int(env("PROVIND_UPLOAD_RETENTION_DAYS", "30"))

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env("PROVIND_LOG_LEVEL", "INFO")},
}

# --- Home province and Decree 32 (issue 11) ---
# The province this deployment serves (administrative code; 19 = Thái Nguyên, the same code before
# and after the 2025 merger). Pages, the API and the CLI default to it; the cluster loader files
# clusters under it when a row names no province. Another province runs Provind by changing it.
PROVIND_HOME_PROVINCE = env("PROVIND_HOME_PROVINCE", "19")
# Decree 32/2024 values that a province may set differently (JSON object, e.g.
# {"max_area_ha": 100, "appraisal_basis": "working"}); see docs/configuration.md for the names.
PROVIND_DECREE32_RULES: dict[str, Any] = json.loads(env("PROVIND_DECREE32_RULES", "{}"))
if not isinstance(PROVIND_DECREE32_RULES, dict):
    raise ImproperlyConfigured('PROVIND_DECREE32_RULES must be a JSON object, e.g. {"max_area_ha": 75}')
# Economic-structure warnings (Phân tích): the foreign-invested share of industrial output (%)
# and the Herfindahl–Hirschman index (0–10,000) from which a dependence warning is shown.
PROVIND_DEPENDENCE_FDI_SHARE = float(env("PROVIND_DEPENDENCE_FDI_SHARE", "70"))
PROVIND_DEPENDENCE_HHI = float(env("PROVIND_DEPENDENCE_HHI", "2500"))
# Read replica (issue 15, docs/deploy/): reads go to the replica, writes to DATABASE_URL.
_replica_url = env("PROVIND_REPLICA_DATABASE_URL", "")
if _replica_url:
    DATABASES["replica"] = dj_database_url.parse(_replica_url, conn_max_age=int(env("PROVIND_DB_CONN_MAX_AGE", "60")))
    DATABASES["replica"]["TEST"] = {"MIRROR": "default"}
    DATABASE_ROUTERS = ["provind.dbrouters.ReplicaRouter"]

# Cache of public pages (issue 15): Redis when PROVIND_CACHE_URL is set (redis://127.0.0.1:6379/1),
# else files under var/cache. Keys carry the data version, so an import shows at once. The
# failed-login counts (provind/middleware.py) live there too, so every gunicorn worker shares
# them (a per-worker memory cache would not).
_cache_url = env("PROVIND_CACHE_URL", "")
CACHES: dict[str, dict[str, Any]] = {
    "default": (
        {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": _cache_url}
        if _cache_url
        else {"BACKEND": "django.core.cache.backends.filebased.FileBasedCache", "LOCATION": str(VAR_DIR / "cache")}
    )
}
PROVIND_PAGE_CACHE_SECONDS = int(env("PROVIND_PAGE_CACHE_SECONDS", "300"))
