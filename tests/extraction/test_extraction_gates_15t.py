"""(w15t) The word gates put before some per-figure checks in ``provind.extraction.facts``: each
check's pattern cannot match without its word, so testing for the word first (``str.find`` over
the window, or once a text) skips the regex and gives the same answer.

Checked on every tuning gold text (not the held-out ones): every match of each gated pattern, at
every offset (and, for the patterns anchored at the figure with ``$``, in every window that ends
at a figure), holds the word; and the word is spelled in the pattern as the gate spells it (the
same Unicode form).
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from provind.extraction import facts
from provind.extraction.normalize import normalize
from provind.extraction.quantities import tag

HERE = Path(__file__).resolve().parent
TUNING = [
    *sorted(HERE.glob("*.gold.jsonl")),
    *(HERE / "real" / f"{name}.gold.jsonl" for name in ["dev", "blind7", *(f"blind{i}" for i in range(9, 31))]),
]

# (pattern, the word its gate looks for): matched from any offset of the text.
ANYWHERE = [
    (facts._THRESHOLD_AFTER, "trở"),
    (facts._PER_UNIT_AFTER, "/"),
    (facts._PER_PROJECT_AFTER, "/"),
    (facts._VERB_THEN_COMMA, ","),
    (facts._TOTAL_AFTER, "lũy"),
    (facts._COMPARED_YEAR_RE, "so"),
]
# Patterns ending in "$", tried on windows that end at a figure.
BEFORE_FIGURE = [
    (facts._FROM_RIGHT_BEFORE, "từ"),
    (facts._COMPARATIVE_RIGHT_BEFORE, "hơn"),
    (facts._RATE_SET_AGAINST_BEFORE, "so"),
]
# Gates on how a match ends, spaces stripped (windows that end at a figure).
ENDING = [
    (facts._RATE_SET_AGAINST_BEFORE, ("tăng", "giảm")),
]


def _every_offset(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """The match of ``pattern`` at every offset, as group 1 (``^`` dropped: the check is made
    on a slice that starts at the offset)."""
    return re.compile("(?=(" + pattern.pattern.removeprefix("^") + "))", pattern.flags)


@pytest.fixture(scope="module")
def norms() -> list[str]:
    out = []
    for path in TUNING:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                out.append(normalize(json.loads(line)["text"]).norm)
    assert len(out) > 800
    return out


@pytest.mark.parametrize(("pattern", "word"), ANYWHERE + BEFORE_FIGURE)
def test_the_gate_word_is_spelled_as_in_the_pattern(pattern: re.Pattern[str], word: str) -> None:
    assert word in pattern.pattern


@pytest.mark.parametrize(("pattern", "words"), ENDING)
def test_the_gate_words_are_spelled_as_in_the_pattern(pattern: re.Pattern[str], words: tuple[str, ...]) -> None:
    for word in words:
        assert word in pattern.pattern


def test_the_estimate_exceptions_gate_on_their_words() -> None:
    # ``_NOT_ESTIMATE_BEFORE`` is a word of ``_NOT_ESTIMATE_WORDS`` then one space, at the end.
    alternatives = re.search(r"\(\?:([^()]*)\)", facts._NOT_ESTIMATE_BEFORE.pattern)
    assert alternatives is not None
    assert tuple(alternatives.group(1).split("|")) == facts._NOT_ESTIMATE_WORDS
    assert facts._NOT_ESTIMATE_BEFORE.pattern.endswith(alternatives.group(0) + r"\s$")


@pytest.mark.parametrize(("pattern", "word"), ANYWHERE)
def test_no_match_anywhere_lacks_the_gate_word(norms: list[str], pattern: re.Pattern[str], word: str) -> None:
    every = _every_offset(pattern)
    for norm in norms:
        for m in every.finditer(norm):
            assert word in m.group(1), (pattern.pattern, m.group(1))


@pytest.mark.parametrize(("pattern", "word"), BEFORE_FIGURE)
def test_no_match_before_a_figure_lacks_the_gate_word(norms: list[str], pattern: re.Pattern[str], word: str) -> None:
    every = _every_offset(pattern)
    for norm in norms:
        for q in tag(norm):
            for m in every.finditer(norm, max(0, q.start - 120), q.start):
                assert word in m.group(1), (pattern.pattern, m.group(1))


@pytest.mark.parametrize(("pattern", "words"), ENDING)
def test_every_match_before_a_figure_ends_with_a_gate_word(
    norms: list[str], pattern: re.Pattern[str], words: tuple[str, ...]
) -> None:
    every = _every_offset(pattern)
    for norm in norms:
        for q in tag(norm):
            for m in every.finditer(norm, max(0, q.start - 120), q.start):
                assert m.group(1).rstrip().endswith(words), (pattern.pattern, m.group(1))
