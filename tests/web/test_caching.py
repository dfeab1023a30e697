"""Public pages come from the cache until a figure is added; signed-in users never do."""

from __future__ import annotations

import pytest
from django.core.cache import cache

from tests.indicators.factories import add

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def empty_cache():
    cache.clear()


def test_a_public_page_is_cached_until_a_figure_is_added(client):
    add("export_value", "19", "2024-07", "2.5")
    client.get("/indicators/export_value/?unit=19")  # sets the CSRF cookie

    first = client.get("/indicators/export_value/?unit=19")
    second = client.get("/indicators/export_value/?unit=19")
    assert "X-Provind-Cache" not in first
    assert second["X-Provind-Cache"] == "hit"
    assert second.content == first.content

    add("export_value", "19", "2024-08", "3.5")
    third = client.get("/indicators/export_value/?unit=19")
    assert "X-Provind-Cache" not in third
    assert "3,5" in third.content.decode() or "3.5" in third.content.decode()


def test_visitors_without_a_csrf_cookie_and_signed_in_users_get_fresh_pages(client, cast):
    add("export_value", "19", "2024-07", "2.5")
    fresh = client.__class__()
    assert "X-Provind-Cache" not in fresh.get("/indicators/")
    assert "X-Provind-Cache" not in fresh.get("/indicators/")

    client.force_login(cast["viewer"])
    client.get("/indicators/")
    assert "X-Provind-Cache" not in client.get("/indicators/")
