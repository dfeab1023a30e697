"""Producing reports: a preview from today's data, an issued edition frozen with its data, the
same edition produced again later, and the background job that does either with progress."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from django.contrib.auth.models import AbstractBaseUser, AnonymousUser, User
from django.db import transaction
from django.utils import timezone

from provind.accounts.permissions import roles_of
from provind.accounts.roles import Role
from provind.approvals.visibility import published_only, reading_as
from provind.errors import InputError, check_day, too_long
from provind.reports import render
from provind.reports.builder import ReportInputError, build_report, resolve
from provind.reports.layout import Header
from provind.reports.models import JobStatus, ReportEdition, ReportFormat, ReportJob

DEFAULT_SIGNER_TITLE = "GIÁM ĐỐC"
# Roles that read reports; editions are issued by those who edit the province's figures.
READING_ROLES = frozenset(Role.values)
ISSUING_ROLES = frozenset({Role.ADMIN, Role.DEPARTMENT_EDITOR})


def may_read_reports(user: AbstractBaseUser | AnonymousUser) -> bool:
    """Every signed-in user with a role reads reports (viewers included)."""
    return bool(roles_of(user) & READING_ROLES)


def may_issue_reports(user: AbstractBaseUser | AnonymousUser) -> bool:
    return bool(roles_of(user) & ISSUING_ROLES)


def may_read_job(user: AbstractBaseUser | AnonymousUser, job: ReportJob) -> bool:
    """A job (page, progress, file) is its requester's, and any administrator's: a preview is
    built with the figures its requester sees, drafts included, so its link proves nothing.
    An issued edition is public through the archive, not through the job that produced it."""
    if not user.is_authenticated or not user.is_active:
        return False
    return (job.requested_by_id is not None and job.requested_by_id == user.pk) or Role.ADMIN in roles_of(user)


JOB_NOT_YOURS = (
    "Báo cáo này do người khác yêu cầu; chỉ người yêu cầu và quản trị viên xem được / "
    "This report was requested by another user; only the requester and administrators may open it"
)


def place_of(data: dict[str, Any]) -> str:
    name: str = data["issuer_vi"].removeprefix("SỞ CÔNG THƯƠNG TỈNH ")
    return name.title()


def preview_header(data: dict[str, Any], on: dt.date | None = None) -> Header:
    return Header("", place_of(data), on or timezone.localdate(), DEFAULT_SIGNER_TITLE, "")


def check_format(fmt: str) -> None:
    if fmt not in ReportFormat.values:
        raise ReportInputError(
            "format",
            f"định dạng “{fmt}” không hỗ trợ (docx, pdf, html)",
            f"format “{fmt}” not supported (docx, pdf, html)",
        )


def render_format(data: dict[str, Any], header: Header, fmt: str, language: str = "vi") -> bytes:
    check_format(fmt)
    if fmt == ReportFormat.DOCX:
        return render.render_docx(data, header, language)
    if fmt == ReportFormat.PDF:
        return render.render_pdf(data, header, language)
    return render.render_html(data, header, language).encode()


def report_file(*, unit_code: str, period_code: str, fmt: str, language: str = "vi") -> bytes:
    """A preview from the data as it stands now."""
    check_format(fmt)
    data = build_report(unit_code=unit_code, period_code=period_code)
    return render_format(data, preview_header(data), fmt, language)


def previous_edition(unit_code: str, period_code: str) -> ReportEdition | None:
    return ReportEdition.objects.filter(unit_code=unit_code, period_code=period_code).order_by("-created_at").first()


@dataclass
class IssueRequest:
    unit_code: str
    period_code: str
    number: str = ""
    place: str = ""
    issued_on: dt.date | None = None
    signer_title: str = DEFAULT_SIGNER_TITLE
    signer_name: str = ""
    tasks_text: str = ""

    @classmethod
    def from_form(cls, unit_code: str, period_code: str, fields: Mapping[str, str]) -> IssueRequest:
        """The request as a page posts it (text fields, an ISO date), checked field by field."""
        raw_day = fields.get("issued_on", "").strip()
        issued_on = None
        if raw_day:
            try:
                issued_on = dt.date.fromisoformat(raw_day)
            except ValueError:
                raise ReportInputError(
                    "issued_on",
                    f"ngày ban hành “{raw_day}” không đọc được (dạng 2024-08-05)",
                    f"the issue date “{raw_day}” cannot be read (form 2024-08-05)",
                ) from None
        request = cls(
            unit_code=unit_code,
            period_code=period_code,
            number=fields.get("number", "").strip(),
            place=fields.get("place", "").strip(),
            issued_on=issued_on,
            signer_title=fields.get("signer_title", "").strip() or DEFAULT_SIGNER_TITLE,
            signer_name=fields.get("signer_name", "").strip(),
            tasks_text=fields.get("tasks_text", ""),
        )
        request.check()  # lengths, and the date within the accepted range
        return request

    def check(self) -> None:
        """Every field fits the archive (ReportEdition), refused by name before any work is done."""
        for name in ("number", "place", "signer_title", "signer_name"):
            if (long := too_long(ReportEdition._meta.get_field(name), getattr(self, name))) is not None:
                raise ReportInputError(name, *long)
        if self.issued_on is not None:
            try:
                check_day(self.issued_on, "issued_on")
            except InputError as exc:
                raise ReportInputError("issued_on", exc.vi, exc.en) from None

    def as_json(self) -> dict[str, Any]:
        data = self.__dict__.copy()
        data["issued_on"] = self.issued_on.isoformat() if self.issued_on else None
        return data

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> IssueRequest:
        values = dict(data)
        values["issued_on"] = dt.date.fromisoformat(values["issued_on"]) if values.get("issued_on") else None
        return cls(**values)


def issue_edition(
    request: IssueRequest,
    *,
    by: AbstractBaseUser | None = None,
    progress: Callable[[int, str], None] | None = None,
) -> ReportEdition:
    """Build the report from today's data, render every format and store them with the data:
    the edition is frozen from here on. The revisions box lists what changed since the previous
    edition of the same unit and period."""
    say = progress or (lambda pct, step: None)
    before = previous_edition(request.unit_code, request.period_code)
    # An issued edition reads published figures only, whoever issues it and wherever it runs.
    with published_only(True):
        data = build_report(
            unit_code=request.unit_code,
            period_code=request.period_code,
            tasks_text=request.tasks_text,
            previous=before.snapshot if before else None,
            progress=progress,
        )
    header = Header(
        request.number,
        request.place or place_of(data),
        request.issued_on or timezone.localdate(),
        request.signer_title or DEFAULT_SIGNER_TITLE,
        request.signer_name,
    )
    say(70, "Vẽ biểu đồ / charts")
    images = render.chart_images(data, "vi")
    say(80, "Word (DOCX)")
    docx = render.render_docx(data, header, images=images)
    say(90, "PDF")
    pdf = render.render_pdf(data, header, images=images)
    html = render.render_html(data, header)
    with transaction.atomic():
        edition = ReportEdition.objects.create(
            unit_code=data["unit"]["code"],
            unit_name=data["unit"]["name"],
            period_code=data["period"]["code"],
            period_label=data["period"]["label_vi"],
            number=header.number,
            place=header.place,
            issued_on=header.issued_on,
            signer_title=header.signer_title,
            signer_name=header.signer_name,
            tasks_text=request.tasks_text,
            snapshot=data,
            data_as_of=timezone.now(),
            docx=docx,
            pdf=pdf,
            html=html,
            issued_by=by if isinstance(by, User) else None,
        )
    say(100, "Xong / done")
    return edition


def edition_header(edition: ReportEdition) -> Header:
    return Header(edition.number, edition.place, edition.issued_on, edition.signer_title, edition.signer_name)


def reproduce(edition: ReportEdition, fmt: str, language: str = "vi") -> bytes:
    """The edition rendered again from its frozen data (not from today's figures)."""
    return render_format(edition.snapshot, edition_header(edition), fmt, language)


# --- background jobs -----------------------------------------------------------------------------
def start_job(
    *,
    unit_code: str,
    period_code: str,
    fmt: str,
    by: AbstractBaseUser | AnonymousUser | None = None,
    issue: IssueRequest | None = None,
) -> ReportJob:
    """Check the request, record the job and enqueue it; the worker (`db_worker`) runs it."""
    resolve(unit_code, period_code)  # a bad unit or period fails here, before anything is queued
    check_format(fmt)
    if issue is not None:
        issue.check()
    from provind.reports.tasks import generate_report

    job = ReportJob.objects.create(
        unit_code=unit_code,
        period_code=period_code,
        fmt=fmt,
        issue=issue.as_json() if issue else None,
        requested_by=by if isinstance(by, User) else None,
        step="Đang chờ / queued",
    )
    # Enqueued after the commit, so the worker never looks for a job that is not saved yet.
    transaction.on_commit(lambda: _enqueue(job, generate_report))
    return job


def _enqueue(job: ReportJob, task: Any) -> None:
    result = task.enqueue(str(job.id))
    ReportJob.objects.filter(pk=job.pk, task_id="").update(task_id=str(result.id))


def run_job(job_id: str) -> None:
    """What the background task does: build and render, writing progress as it goes."""
    job = ReportJob.objects.get(pk=job_id)
    ReportJob.objects.filter(pk=job.pk).update(status=JobStatus.RUNNING, progress=5, step="Bắt đầu / started")

    def say(pct: int, step: str) -> None:
        ReportJob.objects.filter(pk=job.pk).update(progress=pct, step=step)

    try:
        if job.issue:
            edition = issue_edition(IssueRequest.from_json(job.issue), by=job.requested_by, progress=say)
            result = edition.file(job.fmt)
            ReportJob.objects.filter(pk=job.pk).update(edition=edition)
        else:
            # The worker runs outside the request: the preview sees what its requester may see.
            with reading_as(job.requested_by):
                data = build_report(unit_code=job.unit_code, period_code=job.period_code, progress=say)
            say(80, job.fmt.upper())
            result = render_format(data, preview_header(data), job.fmt)
    except Exception as exc:
        ReportJob.objects.filter(pk=job.pk).update(status=JobStatus.FAILED, error=str(exc), step="Lỗi / failed")
        raise
    ReportJob.objects.filter(pk=job.pk).update(status=JobStatus.DONE, progress=100, step="Xong / done", result=result)
