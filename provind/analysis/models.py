"""Commune boundaries a user uploads (GeoJSON), kept per upload so a later file never erases
an earlier one: the newest upload that covers a unit is the one drawn."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from provind.geography.models import AdminUnit


class BoundarySet(models.Model):
    name = models.CharField(_("file name"), max_length=200)
    source = models.CharField(_("source"), max_length=500, help_text=_("Who drew the boundaries, and their licence"))
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("boundary upload")
        verbose_name_plural = _("boundary uploads")
        ordering = ["-created_at", "-id"]

    def __str__(self) -> str:
        return f"{self.name} ({self.created_at:%d/%m/%Y})"


class Boundary(models.Model):
    boundary_set = models.ForeignKey(BoundarySet, on_delete=models.CASCADE, related_name="boundaries")
    unit = models.ForeignKey(AdminUnit, on_delete=models.PROTECT, related_name="+")
    # A GeoJSON geometry (Polygon or MultiPolygon, WGS 84 longitude/latitude), as uploaded.
    geometry = models.JSONField(_("geometry"))

    class Meta:
        verbose_name = _("boundary")
        verbose_name_plural = _("boundaries")
        constraints = [models.UniqueConstraint(fields=["boundary_set", "unit"], name="boundary_one_per_unit_per_set")]

    def __str__(self) -> str:
        return f"{self.unit} — {self.boundary_set}"
