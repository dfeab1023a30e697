"""A report job (its page, its progress and its file) belongs to the user who asked for it.

An editor's preview is built with the figures the editor sees, drafts included, so a link to it
must not hand those figures to anyone else (audit 15r, item 1). Administrators may open any job.
Issued editions stay public through the archive (`report-edition-file`): they are built from
published figures only."""

from __future__ import annotations

import pytest
from django.urls import reverse

from provind.reports.models import JobStatus, ReportJob
from provind.reports.services import run_job
from tests.indicators.factories import add

pytestmark = pytest.mark.django_db

DRAFT = "987.654,3"  # an unpublished export figure, as the report prints it


@pytest.fixture
def editors_preview(client, shipped, cast) -> ReportJob:
    add("export_value", "19", "2024-YTD07", "987654.3", published=False)
    client.force_login(cast["department_editor"])
    started = client.post(reverse("web:report-job-start"), {"unit": "19", "period": "2024-YTD07", "format": "html"})
    assert started.status_code == 302
    job = ReportJob.objects.get()
    run_job(str(job.id))  # what the worker's task does
    job.refresh_from_db()
    assert job.status == JobStatus.DONE
    client.logout()
    return job


def _urls(job: ReportJob) -> list[str]:
    names = ("report-job", "report-job-status", "report-job-file")
    return [reverse(f"web:{name}", kwargs={"job_id": job.id}) for name in names]


def test_the_requester_reads_the_job_and_its_file_with_the_draft(client, cast, editors_preview):
    client.force_login(cast["department_editor"])
    for url in _urls(editors_preview):
        assert client.get(url).status_code == 200
    assert DRAFT in client.get(_urls(editors_preview)[2]).content.decode()


def test_anonymous_users_are_sent_to_the_login_page(client, editors_preview):
    for url in _urls(editors_preview):
        response = client.get(url)
        assert response.status_code == 302, url
        assert "/login/" in response["Location"]


@pytest.mark.parametrize("role", ["viewer", "cluster_investor", "commune_officer"])
def test_other_users_are_refused_with_the_reason(client, cast, editors_preview, role):
    client.force_login(cast[role])
    page, status, file = (client.get(url) for url in _urls(editors_preview))
    assert (page.status_code, status.status_code, file.status_code) == (403, 403, 403)
    assert DRAFT not in file.content.decode()
    assert "người khác yêu cầu" in page.content.decode()
    assert "requested by another user" in status.json()["detail"]


def test_administrators_read_any_job(client, cast, editors_preview):
    client.force_login(cast["admin"])
    for url in _urls(editors_preview):
        assert client.get(url).status_code == 200
