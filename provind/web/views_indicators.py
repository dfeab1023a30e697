"""Indicator pages: the dashboard cards, the catalogue, one indicator's series and history."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.db.models import Count
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.utils.translation import get_language

from provind.dataio.exports import export_observations
from provind.indicators.models import Indicator, Observation, Status, Target
from provind.indicators.periods import PeriodError, PeriodKind, parse_period
from provind.indicators.queries import (
    HEADLINE,
    estimate_official_gap,
    headline_cards,
    history_by_cell,
    periods_with_figures,
    series,
    target_progress,
)
from provind.web.charts import embed_options, series_chart_rows, sparkline_points, time_series_spec
from provind.web.params import HOME_PROVINCE, attachment, parse_day


def _optional_day(request: HttpRequest) -> tuple[dt.date | None, str | None]:
    """`as_of`: None when absent (latest known), else the date or the message."""
    text = request.GET.get("as_of")
    if not text:
        return None, None
    day, error = parse_day(text, dt.date.min)
    return (None, error) if error else (day, None)


def dashboard_context(request: HttpRequest) -> dict[str, Any]:
    period = None
    error = None
    if request.GET.get("period"):
        try:
            period = parse_period(request.GET["period"])
        except PeriodError as exc:
            error = str(exc)
    as_of, date_error = _optional_day(request)
    error = error or date_error
    cards = headline_cards(HOME_PROVINCE, period=period, as_of=as_of)
    language = get_language() or "vi"
    for card in cards:
        values = [o.value for o in card.sparkline]
        card.spark = sparkline_points(values)  # type: ignore[attr-defined]
        card.period_label = card.comparison.period.label(language)  # type: ignore[attr-defined]
    targets = [
        target_progress(t, as_of=as_of)
        for t in Target.objects.filter(unit__code=HOME_PROVINCE).select_related("indicator", "source", "unit")
    ]
    plans = (
        Observation.objects.filter(unit__code=HOME_PROVINCE, status=Status.PLAN, period_kind=PeriodKind.RANGE)
        .select_related("indicator", "source", "unit")
        .order_by("indicator__display_order")
    )
    periods = periods_with_figures(HOME_PROVINCE, HEADLINE)
    choices = [(p.code, p.label(language)) for p in periods]
    return {
        "cards": cards, "targets": targets, "range_plans": plans, "dashboard_error": error, "as_of": as_of,
        "period_choices": choices, "chosen_period": period.code if period else "",
    }  # fmt: skip


def indicator_list(request: HttpRequest) -> HttpResponse:
    indicators = Indicator.objects.annotate(figures=Count("observations"))
    return render(request, "web/indicator_list.html", {"indicators": indicators})


def indicator_detail(request: HttpRequest, code: str) -> HttpResponse:
    indicator = get_object_or_404(Indicator, code=code)
    unit_code = request.GET.get("unit") or HOME_PROVINCE
    kind = request.GET.get("kind") or None
    if kind and kind not in PeriodKind.__members__.values():
        raise Http404(kind)
    breakdown = request.GET.get("breakdown", "")
    as_of, error = _optional_day(request)
    language = get_language() or "vi"
    rows = series(indicator, unit_code, kind=kind, breakdown=breakdown, as_of=as_of)
    cells = [
        {"versions": versions, "gap": estimate_official_gap(versions)}
        for versions in history_by_cell(indicator, unit_code, breakdown=breakdown, as_of=as_of).values()
    ]
    fmt = request.GET.get("format")
    if fmt in {"csv", "xlsx", "json"}:
        content, ctype = export_observations(rows, fmt=fmt, language=language, title=indicator.code)
        response = HttpResponse(content, content_type=ctype)
        response["Content-Disposition"] = attachment(f"provind-{indicator.code}-{unit_code}.{fmt}")
        return response
    chart_rows = series_chart_rows(rows, language=language, status_labels=dict(Status.choices))
    spec = time_series_spec(chart_rows, title=indicator.name, unit_label=indicator.unit_label)
    query = request.GET.copy()
    query.pop("format", None)
    kinds = sorted({o.period_kind for o in Observation.objects.filter(indicator=indicator, unit__code=unit_code)})
    context = {
        "indicator": indicator, "rows": rows, "cells": cells, "spec": spec, "unit_code": unit_code,
        "kind": kind, "kinds": kinds, "as_of": as_of, "error": error, "query": query.urlencode(),
        "embed_options": embed_options(language),
    }  # fmt: skip
    return render(request, "web/indicator_detail.html", context, status=400 if error else 200)
