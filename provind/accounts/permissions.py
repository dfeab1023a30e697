"""The one answer every write path asks: may this user change data for this unit or object?"""

from __future__ import annotations

from typing import Protocol, runtime_checkable

from django.contrib.auth.models import AbstractBaseUser, AnonymousUser
from django.contrib.contenttypes.models import ContentType
from django.db.models import Model

from provind.accounts.models import Scope
from provind.accounts.roles import Role
from provind.geography.models import AdminUnit, UnitCrosswalk
from provind.geography.queries import ancestors, province_of

EDITING_ROLES = (Role.DEPARTMENT_EDITOR, Role.COMMUNE_OFFICER, Role.CLUSTER_INVESTOR)
# Roles whose rights come from the administrative units they are scoped to.
UNIT_ROLES = (Role.DEPARTMENT_EDITOR, Role.COMMUNE_OFFICER)


@runtime_checkable
class UnitScoped(Protocol):
    """An object that lives in an administrative unit (a cluster in its commune, …)."""

    @property
    def scope_unit(self) -> AdminUnit | None: ...


def roles_of(user: AbstractBaseUser | AnonymousUser) -> set[str]:
    if not user.is_authenticated:
        return set()
    if user.pk is None:  # an account that exists only in memory (the command line's): no groups
        return {Role.ADMIN} if getattr(user, "is_superuser", False) else set()
    names = set(user.groups.values_list("name", flat=True))  # type: ignore[attr-defined]
    if getattr(user, "is_superuser", False):
        names.add(Role.ADMIN)
    return names


def _same_territory(scope_unit: AdminUnit, unit: AdminUnit) -> bool:
    """True if `unit` lies in `scope_unit`, also across the 2025 reorganisation.

    An editor of new Thái Nguyên may correct 2024 figures of old Thái Nguyên and old Bắc Kạn;
    an editor scoped to old Thái Nguyên keeps the new province's part that came from it only
    through its communes, so province scopes map through the crosswalk and nothing finer.
    """
    chain = [unit, *ancestors(unit)]
    if any(node.pk == scope_unit.pk for node in chain):
        return True
    if scope_unit.is_province:
        province = province_of(unit)
        return UnitCrosswalk.objects.filter(old_unit=province, new_unit=scope_unit).exists() or (
            UnitCrosswalk.objects.filter(old_unit=scope_unit, new_unit=province).exists()
            and UnitCrosswalk.objects.filter(new_unit=province).count() == 1
        )
    return False


def may_change(user: AbstractBaseUser | AnonymousUser, target: AdminUnit | Model) -> bool:
    """May `user` change data of `target` (an AdminUnit, or any scoped object)?

    admin: everything. department_editor and commune_officer: units inside their unit scopes
    (and objects located there). cluster_investor: only objects scoped to them by name.
    viewer and anonymous users: nothing.
    """
    if not user.is_authenticated or not user.is_active:
        return False
    roles = roles_of(user)
    if Role.ADMIN in roles:
        return True
    if not roles.intersection(EDITING_ROLES):
        return False
    scopes = list(Scope.objects.filter(user_id=user.pk).select_related("unit"))
    if not isinstance(target, AdminUnit):
        content_type = ContentType.objects.get_for_model(target)
        if any(s.target_type_id == content_type.pk and s.target_id == str(target.pk) for s in scopes):
            return True
        located = target.scope_unit if isinstance(target, UnitScoped) else None
        if located is None:
            return False
        target = located
    if not roles.intersection(UNIT_ROLES):
        return False
    return any(s.unit is not None and _same_territory(s.unit, target) for s in scopes)
