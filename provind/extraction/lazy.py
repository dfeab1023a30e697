"""Patterns compiled on their first use (w13s).

Compiling the extractor's few hundred module-level patterns was most of its start-up, and a
text uses only some of them: each is compiled when first used instead, the same pattern.
"""

from __future__ import annotations

import re
from typing import Any, cast

_PATTERN_ATTRIBUTES = (
    "search",
    "match",
    "fullmatch",
    "finditer",
    "findall",
    "sub",
    "subn",
    "split",
    "pattern",
    "flags",
    "groups",
    "groupindex",
    "scanner",
)


class _LazyPattern:
    """A pattern compiled on its first use; from then on its methods are the compiled
    pattern's own (as quick to call)."""

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self._args = (pattern, flags)

    def __getattr__(self, name: str) -> Any:
        compiled = re.compile(*self._args)
        for method in _PATTERN_ATTRIBUTES:
            setattr(self, method, getattr(compiled, method))
        return getattr(compiled, name)


def lazy_pattern(pattern: str, flags: int = 0) -> re.Pattern[str]:
    # (Typed as the pattern it stands for: it answers the same calls.)
    return cast("re.Pattern[str]", _LazyPattern(pattern, flags))
