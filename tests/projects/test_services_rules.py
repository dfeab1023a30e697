"""Every refusal and computation rule of the obstacle and milestone services (issue 9: a rule
that disappears makes a test fail). Synthetic projects only."""

from __future__ import annotations

import datetime as dt

import pytest

from provind.indicators.models import Source
from provind.projects.models import (
    DeadlineBasis,
    EscalationLevel,
    EventKind,
    Milestone,
    Obstacle,
    ObstacleStatus,
    Stage,
)
from provind.projects.services import (
    NotAllowed,
    ObstacleError,
    StaleEdit,
    StaleMilestone,
    create_obstacle,
    deadline_for,
    escalate_obstacle,
    may_raise_obstacle,
    move_milestone,
    reopen_obstacle,
    resolve_obstacle,
    start_obstacle_work,
)
from tests.projects.factories import make_agency, make_milestone, make_obstacle, make_project

pytestmark = pytest.mark.django_db
AUG_1 = dt.date(2025, 8, 1)  # a Friday


def _new(project, **overrides):
    fields = {
        "project": project,
        "description": "Chưa bàn giao mặt bằng (thử)",
        "category": "land",
        "agency": make_agency(),
        "raised_on": AUG_1,
        "by": None,
    }
    fields.update(overrides)
    return create_obstacle(**fields)


# --- create_obstacle -------------------------------------------------------------------------


def test_a_new_obstacle_gets_its_deadline_from_the_response_days():
    project = make_project()

    working = _new(project, response_days=10)
    calendar = _new(project, response_days=10, deadline_basis=DeadlineBasis.CALENDAR)
    explicit = _new(project, response_days=10, deadline=dt.date(2025, 9, 30))
    none = _new(project)

    assert working.deadline == dt.date(2025, 8, 15)  # 10 working days after Friday 1/8
    assert calendar.deadline == dt.date(2025, 8, 11)  # 11/8 (Monday)
    assert explicit.deadline == dt.date(2025, 9, 30)  # an explicit deadline wins
    assert none.deadline is None
    assert working.description == "Chưa bàn giao mặt bằng (thử)"
    assert (working.status, working.escalation_level) == (ObstacleStatus.OPEN, EscalationLevel.DEPARTMENT)


def test_deadline_for_counts_on_the_basis_given():
    assert deadline_for(AUG_1, None, "working") is None
    assert deadline_for(AUG_1, 1, "working") == dt.date(2025, 8, 4)
    assert deadline_for(AUG_1, 1, "calendar") == dt.date(2025, 8, 4)  # Saturday 2/8 → next working day
    assert deadline_for(dt.date(2025, 8, 4), 1, "calendar") == dt.date(2025, 8, 5)


def test_a_new_obstacle_records_a_created_event_with_its_state():
    obstacle = _new(make_project(), description="  Thiếu vốn (thử)  ", escalation_level=EscalationLevel.MINISTRY)

    (event,) = obstacle.events.all()
    assert obstacle.description == "Thiếu vốn (thử)"  # trimmed
    assert (event.kind, event.on, event.by) == (EventKind.CREATED, AUG_1, None)
    assert (event.to_status, event.to_level) == (ObstacleStatus.OPEN, EscalationLevel.MINISTRY)


@pytest.mark.parametrize(
    ("overrides", "field", "vi", "en"),
    [
        ({"description": "   "}, "description", "cần mô tả vướng mắc", "describe what blocks the project"),
        ({"category": "weather"}, "category", "nhóm vướng mắc không hợp lệ", "unknown obstacle category"),
        ({"deadline_basis": "lunar"}, "deadline_basis", "phải là working/calendar", "must be working/calendar"),
        ({"escalation_level": "king"}, "escalation_level", "cấp xử lý không hợp lệ", "unknown escalation level"),
        (
            {"deadline": dt.date(2025, 7, 31)},
            "deadline",
            "hạn xử lý trước ngày phát sinh",
            "the deadline is before the date raised",
        ),
    ],
)
def test_a_new_obstacle_is_refused_naming_the_field(overrides, field, vi, en):
    with pytest.raises(ObstacleError) as refused:
        _new(make_project(), **overrides)

    assert (refused.value.field, refused.value.vi, refused.value.en) == (field, vi, en)
    assert str(refused.value) == f"{refused.value.vi} / {refused.value.en}"
    assert Obstacle.objects.count() == 0


