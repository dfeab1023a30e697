"""People and scopes by name (provind.accounts.services): what the Users page and `provind user` use."""

import pytest
from django.contrib.auth.models import User

from provind.accounts import services
from provind.accounts.models import Scope
from provind.accounts.permissions import may_change
from provind.accounts.roles import Role
from provind.accounts.services import ScopeChoice
from provind.errors import InputError
from provind.geography.models import REFORM_DATE
from provind.geography.queries import resolve_unit
from tests.clusters.factories import make_cluster

pytestmark = pytest.mark.django_db


@pytest.fixture
def diem_thuy():
    return make_cluster("diem-thuy", "Điềm Thụy", commune="05941")


def test_it_offers_each_commune_once_the_current_version_only():
    names = [f"{u.code} {u.name}" for u in services.scopable_units("Điềm Thụy")]

    assert names == ["05941 Xã Điềm Thụy"]  # the old version (until 30/06/2025) is not offered
    assert services.scopable_units("05941")[0].valid_from == REFORM_DATE
    assert [u.code for u in services.scopable_units("Tỉnh Thái Nguyên")] == ["19"]


def test_it_creates_a_cluster_investor_by_cluster_code_who_may_change_only_that_cluster(diem_thuy):
    other = make_cluster("ccn-khac", "CCN Khác (synthetic)", commune="05941")

    user, password = services.create_user(
        "an", role="cluster_investor", scopes=ScopeChoice(targets={"cluster": ["diem-thuy"]})
    )

    assert user.check_password(password)
    assert len(password) >= 12
    assert services.role_of(user) == Role.CLUSTER_INVESTOR
    assert services.scope_names(user) == ["Cụm công nghiệp: Điềm Thụy (diem-thuy)"]
    assert may_change(user, diem_thuy)
    assert not may_change(user, other)
    assert not may_change(user, resolve_unit("05941", REFORM_DATE))


def test_it_creates_a_commune_officer_by_unit_code():
    user, _password = services.create_user("binh", role="commune_officer", scopes=ScopeChoice(units=["05953"]))

    assert services.scope_names(user) == ["05953 Xã Kha Sơn"]
    assert may_change(user, resolve_unit("05953", REFORM_DATE))
    assert not may_change(user, resolve_unit("05941", REFORM_DATE))


@pytest.mark.parametrize(
    ("role", "choice", "field", "english"),
    [
        ("cluster_investor", ScopeChoice(), "cluster", "needs at least one industrial cluster"),
        ("commune_officer", ScopeChoice(), "units", "needs at least one commune or ward"),
        ("commune_officer", ScopeChoice(units=["19"]), "units", "scoped to communes or wards"),
        ("department_editor", ScopeChoice(), "units", "needs at least one administrative unit"),
        ("cluster_investor", ScopeChoice(units=["05941"], targets={"cluster": ["diem-thuy"]}), "units", "not to"),
        ("viewer", ScopeChoice(units=["05941"]), "units", "have no scopes"),
        ("cluster_investor", ScopeChoice(targets={"cluster": ["khong-co"]}), "cluster", "“khong-co”"),
        ("commune_officer", ScopeChoice(units=["99999"]), "units", "No unit with code “99999”"),
        ("chief", ScopeChoice(), "role", "No role “chief”"),
    ],
)
def test_it_refuses_impossible_combinations_in_both_languages_and_saves_nothing(
    diem_thuy, role, choice, field, english
):
    with pytest.raises(InputError) as caught:
        services.create_user("sai", role=role, scopes=choice)

    assert caught.value.field == field
    assert english in caught.value.en
    assert caught.value.vi
    assert caught.value.vi != caught.value.en
    assert not User.objects.filter(username="sai").exists()


def test_it_changes_role_and_scopes_keeping_what_stays(diem_thuy):
    user, _ = services.create_user("chi", role="commune_officer", scopes=ScopeChoice(units=["05941", "05953"]))
    kept = Scope.objects.get(user=user, unit__code="05941")

    services.update_user(user, role="commune_officer", scopes=ScopeChoice(units=["05941"]))

    assert [s.pk for s in Scope.objects.filter(user=user)] == [kept.pk]
    services.update_user(user, role="cluster_investor", scopes=ScopeChoice(targets={"cluster": ["diem-thuy"]}))
    assert services.role_of(user) == Role.CLUSTER_INVESTOR
    assert services.scope_choice_of(user) == ScopeChoice(units=[], targets={"cluster": ["diem-thuy"]})
    with pytest.raises(InputError):
        services.update_user(user, role="cluster_investor", scopes=ScopeChoice())
    assert services.scope_choice_of(user).targets == {"cluster": ["diem-thuy"]}  # refused: nothing changed


def test_it_deactivates_a_user_but_never_the_last_administrator():
    admin, _ = services.create_user("quan-tri", role="admin")
    viewer, _ = services.create_user("xem", role="viewer")

    services.set_active(viewer, False, by=admin)
    with pytest.raises(InputError, match="last active administrator"):
        services.set_active(admin, False)
    with pytest.raises(InputError, match="cannot deactivate yourself"):
        services.set_active(admin, False, by=admin)

    viewer.refresh_from_db()
    assert not viewer.is_active
    assert User.objects.get(username="quan-tri").is_active
    assert admin.is_superuser
    assert admin.is_staff


def test_it_resets_a_password_to_a_new_one_time_password():
    user, first = services.create_user("dung", role="viewer")

    second = services.reset_password(user)

    user.refresh_from_db()
    assert second != first
    assert user.check_password(second)
    assert not user.check_password(first)
    with pytest.raises(InputError) as caught:
        services.reset_password(user, "123")
    assert caught.value.field == "password"


def test_it_knows_when_nobody_can_administer_yet():
    assert not services.has_administrator()
    services.create_user("dau-tien", role="admin")
    assert services.has_administrator()


def test_the_admin_refuses_a_scope_on_a_cluster_event_and_offers_only_clusters_and_projects(diem_thuy, client):
    from django.contrib.contenttypes.models import ContentType
    from django.core.exceptions import ValidationError

    from provind.clusters.models import ClusterEvent, IndustrialCluster

    admin, _ = services.create_user("quan-tri", role="admin")
    investor, _ = services.create_user("an", role="viewer")
    wrong = Scope(user=investor, target_type=ContentType.objects.get_for_model(ClusterEvent), target_id="1")
    missing = Scope(user=investor, target_type=ContentType.objects.get_for_model(IndustrialCluster), target_id="0")

    with pytest.raises(ValidationError, match="only these can be scoped"):
        wrong.full_clean()
    with pytest.raises(ValidationError, match="no object with id 0"):
        missing.full_clean()
    client.force_login(admin)
    html = client.get("/admin/accounts/scope/add/").content.decode()
    form = html.split('name="target_type"')[1].split("</select>")[0]
    assert form.count("<option") == 3  # the empty choice, cluster and key project
