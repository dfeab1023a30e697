"""The "Báo cáo" pages: choose unit and period, preview, generate in the background with
progress, download; the archive of issued editions."""

from __future__ import annotations

from typing import Any
from uuid import UUID

from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseForbidden, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import get_language
from django.views.decorators.http import require_POST

from provind.indicators.queries import HEADLINE, periods_with_figures
from provind.reports import render as report_render
from provind.reports.builder import ReportInputError, build_report
from provind.reports.models import CONTENT_TYPES, JobStatus, ReportEdition, ReportFormat, ReportJob
from provind.reports.services import (
    DEFAULT_SIGNER_TITLE,
    IssueRequest,
    may_issue_reports,
    may_read_reports,
    preview_header,
    start_job,
)
from provind.web.params import HOME_PROVINCE


def _language() -> str:
    return "en" if (get_language() or "vi").startswith("en") else "vi"


def reports_page(request: HttpRequest) -> HttpResponse:
    unit = request.GET.get("unit", "").strip() or HOME_PROVINCE
    periods = periods_with_figures(unit, HEADLINE)
    period = request.GET.get("period", "").strip() or (periods[0].code if periods else "")
    preview, error = "", None
    if request.GET.get("period") or request.GET.get("preview"):
        try:
            data = build_report(unit_code=unit, period_code=period)
            preview = report_render.render_html(data, preview_header(data), _language(), fragment=True)
        except ReportInputError as exc:
            error = f"{exc.vi} / {exc.en}"
    context: dict[str, Any] = {
        "unit": unit,
        "period": period,
        "periods": periods,
        "preview": preview,
        "error": error,
        "editions": ReportEdition.objects.defer("docx", "pdf", "html", "snapshot").select_related("issued_by")[:50],
        "formats": ReportFormat.choices,
        "may_generate": may_read_reports(request.user),
        "may_issue": may_issue_reports(request.user),
        "today": timezone.localdate(),
        "signer_title": DEFAULT_SIGNER_TITLE,
    }
    return render(request, "web/reports/index.html", context, status=400 if error else 200)


@login_required
@require_POST
def job_start(request: HttpRequest) -> HttpResponse:
    if not may_read_reports(request.user):
        return HttpResponseForbidden()
    unit = request.POST.get("unit", "").strip()
    period = request.POST.get("period", "").strip()
    fmt = request.POST.get("format", "docx")
    issue = None
    try:
        if request.POST.get("issue"):
            if not may_issue_reports(request.user):
                return HttpResponseForbidden()
            issue = IssueRequest.from_form(unit, period, request.POST)
        job = start_job(unit_code=unit, period_code=period, fmt=fmt, by=request.user, issue=issue)
    except ReportInputError as exc:
        context = {"error": f"{exc.field}: {exc.vi} / {exc.en}", "unit": unit, "period": period}
        return render(request, "web/reports/job.html", context, status=400)
    return redirect("web:report-job", job_id=job.id)


def _job(job_id: UUID) -> ReportJob:
    return get_object_or_404(ReportJob.objects.defer("result"), pk=job_id)


def job_page(request: HttpRequest, job_id: UUID) -> HttpResponse:
    return render(request, "web/reports/job.html", {"job": _job(job_id)})


def job_status(request: HttpRequest, job_id: UUID) -> JsonResponse:
    return JsonResponse(_job(job_id).as_json())


def job_file(request: HttpRequest, job_id: UUID) -> HttpResponse:
    job = get_object_or_404(ReportJob, pk=job_id)
    if job.status != JobStatus.DONE or job.result is None:
        raise Http404
    return _download(bytes(job.result), job.fmt, f"bao-cao-{job.unit_code}-{job.period_code}")


def edition_file(request: HttpRequest, pk: int, fmt: str) -> HttpResponse:
    if fmt not in ReportFormat.values:
        raise Http404
    edition = get_object_or_404(ReportEdition, pk=pk)
    return _download(edition.file(fmt), fmt, f"bao-cao-{edition.unit_code}-{edition.period_code}-so-{edition.pk}")


def _download(content: bytes, fmt: str, name: str) -> HttpResponse:
    response = HttpResponse(content, content_type=CONTENT_TYPES[ReportFormat(fmt)])
    if fmt != ReportFormat.HTML:
        response["Content-Disposition"] = f'attachment; filename="{name}.{fmt}"'
    return response
