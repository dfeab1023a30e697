"""Audit 15r, item 4: a double-click on "Send the request" posts the same form twice; it records
one request. Asking the same thing again from a freshly loaded page is a new request."""

import re

import pytest
from django.urls import reverse

from provind.clusters.models import DepartmentRequest
from tests.web.test_department_requests import two_clusters  # noqa: F401

pytestmark = pytest.mark.django_db


def _form(client, cluster) -> dict[str, str]:
    page = client.get(reverse("web:cluster-detail", args=[cluster.code])).content.decode()
    form = page[page.index('id="ask-form"') :]
    fields = dict(re.findall(r'<input type="hidden" name="(\w+)" value="([^"]*)"', form[: form.index("</form>")]))
    return {**fields, "text": "Gửi số liệu lấp đầy 6 tháng", "working_days": "5"}


def test_a_double_click_records_one_request(client, cast, two_clusters):  # noqa: F811
    mine, _other = two_clusters
    client.force_login(cast["department_editor"])
    posted = _form(client, mine)
    url = reverse("web:cluster-detail", args=[mine.code])
    first, second = client.post(url, posted), client.post(url, posted)
    assert (first.status_code, second.status_code) == (302, 302)
    assert DepartmentRequest.objects.filter(cluster=mine).count() == 1


def test_asking_again_from_a_new_page_is_a_new_request(client, cast, two_clusters):  # noqa: F811
    mine, _other = two_clusters
    client.force_login(cast["department_editor"])
    url = reverse("web:cluster-detail", args=[mine.code])
    client.post(url, _form(client, mine))
    client.post(url, _form(client, mine))
    assert DepartmentRequest.objects.filter(cluster=mine).count() == 2


@pytest.mark.django_db(transaction=True)
def test_two_posts_of_the_same_form_at_the_same_moment_record_one_request() -> None:
    """Two connections ask with one token at once. The check before the insert usually settles
    it; when both pass the check, the unique constraint does (that timing is not forced here)."""
    import datetime as dt
    import threading

    from django.conf import settings
    from django.db import connection, connections

    from provind.accounts.roles import Role
    from provind.accounts.signals import ensure_role_groups
    from provind.clusters.requests import ask, new_form_token
    from provind.geography.loading import load_units
    from provind.geography.models import REFORM_DATE, AdminUnit
    from provind.geography.queries import resolve_unit
    from tests.clusters.factories import make_cluster
    from tests.conftest import make_user

    if connection.vendor == "sqlite":  # see tests/security/test_import_races.py
        pytest.skip("needs a server database for two concurrent connections")
    if not AdminUnit.objects.exists():
        load_units(settings.DATA_DIR / "geography", provinces=frozenset({"19"}))
    ensure_role_groups()
    editor = make_user("bien-tap", Role.DEPARTMENT_EDITOR, resolve_unit("19", REFORM_DATE))
    cluster = make_cluster("ccn-dua", "CCN Đua (synthetic)")
    token = new_form_token()
    barrier = threading.Barrier(2)
    outcomes: list[object] = []

    def post() -> None:
        try:
            barrier.wait()
            made = ask(cluster, by=editor, text="Gửi số liệu", working_days=5, on=dt.date(2025, 3, 3), form_token=token)
            outcomes.append(made.pk)
        except Exception as exc:  # recorded: the test fails on it below
            outcomes.append(exc)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=post) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert not [o for o in outcomes if isinstance(o, Exception)], outcomes
    assert len(set(outcomes)) == 1
    assert DepartmentRequest.objects.filter(cluster=cluster).count() == 1
