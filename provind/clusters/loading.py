"""First-start data: the sourced cluster registry of Thái Nguyên (data/thai_nguyen/clusters).

Five CSV files, each optional: organisations.csv (infrastructure investors), plan_versions.csv,
clusters.csv, plan_entries.csv and events.csv. Every row carries its source address; an empty
cell means "not known" and stays empty. Loading again changes nothing (rows are matched on their
natural keys and updated in place), so the lead's bootstrap can call it on every start.
"""

from __future__ import annotations

import csv
import datetime as dt
from collections.abc import Iterator
from decimal import Decimal, InvalidOperation
from pathlib import Path

from django.conf import settings
from django.db import transaction

from provind.clusters.models import ClusterEvent, EventKind, IndustrialCluster, PlanEntry, PlanVersion, Wastewater
from provind.geography.models import REFORM_DATE, AdminUnit
from provind.geography.queries import UnitNotFound, resolve_unit
from provind.lib.words import is_yes
from provind.projects.models import Organisation

# The day before the reform: old districts and communes are resolved as they were then.
BEFORE_REFORM = REFORM_DATE - dt.timedelta(days=1)


class ClusterDataError(ValueError):
    """A row of the cluster data cannot be loaded; nothing from the folder is saved."""

    def __init__(self, path: Path, line: int, message: str) -> None:
        self.path, self.line = path, line
        super().__init__(f"{path.name}, dòng/line {line}: {message}")


def _rows(path: Path) -> Iterator[tuple[int, dict[str, str]]]:
    if not path.exists():
        return
    with path.open(encoding="utf-8-sig", newline="") as fh:
        for number, row in enumerate(csv.DictReader(fh), start=2):
            yield number, {key.strip(): (value or "").strip() for key, value in row.items() if key}


def _decimal(value: str) -> Decimal | None:
    if not value:
        return None
    try:
        return Decimal(value)
    except InvalidOperation:
        raise ValueError(f"not a number: {value!r}") from None


def _date(value: str) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def _flag(value: str) -> bool:
    return is_yes(value)


def _maybe_flag(value: str) -> bool | None:
    """A yes/no column where blank means "not known"."""
    if not value.strip():
        return None
    return value.strip().lower() in {"1", "true", "yes", "x", "có"}


def _unit(code: str, on: dt.date) -> AdminUnit | None:
    return resolve_unit(code, on) if code else None


