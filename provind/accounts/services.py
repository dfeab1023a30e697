"""People and what they may change: create, edit, deactivate users, reset passwords, by name.

A role and its scopes go together. The combinations that give a user no rights at all (a cluster
investor without a cluster, a commune officer without a commune) are refused here, once, for the
"Người dùng" page and the `provind user` command alike.

Objects a user can be scoped to (an industrial cluster, a key project) belong to apps above this
one; they register themselves with `register_target` (as they register with the audit trail), so
this app finds them by name without importing them.
"""

from __future__ import annotations

import datetime as dt
import secrets
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from django.conf import settings
from django.contrib.auth.models import Group, User
from django.contrib.auth.password_validation import validate_password
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Model, Q
from django.utils import timezone

from provind.accounts.models import Scope
from provind.accounts.roles import Role
from provind.errors import InputError, too_long
from provind.geography.models import COMMUNE_LEVEL, AdminUnit, UnitKind


@dataclass(frozen=True)
class TargetKind:
    """A kind of object a user may be scoped to, found by its `code` or searched by its name."""

    kind: str  # "cluster", "project": the CLI option and the form field
    model: type[Model]
    label_vi: str
    label_en: str


_TARGETS: dict[str, TargetKind] = {}


def register_target(kind: str, model: type[Model], *, label_vi: str, label_en: str) -> None:
    """Make `model` (with unique `code` and a `name`) choosable as a scope. Called from AppConfig.ready."""
    _TARGETS[kind] = TargetKind(kind, model, label_vi, label_en)


def target_kinds() -> dict[str, TargetKind]:
    return dict(_TARGETS)


# Which scopes each role needs to have any right at all (admins and viewers need none).
ROLE_NEEDS: dict[Role, tuple[str, ...]] = {
    Role.DEPARTMENT_EDITOR: ("unit",),
    Role.COMMUNE_OFFICER: ("unit",),
    Role.CLUSTER_INVESTOR: ("cluster",),
}
_NEED_MESSAGES = {
    Role.DEPARTMENT_EDITOR: (
        "Cán bộ Sở cần ít nhất một đơn vị hành chính (tỉnh) để được sửa dữ liệu",
        "A department editor needs at least one administrative unit (the province) to change anything",
    ),
    Role.COMMUNE_OFFICER: (
        "Cán bộ xã cần ít nhất một xã hoặc phường",
        "A commune officer needs at least one commune or ward",
    ),
    Role.CLUSTER_INVESTOR: (
        "Chủ đầu tư hạ tầng cụm công nghiệp cần ít nhất một cụm công nghiệp",
        "A cluster infrastructure investor needs at least one industrial cluster",
    ),
}


@dataclass
class ScopeChoice:
    """A scope by name: units by their code on the current map, objects by their code."""

    units: list[str] = field(default_factory=list)
    targets: dict[str, list[str]] = field(default_factory=dict)  # kind → codes


@dataclass(frozen=True)
class UserRow:
    user: User
    role: Role | None
    scope_names: list[str]


def current_map_day() -> dt.date:
    return timezone.localdate()


def scopable_units(search: str = "", *, on: dt.date | None = None, limit: int = 30) -> list[AdminUnit]:
    """Units a scope can name: the home province and its communes and wards, current versions only.

    Only the version valid today is offered, so "05941 Xã Điềm Thụy" appears once, not once per
    version.
    """
    day = on or current_map_day()
    home = settings.PROVIND_HOME_PROVINCE
    units = AdminUnit.objects.valid_on(day).filter(
        Q(code=home, kind=UnitKind.PROVINCE) | Q(parent__code=home, kind__in=COMMUNE_LEVEL)
    )
    if search:
        units = units.filter(Q(name__icontains=search) | Q(code__startswith=search))
    return list(units.order_by("kind", "name")[:limit])  # "commune" < "province" < "ward"


def scopable_targets(kind: str, search: str = "", *, limit: int = 30) -> list[Model]:
    target = _target_kind(kind)
    rows = target.model._default_manager.all()
    if search:
        rows = rows.filter(Q(name__icontains=search) | Q(code__icontains=search))
    return list(rows.order_by("name")[:limit])


def _target_kind(kind: str) -> TargetKind:
    try:
        return _TARGETS[kind]
    except KeyError:
        raise InputError("scope", f"Không có loại phạm vi “{kind}”", f"No scope kind “{kind}”") from None


def role_of(user: User) -> Role | None:
    if user.is_superuser:
        return Role.ADMIN
    names = {g.name for g in user.groups.all()}
    return next((role for role in Role if role.value in names), None)


def scope_names(user: User) -> list[str]:
    """Every scope of `user` in words: "19 Tỉnh Thái Nguyên", "Cụm công nghiệp: Điềm Thụy (diem-thuy)"."""
    labels = {ContentType.objects.get_for_model(t.model).pk: t for t in _TARGETS.values()}
    names = []
    for scope in user.scopes.select_related("unit", "target_type").all():
        if scope.unit is not None:
            names.append(f"{scope.unit.code} {scope.unit.name}")
            continue
        target = scope.target
        kind = labels.get(scope.target_type_id or 0)
        label = kind.label_vi if kind else str(scope.target_type)
        if target is None:
            names.append(f"{label}: ({scope.target_id} không còn / no longer exists)")
        else:
            names.append(f"{label}: {target.name} ({target.code})")
    return names


