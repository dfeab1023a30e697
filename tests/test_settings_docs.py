"""Every environment variable the settings read is documented in .env.example (datasette-style)."""

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_it_documents_every_setting_in_env_example():
    settings_src = (ROOT / "provind" / "settings.py").read_text(encoding="utf-8")
    read = set(re.findall(r'env(?:_bool|_list)?\("([A-Z_]+)"', settings_src))
    documented = set(re.findall(r"^#?\s*([A-Z_]+)=", (ROOT / ".env.example").read_text(encoding="utf-8"), re.M))

    assert read, "no settings found: the pattern no longer matches settings.py"
    assert read - documented == set()
