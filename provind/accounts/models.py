from __future__ import annotations

from django.conf import settings
from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
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

    def clean(self) -> None:
        """Refuse a scope on a kind of object that gives no rights (a cluster *event* instead of a
        cluster) or on an object that does not exist: the admin used to save those silently."""
        from provind.accounts.services import target_kinds

        if self.target_type_id is None:
            return
        allowed = {t.model for t in target_kinds().values()}
        model = self.target_type.model_class() if self.target_type else None
        if model not in allowed:
            names = ", ".join(f"{t.label_vi} / {t.label_en}" for t in target_kinds().values())
            raise ValidationError({"target_type": f"Chỉ được gán: {names} / only these can be scoped: {names}"})
        if model is not None and not model._default_manager.filter(pk=self.target_id).exists():
            raise ValidationError(
                {"target_id": f"Không có đối tượng mã {self.target_id} / no object with id {self.target_id}"}
            )
