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
