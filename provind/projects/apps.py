"""Key projects (dự án trọng điểm), milestones and the obstacle ledger (vướng mắc)."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ProjectsConfig(AppConfig):
    name = "provind.projects"
    verbose_name = _("Key projects")

    def ready(self) -> None:
        from provind.accounts import audit
        from provind.accounts import services as scopes
        from provind.projects import models

        audit.register(models.KeyProject, m2m_fields={"units", "indicators"})
        for model in (
            models.Organisation,
            models.Agency,
            models.LegalDocument,
            models.Milestone,
            models.ProgressReport,
            models.Obstacle,
            models.ObstacleEvent,
        ):
            audit.register(model)
        scopes.register_target("project", models.KeyProject, label_vi="Dự án trọng điểm", label_en="Key project")
