from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class IndicatorsConfig(AppConfig):
    name = "provind.indicators"
    verbose_name = _("Indicators")

    def ready(self) -> None:
        from provind.accounts import audit
        from provind.indicators.models import Indicator, Observation, Source, Target

        for model in (Indicator, Source, Observation, Target):
            audit.register(model)
