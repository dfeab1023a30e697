"""The periodic report: builder, sentences, charts, renderers, editions and background jobs."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ReportsConfig(AppConfig):
    name = "provind.reports"
    verbose_name = _("Reports")
