"""Settings read `.env` (PROVIND_ENV_FILE), and a variable set in the environment wins over it."""

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHOW = (
    "import json, provind.settings as s; "
    "print(json.dumps([s.PROVIND_HOME_PROVINCE, s.TIME_ZONE, s.LOGGING['root']['level'], s.PROVIND_DECREE32_RULES]))"
)


def settings_with(env_file, **env):
    clean = {k: v for k, v in os.environ.items() if not k.startswith("PROVIND_") and k != "DATABASE_URL"}
    result = subprocess.run(
        [sys.executable, "-c", SHOW],
        cwd=ROOT,
        env={**clean, "PROVIND_ENV_FILE": str(env_file), **env},
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_it_reads_the_env_file_and_the_environment_wins(tmp_path):
    env_file = tmp_path / ".env"
    env_file.write_text(
        "# a copy of .env.example, edited\n"
        "PROVIND_HOME_PROVINCE=06\n"
        "PROVIND_TIME_ZONE=Asia/Bangkok\n"
        "PROVIND_LOG_LEVEL=DEBUG\n"
        'PROVIND_DECREE32_RULES={"max_area_ha": 100}\n',
        encoding="utf-8",
    )

    home, time_zone, level, rules = settings_with(env_file, PROVIND_TIME_ZONE="UTC")

    assert home == "06"
    assert time_zone == "UTC"  # set in the environment: the file does not override it
    assert level == "DEBUG"
    assert rules == {"max_area_ha": 100}


def test_it_runs_on_defaults_without_an_env_file(tmp_path):
    assert settings_with(tmp_path / "missing.env") == ["19", "Asia/Ho_Chi_Minh", "INFO", {}]
