"""An admin save made from a page that is older than the stored record is refused, naming what
changed; nothing is reverted. Covers a plain change page (an agency) and an inline row (a
milestone on the project page), the way an administrator's browser sends them: every field of
the page, touched or not."""

from __future__ import annotations

import datetime as dt
from html.parser import HTMLParser

import pytest
from django.contrib.auth.models import User
from django.test import Client

from provind.projects.models import Agency, Milestone
from tests.projects.factories import make_milestone, make_project

pytestmark = pytest.mark.django_db


class _Form(HTMLParser):
    """The values a browser would send for the page's main form (no file inputs)."""

    def __init__(self) -> None:
        super().__init__()
        self.data: dict[str, str] = {}
        self._select: str | None = None
        self._textarea: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        name = a.get("name", "")
        if tag == "input" and name and a.get("type") not in ("submit", "file", "checkbox"):
            self.data[name] = a.get("value", "")
        elif tag == "input" and name and a.get("type") == "checkbox" and "checked" in a:
            self.data[name] = a.get("value", "on")
        elif tag == "select" and name:
            self._select = name
        elif tag == "option" and self._select and "selected" in a:
            self.data[self._select] = a.get("value", "")
        elif tag == "textarea" and name:
            self._textarea = name
            self.data[name] = ""

    def handle_endtag(self, tag: str) -> None:
        if tag == "select":
            self._select = None
        if tag == "textarea":
            self._textarea = None

    def handle_data(self, data: str) -> None:
        if self._textarea:
            self.data[self._textarea] += data.lstrip("\n") if not self.data[self._textarea] else data


def _page(client: Client, url: str) -> dict[str, str]:
    response = client.get(url)
    assert response.status_code == 200
    parser = _Form()
    parser.feed(response.content.decode())
    parser.data.pop("q", None)  # the admin's search box
    return parser.data


@pytest.fixture
def admin_client(client: Client) -> Client:
    client.force_login(User.objects.create_superuser("quan-tri-thu", password="x"))
    return client


def test_a_stale_admin_page_does_not_undo_anothers_save(admin_client: Client) -> None:
    agency = Agency.objects.create(name="Sở Xây dựng (thử)", short_name="SXD", email="cu@example.vn")
    url = f"/admin/projects/agency/{agency.pk}/change/"
    page = _page(admin_client, url)
    assert page["seen_state"]
    Agency.objects.filter(pk=agency.pk).update(email="moi@example.vn")  # someone else saves first

    page["short_name"] = "SXD-TN"  # the administrator only touched this field
    response = admin_client.post(url, page)
    assert response.status_code == 200
    text = response.content.decode()
    assert "Người khác đã sửa bản ghi này" in text
    assert "moi@example.vn" in text
    agency.refresh_from_db()
    assert (agency.short_name, agency.email) == ("SXD", "moi@example.vn")

    fresh = _page(admin_client, url)  # after reloading, the edit goes through
    fresh["short_name"] = "SXD-TN"
    assert admin_client.post(url, fresh).status_code == 302
    agency.refresh_from_db()
    assert (agency.short_name, agency.email) == ("SXD-TN", "moi@example.vn")


def test_a_stale_inline_milestone_keeps_the_recorded_date(admin_client: Client) -> None:
    project = make_project()
    milestone = make_milestone(project, "construction_start", "2025-09-15")
    url = f"/admin/projects/keyproject/{project.pk}/change/"
    page = _page(admin_client, url)
    # Meanwhile an officer records the actual start on the project page.
    Milestone.objects.filter(pk=milestone.pk).update(actual_on=dt.date(2025, 9, 20), achieved=True)

    page["name"] = project.name + " (sửa tên)"
    response = admin_client.post(url, page)
    assert response.status_code == 200
    assert "Người khác đã sửa bản ghi này" in response.content.decode()
    milestone.refresh_from_db()
    project.refresh_from_db()
    assert milestone.actual_on == dt.date(2025, 9, 20)
    assert milestone.achieved
    assert not project.name.endswith("(sửa tên)")


def test_an_untouched_stale_inline_is_not_an_obstacle(admin_client: Client) -> None:
    """A row the administrator did not change and whose stored values equal what the page shows
    is saved as before: only real conflicts are refused."""
    project = make_project()
    make_milestone(project, "construction_start", "2025-09-15")
    url = f"/admin/projects/keyproject/{project.pk}/change/"
    page = _page(admin_client, url)
    page["name"] = project.name + " (sửa tên)"
    assert admin_client.post(url, page).status_code == 302
    project.refresh_from_db()
    assert project.name.endswith("(sửa tên)")
