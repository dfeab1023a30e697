"""Indicators (chỉ tiêu), their observations (số liệu) with status and vintage, and targets.

An observation is never updated: a revision, a later estimate or the official figure is a
new row with its own status and vintage. The current value is chosen by `queries.py`.
"""

from __future__ import annotations

from decimal import Decimal

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from provind.geography.models import AdminUnit
from provind.indicators.periods import Period, PeriodKind


class IndicatorKind(models.TextChoices):
    LEVEL = "level", _("Level")
    RATE = "rate", _("Growth rate (percent vs same period)")
    SHARE = "share", _("Share (percent of a whole)")
    INDEX = "index", _("Index")


class TimeAggregation(models.TextChoices):
    SUM = "sum", _("Sum")
    LAST = "last", _("Last value")
    AVERAGE = "average", _("Average")
    NONE = "none", _("None")


class PlaceAggregation(models.TextChoices):
    SUM = "sum", _("Sum")
    AVERAGE = "average", _("Average")
    NONE = "none", _("None")


class Owner(models.TextChoices):
    STATISTICS_OFFICE = "statistics_office", _("Statistics office")
    DEPARTMENT = "department", _("Department of Industry and Trade")
    CUSTOMS = "customs", _("Customs")
    PLANNING = "planning", _("Planning")
    OTHER = "other", _("Other")


class Status(models.TextChoices):
    PLAN = "plan", _("plan")
    ESTIMATE = "estimate", _("estimate")
    PRELIMINARY = "preliminary", _("preliminary")
    OFFICIAL = "official", _("official")


# How final an actual figure is; plans are not actual figures and never become "current".
STATUS_RANK = {Status.ESTIMATE: 1, Status.PRELIMINARY: 2, Status.OFFICIAL: 3}


class Qualifier(models.TextChoices):
    OVER = "over", _("over")
    UNDER = "under", _("under")
    ABOUT = "about", _("about")
    NEARLY = "nearly", _("nearly")


class ChangeBasis(models.TextChoices):
    YOY = "yoy", _("vs same period last year")
    MOM = "mom", _("vs previous month")
    PLAN = "plan", _("vs plan")


class PriceBasis(models.TextChoices):
    CURRENT = "current", _("current prices")
    CONSTANT_2010 = "constant_2010", _("2010 constant prices")


# Statistics publishes four ownership types; Department reports often use three, with "local"
# (công nghiệp địa phương) standing for local state plus non-state together.
OWNERSHIP_VALUES = ("central_state", "local_state", "non_state", "foreign_invested", "local")
OWNERSHIP_PARTITIONS = (
    frozenset({"central_state", "local_state", "non_state", "foreign_invested"}),
    frozenset({"central_state", "local", "foreign_invested"}),
)


class IndicatorGroup(models.TextChoices):
    NONE = "", _("(none)")
    KEY_PRODUCT = "key_product", _("key industrial product")


class Indicator(models.Model):
    code = models.SlugField(_("code"), max_length=60, unique=True)
    name_vi = models.CharField(_("Vietnamese name"), max_length=200)
    name_en = models.CharField(_("English name"), max_length=200)
    unit_vi = models.CharField(_("unit (Vietnamese)"), max_length=40)
    unit_en = models.CharField(_("unit (English)"), max_length=40)
    base_unit = models.CharField(_("base unit"), max_length=10)
    scale = models.DecimalField(_("base units per display unit"), max_digits=20, decimal_places=0, default=1)
    kind = models.CharField(_("kind"), max_length=10, choices=IndicatorKind.choices)
    time_aggregation = models.CharField(_("aggregation over time"), max_length=10, choices=TimeAggregation.choices)
    place_aggregation = models.CharField(_("aggregation over places"), max_length=10, choices=PlaceAggregation.choices)
    owner = models.CharField(_("owner"), max_length=20, choices=Owner.choices)
    breakdowns = models.CharField(_("breakdowns"), max_length=60, blank=True)
    decimals = models.PositiveSmallIntegerField(_("decimals shown"), default=1)
    # Key industrial products ("sản phẩm công nghiệp chủ yếu") are one indicator each, with their
    # own unit (tấn, triệu kWh, nghìn cái …); the group lets the report list them together.
    group = models.CharField(_("group"), max_length=20, choices=IndicatorGroup.choices, blank=True, default="")
    description_vi = models.TextField(_("description"), blank=True)
    display_order = models.PositiveSmallIntegerField(default=100)

    class Meta:
        verbose_name = _("indicator")
        verbose_name_plural = _("indicators")
        ordering = ["display_order", "code"]

    def __str__(self) -> str:
        return self.name

    @property
    def name(self) -> str:
        return self.name_en if (get_language() or "vi").startswith("en") else self.name_vi

    @property
    def unit_label(self) -> str:
        return self.unit_en if (get_language() or "vi").startswith("en") else self.unit_vi

    @property
    def is_level(self) -> bool:
        return self.kind == IndicatorKind.LEVEL

    @property
    def sums_over_time(self) -> bool:
        return self.time_aggregation == TimeAggregation.SUM

    def breakdown_dimensions(self) -> list[str]:
        return [part for part in self.breakdowns.split("|") if part]


