from django.contrib import admin

from provind.geography.models import AdminUnit, UnitCrosswalk
from provind.lib.stale_edits import StaleEditForm


@admin.register(AdminUnit)
class AdminUnitAdmin(admin.ModelAdmin[AdminUnit]):
    form = StaleEditForm
    list_display = ["code", "name", "kind", "parent", "valid_from", "valid_to"]
    list_filter = ["kind", "valid_to"]
    search_fields = ["code", "name"]
    raw_id_fields = ["parent"]


@admin.register(UnitCrosswalk)
class UnitCrosswalkAdmin(admin.ModelAdmin[UnitCrosswalk]):
    form = StaleEditForm
    list_display = ["old_unit", "new_unit", "weight", "basis"]
    list_filter = ["basis"]
    search_fields = ["old_unit__code", "old_unit__name", "new_unit__code", "new_unit__name"]
    raw_id_fields = ["old_unit", "new_unit"]
