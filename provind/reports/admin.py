"""Editions and jobs in the admin, read only: an issued edition is never edited in place."""

from __future__ import annotations

from django.contrib import admin
from django.http import HttpRequest

from provind.lib.stale_edits import StaleEditForm
from provind.reports.models import ReportEdition, ReportJob


@admin.register(ReportEdition)
class ReportEditionAdmin(admin.ModelAdmin[ReportEdition]):
    form = StaleEditForm
    list_display = ("number", "unit_name", "period_label", "issued_on", "issued_by", "data_as_of")
    list_filter = ("unit_code", "period_code")
    exclude = ("docx", "pdf", "html", "snapshot")

    def has_change_permission(self, request: HttpRequest, obj: ReportEdition | None = None) -> bool:
        return False


@admin.register(ReportJob)
class ReportJobAdmin(admin.ModelAdmin[ReportJob]):
    form = StaleEditForm
    list_display = ("unit_code", "period_code", "fmt", "status", "progress", "requested_by", "created_at")
    list_filter = ("status", "fmt")
    exclude = ("result",)

    def has_change_permission(self, request: HttpRequest, obj: ReportJob | None = None) -> bool:
        return False