def list_users() -> list[UserRow]:
    users = User.objects.order_by("-is_active", "username").prefetch_related("groups")
    return [UserRow(user, role_of(user), scope_names(user)) for user in users]


def has_administrator() -> bool:
    return User.objects.filter(is_active=True).filter(Q(is_superuser=True) | Q(groups__name=Role.ADMIN)).exists()


def one_time_password() -> str:
    """A password to hand over once; the user changes it after the first login."""
    return secrets.token_urlsafe(12)


def _resolve_units(codes: Iterable[str]) -> list[AdminUnit]:
    day = current_map_day()
    units = []
    for code in dict.fromkeys(c.strip() for c in codes if c.strip()):
        unit = AdminUnit.objects.valid_on(day).filter(code=code).first()
        if unit is None:
            raise InputError(
                "units",
                f"Không có đơn vị mã “{code}” trên bản đồ hiện hành",
                f"No unit with code “{code}” on the current map",
            )
        units.append(unit)
    return units


def _resolve_targets(targets: dict[str, list[str]]) -> list[Model]:
    found: list[Model] = []
    for kind, codes in targets.items():
        target = _target_kind(kind)
        for code in dict.fromkeys(c.strip() for c in codes if c.strip()):
            obj = target.model._default_manager.filter(code=code).first()
            if obj is None:
                raise InputError(
                    kind, f"Không có {target.label_vi.lower()} mã “{code}”", f"No {target.label_en.lower()} “{code}”"
                )
            found.append(obj)
    return found


def _check_combination(role: Role, units: Sequence[AdminUnit], targets: Sequence[Model]) -> None:
    """Refuse the combinations that give no rights, or rights the role cannot use."""
    kinds = {kind for kind, t in _TARGETS.items() for obj in targets if isinstance(obj, t.model)}
    needs = ROLE_NEEDS.get(role, ())
    has = {"unit"} if units else set()
    has |= kinds
    if needs and not has.intersection(needs):
        vi, en = _NEED_MESSAGES[role]
        raise InputError(needs[0] if needs[0] != "unit" else "units", vi, en)
    if role in (Role.ADMIN, Role.VIEWER) and (units or targets):
        raise InputError(
            "units",
            "Quản trị viên và người xem không có phạm vi (quản trị viên sửa mọi thứ, người xem chỉ đọc)",
            "Administrators and viewers have no scopes (administrators change everything, viewers read only)",
        )
    if role == Role.CLUSTER_INVESTOR and units:
        raise InputError(
            "units",
            "Chủ đầu tư hạ tầng chỉ được gán cụm công nghiệp, không gán đơn vị hành chính",
            "A cluster investor is scoped to clusters, not to administrative units",
        )
    if role == Role.COMMUNE_OFFICER and any(not u.is_commune_level for u in units):
        raise InputError(
            "units",
            "Cán bộ xã chỉ được gán xã hoặc phường; dùng vai trò cán bộ Sở cho cả tỉnh",
            "A commune officer is scoped to communes or wards; use department editor for the province",
        )


def _parse_role(role: str | Role) -> Role:
    try:
        return Role(role)
    except ValueError:
        raise InputError(
            "role",
            f"Không có vai trò “{role}” (có: {', '.join(Role.values)})",
            f"No role “{role}” (known: {', '.join(Role.values)})",
        ) from None


def _set_role_and_scopes(user: User, role: Role, units: list[AdminUnit], targets: list[Model]) -> None:
    user.groups.set([Group.objects.get(name=role.value)])
    user.is_staff = role == Role.ADMIN  # the Django admin (audit log, corrections) is for administrators
    user.save(update_fields=["is_staff"])
    wanted = {("unit", u.pk) for u in units} | {(ContentType.objects.get_for_model(t).pk, str(t.pk)) for t in targets}
    for scope in list(user.scopes.all()):
        key = ("unit", scope.unit_id) if scope.unit_id else (scope.target_type_id, scope.target_id)
        if key in wanted:
            wanted.discard(key)
        else:
            scope.delete()  # one audited deletion per scope removed
    for unit in units:
        if ("unit", unit.pk) in wanted:
            Scope.objects.create(user=user, unit=unit)
    for target in targets:
        key = (ContentType.objects.get_for_model(target).pk, str(target.pk))
        if key in wanted:
            Scope.objects.create(user=user, target_type_id=key[0], target_id=key[1])


def _check_lengths(*, username: str | None = None, full_name: tuple[str, str] | None = None, email: str = "") -> None:
    """Each value fits its column of the account (checked before saving: PostgreSQL would refuse
    it with a DataError, SQLite would keep it unchecked)."""
    checks: list[tuple[str, str, str]] = [("email", "email", email)]
    if username is not None:
        checks.append(("username", "username", username))
    if full_name is not None:
        checks += [("full_name", "first_name", full_name[0]), ("full_name", "last_name", full_name[1])]
    for name, column, value in checks:
        if (long := too_long(User._meta.get_field(column), value)) is not None:
            raise InputError(name, *long)