def test_a_deadline_on_the_day_raised_is_accepted():
    assert _new(make_project(), deadline=AUG_1).deadline == AUG_1


def test_who_may_raise_an_obstacle(cast):
    here = make_project(unit_codes=("05503",))  # Tân Cương: the commune officer's commune
    elsewhere = make_project("khac", unit_codes=("05941",))

    assert may_raise_obstacle(None, here) is True  # the system
    assert may_raise_obstacle(cast["department_editor"], elsewhere) is True
    assert may_raise_obstacle(cast["commune_officer"], here) is True
    assert may_raise_obstacle(cast["commune_officer"], elsewhere) is False
    assert may_raise_obstacle(cast["viewer"], here) is False
    from django.contrib.auth.models import AnonymousUser

    assert may_raise_obstacle(AnonymousUser(), here) is False
    with pytest.raises(NotAllowed) as refused:
        _new(elsewhere, by=cast["viewer"])
    assert "Dự án thử nghiệm (synthetic)" in refused.value.vi
    assert refused.value.en == "you may not change the project “Dự án thử nghiệm (synthetic)”"
    assert str(refused.value) == f"{refused.value.vi} / {refused.value.en}"


def test_an_obstacle_raised_by_a_user_names_them(cast):
    obstacle = _new(make_project(), by=cast["department_editor"])

    assert obstacle.events.get().by == cast["department_editor"]


# --- steps -----------------------------------------------------------------------------------


def test_starting_work_moves_an_open_obstacle_and_records_it(cast):
    obstacle = make_obstacle(make_project())

    returned = start_obstacle_work(obstacle=obstacle, by=cast["admin"], note="Đã giao (thử)", on=dt.date(2025, 8, 4))

    assert returned is obstacle  # the caller's object gets the saved state
    assert obstacle.status == ObstacleStatus.IN_PROGRESS
    assert obstacle.version == Obstacle.objects.get(pk=obstacle.pk).version
    event = obstacle.events.order_by("id").last()
    assert (event.kind, event.on, event.note, event.by) == (
        EventKind.STARTED,
        dt.date(2025, 8, 4),
        "Đã giao (thử)",
        cast["admin"],
    )
    assert (event.from_status, event.to_status) == (ObstacleStatus.OPEN, ObstacleStatus.IN_PROGRESS)
    assert (event.from_level, event.to_level) == ("", "")  # only an escalation records levels
    with pytest.raises(ObstacleError) as refused:
        start_obstacle_work(obstacle=obstacle, by=cast["admin"])
    assert refused.value.field == "status"
    assert refused.value.vi == "chỉ vướng mắc đang mở mới chuyển sang đang xử lý"
    assert refused.value.en == "only an open obstacle can move to in progress"


def test_a_reopened_obstacle_can_be_started_again(cast):
    obstacle = make_obstacle(make_project())
    resolve_obstacle(obstacle=obstacle, resolution="Xong", by=None, on=dt.date(2025, 8, 2))
    reopen_obstacle(obstacle=obstacle, reason="Lại vướng", by=None, on=dt.date(2025, 8, 5))

    start_obstacle_work(obstacle=obstacle, by=None)

    assert obstacle.status == ObstacleStatus.IN_PROGRESS


def test_resolving_records_the_trimmed_resolution_and_day(cast):
    obstacle = make_obstacle(make_project())

    resolve_obstacle(obstacle=obstacle, resolution="  Đã bàn giao  ", by=cast["admin"], on=dt.date(2025, 8, 20))

    stored = Obstacle.objects.get(pk=obstacle.pk)
    assert (stored.status, stored.resolution, stored.resolved_on) == (
        ObstacleStatus.RESOLVED,
        "Đã bàn giao",
        dt.date(2025, 8, 20),
    )
    event = stored.events.order_by("id").last()
    assert (event.kind, event.note, event.on) == (EventKind.RESOLVED, "Đã bàn giao", dt.date(2025, 8, 20))


