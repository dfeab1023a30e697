"""Small helpers that store synthetic observations (clearly labelled) for tests."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from provind.approvals.models import ApprovalState, DataSetApproval, DataSetKind
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
