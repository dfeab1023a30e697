from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class IndicatorsConfig(AppConfig):
    name = "provind.indicators"
    verbose_name = _("Indicators")

    def ready(self) -> None:
        from provind.accounts import audit
        from provind.approvals.models import DataSetKind
        from provind.approvals.services import register_period_reader
        from provind.indicators.models import Indicator, Observation, Source, Target
        from provind.indicators.periods import parse_period

        for model in (Indicator, Source, Observation, Target):
            audit.register(model)
        register_period_reader([DataSetKind.INDICATORS], lambda text: parse_period(text).code)
