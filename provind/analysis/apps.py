from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AnalysisConfig(AppConfig):
    name = "provind.analysis"
    verbose_name = _("Analysis")

    def ready(self) -> None:
        from provind.accounts import audit
        from provind.analysis import models

        for model in (models.BoundarySet, models.Boundary):
            audit.register(model)
