"""Reads over dated administrative units: what was valid on a date, ancestors, descendants."""

from __future__ import annotations

import datetime as dt
import unicodedata
from collections.abc import Iterable

from django.db import models
from django.db.models import QuerySet

from provind.errors import ProvindError
from provind.geography.models import COMMUNE_LEVEL, DISTRICT_LEVEL, AdminUnit, UnitKind


class UnitNotFound(ProvindError, LookupError):
    """No unit with this code was valid on the date asked for."""

    code = "unit_not_found"

    def __init__(self, unit_code: str, on: dt.date) -> None:
        self.unit_code = unit_code
        self.on = on
        super().__init__(
            f"Không có đơn vị hành chính mã {unit_code} vào ngày {on:%d/%m/%Y}",
            f"no administrative unit with code {unit_code} was valid on {on.isoformat()}",
            field="unit",
        )


def units_valid_on(
    on: dt.date, *, parent_code: str | None = None, kind: UnitKind | str | None = None
) -> QuerySet[AdminUnit]:
    """Units valid on `on`; with `parent_code`, the direct children of that parent as it was then.

    Without a parent, only top-level units (provinces) are listed unless `kind` asks otherwise.
    """
    units = AdminUnit.objects.valid_on(on).select_related("parent")
    if parent_code is not None:
        parent = resolve_unit(parent_code, on)
        units = units.filter(parent=parent)
    elif kind is None:
        units = units.filter(parent__isnull=True)
    if kind is not None:
        units = units.filter(kind=kind)
    return units.order_by("code")


def resolve_unit(code: str, on: dt.date) -> AdminUnit:
    """The unit that carried `code` on `on` (codes are reused, so the date is required)."""
    unit = AdminUnit.objects.valid_on(on).filter(code=code).select_related("parent").first()
    if unit is None:
        raise UnitNotFound(code, on)
    return unit


def ancestors(unit: AdminUnit) -> list[AdminUnit]:
    """Parents up to the province, nearest first. A unit's parent is fixed for its whole validity."""
    chain: list[AdminUnit] = []
    current = unit.parent
    while current is not None:
        chain.append(current)
        current = current.parent
    return chain


def ancestors_on(code: str, on: dt.date) -> list[AdminUnit]:
    return ancestors(resolve_unit(code, on))


def descendants_on(code: str, on: dt.date, *, kind: UnitKind | str | None = None) -> list[AdminUnit]:
    """Every unit below `code` as the hierarchy stood on `on`, breadth first (one query per level)."""
    root = resolve_unit(code, on)
    found: list[AdminUnit] = []
    level_ids = [root.pk]
    while level_ids:
        children = list(AdminUnit.objects.valid_on(on).filter(parent_id__in=level_ids).order_by("code"))
        found.extend(children)
        level_ids = [child.pk for child in children]
    if kind is not None:
        found = [unit for unit in found if unit.kind == kind]
    return found


def province_of(unit: AdminUnit) -> AdminUnit:
    """The province a unit belongs to (itself if it is one)."""
    if unit.parent is None:
        return unit
    return ancestors(unit)[-1]


def count_children_by_kind(unit: AdminUnit, on: dt.date) -> dict[str, int]:
    """{kind: number} of the unit's direct children valid on `on`, in one query."""
    rows = (
        AdminUnit.objects.valid_on(on).filter(parent=unit).values_list("kind").annotate(n=models.Count("id")).order_by()
    )
    return {kind: n for kind, n in rows}


def count_descendants_by_kind(unit: AdminUnit, on: dt.date) -> dict[str, int]:
    """{kind: number} of every unit below `unit` on `on`, plus the `district_level` and
    `commune_level` totals that summaries print."""
    counts: dict[str, int] = {"district_level": 0, "commune_level": 0}
    for child in descendants_on(unit.code, on):
        counts[child.kind] = counts.get(child.kind, 0) + 1
        if child.kind in DISTRICT_LEVEL:
            counts["district_level"] += 1
        elif child.kind in COMMUNE_LEVEL:
            counts["commune_level"] += 1
    return counts


def template_units(province_code: str) -> list[AdminUnit]:
    """The province as it is and as it was, with its communes and former districts: the units
    an officer may enter figures for (old codes stay valid for periods before the reform)."""
    provinces = list(AdminUnit.objects.filter(code=province_code, parent__isnull=True))
    for province in list(provinces):
        provinces.extend(
            link.old_unit
            for link in province.predecessor_links.select_related("old_unit")
            if link.old_unit not in provinces
        )
    below = AdminUnit.objects.filter(models.Q(parent__in=provinces) | models.Q(parent__parent__in=provinces))
    return sorted({*provinces, *below}, key=lambda u: (len(u.code), u.code, u.valid_from or dt.date.min))


def _bare_name(name: str) -> str:
    for prefix in ("Thành phố ", "Tỉnh ", "TP ", "TP. "):
        if name.startswith(prefix):
            return name[len(prefix) :]
    return name


def find_province(name: str, on: dt.date) -> AdminUnit | None:
    """The province called `name` ("Thái Nguyên", "TP Hồ Chí Minh") on a date, or None."""
    wanted = _bare_name(unicodedata.normalize("NFC", name).strip()).casefold()
    for unit in AdminUnit.objects.valid_on(on).filter(kind=UnitKind.PROVINCE):
        if _bare_name(unit.name).casefold() == wanted:
            return unit
    return None


def version_in(
    units: Iterable[AdminUnit], start: dt.date, end: dt.date, known_on: dt.date | None = None
) -> AdminUnit | None:
    """Of the versions of one code, the one a figure for [start, end] belongs to: the only one
    overlapping the span, or, when the 2025 reorganisation falls inside it, the one valid on the
    day the figure was stated (`known_on`, default the span's end). Newest first otherwise."""
    overlapping = sorted(
        (
            u
            for u in units
            if (u.valid_from is None or u.valid_from <= end) and (u.valid_to is None or u.valid_to >= start)
        ),
        key=lambda u: u.valid_from or dt.date.min,
        reverse=True,
    )
    if len(overlapping) > 1:
        day = min(known_on or end, end)
        for unit in overlapping:
            if unit.is_valid_on(day):
                return unit
    return overlapping[0] if overlapping else None
