from django.contrib import admin

from provind.accounts.models import Scope


@admin.register(Scope)
class ScopeAdmin(admin.ModelAdmin[Scope]):
    list_display = ["user", "unit", "target_type", "target_id", "created_at"]
    list_filter = ["target_type"]
    raw_id_fields = ["unit"]
