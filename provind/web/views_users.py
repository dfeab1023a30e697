"""The "Người dùng" (Users) pages: administrators list people, give each a role and scopes chosen by
name, deactivate them and reset passwords. The rules live in provind.accounts.services."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import wraps
from typing import Any

from django.contrib.auth.models import User
from django.contrib.auth.views import redirect_to_login
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import path
from django.views.decorators.http import require_POST

from provind.accounts import services
from provind.accounts.permissions import roles_of
from provind.accounts.roles import Role
from provind.errors import InputError

View = Callable[..., HttpResponse]


def admin_only(view: View) -> View:
    @wraps(view)
    def wrapper(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        if Role.ADMIN not in roles_of(request.user):
            return render(request, "web/users/forbidden.html", status=403)
        return view(request, *args, **kwargs)

    return wrapper


@admin_only
def user_list(request: HttpRequest) -> HttpResponse:
    return render(request, "web/users/list.html", {"rows": services.list_users()})


def _choice_from(request: HttpRequest) -> services.ScopeChoice:
    return services.ScopeChoice(
        units=request.POST.getlist("units"),
        targets={kind: request.POST.getlist(kind) for kind in services.target_kinds()},
    )


@dataclass(frozen=True)
class ScopeGroup:
    field: str
    label_vi: str
    label_en: str
    options: list[tuple[str, str, bool]]  # code, name shown, chosen


def _form_context(choice: services.ScopeChoice, **extra: Any) -> dict[str, Any]:
    """Every scope a user can be given, by name; the chosen ones ticked (the page filters them as one types)."""
    chosen = set(choice.units)
    groups = [
        ScopeGroup(
            "units",
            "Xã, phường (bản đồ hiện hành) và tỉnh",
            "Communes and wards (current map) and the province",
            [(u.code, f"{u.code} {u.name}", u.code in chosen) for u in services.scopable_units(limit=10_000)],
        )
    ]
    for kind, target in services.target_kinds().items():
        chosen = set(choice.targets.get(kind, []))
        options = [
            (t.code, f"{t.name} ({t.code})", t.code in chosen)  # type: ignore[attr-defined]
            for t in services.scopable_targets(kind, limit=10_000)
        ]
        groups.append(ScopeGroup(kind, target.label_vi, target.label_en, options))
    return {"roles": Role.choices, "groups": groups, **extra}


@admin_only
def user_add(request: HttpRequest) -> HttpResponse:
    if request.method != "POST":
        return render(request, "web/users/form.html", _form_context(services.ScopeChoice(), values={}))
    choice = _choice_from(request)
    try:
        user, password = services.create_user(
            request.POST.get("username", ""),
            role=request.POST.get("role", ""),
            scopes=choice,
            full_name=request.POST.get("full_name", ""),
            email=request.POST.get("email", ""),
        )
    except InputError as error:
        context = _form_context(choice, values=request.POST, error=error)
        return render(request, "web/users/form.html", context, status=400)
    return render(request, "web/users/password.html", {"target": user, "password": password, "created": True})


@admin_only
def user_edit(request: HttpRequest, pk: int) -> HttpResponse:
    user = get_object_or_404(User, pk=pk)
    role = services.role_of(user)
    values = {
        "username": user.username,
        "full_name": user.get_full_name(),
        "email": user.email,
        "role": role.value if role else "",
    }
    if request.method != "POST":
        context = _form_context(services.scope_choice_of(user), values=values, target=user)
        return render(request, "web/users/form.html", context)
    choice = _choice_from(request)
    try:
        services.update_user(
            user,
            role=request.POST.get("role", ""),
            scopes=choice,
            full_name=request.POST.get("full_name", ""),
            email=request.POST.get("email", ""),
        )
    except InputError as error:
        posted = {**values, **request.POST.dict()}
        context = _form_context(choice, values=posted, target=user, error=error)
        return render(request, "web/users/form.html", context, status=400)
    return redirect("web:user-list")


@require_POST
@admin_only
def user_active(request: HttpRequest, pk: int) -> HttpResponse:
    user = get_object_or_404(User, pk=pk)
    actor = request.user if isinstance(request.user, User) else None
    try:
        services.set_active(user, request.POST.get("active") == "1", by=actor)
    except InputError as error:
        return render(request, "web/users/list.html", {"rows": services.list_users(), "error": error}, status=400)
    return redirect("web:user-list")


@require_POST
@admin_only
def user_password(request: HttpRequest, pk: int) -> HttpResponse:
    user = get_object_or_404(User, pk=pk)
    password = services.reset_password(user)
    return render(request, "web/users/password.html", {"target": user, "password": password, "created": False})


urlpatterns = [
    path("", user_list, name="user-list"),
    path("add/", user_add, name="user-add"),
    path("<int:pk>/", user_edit, name="user-edit"),
    path("<int:pk>/active/", user_active, name="user-active"),
    path("<int:pk>/password/", user_password, name="user-password"),
]
