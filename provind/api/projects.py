"""Key projects, milestones and the obstacle ledger. Reads are public; writes need a session
(with its CSRF token) of a user whose role and scope cover the project: 403 otherwise."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from django.http import HttpRequest
from django.shortcuts import get_object_or_404
from ninja import Query, Router, Schema
from ninja.errors import HttpError
from ninja.security import django_auth

from provind.api.errors import BadRequest, Day, Days
from provind.projects.models import (
    Agency,
    DeadlineBasis,
    EscalationLevel,
    KeyProject,
    Milestone,
    Obstacle,
    ObstacleCategory,
    ObstacleStatus,
    today,
)
from provind.projects.queries import projects_with_details
from provind.projects.services import (
    create_obstacle,
    reopen_obstacle,
    resolve_obstacle,
)

router = Router(tags=["projects"])


class UnitRef(Schema):
    code: str
    name: str
    valid_from: dt.date | None
    valid_to: dt.date | None


class DocumentOut(Schema):
    number: str
    issued_on: dt.date | None
    issuer: str
    title: str
    url: str


class MilestoneOut(Schema):
    stage: str
    title: str
    planned_on: dt.date | None
    actual_on: dt.date | None
    achieved: bool
    late: bool
    days_late: int
    note: str
    source_url: str


class ProjectOut(Schema):
    id: int
    code: str
    name: str
    category: str
    investor: str | None
    total_investment_bn_vnd: Decimal | None
    capacity: str
    units: list[UnitRef]
    latitude: float | None
    longitude: float | None
    stage: str | None
    open_obstacles: int
    overdue_obstacles: int
    source_url: str


class ProjectDetailOut(ProjectOut):
    serves: str
    description: str
    indicators: list[str]
    documents: list[DocumentOut]
    milestones: list[MilestoneOut]


class ObstacleOut(Schema):
    id: int
    project: str
    project_name: str
    description: str
    category: str
    agency: str
    agency_id: int
    raised_on: dt.date
    requested_action: str
    deadline: dt.date | None
    deadline_basis: str
    escalation_level: str
    status: str
    overdue: bool
    days_overdue: int
    age_days: int
    resolution: str
    resolved_on: dt.date | None
    version: int


class ObstaclesQuery(Schema):
    status: str | None = None
    agency: int | None = None
    project: str | None = None
    overdue: bool | None = None
    on: Day | None = None


class ObstacleIn(Schema):
    project: str
    description: str
    category: ObstacleCategory
    agency: int
    raised_on: Day
    requested_action: str = ""
    response_days: Days | None = None
    deadline_basis: DeadlineBasis = DeadlineBasis.WORKING
    deadline: Day | None = None
    escalation_level: EscalationLevel = EscalationLevel.DEPARTMENT


class ResolveIn(Schema):
    resolution: str
    resolved_on: Day | None = None
    version: int | None = None  # the obstacle's `version` the client saw: a newer one refuses the step


class ReopenIn(Schema):
    reason: str
    on: Day | None = None
    response_days: Days | None = None
    version: int | None = None


class ErrorOut(Schema):
    detail: str


def _source_url(obj: KeyProject | Milestone) -> str:
    return obj.source.url if obj.source else ""


def project_out(p: KeyProject, *, on: dt.date) -> ProjectOut:
    unresolved = [o for o in p.obstacles.all() if not o.is_resolved]
    return ProjectOut(
        id=p.pk,
        code=p.code,
        name=p.name,
        category=p.category,
        investor=p.investor.name if p.investor else None,
        total_investment_bn_vnd=p.total_investment,
        capacity=p.capacity,
        units=[UnitRef(code=u.code, name=u.name, valid_from=u.valid_from, valid_to=u.valid_to) for u in p.units.all()],
        latitude=p.latitude,
        longitude=p.longitude,
        stage=p.stage.stage if p.stage else None,
        open_obstacles=len(unresolved),
        overdue_obstacles=sum(o.is_overdue(on) for o in unresolved),
        source_url=_source_url(p),
    )


def obstacle_out(o: Obstacle, *, on: dt.date) -> ObstacleOut:
    return ObstacleOut(
        id=o.pk,
        project=o.project.code,
        project_name=o.project.name,
        description=o.description,
        category=o.category,
        agency=o.agency.name,
        agency_id=o.agency_id,
        raised_on=o.raised_on,
        requested_action=o.requested_action,
        deadline=o.deadline,
        deadline_basis=o.deadline_basis,
        escalation_level=o.escalation_level,
        status=o.status,
        overdue=o.is_overdue(on),
        days_overdue=o.days_overdue(on),
        age_days=o.age_days(on),
        resolution=o.resolution,
        resolved_on=o.resolved_on,
        version=o.version,
    )


def _project(ref: str | int) -> KeyProject:
    projects = projects_with_details().prefetch_related("indicators")
    found = projects.filter(pk=int(ref)).first() if str(ref).isdigit() else projects.filter(code=ref).first()
    if found is None:
        raise HttpError(404, f"không có dự án “{ref}” / no project “{ref}”")
    return found


@router.get("/projects", response=list[ProjectOut], summary="Key projects with their current stage")
def list_projects(request: HttpRequest, category: str | None = None) -> list[ProjectOut]:
    projects = projects_with_details()
    if category:
        projects = projects.filter(category=category)
    on = today()
    return [project_out(p, on=on) for p in projects]


@router.get("/projects/{ref}", response=ProjectDetailOut, summary="One key project: milestones and documents")
def get_project(request: HttpRequest, ref: str) -> ProjectDetailOut:
    """`ref` is the numeric id or the project code (e.g. `220kv-phu-binh-2`). Unknown dates are null."""
    p = _project(ref)
    on = today()
    milestones = [
        MilestoneOut(
            stage=m.stage,
            title=m.title,
            planned_on=m.planned_on,
            actual_on=m.actual_on,
            achieved=m.achieved,
            late=m.is_late(on),
            days_late=m.days_late(on),
            note=m.note,
            source_url=_source_url(m),
        )
        for m in sorted(p.milestones.all(), key=lambda m: (m.order, m.pk))
    ]
    documents = [
        DocumentOut(number=d.number, issued_on=d.issued_on, issuer=d.issuer, title=d.title, url=d.url)
        for d in p.documents.all()
    ]
    return ProjectDetailOut(
        **project_out(p, on=on).model_dump(),
        serves=p.serves,
        description=p.description,
        indicators=[i.code for i in p.indicators.all()],
        documents=documents,
        milestones=milestones,
    )


@router.get("/obstacles", response=list[ObstacleOut], auth=django_auth, summary="The obstacle ledger, oldest first")
def list_obstacles(request: HttpRequest, q: Query[ObstaclesQuery]) -> list[ObstacleOut]:
    """`status=open` means every unresolved obstacle (open, in progress, reopened); a single
    status value filters exactly. `overdue=true` keeps those past their deadline on `on` (today)."""
    rows = Obstacle.objects.select_related("project", "agency")
    if q.status == "open":
        rows = rows.unresolved()
    elif q.status:
        if q.status not in ObstacleStatus.values:
            raise BadRequest(
                "status",
                "trạng thái phải là open/in_progress/resolved/reopened",
                "status must be open/in_progress/resolved/reopened",
            )
        rows = rows.filter(status=q.status)
    if q.agency is not None:
        if not Agency.objects.filter(pk=q.agency).exists():
            raise BadRequest("agency", f"không có cơ quan mã {q.agency}", f"no agency with id {q.agency}")
        rows = rows.filter(agency_id=q.agency)
    if q.project:
        rows = rows.filter(project__code=q.project)
    on = q.on or today()
    found = [obstacle_out(o, on=on) for o in rows.order_by("raised_on", "id")]
    if q.overdue is not None:
        found = [o for o in found if o.overdue == q.overdue]
    return found


@router.post("/obstacles", response={201: ObstacleOut, 403: ErrorOut}, auth=django_auth, summary="Record an obstacle")
def post_obstacle(request: HttpRequest, payload: ObstacleIn) -> tuple[int, ObstacleOut | ErrorOut]:
    project = _project(payload.project)
    agency = Agency.objects.filter(pk=payload.agency).first()
    if agency is None:
        raise BadRequest("agency", f"không có cơ quan mã {payload.agency}", f"no agency with id {payload.agency}")
    if payload.response_days is not None and payload.response_days < 0:
        raise BadRequest("response_days", "số ngày không âm", "days cannot be negative")
    obstacle = create_obstacle(
        project=project,
        description=payload.description,
        category=payload.category,
        agency=agency,
        raised_on=payload.raised_on,
        by=request.user,
        requested_action=payload.requested_action,
        response_days=payload.response_days,
        deadline_basis=payload.deadline_basis,
        deadline=payload.deadline,
        escalation_level=payload.escalation_level,
    )
    return 201, obstacle_out(obstacle, on=today())


@router.post(
    "/obstacles/{obstacle_id}/resolve",
    response={200: ObstacleOut, 403: ErrorOut},
    auth=django_auth,
    summary="Resolve an obstacle",
)
def post_resolve(request: HttpRequest, obstacle_id: int, payload: ResolveIn) -> tuple[int, ObstacleOut | ErrorOut]:
    obstacle = get_object_or_404(Obstacle.objects.select_related("project", "agency"), pk=obstacle_id)
    resolve_obstacle(
        obstacle=obstacle,
        resolution=payload.resolution,
        by=request.user,
        on=payload.resolved_on,
        expected_version=payload.version,
    )
    return 200, obstacle_out(obstacle, on=today())


@router.post(
    "/obstacles/{obstacle_id}/reopen",
    response={200: ObstacleOut, 403: ErrorOut},
    auth=django_auth,
    summary="Reopen a resolved obstacle",
)
def post_reopen(request: HttpRequest, obstacle_id: int, payload: ReopenIn) -> tuple[int, ObstacleOut | ErrorOut]:
    obstacle = get_object_or_404(Obstacle.objects.select_related("project", "agency"), pk=obstacle_id)
    if payload.response_days is not None and payload.response_days < 0:
        raise BadRequest("response_days", "số ngày không âm", "days cannot be negative")
    reopen_obstacle(
        obstacle=obstacle,
        reason=payload.reason,
        by=request.user,
        on=payload.on,
        response_days=payload.response_days,
        expected_version=payload.version,
    )
    return 200, obstacle_out(obstacle, on=today())
