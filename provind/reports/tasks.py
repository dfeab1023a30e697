"""Background tasks (Django's tasks framework; the database backend runs them in `db_worker`)."""

from __future__ import annotations

from django.tasks import task

from provind.reports.services import run_job


@task()
def generate_report(job_id: str) -> None:
    """Build and render one report job, updating its progress as it goes."""
    run_job(job_id)
