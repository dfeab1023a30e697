"""The indicator codes of the extraction schema (SCHEMA.md), read from the schema itself so the
tests that check them never keep a copy of the list."""

from __future__ import annotations

import re
from pathlib import Path

SCHEMA = Path(__file__).with_name("SCHEMA.md")


def schema_indicator_codes() -> set[str]:
    """Every code of the schema's "Indicator codes:" line, `other` included."""
    line = next(row for row in SCHEMA.read_text(encoding="utf-8").splitlines() if row.startswith("Indicator codes:"))
    listed = line.split(":", 1)[1].split(". ", 1)[0]
    return set(re.findall(r"[a-z][a-z0-9_]*", listed)) - {"and"}