class Source(models.Model):
    """Where a figure comes from: a document (title, number), an address, or an uploaded file."""

    title = models.CharField(_("title"), max_length=400)
    number = models.CharField(_("document number"), max_length=100, blank=True)
    url = models.CharField(_("address"), max_length=500, blank=True)
    published_on = models.DateField(_("published on"), null=True, blank=True)
    file = models.FileField(_("uploaded file"), upload_to="sources/%Y/", blank=True)
    text = models.TextField(_("text"), blank=True, help_text=_("Full text, kept for extracted facts"))
    # Who uploaded or pasted the text: a stored report is read back only by them and the
    # Department (not by anyone who guesses its number).
    entered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    # Generated test data (`provind synth`): kept apart from real figures, refused by reports.
    synthetic = models.BooleanField(_("synthetic (generated) data"), default=False)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("source")
        verbose_name_plural = _("sources")
        ordering = ["-created_at", "id"]

    def __str__(self) -> str:
        return f"{self.title} {self.number}".strip()


class ObservationQuerySet(models.QuerySet["Observation"]):
    def known_on(self, as_of: object) -> ObservationQuerySet:
        """What was known on `as_of`: figures dated up to that day. A figure whose date is not
        known counts from the end of its period (an actual cannot be known earlier), a plan from
        the start of its period, so a 2025 figure never shows up in a view of 2024."""
        undated = Q(vintage__isnull=True)
        return self.filter(
            Q(vintage__lte=as_of)
            | (undated & ~Q(status=Status.PLAN) & Q(period_end__lte=as_of))
            | (undated & Q(status=Status.PLAN) & Q(period_start__lte=as_of))
        )

    def actual(self) -> ObservationQuerySet:
        return self.exclude(status=Status.PLAN)

    def standing(self) -> ObservationQuerySet:
        """Not withdrawn: the figures that can be current."""
        return self.filter(withdrawn_at__isnull=True)

    def real(self) -> ObservationQuerySet:
        """Figures from real sources only: generated (`provind synth`) rows left out."""
        return self.filter(source__synthetic=False)

    def synthetic(self) -> ObservationQuerySet:
        return self.filter(source__synthetic=True)


# The fields that state one figure, in the order every listing, export and bulk insert writes them,
# and the fields of its period's span.
FIGURE_FIELDS = ("breakdown", "value", "qualifier", "status", "vintage", "reported_change")
PERIOD_SPAN_FIELDS = ("period_kind", "period_start", "period_end")


