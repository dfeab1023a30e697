from __future__ import annotations

import datetime as dt
from decimal import Decimal

from django.http import HttpRequest, HttpResponse, StreamingHttpResponse
from django.utils.http import http_date, quote_etag
from django.utils.translation import get_language
from ninja import Query, Router, Schema

from provind.api.completeness import CompletenessOut, completeness_out
from provind.api.errors import BadRequest, Day, Offset
from provind.approvals.visibility import visible
from provind.dataio.exports import CONTENT_TYPES, stream_csv, stream_json, stream_sdmx_csv
from provind.geography.models import AdminUnit
from provind.indicators.models import FIGURE_FIELDS, PERIOD_SPAN_FIELDS, Indicator, Observation, Status
from provind.indicators.periods import Period, PeriodError, parse_period
from provind.indicators.queries import (
    SLICE_FIELDS,
    Slice,
    children_ids,
    compare,
    data_version,
    previous_year_period,
    unit_ids,
    units_for_period,
)

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
    parent: str | None = None
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
    reported_yoy_pct: Decimal | None = None
    yoy_difference_pp: Decimal | None = None
    yoy_differs: bool = False
    plan_value: Decimal | None
    plan_pct: Decimal | None
    plan_pct_source: str
    complete: bool
    yoy_completeness: CompletenessOut
    plan_pct_completeness: CompletenessOut


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
        indicator=obs.indicator.code,
        unit=obs.unit.code,
        unit_name=obs.unit.name,
        unit_valid_from=obs.unit.valid_from,
        unit_valid_to=obs.unit.valid_to,
        period=obs.period_code,
        period_label=obs.period.label(language),
        breakdown=obs.breakdown,
        value=obs.value,
        qualifier=obs.qualifier,
        status=obs.status,
        vintage=obs.vintage,
        reported_change=obs.reported_change,
        reported_plan_pct=obs.reported_plan_pct,
        source=SourceOut(
            title=obs.source.title, number=obs.source.number, url=obs.source.url, excerpt=obs.source_excerpt, span=span
        ),
    )


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
        )
        for i in Indicator.objects.all()
    ]


