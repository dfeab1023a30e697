"""Approval of data sets before publishing (draft → submitted → approved → published)."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ApprovalsConfig(AppConfig):
    name = "provind.approvals"
    verbose_name = _("Approvals")

    def ready(self) -> None:
        from provind.accounts import audit
        from provind.approvals import models

        audit.register(models.DataSetApproval)
