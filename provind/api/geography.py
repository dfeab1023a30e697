from __future__ import annotations

import datetime as dt

from django.http import HttpRequest
from django.utils import timezone
from ninja import Query, Router, Schema

from provind.api.errors import Day
from provind.geography.models import AdminUnit, UnitKind
from provind.geography.queries import ancestors, resolve_unit, units_valid_on

router = Router(tags=["geography"])


class UnitOut(Schema):
    code: str
    name: str
    kind: str
    parent: str | None
    valid_from: dt.date | None
    valid_to: dt.date | None


class LinkOut(Schema):
    unit: UnitOut
    weight: float
    basis: str


class UnitDetailOut(UnitOut):
    latitude: float | None
    longitude: float | None
    area_km2: float | None
    ancestors: list[UnitOut]
    predecessors: list[LinkOut]
    successors: list[LinkOut]


class UnitsQuery(Schema):
    at: Day | None = None
    parent: str | None = None
    kind: UnitKind | None = None


def unit_out(unit: AdminUnit) -> UnitOut:
    return UnitOut(
        code=unit.code,
        name=unit.name,
        kind=unit.kind,
        parent=unit.parent.code if unit.parent else None,
        valid_from=unit.valid_from,
        valid_to=unit.valid_to,
    )


@router.get("/units", response=list[UnitOut], summary="Administrative units valid on a date")
def list_units(request: HttpRequest, filters: Query[UnitsQuery]) -> list[UnitOut]:
    """Units valid on `at` (default: today). With `parent`, the children of the unit that carried
    that code on `at`: `parent=19` is old Thái Nguyên's 9 districts on 2025-06-30 and new Thái
    Nguyên's 92 communes and wards on 2025-07-01. Without `parent`, the provinces."""
    on = filters.at or timezone.localdate()
    return [unit_out(u) for u in units_valid_on(on, parent_code=filters.parent, kind=filters.kind)]


@router.get("/units/{code}", response=UnitDetailOut, summary="One unit on a date, with its ancestors and crosswalk")
def get_unit(request: HttpRequest, code: str, at: Day | None = None) -> UnitDetailOut:
    unit = resolve_unit(code, at or timezone.localdate())
    preds = unit.predecessor_links.select_related("old_unit__parent")
    succs = unit.successor_links.select_related("new_unit__parent")
    return UnitDetailOut(
        **unit_out(unit).model_dump(),
        latitude=unit.latitude,
        longitude=unit.longitude,
        area_km2=unit.area_km2,
        ancestors=[unit_out(a) for a in ancestors(unit)],
        predecessors=[LinkOut(unit=unit_out(p.old_unit), weight=float(p.weight), basis=p.basis) for p in preds],
        successors=[LinkOut(unit=unit_out(s.new_unit), weight=float(s.weight), basis=s.basis) for s in succs],
    )