def test_resolving_is_refused_without_text_before_it_was_raised_and_twice(cast):
    obstacle = make_obstacle(make_project(), raised="2025-08-01")

    with pytest.raises(ObstacleError) as empty:
        resolve_obstacle(obstacle=obstacle, resolution="  ", by=cast["admin"], on=dt.date(2025, 8, 2))
    with pytest.raises(ObstacleError) as early:
        resolve_obstacle(obstacle=obstacle, resolution="Xong", by=cast["admin"], on=dt.date(2025, 7, 31))
    resolve_obstacle(obstacle=obstacle, resolution="Xong", by=cast["admin"], on=dt.date(2025, 8, 1))  # same day: ok
    with pytest.raises(ObstacleError) as twice:
        resolve_obstacle(obstacle=obstacle, resolution="Xong", by=cast["admin"], on=dt.date(2025, 8, 3))

    assert (empty.value.field, empty.value.vi, empty.value.en) == (
        "resolution",
        "cần ghi kết quả xử lý",
        "write how it was resolved",
    )
    assert (early.value.field, early.value.vi, early.value.en) == (
        "resolved_on",
        "ngày giải quyết trước ngày phát sinh",
        "resolved before it was raised",
    )
    assert (twice.value.field, twice.value.vi, twice.value.en) == (
        "status",
        "vướng mắc đã được giải quyết",
        "the obstacle is already resolved",
    )
    assert obstacle.events.filter(kind=EventKind.RESOLVED).count() == 1


def test_an_in_progress_obstacle_can_be_resolved(cast):
    obstacle = make_obstacle(make_project())
    start_obstacle_work(obstacle=obstacle, by=None)

    resolve_obstacle(obstacle=obstacle, resolution="Xong", by=None, on=dt.date(2025, 8, 4))

    assert obstacle.status == ObstacleStatus.RESOLVED


def test_reopening_clears_the_resolution_and_keeps_the_deadline_unless_told(cast):
    obstacle = make_obstacle(make_project(), deadline="2025-08-15")
    resolve_obstacle(obstacle=obstacle, resolution="Xong", by=None, on=dt.date(2025, 8, 2))

    with pytest.raises(ObstacleError) as no_reason:
        reopen_obstacle(obstacle=obstacle, reason=" ", by=None)
    reopen_obstacle(obstacle=obstacle, reason="  Hộ dân khiếu nại  ", by=None, on=dt.date(2025, 8, 5))

    stored = Obstacle.objects.get(pk=obstacle.pk)
    assert (no_reason.value.field, no_reason.value.vi, no_reason.value.en) == (
        "reason",
        "cần ghi lý do mở lại",
        "give the reason for reopening",
    )
    assert (stored.status, stored.resolution, stored.resolved_on) == (ObstacleStatus.REOPENED, "", None)
    assert stored.deadline == dt.date(2025, 8, 15)  # no response_days: the deadline stays
    assert stored.events.order_by("id").last().note == "Hộ dân khiếu nại"
    with pytest.raises(ObstacleError) as again:
        reopen_obstacle(obstacle=obstacle, reason="Lần nữa", by=None)
    assert (again.value.field, again.value.vi, again.value.en) == (
        "status",
        "chỉ mở lại vướng mắc đã giải quyết",
        "only a resolved obstacle can be reopened",
    )


def test_reopening_with_response_days_counts_on_the_obstacles_basis():
    obstacle = make_obstacle(make_project(), deadline=None, deadline_basis=DeadlineBasis.CALENDAR)
    resolve_obstacle(obstacle=obstacle, resolution="Xong", by=None, on=dt.date(2025, 8, 2))

    reopen_obstacle(obstacle=obstacle, reason="Lại", by=None, on=dt.date(2025, 8, 4), response_days=3)

    stored = Obstacle.objects.get(pk=obstacle.pk)
    assert (stored.response_days, stored.deadline) == (3, dt.date(2025, 8, 7))  # calendar days


