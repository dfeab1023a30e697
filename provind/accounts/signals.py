"""Role groups must exist on every database, also after a test flush (post_migrate runs again)."""

from __future__ import annotations

from typing import Any

from django.contrib.auth.models import Group, Permission

from provind.accounts.roles import Role


def ensure_role_groups(**_: Any) -> None:
    for role in Role:
        group, _created = Group.objects.get_or_create(name=role.value)
        if role == Role.ADMIN:
            # Administrators manage everything through the admin site, audit trail included.
            group.permissions.set(Permission.objects.all())
