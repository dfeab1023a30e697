"""`provind user`: add, list, change, deactivate people and reset passwords from the command line,
with the same rules as the "Người dùng" page (provind.accounts.services)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import click

if TYPE_CHECKING:
    from django.contrib.auth.models import User

    from provind.accounts.services import ScopeChoice


def _setup_django() -> None:
    from provind.cli import _setup_django as setup

    setup()


ROLE_HELP = "admin, department_editor, commune_officer, cluster_investor or viewer"


def _scopes(units: tuple[str, ...], clusters: tuple[str, ...], projects: tuple[str, ...]) -> ScopeChoice:
    from provind.accounts.services import ScopeChoice

    targets = {kind: list(codes) for kind, codes in (("cluster", clusters), ("project", projects)) if codes}
    return ScopeChoice(units=list(units), targets=targets)


def _fail(error: Exception) -> click.ClickException:
    from provind.errors import InputError

    if isinstance(error, InputError):
        return click.ClickException(f"{error.field}: {error.vi} / {error.en}")
    return click.ClickException(str(error))


@click.group(name="user")
def user_group() -> None:
    """People: add, list, change, deactivate users and reset passwords."""


@user_group.command(name="add")
@click.argument("username")
@click.option("--role", help=ROLE_HELP)
@click.option("--admin", "as_admin", is_flag=True, help="Shortcut for --role admin (the first administrator).")
@click.option("--unit", "units", multiple=True, help="Code of a commune, ward or the province on the current map.")
@click.option("--cluster", "clusters", multiple=True, help="Code of an industrial cluster, e.g. diem-thuy.")
@click.option("--project", "projects", multiple=True, help="Code of a key project.")
@click.option("--name", "full_name", default="", help="Full name.")
@click.option("--email", default="")
@click.option("--password", "ask_password", is_flag=True, help="Type the password instead of getting a one-time one.")
def add_user(
    username: str,
    role: str | None,
    as_admin: bool,
    units: tuple[str, ...],
    clusters: tuple[str, ...],
    projects: tuple[str, ...],
    full_name: str,
    email: str,
    ask_password: bool,
) -> None:
    """Add a user, e.g. `provind user add an --role cluster_investor --cluster diem-thuy`.

    Without --password a one-time password is printed once: hand it over; the user changes it.
    """
    if as_admin and role not in (None, "admin"):
        raise click.UsageError("--admin and --role other than admin contradict each other")
    chosen_role = "admin" if as_admin else role
    if not chosen_role:
        raise click.UsageError(f"--role is required ({ROLE_HELP}), or --admin")
    password = click.prompt("Mật khẩu / password", hide_input=True, confirmation_prompt=True) if ask_password else None
    _setup_django()
    from provind.accounts import services
    from provind.errors import InputError

    try:
        user, secret = services.create_user(
            username,
            role=chosen_role,
            scopes=_scopes(units, clusters, projects),
            password=password,
            full_name=full_name,
            email=email,
        )
    except InputError as error:
        raise _fail(error) from None
    click.echo(f"Đã tạo / created: {user.username} ({services.role_of(user)})")
    for name in services.scope_names(user):
        click.echo(f"  {name}")
    if password is None:
        click.echo(f"Mật khẩu dùng một lần / one-time password: {secret}")


@user_group.command(name="list")
def list_users() -> None:
    """Every user with role, scopes in words, and whether active."""
    _setup_django()
    from provind.accounts import services

    for row in services.list_users():
        state = "" if row.user.is_active else "  [đã khóa / deactivated]"
        role = row.role.value if row.role else "-"
        scopes = "; ".join(row.scope_names) or "-"
        click.echo(f"{row.user.username:<20} {role:<18} {scopes}{state}")


@user_group.command(name="set")
@click.argument("username")
@click.option("--role", required=True, help=ROLE_HELP)
@click.option("--unit", "units", multiple=True)
@click.option("--cluster", "clusters", multiple=True)
@click.option("--project", "projects", multiple=True)
def set_user(
    username: str, role: str, units: tuple[str, ...], clusters: tuple[str, ...], projects: tuple[str, ...]
) -> None:
    """Replace a user's role and scopes."""
    _setup_django()
    from provind.accounts import services
    from provind.errors import InputError

    user = _get(username)
    try:
        services.update_user(user, role=role, scopes=_scopes(units, clusters, projects))
    except InputError as error:
        raise _fail(error) from None
    click.echo(f"Đã sửa / updated: {user.username}")


@user_group.command(name="deactivate")
@click.argument("username")
def deactivate(username: str) -> None:
    """Deactivate a user (they can no longer log in); nothing they did is deleted."""
    _setup_django()
    from provind.accounts import services
    from provind.errors import InputError

    try:
        services.set_active(_get(username), False)
    except InputError as error:
        raise _fail(error) from None
    click.echo(f"Đã khóa / deactivated: {username}")


@user_group.command(name="reset-password")
@click.argument("username")
def reset_password(username: str) -> None:
    """Print a new one-time password for a user."""
    _setup_django()
    from provind.accounts import services

    click.echo(f"Mật khẩu dùng một lần / one-time password: {services.reset_password(_get(username))}")


def _get(username: str) -> User:
    from django.contrib.auth.models import User

    user = User.objects.filter(username=username).first()
    if user is None:
        raise click.ClickException(f"Không có người dùng “{username}” / no user “{username}”")
    return user
