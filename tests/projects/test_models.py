import datetime as dt

import pytest

from provind.projects.models import DeadlineBasis, Stage
from tests.projects.factories import make_milestone, make_obstacle, make_project

pytestmark = pytest.mark.django_db


def test_it_marks_a_milestone_late_when_the_planned_date_passed_without_an_actual():
    project = make_project()
    pending = make_milestone(project, Stage.CONSTRUCTION_START, planned="2025-03-01")
    slipped = make_milestone(project, Stage.COMPLETION, planned="2025-06-30", actual="2025-07-10")
    on_time = make_milestone(project, Stage.INVESTMENT_POLICY, planned="2025-01-10", actual="2025-01-05")
    unknown = make_milestone(project, Stage.PHASE_TWO)

    on = dt.date(2025, 3, 11)
    assert pending.is_late(on)
    assert pending.days_late(on) == 10
    assert slipped.is_late(on)
    assert slipped.days_late(on) == 10
    assert not on_time.is_late(on)
    assert not unknown.is_late(on)  # unknown plan: never "late"
    assert not pending.is_late(dt.date(2025, 2, 28))


def test_it_takes_the_latest_achieved_milestone_as_the_stage():
    project = make_project()
    make_milestone(project, Stage.INVESTMENT_POLICY, actual="2024-03-01")
    started = make_milestone(project, Stage.CONSTRUCTION_START, actual="2024-09-04")
    make_milestone(project, Stage.COMPLETION, planned="2026-01-01")

    assert project.stage == started


def test_it_counts_overdue_days_on_the_obstacles_own_basis():
    project = make_project()
    # deadline Friday 24/1/2025; on Friday 7/2/2025 the Tết week lies between
    working = make_obstacle(project, raised="2025-01-10", deadline="2025-01-24")
    calendar = make_obstacle(
        project,
        raised="2025-01-10",
        deadline="2025-01-24",
        description="Thiếu vốn (thử)",
        deadline_basis=DeadlineBasis.CALENDAR,
    )
    on = dt.date(2025, 2, 7)

    assert working.is_overdue(on)
    assert calendar.is_overdue(on)
    assert working.days_overdue(on) == 5
    assert calendar.days_overdue(on) == 14
    assert calendar.age_days(on) == 28
    assert not working.is_overdue(dt.date(2025, 1, 24))  # due that day, not yet overdue


def test_it_derives_the_deadline_from_days_to_respond():
    project = make_project()

    obstacle = make_obstacle(project, raised="2025-01-24", deadline=None, response_days=5)

    assert obstacle.deadline == dt.date(2025, 2, 7)


def test_it_scopes_a_project_to_the_smallest_unit_holding_all_its_locations():
    one = make_project("mot", unit_codes=("05950",), on=dt.date(2024, 3, 14))
    two = make_project("hai", unit_codes=("05950", "05941"), on=dt.date(2024, 3, 14))

    assert one.scope_unit.name == "Xã Úc Kỳ"
    assert two.scope_unit.name == "Huyện Phú Bình"
