"""Sets, per request, whether the reader sees only published figures (see visibility.py)."""

from __future__ import annotations

from collections.abc import Callable

from django.http import HttpRequest, HttpResponse

from provind.approvals.visibility import reading_as


class PublishedOnlyMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        with reading_as(request.user):
            return self.get_response(request)
