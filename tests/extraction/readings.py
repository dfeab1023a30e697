"""What the rule tests read off the extractor's facts."""

from __future__ import annotations

from provind.extraction import extract_facts


def indicator_value_unit(text: str) -> list[tuple[str, float | None, str | None]]:
    """(indicator, value, unit) of each fact of ``text``, in order."""
    return [(f.indicator, f.value, f.unit) for f in extract_facts(text)]
