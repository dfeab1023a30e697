"""Synthetic projects, agencies and obstacles for tests (clearly labelled, never shipped data)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from provind.geography.models import REFORM_DATE
from provind.geography.queries import resolve_unit
from provind.projects.models import Agency, KeyProject, Milestone, Obstacle, ProjectCategory
from provind.projects.services import create_obstacle


def make_agency(name: str = "Sở Tài nguyên và Môi trường (thử)", email: str = "stnmt@example.test") -> Agency:
    agency, _ = Agency.objects.get_or_create(name=name, defaults={"email": email})
    return agency


def make_project(
    code: str = "thu-nghiem",
    name: str = "Dự án thử nghiệm (synthetic)",
    *,
    unit_codes: tuple[str, ...] = ("05503",),
    on: dt.date = REFORM_DATE,
    category: str = ProjectCategory.POWER_GRID,
    **extra: Any,
) -> KeyProject:
    project = KeyProject.objects.create(code=code, name=name, category=category, **extra)
    project.units.set([resolve_unit(c, on) for c in unit_codes])
    return project


def make_milestone(
    project: KeyProject, stage: str, planned: str | None = None, actual: str | None = None, **extra: Any
) -> Milestone:
    return Milestone.objects.create(
        project=project,
        stage=stage,
        planned_on=dt.date.fromisoformat(planned) if planned else None,
        actual_on=dt.date.fromisoformat(actual) if actual else None,
        achieved=actual is not None,
        **extra,
    )


def make_obstacle(
    project: KeyProject,
    *,
    raised: str = "2025-08-01",
    deadline: str | None = "2025-08-15",
    agency: Agency | None = None,
    description: str = "Chưa bàn giao mặt bằng (thử)",
    **extra: Any,
) -> Obstacle:
    return create_obstacle(
        project=project,
        description=description,
        category=extra.pop("category", "land"),
        agency=agency or make_agency(),
        raised_on=dt.date.fromisoformat(raised),
        deadline=dt.date.fromisoformat(deadline) if deadline else None,
        by=None,
        **extra,
    )
