"""`provind user add|list|set|deactivate|reset-password`, run in process against the test database."""

import pytest
from click.testing import CliRunner
from django.contrib.auth.models import User

from provind.accounts.permissions import may_change
from provind.cli import main
from tests.clusters.factories import make_cluster

pytestmark = pytest.mark.django_db


def run(*args, **kwargs):
    return CliRunner().invoke(main, ["user", *args], **kwargs)


def test_it_adds_the_first_administrator_with_a_one_time_password():
    result = run("add", "quan-tri", "--admin")

    assert result.exit_code == 0, result.output
    password = result.output.split("one-time password: ")[1].strip()
    user = User.objects.get(username="quan-tri")
    assert user.is_superuser
    assert user.check_password(password)


def test_it_adds_a_cluster_investor_by_cluster_code_and_lists_it_in_words():
    cluster = make_cluster("diem-thuy", "Điềm Thụy", commune="05941")

    added = run("add", "an", "--role", "cluster_investor", "--cluster", "diem-thuy")
    listed = run("list")

    assert added.exit_code == 0, added.output
    assert may_change(User.objects.get(username="an"), cluster)
    assert "cluster_investor" in listed.output
    assert "Cụm công nghiệp: Điềm Thụy (diem-thuy)" in listed.output


def test_it_refuses_a_cluster_investor_without_a_cluster_and_saves_nothing():
    result = run("add", "an", "--role", "cluster_investor")

    assert result.exit_code == 1
    assert "cần ít nhất một cụm công nghiệp" in result.output
    assert "needs at least one industrial cluster" in result.output
    assert not User.objects.filter(username="an").exists()


def test_it_takes_a_typed_password_changes_scopes_deactivates_and_resets():
    typed = run(
        "add", "binh", "--role", "commune_officer", "--unit", "05953", "--password", input="Kha-Son-2025!\n" * 2
    )
    assert typed.exit_code == 0, typed.output
    assert "one-time" not in typed.output
    assert User.objects.get(username="binh").check_password("Kha-Son-2025!")

    changed = run("set", "binh", "--role", "commune_officer", "--unit", "05941")
    assert changed.exit_code == 0, changed.output
    assert "05941 Xã Điềm Thụy" in run("list").output

    assert run("deactivate", "binh").exit_code == 0
    assert not User.objects.get(username="binh").is_active
    reset = run("reset-password", "binh")
    assert User.objects.get(username="binh").check_password(reset.output.split(": ")[1].strip())
    assert run("deactivate", "khong-co").exit_code == 1
