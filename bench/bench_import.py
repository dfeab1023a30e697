"""Import benchmark: 100,000 synthetic observation rows (XLSX) validated and saved on SQLite.

    .venv/bin/python bench/bench_import.py [--rows 100000] [--keep]

Target (issue 3): ≥ 20,000 rows/s validated. The rows are generated and labelled synthetic;
they never touch a real database (a temporary SQLite file is used).
"""

from __future__ import annotations

import argparse
import io
import os
import random
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=100_000)
    args = parser.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="provind-bench-"))
    os.environ["DATABASE_URL"] = f"sqlite:///{tmp / 'bench.sqlite3'}"
    os.environ["PROVIND_VAR_DIR"] = str(tmp)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "provind.settings")
    import django

    django.setup()
    from django.core.management import call_command
    from openpyxl import Workbook

    from provind.bootstrap import load_all_if_empty
    from provind.dataio.tables import read_table
    from provind.geography.models import AdminUnit
    from provind.indicators.imports import COLUMNS, import_observations

    call_command("migrate", verbosity=0)
    list(load_all_if_empty())

    # Synthetic rows: monthly figures for every commune of new Thái Nguyên over several years.
    rng = random.Random(20240731)
    communes = list(
        AdminUnit.objects.filter(parent__code="19", valid_from__isnull=False).values_list("code", flat=True)
    )
    indicators = ["retail_sales_services", "industrial_output_value", "export_value", "import_value", "electricity"]
    rows = []
    year, month = 2025, 7
    while len(rows) < args.rows:
        for code in communes:
            for indicator in indicators:
                rows.append(
                    [
                        indicator,
                        code,
                        f"{year}-{month:02d}",
                        round(rng.uniform(50, 150), 1),
                        "ước tính",
                        "Synthetic benchmark data (generated, not real)",
                    ]
                )
        month += 1
        if month == 13:
            year, month = year + 1, 1
    rows = rows[: args.rows]
    header = ["indicator", "unit", "period", "value", "status", "source_title"]
    assert set(header) <= set(COLUMNS)
    book = Workbook(write_only=True)
    sheet = book.create_sheet()
    sheet.append(header)
    for row in rows:
        sheet.append(row)
    buffer = io.BytesIO()
    book.save(buffer)
    data = buffer.getvalue()

    started = time.perf_counter()
    table = read_table(data, "bench.xlsx")
    read_s = time.perf_counter() - started
    checked = time.perf_counter()
    dry = import_observations(table, dry_run=True)
    dry_s = time.perf_counter() - checked
    assert dry.ok, dry.errors[:3]
    saving = time.perf_counter()
    result = import_observations(table)
    save_s = time.perf_counter() - saving
    total = read_s + save_s
    print(f"rows: {result.created:,} (file {len(data) / 1e6:.1f} MB, SQLite)")
    print(f"read xlsx (calamine): {read_s:.2f} s")
    print(f"validate only (dry run): {dry_s:.2f} s = {len(rows) / dry_s:,.0f} rows/s")
    print(f"validate + save: {save_s:.2f} s = {len(rows) / save_s:,.0f} rows/s")
    print(f"read + validate + save: {total:.2f} s = {len(rows) / total:,.0f} rows/s (target ≥ 20,000)")


if __name__ == "__main__":
    main()
