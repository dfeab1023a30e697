"""Roles are Django groups; what a role may touch is narrowed by the user's scopes."""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _


class Role(models.TextChoices):
    ADMIN = "admin", _("Administrator")
    DEPARTMENT_EDITOR = "department_editor", _("Department editor (whole province)")
    COMMUNE_OFFICER = "commune_officer", _("Commune officer (their communes)")
    CLUSTER_INVESTOR = "cluster_investor", _("Cluster infrastructure investor (their clusters)")
    VIEWER = "viewer", _("Viewer (read only)")
