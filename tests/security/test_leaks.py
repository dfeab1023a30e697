"""Leaks closed: scope on every import row, http(s)-only links, no off-site redirects, stored
texts read back only by those who may, imports through the web audited with their actor."""

from __future__ import annotations

import re

import pytest
from auditlog.models import LogEntry
from django.contrib.auth.models import User
from django.test import Client

from provind.indicators.models import Source
from provind.projects.imports import import_project_workbook
from provind.projects.models import Agency, KeyProject, Organisation
from tests.projects.factories import make_agency, make_obstacle, make_project
from tests.projects.test_imports import _workbook

pytestmark = pytest.mark.django_db


def test_a_commune_officer_cannot_rewrite_an_agency_through_the_project_import(cast: dict[str, User]) -> None:
    agency = make_agency("Sở Công Thương (thử)", "sct@example.test")
    data = _workbook({"agencies": [{"name": agency.name, "email": "attacker@evil.example"}]})
    result = import_project_workbook(data, "du-an.xlsx", user=cast["commune_officer"], check_scope=True)
    assert not result.ok
    assert any(p.rule == "scope" and "agency" in p.en for p in result.errors)
    assert Agency.objects.get(pk=agency.pk).email == "sct@example.test"
    # The Department's editor may; re-uploading unchanged agencies needs no right at all.
    assert import_project_workbook(data, "du-an.xlsx", user=cast["department_editor"], check_scope=True).ok
    again = import_project_workbook(data, "du-an.xlsx", user=cast["commune_officer"], check_scope=True)
    assert again.ok, [p.as_text() for p in again.errors]


def test_a_commune_officer_cannot_change_the_investor_of_a_province_project(cast: dict[str, User]) -> None:
    investor = Organisation.objects.create(name="Công ty Điện (thử)", short_name="ĐIỆN", tax_code="0101")
    make_project("tinh", "Dự án cấp tỉnh (thử)", unit_codes=("19",), investor=investor)
    own = make_project("xa", "Dự án của xã (thử)", unit_codes=("05503",), investor=investor)
    row = {
        "code": own.code,
        "name": own.name,
        "category": own.category,
        "investor": investor.name,
        "investor_short_name": "HACKED",
        "investor_tax_code": "9999",
        "units": "05503",
        "units_on": "01/07/2025",
    }
    result = import_project_workbook(
        _workbook({"projects": [row]}), "p.xlsx", user=cast["commune_officer"], check_scope=True
    )
    assert not result.ok
    assert any(p.rule == "scope" and "investor" in p.en for p in result.errors)
    investor.refresh_from_db()
    assert (investor.short_name, investor.tax_code) == ("ĐIỆN", "0101")


def test_a_javascript_address_is_refused_on_import_and_never_rendered_as_a_link(client: Client) -> None:
    project = make_project("lien-ket", "Dự án liên kết (thử)")
    row = {"project": project.code, "title": "Quyết định (thử)", "url": "javascript:alert(25)"}
    result = import_project_workbook(_workbook({"documents": [row]}), "d.xlsx")
    assert not result.ok
    assert "http(s)" in result.errors[0].en
    # Stored before this rule, or written by another path: shown as text, never as a link.
    project.documents.create(title="Cũ (thử)", url="javascript:alert(25)")
    page = client.get(f"/projects/{project.code}/").content.decode()
    assert "Cũ (thử)" in page
    assert 'href="javascript' not in page.lower()


def test_obstacle_actions_never_redirect_off_site(client: Client, cast: dict[str, User]) -> None:
    project = make_project()
    client.force_login(cast["admin"])
    for target in ("//evil.example/x", "https://evil.example/", "/\\evil.example", "/projects/"):
        obstacle = make_obstacle(project, description=f"Vướng mắc {target} (thử)")
        response = client.post(f"/projects/obstacles/{obstacle.pk}/start/", {"text": "bắt đầu", "next": target})
        assert response.status_code == 302
        assert "evil.example" not in response["Location"], target
        # A refused action's "back" link is checked the same way.
        again = client.post(f"/projects/obstacles/{obstacle.pk}/start/", {"text": "lại", "next": target})
        assert again.status_code == 400
        assert "evil.example" not in again.content.decode()
    assert response["Location"] == "/projects/"


def test_stored_texts_are_read_back_only_by_their_author_and_the_department(
    client: Client, cast: dict[str, User]
) -> None:
    client.force_login(cast["commune_officer"])
    created = client.post("/data/text/", {"text": "Sản xuất công nghiệp tăng 10%.", "region": "Thái Nguyên"})
    assert created.status_code == 302
    source = Source.objects.get(pk=int(re.findall(r"/data/text/(\d+)/", created["Location"])[0]))
    assert source.entered_by == cast["commune_officer"]
    assert client.get(f"/data/text/{source.pk}/").status_code == 200
    other = Source.objects.create(title="Báo cáo của người khác (thử)", text="bí mật", entered_by=cast["admin"])
    assert client.get(f"/data/text/{other.pk}/").status_code == 404
    client.force_login(cast["department_editor"])
    assert client.get(f"/data/text/{other.pk}/").status_code == 200


def test_a_javascript_address_is_refused_for_a_pasted_text(client: Client, cast: dict[str, User]) -> None:
    client.force_login(cast["department_editor"])
    response = client.post("/data/text/", {"text": "IIP tăng 5%.", "url": "javascript:alert(1)"})
    assert response.status_code == 400
    assert not Source.objects.filter(url__startswith="javascript").exists()


def test_a_web_import_records_its_actor_in_the_audit_log(client: Client, cast: dict[str, User]) -> None:
    client.force_login(cast["department_editor"])
    data = _workbook(
        {
            "projects": [
                {
                    "code": "audit-thu",
                    "name": "Dự án kiểm toán (thử)",
                    "category": "solar",
                    "units": "05503",
                    "units_on": "01/07/2025",
                }
            ]
        }
    )
    from django.core.files.uploadedfile import SimpleUploadedFile

    checked = client.post("/data/import/projects/", {"file": SimpleUploadedFile("p.xlsx", data)})
    assert checked.status_code == 200
    digest = checked.context["digest"]
    saved = client.post("/data/import/projects/", {"digest": digest, "name": "p.xlsx", "commit": "1"})
    assert saved.status_code == 200
    project = KeyProject.objects.get(code="audit-thu")
    entries = LogEntry.objects.get_for_object(project)
    assert entries.exists()
    assert {e.actor for e in entries} == {cast["department_editor"]}


def test_a_web_observation_import_records_its_actor(client: Client, cast: dict[str, User]) -> None:
    import io

    from django.core.files.uploadedfile import SimpleUploadedFile
    from openpyxl import Workbook

    from provind.indicators.imports import COLUMNS
    from tests.indicators.test_imports import row

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(COLUMNS)
    sheet.append([row(value=17.6).get(c) for c in COLUMNS])
    buffer = io.BytesIO()
    book.save(buffer)
    client.force_login(cast["department_editor"])
    checked = client.post("/data/import/", {"file": SimpleUploadedFile("so-lieu.xlsx", buffer.getvalue())})
    assert checked.status_code == 200, checked.content.decode()[:500]
    saved = client.post("/data/import/", {"digest": checked.context["digest"], "name": "so-lieu.xlsx", "commit": "1"})
    assert saved.context["committed"]
    entry = LogEntry.objects.filter(changes__icontains="observations_imported").latest("timestamp")
    assert entry.actor == cast["department_editor"]
