"""`provind serve` (what `make run` runs) on a fresh SQLite file: migrate, first-start load,
gunicorn serving the pages and WhiteNoise the static files."""

import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from tests.serving import free_port, serve_env

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def served(tmp_path):
    port = free_port()
    env = serve_env(tmp_path)
    provind = Path(sys.executable).with_name("provind")
    proc = subprocess.Popen(
        [str(provind), "serve", "--port", str(port)],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    url = f"http://127.0.0.1:{port}"
    # The first start loads the whole country; on a busy shared machine that takes minutes.
    deadline = time.monotonic() + 600
    while True:
        if proc.poll() is not None:
            pytest.fail(f"provind serve exited: {proc.stdout.read() if proc.stdout else ''}")
        try:
            urllib.request.urlopen(url + "/", timeout=2)
            break
        except OSError:
            if time.monotonic() > deadline:
                proc.kill()
                pytest.fail("provind serve did not answer within 600 s")
            time.sleep(0.3)
    yield url
    proc.terminate()
    proc.wait(timeout=20)


def test_it_serves_the_vietnamese_home_page_with_gunicorn_and_static_files(served):
    with urllib.request.urlopen(served + "/") as response:
        html = response.read().decode()
        server = response.headers.get("Server", "")
    css_href = html.split('rel="stylesheet" href="')[1].split('"')[0]
    with urllib.request.urlopen(served + css_href) as css:
        css_headers = css.headers

    assert "gunicorn" in server.lower()
    assert "Tỉnh Thái Nguyên" in html
    assert '<html lang="vi">' in html
    assert css_href.startswith("/static/web/provind.")
    assert css_href != "/static/web/provind.css"
    assert "max-age" in css_headers.get("Cache-Control", "")