def test_escalation_records_both_levels_and_only_goes_up(cast):
    obstacle = make_obstacle(make_project())

    escalate_obstacle(
        obstacle=obstacle,
        to_level=EscalationLevel.MINISTRY,
        by=cast["admin"],
        note="Cần Bộ (thử)",
        on=dt.date(2025, 8, 6),
    )

    event = obstacle.events.order_by("id").last()
    assert event.by == cast["admin"]
    assert obstacle.escalation_level == EscalationLevel.MINISTRY
    assert (event.from_level, event.to_level) == (EscalationLevel.DEPARTMENT, EscalationLevel.MINISTRY)
    assert (event.note, event.on) == ("Cần Bộ (thử)", dt.date(2025, 8, 6))
    assert (event.from_status, event.to_status) == (ObstacleStatus.OPEN, ObstacleStatus.OPEN)
    with pytest.raises(ObstacleError) as same:
        escalate_obstacle(obstacle=obstacle, to_level=EscalationLevel.MINISTRY, by=cast["admin"])
    assert (same.value.field, same.value.vi, same.value.en) == (
        "to_level",
        "chỉ chuyển lên cấp cao hơn",
        "escalation only goes up",
    )
    with pytest.raises(ObstacleError) as unknown:
        escalate_obstacle(obstacle=obstacle, to_level="emperor", by=cast["admin"])
    assert (unknown.value.field, unknown.value.vi, unknown.value.en) == (
        "to_level",
        "cấp xử lý không hợp lệ",
        "unknown escalation level",
    )
    escalate_obstacle(obstacle=obstacle, to_level=EscalationLevel.PRIME_MINISTER, by=cast["admin"])
    assert obstacle.escalation_level == EscalationLevel.PRIME_MINISTER


def test_a_resolved_obstacle_is_not_escalated(cast):
    obstacle = make_obstacle(make_project())
    resolve_obstacle(obstacle=obstacle, resolution="Xong", by=None, on=dt.date(2025, 8, 2))

    with pytest.raises(ObstacleError) as refused:
        escalate_obstacle(obstacle=obstacle, to_level=EscalationLevel.MINISTRY, by=cast["admin"])

    assert (refused.value.field, refused.value.vi, refused.value.en) == (
        "status",
        "vướng mắc đã được giải quyết",
        "the obstacle is already resolved",
    )


@pytest.mark.parametrize("step", ["start", "resolve", "reopen", "escalate"])
def test_every_step_needs_the_right_to_change_the_project(cast, step):
    obstacle = make_obstacle(make_project())
    calls = {
        "start": lambda: start_obstacle_work(obstacle=obstacle, by=cast["viewer"]),
        "resolve": lambda: resolve_obstacle(obstacle=obstacle, resolution="Xong", by=cast["viewer"]),
        "reopen": lambda: reopen_obstacle(obstacle=obstacle, reason="Lại", by=cast["viewer"]),
        "escalate": lambda: escalate_obstacle(obstacle=obstacle, to_level=EscalationLevel.MINISTRY, by=cast["viewer"]),
    }

    with pytest.raises(NotAllowed):
        calls[step]()
    assert obstacle.events.count() == 1


