"""First-start data: everything Provind ships in data/, loaded once into an empty database."""

from __future__ import annotations

from collections.abc import Iterator

from django.conf import settings

from provind.accounts.signals import ensure_role_groups
from provind.geography.loading import load_units
from provind.geography.models import AdminUnit


def load_all_if_empty() -> Iterator[str]:
    ensure_role_groups()
    if not AdminUnit.objects.exists():
        units, links = load_units(settings.DATA_DIR / "geography")
        yield f"Đã nạp {units} đơn vị hành chính, {links} liên kết chuyển đổi / loaded {units} units, {links} links"
