"""Guards every request passes before a view sees it: no NUL bytes in parameters (PostgreSQL
refuses them in text and the driver raises), no body larger than an upload may be, and at most
a few failed logins per address and user name in a window."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable

from django.conf import settings
from django.core.cache import cache
from django.http import HttpRequest, HttpResponse
from django.http.multipartparser import MultiPartParserError
from django.urls import reverse
from django.utils.html import escape

from provind.dataio.archives import MAX_BYTES
from provind.dataio.cells import CellError
from provind.errors import InputError
from provind.geography.crosswalk import CrosswalkError
from provind.geography.queries import UnitNotFound

# An upload may be MAX_BYTES; the form fields and multipart framing around it add a little.
MAX_REQUEST_BYTES = MAX_BYTES + 1024 * 1024
LOGIN_FAILURES = 5
LOGIN_WINDOW_SECONDS = 15 * 60


def bad_request(request: HttpRequest, field: str, vi: str, en: str, status: int = 400) -> HttpResponse:
    """The API's error body under /api/, a short bilingual page elsewhere."""
    if request.path.startswith("/api/"):
        body = {"detail": f"{field}: {vi} / {en}", "errors": [{"field": field, "message_vi": vi, "message_en": en}]}
        return HttpResponse(json.dumps(body, ensure_ascii=False), status=status, content_type="application/json")
    page = f'<!doctype html><html lang="vi"><meta charset="utf-8"><title>{status}</title><p>{escape(vi)}</p>'
    return HttpResponse(f'{page}<p lang="en">{escape(en)}</p></html>', status=status)


class RequestGuardMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        try:
            length = int(request.META.get("CONTENT_LENGTH") or 0)
        except ValueError:
            length = 0
        if length > MAX_REQUEST_BYTES:
            mb = MAX_BYTES // (1024 * 1024)
            return bad_request(request, "file", f"tệp lớn hơn {mb} MB", f"the file is larger than {mb} MB")
        if "\x00" in request.path:
            return bad_request(request, "path", "đường dẫn chứa ký tự NUL", "the path contains a NUL character")
        for name, values in request.GET.lists():
            if "\x00" in name or any("\x00" in v for v in values):
                field = name.replace("\x00", "")
                return bad_request(request, field, "tham số chứa ký tự NUL", "the parameter contains a NUL character")
        if request.method == "POST" and request.content_type in (
            "application/x-www-form-urlencoded",
            "multipart/form-data",
        ):
            try:
                fields = list(request.POST.lists())
            except MultiPartParserError:
                return bad_request(request, "body", "nội dung gửi lên bị hỏng", "the request body cannot be parsed")
            for name, values in fields:
                if "\x00" in name or any("\x00" in v for v in values):
                    return bad_request(
                        request, name.replace("\x00", ""), "trường chứa ký tự NUL", "the field contains a NUL character"
                    )
        return self.get_response(request)

    def process_exception(self, request: HttpRequest, exception: Exception) -> HttpResponse | None:
        """A page view that lets bad input through (an unknown province code, a date the
        calendar cannot hold) answers 400 with the reason, not 500. The API has its own handlers."""
        if request.path.startswith("/api/"):
            return None
        if isinstance(exception, InputError):
            return bad_request(request, exception.field, exception.vi, exception.en)
        if isinstance(exception, UnitNotFound):
            return bad_request(
                request,
                "unit",
                f"không có đơn vị hành chính mã “{exception.code}” vào ngày {exception.on:%d/%m/%Y}",
                f"no administrative unit with code “{exception.code}” on {exception.on.isoformat()}",
            )
        if isinstance(exception, CellError | CrosswalkError):
            return bad_request(request, "request", str(exception), str(exception))
        return None


def _login_key(request: HttpRequest) -> str:
    # Behind a proxy REMOTE_ADDR is the proxy; SECURE_PROXY settings make Django trust its
    # X-Forwarded-Proto only, so the limit is per (address seen, user name): an attacker who
    # rotates addresses still meets the per-name limit below.
    username = request.POST.get("username", "").strip().lower()
    digest = hashlib.sha256(f"{request.META.get('REMOTE_ADDR', '')}|{username}".encode()).hexdigest()
    return f"login-failures:{digest}"


def _name_key(request: HttpRequest) -> str:
    username = request.POST.get("username", "").strip().lower()
    return "login-failures-name:" + hashlib.sha256(username.encode()).hexdigest()


class LoginThrottleMiddleware:
    """After LOGIN_FAILURES failed logins for one address and user name (or 4× that for one user
    name from anywhere) within LOGIN_WINDOW_SECONDS, further attempts are refused with 429 until
    the window passes. A successful login clears the address's count."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response
        self.paths = {reverse(settings.LOGIN_URL), reverse("admin:login")}

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if request.method != "POST" or request.path not in self.paths:
            return self.get_response(request)
        key, name_key = _login_key(request), _name_key(request)
        if cache.get(key, 0) >= LOGIN_FAILURES or cache.get(name_key, 0) >= 4 * LOGIN_FAILURES:
            minutes = LOGIN_WINDOW_SECONDS // 60
            return bad_request(
                request,
                "username",
                f"đăng nhập sai quá nhiều lần; hãy thử lại sau {minutes} phút",
                f"too many failed logins; try again in {minutes} minutes",
                status=429,
            )
        response = self.get_response(request)
        if getattr(request, "user", None) is not None and request.user.is_authenticated:
            cache.delete(key)
        else:
            for counter in (key, name_key):
                cache.add(counter, 0, LOGIN_WINDOW_SECONDS)
                try:
                    cache.incr(counter)
                except ValueError:  # expired between add and incr
                    cache.set(counter, 1, LOGIN_WINDOW_SECONDS)
        return response
