import datetime as dt

import pytest
from django.contrib.auth.models import AnonymousUser, User

from provind.accounts.models import Scope
from provind.accounts.permissions import may_change
from provind.geography.models import REFORM_DATE
from provind.geography.queries import resolve_unit

OLD_DAY = REFORM_DATE - dt.timedelta(days=1)


@pytest.fixture
def units(db):
    return {
        "new_tn": resolve_unit("19", REFORM_DATE),
        "old_tn": resolve_unit("19", OLD_DAY),
        "old_bk": resolve_unit("06", OLD_DAY),
        "tan_cuong": resolve_unit("05503", REFORM_DATE),
        "other_commune": resolve_unit("05500", REFORM_DATE),
        "old_phu_binh": resolve_unit("173", OLD_DAY),
        "hanoi": resolve_unit("01", REFORM_DATE),
    }


def test_it_lets_the_admin_change_anything(cast, units):
    assert may_change(cast["admin"], units["hanoi"])


def test_it_lets_a_department_editor_change_their_province_before_and_after_the_merger(cast, units):
    editor = cast["department_editor"]

    assert may_change(editor, units["new_tn"])
    assert may_change(editor, units["tan_cuong"])
    assert may_change(editor, units["old_tn"])  # 2024 figures of old Thái Nguyên
    assert may_change(editor, units["old_bk"])  # and of old Bắc Kạn
    assert may_change(editor, units["old_phu_binh"])
    assert not may_change(editor, units["hanoi"])


def test_it_limits_a_commune_officer_to_their_commune(cast, units):
    officer = cast["commune_officer"]

    assert may_change(officer, units["tan_cuong"])
    assert not may_change(officer, units["other_commune"])
    assert not may_change(officer, units["new_tn"])


def test_it_gives_viewers_investors_and_anonymous_users_no_unit_rights(cast, units):
    assert not may_change(cast["viewer"], units["tan_cuong"])
    assert not may_change(cast["cluster_investor"], units["tan_cuong"])
    assert not may_change(AnonymousUser(), units["tan_cuong"])


def test_it_lets_an_investor_change_only_the_objects_scoped_to_them(cast, units):
    # Any model instance can be a scope target; a group stands in for a cluster here.
    from django.contrib.auth.models import Group
    from django.contrib.contenttypes.models import ContentType

    investor = cast["cluster_investor"]
    mine, theirs = Group.objects.create(name="cụm A"), Group.objects.create(name="cụm B")
    Scope.objects.create(user=investor, target_type=ContentType.objects.get_for_model(Group), target_id=str(mine.pk))

    assert may_change(investor, mine)
    assert not may_change(investor, theirs)


def test_it_ignores_scopes_of_an_inactive_user(cast, units):
    editor: User = cast["department_editor"]
    editor.is_active = False
    editor.save()

    assert not may_change(editor, units["tan_cuong"])
