"""Approval of data sets: the list (editors and administrators) and one endpoint per step.
Writes need a session with its CSRF token; refused steps are a 400 (state, reason, stale
version) or 403 (role, scope) with the usual bilingual message."""

from __future__ import annotations

import datetime as dt

from django.http import HttpRequest
from ninja import Router, Schema
from ninja.security import django_auth

from provind.api.errors import BadRequest
from provind.approvals.models import ApprovalAction, ApprovalState, DataSetApproval, DataSetKind
from provind.approvals.queries import records
from provind.approvals.services import move
from provind.approvals.visibility import takes_approval_steps
from provind.clusters.models import IndustrialCluster
from provind.geography.models import AdminUnit

router = Router(tags=["approvals"])


class StepOut(Schema):
    action: str
    from_state: str
    to_state: str
    by: str | None
    at: dt.datetime
    reason: str


class ApprovalOut(Schema):
    id: int
    kind: str
    unit_id: int
    unit: str
    unit_name: str
    cluster_id: int | None
    period: str
    state: str
    version: int
    steps: list[StepOut]


class ApprovalIn(Schema):
    kind: DataSetKind
    unit_id: int
    period: str
    cluster_id: int | None = None
    reason: str = ""
    version: int | None = None  # the record's version the client saw; a newer one refuses the step


class ErrorOut(Schema):
    detail: str


def approval_out(r: DataSetApproval) -> ApprovalOut:
    steps = [
        StepOut(
            action=s.action,
            from_state=s.from_state,
            to_state=s.to_state,
            by=s.by.get_username() if s.by else None,
            at=s.at,
            reason=s.reason,
        )
        for s in r.steps.all()
    ]
    return ApprovalOut(
        id=r.pk,
        kind=r.kind,
        unit_id=r.unit_id,
        unit=r.unit.code,
        unit_name=r.unit.name,
        cluster_id=r.cluster_id,
        period=r.period,
        state=r.state,
        version=r.version,
        steps=steps,
    )


@router.get(
    "/approvals",
    response={200: list[ApprovalOut], 403: ErrorOut},
    auth=django_auth,
    summary="Data sets with an approval record (editors and administrators)",
)
def list_approvals(
    request: HttpRequest, state: str | None = None, kind: str | None = None
) -> tuple[int, list[ApprovalOut] | ErrorOut]:
    if not takes_approval_steps(request.user):
        return 403, ErrorOut(detail="chỉ biên tập viên và quản trị / editors and administrators only")
    if state and state not in ApprovalState.values:
        raise BadRequest(
            "state",
            "trạng thái phải là draft/submitted/approved/published",
            "state must be draft/submitted/approved/published",
        )
    if kind and kind not in DataSetKind.values:
        raise BadRequest("kind", "loại bộ số liệu không hợp lệ", "unknown kind of data set")
    return 200, [approval_out(r) for r in records(state=state, kind=kind)]


def _step(request: HttpRequest, action: str, payload: ApprovalIn) -> ApprovalOut:
    unit = AdminUnit.objects.filter(pk=payload.unit_id).first()
    if unit is None:
        raise BadRequest("unit_id", f"không có đơn vị mã số {payload.unit_id}", f"no unit with id {payload.unit_id}")
    cluster = None
    if payload.cluster_id is not None:
        cluster = IndustrialCluster.objects.filter(pk=payload.cluster_id).first()
        if cluster is None:
            raise BadRequest(
                "cluster_id", f"không có cụm mã số {payload.cluster_id}", f"no cluster with id {payload.cluster_id}"
            )
    record = move(
        action,
        kind=payload.kind,
        unit=unit,
        period=payload.period.strip(),
        cluster=cluster,
        by=request.user,
        reason=payload.reason,
        expected_version=payload.version,
    )
    return approval_out(record)


def _route(action: ApprovalAction, summary: str) -> None:
    @router.post(
        f"/approvals/{action.value}",
        response={200: ApprovalOut, 403: ErrorOut},
        auth=django_auth,
        summary=summary,
        operation_id=f"approval_{action.value}",
    )
    def endpoint(request: HttpRequest, payload: ApprovalIn) -> ApprovalOut:
        return _step(request, action.value, payload)


_route(ApprovalAction.SUBMIT, "Submit a draft data set for approval")
_route(ApprovalAction.APPROVE, "Approve a submitted data set (Department editors, administrators)")
_route(ApprovalAction.PUBLISH, "Publish an approved data set: the public sees its figures")
_route(ApprovalAction.RETURN, "Return a submitted data set to draft (reason required)")
_route(ApprovalAction.UNAPPROVE, "Un-approve an approved or published data set (administrators, reason required)")
