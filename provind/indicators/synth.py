"""A labelled synthetic national data set, for measuring Provind at the size of the country.

Every row points at one Source marked `synthetic`, so generated figures never pass for real
ones (`Observation.objects.real()` leaves them out), and generation refuses a database that
already holds observations. Values are seeded: the same seed gives the same file.

Shape (issue 15): every province before and after 1 July 2025 (63 and 34) with the province
indicators monthly, cumulative to date and yearly, as estimates and, three months later,
official figures; every commune (10,035 before, 3,321 after) with the commune indicators
monthly and cumulative (estimates) and yearly (official). Each unit carries figures only for
the months it existed.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from django.conf import settings
from django.db import connection, transaction
from django.utils import timezone

from provind.errors import ProvindError
from provind.geography.models import COMMUNE_LEVEL, AdminUnit, UnitKind
from provind.indicators import statistics
from provind.indicators.imports import insert_observation_rows
from provind.indicators.models import Indicator, IndicatorKind, Observation, Source, Status, TimeAggregation
from provind.indicators.periods import Period

SYNTHETIC_TITLE = "Dữ liệu tổng hợp (sinh tự động, không phải số liệu thật) / Synthetic data (generated, not real)"
OFFICIAL_LAG_DAYS = 90
ESTIMATE_LAG_DAYS = 5


@dataclass(frozen=True)
class Scale:
    province_codes: tuple[str, ...] | None  # None: the whole country
    province_indicators: int
    commune_indicators: int
    first_year: int
    last_year: int


SCALES = {
    "national": Scale(None, province_indicators=20, commune_indicators=5, first_year=2019, last_year=2025),
    "province": Scale(("19",), province_indicators=20, commune_indicators=5, first_year=2019, last_year=2025),
}


class SynthRefused(ProvindError):
    code = "synth_refused"


def synthetic_indicators(count: int) -> list[Indicator]:
    """Levels that add up over time first (they get cumulative and yearly figures), then others."""
    levels = list(Indicator.objects.filter(kind=IndicatorKind.LEVEL, time_aggregation=TimeAggregation.SUM))
    others = list(Indicator.objects.exclude(pk__in=[i.pk for i in levels]))
    return (levels + others)[:count]


def _units(scale: Scale) -> tuple[list[AdminUnit], list[AdminUnit]]:
    provinces = AdminUnit.objects.filter(kind=UnitKind.PROVINCE)
    if scale.province_codes is not None:
        provinces = provinces.filter(code__in=scale.province_codes)
    province_list = list(provinces)
    communes = AdminUnit.objects.filter(kind__in=list(COMMUNE_LEVEL))
    if scale.province_codes is not None:
        ids = [p.pk for p in province_list]
        communes = communes.filter(parent_id__in=ids) | communes.filter(parent__parent_id__in=ids)
    return province_list, list(communes.order_by("pk"))


def _months(unit: AdminUnit, scale: Scale) -> list[tuple[int, int]]:
    first = dt.date(scale.first_year, 1, 1)
    if unit.valid_from and unit.valid_from > first:
        first = unit.valid_from
    last = dt.date(scale.last_year, 12, 31)
    if unit.valid_to and unit.valid_to < last:
        last = unit.valid_to
    months = []
    year, month = first.year, first.month
    while (year, month) <= (last.year, last.month):
        months.append((year, month))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return months


def _rows_for(
    unit: AdminUnit,
    indicator: Indicator,
    scale: Scale,
    rng: random.Random,
    *,
    source_id: int,
    now: dt.datetime,
    with_official_months: bool,
    until: dt.date,
) -> Iterator[tuple[Any, ...]]:
    months = _months(unit, scale)
    if not months:
        return
    level = rng.lognormvariate(3, 1.2)  # units differ by orders of magnitude, as real ones do
    growth = 1 + rng.uniform(-0.02, 0.12) / 12
    cumulative = indicator.sums_over_time
    running: dict[int, Decimal] = {}

    def row(period: Period, value: Decimal, status: str, lag: int) -> tuple[Any, ...]:
        return (
            indicator.pk,
            unit.pk,
            period.code,
            period.kind.value,
            period.start,
            period.end,
            "",
            value,
            "",
            status,
            period.end + dt.timedelta(days=lag),
            None,
            "",
            None,
            "",
            source_id,
            "",
            None,
            None,
            "",
            None,
            now,
        )

    for index, (year, month) in enumerate(months):
        value = Decimal(str(round(level * growth**index * rng.uniform(0.85, 1.15), 2)))
        period = Period.month(year, month)
        if period.end + dt.timedelta(days=ESTIMATE_LAG_DAYS) > until:
            break
        yield row(period, value, Status.ESTIMATE, ESTIMATE_LAG_DAYS)
        if with_official_months and period.end + dt.timedelta(days=OFFICIAL_LAG_DAYS) <= until:
            revised = (value * Decimal(str(round(rng.uniform(0.97, 1.03), 4)))).quantize(Decimal("0.01"))
            yield row(period, revised, Status.OFFICIAL, OFFICIAL_LAG_DAYS)
        if not cumulative:
            continue
        running[year] = running.get(year, Decimal(0)) + value
        if month > 1 and (unit.valid_from is None or unit.valid_from <= dt.date(year, 1, 1)):
            yield row(Period.ytd(year, month), running[year], Status.ESTIMATE, ESTIMATE_LAG_DAYS)
        if month == 12 and (unit.valid_from is None or unit.valid_from <= dt.date(year, 1, 1)):
            year_period = Period.year(year)
            if year_period.end + dt.timedelta(days=OFFICIAL_LAG_DAYS) <= until:
                yield row(year_period, running[year], Status.OFFICIAL, OFFICIAL_LAG_DAYS)


def _ensure_units_and_catalogue() -> None:
    """The shipped units and indicator catalogue (not the real Thái Nguyên figures) first."""
    from provind.geography.loading import load_units
    from provind.indicators.loading import load_catalogue

    if not AdminUnit.objects.exists():
        load_units(settings.DATA_DIR / "geography")
    if not Indicator.objects.exists():
        load_catalogue(settings.DATA_DIR / "indicators" / "catalogue.csv")


def generate(scale_name: str, *, seed: int, first_year: int | None = None, until: dt.date | None = None) -> int:
    """Write the synthetic data set through the bulk insert; the number of rows written."""
    if Observation.objects.exists():
        raise SynthRefused(
            "cơ sở dữ liệu đã có số liệu: dữ liệu tổng hợp chỉ ghi vào một cơ sở dữ liệu riêng, trống",
            "the database already holds observations: synthetic data only goes into a separate, empty database",
        )
    _ensure_units_and_catalogue()
    scale = SCALES[scale_name]
    if first_year is not None:
        scale = Scale(
            scale.province_codes, scale.province_indicators, scale.commune_indicators, first_year, scale.last_year
        )
    # Figures as known half a year after the last year: fixed, so a seed always gives the same set.
    until = until or dt.date(scale.last_year + 1, 6, 30)
    provinces, communes = _units(scale)
    province_indicators = synthetic_indicators(scale.province_indicators)
    commune_indicators = synthetic_indicators(scale.commune_indicators)
    rng = random.Random(seed)
    now = timezone.now()
    with transaction.atomic():
        source = Source.objects.create(
            title=SYNTHETIC_TITLE, number=f"provind synth --scale {scale_name} --seed {seed}", synthetic=True
        )

        def rows() -> Iterator[tuple[Any, ...]]:
            for indicators, units, monthly in (
                (province_indicators, provinces, True),
                (commune_indicators, communes, False),
            ):
                for indicator in indicators:
                    for unit in units:
                        yield from _rows_for(
                            unit,
                            indicator,
                            scale,
                            rng,
                            source_id=source.pk,
                            now=now,
                            with_official_months=monthly,
                            until=until,
                        )

        if connection.vendor == "sqlite":
            # A bigger page cache for this connection: the indexes of a table of millions of rows
            # no longer fit SQLite's 2 MB default, and inserts slow down several times over.
            with connection.cursor() as cursor:
                cursor.execute("PRAGMA cache_size=-262144")
        written = insert_observation_rows(rows())
    statistics.refresh()
    return written
