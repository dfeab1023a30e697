"""`provind analyse`: the analysis page's figures from the command line, as JSON or XLSX."""

from __future__ import annotations

import json
import sys
from typing import Any

import click


def _setup() -> None:
    from provind.cli import _setup_django

    _setup_django()


def _emit(result: Any, out: str | None, fmt: str) -> None:
    if fmt == "xlsx":
        from provind.analysis.exports import inputs_xlsx

        if not out:
            raise click.UsageError("--format xlsx needs -o FILE")
        with open(out, "wb") as fh:
            fh.write(inputs_xlsx(result))
        click.echo(out)
        return
    text = json.dumps(result, ensure_ascii=False, indent=2, default=str)
    if out:
        with open(out, "w", encoding="utf-8") as fh:
            fh.write(text + "\n")
    else:
        click.echo(text)


def _fail(exc: Exception) -> None:
    vi, en = getattr(exc, "vi", str(exc)), getattr(exc, "en", str(exc))
    click.echo(f"Lỗi: {vi}\nError: {en}", err=True)
    sys.exit(2)


common = [
    click.option("--indicator", default="industrial_output_value", show_default=True),
    click.option("--period", required=True, help="e.g. 2025, 2024, 2025-H1"),
    click.option("--unit", default=None, help="Area code (default: the home province)"),
    click.option("--groups", type=click.Choice(["former_province", "urban_rural"]), default="former_province"),
    click.option("--map", "map_", type=click.Choice(["period", "new"]), default="period"),
    click.option("--per", type=click.Choice(["none", "km2"]), default="none"),
    click.option("--demo", type=int, default=None, help="Use synthetic commune values from this seed (labelled)."),
    click.option("--format", "fmt", type=click.Choice(["json", "xlsx"]), default="json", show_default=True),
    click.option("-o", "out", type=click.Path(dir_okay=False, writable=True), default=None),
]


def with_common(func: Any) -> Any:
    for option in reversed(common):
        func = option(func)
    return func


@click.group(name="analyse")
def analyse() -> None:
    """Structure, inequality (Theil, Gini, Williamson) and spatial clustering (Moran, LISA)."""


def _inputs(
    indicator: str,
    period: str,
    unit: str | None,
    groups: str,
    map_: str,
    per: str,
    demo: int | None,
    level: str = "commune",
) -> Any:
    from django.conf import settings

    from provind.analysis.places import build_inputs
    from provind.indicators.periods import parse_period

    return build_inputs(
        indicator,
        parse_period(period),
        unit or str(getattr(settings, "PROVIND_PROVINCE_CODE", "19")),
        level=level,
        grouping=groups,
        map=map_,
        per=per,
        synthetic_seed=demo,
    )


@analyse.command(name="inequality")
@with_common
@click.option("--measure", type=click.Choice(["theil", "gini", "williamson", "all"]), default="all")
@click.option("--level", type=click.Choice(["commune", "former_province"]), default="commune")
def inequality_command(measure: str, level: str, **kw: Any) -> None:
    """Theil T with its between/within split, Gini and Williamson across places."""
    _setup()
    from provind.analysis import calculations
    from provind.errors import InputError
    from provind.indicators.periods import PeriodError

    fmt, out = kw.pop("fmt"), kw.pop("out")
    try:
        result = calculations.inequality(_inputs(**kw, level=level), measure)
    except (InputError, PeriodError) as exc:
        _fail(exc)
    _emit(result, out, fmt)


@analyse.command(name="moran")
@with_common
@click.option("--k", type=click.IntRange(1, 30), default=6, show_default=True)
@click.option("--permutations", type=click.IntRange(99, 9999), default=999, show_default=True)
def moran_command(k: int, permutations: int, **kw: Any) -> None:
    """Global Moran's I and LISA clusters over k-nearest-neighbour weights from centroids."""
    _setup()
    from provind.analysis import calculations
    from provind.errors import InputError
    from provind.indicators.periods import PeriodError

    fmt, out = kw.pop("fmt"), kw.pop("out")
    try:
        result = calculations.moran(_inputs(**kw), k=k, permutations=permutations)
    except (InputError, PeriodError) as exc:
        _fail(exc)
    _emit(result, out, fmt)


@analyse.command(name="structure")
@click.option("--unit", default=None)
@click.option("--period", required=True)
@click.option("--dimension", type=click.Choice(["ownership", "sector"]), default="ownership")
def structure_command(unit: str | None, period: str, dimension: str) -> None:
    """Output shares by ownership, the FDI share recomputed and published, HHI and warnings."""
    _setup()
    from django.conf import settings

    from provind.analysis import structure
    from provind.errors import InputError
    from provind.indicators.periods import PeriodError, parse_period

    try:
        result = structure.structure(
            unit or str(getattr(settings, "PROVIND_PROVINCE_CODE", "19")), parse_period(period), dimension=dimension
        )
    except (InputError, PeriodError) as exc:
        _fail(exc)
    _emit(structure.as_dict(result), None, "json")