def load_clusters(folder: Path) -> dict[str, int]:
    """Load the CSV files in `folder`; returns how many rows of each kind were created.

    All or nothing: a bad row raises `ClusterDataError` and the transaction is rolled back.
    A second run creates nothing and returns zeros.
    """
    counts = {"organisations": 0, "plan_versions": 0, "clusters": 0, "plan_entries": 0, "events": 0}
    with transaction.atomic():
        path = folder / "organisations.csv"
        for line, row in _rows(path):
            try:
                _, created = Organisation.objects.update_or_create(
                    name=row["name"],
                    defaults={
                        "short_name": row.get("short_name", ""),
                        "tax_code": row.get("tax_code", ""),
                        "contact": row.get("contact", ""),
                    },
                )
            except KeyError as exc:
                raise ClusterDataError(path, line, f"missing column {exc}") from None
            counts["organisations"] += created

        plans: dict[str, PlanVersion] = {}
        path = folder / "plan_versions.csv"
        for line, row in _rows(path):
            try:
                on = _date(row.get("province_on", "")) or _date(row["decision_date"]) or BEFORE_REFORM
                province = resolve_unit(row["province"], on)
                plan, created = PlanVersion.objects.update_or_create(
                    name=row["name"],
                    province=province,
                    defaults={
                        "decision_number": row.get("decision_number", ""),
                        "decision_date": _date(row.get("decision_date", "")),
                        "planned_count": int(row["planned_count"]) if row.get("planned_count") else None,
                        "planned_area_ha": _decimal(row.get("planned_area_ha", "")),
                        "source_url": row["source_url"],
                        "note": row.get("note", ""),
                    },
                )
            except (KeyError, ValueError, UnitNotFound) as exc:
                raise ClusterDataError(path, line, str(exc)) from None
            plans[plan.name] = plan
            counts["plan_versions"] += created

        clusters: dict[str, IndustrialCluster] = {}
        path = folder / "clusters.csv"
        for line, row in _rows(path):
            try:
                cluster, created = _save_cluster(row)
            except (KeyError, ValueError, UnitNotFound, Organisation.DoesNotExist) as exc:
                raise ClusterDataError(path, line, str(exc)) from None
            clusters[cluster.code] = cluster
            counts["clusters"] += created

        path = folder / "plan_entries.csv"
        for line, row in _rows(path):
            try:
                plan = plans.get(row["plan"]) or PlanVersion.objects.get(name=row["plan"])
                cluster = clusters.get(row["cluster"]) or IndustrialCluster.objects.get(code=row["cluster"])
                _, created = PlanEntry.objects.update_or_create(
                    plan=plan,
                    cluster=cluster,
                    defaults={
                        "change": PlanEntry.Change(row.get("change") or PlanEntry.Change.LISTED),
                        "planned_area_ha": _decimal(row.get("planned_area_ha", "")),
                        "note": row.get("note", ""),
                    },
                )
            except (KeyError, ValueError, PlanVersion.DoesNotExist, IndustrialCluster.DoesNotExist) as exc:
                raise ClusterDataError(path, line, str(exc)) from None
            counts["plan_entries"] += created

        path = folder / "events.csv"
        for line, row in _rows(path):
            try:
                cluster = clusters.get(row["cluster"]) or IndustrialCluster.objects.get(code=row["cluster"])
                if not row.get("source_url"):
                    raise ValueError("source_url is required")
                _, created = ClusterEvent.objects.update_or_create(
                    cluster=cluster,
                    kind=EventKind(row["kind"]),
                    date=_date(row.get("date", "")),
                    document_number=row.get("document_number", ""),
                    defaults={
                        "document_date": _date(row.get("document_date", "")),
                        "signer": row.get("signer", ""),
                        "area_ha": _decimal(row.get("area_ha", "")),
                        "source_url": row["source_url"],
                        "note": row.get("note", ""),
                    },
                )
            except (KeyError, ValueError, IndustrialCluster.DoesNotExist) as exc:
                raise ClusterDataError(path, line, str(exc)) from None
            counts["events"] += created
    return counts


def _save_cluster(row: dict[str, str]) -> tuple[IndustrialCluster, bool]:
    if not row.get("source_url"):
        raise ValueError("source_url is required")
    note = row.get("note", "")
    if row.get("location_basis"):
        note = f"{note} Location: {row['location_basis']}.".strip()
    investor = Organisation.objects.get(name=row["investor"]) if row.get("investor") else None
    wastewater = row.get("wastewater", "")
    if wastewater:
        wastewater = Wastewater(wastewater)
    return IndustrialCluster.objects.update_or_create(
        code=row["code"],
        defaults={
            "name": row["name"],
            "province": resolve_unit(row.get("province") or settings.PROVIND_HOME_PROVINCE, REFORM_DATE),
            "former_district": _unit(row.get("former_district", ""), BEFORE_REFORM),
            "former_commune": _unit(row.get("former_commune", ""), BEFORE_REFORM),
            "commune": _unit(row.get("commune", ""), REFORM_DATE),
            "latitude": float(row["latitude"]) if row.get("latitude") else None,
            "longitude": float(row["longitude"]) if row.get("longitude") else None,
            "established_area_ha": _decimal(row.get("established_area_ha", "")),
            "industrial_land_ha": _decimal(row.get("industrial_land_ha", "")),
            "investor": investor,
            "is_craft_village": _flag(row.get("is_craft_village", "")),
            "is_specialised": _flag(row.get("is_specialised", "")),
            "is_mountainous": _maybe_flag(row.get("is_mountainous", "")),
            "is_legacy": _flag(row.get("is_legacy", "")),
            "main_sectors": row.get("main_sectors", ""),
            "total_investment_bn": _decimal(row.get("total_investment_bn", "")),
            "paid_investment_bn": _decimal(row.get("paid_investment_bn", "")),
            "wastewater": wastewater,
            "contact": row.get("contact", ""),
            "sectors_welcomed": row.get("sectors_welcomed", ""),
            "source_url": row["source_url"],
            "note": note,
        },
    )
