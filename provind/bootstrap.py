"""First-start data: everything Provind ships in data/, loaded once into an empty database."""

from __future__ import annotations

from collections.abc import Iterator

from django.conf import settings

from provind.accounts.signals import ensure_role_groups
from provind.dataio.observations import import_observations
from provind.dataio.tables import read_table
from provind.geography.loading import load_units
from provind.geography.models import AdminUnit
from provind.indicators.loading import load_catalogue, load_targets
from provind.indicators.models import Indicator, Observation


class BootstrapError(RuntimeError):
    pass


def load_all_if_empty() -> Iterator[str]:
    data = settings.DATA_DIR
    ensure_role_groups()
    if not AdminUnit.objects.exists():
        units, links = load_units(data / "geography")
        yield f"Đã nạp {units} đơn vị hành chính, {links} liên kết chuyển đổi / loaded {units} units, {links} links"
    if not Indicator.objects.exists():
        n = load_catalogue(data / "indicators" / "catalogue.csv")
        yield f"Đã nạp {n} chỉ tiêu / loaded {n} indicators"
    if not Observation.objects.exists():
        created, targets = load_thai_nguyen()
        yield f"Đã nạp {created} số liệu, {targets} mục tiêu / loaded {created} observations, {targets} targets"


def load_thai_nguyen() -> tuple[int, int]:
    """The sourced Thái Nguyên figures (data/thai_nguyen), through the validated import."""
    folder = settings.DATA_DIR / "thai_nguyen"
    path = folder / "observations.csv"
    result = import_observations(read_table(path.read_bytes(), path.name), decimal_point=True)
    if not result.ok:
        problems = "\n".join(p.as_text() for p in result.errors[:20])
        raise BootstrapError(f"{path} has errors:\n{problems}")
    return result.created, load_targets(folder / "targets.csv")
