"""Key projects (dự án trọng điểm), their milestones and progress, and the obstacle ledger (vướng mắc).

Unknown stays unknown: a milestone date nobody published is NULL, never a guess. Every fact
can point to the `indicators.Source` it was read in. Every row is audited (django-auditlog,
registered in `apps.py`); obstacle status changes also write an `ObstacleEvent` through
`services.py`, so the weekly meeting sees who moved what and when.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from provind.calendars import DayBasis, days_between
from provind.geography.models import AdminUnit
from provind.geography.queries import ancestors, province_of
from provind.indicators.models import Indicator, Source


def today() -> dt.date:
    return timezone.localdate()


class ProjectCategory(models.TextChoices):
    POWER_GRID = "power_grid", _("Power grid (lines and substations)")
    ONSHORE_WIND = "onshore_wind", _("Power plant: onshore wind")
    NEARSHORE_WIND = "nearshore_wind", _("Power plant: nearshore wind")
    SOLAR = "solar", _("Power plant: solar")
    WASTE_TO_ENERGY = "waste_to_energy", _("Power plant: waste-to-energy")
    BIOMASS = "biomass", _("Power plant: biomass")
    MINING = "mining", _("Mining and mineral processing")
    CLUSTER_INFRASTRUCTURE = "cluster_infrastructure", _("Industrial cluster infrastructure")
    INDUSTRIAL_PARK = "industrial_park", _("Industrial park")
    TRANSPORT = "transport", _("Transport")
    OTHER = "other", _("Other")


class Stage(models.TextChoices):
    INVESTMENT_POLICY = "investment_policy", _("Investment policy approval")
    LAND_ALLOCATION = "land_allocation", _("Land allocation")
    SITE_CLEARANCE = "site_clearance", _("Site clearance")
    APPRAISAL = "appraisal", _("Appraisal")
    CONSTRUCTION_START = "construction_start", _("Construction start")
    COMPLETION = "completion", _("Energisation / completion")
    PHASE_TWO = "phase_two", _("Phase II")
    OTHER = "other", _("Other")


STAGE_ORDER = {stage: i for i, stage in enumerate(Stage.values)}


class ObstacleCategory(models.TextChoices):
    LAND = "land", _("Land and site clearance")
    PROCEDURE = "procedure", _("Procedure")
    CAPITAL = "capital", _("Capital")
    PLANNING = "planning", _("Planning")
    TECHNICAL = "technical", _("Technical")
    OTHER = "other", _("Other")


class EscalationLevel(models.TextChoices):
    DEPARTMENT = "department", _("Department")
    PROVINCIAL_COMMITTEE = "provincial_committee", _("Provincial People's Committee")
    MINISTRY = "ministry", _("Ministry")
    PRIME_MINISTER = "prime_minister", _("Prime Minister")


ESCALATION_ORDER = {level: i for i, level in enumerate(EscalationLevel.values)}


class ObstacleStatus(models.TextChoices):
    OPEN = "open", _("Open")
    IN_PROGRESS = "in_progress", _("In progress")
    RESOLVED = "resolved", _("Resolved")
    REOPENED = "reopened", _("Reopened")


UNRESOLVED = (ObstacleStatus.OPEN, ObstacleStatus.IN_PROGRESS, ObstacleStatus.REOPENED)


class DeadlineBasis(models.TextChoices):
    WORKING = DayBasis.WORKING.value, _("working days")
    CALENDAR = DayBasis.CALENDAR.value, _("calendar days")


class Organisation(models.Model):
    """An investor or any other company or body named on a project."""

    name = models.CharField(_("name"), max_length=300, unique=True)
    short_name = models.CharField(_("short name"), max_length=60, blank=True)
    tax_code = models.CharField(_("tax code"), max_length=20, blank=True)
    contact = models.CharField(_("contact"), max_length=300, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")
        ordering = ["name"]

    def __str__(self) -> str:
        return self.short_name or self.name


class Agency(models.Model):
    """A responsible agency (cơ quan chủ trì): who must resolve an obstacle, and who gets the digest."""

    name = models.CharField(_("name"), max_length=300, unique=True)
    short_name = models.CharField(_("short name"), max_length=60, blank=True)
    email = models.EmailField(_("e-mail"), blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("agency")
        verbose_name_plural = _("agencies")
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class KeyProject(models.Model):
    code = models.SlugField(_("code"), max_length=80, unique=True)
    name = models.CharField(_("name"), max_length=300)
    category = models.CharField(_("category"), max_length=30, choices=ProjectCategory.choices)
    investor = models.ForeignKey(
        Organisation,
        verbose_name=_("investor"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="projects",
    )
    total_investment = models.DecimalField(
        _("total investment (bn VND)"), max_digits=14, decimal_places=1, null=True, blank=True
    )
    capacity = models.CharField(_("capacity"), max_length=200, blank=True, help_text=_("e.g. 2×250 MVA; 9.16 km"))
    units = models.ManyToManyField(AdminUnit, verbose_name=_("location"), blank=True, related_name="key_projects")
    latitude = models.FloatField(_("latitude"), null=True, blank=True)
    longitude = models.FloatField(_("longitude"), null=True, blank=True)
    indicators = models.ManyToManyField(
        Indicator, verbose_name=_("indicators affected"), blank=True, related_name="key_projects"
    )
    serves = models.TextField(_("clusters and parks served"), blank=True)
    description = models.TextField(_("description"), blank=True)
    source = models.ForeignKey(
        Source, verbose_name=_("source"), null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("key project")
        verbose_name_plural = _("key projects")
        ordering = ["category", "name"]

    def __str__(self) -> str:
        return self.name

    @property
    def scope_unit(self) -> AdminUnit | None:
        """The smallest unit holding every location, for `may_change` (a line through two
        communes belongs to their district or province, not to either commune)."""
        units = list(self.units.select_related("parent__parent__parent"))
        if not units:
            return None
        chains = [[u, *ancestors(u)] for u in units]
        common = {node.pk for node in chains[0]}
        for chain in chains[1:]:
            common &= {node.pk for node in chain}
        for node in chains[0]:
            if node.pk in common:
                return node
        return province_of(units[0])

    @property
    def has_coordinates(self) -> bool:
        return self.latitude is not None and self.longitude is not None

    def achieved_milestones(self) -> list[Milestone]:
        return [m for m in self.milestones.all() if m.achieved]

    @property
    def stage(self) -> Milestone | None:
        """The latest achieved milestone: latest actual date, then the later stage (an
        achievement with an unknown date counts before dated ones of a later stage)."""
        achieved = self.achieved_milestones()
        if not achieved:
            return None
        return max(achieved, key=lambda m: (m.actual_on or dt.date.min, m.order))


class LegalDocument(models.Model):
    """A decision or letter on a project: number, date, issuer (and signer where known)."""

    project = models.ForeignKey(KeyProject, on_delete=models.CASCADE, related_name="documents")
    number = models.CharField(_("document number"), max_length=100, blank=True)
    issued_on = models.DateField(_("issued on"), null=True, blank=True)
    issuer = models.CharField(_("issuer"), max_length=200, blank=True)
    signer = models.CharField(_("signer"), max_length=200, blank=True)
    title = models.CharField(_("title"), max_length=400)
    url = models.CharField(_("address"), max_length=500, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("legal document")
        verbose_name_plural = _("legal documents")
        ordering = ["project", "issued_on", "id"]

    def __str__(self) -> str:
        return f"{self.number} {self.title}".strip()


class Milestone(models.Model):
    project = models.ForeignKey(KeyProject, on_delete=models.CASCADE, related_name="milestones")
    stage = models.CharField(_("stage"), max_length=30, choices=Stage.choices)
    label = models.CharField(_("label"), max_length=200, blank=True, help_text=_("Needed for “other”"))
    planned_on = models.DateField(_("planned date"), null=True, blank=True)
    actual_on = models.DateField(_("actual date"), null=True, blank=True)
    achieved = models.BooleanField(
        _("achieved"), default=False, help_text=_("Also when the source says it happened but not when")
    )
    note = models.TextField(_("note"), blank=True)
    source = models.ForeignKey(
        Source, verbose_name=_("source"), null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    # Raised by every save through the services: a form that carries an older number is stale.
    version = models.PositiveIntegerField(_("version"), default=0)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("milestone")
        verbose_name_plural = _("milestones")
        ordering = ["project", "planned_on", "id"]
        constraints = [
            models.UniqueConstraint(
                fields=["project", "stage"], condition=~Q(stage="other"), name="milestone_stage_once"
            ),
            models.CheckConstraint(
                condition=Q(actual_on__isnull=True) | Q(achieved=True), name="milestone_actual_means_achieved"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.project} · {self.title}"

    def save(self, *args: Any, **kwargs: Any) -> None:
        # Every change of a stored row (services, imports, admin) counts, so a stale form is caught.
        if self.pk is not None:
            self.version += 1
            if kwargs.get("update_fields") is not None:
                kwargs["update_fields"] = {*kwargs["update_fields"], "version"}
        super().save(*args, **kwargs)

    @property
    def title(self) -> str:
        return self.label or str(self.get_stage_display())

    @property
    def order(self) -> int:
        return STAGE_ORDER.get(self.stage, len(STAGE_ORDER))

    def days_late(self, on: dt.date | None = None) -> int:
        """Calendar days behind plan: actual after planned, or planned passed with nothing achieved."""
        if self.planned_on is None:
            return 0
        if self.actual_on is not None:
            return max(0, (self.actual_on - self.planned_on).days)
        if self.achieved:
            return 0  # happened, date unknown: not provably late
        return max(0, ((on or today()) - self.planned_on).days)

    def is_late(self, on: dt.date | None = None) -> bool:
        return self.days_late(on) > 0


class ProgressReport(models.Model):
    """Physical and financial progress, planned vs actual, in percent (OC4IDS metrics)."""

    project = models.ForeignKey(KeyProject, on_delete=models.CASCADE, related_name="progress_reports")
    reported_on = models.DateField(_("date"))
    physical_planned = models.DecimalField(
        _("physical, planned (%)"), max_digits=5, decimal_places=1, null=True, blank=True
    )
    physical_actual = models.DecimalField(
        _("physical, actual (%)"), max_digits=5, decimal_places=1, null=True, blank=True
    )
    financial_planned = models.DecimalField(
        _("financial, planned (%)"), max_digits=5, decimal_places=1, null=True, blank=True
    )
    financial_actual = models.DecimalField(
        _("financial, actual (%)"), max_digits=5, decimal_places=1, null=True, blank=True
    )
    source = models.ForeignKey(
        Source, verbose_name=_("source"), null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("progress report")
        verbose_name_plural = _("progress reports")
        ordering = ["project", "reported_on"]
        constraints = [
            models.UniqueConstraint(fields=["project", "reported_on"], name="progress_once_per_day"),
        ]

    def __str__(self) -> str:
        return f"{self.project} · {self.reported_on}"


class ObstacleQuerySet(models.QuerySet["Obstacle"]):
    def unresolved(self) -> ObstacleQuerySet:
        return self.filter(status__in=UNRESOLVED)


class Obstacle(models.Model):
    project = models.ForeignKey(KeyProject, on_delete=models.CASCADE, related_name="obstacles")
    description = models.TextField(_("what blocks"))
    category = models.CharField(_("category"), max_length=20, choices=ObstacleCategory.choices)
    raised_on = models.DateField(_("date raised"))
    agency = models.ForeignKey(
        Agency, verbose_name=_("responsible agency"), on_delete=models.PROTECT, related_name="obstacles"
    )
    requested_action = models.TextField(_("requested action"), blank=True)
    response_days = models.PositiveSmallIntegerField(
        _("days to respond"), null=True, blank=True, help_text=_("As the document writes it")
    )
    deadline_basis = models.CharField(
        _("counted in"), max_length=10, choices=DeadlineBasis.choices, default=DeadlineBasis.WORKING
    )
    deadline = models.DateField(_("deadline"), null=True, blank=True)
    escalation_level = models.CharField(
        _("escalation level"), max_length=30, choices=EscalationLevel.choices, default=EscalationLevel.DEPARTMENT
    )
    status = models.CharField(_("status"), max_length=20, choices=ObstacleStatus.choices, default=ObstacleStatus.OPEN)
    resolution = models.TextField(_("resolution"), blank=True)
    resolved_on = models.DateField(_("resolved on"), null=True, blank=True)
    source = models.ForeignKey(
        Source, verbose_name=_("source"), null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    # One more on every step (each step also writes one event), so a stale form is detected
    # and the steps it missed are the newest `version - sent` events.
    version = models.PositiveIntegerField(_("version"), default=0)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = ObstacleQuerySet.as_manager()

    class Meta:
        verbose_name = _("obstacle")
        verbose_name_plural = _("obstacles")
        ordering = ["raised_on", "id"]
        constraints = [
            models.CheckConstraint(
                condition=~Q(status="resolved") | Q(resolved_on__isnull=False), name="obstacle_resolved_has_date"
            ),
        ]
        indexes = [models.Index(fields=["status", "agency"])]

    def __str__(self) -> str:
        return f"{self.project} · {self.description[:60]}"

    def save(self, *args: Any, **kwargs: Any) -> None:
        # Every change of a stored row (services, imports, admin) counts, so a stale form is caught.
        if self.pk is not None:
            self.version += 1
            if kwargs.get("update_fields") is not None:
                kwargs["update_fields"] = {*kwargs["update_fields"], "version"}
        super().save(*args, **kwargs)

    @property
    def scope_unit(self) -> AdminUnit | None:
        return self.project.scope_unit

    @property
    def is_resolved(self) -> bool:
        return self.status == ObstacleStatus.RESOLVED

    def is_overdue(self, on: dt.date | None = None) -> bool:
        return not self.is_resolved and self.deadline is not None and (on or today()) > self.deadline

    def days_overdue(self, on: dt.date | None = None) -> int:
        """Days past the deadline, counted on the obstacle's own basis (working or calendar)."""
        if not self.is_overdue(on):
            return 0
        assert self.deadline is not None
        return days_between(self.deadline, on or today(), self.deadline_basis)

    def days_left(self, on: dt.date | None = None) -> int | None:
        if self.deadline is None or self.is_resolved:
            return None
        return max(0, days_between(on or today(), self.deadline, self.deadline_basis))

    def age_days(self, on: dt.date | None = None) -> int:
        """Days since it was raised (to its resolution once resolved), on its own basis."""
        end = self.resolved_on if self.is_resolved and self.resolved_on else (on or today())
        return max(0, days_between(self.raised_on, end, self.deadline_basis))

    @property
    def escalation_rank(self) -> int:
        return ESCALATION_ORDER.get(self.escalation_level, 0)


class EventKind(models.TextChoices):
    CREATED = "created", _("raised")
    STARTED = "started", _("work started")
    ESCALATED = "escalated", _("escalated")
    RESOLVED = "resolved", _("resolved")
    REOPENED = "reopened", _("reopened")
    DEADLINE = "deadline", _("deadline changed")


class ObstacleEvent(models.Model):
    """One step in an obstacle's history: who did what, when, and from which state to which."""

    obstacle = models.ForeignKey(Obstacle, on_delete=models.CASCADE, related_name="events")
    kind = models.CharField(_("event"), max_length=20, choices=EventKind.choices)
    at = models.DateTimeField(_("at"), default=timezone.now)
    on = models.DateField(_("effective date"))
    by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    from_status = models.CharField(max_length=20, blank=True)
    to_status = models.CharField(max_length=20, blank=True)
    from_level = models.CharField(max_length=30, blank=True)
    to_level = models.CharField(max_length=30, blank=True)
    note = models.TextField(_("note"), blank=True)

    class Meta:
        verbose_name = _("obstacle event")
        verbose_name_plural = _("obstacle history")
        ordering = ["obstacle", "at", "id"]

    def __str__(self) -> str:
        return f"{self.obstacle_id} {self.kind} {self.on}"
