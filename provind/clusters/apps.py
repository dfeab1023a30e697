from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ClustersConfig(AppConfig):
    name = "provind.clusters"
    verbose_name = _("Industrial clusters")

    def ready(self) -> None:
        from provind.accounts import audit
        from provind.accounts import services as scopes
        from provind.approvals.models import DataSetKind
        from provind.approvals.services import register_period_reader
        from provind.clusters import models
        from provind.clusters.windows import ReportingWindow

        for model in (
            models.PlanVersion,
            models.PlanEntry,
            models.IndustrialCluster,
            models.ClusterEvent,
            models.Tenant,
            models.Form01Report,
            models.Form02Report,
        ):
            audit.register(model)
        scopes.register_target(
            "cluster", models.IndustrialCluster, label_vi="Cụm công nghiệp", label_en="Industrial cluster"
        )
        forms = (DataSetKind.FORM01, DataSetKind.FORM02, DataSetKind.FORM03, DataSetKind.FORM04)
        register_period_reader(forms, lambda text: ReportingWindow.parse(text).code)