def test_a_stale_step_names_the_steps_missed_and_the_state_now(cast):
    obstacle = make_obstacle(make_project())
    seen = Obstacle.objects.get(pk=obstacle.pk).version
    start_obstacle_work(
        obstacle=Obstacle.objects.get(pk=obstacle.pk), by=cast["admin"], note="Giao việc", on=dt.date(2025, 8, 4)
    )
    escalate_obstacle(
        obstacle=Obstacle.objects.get(pk=obstacle.pk),
        to_level=EscalationLevel.MINISTRY,
        by=None,
        on=dt.date(2025, 8, 5),
    )

    with pytest.raises(StaleEdit) as stale:
        resolve_obstacle(
            obstacle=obstacle, resolution="Xong", by=cast["admin"], on=dt.date(2025, 8, 6), expected_version=seen
        )

    message = stale.value.vi
    assert stale.value.field == "version"
    assert message == (
        "vướng mắc đã được người khác thay đổi trong lúc bạn xem (started (admin, 2025-08-04): Giao việc; "
        "escalated (hệ thống/system, 2025-08-05)); hiện tại: in_progress, ministry. Hãy xem lại rồi thao tác lại"
    )
    assert "now: in_progress, ministry" in stale.value.en
    assert str(stale.value).startswith("vướng mắc đã được người khác thay đổi")
    assert Obstacle.objects.get(pk=obstacle.pk).status == ObstacleStatus.IN_PROGRESS
    # the version now held is accepted
    now = Obstacle.objects.get(pk=obstacle.pk).version
    resolve_obstacle(
        obstacle=obstacle, resolution="Xong", by=cast["admin"], on=dt.date(2025, 8, 6), expected_version=now
    )
    assert obstacle.status == ObstacleStatus.RESOLVED


# --- milestones ------------------------------------------------------------------------------


def test_moving_a_milestone_sets_its_dates_and_achievement():
    milestone = make_milestone(make_project(), Stage.SITE_CLEARANCE, planned="2025-09-01")

    move_milestone(milestone=milestone, planned_on=dt.date(2025, 10, 1), actual_on=None, by=None)
    assert (milestone.planned_on, milestone.actual_on, milestone.achieved) == (dt.date(2025, 10, 1), None, False)
    move_milestone(milestone=milestone, planned_on=None, actual_on=dt.date(2025, 10, 3), by=None, note="Xong (thử)")
    stored = Milestone.objects.get(pk=milestone.pk)
    assert (stored.planned_on, stored.actual_on, stored.achieved, stored.note) == (
        None,
        dt.date(2025, 10, 3),
        True,
        "Xong (thử)",
    )
    move_milestone(milestone=milestone, planned_on=None, actual_on=None, by=None, achieved=True)
    assert Milestone.objects.get(pk=milestone.pk).achieved is True  # achieved without a date
    assert Milestone.objects.get(pk=milestone.pk).note == "Xong (thử)"  # note None: kept
    move_milestone(milestone=milestone, planned_on=None, actual_on=None, by=None, achieved=False, note="")
    stored = Milestone.objects.get(pk=milestone.pk)
    assert (stored.achieved, stored.note) == (False, "")


def test_a_stale_milestone_edit_is_refused_naming_its_dates(cast):
    milestone = make_milestone(make_project(), Stage.SITE_CLEARANCE, planned="2025-09-01")
    seen = milestone.version
    move_milestone(
        milestone=Milestone.objects.get(pk=milestone.pk),
        planned_on=dt.date(2025, 9, 20),
        actual_on=None,
        by=cast["admin"],
    )

    with pytest.raises(StaleMilestone) as stale:
        move_milestone(
            milestone=milestone,
            planned_on=dt.date(2025, 12, 1),
            actual_on=None,
            by=cast["admin"],
            expected_version=seen,
        )

    assert stale.value.field == "version"
    assert "2025-09-20 / —" in stale.value.vi
    assert "planned / actual now: 2025-09-20 / —" in stale.value.en
    assert str(stale.value) == f"{stale.value.vi} / {stale.value.en}"
    assert Milestone.objects.get(pk=milestone.pk).planned_on == dt.date(2025, 9, 20)
    move_milestone(
        milestone=milestone,
        planned_on=dt.date(2025, 12, 1),
        actual_on=None,
        by=cast["admin"],
        expected_version=Milestone.objects.get(pk=milestone.pk).version,
    )
    assert milestone.planned_on == dt.date(2025, 12, 1)


