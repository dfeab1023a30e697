"""The "Người dùng" (Users) pages through the test client: admins only, scopes in words, refusals."""

import pytest
from django.contrib.auth.models import User

from provind.accounts import services
from provind.accounts.services import ScopeChoice
from tests.clusters.factories import make_cluster

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin_client(client):
    admin, _ = services.create_user("quan-tri", role="admin")
    client.force_login(admin)
    return client


def test_it_is_for_administrators_only(client, cast):
    assert client.get("/users/").status_code == 302  # to the login page
    client.force_login(cast["department_editor"])
    assert client.get("/users/").status_code == 403
    assert client.post("/users/add/", {"username": "x", "role": "admin"}).status_code == 403
    assert not User.objects.filter(username="x").exists()


def test_it_lists_users_with_role_and_scopes_in_words(admin_client):
    make_cluster("diem-thuy", "Điềm Thụy", commune="05941")
    services.create_user("an", role="cluster_investor", scopes=ScopeChoice(targets={"cluster": ["diem-thuy"]}))
    services.create_user("binh", role="commune_officer", scopes=ScopeChoice(units=["05953"]))

    html = admin_client.get("/users/").content.decode()

    assert "Chủ đầu tư hạ tầng CCN (các cụm được giao)" in html
    assert "Cán bộ xã (các xã được giao)" in html
    assert "Cụm công nghiệp: Điềm Thụy (diem-thuy)" in html
    assert "05953 Xã Kha Sơn" in html
    assert '<a href="/users/">Người dùng</a>' in html  # the admin's menu links here


def test_the_form_offers_current_units_once_and_clusters_by_name(admin_client):
    make_cluster("diem-thuy", "Điềm Thụy", commune="05941")

    html = admin_client.get("/users/add/").content.decode()

    assert html.count("05941 Xã Điềm Thụy") == 1
    assert 'value="diem-thuy"' in html
    assert "Điềm Thụy (diem-thuy)" in html


def test_it_refuses_an_investor_without_a_cluster_with_both_languages(admin_client):
    response = admin_client.post("/users/add/", {"username": "an", "role": "cluster_investor", "units": ["05941"]})

    html = response.content.decode()
    assert response.status_code == 400
    assert "cần ít nhất một cụm công nghiệp" in html
    assert "needs at least one industrial cluster" in html
    assert 'value="05941" checked' in html  # the choice is kept for correction
    assert not User.objects.filter(username="an").exists()


def test_it_creates_shows_the_password_once_edits_deactivates_and_resets(admin_client):
    created = admin_client.post("/users/add/", {"username": "binh", "role": "commune_officer", "units": ["05953"]})
    user = User.objects.get(username="binh")
    password = created.content.decode().split('data-testid="one-time-password">')[1].split("<")[0]
    assert user.check_password(password)

    edited = admin_client.post(
        f"/users/{user.pk}/", {"role": "commune_officer", "units": ["05941"], "full_name": "Lê Bình"}
    )
    assert edited.status_code == 302
    assert services.scope_names(user) == ["05941 Xã Điềm Thụy"]

    admin_client.post(f"/users/{user.pk}/active/", {"active": "0"})
    user.refresh_from_db()
    assert not user.is_active

    reset = admin_client.post(f"/users/{user.pk}/password/")
    new = reset.content.decode().split('data-testid="one-time-password">')[1].split("<")[0]
    user.refresh_from_db()
    assert new != password
    assert user.check_password(new)


def test_an_administrator_cannot_lock_themselves_out(admin_client):
    me = User.objects.get(username="quan-tri")

    response = admin_client.post(f"/users/{me.pk}/active/", {"active": "0"})

    assert response.status_code == 400
    assert "You cannot deactivate yourself" in response.content.decode()
    me.refresh_from_db()
    assert me.is_active