def _check_password(password: str, user: User) -> None:
    try:
        validate_password(password, user)
    except ValidationError as exc:
        raise InputError(
            "password", "Mật khẩu không đạt: " + " ".join(exc.messages), "Password refused: " + " ".join(exc.messages)
        ) from None


@transaction.atomic
def create_user(
    username: str,
    *,
    role: str | Role,
    scopes: ScopeChoice | None = None,
    password: str | None = None,
    full_name: str = "",
    email: str = "",
) -> tuple[User, str]:
    """Create a user with a role and scopes; returns the user and the password to hand over
    (the given one, or a one-time password generated here). Nothing is saved if anything is wrong."""
    username = username.strip()
    if not username:
        raise InputError("username", "Cần tên đăng nhập", "A user name is required")
    if User.objects.filter(username__iexact=username).exists():
        raise InputError("username", f"Đã có người dùng “{username}”", f"User “{username}” already exists")
    chosen = scopes or ScopeChoice()
    parsed = _parse_role(role)
    units, targets = _resolve_units(chosen.units), _resolve_targets(chosen.targets)
    _check_combination(parsed, units, targets)
    first, _sep, last = full_name.strip().rpartition(" ")
    _check_lengths(username=username, full_name=(first, last), email=email.strip())
    user = User(username=username, email=email.strip(), first_name=first, last_name=last)
    secret = password or one_time_password()
    if password:
        _check_password(password, user)
    user.set_password(secret)
    user.is_superuser = parsed == Role.ADMIN
    user.save()
    _set_role_and_scopes(user, parsed, units, targets)
    return user, secret


@transaction.atomic
def update_user(
    user: User, *, role: str | Role, scopes: ScopeChoice, full_name: str | None = None, email: str | None = None
) -> User:
    """Change the role and scopes (and name, e-mail) of `user`; all or nothing."""
    parsed = _parse_role(role)
    units, targets = _resolve_units(scopes.units), _resolve_targets(scopes.targets)
    _check_combination(parsed, units, targets)
    if parsed != Role.ADMIN and user.is_active and role_of(user) == Role.ADMIN and not _other_administrators(user):
        raise InputError(
            "role",
            "Không thể đổi vai trò của quản trị viên cuối cùng",
            "The last active administrator's role cannot be changed",
        )
    first, _sep, last = (full_name or "").strip().rpartition(" ")
    _check_lengths(full_name=(first, last) if full_name is not None else None, email=(email or "").strip())
    if full_name is not None:
        user.first_name, user.last_name = first, last
    if email is not None:
        user.email = email.strip()
    user.is_superuser = parsed == Role.ADMIN
    user.save()
    _set_role_and_scopes(user, parsed, units, targets)
    return user


def scope_choice_of(user: User) -> ScopeChoice:
    """The user's scopes in the shape `update_user` takes (for the edit form)."""
    choice = ScopeChoice()
    by_type = {ContentType.objects.get_for_model(t.model).pk: kind for kind, t in _TARGETS.items()}
    for scope in user.scopes.select_related("unit").all():
        if scope.unit is not None:
            choice.units.append(scope.unit.code)
        elif scope.target_type_id in by_type and scope.target is not None:
            choice.targets.setdefault(by_type[scope.target_type_id], []).append(scope.target.code)
    return choice


def _other_administrators(user: User) -> bool:
    """Whether an active administrator other than `user` exists; their rows stay locked until the
    transaction ends, so two administrators removing each other at once cannot both succeed."""
    others = (
        User.objects.select_for_update(of=("self",))
        .filter(is_active=True)
        .filter(Q(is_superuser=True) | Q(groups__name=Role.ADMIN))
        .exclude(pk=user.pk)
    )
    return bool(list(others.values_list("pk", flat=True)))


@transaction.atomic
def set_active(user: User, active: bool, *, by: User | None = None) -> User:
    """Deactivate (or reactivate) a user; a deactivated user cannot log in and changes nothing.

    The last active administrator cannot be deactivated, nor can an administrator deactivate
    themselves: someone must always be able to manage people.
    """
    if not active and by is not None and by.pk == user.pk:
        raise InputError("is_active", "Không thể tự khóa tài khoản của mình", "You cannot deactivate yourself")
    if not active and role_of(user) == Role.ADMIN and not _other_administrators(user):
        raise InputError(
            "is_active",
            "Không thể khóa quản trị viên cuối cùng",
            "The last active administrator cannot be deactivated",
        )
    user.is_active = active
    user.save(update_fields=["is_active"])
    return user


def reset_password(user: User, password: str | None = None) -> str:
    """Set a new password (given, or a one-time one generated here) and return it to hand over."""
    secret = password or one_time_password()
    if password:
        _check_password(password, user)
    user.set_password(secret)
    user.save(update_fields=["password"])
    return secret
