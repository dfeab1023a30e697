import datetime as dt
import io

import pytest
from django.conf import settings
from openpyxl import load_workbook
from pypdf import PdfReader

from provind.projects.loading import load_projects
from provind.projects.models import Milestone, ObstacleStatus, Stage
from tests.projects.factories import make_agency, make_milestone, make_obstacle, make_project

pytestmark = pytest.mark.django_db
FOLDER = settings.DATA_DIR / "thai_nguyen" / "projects"


def test_it_shows_the_portfolio_by_category_with_the_map(client):
    load_projects(FOLDER)

    response = client.get("/projects/")

    html = response.content.decode()
    assert response.status_code == 200
    assert html.count('data-testid="project-row"') == 4
    assert "Trạm biến áp 220 kV Phú Bình 2" in html
    layers = html.split('id="map-layers" type="application/json">')[1].split("</script>")[0]
    assert '"/projects/220kv-phu-binh-2/"' in layers  # on the map, at its communes
    assert "14/04/2025" in html  # the current stage of Phú Bình 2 with its date


def test_it_filters_the_portfolio_by_stage_and_category(client):
    load_projects(FOLDER)

    none_yet = client.get("/projects/", {"stage": "none"}).content.decode()
    other = client.get("/projects/", {"category": "solar"}).content.decode()
    bad = client.get("/projects/", {"on": "14/4/2025"})

    assert none_yet.count('data-testid="project-row"') == 2  # Sông Công (under appraisal) and Đại Từ
    assert other.count('data-testid="project-row"') == 0
    assert bad.status_code == 400


def test_it_moves_a_milestone_later_into_the_late_list_and_the_timeline(client, cast):
    # given a project whose construction start is planned after "today"
    project = make_project()
    milestone = make_milestone(project, Stage.CONSTRUCTION_START, planned="2025-09-01")
    before_list = client.get("/projects/", {"on": "2025-08-20"}).content.decode()
    before_page = client.get(f"/projects/{project.code}/", {"on": "2025-08-20"}).content.decode()

    # when an editor records that it actually started later than planned
    client.force_login(cast["department_editor"])
    client.post(
        f"/projects/milestones/{milestone.pk}/",
        {f"m{milestone.pk}-planned_on": "2025-09-01", f"m{milestone.pk}-actual_on": "2025-09-15"},
    )
    after_list = client.get("/projects/", {"on": "2025-09-20"}).content.decode()
    after_page = client.get(f"/projects/{project.code}/", {"on": "2025-09-20"}).content.decode()

    # then it is in the late list with 14 days and the timeline draws the actual date too
    assert 'data-testid="late-milestone"' not in before_list
    assert 'data-testid="late-milestone"' in after_list
    assert 'data-testid="days-late">14<' in after_list
    assert before_page.count("<svg") < after_page.count("<svg") or before_page.count("path") < after_page.count("path")
    assert 'data-late="14"' in after_page
    assert Milestone.objects.get(pk=milestone.pk).achieved


def test_it_shows_an_overdue_obstacle_first_on_the_board(client, cast):
    client.force_login(cast["viewer"])  # the obstacle ledger is internal (issue 10)
    project = make_project()
    recent = make_obstacle(project, raised="2025-08-10", deadline="2025-09-30", description="Mới phát sinh (thử)")
    overdue = make_obstacle(project, raised="2025-08-01", deadline="2025-08-15")

    html = client.get("/projects/obstacles/", {"on": "2025-08-20"}).content.decode()

    assert html.index(f'data-id="{overdue.pk}"') < html.index(f'data-id="{recent.pk}"')
    assert 'data-overdue="3"' in html  # 18, 19, 20 August 2025
    assert 'data-testid="overdue-count">1<' in html


