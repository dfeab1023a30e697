from __future__ import annotations

import datetime as dt
from decimal import Decimal

from django.http import HttpRequest
from django.utils.translation import get_language
from ninja import Query, Router, Schema

from provind.api.errors import BadRequest, Day, Offset
from provind.geography.models import AdminUnit
from provind.indicators.models import Indicator, Observation, Status
from provind.indicators.periods import Period, PeriodError, parse_period
from provind.indicators.queries import compare, previous_year_period, units_for_period

router = Router(tags=["indicators"])


class IndicatorOut(Schema):
    code: str
    name_vi: str
    name_en: str
    unit_vi: str
    unit_en: str
    base_unit: str
    scale: Decimal
    kind: str
    time_aggregation: str
    place_aggregation: str
    owner: str
    breakdowns: list[str]


class SourceOut(Schema):
    title: str
    number: str
    url: str
    excerpt: str
    span: list[int] | None


class ObservationOut(Schema):
    indicator: str
    unit: str
    unit_name: str
    unit_valid_from: dt.date | None
    unit_valid_to: dt.date | None
    period: str
    period_label: str
    breakdown: str
    value: Decimal
    qualifier: str
    status: str
    vintage: dt.date | None
    reported_change: Decimal | None
    reported_plan_pct: Decimal | None
    source: SourceOut


class ObservationsQuery(Schema):
    indicator: str | None = None
    unit: str | None = None
    period: str | None = None
    status: Status | None = None
    as_of: Day | None = None
    breakdown: str | None = None
    limit: int = 1000
    offset: Offset = 0


class CompareOut(Schema):
    indicator: str
    unit: str
    unit_name: str
    period: str
    period_label: str
    value: Decimal | None
    status: str | None
    vintage: dt.date | None
    previous_period: str | None
    previous_value: Decimal | None
    previous_assembled_from: list[str]
    yoy_pct: Decimal | None
    yoy_source: str
    plan_value: Decimal | None
    plan_pct: Decimal | None
    plan_pct_source: str


def _language() -> str:
    return get_language() or "vi"


def _period(text: str, field: str = "period") -> Period:
    try:
        return parse_period(text)
    except PeriodError as exc:
        raise BadRequest(field, exc.vi, exc.en) from None


def _indicator(code: str) -> Indicator:
    found = Indicator.objects.filter(code=code).first()
    if found is None:
        raise BadRequest("indicator", f"không có chỉ tiêu “{code}”", f"unknown indicator “{code}”")
    return found


def observation_out(obs: Observation, language: str) -> ObservationOut:
    span = [obs.span_start, obs.span_end] if obs.span_start is not None and obs.span_end is not None else None
    return ObservationOut(
        indicator=obs.indicator.code, unit=obs.unit.code, unit_name=obs.unit.name,
        unit_valid_from=obs.unit.valid_from, unit_valid_to=obs.unit.valid_to,
        period=obs.period_code, period_label=obs.period.label(language), breakdown=obs.breakdown,
        value=obs.value, qualifier=obs.qualifier, status=obs.status, vintage=obs.vintage,
        reported_change=obs.reported_change, reported_plan_pct=obs.reported_plan_pct,
        source=SourceOut(title=obs.source.title, number=obs.source.number, url=obs.source.url,
                         excerpt=obs.source_excerpt, span=span),
    )  # fmt: skip


@router.get("/indicators", response=list[IndicatorOut], summary="The indicator catalogue")
def list_indicators(request: HttpRequest) -> list[IndicatorOut]:
    return [
        IndicatorOut(
            code=i.code,
            name_vi=i.name_vi,
            name_en=i.name_en,
            unit_vi=i.unit_vi,
            unit_en=i.unit_en,
            base_unit=i.base_unit,
            scale=i.scale,
            kind=i.kind,
            time_aggregation=i.time_aggregation,
            place_aggregation=i.place_aggregation,
            owner=i.owner,
            breakdowns=i.breakdown_dimensions(),
        )  # fmt: skip
        for i in Indicator.objects.all()
    ]


@router.get("/observations", response=list[ObservationOut], summary="Observations, every vintage")
def list_observations(request: HttpRequest, q: Query[ObservationsQuery]) -> list[ObservationOut]:
    """Every stored figure (nothing is overwritten: revisions are further rows). `unit` is an
    administrative-unit code read as the unit valid during the period: `unit=19` is old Thái
    Nguyên for 2024 and the merged province from July 2025. `as_of` shows what was known on
    that date."""
    rows = Observation.objects.select_related("indicator", "unit", "source")
    if q.indicator:
        rows = rows.filter(indicator=_indicator(q.indicator))
    period = _period(q.period) if q.period else None
    if period is not None:
        rows = rows.filter(period_code=period.code)
    if q.unit:
        if period is not None:
            rows = rows.filter(unit__in=units_for_period(q.unit, period))
        else:
            if not AdminUnit.objects.filter(code=q.unit).exists():
                raise BadRequest(
                    "unit", f"không có đơn vị hành chính mã “{q.unit}”", f"no administrative unit “{q.unit}”"
                )
            rows = rows.filter(unit__code=q.unit)
    if q.status:
        rows = rows.filter(status=q.status)
    if q.breakdown is not None:
        rows = rows.filter(breakdown=q.breakdown)
    if q.as_of:
        rows = rows.known_on(q.as_of)
    if not 0 < q.limit <= 10000:
        raise BadRequest("limit", "limit phải từ 1 đến 10000", "limit must be 1–10000")
    language = _language()
    rows = rows.order_by(
        "indicator__display_order", "unit__code", "period_start", "period_end", "status", "vintage", "id"
    )
    return [observation_out(o, language) for o in rows[q.offset : q.offset + q.limit]]


@router.get("/observations/compare", response=CompareOut, summary="Value, same period last year, YoY and % of plan")
def compare_observation(
    request: HttpRequest, indicator: str, unit: str, period: str, breakdown: str = "", as_of: Day | None = None
) -> CompareOut:
    """Year-on-year and % of plan computed from stored values (the same period last year and
    the annual plan); when one is missing, the figure the source reported, marked `reported`.
    For the merged Thái Nguyên the previous year is old Thái Nguyên + old Bắc Kạn."""
    ind = _indicator(indicator)
    per = _period(period)
    target = units_for_period(unit, per)[0]
    result = compare(ind, target, per, breakdown=breakdown, as_of=as_of)
    language = _language()
    return CompareOut(
        indicator=ind.code, unit=target.code, unit_name=target.name, period=per.code,
        period_label=per.label(language),
        value=result.current.value if result.current else None,
        status=result.current.status if result.current else None,
        vintage=result.current.vintage if result.current else None,
        previous_period=basis.code if (basis := previous_year_period(per)) else None,
        previous_value=result.previous.value,
        previous_assembled_from=[u.code for u in result.previous.assembled_from],
        yoy_pct=result.yoy_pct, yoy_source=result.yoy_source,
        plan_value=result.plan.value if result.plan else None,
        plan_pct=result.plan_pct, plan_pct_source=result.plan_pct_source,
    )  # fmt: skip