def test_a_milestone_needs_the_right_to_change_the_project(cast):
    milestone = make_milestone(make_project(), Stage.SITE_CLEARANCE, planned="2025-09-01")

    with pytest.raises(NotAllowed):
        move_milestone(milestone=milestone, planned_on=None, actual_on=None, by=cast["viewer"])
    assert Milestone.objects.get(pk=milestone.pk).planned_on == dt.date(2025, 9, 1)


def _stale_message(obstacle, seen):
    with pytest.raises(StaleEdit) as stale:
        resolve_obstacle(obstacle=obstacle, resolution="Xong", by=None, on=dt.date(2025, 8, 9), expected_version=seen)
    return stale.value.en


def test_one_missed_step_is_named_alone():
    obstacle = make_obstacle(make_project())
    seen = Obstacle.objects.get(pk=obstacle.pk).version
    start_obstacle_work(obstacle=Obstacle.objects.get(pk=obstacle.pk), by=None, on=dt.date(2025, 8, 4))

    assert _stale_message(obstacle, seen).startswith(
        "someone else changed the obstacle while you were looking (started (hệ thống/system, 2025-08-04)); now: "
    )


def test_missed_steps_are_the_newest_by_the_time_recorded():
    obstacle = make_obstacle(make_project())
    seen = Obstacle.objects.get(pk=obstacle.pk).version
    start_obstacle_work(obstacle=Obstacle.objects.get(pk=obstacle.pk), by=None, on=dt.date(2025, 8, 4))
    created = obstacle.events.get(kind=EventKind.CREATED)
    later = obstacle.events.get(kind=EventKind.STARTED).at + dt.timedelta(minutes=5)
    type(created).objects.filter(pk=created.pk).update(at=later)  # recorded last, whatever its id

    assert "(created (hệ thống/system, 2025-08-01)); now:" in _stale_message(obstacle, seen)


def test_missed_steps_recorded_at_the_same_moment_follow_their_order():
    obstacle = make_obstacle(make_project())
    seen = Obstacle.objects.get(pk=obstacle.pk).version
    start_obstacle_work(obstacle=Obstacle.objects.get(pk=obstacle.pk), by=None, on=dt.date(2025, 8, 4))
    escalate_obstacle(
        obstacle=Obstacle.objects.get(pk=obstacle.pk),
        to_level=EscalationLevel.MINISTRY,
        by=None,
        on=dt.date(2025, 8, 5),
    )
    obstacle.events.update(at=obstacle.events.get(kind=EventKind.CREATED).at)

    assert "(started (hệ thống/system, 2025-08-04); escalated (hệ thống/system, 2025-08-05)); now:" in (
        _stale_message(obstacle, seen)
    )


def test_a_stale_step_without_any_recorded_event_says_so():
    obstacle = make_obstacle(make_project())
    obstacle.events.all().delete()
    Obstacle.objects.filter(pk=obstacle.pk).update(version=5)

    assert "looking (—); now: open, department" in _stale_message(obstacle, 4)


def test_a_milestone_edit_is_audited_with_its_author(cast):
    from auditlog.models import LogEntry

    milestone = make_milestone(make_project(), Stage.SITE_CLEARANCE, planned="2025-09-01")

    move_milestone(milestone=milestone, planned_on=dt.date(2025, 9, 20), actual_on=None, by=cast["admin"])

    updates = [e for e in LogEntry.objects.get_for_object(milestone) if e.action == LogEntry.Action.UPDATE]
    assert {e.actor for e in updates} == {cast["admin"]}


def test_a_stale_milestone_names_its_actual_date_too(cast):
    milestone = make_milestone(make_project(), Stage.SITE_CLEARANCE, planned="2025-09-01")
    seen = milestone.version
    move_milestone(
        milestone=Milestone.objects.get(pk=milestone.pk),
        planned_on=dt.date(2025, 9, 20),
        actual_on=dt.date(2025, 9, 25),
        by=None,
    )

    with pytest.raises(StaleMilestone) as stale:
        move_milestone(milestone=milestone, planned_on=None, actual_on=None, by=None, expected_version=seen)

    assert "2025-09-20 / 2025-09-25" in stale.value.vi


