"""National benchmark: Provind and Datasette on the same SQLite file, asked the same questions.

    .venv/bin/python bench/national.py [--first-year 2025] [--rounds 15] [--pg] [--import-rows 100000]
                                       [--db PATH] [--publish]

1. Builds var/bench/national.sqlite3 with `provind synth --scale national` (reused when it
   exists; --first-year makes it smaller, 2019 is the full 2019–2025 set).
   The observations question is the public's on both sides (published data sets only: the
   synthetic set has none, so both answer []); --publish publishes one (province 19, the month
   asked; one approval record written to the data set) so both answer the same rows.
2. Starts Provind (gunicorn, 2 workers) and Datasette (from the separate .venv-bench, never the
   app's dependencies: `python3 -m venv .venv-bench && .venv-bench/bin/pip install datasette`)
   on that file, asks both the same questions interleaved, prints p50/p95 and the ratio.
3. With --pg, loads the same data set into PostgreSQL (database provind_bench_national, or
   $BENCH_PG_URL) and asks Provind the same questions there.
4. Times a national import (--import-rows, dry run: validation against the stored history) and
   its peak memory, and prints the RSS of the Provind workers.

All data is synthetic (generated, seeded, labelled); nothing real is read or written.
"""

from __future__ import annotations

import argparse
import os
import secrets
import signal
import sqlite3
import statistics
import subprocess
import time
import urllib.parse
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BENCH = ROOT / "var" / "bench"
APP_PY = ROOT / ".venv" / "bin" / "python"
DATASETTE = ROOT / ".venv-bench" / "bin" / "datasette"
PROVIND_PORT = int(os.environ.get("BENCH_PROVIND_PORT", "8015"))
DATASETTE_PORT = int(os.environ.get("BENCH_DATASETTE_PORT", "8115"))
INDICATOR = "retail_sales_services"
PROVINCE = "19"


# The app refuses to start without a key (provind/deployment.py): one per benchmark run.
BENCH_SECRET_KEY = os.environ.get("PROVIND_SECRET_KEY") or secrets.token_urlsafe(50)


def app_env(database_url: str) -> dict[str, str]:
    return {
        **os.environ,
        "PROVIND_SECRET_KEY": BENCH_SECRET_KEY,
        "DATABASE_URL": database_url,
        "PROVIND_VAR_DIR": str(BENCH / "var"),
        "DJANGO_SETTINGS_MODULE": "provind.settings",
    }


def build(database_url: str, first_year: int) -> None:
    env = app_env(database_url)
    subprocess.run([APP_PY, "manage.py", "migrate", "-v0"], cwd=ROOT, env=env, check=True)
    started = time.perf_counter()
    command = ["synth", "--scale", "national", "--seed", "15", "--first-year", str(first_year)]
    out = subprocess.run(
        [ROOT / ".venv" / "bin" / "provind", *command], cwd=ROOT, env=env, check=True, capture_output=True, text=True
    ).stdout.strip()
    print(f"synth ({database_url.split(':')[0]}): {out} [{time.perf_counter() - started:.0f} s wall]")


PUBLISH_SCRIPT = """
import django
django.setup()
from provind.approvals.models import ApprovalAction, ApprovalState, ApprovalStep, DataSetApproval, DataSetKind
from provind.indicators.periods import parse_period
from provind.indicators.queries import unit_for_period
period = parse_period({period!r})
unit = unit_for_period({unit!r}, period)
record, created = DataSetApproval.objects.get_or_create(
    kind=DataSetKind.INDICATORS, unit=unit, period=period.code, cluster=None,
    defaults={{"state": ApprovalState.PUBLISHED, "version": 1}},
)
if created:
    ApprovalStep.objects.create(
        approval=record, action=ApprovalAction.PUBLISH, from_state=ApprovalState.DRAFT,
        to_state=ApprovalState.PUBLISHED, reason="bench/national.py --publish (synthetic data set)",
    )
print(f"published: {{unit.code}} {{period.code}} ({{record.state}}, {{'new' if created else 'already'}})")
"""


def publish(database_url: str, unit: str, period: str) -> None:
    """Publish one synthetic data set (a province, a month) so the public's observation question
    has rows on both sides. Writes one approval record (and its step) to the data set."""
    out = subprocess.run(
        [APP_PY, "-c", PUBLISH_SCRIPT.format(unit=unit, period=period)],
        cwd=ROOT,
        env=app_env(database_url),
        check=True,
        capture_output=True,
        text=True,
    )
    print(out.stdout.strip())


