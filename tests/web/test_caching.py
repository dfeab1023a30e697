"""Public pages come from the cache until a figure is added; signed-in users never do."""

from __future__ import annotations

import re

import pytest
from django.core.cache import cache
from django.test import Client

from tests.indicators.factories import add

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def empty_cache():
    cache.clear()


def test_a_public_page_is_cached_until_a_figure_is_added(client):
    add("export_value", "19", "2024-07", "2.5")

    first = client.get("/indicators/export_value/?unit=19")
    second = client.get("/indicators/export_value/?unit=19")
    assert "X-Provind-Cache" not in first
    assert second["X-Provind-Cache"] == "hit"

    def without_request_tokens(response):
        text = re.sub(r'value="[A-Za-z0-9]{64}"', "", response.content.decode())
        return re.sub(r'nonce="[^"]+"', "", text)

    assert without_request_tokens(second) == without_request_tokens(first)

    add("export_value", "19", "2024-08", "3.5")
    third = client.get("/indicators/export_value/?unit=19")
    assert "X-Provind-Cache" not in third
    assert "3,5" in third.content.decode() or "3.5" in third.content.decode()


def test_signed_in_users_and_visitors_with_a_session_get_fresh_pages(client, cast):
    add("export_value", "19", "2024-07", "2.5")
    client.get("/indicators/")
    assert client.get("/indicators/")["X-Provind-Cache"] == "hit"

    client.force_login(cast["viewer"])
    client.get("/indicators/")
    assert "X-Provind-Cache" not in client.get("/indicators/")
    client.logout()
    client.cookies["sessionid"] = "stale"
    assert "X-Provind-Cache" not in client.get("/indicators/")


def _token(response) -> str:
    found = re.search(r'name="csrfmiddlewaretoken" value="([A-Za-z0-9]{64})"', response.content.decode())
    assert found, "no CSRF field in the page"
    return found.group(1)


def test_one_copy_serves_every_visitor_with_their_own_csrf_token_and_nonce():
    """Issue 15: the copy is shared; each reader gets a token of their own secret (a first-time
    visitor gets the cookie with it) and the nonce of their own response's CSP header."""
    first, second = Client(enforce_csrf_checks=True), Client(enforce_csrf_checks=True)
    rendered = first.get("/indicators/")
    assert "X-Provind-Cache" not in rendered

    served = second.get("/indicators/")  # a visitor with no cookie at all

    assert served["X-Provind-Cache"] == "hit"
    assert "\x00" not in served.content.decode()
    assert _token(served) != _token(rendered)
    nonce = re.search(r'<script nonce="([^"]+)"', served.content.decode()).group(1)
    assert f"'nonce-{nonce}'" in served["Content-Security-Policy"]
    assert nonce not in rendered.content.decode()
    # The token works for this visitor's cookie: the language switch accepts it.
    switched = second.post("/i18n/setlang/", {"language": "en", "csrfmiddlewaretoken": _token(served)})
    assert switched.status_code == 302
    refused = Client(enforce_csrf_checks=True)
    refused.get("/")
    assert refused.post("/i18n/setlang/", {"language": "en", "csrfmiddlewaretoken": _token(served)}).status_code == 403
