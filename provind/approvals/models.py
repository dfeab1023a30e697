"""Approval of a data set, after DHIS2's data approval: one record per data set (what is
approved together), its state and the steps that moved it, with who and when.

A data set is keyed generically, so indicators and clusters keep their own models:
- `indicators`: every figure of one administrative unit (version) for one period code;
- `form01` … `form04`: the Circular 14 forms of one cluster (01, 02) or unit (03, 04) for one
  reporting window.

No record means draft. Approved and published data sets are locked: writes into them are
refused until an administrator un-approves (with a reason). The public and viewers see only
published indicator figures.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from provind.geography.models import AdminUnit


class DataSetKind(models.TextChoices):
    INDICATORS = "indicators", _("Indicator figures")
    FORM01 = "form01", _("Form 01 (tenants)")
    FORM02 = "form02", _("Form 02 (cluster)")
    FORM03 = "form03", _("Form 03 (commune)")
    FORM04 = "form04", _("Form 04 (province)")


class ApprovalState(models.TextChoices):
    DRAFT = "draft", _("draft")
    SUBMITTED = "submitted", _("submitted")
    APPROVED = "approved", _("approved")
    PUBLISHED = "published", _("published")


LOCKED_STATES = (ApprovalState.APPROVED, ApprovalState.PUBLISHED)


class ApprovalAction(models.TextChoices):
    SUBMIT = "submit", _("submitted")
    APPROVE = "approve", _("approved")
    PUBLISH = "publish", _("published")
    RETURN = "return", _("returned to draft")
    UNAPPROVE = "unapprove", _("un-approved")


class DataSetApproval(models.Model):
    kind = models.CharField(_("data set"), max_length=12, choices=DataSetKind.choices)
    unit = models.ForeignKey(AdminUnit, verbose_name=_("unit"), on_delete=models.PROTECT, related_name="+")
    period = models.CharField(_("period or window"), max_length=30, help_text=_("2024-07, 2024, 2024H1 …"))
    cluster = models.ForeignKey(
        "clusters.IndustrialCluster",
        verbose_name=_("cluster"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    state = models.CharField(_("state"), max_length=10, choices=ApprovalState.choices, default=ApprovalState.DRAFT)
    # One more on every step: an approval page older than the record is refused.
    version = models.PositiveIntegerField(_("version"), default=0)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    class Meta:
        verbose_name = _("data set approval")
        verbose_name_plural = _("data set approvals")
        ordering = ["kind", "-period", "unit_id", "cluster_id"]
        constraints = [
            models.UniqueConstraint(
                fields=["kind", "unit", "period"], condition=Q(cluster__isnull=True), name="approval_one_per_unit"
            ),
            models.UniqueConstraint(
                fields=["kind", "cluster", "period"],
                condition=Q(cluster__isnull=False),
                name="approval_one_per_cluster",
            ),
        ]
        indexes = [models.Index(fields=["kind", "state"])]

    def __str__(self) -> str:
        where = self.cluster_id and f"cluster {self.cluster_id}" or f"unit {self.unit_id}"
        return f"{self.kind} {where} {self.period}: {self.state}"

    @property
    def is_locked(self) -> bool:
        return self.state in LOCKED_STATES


class ApprovalStep(models.Model):
    """One move of a data set: who, when, from which state to which, and why (un-approving)."""

    approval = models.ForeignKey(DataSetApproval, on_delete=models.CASCADE, related_name="steps")
    action = models.CharField(_("action"), max_length=10, choices=ApprovalAction.choices)
    from_state = models.CharField(max_length=10, choices=ApprovalState.choices)
    to_state = models.CharField(max_length=10, choices=ApprovalState.choices)
    by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    at = models.DateTimeField(_("at"), default=timezone.now)
    reason = models.TextField(_("reason"), blank=True)

    class Meta:
        verbose_name = _("approval step")
        verbose_name_plural = _("approval steps")
        ordering = ["approval", "at", "id"]

    def __str__(self) -> str:
        return f"{self.approval_id} {self.action} {self.at:%Y-%m-%d}"
