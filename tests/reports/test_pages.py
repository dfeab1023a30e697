"""The "Báo cáo" pages (provind/web/views_reports.py): the menu item works for every role,
preview, background generation with progress, downloads, the archive of editions."""

import io

import pytest
from django.core.management import call_command
from django.urls import reverse
from docx import Document

from provind.reports.models import JobStatus, ReportEdition, ReportJob

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("role", ["admin", "department_editor", "commune_officer", "cluster_investor", "viewer", None])
def test_the_reports_menu_item_works_for_every_role(client, shipped, cast, role):
    if role:
        client.force_login(cast[role])

    home = client.get("/").content.decode()
    page = client.get(reverse("web:reports"))

    assert f'href="{reverse("web:reports")}"' in home
    assert "Sắp có" not in home
    assert page.status_code == 200
    assert 'data-testid="editions"' in page.content.decode()


def test_the_preview_shows_the_report_in_the_page(client, shipped):
    page = client.get(reverse("web:reports"), {"unit": "19", "period": "2024-YTD07"})

    html = page.content.decode()
    assert page.status_code == 200
    assert 'data-testid="preview"' in html
    assert "ước tăng 7,1% so với cùng kỳ năm trước" in html
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in html


def test_a_bad_period_is_a_400_with_the_reason(client, shipped):
    page = client.get(reverse("web:reports"), {"unit": "19", "period": "2024-YTD13"})

    assert page.status_code == 400
    assert "không phải kỳ báo cáo hợp lệ" in page.content.decode()


def test_generation_runs_in_the_background_with_progress_then_downloads(client, committed_data, cast):
    client.force_login(cast["viewer"])
    started = client.post(reverse("web:report-job-start"), {"unit": "19", "period": "2024-YTD07", "format": "docx"})
    job = ReportJob.objects.get()
    assert started.status_code == 302
    assert started["Location"] == reverse("web:report-job", kwargs={"job_id": job.id})
    waiting = client.get(started["Location"]).content.decode()
    assert 'data-testid="progress"' in waiting
    assert client.get(reverse("web:report-job-status", kwargs={"job_id": job.id})).json()["status"] == "queued"

    call_command("db_worker", "--batch", "--no-startup-delay", "--no-reload", verbosity=0)

    status = client.get(reverse("web:report-job-status", kwargs={"job_id": job.id})).json()
    assert (status["status"], status["progress"]) == (JobStatus.DONE, 100)
    download = client.get(reverse("web:report-job-file", kwargs={"job_id": job.id}))
    text = "\n".join(p.text for p in Document(io.BytesIO(download.content)).paragraphs)
    assert "ước đạt trên 45.000 tỷ đồng" in text


def test_anonymous_users_cannot_start_jobs_and_viewers_cannot_issue(client, shipped, cast):
    anonymous = client.post(reverse("web:report-job-start"), {"unit": "19", "period": "2024-YTD07"})
    client.force_login(cast["viewer"])
    viewer = client.post(reverse("web:report-job-start"), {"unit": "19", "period": "2024-YTD07", "issue": "1"})

    assert anonymous.status_code == 302
    assert "/login/" in anonymous["Location"]
    assert viewer.status_code == 403
    assert not ReportJob.objects.exists()


def test_an_editor_issues_an_edition_listed_in_the_archive(client, committed_data, cast):
    client.force_login(cast["department_editor"])
    client.post(
        reverse("web:report-job-start"),
        {
            "unit": "19",
            "period": "2024-YTD07",
            "issue": "1",
            "format": "pdf",
            "number": "88",
            "issued_on": "2024-08-05",
            "signer_name": "Nguyễn Văn A",
            "tasks_text": "Tập trung tháo gỡ vướng mắc.",
        },
    )
    call_command("db_worker", "--batch", "--no-startup-delay", "--no-reload", verbosity=0)

    edition = ReportEdition.objects.get()
    page = client.get(reverse("web:reports")).content.decode()
    docx = client.get(reverse("web:report-edition-file", args=[edition.pk, "docx"]))
    assert edition.issued_by == cast["department_editor"]
    assert 'data-testid="edition"' in page
    assert "editor" in page
    assert "Tập trung tháo gỡ vướng mắc." in "\n".join(p.text for p in Document(io.BytesIO(docx.content)).paragraphs)
