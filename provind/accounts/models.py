from __future__ import annotations

from django.conf import settings
from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from provind.geography.models import AdminUnit


class Scope(models.Model):
    """What one user may change: an administrative unit (and all below it), or one object.

    Objects are referenced generically so that later domain apps (an industrial cluster for
    its infrastructure investor) add scopes without this app importing them.
    """

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="scopes")
    unit = models.ForeignKey(AdminUnit, null=True, blank=True, on_delete=models.CASCADE, related_name="+")
    target_type = models.ForeignKey(ContentType, null=True, blank=True, on_delete=models.CASCADE)
    target_id = models.CharField(max_length=64, blank=True)
    target = GenericForeignKey("target_type", "target_id")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("scope")
        verbose_name_plural = _("scopes")
        ordering = ["user_id", "id"]
        constraints = [
            models.CheckConstraint(
                condition=(Q(unit__isnull=False) & Q(target_type__isnull=True))
                | (Q(unit__isnull=True) & Q(target_type__isnull=False)),
                name="scope_unit_xor_target",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.user} → {self.unit or self.target}"
