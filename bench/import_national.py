"""One national import, timed: `rows` rows for every new commune, the six months after the
reform and five indicators, validated against the stored history (dry run by default).

    DATABASE_URL=sqlite:///var/bench/national.sqlite3 .venv/bin/python bench/import_national.py [--rows 100000]

Run by bench/national.py in a child process, so the peak RSS printed is the import's own.
The file is generated and labelled synthetic.
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--save", action="store_true", help="save the rows (default: dry run)")
    args = parser.parse_args()
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "provind.settings")
    import django

    django.setup()
    from provind.dataio.tables import read_table
    from provind.geography.models import COMMUNE_LEVEL, AdminUnit
    from provind.indicators.imports import import_observations
    from provind.indicators.synth import synthetic_indicators

    communes = AdminUnit.objects.filter(kind__in=list(COMMUNE_LEVEL), valid_from__isnull=False)
    codes = list(communes.values_list("code", flat=True))
    indicators = [i.code for i in synthetic_indicators(5)]
    rng = random.Random(15)
    source = "Synthetic benchmark file (generated, not real)"
    lines = ["indicator,unit,period,value,status,vintage,source_title"]
    cells = ((i, m, c) for i in indicators for m in range(7, 13) for c in codes)
    for _, (indicator, month, code) in zip(range(args.rows), cells, strict=False):
        lines.append(f"{indicator},{code},2025-{month:02d},{rng.uniform(5, 50):.2f},estimate,2026-02-01,{source}")
    data = "\n".join(lines).encode()
    del lines
    started, cpu_started = time.perf_counter(), time.process_time()
    result = import_observations(read_table(data, "national.csv"), dry_run=not args.save, decimal_point=True)
    seconds = time.perf_counter() - started
    cpu = time.process_time() - cpu_started
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    mode = "saved" if args.save else "dry run"
    print(
        f"import ({mode}, {result.rows} rows, {len(result.errors)} errors, {result.new_rows} new): {seconds:.1f} s, "
        f"{result.rows / seconds:,.0f} rows/s validated (wall; {result.rows / cpu:,.0f} rows per CPU-second), "
        f"peak RSS {peak:.0f} MB"
    )


if __name__ == "__main__":
    main()
