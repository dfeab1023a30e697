"""Administrative units with validity dates and the old → new crosswalk.

A code alone never identifies a unit: after the 2025 reorganisation new Thái Nguyên kept
code 19 of old Thái Nguyên, and new communes reuse old commune codes. A unit is its code
together with its validity interval [valid_from, valid_to] (both inclusive; None = open).
"""

from __future__ import annotations

import datetime as dt

from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

# The day the two-tier government started (Resolution 202/2025/QH15, Resolution 1683/NQ-UBTVQH15 …).
REFORM_DATE = dt.date(2025, 7, 1)


class UnitKind(models.TextChoices):
    PROVINCE = "province", _("Province")
    DISTRICT = "district", _("District")
    URBAN_DISTRICT = "urban_district", _("Urban district")
    TOWN = "town", _("Town")
    CITY = "city", _("Provincial city")
    COMMUNE = "commune", _("Commune")
    WARD = "ward", _("Ward")
    TOWNSHIP = "township", _("Township")
    SPECIAL_ZONE = "special_zone", _("Special zone")


DISTRICT_LEVEL = frozenset({UnitKind.DISTRICT, UnitKind.URBAN_DISTRICT, UnitKind.TOWN, UnitKind.CITY})
COMMUNE_LEVEL = frozenset({UnitKind.COMMUNE, UnitKind.WARD, UnitKind.TOWNSHIP, UnitKind.SPECIAL_ZONE})


def valid_on_q(on: dt.date, prefix: str = "") -> Q:
    """Filter for rows whose [valid_from, valid_to] contains `on`; None bounds are open."""
    return (Q(**{f"{prefix}valid_from__isnull": True}) | Q(**{f"{prefix}valid_from__lte": on})) & (
        Q(**{f"{prefix}valid_to__isnull": True}) | Q(**{f"{prefix}valid_to__gte": on})
    )


class AdminUnitQuerySet(models.QuerySet["AdminUnit"]):
    def valid_on(self, on: dt.date) -> AdminUnitQuerySet:
        return self.filter(valid_on_q(on))


class AdminUnit(models.Model):
    code = models.CharField(_("code"), max_length=10, db_index=True)
    name = models.CharField(_("name"), max_length=200)
    kind = models.CharField(_("kind"), max_length=20, choices=UnitKind.choices)
    parent = models.ForeignKey(
        "self",
        verbose_name=_("parent"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="children",
    )
    valid_from = models.DateField(_("valid from"), null=True, blank=True, help_text=_("Empty: before our records"))
    valid_to = models.DateField(_("valid to"), null=True, blank=True, help_text=_("Empty: still valid"))
    latitude = models.FloatField(_("centroid latitude"), null=True, blank=True)
    longitude = models.FloatField(_("centroid longitude"), null=True, blank=True)
    area_km2 = models.FloatField(_("area (km²)"), null=True, blank=True)
    source = models.CharField(_("source"), max_length=300, blank=True)

    objects = AdminUnitQuerySet.as_manager()

    class Meta:
        verbose_name = _("administrative unit")
        verbose_name_plural = _("administrative units")
        ordering = ["code", "valid_from"]
        constraints = [
            # One unit per code and start date; a NULL start may appear once per code.
            models.UniqueConstraint(
                fields=["code", "valid_from"],
                condition=Q(valid_from__isnull=False),
                name="unit_code_from_unique",
            ),
            models.UniqueConstraint(
                fields=["code"], condition=Q(valid_from__isnull=True), name="unit_code_open_start_unique"
            ),
            models.CheckConstraint(
                condition=Q(valid_from__isnull=True)
                | Q(valid_to__isnull=True)
                | Q(valid_from__lte=models.F("valid_to")),
                name="unit_validity_ordered",
            ),
        ]
        indexes = [models.Index(fields=["parent", "code"])]

    def __str__(self) -> str:
        return f"{self.name} ({self.code}, {self.validity_label})"

    @property
    def validity_label(self) -> str:
        start = self.valid_from.strftime("%d/%m/%Y") if self.valid_from else "…"
        end = self.valid_to.strftime("%d/%m/%Y") if self.valid_to else "…"
        return f"{start}–{end}"

    def is_valid_on(self, on: dt.date) -> bool:
        return (self.valid_from is None or self.valid_from <= on) and (self.valid_to is None or on <= self.valid_to)

    @property
    def is_province(self) -> bool:
        return self.kind == UnitKind.PROVINCE

    @property
    def is_commune_level(self) -> bool:
        return self.kind in COMMUNE_LEVEL


class CrosswalkBasis(models.TextChoices):
    WHOLE = "whole", _("Whole unit transferred")
    SPLIT_EQUAL_ASSUMED = "split_equal_assumed", _("Split; equal shares assumed (no official shares)")
    SPLIT_MEASURED = "split_measured", _("Split; shares from a source")


class UnitCrosswalk(models.Model):
    """How much of an old unit went into a new one (the 2025 reorganisation and later ones)."""

    old_unit = models.ForeignKey(AdminUnit, on_delete=models.CASCADE, related_name="successor_links")
    new_unit = models.ForeignKey(AdminUnit, on_delete=models.CASCADE, related_name="predecessor_links")
    weight = models.DecimalField(_("weight"), max_digits=7, decimal_places=6)
    basis = models.CharField(_("basis"), max_length=30, choices=CrosswalkBasis.choices)
    source = models.CharField(_("source"), max_length=300, blank=True)

    class Meta:
        verbose_name = _("unit crosswalk link")
        verbose_name_plural = _("unit crosswalk")
        ordering = ["old_unit__code", "new_unit__code"]
        constraints = [
            models.UniqueConstraint(fields=["old_unit", "new_unit"], name="crosswalk_pair_unique"),
            models.CheckConstraint(condition=Q(weight__gt=0) & Q(weight__lte=1), name="crosswalk_weight_range"),
        ]

    def __str__(self) -> str:
        return f"{self.old_unit.code} → {self.new_unit.code} ({self.weight})"

    @property
    def is_whole(self) -> bool:
        return self.basis == CrosswalkBasis.WHOLE
