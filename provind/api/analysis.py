"""Analysis answers: structure and dependence, inequality across places, spatial clustering.

Each answer carries its inputs (one object per place: unit, group, value, weight), what is
missing, and the caveats; `format=xlsx` gives the inputs as a workbook."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest, HttpResponse
from django.utils.translation import get_language
from ninja import Router

from provind.analysis import calculations, places, structure
from provind.analysis.exports import inputs_xlsx
from provind.api.errors import BadRequest
from provind.indicators.periods import Period, PeriodError, parse_period

router = Router(tags=["analysis"])
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def _period(text: str) -> Period:
    try:
        return parse_period(text)
    except PeriodError as exc:
        raise BadRequest("period", exc.vi, exc.en) from None


def _bounded(name: str, value: int, low: int, high: int) -> int:
    if not low <= value <= high:
        raise BadRequest(name, f"{name} phải từ {low} đến {high}", f"{name} must be {low}–{high}")
    return value


def _inputs(
    indicator: str, period: str, unit: str, groups: str, level: str, map: str, per: str, demo: int | None
) -> places.Inputs:
    if demo is not None:
        _bounded("demo", demo, 0, 2**31 - 1)
    return places.build_inputs(
        indicator, _period(period), unit, level=level, grouping=groups, map=map, per=per, synthetic_seed=demo
    )


def _answer(result: dict[str, Any], fmt: str, name: str) -> Any:
    if fmt == "xlsx":
        response = HttpResponse(inputs_xlsx(result, get_language() or "vi"), content_type=XLSX)
        response["Content-Disposition"] = f'attachment; filename="{name}-{result["unit"]}-{result["period"]}.xlsx"'
        return response
    if fmt != "json":
        raise BadRequest("format", "format phải là json hoặc xlsx", "format must be json or xlsx")
    return result


@router.get("/analysis/inequality", summary="Theil (between/within), Gini and Williamson across places")
def inequality(
    request: HttpRequest,
    indicator: str,
    period: str,
    unit: str,
    groups: str = "former_province",
    measure: str = "theil",
    level: str = "commune",
    map: str = "period",  # noqa: A002 - the parameter's public name
    per: str = "none",
    demo: int | None = None,
    format: str = "json",  # noqa: A002
) -> Any:
    """Inequality of `indicator` in `period` across the communes of `unit` (or its former
    provinces with `level=former_province`), grouped by `groups` (`former_province`,
    `urban_rural`). `map=new` re-expresses pre-2025 commune figures on today's communes.
    `per=km2` divides by area. `demo=SEED` uses generated, labelled synthetic values."""
    inputs = _inputs(indicator, period, unit, groups, level, map, per, demo)
    return _answer(calculations.inequality(inputs, measure), format, "inequality")


@router.get("/analysis/moran", summary="Global Moran's I and LISA clusters over k-nearest neighbours")
def moran(
    request: HttpRequest,
    indicator: str,
    period: str,
    unit: str,
    groups: str = "former_province",
    map: str = "period",  # noqa: A002
    per: str = "none",
    k: int = 6,
    permutations: int = 999,
    demo: int | None = None,
    format: str = "json",  # noqa: A002
) -> Any:
    inputs = _inputs(indicator, period, unit, groups, "commune", map, per, demo)
    result = calculations.moran(
        inputs, k=_bounded("k", k, 1, 30), permutations=_bounded("permutations", permutations, 99, 9999)
    )
    return _answer(result, format, "moran")


@router.get("/analysis/structure", summary="Output shares by ownership, FDI share recomputed, HHI, warnings")
def structure_view(request: HttpRequest, unit: str, period: str, dimension: str = "ownership") -> dict[str, Any]:
    if dimension not in ("ownership", "sector"):
        raise BadRequest(
            "dimension", "dimension phải là ownership hoặc sector", "dimension must be ownership or sector"
        )
    result = structure.structure(unit, _period(period), dimension=dimension)
    return structure.as_dict(result)


@router.get("/analysis/fdi-share", summary="The foreign-invested share of industrial output over time")
def fdi_share(request: HttpRequest, unit: str) -> list[dict[str, Any]]:
    return [structure.point_dict(p) for p in structure.fdi_share_trend(unit)]
