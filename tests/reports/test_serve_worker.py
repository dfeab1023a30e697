"""`provind serve` (what `make run` runs) also starts the report worker: a job queued in the
database is generated without anything else being started, and the worker stops with the server."""

import signal
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from tests.serving import free_port, serve_env

ROOT = Path(__file__).resolve().parents[2]


def test_serve_starts_the_worker_that_generates_queued_reports(tmp_path):
    port = free_port()
    env = serve_env(tmp_path)
    provind = str(Path(sys.executable).with_name("provind"))
    log = tmp_path / "serve.log"
    proc = subprocess.Popen(
        [provind, "serve", "--port", str(port)],
        cwd=ROOT,
        env=env,
        stdout=log.open("w"),
        stderr=subprocess.STDOUT,
        text=True,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 300  # first start loads 14,000 units; slow on a busy machine
        while True:
            if proc.poll() is not None:
                pytest.fail(f"provind serve exited: {log.read_text()}")
            try:
                urllib.request.urlopen(url + "/", timeout=2)
                break
            except OSError:
                if time.monotonic() > deadline:
                    pytest.fail(f"provind serve did not answer in time: {log.read_text()}")
                time.sleep(0.5)
        queue = (
            "from django.db import transaction\n"
            "from provind.reports.services import start_job\n"
            "with transaction.atomic():\n"
            "    job = start_job(unit_code='19', period_code='2024-YTD07', fmt='html')\n"
            "print(job.id)\n"
        )
        out = subprocess.run(
            [provind, "manage", "shell", "-c", queue], cwd=ROOT, env=env, capture_output=True, text=True, check=True
        )
        job_id = out.stdout.strip().splitlines()[-1]

        # A job is read by its requester and administrators only; this one was queued from the
        # command line, so the site sends a visitor to the login page and the test reads the database.
        with urllib.request.urlopen(f"{url}/reports/jobs/{job_id}/status.json", timeout=5) as response:
            assert "/login/" in response.url
        wait = (
            "import time\n"
            "from provind.reports.models import ReportJob\n"
            "deadline = time.monotonic() + 120\n"
            f"while (job := ReportJob.objects.get(pk='{job_id}')).status not in ('done', 'failed'):\n"
            "    assert time.monotonic() < deadline, job.status\n"
            "    time.sleep(0.5)\n"
            "print('status:', job.status)\n"
            "print(bytes(job.result or b'').decode())\n"
        )
        out = subprocess.run(
            [provind, "manage", "shell", "-c", wait], cwd=ROOT, env=env, capture_output=True, text=True, check=True
        )
        assert "status: done" in out.stdout, out.stdout
        assert "ước tăng 7,1% so với cùng kỳ năm trước" in out.stdout
    finally:
        proc.send_signal(signal.SIGTERM)
        proc.wait(timeout=30)
    # The worker was told to die with the server: it is gone too.
    started = [line for line in log.read_text().splitlines() if "report worker started (pid" in line]
    assert len(started) == 1
    pid = int(started[0].split("pid ")[1].rstrip(")"))
    deadline = time.monotonic() + 20
    while Path(f"/proc/{pid}").exists() and time.monotonic() < deadline:
        time.sleep(0.2)
    assert not Path(f"/proc/{pid}").exists()
