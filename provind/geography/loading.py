"""Loading the administrative units and the crosswalk from data/geography/*.csv."""

from __future__ import annotations

import csv
import datetime as dt
from collections import defaultdict
from decimal import Decimal
from pathlib import Path

from django.db import transaction

from provind.geography.models import REFORM_DATE, AdminUnit, UnitCrosswalk

CROSSWALK_SOURCE = "vietnamadminunits 1.0.4 converter_2025 (MIT); Resolution 202/2025/QH15 and commune resolutions"


def _date(text: str) -> dt.date | None:
    return dt.date.fromisoformat(text) if text else None


def _float(text: str) -> float | None:
    return float(text) if text else None


def _reference_day(row: dict[str, str]) -> dt.date:
    # The day on which a child row and its parent row must both be valid.
    return _date(row["valid_to"]) or _date(row["valid_from"]) or REFORM_DATE


@transaction.atomic
def load_units(directory: Path, *, provinces: frozenset[str] | None = None) -> tuple[int, int]:
    """Insert units and crosswalk links; returns (units, links). Refuses to load twice.

    `provinces` limits the load to the units of those province codes, old or new (a quick
    database for browser tests); links are kept when both of their ends are loaded.
    """
    if AdminUnit.objects.exists():
        raise RuntimeError("administrative units are already loaded")
    with (directory / "units.csv").open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))

    by_code: dict[str, list[dict[str, str]]] = defaultdict(list)
    for row in rows:
        by_code[row["code"]].append(row)

    def parent_row(row: dict[str, str]) -> dict[str, str] | None:
        if not row["parent_code"]:
            return None
        day = _reference_day(row)
        for candidate in by_code[row["parent_code"]]:
            start, end = _date(candidate["valid_from"]), _date(candidate["valid_to"])
            if (start is None or start <= day) and (end is None or day <= end):
                return candidate
        raise ValueError(f"units.csv: parent {row['parent_code']} of {row['code']} is not valid on {day}")

    def depth(row: dict[str, str]) -> int:
        parent = parent_row(row)
        return 0 if parent is None else 1 + depth(parent)

    def province_code(row: dict[str, str]) -> str:
        parent = parent_row(row)
        return row["code"] if parent is None else province_code(parent)

    if provinces is not None:
        rows = [row for row in rows if province_code(row) in provinces]

    saved: dict[int, AdminUnit] = {}  # id(row) -> saved unit
    levels: dict[int, list[dict[str, str]]] = defaultdict(list)
    for row in rows:
        levels[depth(row)].append(row)
    for level in sorted(levels):
        batch = []
        for row in levels[level]:
            parent = parent_row(row)
            batch.append(
                AdminUnit(
                    code=row["code"],
                    name=row["name"],
                    kind=row["kind"],
                    parent=saved[id(parent)] if parent is not None else None,
                    valid_from=_date(row["valid_from"]),
                    valid_to=_date(row["valid_to"]),
                    latitude=_float(row["latitude"]),
                    longitude=_float(row["longitude"]),
                    area_km2=_float(row["area_km2"]),
                    source=row["source"],
                )
            )
        created = AdminUnit.objects.bulk_create(batch, batch_size=2000)
        for row, unit in zip(levels[level], created, strict=True):
            saved[id(row)] = unit

    old_day, new_day = REFORM_DATE - dt.timedelta(days=1), REFORM_DATE
    old_ids = {u.code: u for u in saved.values() if u.is_valid_on(old_day)}
    new_ids = {u.code: u for u in saved.values() if u.is_valid_on(new_day)}
    links = []
    with (directory / "crosswalk.csv").open(encoding="utf-8", newline="") as fh:
        for line_no, row in enumerate(csv.DictReader(fh), start=2):
            if provinces is not None and (row["old_code"] not in old_ids or row["new_code"] not in new_ids):
                continue
            try:
                old, new = old_ids[row["old_code"]], new_ids[row["new_code"]]
            except KeyError as exc:
                raise ValueError(f"crosswalk.csv line {line_no}: unknown unit code {exc}") from exc
            links.append(
                UnitCrosswalk(
                    old_unit=old,
                    new_unit=new,
                    weight=Decimal(row["weight"]),
                    basis=row["basis"],
                    source=CROSSWALK_SOURCE,
                )
            )
    UnitCrosswalk.objects.bulk_create(links, batch_size=2000)
    return len(saved), len(links)
