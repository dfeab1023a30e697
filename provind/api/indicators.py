from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Sequence
from decimal import Decimal
from typing import Any

from django.db import router as db_router
from django.db.models import Exists, QuerySet, Subquery
from django.http import HttpRequest, HttpResponse, StreamingHttpResponse
from django.utils.http import http_date, quote_etag
from django.utils.translation import get_language
from ninja import Query, Router, Schema
from ninja.responses import NinjaJSONEncoder

from provind.api.completeness import CompletenessOut, completeness_out
from provind.api.errors import BadRequest, Day, Offset
from provind.approvals.visibility import visibility_key, visible
from provind.dataio.exports import CONTENT_TYPES, stream_csv, stream_json, stream_sdmx_csv
from provind.geography.models import AdminUnit
from provind.geography.queries import UnitNotFound
from provind.indicators.models import FIGURE_FIELDS, PERIOD_SPAN_FIELDS, Indicator, Observation, Status
from provind.indicators.periods import Period, PeriodError, PeriodKind, parse_period
from provind.indicators.queries import (
    SLICE_FIELDS,
    Slice,
    children_ids,
    compare,
    data_version,
    previous_year_period,
    unit_ids,
    units_carrying,
    units_for_period,
)
from provind.lib.compiled import CompiledQuery

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


# The columns one observation is written from, read as plain values: building a model, three
# related models and a Schema per row, then validating that Schema again, cost more than the query.
OBSERVATION_VALUES = (
    *("indicator__code", "unit__code", "unit__name", "unit__valid_from", "unit__valid_to"),
    *("period_code", "period_kind", "period_start", "period_end"),
    *("breakdown", "value", "qualifier", "status", "vintage", "reported_change", "reported_plan_pct"),
    *("source__title", "source__number", "source__url", "source_excerpt", "span_start", "span_end"),
)


def _observation_rows(rows: Iterable[Sequence[Any]], language: str) -> list[dict[str, object]]:
    """`ObservationOut` as dicts, in its field order (the JSON is the same as the Schema's)."""
    labels: dict[tuple[str, str], str] = {}
    out = []
    for (
        indicator,
        unit,
        unit_name,
        valid_from,
        valid_to,
        code,
        kind,
        start,
        end,
        breakdown,
        value,
        qualifier,
        status,
        vintage,
        change,
        plan_pct,
        title,
        number,
        url,
        excerpt,
        span_start,
        span_end,
    ) in rows:
        label = labels.get((code, kind))
        if label is None:
            label = labels[(code, kind)] = Period(start, end, PeriodKind(kind)).label(language)
        span = [span_start, span_end] if span_start is not None and span_end is not None else None
        out.append(
            {
                "indicator": indicator,
                "unit": unit,
                "unit_name": unit_name,
                "unit_valid_from": valid_from,
                "unit_valid_to": valid_to,
                "period": code,
                "period_label": label,
                "breakdown": breakdown,
                "value": value,
                "qualifier": qualifier,
                "status": status,
                "vintage": vintage,
                "reported_change": change,
                "reported_plan_pct": plan_pct,
                "source": {"title": title, "number": number, "url": url, "excerpt": excerpt, "span": span},
            }
        )
    return out


def _unit_pks(values: dict[str, Any]) -> QuerySet[Any]:
    """The units the code names (during the period, when one is given), as a subquery: resolved
    inside the query that uses it, not before it."""
    if "period_start" in values:
        return units_carrying(values["unit"], values["period_start"], values["period_end"]).values("pk")
    return AdminUnit.objects.filter(code=values["unit"]).values("pk")


def _observations(values: dict[str, Any], unit_ids: list[int] | None = None) -> QuerySet[Any]:
    """The observations call's query for the named values (indicator, period, period_start,
    period_end, unit, status, breakdown, as_of). The indicator and the unit are resolved inside
    it (issue 15: three queries and their round trips were most of this call's time)."""
    rows = visible(Observation.objects.all())  # published only for the public
    if "indicator" in values:
        rows = rows.filter(indicator_id=Subquery(Indicator.objects.filter(code=values["indicator"]).values("pk")[:1]))
    if "period" in values:
        rows = rows.filter(period_code=values["period"])
    if "unit" in values:
        rows = rows.filter(unit_id__in=_unit_pks(values))
    if unit_ids is not None:
        rows = rows.filter(unit_id__in=unit_ids)
    if "status" in values:
        rows = rows.filter(status=values["status"])
    if "breakdown" in values:
        rows = rows.filter(breakdown=values["breakdown"])
    if "as_of" in values:
        rows = rows.known_on(values["as_of"])
    order = ("indicator__display_order", "unit__code", "period_start", "period_end", "status", "vintage", "id")
    return rows.order_by(*order).values_list(*OBSERVATION_VALUES)


