"""The cluster registry: plan versions, clusters, lifecycle events, tenants and the periodic
reports of Circular 14/2024 (Forms 01 and 02; Forms 03 and 04 are computed, see forms.py).

Unknown stays unknown: every area, amount and date is nullable, and the registry says how
complete it is rather than filling gaps.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from provind.calendars import working_days_between
from provind.geography.models import AdminUnit


class EventKind(models.TextChoices):
    IN_PLAN = "in_plan", _("in the plan")
    INVESTOR_PROPOSED = "investor_proposed", _("investor proposed")
    APPRAISED = "appraised", _("appraised")
    ESTABLISHED = "established", _("established")
    DETAILED_PLAN_APPROVED = "detailed_plan_approved", _("detailed plan approved")
    INFRASTRUCTURE_APPROVED = "infrastructure_approved", _("infrastructure project approved")
    OPERATING = "operating", _("operating")
    OPERATING_NOT_ESTABLISHED = "operating_not_established", _("operating but not established")
    EXPANDED = "expanded", _("expanded")
    AMENDED = "amended", _("amended")
    REVOKED = "revoked", _("revoked")


# The funnel stages, in order; events not listed here (amended, expanded) do not move a stage.
STAGE_ORDER = [
    EventKind.IN_PLAN,
    EventKind.INVESTOR_PROPOSED,
    EventKind.APPRAISED,
    EventKind.ESTABLISHED,
    EventKind.DETAILED_PLAN_APPROVED,
    EventKind.INFRASTRUCTURE_APPROVED,
    EventKind.OPERATING,
]


class Wastewater(models.TextChoices):
    NONE = "none", _("none")
    UNDER_CONSTRUCTION = "under_construction", _("under construction")
    BUILT = "built", _("built")


class TenantStatus(models.TextChoices):
    LEASED = "leased", _("land leased")
    APPROVED = "approved", _("investment approved, land not yet leased")
    OPERATING = "operating", _("operating")
    STOPPED = "stopped", _("stopped")
    REVOKED = "revoked", _("revoked")


class PlanVersion(models.Model):
    """A provincial plan (or revision) listing the planned clusters, e.g. QĐ 222/QĐ-TTg (2023)."""

    name = models.CharField(_("name"), max_length=300)
    province = models.ForeignKey(AdminUnit, on_delete=models.PROTECT, related_name="+")
    decision_number = models.CharField(_("decision number"), max_length=60, blank=True)
    decision_date = models.DateField(_("decision date"), null=True, blank=True)
    # The plan's own totals, as published (the registry may know fewer clusters).
    planned_count = models.PositiveIntegerField(_("clusters in the plan"), null=True, blank=True)
    planned_area_ha = models.DecimalField(
        _("planned area (ha)"), max_digits=10, decimal_places=2, null=True, blank=True
    )
    source_url = models.CharField(_("source"), max_length=500, blank=True)
    note = models.TextField(_("note"), blank=True)

    class Meta:
        verbose_name = _("plan version")
        verbose_name_plural = _("plan versions")
        ordering = ["-decision_date", "id"]

    def __str__(self) -> str:
        return f"{self.name} ({self.decision_number})".strip()


class IndustrialCluster(models.Model):
    code = models.SlugField(_("code"), max_length=60, unique=True)
    name = models.CharField(_("name"), max_length=200)
    commune = models.ForeignKey(
        AdminUnit,
        verbose_name=_("commune (current)"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    former_commune = models.ForeignKey(
        AdminUnit,
        verbose_name=_("commune before 1/7/2025"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    former_district = models.ForeignKey(
        AdminUnit,
        verbose_name=_("district before 1/7/2025"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    province = models.ForeignKey(AdminUnit, verbose_name=_("province"), on_delete=models.PROTECT, related_name="+")
    latitude = models.FloatField(_("latitude"), null=True, blank=True)
    longitude = models.FloatField(_("longitude"), null=True, blank=True)
    established_area_ha = models.DecimalField(
        _("established area (ha)"), max_digits=9, decimal_places=2, null=True, blank=True
    )
    industrial_land_ha = models.DecimalField(
        _("industrial land (ha)"), max_digits=9, decimal_places=2, null=True, blank=True
    )
    investor = models.ForeignKey(
        "projects.Organisation",
        verbose_name=_("infrastructure investor"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="clusters",
    )
    is_craft_village = models.BooleanField(_("craft-village cluster"), default=False)
    is_specialised = models.BooleanField(_("specialised cluster"), default=False)
    # None: not known. It decides the 5 ha or 10 ha minimum (Decree 32 Art. 2.1), so unknown is never "no".
    is_mountainous = models.BooleanField(_("in a mountainous area"), null=True, blank=True, default=None)
    is_legacy = models.BooleanField(_("formed before QĐ 105/2009"), default=False)
    main_sectors = models.CharField(_("main sectors"), max_length=300, blank=True)
    total_investment_bn = models.DecimalField(
        _("total infrastructure investment (bn VND)"), max_digits=12, decimal_places=2, null=True, blank=True
    )
    paid_investment_bn = models.DecimalField(
        _("infrastructure capital paid (bn VND)"), max_digits=12, decimal_places=2, null=True, blank=True
    )
    wastewater = models.CharField(_("central wastewater plant"), max_length=20, choices=Wastewater.choices, blank=True)
    wastewater_meets_standard = models.BooleanField(_("wastewater meets standards"), null=True, blank=True)
    wastewater_auto_monitoring = models.BooleanField(_("automatic monitoring"), null=True, blank=True)
    contact = models.CharField(_("contact for investors"), max_length=300, blank=True)
    sectors_welcomed = models.CharField(_("sectors welcomed"), max_length=300, blank=True)
    source_url = models.CharField(_("source"), max_length=500, blank=True)
    note = models.TextField(_("note"), blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("industrial cluster")
        verbose_name_plural = _("industrial clusters")
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name

    @property
    def scope_unit(self) -> AdminUnit | None:
        """Commune officers and Department editors are scoped by where the cluster lies."""
        return self.commune or self.former_commune or self.province

    def events_until(self, on: dt.date) -> list[ClusterEvent]:
        return [e for e in self.events.all() if e.date is None or e.date <= on]

    def stage_on(self, on: dt.date) -> str | None:
        """The furthest funnel stage reached by `on` (revoked ends it); None if unknown."""
        stage: str | None = None
        for event in sorted(self.events_until(on), key=lambda e: (e.date or dt.date.min, e.pk or 0)):
            if event.kind == EventKind.REVOKED:
                stage = EventKind.REVOKED
            elif event.kind == EventKind.OPERATING_NOT_ESTABLISHED:
                stage = EventKind.OPERATING
            elif event.kind in STAGE_ORDER and (
                stage is None or stage == EventKind.REVOKED or STAGE_ORDER.index(event.kind) > STAGE_ORDER.index(stage)  # type: ignore[arg-type]
            ):
                stage = event.kind
        return stage

    def is_established_on(self, on: dt.date) -> bool:
        kinds = {e.kind for e in self.events_until(on)}
        return EventKind.ESTABLISHED in kinds and EventKind.REVOKED not in kinds

    def is_operating_on(self, on: dt.date) -> bool:
        kinds = {e.kind for e in self.events_until(on)}
        return (
            bool(kinds & {EventKind.OPERATING, EventKind.OPERATING_NOT_ESTABLISHED}) and EventKind.REVOKED not in kinds
        )

    def has_investor_on(self, on: dt.date) -> bool:
        kinds = {e.kind for e in self.events_until(on)}
        return self.investor_id is not None and bool(
            kinds & {EventKind.INVESTOR_PROPOSED, EventKind.APPRAISED, EventKind.ESTABLISHED, EventKind.OPERATING}
        )


class PlanEntry(models.Model):
    """A cluster as listed in one plan version (added, kept, enlarged, reduced or removed)."""

    class Change(models.TextChoices):
        LISTED = "listed", _("listed")
        ADDED = "added", _("added")
        ENLARGED = "enlarged", _("enlarged")
        REDUCED = "reduced", _("reduced")
        REMOVED = "removed", _("removed")

    plan = models.ForeignKey(PlanVersion, on_delete=models.CASCADE, related_name="entries")
    cluster = models.ForeignKey(IndustrialCluster, on_delete=models.CASCADE, related_name="plan_entries")
    planned_area_ha = models.DecimalField(_("planned area (ha)"), max_digits=9, decimal_places=2, null=True, blank=True)
    change = models.CharField(_("change"), max_length=10, choices=Change.choices, default=Change.LISTED)
    note = models.TextField(_("note"), blank=True)

    class Meta:
        verbose_name = _("plan entry")
        verbose_name_plural = _("plan entries")
        ordering = ["plan_id", "cluster__name"]
        constraints = [models.UniqueConstraint(fields=["plan", "cluster"], name="plan_entry_unique")]

    def __str__(self) -> str:
        return f"{self.plan}: {self.cluster} ({self.get_change_display()})"


class ClusterEvent(models.Model):
    """A dated lifecycle step with the legal document behind it."""

    cluster = models.ForeignKey(IndustrialCluster, on_delete=models.CASCADE, related_name="events")
    kind = models.CharField(_("event"), max_length=30, choices=EventKind.choices)
    date = models.DateField(_("date"), null=True, blank=True, help_text=_("Empty: date not known"))
    document_number = models.CharField(_("document number"), max_length=80, blank=True)
    document_date = models.DateField(_("document date"), null=True, blank=True)
    signer = models.CharField(_("signer"), max_length=200, blank=True)
    area_ha = models.DecimalField(_("area (ha)"), max_digits=9, decimal_places=2, null=True, blank=True)
    source_url = models.CharField(_("source"), max_length=500, blank=True)
    note = models.TextField(_("note"), blank=True)

    class Meta:
        verbose_name = _("cluster event")
        verbose_name_plural = _("cluster events")
        ordering = ["cluster_id", "date", "id"]

    def __str__(self) -> str:
        return f"{self.cluster}: {self.get_kind_display()} {self.date or ''}"


class Tenant(models.Model):
    """A production project (dự án sản xuất kinh doanh) inside a cluster."""

    cluster = models.ForeignKey(IndustrialCluster, on_delete=models.CASCADE, related_name="tenants")
    enterprise = models.CharField(_("enterprise"), max_length=300)
    tax_code = models.CharField(_("tax code"), max_length=20, blank=True)
    is_foreign_invested = models.BooleanField(_("foreign-invested"), default=False)
    vsic_code = models.CharField(_("sector (VSIC)"), max_length=10, blank=True)
    leased_area_ha = models.DecimalField(_("leased area (ha)"), max_digits=9, decimal_places=2, default=Decimal(0))
    investment_capital_bn = models.DecimalField(
        _("investment capital (bn VND)"), max_digits=12, decimal_places=2, null=True, blank=True
    )
    status = models.CharField(_("status"), max_length=12, choices=TenantStatus.choices, default=TenantStatus.LEASED)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        verbose_name = _("tenant")
        verbose_name_plural = _("tenants")
        ordering = ["cluster_id", "enterprise"]

    def __str__(self) -> str:
        return f"{self.enterprise} ({self.cluster})"

    @property
    def scope_unit(self) -> AdminUnit | None:
        return self.cluster.scope_unit


class ReportBase(models.Model):
    window = models.CharField(_("reporting window"), max_length=10, help_text=_("2024H1 or 2024"))
    submitted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    submitted_at = models.DateTimeField(auto_now_add=True)
    # Raised by one on every replacement: a filing names the version it replaces, so two people
    # filing at once cannot silently overwrite each other (circular14.submissions._store).
    version = models.PositiveIntegerField(_("version"), default=1)

    class Meta:
        abstract = True


class Form01Report(ReportBase):
    """Circular 14/2024 Form 01, filed by a tenant for a reporting window."""

    tenant = models.ForeignKey(Tenant, on_delete=models.CASCADE, related_name="form01")
    revenue_bn = models.DecimalField(_("revenue in the period (bn VND)"), max_digits=14, decimal_places=3)
    budget_paid_bn = models.DecimalField(_("state budget paid in the period (bn VND)"), max_digits=14, decimal_places=3)
    workers = models.PositiveIntegerField(_("workers with labour contracts"))
    average_income_mn = models.DecimalField(
        _("average income (million VND per person per month)"), max_digits=8, decimal_places=2
    )

    class Meta:
        verbose_name = _("Form 01 report")
        verbose_name_plural = _("Form 01 reports")
        ordering = ["-window", "tenant_id"]
        constraints = [models.UniqueConstraint(fields=["tenant", "window"], name="form01_one_per_window")]

    def __str__(self) -> str:
        return f"Form 01 {self.tenant} {self.window}"


class Form02Report(ReportBase):
    """Circular 14/2024 Form 02, filed by the infrastructure investor (14 items)."""

    cluster = models.ForeignKey(IndustrialCluster, on_delete=models.CASCADE, related_name="form02")
    total_investment_bn = models.DecimalField(
        _("1. total infrastructure investment (bn VND)"), max_digits=12, decimal_places=2
    )
    paid_investment_bn = models.DecimalField(_("2. capital invested so far (bn VND)"), max_digits=12, decimal_places=2)
    land_ready_ha = models.DecimalField(
        _("3. industrial land with completed infrastructure (ha)"), max_digits=9, decimal_places=2
    )
    land_leased_ha = models.DecimalField(_("4. industrial land leased (ha)"), max_digits=9, decimal_places=2)
    occupancy_pct = models.DecimalField(_("5. occupancy rate (%)"), max_digits=6, decimal_places=2)
    projects = models.PositiveIntegerField(_("6. production projects with land"))
    projects_foreign = models.PositiveIntegerField(_("7. of which foreign-invested"))
    projects_operating = models.PositiveIntegerField(_("8. production projects operating"))
    revenue_bn = models.DecimalField(_("9. revenue in the period (bn VND)"), max_digits=14, decimal_places=3)
    budget_paid_bn = models.DecimalField(_("10. state budget paid (bn VND)"), max_digits=14, decimal_places=3)
    workers = models.PositiveIntegerField(_("11. workers with labour contracts"))
    average_income_mn = models.DecimalField(
        _("12. average income (million VND/person/month)"), max_digits=8, decimal_places=2
    )
    wastewater_built = models.BooleanField(_("13. central wastewater plant built or under construction"))
    wastewater_meets_standard = models.BooleanField(_("14. central wastewater plant meets standards"))
    occupancy_recomputed_pct = models.DecimalField(max_digits=6, decimal_places=2, null=True, blank=True)

    class Meta:
        verbose_name = _("Form 02 report")
        verbose_name_plural = _("Form 02 reports")
        ordering = ["-window", "cluster_id"]
        constraints = [
            models.UniqueConstraint(fields=["cluster", "window"], name="form02_one_per_window"),
            models.CheckConstraint(
                condition=Q(projects_foreign__lte=models.F("projects")), name="form02_foreign_le_total"
            ),
        ]

    def __str__(self) -> str:
        return f"Form 02 {self.cluster} {self.window}"

    @property
    def occupancy_mismatch(self) -> bool:
        if self.occupancy_recomputed_pct is None:
            return False
        from provind.clusters.calculations import OCCUPANCY_TOLERANCE

        return abs(self.occupancy_pct - self.occupancy_recomputed_pct) > OCCUPANCY_TOLERANCE


class DepartmentRequest(models.Model):
    """What the Department asked a cluster's infrastructure investor: a request with a due date
    in working days (the holiday calendar counts them), closed when the investor answers."""

    cluster = models.ForeignKey(IndustrialCluster, on_delete=models.CASCADE, related_name="requests")
    text = models.TextField(_("request"))
    asked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    asked_on = models.DateField(_("asked on"))
    working_days = models.PositiveSmallIntegerField(_("working days to answer"))
    due_on = models.DateField(_("due on"))
    answer = models.TextField(_("answer"), blank=True)
    answered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    closed_on = models.DateField(_("closed on"), null=True, blank=True)
    # The token of the page form it was sent from: the same form posted twice (a double-click)
    # records one request; a page loaded again has a new token (clusters.requests.ask).
    form_token = models.CharField(_("form token"), max_length=32, blank=True, editable=False)

    class Meta:
        verbose_name = _("Department request")
        verbose_name_plural = _("Department requests")
        ordering = ["due_on", "pk"]
        indexes = [models.Index(fields=["cluster", "closed_on"])]
        constraints = [
            models.UniqueConstraint(
                fields=["form_token"], condition=~models.Q(form_token=""), name="department_request_one_per_form"
            )
        ]

    def __str__(self) -> str:
        return f"{self.cluster.code} {self.asked_on:%d/%m/%Y}: {self.text[:60]}"

    @property
    def is_open(self) -> bool:
        return self.closed_on is None

    def working_days_left(self, on: dt.date) -> int:
        """Working days from `on` to the due date (negative once it has passed)."""
        return working_days_between(on, self.due_on)
