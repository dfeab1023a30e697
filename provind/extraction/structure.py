"""Paragraph, sentence and clause boundaries of the search string.

Periods carry over within a paragraph, status and indicator phrases are read within a
clause, so every later lookup asks "which paragraph/sentence/clause holds offset i". The
boundaries are found with one regex pass and answered with bisect.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass

from provind.extraction.lazy import lazy_pattern

# "." ends a sentence only before whitespace: "2.067" and "17.6" stay numbers. In order:
# a line break; a run of ".!?…" before a space or the end; ";"; ":" before a space or the end;
# ".!?" glued between a word and the next one; "." glued between "%" and a word ("14%.Cán"):
#     \n|[.!?…]+(?=\s|$)|;|:(?=\s|$)|(?<=[^\W_])[.!?](?=[^\W\d_]{2})|(?<=%)\.(?=[^\W\d_])
# written below with each alternative beginning with a literal (the look-behinds after the
# character they precede), so that ``re`` skips ahead to the marks by itself.
_BOUNDARY_RE = lazy_pattern(
    r"\n"
    r"|\.[.!?…]*(?=\s|$)|![.!?…]*(?=\s|$)|\?[.!?…]*(?=\s|$)|…[.!?…]*(?=\s|$)"
    r"|;"
    r"|:(?=\s|$)"
    r"|\.(?<=[^\W_]\.)(?=[^\W\d_]{2})|!(?<=[^\W_]!)(?=[^\W\d_]{2})|\?(?<=[^\W_]\?)(?=[^\W\d_]{2})"
    r"|\.(?<=%\.)(?=[^\W\d_])"
)
# Abbreviations followed by "." that do not end a sentence ("TP. Hồ Chí Minh").
_ABBREVIATIONS = frozenset({"tp", "tx", "ths", "ts", "gs", "pgs", "q", "p", "ng", "st", "đ/c"})
_WORD_BEFORE = lazy_pattern(r"([^\W\d_][\w/]*)\s*$")
# Their last letters: a word before "." that ends otherwise is not one of them.
_ABBREVIATION_ENDS = frozenset(word[-1] for word in _ABBREVIATIONS)


@dataclass(slots=True)
class Structure:
    paragraphs: list[int]  # start offsets, ascending, first is 0
    sentences: list[int]
    clauses: list[int]
    length: int

    # The two spans last returned per kind: lookups come in runs for the same figure, which
    # go back and forth between two paragraphs (the figure's and the one before) or clauses
    # (the figure's and its sentence's first), and an offset inside them needs no search.
    _last_paragraph: tuple[int, int] = (0, -1)
    _prev_paragraph: tuple[int, int] = (0, -1)
    _last_sentence: tuple[int, int] = (0, -1)
    _last_clause: tuple[int, int] = (0, -1)
    _prev_clause: tuple[int, int] = (0, -1)

    def _find(self, starts: list[int], pos: int) -> tuple[int, int]:
        idx = bisect_right(starts, pos) - 1
        end = starts[idx + 1] if idx + 1 < len(starts) else self.length
        return starts[idx], end

    def paragraph(self, pos: int) -> tuple[int, int]:
        last = self._last_paragraph
        if last[0] <= pos < last[1]:
            return last
        prev = self._prev_paragraph
        span = prev if prev[0] <= pos < prev[1] else self._find(self.paragraphs, pos)
        self._prev_paragraph, self._last_paragraph = last, span
        return span

    def sentence(self, pos: int) -> tuple[int, int]:
        last = self._last_sentence
        if last[0] <= pos < last[1]:
            return last
        self._last_sentence = span = self._find(self.sentences, pos)
        return span

    def clause(self, pos: int) -> tuple[int, int]:
        last = self._last_clause
        if last[0] <= pos < last[1]:
            return last
        prev = self._prev_clause
        span = prev if prev[0] <= pos < prev[1] else self._find(self.clauses, pos)
        self._prev_clause, self._last_clause = last, span
        return span


def analyse(norm: str, is_capital: Callable[[int], bool]) -> Structure:
    """``is_capital(i)``: whether the original character at ``i`` is upper case. A full stop
    glued to the next word ("tăng 14%.Cán cân") ends a sentence only before a capital."""
    paragraphs, sentences, clauses = [0], [0], [0]
    size = len(norm)
    for m in _BOUNDARY_RE.finditer(norm):
        mark, end = m.group(), m.end()
        if end < size and not norm[end].isspace() and mark != "\n":
            if not is_capital(end):
                continue
            if mark == "." and _initial_before(norm, m.start()):
                continue
            word = _WORD_BEFORE.search(norm, max(0, m.start() - 6), m.start())
            if word is not None and word.group(1) in _ABBREVIATIONS:
                continue
        if mark == "\n":
            paragraphs.append(end)
            sentences.append(end)
        elif mark[0] in ".!?…":
            if mark == ".":
                # (``_abbreviation_before``'s own first check, without the call: the character
                # before the "." ends an abbreviation or is a space.)
                before = norm[end - 2] if end > 1 else ""
                if (before.isspace() or before in _ABBREVIATION_ENDS) and _abbreviation_before(norm, end - 1):
                    continue
            sentences.append(end)
        clauses.append(end)
    return Structure(paragraphs, sentences, clauses, len(norm))


def _abbreviation_before(norm: str, pos: int) -> bool:
    """Whether the word before the "." at ``pos`` (spaces between allowed) is an abbreviation
    such as "TP" (within the 6 characters before it)."""
    lo = max(0, pos - 6)
    end = pos
    while end > lo and norm[end - 1].isspace():
        end -= 1
    if end == lo or norm[end - 1] not in _ABBREVIATION_ENDS:
        return False  # (the pre-check: the word, if any, ends with that character)
    word = _WORD_BEFORE.search(norm, lo, pos)
    return word is not None and word.group(1) in _ABBREVIATIONS


def _initial_before(norm: str, pos: int) -> bool:
    """Whether the "." at ``pos``, glued to the next word, follows a one-letter word: an
    initial of a name ("Công ty TNHH Dệt may S.Power"), not the end of a sentence (w12ch)."""
    return pos >= 1 and norm[pos - 1].isalpha() and (pos < 2 or not norm[pos - 2].isalnum())
