"""CompiledQuery: a queryset's SQL compiled once per shape and run with each call's values."""

import datetime as dt

import pytest

from provind.geography.models import AdminUnit
from provind.lib.compiled import CompiledQuery

pytestmark = pytest.mark.django_db


def _units(values):
    rows = AdminUnit.objects.filter(code=values["code"])
    if "on" in values:
        rows = rows.filter(valid_from__lte=values["on"])
    return rows.order_by("id").values_list("code", "valid_from")


def test_it_runs_the_sql_compiled_once_with_new_values(django_assert_num_queries):
    query = CompiledQuery(_units)

    first = query.run(("code",), {"code": "19"}, db="default", limit=10, offset=0)
    with django_assert_num_queries(1):
        second = query.run(("code",), {"code": "01"}, db="default", limit=10, offset=0)

    assert {code for code, _ in first} == {"19"}
    assert {code for code, _ in second} == {"01"}
    dated = query.run(("code", "on"), {"code": "19", "on": dt.date(2025, 7, 1)}, db="default", limit=10, offset=0)
    assert len(dated) == 1 < len(first)
    assert dated[0][1] == dt.date(2025, 7, 1)  # Django's converters still apply


def test_a_value_the_orm_does_not_pass_through_is_refused():
    query = CompiledQuery(lambda values: AdminUnit.objects.filter(code=values["code"].upper()).values_list("id"))

    with pytest.raises(AssertionError, match="code"):
        query.run(("code",), {"code": "ab"}, db="default", limit=1, offset=0)
