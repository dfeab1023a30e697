"""Loading the shipped indicator catalogue and targets from data/ (observations go through the
validated import in provind.dataio, like any user upload)."""

from __future__ import annotations

import csv
from decimal import Decimal
from pathlib import Path

from django.db import transaction

from provind.geography.queries import resolve_unit
from provind.indicators.models import Indicator, Source, Target
from provind.indicators.periods import Period


@transaction.atomic
def load_catalogue(path: Path) -> int:
    """Create or update the indicators listed in catalogue.csv; returns how many rows were read."""
    with path.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    for order, row in enumerate(rows):
        Indicator.objects.update_or_create(
            code=row["code"],
            defaults={
                "name_vi": row["name_vi"],
                "name_en": row["name_en"],
                "unit_vi": row["unit_vi"],
                "unit_en": row["unit_en"],
                "base_unit": row["base_unit"],
                "scale": Decimal(row["scale"] or "1"),
                "kind": row["kind"],
                "time_aggregation": row["time_aggregation"],
                "place_aggregation": row["place_aggregation"],
                "owner": row["owner"],
                "breakdowns": row.get("breakdowns", ""),
                "decimals": int(row.get("decimals") or 1),
                "group": row.get("group") or "",
                "description_vi": row.get("description_vi", ""),
                "display_order": order,
            },
        )
    return len(rows)


@transaction.atomic
def load_targets(path: Path) -> int:
    with path.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    indicators = {i.code: i for i in Indicator.objects.all()}
    created = 0
    for line, row in enumerate(rows, start=2):
        if row["indicator"] not in indicators:
            raise ValueError(f"{path.name} line {line}: unknown indicator {row['indicator']}")
        year = int(row["year"])
        # A target is set for the unit that existed when it was adopted, read at its base year
        # or, failing that, at the target year.
        on = Period.year(int(row["base_year"]) if row.get("base_year") else year).end
        unit = resolve_unit(row["unit"], on)
        source, _ = Source.objects.get_or_create(
            title=row["source_title"] or row["source_url"], number=row.get("source_number", ""), url=row["source_url"]
        )
        _, was_created = Target.objects.get_or_create(
            indicator=indicators[row["indicator"]],
            unit=unit,
            year=year,
            source=source,
            defaults={
                "value": Decimal(row["value"]),
                "qualifier": row.get("qualifier", ""),
                "base_year": int(row["base_year"]) if row.get("base_year") else None,
                "base_value": Decimal(row["base_value"]) if row.get("base_value") else None,
                "note": row.get("note", ""),
            },
        )
        created += was_created
    return created
