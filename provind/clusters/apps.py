from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ClustersConfig(AppConfig):
    name = "provind.clusters"
    verbose_name = _("Industrial clusters")

    def ready(self) -> None:
        from provind.accounts import audit
        from provind.accounts import services as scopes
        from provind.clusters import models

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
