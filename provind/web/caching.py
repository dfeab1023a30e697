"""Cache of public pages (Django's cache framework: Redis or local memory, see settings).

Only anonymous GETs are cached, keyed by the newest figure's id, the language and the full
path: a new import changes the key, so no one reads stale figures after it; signed-in users
(who may see unapproved data or forms) always get a fresh page, and so does a visitor with a
session or a pending message (their page may say something meant for them alone).

One copy serves every visitor (issue 15: a copy per visitor's CSRF cookie meant that every
first visit of every page was rendered, a large share of the CPU under load). What a page holds
for one request only is cut out before it is stored and put back for each reader: the CSRF
token of the language form (a new masked token of the reader's own secret, which also gives a
first-time visitor the cookie) and the CSP nonce of the inline scripts (the reader's nonce, so
the scripts still run: the copy used to carry the nonce of the request that rendered it, which
the browser then refused). A page whose tokens are not this request's is not stored.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from typing import Any

from django.conf import settings
from django.contrib.messages.storage.cookie import CookieStorage
from django.core.cache import cache
from django.http import HttpRequest, HttpResponse
from django.middleware.csp import get_nonce
from django.middleware.csrf import get_token
from django.utils.translation import get_language

from provind.indicators.queries import data_version_key

# NUL never appears in a rendered page (nor in stored text: PostgreSQL refuses it, the request
# guard refuses it in parameters), so these marks cannot be forged through page content.
CSRF_MARK = b"\x00provind-csrf\x00"
NONCE_MARK = b"\x00provind-nonce\x00"
CSRF_FIELD = re.compile(rb'name="csrfmiddlewaretoken" value="([A-Za-z0-9]{64})"')


def _token_secret(token: bytes) -> str | None:
    """The CSRF secret a masked token stands for (Django's own unmasking)."""
    from django.middleware.csrf import _unmask_cipher_token  # type: ignore[attr-defined]  # not in the stubs

    try:
        return str(_unmask_cipher_token(token.decode("ascii")))
    except (ValueError, UnicodeDecodeError):
        return None


def _shareable(request: HttpRequest, content: bytes) -> bytes | None:
    """`content` with this request's CSRF tokens and CSP nonce replaced by marks, or None when
    it holds anything else that could belong to this request alone."""
    if b"\x00" in content:
        return None
    secret = request.META.get("CSRF_COOKIE")
    tokens = set(CSRF_FIELD.findall(content))
    if tokens and (not secret or any(_token_secret(t) != secret for t in tokens)):
        return None
    for token in tokens:
        content = content.replace(token, CSRF_MARK)
    nonce = get_nonce(request)
    if nonce:  # generated while rendering: the page's inline scripts carry it
        content = content.replace(f'nonce="{nonce}"'.encode(), b'nonce="' + NONCE_MARK + b'"')
    return content


def _for_reader(request: HttpRequest, content: bytes) -> bytes:
    if CSRF_MARK in content:
        content = content.replace(CSRF_MARK, get_token(request).encode())
    if NONCE_MARK in content:
        content = content.replace(NONCE_MARK, str(get_nonce(request)).encode())
    return content


def _private(request: HttpRequest) -> bool:
    """A request whose page may be meant for this visitor alone (checked before `request.user`,
    which reads the session)."""
    cookies = request.COOKIES
    if settings.SESSION_COOKIE_NAME in cookies or CookieStorage.cookie_name in cookies:
        return True
    return bool(request.user.is_authenticated)


def cache_public(view: Callable[..., Any]) -> Callable[..., Any]:
    return cache_public_with()(view)


def cache_public_with(*versions: Callable[[], str]) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """`cache_public` for a page that also shows what changes with another table: each function
    names that table's state in the key (the start page: `geography_version`)."""
    return functools.partial(_cached, versions=versions)


def _cached(view: Callable[..., Any], *, versions: tuple[Callable[[], str], ...]) -> Callable[..., Any]:
    @functools.wraps(view)
    def wrapped(request: HttpRequest, *args: Any, **kwargs: Any) -> Any:
        if request.method != "GET" or _private(request):
            return view(request, *args, **kwargs)
        state = ":".join([data_version_key(), *(version() for version in versions)])
        key = f"provind:page:{state}:{get_language()}:{request.get_full_path()}"
        cached = cache.get(key)
        if cached is not None:
            content, content_type = cached
            response = HttpResponse(_for_reader(request, content), content_type=content_type)
            response["X-Provind-Cache"] = "hit"
            return response
        response = view(request, *args, **kwargs)
        if response.status_code == 200 and not response.streaming and not response.has_header("Content-Disposition"):
            shared = _shareable(request, response.content)
            if shared is not None:
                cache.set(key, (shared, response["Content-Type"]), settings.PROVIND_PAGE_CACHE_SECONDS)
        return response

    return wrapped
