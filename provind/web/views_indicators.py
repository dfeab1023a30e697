"""Indicator pages: the dashboard cards, the catalogue, one indicator's series and history."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from django.conf import settings
from django.core.cache import cache
from django.db.models import Count, F, QuerySet
from django.http import Http404, HttpRequest, HttpResponse, StreamingHttpResponse
from django.shortcuts import get_object_or_404, render
from django.utils.translation import get_language

from provind.approvals.models import LOCKED_STATES, ApprovalState
from provind.approvals.visibility import indicator_states, sees_some_unapproved, sees_unapproved, visible
from provind.dataio.exports import export_observations, stream_observations
from provind.indicators.corrections import may_correct
from provind.indicators.models import Indicator, Observation, Source, Status, Target
from provind.indicators.periods import Period, PeriodError, PeriodKind, parse_period
from provind.indicators.queries import (
    HEADLINE,
    data_version_key,
    estimate_official_gap,
    headline_cards,
    history_by_cell,
    periods_with_figures,
    pick_current,
    pick_plan,
    series,
    target_progress,
    unit_ids,
)
from provind.web.caching import cache_public
from provind.web.charts import embed_options, series_chart_rows, series_key, sparkline_points, time_series_spec
from provind.web.params import HOME_PROVINCE, attachment, parse_day


def _optional_day(request: HttpRequest) -> tuple[dt.date | None, str | None]:
    """`as_of`: None when absent (latest known), else the date or the message."""
    text = request.GET.get("as_of")
    if not text:
        return None, None
    day, error = parse_day(text, dt.date.min)
    return (None, error) if error else (day, None)


def mark_approval(user: Any, rows: list[Observation], cells: list[dict[str, Any]]) -> None:
    """For editors: which figures are not yet published ("chưa duyệt"), which figure of each
    cell is current, and whether they may correct or withdraw (the public sees none of it)."""
    if not sees_some_unapproved():  # the request's visibility (approvals.middleware)
        return
    keys = {(o.unit_id, o.period_code) for cell in cells for o in cell["versions"]}
    states = indicator_states(keys)
    for o in rows:
        o.unpublished = states.get((o.unit_id, o.period_code)) != ApprovalState.PUBLISHED  # type: ignore[attr-defined]
    for cell in cells:
        first = cell["versions"][0]
        cell["state"] = states.get((first.unit_id, first.period_code))
        cell["unpublished"] = cell["state"] != ApprovalState.PUBLISHED
        current = pick_plan(cell["versions"]) if first.status == Status.PLAN else pick_current(cell["versions"])
        cell["current"] = current.pk if current else ""
        cell["may_correct"] = may_correct(user, first) and cell["state"] not in LOCKED_STATES


def core_period(unit_code: str, codes: list[str], *, as_of: dt.date | None = None) -> Period | None:
    """The latest period for which at least half of the headline indicators are known, so that
    the cards compare like with like (not 6 months of 2025 beside 7 months of 2024)."""
    rows = visible(
        Observation.objects.filter(unit_id__in=unit_ids(unit_code), indicator__code__in=codes, breakdown="").actual()
    )
    rows = rows.standing()
    if as_of is not None:
        rows = rows.known_on(as_of)
    counted = (
        rows.values("period_start", "period_end", "period_kind")
        .annotate(n=Count("indicator", distinct=True))
        .order_by("-period_end", "period_start")
    )
    for row in counted:
        if row["n"] * 2 >= len(codes):
            return Period(row["period_start"], row["period_end"], PeriodKind(row["period_kind"]))
    return None


@dataclass
class PlanFigure:
    """One planned figure with every source that states it (not one row per source)."""

    indicator: Indicator
    period_code: str
    value: Decimal
    sources: list[Source] = field(default_factory=list)


def one_figure_per_plan(observations: Iterable[Observation]) -> list[PlanFigure]:
    figures: dict[tuple[int, str, Decimal], PlanFigure] = {}
    for o in observations:
        key = (o.indicator_id, o.period_code, o.value)
        figure = figures.setdefault(key, PlanFigure(o.indicator, o.period_code, o.value))
        if o.source not in figure.sources:
            figure.sources.append(o.source)
    return list(figures.values())


def range_plans(unit_code: str) -> QuerySet[Observation]:
    """The multi-year plan figures (2021–2025 …) of a unit, published ones for the public.

    Sources come in a second query, not a join: with sampled statistics (ANALYZE with a limit)
    SQLite took the join as a reason to start from the one synthetic source and read all of
    its 8 million figures (4–5 s nationally), instead of the unit's few thousand."""
    return (
        visible(
            Observation.objects.standing().filter(
                unit_id__in=unit_ids(unit_code), status=Status.PLAN, period_kind=PeriodKind.RANGE
            )
        )
        .select_related("indicator", "unit")
        .prefetch_related("source")
        .order_by("indicator__display_order", "period_code", "pk")
    )


def dashboard_context(request: HttpRequest) -> dict[str, Any]:
    """The dashboard's figures, computed once per data version, language and query (about 80
    queries on a national database), then read from the cache until a figure is added."""
    params = request.GET.urlencode()
    # Signed-in readers may be shown more (unapproved figures): never share their entry.
    reader = f"user{request.user.pk}" if request.user.is_authenticated else "public"
    key = f"provind:dashboard:{data_version_key()}:{get_language()}:{HOME_PROVINCE}:{reader}:{params}"
    context = cache.get(key)
    if context is None:
        context = _dashboard_context(request)
        cache.set(key, context, settings.PROVIND_PAGE_CACHE_SECONDS)
    return dict(context)


