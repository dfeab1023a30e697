"""Administrators edit projects, agencies and milestones here; scoped editors use the project page,
where `may_change` decides. Obstacle status changes go through the services (history + audit)."""

from __future__ import annotations

from django.contrib import admin

from provind.lib.stale_edits import StaleEditForm
from provind.projects.models import Agency, KeyProject, LegalDocument, Milestone, Obstacle, Organisation, ProgressReport


class MilestoneInline(admin.TabularInline[Milestone, KeyProject]):
    form = StaleEditForm
    model = Milestone
    extra = 0
    raw_id_fields = ["source"]


class DocumentInline(admin.TabularInline[LegalDocument, KeyProject]):
    form = StaleEditForm
    model = LegalDocument
    extra = 0


class ProgressInline(admin.TabularInline[ProgressReport, KeyProject]):
    form = StaleEditForm
    model = ProgressReport
    extra = 0
    raw_id_fields = ["source"]


@admin.register(KeyProject)
class KeyProjectAdmin(admin.ModelAdmin[KeyProject]):
    form = StaleEditForm
    list_display = ["name", "code", "category", "investor", "total_investment"]
    list_filter = ["category"]
    search_fields = ["name", "code"]
    filter_horizontal = ["indicators"]
    raw_id_fields = ["units", "source"]
    inlines = [DocumentInline, MilestoneInline, ProgressInline]


@admin.register(Organisation)
class OrganisationAdmin(admin.ModelAdmin[Organisation]):
    form = StaleEditForm
    list_display = ["name", "short_name", "tax_code"]
    search_fields = ["name", "short_name", "tax_code"]


@admin.register(Agency)
class AgencyAdmin(admin.ModelAdmin[Agency]):
    form = StaleEditForm
    list_display = ["name", "short_name", "email"]
    search_fields = ["name", "short_name"]


@admin.register(Obstacle)
class ObstacleAdmin(admin.ModelAdmin[Obstacle]):
    form = StaleEditForm
    list_display = ["project", "agency", "raised_on", "deadline", "status", "escalation_level"]
    list_filter = ["status", "escalation_level", "category", "agency"]
    readonly_fields = ["status", "resolution", "resolved_on", "escalation_level"]
    raw_id_fields = ["source"]
