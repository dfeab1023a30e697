"""The start page fits the person: an investor sees their cluster and what is due, a commune
officer their commune's projects and the obstacles they raised, a leader the overdue obstacles."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from django.contrib.contenttypes.models import ContentType
from django.db.models import Q

from provind.accounts.models import Scope
from provind.accounts.permissions import roles_of
from provind.accounts.roles import Role
from provind.calendars import working_days_between
from provind.clusters.models import DepartmentRequest, IndustrialCluster
from provind.clusters.requests import requests_for
from provind.clusters.windows import ReportingWindow
from provind.geography.models import AdminUnit
from provind.lib.collation import vi_sorted
from provind.projects.models import EventKind, KeyProject, ObstacleEvent
from provind.projects.queries import board


@dataclass(frozen=True)
class Due:
    """A Circular 14 form due for a reporting window, with the working days left."""

    form: str
    window: ReportingWindow
    deadline: dt.date
    working_days_left: int
    filed: bool


def next_window(form: str, on: dt.date) -> ReportingWindow:
    """The first reporting window whose deadline for `form` is on or after `on`."""
    for window in (ReportingWindow(on.year, True), ReportingWindow(on.year, False)):
        if window.deadline(form) >= on:
            return window
    return ReportingWindow(on.year + 1, True)


def due_for_cluster(cluster: IndustrialCluster, on: dt.date) -> list[Due]:
    filed02 = {r.window for r in cluster.form02.all()}
    items = []
    for form in ("02", "01"):
        window = next_window(form, on)
        deadline = window.deadline(form)
        filed = window.code in filed02 if form == "02" else False
        items.append(Due(form, window, deadline, working_days_between(on, deadline), filed))
    return items


@dataclass(frozen=True)
class Asked:
    """A Department request with the working days left to answer it (for an open one)."""

    request: DepartmentRequest
    working_days_left: int | None

    @property
    def overdue_days(self) -> int:
        left = self.working_days_left
        return -left if left is not None and left < 0 else 0


def asked_of(clusters: list[IndustrialCluster], on: dt.date) -> dict[int, list[Asked]]:
    """What the Department asked of each cluster: open first (soonest due first), then answered."""
    found: dict[int, list[Asked]] = {}
    for request in requests_for(clusters):
        left = request.working_days_left(on) if request.is_open else None
        found.setdefault(request.cluster_id, []).append(Asked(request, left))
    return found


def _clusters_of(user: Any) -> list[IndustrialCluster]:
    content_type = ContentType.objects.get_for_model(IndustrialCluster)
    ids = Scope.objects.filter(user_id=user.pk, target_type=content_type).values_list("target_id", flat=True)
    clusters = IndustrialCluster.objects.filter(pk__in=[int(i) for i in ids if i.isdigit()]).prefetch_related("form02")
    return vi_sorted(clusters, key=lambda c: c.name)


def _communes_of(user: Any) -> list[AdminUnit]:
    return [s.unit for s in Scope.objects.filter(user_id=user.pk, unit__isnull=False).select_related("unit") if s.unit]


def start_context(user: Any, on: dt.date) -> dict[str, Any]:
    """What the start page shows first for this person; empty for a visitor."""
    roles = roles_of(user)
    if Role.CLUSTER_INVESTOR in roles:
        clusters = _clusters_of(user)
        asked = asked_of(clusters, on)
        mine = [
            {
                "cluster": c,
                "due": due_for_cluster(c, on),
                "reports": sorted(c.form02.all(), key=lambda r: r.window, reverse=True),
                "asked": asked.get(c.pk, []),
            }
            for c in clusters
        ]
        return {"start": "investor", "my_clusters": mine}
    if Role.COMMUNE_OFFICER in roles:
        communes = _communes_of(user)
        inside = Q(units__in=communes) | Q(units__parent__in=communes)
        projects = vi_sorted(KeyProject.objects.filter(inside).distinct(), key=lambda p: p.name)
        raised = (
            ObstacleEvent.objects.filter(by_id=user.pk, kind=EventKind.CREATED)
            .select_related("obstacle__project")
            .order_by("-on")[:20]
        )
        return {
            "start": "officer",
            "my_communes": communes,
            "my_projects": projects,
            "my_obstacles": [e.obstacle for e in raised],
        }
    if roles or user.is_authenticated:
        overdue = [item for group in board(on=on, overdue_only=True) for item in group.items]
        overdue.sort(key=lambda item: -item.days_overdue)
        return {"start": "leader", "overdue": overdue[:10], "overdue_count": len(overdue)}
    return {"start": ""}