class Observation(models.Model):
    indicator = models.ForeignKey(Indicator, on_delete=models.PROTECT, related_name="observations")
    unit = models.ForeignKey(AdminUnit, on_delete=models.PROTECT, related_name="observations")
    period_code = models.CharField(_("period"), max_length=30)
    period_kind = models.CharField(max_length=10, choices=[(k.value, k.value) for k in PeriodKind])
    period_start = models.DateField()
    period_end = models.DateField()
    breakdown = models.CharField(_("breakdown"), max_length=80, blank=True, default="")
    value = models.DecimalField(_("value"), max_digits=24, decimal_places=6)
    qualifier = models.CharField(_("qualifier"), max_length=10, choices=Qualifier.choices, blank=True)
    status = models.CharField(_("status"), max_length=12, choices=Status.choices)
    vintage = models.DateField(_("known on"), null=True, blank=True, help_text=_("Empty: date not known"))
    reported_change = models.DecimalField(
        _("reported change (percent)"), max_digits=12, decimal_places=4, null=True, blank=True
    )
    reported_change_basis = models.CharField(max_length=6, choices=ChangeBasis.choices, blank=True)
    reported_plan_pct = models.DecimalField(
        _("reported percent of plan"), max_digits=12, decimal_places=4, null=True, blank=True
    )
    price_basis = models.CharField(_("price basis"), max_length=15, choices=PriceBasis.choices, blank=True)
    source = models.ForeignKey(Source, on_delete=models.PROTECT, related_name="observations")
    source_excerpt = models.TextField(_("source excerpt"), blank=True)
    span_start = models.PositiveIntegerField(null=True, blank=True)
    span_end = models.PositiveIntegerField(null=True, blank=True)
    note = models.TextField(_("note"), blank=True)
    entered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    # A correction is a new figure (new vintage) pointing at the one it corrects; a wrong figure
    # is withdrawn with a reason, never deleted, and is then no longer current (corrections.py).
    corrects = models.ForeignKey(
        "self", verbose_name=_("corrects"), null=True, blank=True, on_delete=models.PROTECT, related_name="corrections"
    )
    withdrawn_at = models.DateTimeField(_("withdrawn at"), null=True, blank=True)
    withdrawn_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    # A database default too: the importer inserts rows with raw SQL naming only its columns.
    withdrawn_reason = models.TextField(_("reason for withdrawal"), blank=True, default="", db_default="")

    objects = ObservationQuerySet.as_manager()

    class Meta:
        verbose_name = _("observation")
        verbose_name_plural = _("observations")
        ordering = ["indicator_id", "unit_id", "period_start", "period_end", "-vintage", "-id"]
        indexes = [
            models.Index(fields=["indicator", "unit", "period_code"]),
            models.Index(fields=["indicator", "period_end"]),
            # One indicator and period for every unit at once (the national slices of the API),
            # in id order: the keyset pages read it without sorting.
            models.Index(fields=["indicator", "period_code", "id"], name="obs_w15_indicator_period_id"),
        ]
        constraints = [
            # One value per vintage: a second figure for the same key and vintage is a conflict,
            # not a silent overwrite; undated figures are unique on their value.
            models.UniqueConstraint(
                fields=["indicator", "unit", "period_code", "breakdown", "status", "vintage"],
                condition=Q(vintage__isnull=False),
                name="observation_one_value_per_vintage",
            ),
            models.UniqueConstraint(
                fields=["indicator", "unit", "period_code", "breakdown", "status", "value"],
                condition=Q(vintage__isnull=True),
                name="observation_undated_unique",
            ),
            models.CheckConstraint(
                condition=Q(span_start__isnull=True) | Q(span_end__gte=models.F("span_start")),
                name="observation_span_ordered",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.indicator.code} {self.unit.code} {self.period_code} = {self.value} ({self.status})"

    @property
    def period(self) -> Period:
        return Period(self.period_start, self.period_end, PeriodKind(self.period_kind))

    @property
    def is_withdrawn(self) -> bool:
        return self.withdrawn_at is not None

    @property
    def status_rank(self) -> int:
        return STATUS_RANK.get(Status(self.status), 0)

    def set_period(self, period: Period) -> None:
        self.period_code = period.code
        self.period_kind = period.kind.value
        self.period_start = period.start
        self.period_end = period.end

    def base_value(self) -> Decimal:
        """The value in base units (VND, USD, ha …), as the extraction schema writes it."""
        return self.value * self.indicator.scale


class ObservationSummary(models.Model):
    """How many figures each indicator has, kept current by `statistics.refresh` after loads and
    imports: counting 11 million rows on every view of the catalogue took seconds."""

    indicator = models.OneToOneField(Indicator, on_delete=models.CASCADE, primary_key=True, related_name="summary")
    figures = models.BigIntegerField(default=0)
    refreshed_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("observation summary")
        verbose_name_plural = _("observation summaries")

    def __str__(self) -> str:
        return f"{self.indicator_id}: {self.figures}"


class Target(models.Model):
    """A goal for a year (2030) with its legal source; the trajectory runs from the base year."""

    indicator = models.ForeignKey(Indicator, on_delete=models.PROTECT, related_name="targets")
    unit = models.ForeignKey(AdminUnit, on_delete=models.PROTECT, related_name="targets")
    year = models.PositiveSmallIntegerField(_("target year"))
    value = models.DecimalField(_("value"), max_digits=24, decimal_places=6)
    qualifier = models.CharField(_("qualifier"), max_length=10, choices=Qualifier.choices, blank=True)
    base_year = models.PositiveSmallIntegerField(_("base year"), null=True, blank=True)
    base_value = models.DecimalField(_("base value"), max_digits=24, decimal_places=6, null=True, blank=True)
    source = models.ForeignKey(Source, on_delete=models.PROTECT, related_name="targets")
    note = models.TextField(_("note"), blank=True)

    class Meta:
        verbose_name = _("target")
        verbose_name_plural = _("targets")
        ordering = ["indicator_id", "unit_id", "year"]
        constraints = [
            models.UniqueConstraint(fields=["indicator", "unit", "year", "source"], name="target_unique_per_source")
        ]

    def __str__(self) -> str:
        return f"{self.indicator.code} {self.unit.code} {self.year}: {self.value}"
