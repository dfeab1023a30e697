"""`provind synth`: the labelled synthetic national data set (indicators.synth)."""

from __future__ import annotations

import time

import click


@click.command()
@click.option(
    "--scale",
    "scale_name",
    type=click.Choice(["national", "province"]),
    default="province",
    show_default=True,
    help="The whole country, or one province (Thái Nguyên, 19) and its communes.",
)
@click.option("--seed", type=int, default=1, show_default=True, help="Same seed, same figures.")
@click.option(
    "--first-year",
    type=click.IntRange(2019, 2025),
    default=None,
    help="Start later than 2019 for a smaller set (2025: about 0.8 M rows nationally).",
)
def synth(scale_name: str, seed: int, first_year: int | None) -> None:
    """Generate synthetic observations (source marked synthetic) into an EMPTY database."""
    from provind.cli import _setup_django

    _setup_django()
    from provind.indicators.synth import SynthRefused, generate

    started = time.perf_counter()
    try:
        written = generate(scale_name, seed=seed, first_year=first_year)
    except SynthRefused as exc:
        raise click.ClickException(str(exc)) from None
    seconds = time.perf_counter() - started
    click.echo(
        f"{written} dòng tổng hợp / synthetic rows in {seconds:.1f} s ({written / max(seconds, 1e-9):,.0f} rows/s)"
    )


@click.command("refresh-statistics")
def refresh_statistics() -> None:
    """Refresh the planner statistics (ANALYZE, PRAGMA optimize) and the catalogue counts."""
    from provind.cli import _setup_django

    _setup_django()
    from provind.indicators import statistics

    started = time.perf_counter()
    statistics.refresh()
    click.echo(f"ANALYZE + counts: {time.perf_counter() - started:.1f} s")
