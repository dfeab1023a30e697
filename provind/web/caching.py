"""Cache of public pages (Django's cache framework: Redis or local memory, see settings).

Only anonymous GETs are cached, keyed by the newest figure's id, the language and the full
path: a new import changes the key, so no one reads stale figures after it; signed-in users
(who may see unapproved data or forms) always get a fresh page. Every page carries a CSRF
token (the language form), so, as Django's own cache_page does through `Vary: Cookie`, the key
includes the visitor's CSRF cookie and a visitor without one is not served from the cache: a
cached token must belong to the cookie of the one who reads it.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any

from django.conf import settings
from django.core.cache import cache
from django.http import HttpRequest, HttpResponse
from django.utils.translation import get_language

from provind.indicators.queries import data_version_key


def cache_public(view: Callable[..., Any]) -> Callable[..., Any]:
    @functools.wraps(view)
    def wrapped(request: HttpRequest, *args: Any, **kwargs: Any) -> Any:
        token = request.COOKIES.get(settings.CSRF_COOKIE_NAME)
        if request.method != "GET" or request.user.is_authenticated or not token:
            return view(request, *args, **kwargs)
        key = f"provind:page:{data_version_key()}:{get_language()}:{token}:{request.get_full_path()}"
        cached = cache.get(key)
        if cached is not None:
            content, content_type = cached
            response = HttpResponse(content, content_type=content_type)
            response["X-Provind-Cache"] = "hit"
            return response
        response = view(request, *args, **kwargs)
        if response.status_code == 200 and not response.streaming and not response.has_header("Content-Disposition"):
            cache.set(key, (response.content, response["Content-Type"]), settings.PROVIND_PAGE_CACHE_SECONDS)
        return response

    return wrapped
