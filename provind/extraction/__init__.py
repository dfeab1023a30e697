"""Vietnamese report text in, structured facts out (``tests/extraction/SCHEMA.md``).

Pure Python and standard library only: no Django, no models, nothing downloaded. The
pipeline is normalise (``normalize``) → tag quantities (``quantities``, ``numbers``) →
find indicator phrases (``lexicon``), periods (``periods``), provinces (``regions``) and
sentence structure (``structure``) → assemble facts (``facts``).

    >>> [f.indicator for f in extract_facts("Xuất khẩu ước đạt 17,6 tỷ USD.")]
    ['export_value']
"""

from __future__ import annotations

from provind.extraction.facts import Change, Fact
from provind.extraction.facts import extract as _extract
from provind.extraction.periods import Period

__all__ = ["Change", "Fact", "Period", "extract_facts"]


def extract_facts(text: str, *, region: str | None = None) -> list[Fact]:
    """Facts of ``text``, in text order. ``region`` is the province of the source page,
    used for figures whose text names no province (SCHEMA.md "region")."""
    return _extract(text, region)