# Compiled once per combination of filters and visibility, then run with each request's values.
OBSERVATIONS = CompiledQuery(_observations)


@router.get("/observations", response=list[ObservationOut], summary="Observations, every vintage")
def list_observations(request: HttpRequest, q: Query[ObservationsQuery]) -> HttpResponse:
    """Every stored figure (nothing is overwritten: revisions are further rows). `unit` is an
    administrative-unit code read as the unit valid during the period: `unit=19` is old Thái
    Nguyên for 2024 and the merged province from July 2025. `as_of` shows what was known on
    that date."""
    try:
        period = _period(q.period) if q.period else None
    except BadRequest:
        if q.indicator:
            _indicator(q.indicator)  # an unknown indicator is named first, as it always was
        raise
    values: dict[str, Any] = {}
    if q.indicator:
        values["indicator"] = q.indicator
    if period is not None:
        values["period"] = period.code
    if q.unit:
        values["unit"] = q.unit
        if period is not None:  # the versions of the unit code valid during the period
            values.update(period_start=period.start, period_end=period.end)
    if q.status:
        values["status"] = str(q.status.value)
    if q.breakdown is not None:
        values["breakdown"] = q.breakdown
    if q.as_of:
        values["as_of"] = q.as_of
    parent_ids = _children(q.parent, period) if q.parent else None
    if not 0 < q.limit <= 10000:
        _check_names(q.indicator, q.unit, period)
        raise BadRequest("limit", "limit phải từ 1 đến 10000", "limit must be 1–10000")
    if parent_ids is None:
        shape = (tuple(values), visibility_key())
        db = db_router.db_for_read(Observation)
        found = OBSERVATIONS.run(shape, values, db=db, limit=q.limit, offset=q.offset)
    else:  # a list of children: its length changes the SQL, so the ORM compiles it each time
        found = list(_observations(values, parent_ids)[q.offset : q.offset + q.limit])
    out = _observation_rows(found, _language())
    if not out:
        _check_names(q.indicator, q.unit, period)
    return HttpResponse(json.dumps(out, cls=NinjaJSONEncoder), content_type="application/json; charset=utf-8")


def _names(values: dict[str, Any]) -> QuerySet[Any]:
    """One row when the indicator is known (or only a unit was asked for and it is known): its
    id and whether the unit code names a unit (during the period, when given)."""
    units = _unit_pks(values) if "unit" in values else None
    if "indicator" not in values:
        assert units is not None
        return units.values_list("pk", "pk")
    found = Indicator.objects.filter(code=values["indicator"])
    if units is None:
        return found.values_list("pk", "pk")
    return found.annotate(has_unit=Exists(units)).values_list("pk", "has_unit")


NAMES = CompiledQuery(_names)


def _check_names(indicator: str | None, unit: str | None, period: Period | None) -> None:
    """Refuse an unknown indicator or unit code (400, naming the field) as the API always has,
    both looked up in one query."""
    values: dict[str, Any] = {}
    if indicator:
        values["indicator"] = indicator
    if unit:
        values["unit"] = unit
        if period is not None:
            values.update(period_start=period.start, period_end=period.end)
    if not values:
        return
    found = NAMES.run(tuple(values), values, db=db_router.db_for_read(Indicator), limit=1, offset=0)
    if indicator and not found:
        raise BadRequest("indicator", f"không có chỉ tiêu “{indicator}”", f"unknown indicator “{indicator}”")
    if unit and not (found and found[0][1]):
        if period is not None:
            raise UnitNotFound(unit, period.end)
        raise BadRequest("unit", f"không có đơn vị hành chính mã “{unit}”", f"no administrative unit “{unit}”")


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
    parents = unit_ids(parent)
    if not parents:
        raise BadRequest("parent", f"không có đơn vị hành chính mã “{parent}”", f"no administrative unit “{parent}”")
    return children_ids(parent, period, parents=parents)


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
