"""Vietnamese report text in, structured facts out (``tests/extraction/SCHEMA.md``).

Pure Python and standard library only: no Django, no models, nothing downloaded. The
pipeline is normalise (``normalize``) → tag quantities (``quantities``, ``numbers``) →
find indicator phrases (``lexicon``), periods (``periods``), provinces (``regions``) and
sentence structure (``structure``) → assemble facts (``facts``).

    >>> [f.indicator for f in extract_facts("Xuất khẩu ước đạt 17,6 tỷ USD.")]
    ['export_value']
"""

from __future__ import annotations

import gc

from provind.extraction.facts import Change, Fact
from provind.extraction.facts import extract as _extract
from provind.extraction.periods import Period

__all__ = ["Change", "Fact", "Period", "extract_facts"]


def extract_facts(text: str, *, region: str | None = None) -> list[Fact]:
    """Facts of ``text``, in text order. ``region`` is the province of the source page,
    used for figures whose text names no province (SCHEMA.md "region")."""
    # Extraction makes many small objects and no reference cycles: reference counting frees
    # them all, and on a long text the cycle collector would only walk the growing heap again
    # and again (7 % of the time on 4 MB). It is off during the call and back on after if it
    # was on (process-wide: other threads get no cycle collection meanwhile).
    enabled = gc.isenabled()
    gc.disable()
    try:
        return _extract(text, region)
    finally:
        if enabled:
            gc.enable()
