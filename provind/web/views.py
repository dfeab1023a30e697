from __future__ import annotations

import datetime as dt
from typing import Any, cast

from django.conf import settings
from django.core.cache import cache
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils import timezone

from provind.geography.models import REFORM_DATE, AdminUnit
from provind.geography.queries import (
    UnitNotFound,
    ancestors,
    count_descendants_by_kind,
    geography_version,
    resolve_unit,
    units_valid_on,
)
from provind.web.caching import cache_public_with
from provind.web.params import HOME_PROVINCE, parse_day
from provind.web.start import start_context
from provind.web.views_indicators import dashboard_context


def home_geography(on: dt.date) -> dict[str, Any]:
    """The province and the units it was formed from, counted by kind: about 15 queries that
    change only with the unit table, so computed once per geography version and day."""
    key = f"provind:home-geography:{geography_version()}:{HOME_PROVINCE}:{on.isoformat()}"
    found = cache.get(key)
    if found is not None:
        return cast(dict[str, Any], found)
    province: AdminUnit | None
    try:
        province = resolve_unit(HOME_PROVINCE, max(on, REFORM_DATE))
    except UnitNotFound:
        province = None
    formed_from = []
    counts: dict[str, int] = {}
    if province is not None:
        counts = count_descendants_by_kind(province, max(on, REFORM_DATE))
        for link in province.predecessor_links.select_related("old_unit"):
            old = link.old_unit
            formed_from.append(
                {"unit": old, "counts": count_descendants_by_kind(old, REFORM_DATE - dt.timedelta(days=1))}
            )
    found = {"province": province, "counts": counts, "formed_from": formed_from}
    cache.set(key, found, settings.PROVIND_PAGE_CACHE_SECONDS)
    return found


@cache_public_with(geography_version)  # the unit counts follow the unit table at once
def home(request: HttpRequest) -> HttpResponse:
    today = timezone.localdate()
    context = {**home_geography(today), **dashboard_context(request), **start_context(request.user, today)}
    return render(request, "web/home.html", context, status=400 if context["dashboard_error"] else 200)


def units(request: HttpRequest) -> HttpResponse:
    on, error = parse_day(request.GET.get("at"), timezone.localdate())
    parent_code = request.GET.get("parent") or None
    parent = None
    rows: list[AdminUnit] = []
    try:
        if parent_code:
            parent = resolve_unit(parent_code, on)
        rows = list(units_valid_on(on, parent_code=parent_code))
    except UnitNotFound as exc:
        error = str(exc)
    context = {
        "on": on,
        "parent": parent,
        "trail": list(reversed(ancestors(parent))) if parent else [],
        "rows": rows,
        "error": error,
    }
    return render(request, "web/units.html", context, status=400 if error else 200)
