"""Every role against every URL. The URL list comes from the resolver (web and API), so a new
URL without an entry in MATRIX fails `test_every_url_has_an_entry`; each entry says, per role,
the status that request must get. Policy (issue 10): the public sees the cluster registry, the
public land page, published indicators and key projects; Forms 01–04 and the obstacle ledger
need a login; entering data needs an editing role and scope."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any

import pytest
from django.contrib.auth.models import User
from django.contrib.contenttypes.models import ContentType
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver

from provind.accounts.models import Scope
from provind.approvals.services import move
from provind.clusters.models import DepartmentRequest
from provind.geography.queries import resolve_unit
from provind.indicators.models import Source
from provind.indicators.periods import parse_period
from provind.indicators.queries import unit_for_period
from tests.clusters.factories import add_tenant, make_cluster
from tests.indicators.factories import add
from tests.projects.factories import make_milestone, make_obstacle, make_project

ROLES = ["anonymous", "viewer", "commune_officer", "cluster_investor", "department_editor", "admin"]


def _statuses(*codes: int) -> dict[str, int]:
    return dict(zip(ROLES, codes, strict=True))


PUBLIC = _statuses(200, 200, 200, 200, 200, 200)
# Internal pages: the login page for anonymous visitors, any role once logged in.
LOGIN_PAGE = _statuses(302, 200, 200, 200, 200, 200)
LOGIN_API = _statuses(401, 200, 200, 200, 200, 200)
# Data entry pages: a role that enters data (the object's scope is checked on saving).
ENTRY_PAGE = _statuses(302, 403, 200, 403, 200, 200)

# (method, route as the resolver spells it) -> (path to request, body or None, statuses by role)
MATRIX: dict[tuple[str, str], tuple[str, dict[str, Any] | None, dict[str, int]]] = {
    ("GET", "api/v1/openapi.json"): ("/api/v1/openapi.json", None, PUBLIC),
    ("GET", "api/v1/docs"): ("/api/v1/docs", None, PUBLIC),
    ("GET", "api/v1/"): ("/api/v1/", None, _statuses(404, 404, 404, 404, 404, 404)),
    ("GET", "api/v1/units"): ("/api/v1/units", None, PUBLIC),
    ("GET", "api/v1/units/<code>"): ("/api/v1/units/19", None, PUBLIC),
    ("GET", "api/v1/indicators"): ("/api/v1/indicators", None, PUBLIC),
    ("GET", "api/v1/observations"): ("/api/v1/observations?indicator=iip", None, PUBLIC),
    ("GET", "api/v1/observations/compare"): (
        "/api/v1/observations/compare?indicator=iip&unit=19&period=2025-08",
        None,
        PUBLIC,
    ),
    ("GET", "api/v1/projects"): ("/api/v1/projects", None, PUBLIC),
    ("GET", "api/v1/projects/<ref>"): ("/api/v1/projects/thu-nghiem", None, PUBLIC),
    ("GET", "api/v1/obstacles"): ("/api/v1/obstacles", None, LOGIN_API),
    ("POST", "api/v1/obstacles"): (
        "/api/v1/obstacles",
        {
            "project": "thu-nghiem",
            "description": "Ma trận (thử)",
            "category": "land",
            "agency": "{agency}",
            "raised_on": "2025-08-01",
        },
        # Scope: the project lies in the commune officer's commune; viewers and the investor may not.
        _statuses(401, 403, 201, 403, 201, 201),
    ),
    ("POST", "api/v1/obstacles/<obstacle_id>/resolve"): (
        "/api/v1/obstacles/{obstacle}/resolve",
        {"resolution": "Đã xong (thử)"},
        _statuses(401, 403, 200, 403, 200, 200),
    ),
    ("POST", "api/v1/obstacles/<obstacle_id>/reopen"): (
        "/api/v1/obstacles/{resolved}/reopen",
        {"reason": "Chưa xong (thử)"},
        _statuses(401, 403, 200, 403, 200, 200),
    ),
    ("GET", "api/v1/clusters"): ("/api/v1/clusters", None, PUBLIC),
    ("GET", "api/v1/clusters/summary"): ("/api/v1/clusters/summary", None, PUBLIC),
    ("GET", "api/v1/clusters/<code>"): ("/api/v1/clusters/ccn-ma-tran", None, PUBLIC),
    ("GET", "api/v1/forms/04"): ("/api/v1/forms/04?province=19&window=2024H1", None, LOGIN_API),
    ("GET", "api/v1/forms/03"): ("/api/v1/forms/03?unit=05503&window=2025", None, LOGIN_API),
    ("POST", "i18n/setlang/"): ("/i18n/setlang/", {"language": "en"}, _statuses(302, 302, 302, 302, 302, 302)),
    ("GET", ""): ("/", None, PUBLIC),
    ("GET", "units/"): ("/units/", None, PUBLIC),
    ("GET", "indicators/"): ("/indicators/", None, PUBLIC),
    ("GET", "indicators/<slug:code>/"): ("/indicators/iip/", None, PUBLIC),
    ("GET", "data/import/"): ("/data/import/", None, ENTRY_PAGE),
    ("GET", "data/import/projects/"): ("/data/import/projects/", None, ENTRY_PAGE),
    ("GET", "data/text/"): ("/data/text/", None, ENTRY_PAGE),
    # A stored text: its author (the admin here) and the Department; others get 404, not 403.
    ("GET", "data/text/<int:source_id>/"): ("/data/text/{source}/", None, _statuses(302, 403, 404, 403, 200, 200)),
    ("GET", "data/template.xlsx"): ("/data/template.xlsx", None, PUBLIC),
    ("GET", "projects/"): ("/projects/", None, PUBLIC),
    ("GET", "projects/obstacles/"): ("/projects/obstacles/", None, LOGIN_PAGE),
    ("GET", "projects/obstacles.pdf"): ("/projects/obstacles.pdf", None, LOGIN_PAGE),
    ("GET", "projects/obstacles.xlsx"): ("/projects/obstacles.xlsx", None, LOGIN_PAGE),
    ("POST", "projects/obstacles/<int:pk>/<slug:action>/"): (
        "/projects/obstacles/{fresh}/start/",
        {"text": "bắt đầu"},
        _statuses(302, 403, 302, 403, 302, 302),
    ),
    ("POST", "projects/milestones/<int:pk>/"): (
        "/projects/milestones/{milestone}/",
        {"m{milestone}-planned_on": "2025-09-20"},
        _statuses(302, 403, 302, 403, 302, 302),
    ),
    ("GET", "projects/<slug:code>/"): ("/projects/thu-nghiem/", None, PUBLIC),
    ("POST", "projects/<slug:code>/obstacles/new/"): (
        "/projects/thu-nghiem/obstacles/new/",
        {
            "description": "Trang (thử)",
            "category": "land",
            "agency": "{agency}",
            "raised_on": "2025-08-01",
            "deadline_basis": "working",
            "escalation_level": "department",
        },
        _statuses(302, 403, 302, 403, 302, 302),
    ),
    ("GET", "clusters/"): ("/clusters/", None, PUBLIC),
    ("GET", "clusters/map/"): ("/clusters/map/", None, PUBLIC),
    ("GET", "clusters/clock/"): ("/clusters/clock/", None, PUBLIC),
    ("GET", "clusters/forms/<str:form>/"): ("/clusters/forms/04/?window=2024H1&unit=19", None, LOGIN_PAGE),
    ("GET", "clusters/tenants/<int:tenant_id>/form01/"): (
        "/clusters/tenants/{tenant}/form01/",
        None,
        _statuses(302, 403, 403, 200, 200, 200),
    ),
    ("GET", "clusters/<slug:code>/"): ("/clusters/ccn-ma-tran/", None, PUBLIC),
    ("GET", "clusters/<slug:code>/form02/"): (
        "/clusters/ccn-ma-tran/form02/",
        None,
        _statuses(302, 403, 403, 200, 200, 200),
    ),
    # What the Department asked an investor: the investor of that cluster answers (and admins).
    ("GET", "clusters/requests/<int:pk>/answer/"): (
        "/clusters/requests/{dept_request}/answer/",
        None,
        _statuses(302, 403, 403, 200, 403, 200),
    ),
    ("GET", "land/"): ("/land/", None, PUBLIC),
    # Analysis of published figures is public: the same answer for every role (here a 400
    # saying there are no figures to analyse in this small world).
    ("GET", "api/v1/analysis/inequality"): (
        "/api/v1/analysis/inequality?indicator=industrial_output_value&unit=19&period=2024",
        None,
        _statuses(400, 400, 400, 400, 400, 400),
    ),
    ("GET", "api/v1/analysis/moran"): (
        "/api/v1/analysis/moran?indicator=industrial_output_value&unit=19&period=2024",
        None,
        _statuses(400, 400, 400, 400, 400, 400),
    ),
    ("GET", "api/v1/analysis/structure"): ("/api/v1/analysis/structure?unit=19&period=2024", None, PUBLIC),
    ("GET", "api/v1/analysis/fdi-share"): ("/api/v1/analysis/fdi-share?unit=19", None, PUBLIC),
    ("GET", "analysis/"): ("/analysis/", None, PUBLIC),
    # Boundaries: the Department's editors and admins; others are sent to the login page.
    ("GET", "analysis/boundaries/"): ("/analysis/boundaries/", None, _statuses(302, 302, 302, 302, 200, 200)),
    ("GET", "api/v1/observations/slice"): ("/api/v1/observations/slice?indicator=iip&period=2025-08", None, PUBLIC),
    # Approvals: whoever enters data reads the list (in scope); each step needs the role its rule names
    # (submit: an editor in scope; approve, publish, return: the Department; un-approve: an admin).
    ("GET", "api/v1/approvals"): ("/api/v1/approvals", None, _statuses(401, 403, 200, 200, 200, 200)),
    ("POST", "api/v1/approvals/submit"): (
        "/api/v1/approvals/submit",
        {"kind": "indicators", "unit_id": "{province}", "period": "2025-05"},
        _statuses(401, 403, 403, 403, 200, 200),
    ),
    ("POST", "api/v1/approvals/approve"): (
        "/api/v1/approvals/approve",
        {"kind": "indicators", "unit_id": "{province}", "period": "2025-01"},
        _statuses(401, 403, 403, 403, 200, 200),
    ),
    ("POST", "api/v1/approvals/publish"): (
        "/api/v1/approvals/publish",
        {"kind": "indicators", "unit_id": "{province}", "period": "2025-02"},
        _statuses(401, 403, 403, 403, 200, 200),
    ),
    ("POST", "api/v1/approvals/return"): (
        "/api/v1/approvals/return",
        {"kind": "indicators", "unit_id": "{province}", "period": "2025-03", "reason": "Thiếu nguồn (thử)"},
        _statuses(401, 403, 403, 403, 200, 200),
    ),
    ("POST", "api/v1/approvals/unapprove"): (
        "/api/v1/approvals/unapprove",
        {"kind": "indicators", "unit_id": "{province}", "period": "2025-04", "reason": "Sai số (thử)"},
        _statuses(401, 403, 403, 403, 403, 200),
    ),
    ("GET", "approvals/"): ("/approvals/", None, _statuses(302, 403, 200, 200, 200, 200)),
    ("POST", "approvals/act/"): (
        "/approvals/act/",
        {"action": "submit", "kind": "indicators", "unit": "{province}", "period": "2025-06"},
        _statuses(302, 403, 403, 403, 302, 302),
    ),
    # Correcting or withdrawing a province figure: the Department's editors and administrators.
    ("POST", "figures/<int:pk>/<slug:action>/"): (
        "/figures/{figure}/withdraw/",
        {"reason": "Nhập nhầm (thử)"},
        _statuses(302, 403, 403, 403, 302, 302),
    ),
    ("GET", "clusters/checks/"): ("/clusters/checks/", None, PUBLIC),  # checks of the public registry
    ("GET", "data/projects-template.xlsx"): ("/data/projects-template.xlsx", None, PUBLIC),
    # Reports: every role that may read reports; building one needs a login, and a job is read by
    # its requester and administrators only (tests/reports/test_job_access.py).
    ("GET", "reports/"): ("/reports/", None, PUBLIC),
    ("POST", "reports/jobs/"): (
        "/reports/jobs/",
        {"unit": "19", "period": "2024-YTD07", "format": "html"},
        _statuses(302, 302, 302, 302, 302, 302),
    ),
    ("GET", "reports/jobs/<uuid:job_id>/"): ("/reports/jobs/{no_job}/", None, _statuses(302, 404, 404, 404, 404, 404)),
    ("GET", "reports/jobs/<uuid:job_id>/status.json"): (
        "/reports/jobs/{no_job}/status.json",
        None,
        _statuses(302, 404, 404, 404, 404, 404),
    ),
    ("GET", "reports/jobs/<uuid:job_id>/file"): (
        "/reports/jobs/{no_job}/file",
        None,
        _statuses(302, 404, 404, 404, 404, 404),
    ),
    ("GET", "reports/editions/<int:pk>.<slug:fmt>"): (
        "/reports/editions/999999.docx",
        None,
        _statuses(404, 404, 404, 404, 404, 404),
    ),
    ("GET", "api/v1/reports"): ("/api/v1/reports?unit=19&period=2024-YTD07&format=html", None, PUBLIC),
    ("GET", "api/v1/reports/editions"): ("/api/v1/reports/editions", None, PUBLIC),
    ("GET", "api/v1/reports/editions/<edition_id>"): (
        "/api/v1/reports/editions/999999",
        None,
        _statuses(404, 404, 404, 404, 404, 404),
    ),
    # People: administrators only; others are sent to the login page or refused.
    ("GET", "users/"): ("/users/", None, _statuses(302, 403, 403, 403, 403, 200)),
    ("GET", "users/add/"): ("/users/add/", None, _statuses(302, 403, 403, 403, 403, 200)),
    ("GET", "users/<int:pk>/"): ("/users/{someone}/", None, _statuses(302, 403, 403, 403, 403, 200)),
    ("POST", "users/<int:pk>/active/"): ("/users/{someone}/active/", {}, _statuses(302, 403, 403, 403, 403, 302)),
    ("POST", "users/<int:pk>/password/"): ("/users/{someone}/password/", {}, _statuses(302, 403, 403, 403, 403, 200)),
    ("GET", "login/"): ("/login/", None, PUBLIC),
    ("POST", "logout/"): ("/logout/", {}, _statuses(302, 302, 302, 302, 302, 302)),
}


def _routes(patterns: list[Any], prefix: str = "") -> Iterator[str]:
    for pattern in patterns:
        if isinstance(pattern, URLResolver):
            if str(pattern.pattern) == "admin/":  # Django's own admin, guarded by is_staff
                continue
            yield from _routes(pattern.url_patterns, prefix + str(pattern.pattern))
        elif isinstance(pattern, URLPattern):
            yield prefix + str(pattern.pattern)


def test_every_url_has_an_entry() -> None:
    routes = set(_routes(get_resolver().url_patterns))
    covered = {route for _method, route in MATRIX}
    assert routes - covered == set(), "new URLs need a row in MATRIX"
    assert covered - routes == set(), "MATRIX names URLs that no longer exist"


@pytest.fixture
def world(cast: dict[str, User]) -> dict[str, Any]:
    project = make_project()  # in Tân Cương, the commune officer's commune
    obstacle = make_obstacle(project)
    resolved = make_obstacle(project, description="Đã giải quyết (thử)")
    resolved.status, resolved.resolution, resolved.resolved_on = "resolved", "xong", resolved.raised_on
    resolved.save()
    cluster = make_cluster("ccn-ma-tran", "CCN Ma trận (synthetic)")
    province = unit_for_period("19", parse_period("2025-01"))
    # Data sets in the state each approval step starts from (periods as the matrix names them).
    for period, steps in {
        "2025-01": ["submit"],
        "2025-02": ["submit", "approve"],
        "2025-03": ["submit"],
        "2025-04": ["submit", "approve"],
    }.items():
        for step in steps:
            move(step, kind="indicators", unit=province, period=period, by=None)
    # Forms 03/04 in the matrix are published, so viewers read them (unpublished ones: test_form_visibility).
    forms = (("form04", "19", "2024-06-14", "2024H1"), ("form03", "05503", "2025-12-14", "2025"))
    for kind, code, end, window in forms:
        unit = resolve_unit(code, dt.date.fromisoformat(end))
        for step in ("submit", "approve", "publish"):
            move(step, kind=kind, unit=unit, period=window, by=None)
    tenant = add_tenant(cluster, "5")
    Scope.objects.create(
        user=cast["cluster_investor"], target_type=ContentType.objects.get_for_model(cluster), target_id=str(cluster.pk)
    )
    return {
        "agency": obstacle.agency_id,
        "obstacle": obstacle.pk,
        "resolved": resolved.pk,
        "tenant": tenant.pk,
        "fresh": make_obstacle(project, description="Cho trang web (thử)").pk,
        "milestone": make_milestone(project, "construction_start", "2025-09-15").pk,
        "source": Source.objects.create(title="Báo cáo (thử)", text="IIP tăng 5%.", entered_by=cast["admin"]).pk,
        "province": province.pk,
        "figure": add("iip", "19", "2025-07", "105.1", published=False).pk,  # a draft: published ones are locked
        "someone": User.objects.create_user("ai-do").pk,
        "no_job": "00000000-0000-4000-8000-000000000000",
        "dept_request": DepartmentRequest.objects.create(
            cluster=cluster,
            text="Đề nghị gửi Biểu 02 (thử)",
            asked_on=dt.date(2025, 8, 1),
            working_days=5,
            due_on=dt.date(2025, 8, 8),
        ).pk,
    }


def _fill(value: Any, world: dict[str, Any]) -> Any:
    if isinstance(value, str) and value.startswith("{") and value.endswith("}") and value[1:-1] in world:
        return world[value[1:-1]]
    if isinstance(value, str):
        return value.format(**world)
    return value


@pytest.mark.django_db
@pytest.mark.parametrize("role", ROLES)
def test_each_role_gets_the_expected_status_on_every_url(
    client: Client, cast: dict[str, User], world: dict[str, Any], role: str
) -> None:
    if role != "anonymous":
        client.force_login(cast[role])
    wrong = []
    for (method, route), (path, body, expected) in MATRIX.items():
        url = _fill(path, world)
        if method == "GET":
            response = client.get(url)
        elif route.startswith("api/"):
            import json

            payload = {_fill(k, world): _fill(v, world) for k, v in (body or {}).items()}
            response = client.post(url, json.dumps(payload), content_type="application/json")
        else:
            response = client.post(url, {_fill(k, world): _fill(v, world) for k, v in (body or {}).items()})
        if response.status_code != expected[role]:
            wrong.append(f"{method} {url}: {response.status_code}, expected {expected[role]}")
    assert wrong == [], f"{role}:\n" + "\n".join(wrong)
