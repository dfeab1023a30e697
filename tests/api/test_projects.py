import datetime as dt
import json

import pytest
from django.conf import settings

from provind.projects.loading import load_projects
from provind.projects.models import Obstacle, ObstacleStatus
from tests.projects.factories import make_agency, make_obstacle, make_project

pytestmark = pytest.mark.django_db


def _post(client, url, body):
    return client.post(url, json.dumps(body), content_type="application/json")


def test_it_lists_projects_and_one_project_with_unknown_dates_as_null(client):
    load_projects(settings.DATA_DIR / "thai_nguyen" / "projects")

    listing = client.get("/api/v1/projects").json()
    detail = client.get("/api/v1/projects/220kv-phu-binh-2").json()
    by_id = client.get(f"/api/v1/projects/{detail['id']}")

    assert {p["code"] for p in listing} == {"500kv-thai-nguyen", "220kv-song-cong", "220kv-dai-tu", "220kv-phu-binh-2"}
    assert detail["stage"] == "completion"
    stages = {m["stage"]: m for m in detail["milestones"]}
    assert stages["completion"]["actual_on"] == "2025-04-14"
    assert stages["investment_policy"]["actual_on"] is None
    assert stages["investment_policy"]["achieved"] is True
    assert stages["completion"]["source_url"].startswith("https://tuoitrethudo.vn/")
    assert by_id.status_code == 200
    assert client.get("/api/v1/projects/khong-co").status_code == 404


def test_it_filters_obstacles_by_status_and_agency(client, cast):
    client.force_login(cast["viewer"])  # the obstacle ledger is internal (issue 10)
    project = make_project()
    other = make_agency("UBND xã Tân Cương (thử)", "tancuong@example.test")
    late = make_obstacle(project, raised="2025-08-01", deadline="2025-08-15")
    make_obstacle(project, description="Thủ tục đất rừng (thử)", agency=other, deadline=None)
    done = make_obstacle(project, description="Đã xong (thử)")
    Obstacle.objects.filter(pk=done.pk).update(status=ObstacleStatus.RESOLVED, resolved_on=dt.date(2025, 8, 2))

    open_rows = client.get("/api/v1/obstacles", {"status": "open", "on": "2025-08-20"}).json()
    for_agency = client.get("/api/v1/obstacles", {"status": "open", "agency": late.agency_id}).json()
    bad = client.get("/api/v1/obstacles", {"status": "closed"})

    assert len(open_rows) == 2
    first = next(o for o in open_rows if o["id"] == late.pk)
    assert first["overdue"] is True
    assert first["days_overdue"] == 3
    assert [o["id"] for o in for_agency] == [late.pk]
    assert bad.status_code == 400
    assert bad.json()["errors"][0]["message_vi"]
    assert bad.json()["errors"][0]["message_en"]


@pytest.mark.parametrize(
    ("role", "expected"),
    [("admin", 201), ("department_editor", 201), ("commune_officer", 201), ("cluster_investor", 403), ("viewer", 403)],
)
def test_it_lets_only_scoped_editors_record_an_obstacle(client, cast, role, expected):
    project = make_project(unit_codes=("05503",))
    agency = make_agency()
    client.force_login(cast[role])

    response = _post(
        client,
        "/api/v1/obstacles",
        {
            "project": project.code,
            "description": "Vướng giải phóng mặt bằng (thử)",
            "category": "land",
            "agency": agency.pk,
            "raised_on": "2025-01-24",
            "response_days": 5,
        },
    )

    assert response.status_code == expected
    if expected == 201:
        assert response.json()["deadline"] == "2025-02-07"  # 5 working days across Tết 2025


def test_it_refuses_anonymous_writes_and_bad_input(client, cast):
    project = make_project()
    obstacle = make_obstacle(project)

    anonymous = _post(client, f"/api/v1/obstacles/{obstacle.pk}/resolve", {"resolution": "xong"})
    client.force_login(cast["admin"])
    body = {
        "project": project.code,
        "description": "x",
        "category": "?",
        "agency": obstacle.agency_id,
        "raised_on": "2025-01-01",
    }
    bad_category = _post(client, "/api/v1/obstacles", body)
    empty = _post(client, f"/api/v1/obstacles/{obstacle.pk}/resolve", {"resolution": " "})

    assert anonymous.status_code in (401, 403)
    assert bad_category.status_code == 400
    assert empty.status_code == 400
    assert empty.json()["errors"][0]["message_en"] == "write how it was resolved"


def test_it_resolves_and_reopens_through_the_api(client, cast):
    obstacle = make_obstacle(make_project(unit_codes=("05503",)))
    client.force_login(cast["commune_officer"])

    resolved = _post(
        client, f"/api/v1/obstacles/{obstacle.pk}/resolve", {"resolution": "Đã bàn giao", "resolved_on": "2025-08-10"}
    )
    reopened = _post(client, f"/api/v1/obstacles/{obstacle.pk}/reopen", {"reason": "Khiếu nại mới"})
    client.force_login(cast["viewer"])
    refused = _post(client, f"/api/v1/obstacles/{obstacle.pk}/resolve", {"resolution": "x"})

    assert resolved.json()["status"] == "resolved"
    assert reopened.json()["status"] == "reopened"
    assert refused.status_code == 403
    assert [e.by for e in obstacle.events.all()][1:] == [cast["commune_officer"]] * 2


def test_it_enforces_the_csrf_token_for_session_writes(cast):
    from django.test import Client

    obstacle = make_obstacle(make_project())
    client = Client(enforce_csrf_checks=True)
    client.force_login(cast["admin"])

    response = _post(client, f"/api/v1/obstacles/{obstacle.pk}/resolve", {"resolution": "xong"})

    assert response.status_code == 403
    obstacle.refresh_from_db()
    assert obstacle.status == ObstacleStatus.OPEN


def test_it_documents_every_project_endpoint_in_openapi(client):
    paths = client.get("/api/v1/openapi.json").json()["paths"]

    for path in [
        "/api/v1/projects",
        "/api/v1/projects/{ref}",
        "/api/v1/obstacles",
        "/api/v1/obstacles/{obstacle_id}/resolve",
        "/api/v1/obstacles/{obstacle_id}/reopen",
    ]:
        assert path in paths
    assert "post" in paths["/api/v1/obstacles"]
