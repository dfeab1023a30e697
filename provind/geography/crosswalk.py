"""Re-expressing values keyed by old units on the units that replaced them, and back.

The 2025 reorganisation merged whole provinces (weight 1) and merged or split communes.
471 old communes were split across several new ones; no official shares exist for those,
so their links carry equal shares marked `split_equal_assumed` and every result built on
them says it is approximate.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal

from provind.geography.models import REFORM_DATE, AdminUnit, UnitCrosswalk
from provind.geography.queries import province_of, resolve_unit

LAST_OLD_DAY = REFORM_DATE - dt.timedelta(days=1)


class CrosswalkError(ValueError):
    """A value cannot be re-expressed (no mapping, or a mapping that is not whole)."""


@dataclass
class Reexpressed:
    unit: AdminUnit
    value: Decimal = Decimal(0)
    approximate: bool = False
    parts: list[tuple[str, Decimal]] = field(default_factory=list)  # (source unit code, weight)


def _links_from(units: list[AdminUnit]) -> dict[int, list[UnitCrosswalk]]:
    links: dict[int, list[UnitCrosswalk]] = {}
    for link in UnitCrosswalk.objects.filter(old_unit__in=units).select_related("new_unit"):
        links.setdefault(link.old_unit_id, []).append(link)
    return links


def reexpress_on_new(
    values: Mapping[str, Decimal | int | float],
    *,
    old_on: dt.date = LAST_OLD_DAY,
    level: str = "province",
) -> dict[str, Reexpressed]:
    """Sum values keyed by old unit codes (valid on `old_on`) onto the new units.

    `level="province"`: every old unit (province, district or commune) counts towards the new
    province that took over its old province, which is always a whole transfer.
    `level="commune"`: old commune-level values are spread over new communes by link weight.

    >>> reexpress_on_new({"19": 100, "06": 5})["19"].value   # old Thái Nguyên + old Bắc Kạn
    Decimal('105')
    """
    # One query for every code (a commune-level call passes hundreds of them).
    found = {
        u.code: u
        for u in AdminUnit.objects.valid_on(old_on).filter(code__in=list(values)).select_related("parent__parent")
    }
    old_units = {code: found[code] if code in found else resolve_unit(code, old_on) for code in values}
    if level == "province":
        sources = {code: province_of(unit) for code, unit in old_units.items()}
    elif level == "commune":
        for code, unit in old_units.items():
            if not unit.is_commune_level:
                raise CrosswalkError(
                    f"{unit.name} ({code}) không phải cấp xã / is not commune-level: "
                    "district values can only be re-expressed at province level"
                )
        sources = dict(old_units)
    else:
        raise CrosswalkError(f"unknown level {level!r}: use 'province' or 'commune'")

    links = _links_from(list(set(sources.values())))
    result: dict[str, Reexpressed] = {}
    for code, raw in values.items():
        source = sources[code]
        unit_links = links.get(source.pk)
        if not unit_links:
            raise CrosswalkError(f"{source.name} ({source.code}) has no successor in the crosswalk")
        for link in unit_links:
            target = result.setdefault(link.new_unit.code, Reexpressed(unit=link.new_unit))
            target.value += Decimal(str(raw)) * link.weight
            target.approximate = target.approximate or not link.is_whole
            target.parts.append((code, link.weight))
    return result


def reexpress_on_old(
    values: Mapping[str, Decimal | int | float], *, new_on: dt.date = REFORM_DATE
) -> dict[str, Reexpressed]:
    """Carry values keyed by new units back to old units, only where that is exact.

    Exact means the new unit was formed from exactly one old unit, transferred whole, and
    that old unit went nowhere else. New Thái Nguyên (old Thái Nguyên + old Bắc Kạn) cannot
    be split back and raises CrosswalkError.
    """
    result: dict[str, Reexpressed] = {}
    for code, raw in values.items():
        unit = resolve_unit(code, new_on)
        preds = list(UnitCrosswalk.objects.filter(new_unit=unit).select_related("old_unit"))
        if len(preds) != 1 or not preds[0].is_whole:
            names = ", ".join(f"{p.old_unit.name} ({p.old_unit.code})" for p in preds) or "—"
            raise CrosswalkError(
                f"{unit.name} ({code}) được hình thành từ {names}: không thể tách ngược / "
                f"was formed from {names}: the value cannot be split back onto old units"
            )
        old = preds[0].old_unit
        if UnitCrosswalk.objects.filter(old_unit=old).count() != 1:
            raise CrosswalkError(f"{old.name} ({old.code}) went to several new units: not a whole mapping")
        result[old.code] = Reexpressed(unit=old, value=Decimal(str(raw)), parts=[(code, Decimal(1))])
    return result