def wait_for(url: str, seconds: float = 60) -> None:
    deadline = time.time() + seconds
    while time.time() < deadline:
        try:
            urllib.request.urlopen(url, timeout=5).read()
            return
        except Exception:
            time.sleep(0.5)
    raise SystemExit(f"no answer from {url}")


def start_provind(database_url: str, workers: int = 2) -> subprocess.Popen[bytes]:
    env = app_env(database_url)
    subprocess.run([APP_PY, "manage.py", "collectstatic", "--noinput", "-v0"], cwd=ROOT, env=env, check=True)
    bind = f"127.0.0.1:{PROVIND_PORT}"
    command = ["-m", "gunicorn", "provind.wsgi:application", "--bind", bind, "--workers", str(workers)]
    process = subprocess.Popen(
        [APP_PY, *command, "--timeout", "120"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    wait_for(f"http://127.0.0.1:{PROVIND_PORT}/api/v1/indicators")
    return process


def start_datasette(path: Path) -> subprocess.Popen[bytes]:
    if not DATASETTE.exists():
        raise SystemExit(
            "Datasette is not installed: python3 -m venv .venv-bench && .venv-bench/bin/pip install datasette"
        )
    settings = ["--setting", "sql_time_limit_ms", "30000", "--setting", "max_returned_rows", "20000"]
    process = subprocess.Popen(
        [DATASETTE, "serve", str(path), "--port", str(DATASETTE_PORT), *settings],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    wait_for(f"http://127.0.0.1:{DATASETTE_PORT}/-/versions.json")
    return process


def stop(process: subprocess.Popen[bytes]) -> None:
    os.killpg(process.pid, signal.SIGTERM)
    process.wait(timeout=30)


def sql_url(db: str, sql: str, **params: str) -> str:
    return f"/{db}.json?" + urllib.parse.urlencode({"sql": " ".join(sql.split()), "_shape": "array", **params})


def questions(path: Path) -> list[tuple[str, str, str]]:
    """(name, Provind path, Datasette path): the same question, answered from the same rows."""
    with sqlite3.connect(path) as db:
        (period,) = db.execute(
            "SELECT period_code FROM indicators_observation o JOIN indicators_indicator i ON i.id = o.indicator_id "
            "WHERE i.code = ? AND period_kind = 'month' ORDER BY period_end DESC LIMIT 1",
            (INDICATOR,),
        ).fetchone()
    name = path.stem
    # The public's question, on both sides: the figures of a published data set (Provind's
    # approvals.visibility rule, written out for Datasette). Without --publish neither side has a
    # published data set and both answer []; with it both answer the same rows.
    observation_sql = """SELECT o.* , u.code, u.name, s.title FROM indicators_observation o
        JOIN geography_adminunit u ON u.id = o.unit_id JOIN indicators_source s ON s.id = o.source_id
        JOIN indicators_indicator i ON i.id = o.indicator_id
        WHERE i.code = :indicator AND u.code = :unit AND o.period_code = :period
        AND EXISTS (SELECT 1 FROM approvals_datasetapproval a WHERE a.kind = 'indicators'
        AND a.state = 'published' AND a.cluster_id IS NULL AND a.unit_id = o.unit_id
        AND a.period = o.period_code)"""
    children_sql = """SELECT o.*, u.code, u.name FROM indicators_observation o
        JOIN geography_adminunit u ON u.id = o.unit_id JOIN indicators_indicator i ON i.id = o.indicator_id
        WHERE i.code = :indicator AND o.period_code = :period AND u.parent_id IN
        (SELECT id FROM geography_adminunit WHERE code = :parent)"""
    series_sql = """SELECT o.*, s.title FROM indicators_observation o JOIN indicators_source s ON s.id = o.source_id
        JOIN indicators_indicator i ON i.id = o.indicator_id
        WHERE i.code = :indicator AND o.breakdown = '' AND o.status != 'plan'
        AND o.unit_id IN (SELECT id FROM geography_adminunit WHERE code = :unit) ORDER BY o.period_end"""
    dashboard_sql = """SELECT i.code, o.period_code, o.value, o.status FROM indicators_observation o
        JOIN indicators_indicator i ON i.id = o.indicator_id
        WHERE i.code IN ('iip', 'industrial_output_value', 'retail_sales_services', 'export_value',
        'import_value', 'fdi_share_industrial_output') AND o.breakdown = '' AND o.status != 'plan'
        AND o.unit_id IN (SELECT id FROM geography_adminunit WHERE code = :unit) ORDER BY o.period_end"""
    counts_sql = "SELECT indicator_id, COUNT(*) FROM indicators_observation GROUP BY indicator_id"
    p = {"indicator": INDICATOR, "period": period}
    slice_sql = """SELECT * FROM indicators_observation WHERE period_code = :period
        AND indicator_id = (SELECT id FROM indicators_indicator WHERE code = :indicator)"""
    slice_api = f"/api/v1/observations/slice?indicator={INDICATOR}&period={period}"
    series = sql_url(name, series_sql, indicator=INDICATOR, unit=PROVINCE)
    return [
        (
            "observations, indicator + unit + period",
            f"/api/v1/observations?indicator={INDICATOR}&unit={PROVINCE}&period={period}",
            sql_url(name, observation_sql, **p, unit=PROVINCE),
        ),
        (
            "units, all communes",
            "/api/v1/units?kind=commune&at=2025-07-01",
            f"/{name}/geography_adminunit.json?kind=commune&valid_from__notblank=1&_size=max&_shape=array",
        ),
        (
            "communes of one province, one request",
            f"{slice_api}&parent={PROVINCE}&limit=5000",
            sql_url(name, children_sql, **p, parent=PROVINCE),
        ),
        ("dashboard", "/", sql_url(name, dashboard_sql, unit=PROVINCE)),
        ("indicator page", f"/indicators/{INDICATOR}/?unit={PROVINCE}", series),
        ("CSV export", f"/indicators/{INDICATOR}/?unit={PROVINCE}&format=csv", series.replace(".json?", ".csv?")),
        ("/indicators/ (counts)", "/indicators/", sql_url(name, counts_sql)),
        (
            "SDMX-CSV / CSV, national slice",
            f"{slice_api}&format=sdmx",
            sql_url(name, slice_sql, **p).replace(".json?", ".csv?") + "&_size=max",
        ),
    ]


def timed(base: str, path: str) -> float:
    started = time.perf_counter()
    with urllib.request.urlopen(base + path, timeout=120) as response:
        response.read()
        if response.status != 200:
            raise RuntimeError(f"{path}: HTTP {response.status}")
    return (time.perf_counter() - started) * 1000


def p95(values: list[float]) -> float:
    return sorted(values)[max(0, round(0.95 * len(values)) - 1)]


def compare(asked: list[tuple[str, str, str]], rounds: int, *, with_datasette: bool) -> dict[str, list[float]]:
    provind = f"http://127.0.0.1:{PROVIND_PORT}"
    datasette = f"http://127.0.0.1:{DATASETTE_PORT}"
    times: dict[str, list[float]] = {}
    for _name, ours, theirs in asked:  # one warm-up each, not counted
        timed(provind, ours)
        if with_datasette:
            timed(datasette, theirs)
    for r in range(rounds):
        for name, ours, theirs in asked:
            order = [("P", provind, ours), ("D", datasette, theirs)]
            if r % 2:
                order.reverse()
            for side, base, path in order:
                if side == "D" and not with_datasette:
                    continue
                times.setdefault(f"{side}:{name}", []).append(timed(base, path))
    return times


def report(asked: list[tuple[str, str, str]], times: dict[str, list[float]], title: str) -> None:
    print(f"\n{title}")
    print("| request | Provind p50 / p95 ms | Datasette p50 / p95 ms | ratio p50 |")
    print("|---|---|---|---|")
    for name, _, _ in asked:
        ours = times[f"P:{name}"]
        theirs = times.get(f"D:{name}")
        ds = f"{statistics.median(theirs):.1f} / {p95(theirs):.1f}" if theirs else "–"
        ratio = f"{statistics.median(ours) / statistics.median(theirs):.2f}×" if theirs else "–"
        print(f"| {name} | {statistics.median(ours):.1f} / {p95(ours):.1f} | {ds} | {ratio} |")


def cpu_seconds(process: subprocess.Popen[bytes], *, children: bool) -> float:
    """User + system CPU so far of a server (its workers for gunicorn): on a shared machine
    the figure that does not depend on the share of the CPU the run was given."""
    selector = ["--ppid", str(process.pid)] if children else ["-p", str(process.pid)]
    out = subprocess.run(["ps", "-o", "times=", *selector], capture_output=True, text=True).stdout
    return float(sum(int(x) for x in out.split()))


def worker_rss_mb(master: subprocess.Popen[bytes]) -> list[float]:
    out = subprocess.run(["ps", "-o", "pid=,rss=", "--ppid", str(master.pid)], capture_output=True, text=True).stdout
    return [int(line.split()[1]) / 1024 for line in out.splitlines() if line.strip()]


def import_rate(database_url: str, rows: int) -> None:
    """bench/import_national.py in a child process: its peak memory is the import's own."""
    out = subprocess.run(
        [APP_PY, "bench/import_national.py", "--rows", str(rows)],
        cwd=ROOT,
        env=app_env(database_url),
        capture_output=True,
        text=True,
    )
    print(out.stdout.strip() or out.stderr[-2000:])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--first-year", type=int, default=2025)
    parser.add_argument("--rounds", type=int, default=15)
    parser.add_argument("--pg", action="store_true", help="also PostgreSQL")
    parser.add_argument("--skip-sqlite", action="store_true", help="PostgreSQL only (with --pg)")
    parser.add_argument("--import-rows", type=int, default=100_000)
    parser.add_argument("--db", type=Path, default=BENCH / "national.sqlite3")
    parser.add_argument(
        "--publish",
        action="store_true",
        help="publish the province's data set for the month asked (one approval record is written to the data set), "
        "so the observations question returns the same rows on both sides instead of [] on both",
    )
    args = parser.parse_args()
    BENCH.mkdir(parents=True, exist_ok=True)
    sqlite_url = f"sqlite:///{args.db.resolve()}"
    if not args.db.exists():
        build(sqlite_url, args.first_year)
    with sqlite3.connect(args.db) as db:
        (count,) = db.execute("SELECT COUNT(*) FROM indicators_observation").fetchone()
    size = args.db.stat().st_size / 2**30
    print(f"data set: {args.db} — {count:,} observations, {size:.2f} GiB (synthetic)")
    asked = questions(args.db)
    month = urllib.parse.parse_qs(urllib.parse.urlsplit(asked[0][1]).query)["period"][0]
    if args.publish and not args.skip_sqlite:
        publish(sqlite_url, PROVINCE, month)

    if not args.skip_sqlite:
        provind = start_provind(sqlite_url)
        datasette = start_datasette(args.db)
        try:
            before = cpu_seconds(provind, children=True), cpu_seconds(datasette, children=False)
            times = compare(asked, args.rounds, with_datasette=True)
            rss = worker_rss_mb(provind)
            ours = cpu_seconds(provind, children=True) - before[0]
            theirs = cpu_seconds(datasette, children=False) - before[1]
        finally:
            stop(provind)
            stop(datasette)
        report(asked, times, f"SQLite, {args.rounds} interleaved rounds")
        print(f"Provind worker RSS after the run: {', '.join(f'{r:.0f} MB' for r in rss)}")
        print(
            f"CPU for all questions (warm-up included): Provind workers {ours:.0f} s, Datasette {theirs:.0f} s; "
            f"load average {os.getloadavg()[0]:.1f}"
        )

    if args.pg:
        pg_url = os.environ.get("BENCH_PG_URL", "postgres://postgres@127.0.0.1:5432/provind_bench_national")
        exists = subprocess.run(
            ["psql", pg_url, "-tAc", "SELECT COUNT(*) FROM indicators_observation"], capture_output=True, text=True
        )
        if exists.returncode != 0:
            name = pg_url.rsplit("/", 1)[1]
            subprocess.run(["createdb", "-h", "127.0.0.1", "-U", "postgres", name], check=False)
            build(pg_url, args.first_year)
        if args.publish:
            publish(pg_url, PROVINCE, month)
        provind = start_provind(pg_url)
        try:
            times = compare(asked, args.rounds, with_datasette=False)
            rss = worker_rss_mb(provind)
        finally:
            stop(provind)
        report(asked, times, "PostgreSQL (Provind only; Datasette reads SQLite)")
        print(f"Provind worker RSS after the run: {', '.join(f'{r:.0f} MB' for r in rss)}")

    if args.import_rows:
        import_rate(sqlite_url, args.import_rows)


if __name__ == "__main__":
    main()
