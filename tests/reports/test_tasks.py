"""Background generation through Django's tasks framework with the database backend: the job
is enqueued on commit, the real `db_worker` command picks it up, progress reaches 100 and the
file is stored; a failing job says why."""

import io

import pytest
from django.core.management import call_command
from django.tasks import task_backends
from django_tasks_db.models import DBTaskResult
from docx import Document

from provind.reports.builder import ReportInputError
from provind.reports.models import JobStatus, ReportEdition, ReportJob
from provind.reports.services import IssueRequest, start_job


def run_worker() -> None:
    call_command("db_worker", "--batch", "--no-startup-delay", "--no-reload", verbosity=0)


def test_the_database_worker_runs_a_report_job_to_the_end(committed_data):
    assert type(task_backends["default"]).__name__ == "DatabaseBackend"

    job = start_job(unit_code="19", period_code="2024-YTD07", fmt="docx")
    queued = ReportJob.objects.get(pk=job.pk)
    assert queued.status == JobStatus.QUEUED
    assert DBTaskResult.objects.filter(status="READY").count() == 1  # waiting for the worker

    run_worker()

    done = ReportJob.objects.get(pk=job.pk)
    assert done.status == JobStatus.DONE
    assert done.progress == 100
    assert done.task_id
    text = "\n".join(p.text for p in Document(io.BytesIO(bytes(done.result))).paragraphs)
    assert "ước tăng 7,1% so với cùng kỳ năm trước" in text
    assert DBTaskResult.objects.get(id=done.task_id).status == "SUCCESSFUL"


def test_a_job_can_issue_an_edition(committed_data):
    issue = IssueRequest(unit_code="19", period_code="2024-YTD07", number="7", signer_name="Trần Thị B")

    job = start_job(unit_code="19", period_code="2024-YTD07", fmt="pdf", issue=issue)
    run_worker()

    done = ReportJob.objects.get(pk=job.pk)
    edition = ReportEdition.objects.get()
    assert done.edition_id == edition.pk
    assert bytes(done.result) == bytes(edition.pdf)
    assert edition.number == "7"
    assert edition.signer_name == "Trần Thị B"


def test_a_bad_request_is_refused_before_anything_is_queued(committed_data):
    with pytest.raises(ReportInputError) as refused:
        start_job(unit_code="19", period_code="2024-YTD13", fmt="docx")

    assert refused.value.field == "period"
    assert not ReportJob.objects.exists()
    assert not DBTaskResult.objects.exists()
