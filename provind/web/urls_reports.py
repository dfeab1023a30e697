"""Report pages, included at /reports/ inside the `web` namespace."""

from django.urls import URLPattern, path

from provind.web import views_reports

urlpatterns: list[URLPattern] = [
    path("", views_reports.reports_page, name="reports"),
    path("jobs/", views_reports.job_start, name="report-job-start"),
    path("jobs/<uuid:job_id>/", views_reports.job_page, name="report-job"),
    path("jobs/<uuid:job_id>/status.json", views_reports.job_status, name="report-job-status"),
    path("jobs/<uuid:job_id>/file", views_reports.job_file, name="report-job-file"),
    path("editions/<int:pk>.<slug:fmt>", views_reports.edition_file, name="report-edition-file"),
]
