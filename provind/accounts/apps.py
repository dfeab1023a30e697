from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


class AccountsConfig(AppConfig):
    name = "provind.accounts"
    verbose_name = _("People and access")

    def ready(self) -> None:
        from provind.accounts import audit
        from provind.accounts.signals import ensure_role_groups

        audit.register_models()
        post_migrate.connect(ensure_role_groups, sender=self)
