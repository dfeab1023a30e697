"""Small helpers that store synthetic observations (clearly labelled) for tests."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from provind.approvals.models import ApprovalState, DataSetApproval, DataSetKind
from provind.dataio.tables import Table
from provind.indicators.imports import COLUMNS
from provind.indicators.models import Indicator, Observation, Source
from provind.indicators.periods import parse_period
from provind.indicators.queries import unit_for_period


def synthetic_source() -> Source:
    source, _ = Source.objects.get_or_create(title="Dữ liệu tổng hợp cho kiểm thử (synthetic)", url="test://synthetic")
    return source


def add(
    code: str,
    unit: str,
    period: str,
    value: str | int,
    status: str = "estimate",
    vintage: str | None = None,
    breakdown: str = "",
    published: bool = True,
    **extra: object,
) -> Observation:
    per = parse_period(period)
    obs = Observation(
        indicator=Indicator.objects.get(code=code),
        unit=unit_for_period(unit, per),
        value=Decimal(str(value)),
        status=status,
        vintage=dt.date.fromisoformat(vintage) if vintage else None,
        breakdown=breakdown,
        source=synthetic_source(),
        **extra,
    )
    obs.set_period(per)
    obs.save()
    if published:  # as the public sees it; published=False leaves the data set a draft
        DataSetApproval.objects.get_or_create(
            kind=DataSetKind.INDICATORS,
            unit=obs.unit,
            period=obs.period_code,
            cluster=None,
            defaults={"state": ApprovalState.PUBLISHED},
        )
    return obs


# Rows of an observation import file, as the import tests build them.
SOURCE = {
    "source_title": "Báo cáo thử nghiệm (dữ liệu tổng hợp)",
    "source_number": "01/BC-TEST",
    "source_url": "https://example.invalid/test",
}


def table(*rows: dict[str, str], header: tuple[str, ...] | list[str] = COLUMNS) -> Table:
    return Table(header=list(header), rows=[[r.get(c, "") for c in header] for r in rows], name="so-lieu.csv")


def row(**values: str) -> dict[str, str]:
    """One export row of the founding report (17,6 tỷ USD, 7 months of 2024, an estimate),
    with `values` replacing its cells."""
    return {
        "indicator": "export_value",
        "unit": "19",
        "period": "2024-YTD07",
        "status": "ước tính",
        "value": "17,6",
        **SOURCE,
        **values,
    }
