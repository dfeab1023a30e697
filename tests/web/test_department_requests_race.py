"""Outside audit 15r: two answers to the same Department request (two tabs, two staff of the
investor, a double click) must not silently overwrite each other: the second is refused."""

import datetime as dt

import pytest

from provind.clusters.models import DepartmentRequest
from provind.clusters.requests import answer, ask
from provind.errors import InputError
from tests.web.test_department_requests import two_clusters  # noqa: F401  (fixture)

pytestmark = pytest.mark.django_db


def test_a_second_answer_from_a_stale_page_does_not_overwrite_the_first(two_clusters, cast):  # noqa: F811
    mine, _other = two_clusters
    made = ask(mine, by=cast["department_editor"], text="Gửi số liệu", working_days=5, on=dt.date(2025, 3, 3))
    # Both pages were opened while the request was still open.
    first_page = DepartmentRequest.objects.get(pk=made.pk)
    second_page = DepartmentRequest.objects.get(pk=made.pk)

    answer(first_page, by=cast["cluster_investor"], text="Đã gửi 12 doanh nghiệp", on=dt.date(2025, 3, 4))
    with pytest.raises(InputError) as refused:
        answer(second_page, by=cast["cluster_investor"], text="Trả lời khác", on=dt.date(2025, 3, 5))

    assert refused.value.field == "answer"
    stored = DepartmentRequest.objects.get(pk=made.pk)
    assert (stored.answer, stored.closed_on) == ("Đã gửi 12 doanh nghiệp", dt.date(2025, 3, 4))
