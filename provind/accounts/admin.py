"""The Django admin view of scopes; the "Người dùng" page (web/users) is the everyday way."""

from typing import Any

from django.contrib import admin
from django.contrib.contenttypes.models import ContentType
from django.http import HttpRequest

from provind.accounts.models import Scope
from provind.accounts.services import target_kinds
from provind.lib.stale_edits import StaleEditForm


@admin.register(Scope)
class ScopeAdmin(admin.ModelAdmin[Scope]):
    form = StaleEditForm
    list_display = ["user", "unit", "target_type", "target_id", "created_at"]
    list_filter = ["target_type"]
    raw_id_fields = ["unit"]

    def formfield_for_foreignkey(self, db_field: Any, request: HttpRequest, **kwargs: Any) -> Any:
        # Only the kinds of object that give rights (clusters, projects), not ~40 content types.
        if db_field.name == "target_type":
            models = [t.model for t in target_kinds().values()]
            kwargs["queryset"] = ContentType.objects.filter(
                pk__in=[ContentType.objects.get_for_model(m).pk for m in models]
            )
        return super().formfield_for_foreignkey(db_field, request, **kwargs)
