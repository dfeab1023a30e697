"""Who sees figures that are not yet published (audit 15r, item 2): the Department's editors and
administrators everywhere; a commune officer only in their own communes; a cluster investor, an
outside company, and viewers only published figures."""

from __future__ import annotations

import pytest

from tests.indicators.factories import add

pytestmark = pytest.mark.django_db

PERIOD = "2025-12"  # after the 2025 reorganisation, when commune 05503 (Tân Cương) exists


@pytest.fixture
def drafts():
    add("export_value", "19", "2025-H1", "14.1")  # published, province
    add("export_value", "19", PERIOD, "17.61", published=False)  # draft, province
    add("export_value", "05503", PERIOD, "2.57", published=False)  # draft, the officer's commune
    add("export_value", "05500", PERIOD, "3.5", published=False)  # draft, another commune


def _seen(client) -> list[tuple[str, str]]:
    response = client.get("/api/v1/observations", {"indicator": "export_value"})
    assert response.status_code == 200
    return sorted((o["unit"], o["period"]) for o in response.json())


PUBLISHED = [("19", "2025-H1")]
EVERYTHING = sorted([("19", "2025-H1"), ("19", PERIOD), ("05503", PERIOD), ("05500", PERIOD)])


@pytest.mark.parametrize(
    ("role", "expected"),
    [
        ("admin", EVERYTHING),
        ("department_editor", EVERYTHING),
        ("commune_officer", sorted([*PUBLISHED, ("05503", PERIOD)])),
        ("cluster_investor", PUBLISHED),
        ("viewer", PUBLISHED),
    ],
)
def test_unpublished_figures_by_role(client, cast, drafts, role, expected):
    client.force_login(cast[role])
    assert _seen(client) == expected


def test_a_cluster_investor_does_not_see_the_provinces_draft_on_the_indicator_page(client, cast, drafts):
    client.force_login(cast["cluster_investor"])
    page = client.get("/indicators/export_value/", {"unit": "19"}).content.decode()
    assert "14,1" in page
    assert "17,61" not in page
    assert "chưa duyệt" not in page


def test_a_commune_officer_sees_their_communes_draft_marked_not_approved(client, cast, drafts):
    client.force_login(cast["commune_officer"])
    own = client.get("/indicators/export_value/", {"unit": "05503"}).content.decode()
    province = client.get("/indicators/export_value/", {"unit": "19"}).content.decode()
    assert "2,57" in own
    assert "chưa duyệt" in own
    assert "17,61" not in province
