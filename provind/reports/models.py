"""Report editions (frozen, issued reports) and report jobs (background generation with progress).

An edition keeps the report data it was built from (`snapshot`, JSON) and the files rendered
from it, so it can be produced again exactly after later revisions of the figures: rendering
reads the snapshot, never the database.
"""

from __future__ import annotations

import uuid
from typing import Any

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class ReportFormat(models.TextChoices):
    DOCX = "docx", "Word (DOCX)"
    PDF = "pdf", "PDF"
    HTML = "html", "HTML"


CONTENT_TYPES = {
    ReportFormat.DOCX: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    ReportFormat.PDF: "application/pdf",
    ReportFormat.HTML: "text/html; charset=utf-8",
}


class ReportEdition(models.Model):
    """One issued report: number, place and date, who issued it, and the data it was built from."""

    unit_code = models.CharField(_("unit"), max_length=10)
    unit_name = models.CharField(_("unit name"), max_length=200)
    period_code = models.CharField(_("period"), max_length=30)
    period_label = models.CharField(_("period label"), max_length=100)
    number = models.CharField(_("document number"), max_length=60, blank=True)
    place = models.CharField(_("place"), max_length=100)
    issued_on = models.DateField(_("date"))
    signer_title = models.CharField(_("signer's title"), max_length=100)
    signer_name = models.CharField(_("signer's name"), max_length=100, blank=True)
    tasks_text = models.TextField(_("tasks and measures"), blank=True)
    snapshot = models.JSONField(_("report data"))
    data_as_of = models.DateTimeField(_("data as of"))
    docx = models.BinaryField(_("DOCX file"))
    pdf = models.BinaryField(_("PDF file"))
    html = models.TextField(_("HTML"))
    issued_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("report edition")
        verbose_name_plural = _("report editions")
        ordering = ["-created_at", "-id"]
        indexes = [models.Index(fields=["unit_code", "period_code"])]

    def __str__(self) -> str:
        return f"{self.number or '—'} {self.unit_name} {self.period_label} ({self.issued_on:%d/%m/%Y})"

    def file(self, fmt: str) -> bytes:
        if fmt == ReportFormat.DOCX:
            return bytes(self.docx)
        if fmt == ReportFormat.PDF:
            return bytes(self.pdf)
        return self.html.encode()


class JobStatus(models.TextChoices):
    QUEUED = "queued", _("queued")
    RUNNING = "running", _("running")
    DONE = "done", _("done")
    FAILED = "failed", _("failed")


class ReportJob(models.Model):
    """A report being generated in the background; the page polls `progress` and `step`."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    unit_code = models.CharField(_("unit"), max_length=10)
    period_code = models.CharField(_("period"), max_length=30)
    fmt = models.CharField(_("format"), max_length=4, choices=ReportFormat.choices)
    issue = models.JSONField(_("edition to issue"), null=True, blank=True)
    status = models.CharField(_("status"), max_length=8, choices=JobStatus.choices, default=JobStatus.QUEUED)
    progress = models.PositiveSmallIntegerField(_("progress (%)"), default=0)
    step = models.CharField(_("step"), max_length=200, blank=True)
    error = models.TextField(_("error"), blank=True)
    result = models.BinaryField(_("file"), null=True, blank=True)
    edition = models.ForeignKey(ReportEdition, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    task_id = models.CharField(max_length=64, blank=True)
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("report job")
        verbose_name_plural = _("report jobs")
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return f"{self.unit_code} {self.period_code} {self.fmt} {self.status} {self.progress}%"

    def as_json(self) -> dict[str, Any]:
        return {
            "id": str(self.id),
            "status": self.status,
            "progress": self.progress,
            "step": self.step,
            "error": self.error,
            "edition": self.edition_id,
        }