@router.get("/observations", response=list[ObservationOut], summary="Observations, every vintage")
def list_observations(request: HttpRequest, q: Query[ObservationsQuery]) -> list[ObservationOut]:
    """Every stored figure (nothing is overwritten: revisions are further rows). `unit` is an
    administrative-unit code read as the unit valid during the period: `unit=19` is old Thái
    Nguyên for 2024 and the merged province from July 2025. `as_of` shows what was known on
    that date."""
    rows = visible(Observation.objects.select_related("indicator", "unit", "source"))  # published only for the public
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
    if q.parent:
        rows = rows.filter(unit_id__in=_children(q.parent, period))
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
    When YoY is computed and the source also printed a change, `reported_yoy_pct` gives it,
    `yoy_difference_pp` the gap and `yoy_differs` whether the gap exceeds the printed rounding.
    For the merged Thái Nguyên the previous year is old Thái Nguyên + old Bắc Kạn."""
    ind = _indicator(indicator)
    per = _period(period)
    target = units_for_period(unit, per)[0]
    result = compare(ind, target, per, breakdown=breakdown, as_of=as_of)
    language = _language()
    return CompareOut(
        indicator=ind.code,
        unit=target.code,
        unit_name=target.name,
        period=per.code,
        period_label=per.label(language),
        value=result.current.value if result.current else None,
        status=result.current.status if result.current else None,
        vintage=result.current.vintage if result.current else None,
        previous_period=basis.code if (basis := previous_year_period(per)) else None,
        previous_value=result.previous.value,
        previous_assembled_from=[u.code for u in result.previous.assembled_from],
        yoy_pct=result.yoy_pct,
        yoy_source=result.yoy_source,
        reported_yoy_pct=result.reported_yoy,
        yoy_difference_pp=result.yoy_difference_pp,
        yoy_differs=result.yoy_differs,
        plan_value=result.plan.value if result.plan else None,
        plan_pct=result.plan_pct,
        plan_pct_source=result.plan_pct_source,
        complete=result.complete,
        yoy_completeness=completeness_out(result.yoy_completeness),
        plan_pct_completeness=completeness_out(result.plan_pct_completeness),
    )


def _children(parent: str, period: Period | None) -> list[int]:
    if not unit_ids(parent):
        raise BadRequest("parent", f"không có đơn vị hành chính mã “{parent}”", f"no administrative unit “{parent}”")
    return children_ids(parent, period)


SLICE_COLUMNS = [
    *("id", "indicator", "unit", "unit_name", "period"),
    *PERIOD_SPAN_FIELDS,
    *FIGURE_FIELDS,
    *("reported_plan_pct", "source_title", "source_number", "source_url", "synthetic"),
]
assert len(SLICE_COLUMNS) == len(SLICE_FIELDS)
SLICE_FORMATS = ("json", "csv", "sdmx")
SLICE_LIMIT = 50_000


@router.get("/observations/slice", summary="One indicator (× period) for many units: streamed, keyset pages")
def observation_slice(
    request: HttpRequest,
    indicator: str,
    period: str | None = None,
    parent: str | None = None,
    unit: str | None = None,
    status: Status | None = None,
    breakdown: str | None = None,
    as_of: dt.date | None = None,
    synthetic: bool = True,
    cursor: int = 0,
    limit: int | None = None,
    format: str = "json",
) -> HttpResponse | StreamingHttpResponse:
    """Every stored figure of `indicator` (in `period`) for all units at once, for the children
    of `parent` (the communes of a province) or the versions of `unit`. Rows come in id order;
    `cursor` is the last id seen (JSON gives `next`), so each page costs the same. JSON pages
    hold `limit` rows (default 1,000); CSV and SDMX-CSV (`format=sdmx`) stream the whole slice
    unless `limit` is given. ETag and Last-Modified follow the newest figure: a client that
    sends them back gets 304 while nothing was added. `synthetic=false` leaves out generated
    data."""
    if format not in SLICE_FORMATS:
        raise BadRequest("format", "format phải là json, csv hoặc sdmx", "format must be json, csv or sdmx")
    if limit is not None and not 0 < limit <= SLICE_LIMIT:
        raise BadRequest("limit", f"limit phải từ 1 đến {SLICE_LIMIT}", f"limit must be 1–{SLICE_LIMIT}")
    if cursor < 0:
        raise BadRequest("cursor", "cursor không hợp lệ", "invalid cursor")
    ind = _indicator(indicator)
    per = _period(period) if period else None
    units: list[int] | None = None
    if parent:
        units = _children(parent, per)
    if unit:
        found = [u.pk for u in units_for_period(unit, per)] if per else unit_ids(unit)
        if not found:
            raise BadRequest("unit", f"không có đơn vị hành chính mã “{unit}”", f"no administrative unit “{unit}”")
        units = found if units is None else [u for u in units if u in found]

    newest_id, newest_at = data_version()
    version = f"{newest_id}.{newest_at.timestamp() if newest_at else 0}"
    etag = quote_etag(f"{version}-{request.get_full_path()}")
    if request.headers.get("If-None-Match") == etag:
        response: HttpResponse | StreamingHttpResponse = HttpResponse(status=304)
    else:
        chosen = Slice(ind, per.code if per else None, units, status, breakdown, as_of, include_synthetic=synthetic)
        if format == "json":
            page = chosen.page(after_id=cursor, limit=limit or 1000)
            full = len(page) == (limit or 1000)
            nxt = int(str(page[-1][0])) if page and full else None
            response = StreamingHttpResponse(
                stream_json(SLICE_COLUMNS, page, next=nxt), content_type=CONTENT_TYPES["json"]
            )
        else:
            rows = chosen.page(after_id=cursor, limit=limit) if limit else chosen.iterate(after_id=cursor)
            if format == "csv":
                response = StreamingHttpResponse(stream_csv(SLICE_COLUMNS, rows), content_type=CONTENT_TYPES["csv"])
            else:
                response = StreamingHttpResponse(
                    stream_sdmx_csv(rows), content_type="application/vnd.sdmx.data+csv; version=2.0.0; charset=utf-8"
                )
            name = f"provind-{ind.code}-{per.code if per else 'all'}{'-' + parent if parent else ''}"
            response["Content-Disposition"] = (
                f'attachment; filename="{name}.{"csv" if format == "csv" else "sdmx.csv"}"'
            )
    response["ETag"] = etag
    if newest_at is not None:
        response["Last-Modified"] = http_date(newest_at.timestamp())
    response["Cache-Control"] = "public, max-age=60"
    return response
