"""Reads for the portfolio, the project page, the weekly obstacle board and the digest.

Everything that depends on "today" takes `on` so that pages, reports and tests agree on the day.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field
from functools import cached_property

from django.db.models import Prefetch, QuerySet

from provind.projects.models import (
    Agency,
    KeyProject,
    Milestone,
    Obstacle,
    ObstacleEvent,
    ProjectCategory,
    Stage,
    today,
)

NO_STAGE = "none"


@dataclass(frozen=True)
class BoardItem:
    """An obstacle with its day counts fixed for the board's day."""

    obstacle: Obstacle
    is_overdue: bool
    days_overdue: int
    age_days: int
    days_left: int | None


@dataclass
class AgencyGroup:
    """One responsible agency's unresolved obstacles, overdue first, then oldest first."""

    agency: Agency
    obstacles: list[Obstacle] = field(default_factory=list)
    on: dt.date = field(default_factory=today)

    @cached_property
    def overdue(self) -> list[Obstacle]:
        return [o for o in self.obstacles if o.is_overdue(self.on)]

    @property
    def overdue_count(self) -> int:
        return len(self.overdue)

    @cached_property
    def items(self) -> list[BoardItem]:
        return [
            BoardItem(o, o.is_overdue(self.on), o.days_overdue(self.on), o.age_days(self.on), o.days_left(self.on))
            for o in self.obstacles
        ]


@dataclass
class LateMilestone:
    milestone: Milestone
    days_late: int

    @property
    def project(self) -> KeyProject:
        return self.milestone.project


def projects_with_details() -> QuerySet[KeyProject]:
    return KeyProject.objects.select_related("investor", "source").prefetch_related(
        "units",
        "documents",
        Prefetch("milestones", queryset=Milestone.objects.select_related("source")),
        Prefetch("obstacles", queryset=Obstacle.objects.select_related("agency")),
    )


def portfolio(
    *, category: str | None = None, stage: str | None = None, unit_code: str | None = None
) -> list[KeyProject]:
    """Projects, filtered by category, current stage (`none` = nothing achieved yet) and location code."""
    projects = projects_with_details()
    if category:
        projects = projects.filter(category=category)
    if unit_code:
        projects = projects.filter(units__code=unit_code).distinct()
    found = list(projects)
    if stage:
        found = [p for p in found if (p.stage.stage if p.stage else NO_STAGE) == stage]
    return found


def by_category(projects: list[KeyProject]) -> list[tuple[str, str, list[KeyProject]]]:
    """(category code, label, projects) in the order of the category list, empty ones left out."""
    groups: dict[str, list[KeyProject]] = defaultdict(list)
    for project in projects:
        groups[project.category].append(project)
    return [(code, str(label), groups[code]) for code, label in ProjectCategory.choices if groups.get(code)]


def stage_counts(projects: list[KeyProject]) -> list[tuple[str, str, int]]:
    counts: dict[str, int] = defaultdict(int)
    for project in projects:
        counts[project.stage.stage if project.stage else NO_STAGE] += 1
    return [(code, str(label), counts[code]) for code, label in Stage.choices if counts.get(code)]


def late_milestones(*, on: dt.date | None = None, projects: list[KeyProject] | None = None) -> list[LateMilestone]:
    """Milestones behind plan, most days late first."""
    day = on or today()
    if projects is None:
        projects = list(projects_with_details())
    late = [
        LateMilestone(m, m.days_late(day)) for project in projects for m in project.milestones.all() if m.is_late(day)
    ]
    return sorted(late, key=lambda item: (-item.days_late, item.milestone.project.name))


def unresolved_obstacles(
    *, agency_id: int | None = None, project_id: int | None = None, category: str | None = None
) -> QuerySet[Obstacle]:
    obstacles = Obstacle.objects.unresolved().select_related("project", "agency")
    if agency_id is not None:
        obstacles = obstacles.filter(agency_id=agency_id)
    if project_id is not None:
        obstacles = obstacles.filter(project_id=project_id)
    if category:
        obstacles = obstacles.filter(project__category=category)
    return obstacles


def board(
    *,
    on: dt.date | None = None,
    agency_id: int | None = None,
    project_id: int | None = None,
    category: str | None = None,
    overdue_only: bool = False,
) -> list[AgencyGroup]:
    """The weekly meeting's board: unresolved obstacles by responsible agency; within an agency
    overdue first (most days overdue first), then the oldest; agencies with most overdue first."""
    day = on or today()
    groups: dict[int, AgencyGroup] = {}
    for obstacle in unresolved_obstacles(agency_id=agency_id, project_id=project_id, category=category):
        if overdue_only and not obstacle.is_overdue(day):
            continue
        group = groups.setdefault(obstacle.agency_id, AgencyGroup(obstacle.agency, on=day))
        group.obstacles.append(obstacle)
    for group in groups.values():
        group.obstacles.sort(key=lambda o: (not o.is_overdue(day), -o.days_overdue(day), o.raised_on, o.pk))
    return sorted(groups.values(), key=lambda g: (-g.overdue_count, g.agency.name))


def overdue_by_agency(*, on: dt.date | None = None) -> list[AgencyGroup]:
    """What the digest sends: each agency with at least one overdue obstacle, only those obstacles."""
    return board(on=on, overdue_only=True)


def obstacle_history(project: KeyProject) -> dict[int, list[ObstacleEvent]]:
    history: dict[int, list[ObstacleEvent]] = defaultdict(list)
    for event in ObstacleEvent.objects.filter(obstacle__project=project).select_related("by"):
        history[event.obstacle_id].append(event)
    return history
