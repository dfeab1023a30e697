import io

import pytest
from openpyxl import Workbook

from provind.projects.imports import SHEETS, import_project_workbook
from provind.projects.models import KeyProject, Obstacle
from tests.projects.factories import make_project

pytestmark = pytest.mark.django_db


def _workbook(sheets):
    book = Workbook()
    book.remove(book.active)
    for name, rows in sheets.items():
        sheet = book.create_sheet(name)
        required, optional = SHEETS[name]
        columns = required + optional
        sheet.append(columns)
        for row in rows:
            sheet.append([row.get(c) for c in columns])
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


GOOD = {
    "agencies": [{"name": "Sở Xây dựng (thử)", "email": "sxd@example.test"}],
    "projects": [
        {
            "code": "nhap-thu",
            "name": "Dự án nhập thử",
            "category": "solar",
            "total_investment": "1.234,5",
            "units": "05503",
            "units_on": "01/07/2025",
        }
    ],
    "milestones": [{"project": "nhap-thu", "stage": "construction_start", "planned_on": "15/09/2025"}],
    "obstacles": [
        {
            "project": "nhap-thu",
            "description": "Chưa có giấy phép xây dựng",
            "category": "procedure",
            "agency": "Sở Xây dựng (thử)",
            "raised_on": "24/01/2025",
            "response_days": 5,
        }
    ],
}


def test_it_checks_a_workbook_in_a_dry_run_without_saving():
    result = import_project_workbook(_workbook(GOOD), "du-an.xlsx", dry_run=True)

    assert result.ok
    assert result.sheets["projects"].created == 1
    assert result.sheets["obstacles"].created == 1
    assert not result.saved
    assert not KeyProject.objects.filter(code="nhap-thu").exists()


def test_it_imports_all_sheets_and_changes_nothing_on_reupload():
    data = _workbook(GOOD)

    first = import_project_workbook(data, "du-an.xlsx")
    again = import_project_workbook(data, "du-an.xlsx")

    project = KeyProject.objects.get(code="nhap-thu")
    assert first.saved
    assert str(project.total_investment) == "1234.5"
    assert Obstacle.objects.get().deadline.isoformat() == "2025-02-07"  # 5 working days over Tết
    assert again.count("created") == 0
    assert again.count("updated") == 0
    assert Obstacle.objects.count() == 1


def test_it_saves_nothing_when_one_row_is_wrong_and_names_row_and_column():
    bad = {**GOOD, "milestones": [*GOOD["milestones"], {"project": "nhap-thu", "stage": "ribbon", "planned_on": "x"}]}

    result = import_project_workbook(_workbook(bad), "du-an.xlsx")

    assert not result.ok
    problems = {(p.row, p.column) for p in result.errors}
    assert (3, "milestones.stage") in problems
    assert (3, "milestones.planned_on") in problems
    assert all(p.vi and p.en for p in result.errors)
    assert not KeyProject.objects.filter(code="nhap-thu").exists()


def test_it_keeps_scoped_users_to_their_projects(cast):
    make_project("o-xa-khac", unit_codes=("05941",))  # Điềm Thụy
    sheets = {"obstacles": [{**GOOD["obstacles"][0], "project": "o-xa-khac"}], "agencies": GOOD["agencies"]}

    result = import_project_workbook(_workbook(sheets), "x.xlsx", user=cast["commune_officer"], check_scope=True)

    # The obstacle row and (issue 10) the new agency: a commune officer adds neither.
    assert {p.column for p in result.errors if p.rule == "scope"} == {"agencies.name", "obstacles.project"}
    assert not Obstacle.objects.exists()


def test_it_checks_then_saves_an_upload_from_the_data_entry_page(client, cast, tmp_path, settings):
    import io

    from provind.projects.models import KeyProject

    settings.MEDIA_ROOT = tmp_path
    client.force_login(cast["admin"])
    upload = io.BytesIO(_workbook(GOOD))
    upload.name = "du-an.xlsx"

    checked = client.post("/data/import/projects/", {"file": upload})
    before = KeyProject.objects.count()
    saved = client.post(
        "/data/import/projects/", {"digest": checked.context["digest"], "name": "du-an.xlsx", "commit": "1"}
    )

    assert checked.status_code == 200
    assert before == 0
    assert saved.context["committed"] is True
    assert KeyProject.objects.count() > 0
    client.force_login(cast["viewer"])
    assert client.get("/data/import/projects/").status_code == 403


def test_a_milestone_saved_after_the_file_was_made_is_not_overwritten():
    import datetime as dt

    from provind.projects.models import Milestone

    import_project_workbook(_workbook(GOOD), "du-an.xlsx")
    milestone = Milestone.objects.get(project__code="nhap-thu")
    made_at = milestone.version
    milestone.actual_on, milestone.achieved = dt.date(2025, 9, 20), True  # recorded on the page meanwhile
    milestone.save()
    late = {"milestones": [{**GOOD["milestones"][0], "planned_on": "30/09/2025", "version": made_at}]}

    result = import_project_workbook(_workbook(late), "du-an.xlsx")

    assert not result.ok
    (problem,) = result.errors
    assert (problem.row, problem.column) == (2, "milestones.version")
    assert "20/09/2025" in problem.vi
    assert "20/09/2025" in problem.en
    milestone.refresh_from_db()
    assert (milestone.planned_on, milestone.actual_on) == (dt.date(2025, 9, 15), dt.date(2025, 9, 20))
    row = {**GOOD["milestones"][0], "planned_on": "30/09/2025", "actual_on": "20/09/2025"}
    current = {"milestones": [{**row, "version": milestone.version}]}
    assert import_project_workbook(_workbook(current), "du-an.xlsx").ok
    milestone.refresh_from_db()
    assert milestone.planned_on == dt.date(2025, 9, 30)
