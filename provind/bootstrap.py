"""First-start data: everything Provind ships in data/, loaded once into an empty database."""

from __future__ import annotations

from collections.abc import Iterator

from django.conf import settings

from provind.accounts.signals import ensure_role_groups
from provind.clusters.loading import load_clusters
from provind.clusters.models import IndustrialCluster
from provind.dataio.tables import read_table
from provind.geography.loading import load_units
from provind.geography.models import AdminUnit
from provind.indicators.imports import import_observations
from provind.indicators.loading import load_catalogue, load_targets
from provind.indicators.models import Indicator, Observation
from provind.projects.loading import load_projects
from provind.projects.models import KeyProject


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
    if not IndustrialCluster.objects.exists():
        clusters = load_clusters(data / "thai_nguyen" / "clusters").get("clusters", 0)
        yield f"Đã nạp {clusters} cụm công nghiệp / loaded {clusters} industrial clusters"
    if not KeyProject.objects.exists():
        projects = load_projects(data / "thai_nguyen" / "projects").sheets["projects"].created
        yield f"Đã nạp {projects} dự án trọng điểm / loaded {projects} key projects"


def load_thai_nguyen() -> tuple[int, int]:
    """The sourced Thái Nguyên figures (data/thai_nguyen), through the validated import."""
    folder = settings.DATA_DIR / "thai_nguyen"
    path = folder / "observations.csv"
    result = import_observations(read_table(path.read_bytes(), path.name), decimal_point=True)
    if not result.ok:
        problems = "\n".join(p.as_text() for p in result.errors[:20])
        raise BootstrapError(f"{path} has errors:\n{problems}")
    return result.created, load_targets(folder / "targets.csv")
