"""Report benchmark: the full province report (Thái Nguyên, 7 months of 2024) as DOCX and PDF,
with its three charts, built from the database and rendered.

    .venv/bin/python bench/bench_report.py [--runs 3]

Target (issue 13): ≤ 3 s for DOCX + PDF with charts. The shipped, sourced data is loaded into a
temporary SQLite file, plus a seeded synthetic monthly IIP and export series (labelled
synthetic) so that every chart has data to draw. Prints the first run in the process (vl-convert
and WeasyPrint start up) and the median of the following runs.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def add_synthetic_months() -> None:
    from provind.indicators.models import Indicator, Observation, Source
    from provind.indicators.periods import Period
    from provind.indicators.queries import unit_for_period

    rng = random.Random(13)
    source = Source.objects.create(title="SYNTHETIC benchmark data (bench/bench_report.py, not real)")
    rows = []
    for code, years, low, high, scale in (
        ("iip", (2023, 2024), -50, 150, 10),
        ("export_value", (2024,), 200, 300, 100),
    ):
        indicator = Indicator.objects.get(code=code)
        for year in years:
            for month in range(1, 8):
                period = Period.month(year, month)
                obs = Observation(
                    indicator=indicator,
                    unit=unit_for_period("19", period),
                    value=Decimal(rng.randint(low, high)) / scale,
                    status="estimate",
                    source=source,
                )
                obs.set_period(period)
                rows.append(obs)
    Observation.objects.bulk_create(rows)


def one_report() -> tuple[float, float, int, int]:
    from provind.reports import render
    from provind.reports.builder import build_report
    from provind.reports.services import preview_header

    start, cpu = time.perf_counter(), time.process_time()
    data = build_report(unit_code="19", period_code="2024-YTD07")
    header = preview_header(data)
    images = render.chart_images(data, "vi")
    docx = render.render_docx(data, header, images=images)
    pdf = render.render_pdf(data, header, images=images)
    elapsed, cpu = time.perf_counter() - start, time.process_time() - cpu
    assert len(images) == 3, sorted(images)
    return elapsed, cpu, len(docx), len(pdf)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="provind-bench-report-"))
    os.environ["DATABASE_URL"] = f"sqlite:///{tmp / 'bench.sqlite3'}"
    os.environ["PROVIND_VAR_DIR"] = str(tmp)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "provind.settings")
    import logging

    import django

    django.setup()
    logging.getLogger("weasyprint").setLevel(logging.ERROR)
    logging.getLogger("fontTools").setLevel(logging.ERROR)
    from django.core.management import call_command

    from provind.bootstrap import load_all_if_empty

    call_command("migrate", verbosity=0)
    list(load_all_if_empty())
    add_synthetic_months()

    first, first_cpu, docx_size, pdf_size = one_report()
    runs = [one_report() for _ in range(args.runs)]
    median = statistics.median(r[0] for r in runs)
    median_cpu = statistics.median(r[1] for r in runs)
    # CPU time (all threads of the process) shows the cost when the shared machine is busy.
    print(f"report 19 / 2024-YTD07, DOCX {docx_size:,} B + PDF {pdf_size:,} B, 3 charts")
    print(f"first run (cold process): {first:.2f} s wall, {first_cpu:.2f} s CPU")
    print(f"warm runs: {', '.join(f'{r[0]:.2f}' for r in runs)} s; median {median:.2f} s wall, {median_cpu:.2f} s CPU")
    print(f"target ≤ 3 s: {'PASS' if median <= 3 else 'FAIL'} (wall)")


if __name__ == "__main__":
    main()
