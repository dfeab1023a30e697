"""Outside audit 15r: the fields of an issued edition (a document the Director signs) are checked
when the job is asked for, naming the field: a date the page cannot read is not silently replaced
by today's, and a number or name longer than the archive holds does not fail later in the worker
(PostgreSQL refuses it after every file is rendered) or get stored unchecked (SQLite)."""

import pytest
from django.urls import reverse

from provind.reports.models import ReportJob

pytestmark = pytest.mark.django_db

VALID = {"unit": "19", "period": "2024-YTD07", "issue": "1", "format": "pdf", "issued_on": "2024-08-05"}


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("issued_on", "05/08/2024"),
        ("issued_on", "0001-01-01"),
        ("number", "1" * 61),
        ("signer_name", "Nguyễn " * 20),
        ("signer_title", "GIÁM ĐỐC " * 20),
    ],
)
def test_a_bad_field_of_an_edition_is_refused_before_any_job(client, shipped, cast, field, value):
    client.force_login(cast["department_editor"])

    response = client.post(reverse("web:report-job-start"), {**VALID, field: value})

    assert response.status_code == 400
    assert field in response.content.decode()
    assert not ReportJob.objects.exists()