def test_a_step_without_a_note_records_none(cast):
    obstacle = make_obstacle(make_project())

    start_obstacle_work(obstacle=obstacle, by=None)
    escalate_obstacle(obstacle=obstacle, to_level=EscalationLevel.MINISTRY, by=None)

    assert [e.note for e in obstacle.events.order_by("id")] == ["", "", ""]


def test_start_and_escalate_check_the_version_seen():
    obstacle = make_obstacle(make_project())
    seen = Obstacle.objects.get(pk=obstacle.pk).version
    resolve_obstacle(obstacle=Obstacle.objects.get(pk=obstacle.pk), resolution="Xong", by=None, on=AUG_1)
    reopen_obstacle(obstacle=Obstacle.objects.get(pk=obstacle.pk), reason="Lại", by=None, on=AUG_1)

    with pytest.raises(StaleEdit):
        start_obstacle_work(obstacle=obstacle, by=None, expected_version=seen)
    with pytest.raises(StaleEdit):
        escalate_obstacle(obstacle=obstacle, to_level=EscalationLevel.MINISTRY, by=None, expected_version=seen)
    resolve_obstacle(obstacle=Obstacle.objects.get(pk=obstacle.pk), resolution="Xong", by=None, on=AUG_1)
    with pytest.raises(StaleEdit):
        reopen_obstacle(obstacle=obstacle, reason="Lại", by=None, expected_version=seen)
    assert Obstacle.objects.get(pk=obstacle.pk).status == ObstacleStatus.RESOLVED


def test_a_new_obstacle_stores_every_field_given(cast):
    from auditlog.models import LogEntry

    source = Source.objects.create(title="Công văn thử (synthetic)", url="test://cv")
    obstacle = _new(
        make_project(),
        by=cast["department_editor"],
        category="capital",
        requested_action="Bố trí vốn (thử)",
        response_days=5,
        deadline_basis=DeadlineBasis.CALENDAR,
        source=source,
    )

    stored = Obstacle.objects.get(pk=obstacle.pk)
    assert (stored.category, stored.requested_action, stored.response_days, stored.deadline_basis) == (
        "capital",
        "Bố trí vốn (thử)",
        5,
        DeadlineBasis.CALENDAR,
    )
    assert stored.source == source
    assert stored.agency == make_agency()
    assert stored.deadline == dt.date(2025, 8, 6)  # 5 calendar days
    assert _new(make_project("b"), deadline=None).requested_action == ""
    created = LogEntry.objects.get_for_object(stored).get(action=LogEntry.Action.CREATE)
    assert created.actor == cast["department_editor"]


def test_a_commune_officer_may_raise_on_a_line_through_other_communes_but_not_change_it(cast):
    line = make_project("duong-day", unit_codes=("05503", "05941"))  # Tân Cương and Điềm Thụy

    assert may_raise_obstacle(cast["commune_officer"], line) is True
    obstacle = _new(line, by=cast["commune_officer"])
    with pytest.raises(NotAllowed):
        resolve_obstacle(obstacle=obstacle, resolution="Xong", by=cast["commune_officer"])


def test_the_steps_missed_after_a_later_version_are_only_those_after_it():
    obstacle = make_obstacle(make_project())
    start_obstacle_work(obstacle=Obstacle.objects.get(pk=obstacle.pk), by=None, on=dt.date(2025, 8, 4))
    seen = Obstacle.objects.get(pk=obstacle.pk).version
    escalate_obstacle(
        obstacle=Obstacle.objects.get(pk=obstacle.pk),
        to_level=EscalationLevel.MINISTRY,
        by=None,
        on=dt.date(2025, 8, 5),
    )

    assert seen >= 1  # a version after the first step
    assert "looking (escalated (hệ thống/system, 2025-08-05)); now:" in _stale_message(obstacle, seen)
