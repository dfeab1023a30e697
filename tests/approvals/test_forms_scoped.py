"""Draft Forms 03/04 are read like they are written (audit 15r, item 3): a commune officer reads
their own commune's draft Form 03, not another commune's; a cluster investor reads no draft
summary; the Department's editors read every draft; once published, every signed-in user reads."""

from __future__ import annotations

import datetime as dt

import pytest

from provind.approvals.services import move
from provind.geography.queries import resolve_unit

pytestmark = pytest.mark.django_db

WINDOW = "2025"
OWN, OTHER = "05503", "05500"  # the cast's commune officer is scoped to 05503 (Tân Cương)


def _statuses(client, form: str, unit: str) -> tuple[int, int]:
    key = "province" if form == "04" else "unit"
    api = client.get(f"/api/v1/forms/{form}", {key: unit, "window": WINDOW})
    page = client.get(f"/clusters/forms/{form}/", {"unit": unit, "window": WINDOW})
    return api.status_code, page.status_code


@pytest.mark.parametrize(
    ("role", "form", "unit", "expected"),
    [
        ("commune_officer", "03", OWN, (200, 200)),
        ("commune_officer", "03", OTHER, (403, 403)),
        ("commune_officer", "04", "19", (403, 403)),
        ("cluster_investor", "03", OWN, (403, 403)),
        ("cluster_investor", "04", "19", (403, 403)),
        ("department_editor", "03", OTHER, (200, 200)),
        ("department_editor", "04", "19", (200, 200)),
        ("admin", "03", OTHER, (200, 200)),
    ],
)
def test_draft_forms_are_read_within_the_scope_they_are_written_in(client, cast, role, form, unit, expected):
    client.force_login(cast[role])
    assert _statuses(client, form, unit) == expected


def test_the_refusal_says_why_in_both_languages(client, cast):
    client.force_login(cast["commune_officer"])
    response = client.get("/api/v1/forms/03", {"unit": OTHER, "window": WINDOW})
    assert response.status_code == 403
    assert "chưa được Sở duyệt và công bố" in response.json()["detail"]
    assert "not yet approved" in response.json()["detail"]


def test_a_published_form_03_is_read_by_every_signed_in_role(client, cast):
    unit = resolve_unit(OTHER, dt.date(2025, 12, 14))
    for step in ("submit", "approve", "publish"):
        move(step, kind="form03", unit=unit, period=WINDOW, by=None)
    for role in ("commune_officer", "cluster_investor", "viewer"):
        client.force_login(cast[role])
        assert _statuses(client, "03", OTHER) == (200, 200), role