def test_it_prints_the_board_as_a_pdf_and_exports_xlsx(client, cast):
    client.force_login(cast["viewer"])
    project = make_project(name="Dự án Kiểm Thử Điện")
    make_obstacle(project, raised="2025-08-01", deadline="2025-08-15", description="Chưa giao đất (thử)")

    pdf = client.get("/projects/obstacles.pdf", {"on": "2025-08-20"})
    xlsx = client.get("/projects/obstacles.xlsx", {"on": "2025-08-20"})

    assert pdf["Content-Type"] == "application/pdf"
    assert pdf.content.startswith(b"%PDF")
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf.content)).pages)
    assert "Dự án Kiểm Thử Điện" in text
    assert "Chưa giao đất" in text
    sheet = load_workbook(io.BytesIO(xlsx.content)).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][0] == "Dự án trọng điểm: bảng theo dõi vướng mắc"  # a title row saying what …
    assert "20/08/2025" in rows[1][0]  # … and when
    header = rows[3]
    assert "agency" not in header  # words, not codes
    row = rows[4]
    assert row[header.index("Dự án")] == "Dự án Kiểm Thử Điện"
    assert row[header.index("Quá hạn")] == "Có"
    assert row[header.index("Số ngày quá hạn")] == 3
    assert row[header.index("Trạng thái")] not in ObstacleStatus.values  # a label, not "open"
    assert row[header.index("Phát sinh")].date() == dt.date(2025, 8, 1)  # a real date …
    assert sheet.cell(5, header.index("Phát sinh") + 1).number_format == "dd/mm/yyyy"  # … shown d/m/y
    assert sheet.freeze_panes == "A5"
    assert sheet.column_dimensions["C"].width >= 20


def test_the_board_xlsx_writes_formula_like_text_as_text(client, cast):
    client.force_login(cast["viewer"])
    project = make_project(name='=HYPERLINK("http://evil.example","Bấm")')
    make_obstacle(
        project,
        raised="2025-08-01",
        deadline="2025-08-15",
        description="=cmd|' /C calc'!A0",
        requested_action="@SUM(1+1)",
    )

    xlsx = client.get("/projects/obstacles.xlsx", {"on": "2025-08-20"})

    sheet = load_workbook(io.BytesIO(xlsx.content)).active
    cells = [c for row in sheet.iter_rows(min_row=5) for c in row if isinstance(c.value, str)]
    risky = [c for c in cells if c.value[:1] in "=+-@"]
    assert len(risky) == 3
    assert all(c.data_type == "s" for c in risky)  # stored as text, not as a formula


def test_it_shows_the_project_page_with_sources_and_obstacle_history(client, cast):
    load_projects(FOLDER)

    html = client.get("/projects/220kv-phu-binh-2/").content.decode()

    assert 'data-testid="timeline"' in html
    assert "<svg" in html.split('data-testid="timeline"')[1]
    assert "04/09/2024" in html
    assert "14/04/2025" in html
    assert "tuoitrethudo.vn" in html
    assert 'data-testid="investment">559,2<' in html
    assert "save-milestone" not in html  # anonymous: read only


@pytest.mark.parametrize(
    ("role", "allowed"),
    [
        ("admin", True),
        ("department_editor", True),
        ("commune_officer", False),
        ("cluster_investor", False),
        ("viewer", False),
    ],
)
def test_it_lets_each_role_resolve_only_what_its_scope_covers(client, cast, role, allowed):
    # a project in Điềm Thụy: the province editor covers it, the Tân Cương officer does not
    obstacle = make_obstacle(make_project(unit_codes=("05941",)))
    client.force_login(cast[role])

    page = client.get(f"/projects/{obstacle.project.code}/").content.decode()
    response = client.post(f"/projects/obstacles/{obstacle.pk}/resolve/", {"text": "Đã xử lý"})

    obstacle.refresh_from_db()
    assert ('data-testid="resolve"' in page) is allowed
    assert response.status_code == (302 if allowed else 403)
    assert (obstacle.status == ObstacleStatus.RESOLVED) is allowed


def test_it_records_an_obstacle_from_the_project_page(client, cast):
    project = make_project(unit_codes=("05503",))
    agency = make_agency()
    client.force_login(cast["commune_officer"])

    response = client.post(
        f"/projects/{project.code}/obstacles/new/",
        {
            "description": "Vướng đất rừng phòng hộ (thử)",
            "category": "land",
            "agency": agency.pk,
            "raised_on": "2025-04-25",
            "response_days": "3",
            "deadline_basis": "working",
        },
    )

    assert response.status_code == 302
    obstacle = project.obstacles.get()
    assert obstacle.deadline == dt.date(2025, 4, 29)  # Saturday 26/4/2025 was a working day
    assert obstacle.events.get().by == cast["commune_officer"]


def test_it_requires_login_to_change_anything(client):
    obstacle = make_obstacle(make_project())

    response = client.post(f"/projects/obstacles/{obstacle.pk}/resolve/", {"text": "x"})

    assert response.status_code == 302
    assert "/login/" in response["Location"]
