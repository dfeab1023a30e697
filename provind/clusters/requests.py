"""What the Department asked a cluster's infrastructure investor (issue 14).

A department editor (or an administrator) whose scope covers the cluster asks from the cluster's
page: a text and a number of working days; the due date is counted on the holiday calendar. The
investor scoped to the cluster sees the open requests on their start page with the working days
left, and answering closes the request. Nobody else sees them.
"""

from __future__ import annotations

import datetime as dt

from django.contrib.auth.models import AbstractBaseUser, AnonymousUser, User
from django.db import transaction
from django.db.models import F, QuerySet

from provind.accounts.permissions import may_change, roles_of
from provind.accounts.roles import Role
from provind.calendars import add_working_days
from provind.clusters.circular14.submissions import NotAllowed
from provind.clusters.models import DepartmentRequest, IndustrialCluster
from provind.errors import InputError

MAX_WORKING_DAYS = 60
ASKING_ROLES = frozenset({Role.ADMIN, Role.DEPARTMENT_EDITOR})

AnyUser = AbstractBaseUser | AnonymousUser


def may_ask(user: AnyUser, cluster: IndustrialCluster) -> bool:
    """Department editors whose scope covers the cluster, and administrators."""
    return bool(roles_of(user) & ASKING_ROLES) and may_change(user, cluster)


def may_answer(user: AnyUser, cluster: IndustrialCluster) -> bool:
    """The investor scoped to the cluster (by name), and administrators."""
    roles = roles_of(user)
    return (Role.ADMIN in roles or Role.CLUSTER_INVESTOR in roles) and may_change(user, cluster)


def ask(
    cluster: IndustrialCluster, *, by: AnyUser, text: str, working_days: int | str, on: dt.date
) -> DepartmentRequest:
    """Record a request; the due date is `working_days` working days after `on`."""
    if not may_ask(by, cluster):
        raise NotAllowed(
            f"chỉ biên tập viên của Sở phụ trách cụm {cluster.name} mới gửi yêu cầu được",
            f"only a Department editor responsible for cluster {cluster.name} may send a request",
        )
    text = text.strip()
    if not text:
        raise InputError("text", "nội dung yêu cầu đang để trống", "the request text is empty")
    try:
        days = int(str(working_days).strip())
    except ValueError:
        raise InputError(
            "working_days",
            f"số ngày làm việc “{working_days}” không phải số nguyên",
            f"“{working_days}” is not a whole number of working days",
        ) from None
    if not 1 <= days <= MAX_WORKING_DAYS:
        raise InputError(
            "working_days",
            f"số ngày làm việc phải từ 1 đến {MAX_WORKING_DAYS}, không phải {days}",
            f"working days must be between 1 and {MAX_WORKING_DAYS}, not {days}",
        )
    return DepartmentRequest.objects.create(
        cluster=cluster,
        text=text,
        asked_by=by if isinstance(by, User) else None,
        asked_on=on,
        working_days=days,
        due_on=add_working_days(on, days),
    )


@transaction.atomic
def answer(request: DepartmentRequest, *, by: AnyUser, text: str, on: dt.date) -> DepartmentRequest:
    """The investor's answer; it closes the request. The request is read again under a row lock,
    so an answer posted from a page opened before another answer closed it is refused."""
    if not may_answer(by, request.cluster):
        raise NotAllowed(
            f"chỉ chủ đầu tư hạ tầng cụm {request.cluster.name} mới trả lời được yêu cầu này",
            f"only the infrastructure investor of cluster {request.cluster.name} may answer this request",
        )
    fresh = DepartmentRequest.objects.select_for_update().get(pk=request.pk)
    request.answer, request.closed_on, request.answered_by_id = fresh.answer, fresh.closed_on, fresh.answered_by_id
    if not request.is_open:
        raise InputError(
            "answer",
            f"yêu cầu đã đóng ngày {request.closed_on:%d/%m/%Y}",
            f"the request was closed on {request.closed_on:%d %b %Y}",
        )
    text = text.strip()
    if not text:
        raise InputError("answer", "nội dung trả lời đang để trống", "the answer is empty")
    request.answer, request.closed_on = text, on
    request.answered_by = by if isinstance(by, User) else None
    request.save(update_fields=["answer", "closed_on", "answered_by"])
    return request


def requests_for(clusters: list[IndustrialCluster]) -> QuerySet[DepartmentRequest]:
    """Open requests first (soonest due first), then the answered ones, newest first."""
    return (
        DepartmentRequest.objects.filter(cluster__in=clusters)
        .select_related("cluster", "asked_by", "answered_by")
        .order_by(F("closed_on").desc(nulls_first=True), "due_on", "-pk")
    )
