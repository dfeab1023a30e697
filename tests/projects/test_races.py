"""Two clients acting on the same obstacle or milestone at once: each on its own database
connection (threads), started together, on whichever database the suite runs (SQLite and
PostgreSQL). Nothing may be lost: a step either lands on the latest state or is refused."""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Callable
from functools import partial
from typing import Any

import pytest
from django.conf import settings
from django.db import connection

from provind.geography.loading import load_units
from provind.geography.models import AdminUnit
from provind.projects.models import EscalationLevel, Milestone, Obstacle, ObstacleStatus, Stage
from provind.projects.services import (
    ObstacleError,
    StaleEdit,
    StaleMilestone,
    escalate_obstacle,
    move_milestone,
    resolve_obstacle,
)
from tests.projects.factories import make_milestone, make_obstacle, make_project

ROUNDS = 8


@pytest.fixture
def units(transactional_db: None) -> None:
    if not AdminUnit.objects.exists():  # transactional tests start from a flushed database
        load_units(settings.DATA_DIR / "geography", provinces=frozenset({"19", "06"}))


def race(*actions: Callable[[], Any]) -> list[Any]:
    """Run the actions at the same moment, each in its own thread (own connection). Returns
    each one's result or the exception it raised."""
    barrier = threading.Barrier(len(actions))
    results: list[Any] = [None] * len(actions)

    def run(i: int, action: Callable[[], Any]) -> None:
        try:
            barrier.wait()
            results[i] = action()
        except Exception as exc:  # noqa: BLE001 - the caller inspects what each client got
            results[i] = exc
        finally:
            connection.close()

    threads = [threading.Thread(target=run, args=(i, a)) for i, a in enumerate(actions)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=60)
    return results


@pytest.mark.django_db(transaction=True)
def test_escalate_and_resolve_together_lose_nothing(units: None) -> None:
    project = make_project(unit_codes=("05941",))
    for n in range(ROUNDS):
        obstacle = make_obstacle(project, description=f"Vướng mắc đua {n} (thử)")
        # Both clients hold the same stale copy, read before either acts (as two open pages do).
        stale_a = Obstacle.objects.select_related("project").get(pk=obstacle.pk)
        stale_b = Obstacle.objects.select_related("project").get(pk=obstacle.pk)
        escalated, resolved = race(
            partial(escalate_obstacle, obstacle=stale_a, to_level=EscalationLevel.MINISTRY, by=None),
            partial(
                resolve_obstacle, obstacle=stale_b, resolution="Đã bàn giao mặt bằng", by=None, on=dt.date(2025, 9, 1)
            ),
        )
        assert not isinstance(resolved, Exception), resolved  # resolving an open obstacle always fits
        fresh = Obstacle.objects.get(pk=obstacle.pk)
        assert fresh.status == ObstacleStatus.RESOLVED
        assert fresh.resolution == "Đã bàn giao mặt bằng"
        assert fresh.resolved_on == dt.date(2025, 9, 1)
        kinds = list(fresh.events.order_by("at", "id").values_list("kind", flat=True))
        if isinstance(escalated, Exception):
            # It came second and saw the resolution: refused, and it left no trace.
            assert isinstance(escalated, ObstacleError)
            assert fresh.escalation_level == EscalationLevel.DEPARTMENT
            assert kinds == ["created", "resolved"]
        else:
            assert fresh.escalation_level == EscalationLevel.MINISTRY
            assert kinds == ["created", "escalated", "resolved"]
        assert fresh.version == len(kinds) - 1


@pytest.mark.django_db(transaction=True)
def test_two_resolves_one_wins(units: None) -> None:
    project = make_project(unit_codes=("05941",))
    for n in range(ROUNDS):
        obstacle = make_obstacle(project, description=f"Hai người cùng xử lý {n} (thử)")
        first = Obstacle.objects.select_related("project").get(pk=obstacle.pk)
        second = Obstacle.objects.select_related("project").get(pk=obstacle.pk)
        results = race(
            partial(resolve_obstacle, obstacle=first, resolution="Cách A", by=None),
            partial(resolve_obstacle, obstacle=second, resolution="Cách B", by=None),
        )
        failed = [r for r in results if isinstance(r, Exception)]
        assert len(failed) == 1
        assert isinstance(failed[0], ObstacleError)
        winner = next(r for r in results if not isinstance(r, Exception))
        fresh = Obstacle.objects.get(pk=obstacle.pk)
        assert fresh.resolution == winner.resolution
        assert fresh.events.filter(kind="resolved").count() == 1


@pytest.mark.django_db(transaction=True)
def test_two_steps_from_the_same_page_version_one_is_refused_as_stale(units: None) -> None:
    project = make_project(unit_codes=("05941",))
    obstacle = make_obstacle(project)
    seen = obstacle.version
    results = race(
        lambda: escalate_obstacle(
            obstacle=obstacle, to_level=EscalationLevel.PROVINCIAL_COMMITTEE, by=None, expected_version=seen
        ),
        lambda: escalate_obstacle(obstacle=obstacle, to_level=EscalationLevel.MINISTRY, by=None, expected_version=seen),
    )
    stale = [r for r in results if isinstance(r, Exception)]
    assert len(stale) == 1
    assert isinstance(stale[0], StaleEdit)
    assert "escalated" in stale[0].vi  # names what happened meanwhile
    assert Obstacle.objects.get(pk=obstacle.pk).events.filter(kind="escalated").count() == 1


@pytest.mark.django_db(transaction=True)
def test_two_milestone_edits_from_the_same_version_one_is_refused(units: None) -> None:
    project = make_project(unit_codes=("05941",))
    for n in range(ROUNDS):
        milestone = make_milestone(
            project, Stage.OTHER, planned="2025-03-01", actual="2025-03-05", label=f"Mốc {n} (thử)"
        )
        seen = milestone.version
        a = Milestone.objects.select_related("project").get(pk=milestone.pk)
        b = Milestone.objects.select_related("project").get(pk=milestone.pk)
        results = race(
            partial(
                move_milestone,
                milestone=a,
                planned_on=dt.date(2025, 4, 1),
                actual_on=a.actual_on,
                by=None,
                expected_version=seen,
            ),
            partial(
                move_milestone,
                milestone=b,
                planned_on=b.planned_on,
                actual_on=dt.date(2025, 3, 9),
                by=None,
                expected_version=seen,
            ),
        )
        refused = [r for r in results if isinstance(r, Exception)]
        assert len(refused) == 1
        assert isinstance(refused[0], StaleMilestone)
        fresh = Milestone.objects.get(pk=milestone.pk)
        winner = next(r for r in results if not isinstance(r, Exception))
        assert (fresh.planned_on, fresh.actual_on) == (winner.planned_on, winner.actual_on)
        assert fresh.version == seen + 1