def _dashboard_context(request: HttpRequest) -> dict[str, Any]:
    period = None
    error = None
    if request.GET.get("period"):
        try:
            period = parse_period(request.GET["period"])
        except PeriodError as exc:
            error = str(exc)
    as_of, date_error = _optional_day(request)
    error = error or date_error
    language = get_language() or "vi"
    core = None if period or error else core_period(HOME_PROVINCE, HEADLINE, as_of=as_of)
    cards = headline_cards(HOME_PROVINCE, period=period or core, as_of=as_of)
    if core is not None:
        # Cards without a figure for the core period show their own latest one, marked as such.
        shown = {c.indicator.code for c in cards}
        for card in headline_cards(HOME_PROVINCE, as_of=as_of):
            if card.indicator.code not in shown:
                card.other_period = True  # type: ignore[attr-defined]
                cards.append(card)
        cards.sort(key=lambda c: HEADLINE.index(c.indicator.code))
    for card in cards:
        # One kind of period on the sparkline too: 7-month totals only beside 7-month totals.
        key = series_key(card.comparison.period)
        values = [o.value for o in card.sparkline if series_key(o.period) == key]
        card.spark = sparkline_points(values)  # type: ignore[attr-defined]
        card.period_label = card.comparison.period.label(language)  # type: ignore[attr-defined]
    targets = [
        target_progress(t, as_of=as_of)
        for t in Target.objects.filter(unit__code=HOME_PROVINCE).select_related("indicator", "source", "unit")
    ]
    plans = one_figure_per_plan(range_plans(HOME_PROVINCE))
    periods = periods_with_figures(HOME_PROVINCE, HEADLINE)
    choices = [(p.code, p.label(language)) for p in periods]
    return {
        "cards": cards,
        "targets": targets,
        "range_plans": plans,
        "dashboard_error": error,
        "as_of": as_of,
        "period_choices": choices,
        "chosen_period": period.code if period else "",
        "core_label": core.label(language) if core else "",
    }


@cache_public
def indicator_list(request: HttpRequest) -> HttpResponse:
    # Counts from the summary table kept by indicators.statistics, not COUNT(*) on every view;
    # an indicator not summarised yet (fresh database) is counted on the spot, alone.
    indicators = list(Indicator.objects.annotate(figures=F("summary__figures")))
    missing = [i.pk for i in indicators if i.figures is None]
    if missing:
        counted = dict(
            Observation.objects.filter(indicator_id__in=missing)
            .values_list("indicator_id")
            .annotate(n=Count("id"))
            .values_list("indicator_id", "n")
            .order_by()
        )
        for indicator in indicators:
            if indicator.pk in missing:
                indicator.figures = counted.get(indicator.pk, 0)
    return render(request, "web/indicator_list.html", {"indicators": indicators})


@cache_public
def indicator_detail(request: HttpRequest, code: str) -> HttpResponse | StreamingHttpResponse:
    indicator = get_object_or_404(Indicator, code=code)
    unit_code = request.GET.get("unit") or HOME_PROVINCE
    kind = request.GET.get("kind") or None
    if kind and kind not in PeriodKind.__members__.values():
        raise Http404(kind)
    breakdown = request.GET.get("breakdown", "")
    as_of, error = _optional_day(request)
    language = get_language() or "vi"
    rows = series(indicator, unit_code, kind=kind, breakdown=breakdown, as_of=as_of)
    fmt = request.GET.get("format")
    if fmt in {"csv", "xlsx", "json"}:
        # Downloads need the series only: the vintage history below is for the page.
        response: HttpResponse | StreamingHttpResponse
        if fmt == "xlsx":
            unit_name = rows[0].unit.name if rows else unit_code
            title = f"{indicator.name} ({indicator.unit_label}) — {unit_name}"
            content, ctype = export_observations(rows, fmt=fmt, language=language, title=title)
            response = HttpResponse(content, content_type=ctype)
        else:
            chunks, ctype = stream_observations(rows, fmt=fmt, language=language)
            response = StreamingHttpResponse(chunks, content_type=ctype)
        response["Content-Disposition"] = attachment(f"provind-{indicator.code}-{unit_code}.{fmt}")
        return response
    cells = [
        {"versions": versions, "gap": estimate_official_gap(versions)}
        for versions in history_by_cell(indicator, unit_code, breakdown=breakdown, as_of=as_of).values()
    ]
    mark_approval(request.user, rows, cells)
    chart_rows = series_chart_rows(rows, language=language, status_labels=dict(Status.choices))
    spec = time_series_spec(chart_rows, title=indicator.name, unit_label=indicator.unit_label, language=language)
    query = request.GET.copy()
    query.pop("format", None)
    kinds = sorted(
        set(
            visible(Observation.objects.filter(indicator=indicator, unit_id__in=unit_ids(unit_code)))
            .values_list("period_kind", flat=True)
            .distinct()
            .order_by()
        )
    )
    context = {
        "indicator": indicator,
        "rows": rows,
        "cells": cells,
        "spec": spec,
        "unit_code": unit_code,
        "kind": kind,
        "kinds": kinds,
        "as_of": as_of,
        "error": error,
        "query": query.urlencode(),
        "embed_options": embed_options(language),
        "editor": sees_unapproved(request.user),
    }
    return render(request, "web/indicator_detail.html", context, status=400 if error else 200)
