"""Registry editing for the Department: clusters with their events, plan entries and tenants."""

from django.contrib import admin

from provind.clusters.models import (
    ClusterEvent,
    DepartmentRequest,
    Form01Report,
    Form02Report,
    IndustrialCluster,
    PlanEntry,
    PlanVersion,
    Tenant,
)
from provind.lib.stale_edits import StaleEditForm


class EventInline(admin.TabularInline[ClusterEvent, IndustrialCluster]):
    form = StaleEditForm
    model = ClusterEvent
    extra = 0


class PlanEntryInline(admin.TabularInline[PlanEntry, IndustrialCluster]):
    form = StaleEditForm
    model = PlanEntry
    extra = 0


class TenantInline(admin.TabularInline[Tenant, IndustrialCluster]):
    form = StaleEditForm
    model = Tenant
    extra = 0
    raw_id_fields = ["user"]


@admin.register(IndustrialCluster)
class IndustrialClusterAdmin(admin.ModelAdmin[IndustrialCluster]):
    form = StaleEditForm
    list_display = ["code", "name", "province", "commune", "investor", "established_area_ha", "industrial_land_ha"]
    list_filter = ["is_craft_village", "is_specialised", "is_mountainous", "wastewater"]
    search_fields = ["code", "name"]
    raw_id_fields = ["commune", "former_commune", "former_district", "province", "investor"]
    inlines = [EventInline, PlanEntryInline, TenantInline]


@admin.register(PlanVersion)
class PlanVersionAdmin(admin.ModelAdmin[PlanVersion]):
    form = StaleEditForm
    list_display = ["name", "decision_number", "decision_date", "planned_count", "planned_area_ha"]
    raw_id_fields = ["province"]


@admin.register(Form02Report)
class Form02ReportAdmin(admin.ModelAdmin[Form02Report]):
    form = StaleEditForm
    list_display = ["cluster", "window", "occupancy_pct", "occupancy_recomputed_pct", "submitted_by", "submitted_at"]
    list_filter = ["window"]


@admin.register(Form01Report)
class Form01ReportAdmin(admin.ModelAdmin[Form01Report]):
    form = StaleEditForm
    list_display = ["tenant", "window", "revenue_bn", "workers", "submitted_by", "submitted_at"]
    list_filter = ["window"]


@admin.register(DepartmentRequest)
class DepartmentRequestAdmin(admin.ModelAdmin[DepartmentRequest]):
    list_display = ["cluster", "asked_on", "due_on", "closed_on", "asked_by"]
    list_filter = ["closed_on"]
    raw_id_fields = ["cluster", "asked_by", "answered_by"]
