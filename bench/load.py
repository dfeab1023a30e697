"""Bounded loopback load test: 50 clients for 60 s on the read mix of the main pages and API.

    .venv-bench/bin/python bench/load.py [--database-url postgres://…/provind_bench_national]
                                        [--clients 50] [--seconds 60] [--workers 4]

Starts Provind (gunicorn, --workers, from the app's .venv) on the given database, runs the
clients (httpx, installed in .venv-bench with Datasette, never in the app), samples the RSS
of every worker each second, and prints requests/s, p50/p95, errors and the largest worker RSS.
The database must hold a data set (bench/national.py --pg builds one).
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import secrets
import signal
import statistics
import subprocess
import time
import urllib.request
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]
PORT = int(os.environ.get("BENCH_PROVIND_PORT", "8015"))
INDICATOR = "retail_sales_services"
MIX = [
    "/",
    "/indicators/",
    f"/indicators/{INDICATOR}/?unit=19",
    f"/indicators/{INDICATOR}/?unit=19&format=csv",
    "/api/v1/indicators",
    f"/api/v1/observations?indicator={INDICATOR}&unit=19&period={{period}}",
    f"/api/v1/observations/slice?indicator={INDICATOR}&period={{period}}&parent=19",
    f"/api/v1/observations/slice?indicator={INDICATOR}&period={{period}}&parent=01&format=sdmx",
    "/api/v1/units?parent=19&at=2025-07-01",
]


def start(database_url: str, workers: int) -> subprocess.Popen[bytes]:
    env = {
        **os.environ,
        # The app refuses to start without a key (provind/deployment.py): one per run.
        "PROVIND_SECRET_KEY": os.environ.get("PROVIND_SECRET_KEY") or secrets.token_urlsafe(50),
        "DATABASE_URL": database_url,
        "PROVIND_VAR_DIR": str(ROOT / "var" / "bench" / "var"),
    }
    python = str(ROOT / ".venv" / "bin" / "python")
    subprocess.run([python, "manage.py", "collectstatic", "--noinput", "-v0"], cwd=ROOT, env=env, check=True)
    command = ["-m", "gunicorn", "provind.wsgi:application", "--bind", f"127.0.0.1:{PORT}", "--workers", str(workers)]
    process = subprocess.Popen(
        [python, *command, "--timeout", "120"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    for _ in range(120):
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{PORT}/api/v1/indicators", timeout=5).read()
            return process
        except Exception:
            time.sleep(0.5)
    raise SystemExit("Provind did not start")


def worker_cpu_seconds(master: int) -> float:
    """User + system CPU of the workers so far: on a shared machine, the figure that does not
    depend on how much of the CPU the benchmark was given."""
    out = subprocess.run(["ps", "-o", "times=", "--ppid", str(master)], capture_output=True, text=True).stdout
    return float(sum(int(x) for x in out.split()))


def worker_rss_mb(master: int) -> list[float]:
    out = subprocess.run(["ps", "-o", "rss=", "--ppid", str(master)], capture_output=True, text=True).stdout
    return [int(x) / 1024 for x in out.split()]


async def client(base: str, paths: list[str], until: float, times: list[float], errors: list[str], seed: int) -> None:
    rng = random.Random(seed)
    async with httpx.AsyncClient(base_url=base, timeout=60) as http:
        while time.perf_counter() < until:
            path = rng.choice(paths)
            started = time.perf_counter()
            try:
                response = await http.get(path)
                await response.aread()
                if response.status_code != 200:
                    errors.append(f"{response.status_code} {path}")
            except httpx.HTTPError as exc:
                errors.append(f"{type(exc).__name__} {path}")
            times.append((time.perf_counter() - started) * 1000)


async def sample_rss(master: int, until: float, peaks: list[float]) -> None:
    while time.perf_counter() < until:
        peaks.extend(worker_rss_mb(master))
        await asyncio.sleep(1)


async def run(base: str, paths: list[str], clients: int, seconds: int, master: int | None) -> None:
    times: list[float] = []
    errors: list[str] = []
    peaks: list[float] = []
    cpu_before = worker_cpu_seconds(master) if master is not None else 0.0
    client_cpu = time.process_time()
    started = time.perf_counter()
    until = started + seconds
    tasks = [client(base, paths, until, times, errors, i) for i in range(clients)]
    if master is not None:
        tasks.append(sample_rss(master, until, peaks))
    await asyncio.gather(*tasks)
    elapsed = time.perf_counter() - started
    ordered = sorted(times)
    print(f"{len(times)} requests in {elapsed:.0f} s from {clients} clients: {len(times) / elapsed:.1f} req/s")
    p95 = ordered[int(0.95 * (len(ordered) - 1))]
    print(f"p50 {statistics.median(ordered):.0f} ms, p95 {p95:.0f} ms, max {ordered[-1]:.0f} ms")
    print(f"errors: {len(errors)} {sorted(set(errors))[:5]}")
    if peaks:
        print(f"largest worker RSS during the run: {max(peaks):.0f} MB")
    if master is not None:
        cpu = worker_cpu_seconds(master) - cpu_before
        print(
            f"worker CPU {cpu:.0f} s ({cpu * 1000 / max(len(times), 1):.0f} ms per request), "
            f"client CPU {time.process_time() - client_cpu:.0f} s, load average {os.getloadavg()[0]:.1f}"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--database-url", default="postgres://postgres@127.0.0.1:5432/provind_bench_national")
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--seconds", type=int, default=60)
    parser.add_argument("--workers", type=int, default=4)
    parser.add_argument("--period", default="2025-08")
    args = parser.parse_args()
    paths = [p.format(period=args.period) for p in MIX]
    process = start(args.database_url, args.workers)
    try:
        asyncio.run(run(f"http://127.0.0.1:{PORT}", paths, args.clients, args.seconds, process.pid))
    finally:
        os.killpg(process.pid, signal.SIGTERM)
        process.wait(timeout=30)


if __name__ == "__main__":
    main()
