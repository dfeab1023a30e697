"""The start page's unit counts are computed once per state of the unit table (issue 15:
about 15 queries per view on a national database), and follow a change to that table."""

from __future__ import annotations

import re

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from provind.geography.models import REFORM_DATE, AdminUnit
from provind.geography.queries import resolve_unit

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def fresh_cache():
    cache.clear()
    yield
    cache.clear()


def commune_count(client) -> int:
    html = client.get("/").content.decode()
    return int(re.search(r'data-testid="commune-count">(\d+)<', html).group(1))


def test_the_second_view_reads_the_units_from_the_cache(client):
    first = commune_count(client)
    with CaptureQueriesContext(connection) as queries:
        again = commune_count(client)

    assert again == first == 92
    unit_reads = [q["sql"] for q in queries.captured_queries if "geography_adminunit" in q["sql"]]
    assert len(unit_reads) == 1, unit_reads  # the version aggregate only
    assert "MAX" in unit_reads[0]


def test_a_new_commune_is_counted_at_once(client):
    assert commune_count(client) == 92
    province = resolve_unit("19", REFORM_DATE)
    AdminUnit.objects.create(code="99998", name="Xã Thử", kind="commune", parent=province, valid_from=REFORM_DATE)

    assert commune_count(client) == 93
