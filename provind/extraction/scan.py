"""Whole-text regex scans that skip ahead with a cheap pre-scan.

Python's ``re`` skips quickly to a candidate start only when a pattern begins with a literal
or a character set; a pattern that begins with a look-behind ("start of a word") or with an
alternation of groups is tried at every offset of the text. ``finditer`` below asks a
*prescan* (a plain alternation of literals, which ``re`` does skip ahead for) where a match
may start and tries the full pattern only there.

The prescan must match at every offset where the pattern matches (a superset): then the
matches are exactly those of ``pattern.finditer(text)`` (leftmost, non-overlapping; the
pattern must not match the empty string). Look-behinds still see the text before the offset.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable

# The words of a prescan of a few words (``first_words``), each dropped if another is its
# prefix (it starts nowhere the shorter one does not). ``re`` finds a prescan's candidates by
# trying its first characters (a character set) at every offset, about 9 ns a character, and
# its look-ahead at each offset that has one of them ("n", "t", "c" are everywhere); ``str.find``
# looks for one word at about 1 ns a character. Over a whole text a prescan of six words or
# fewer is read word by word (2 MB of the bench: 10-18 ms per prescan, 3-9 ms word by word).
# Seven words too (w12sp): the seven of "trong đó", "bao gồm" ... read word by word took 1.3 % of
# the extraction's instructions off (callgrind), the set test at every offset costing far more.
_NEEDLES: dict[re.Pattern[str], tuple[str, ...]] = {}
_MAX_NEEDLES = 7
# Below this window a ``str.find`` per word costs more than the one regex scan.
_FIND_MIN_WINDOW = 4096
# Characters of text read by all the words of a prescan in turn (in a core's cache).
_BLOCK = 1 << 15


# The offsets of each needle over the whole of the last text read whole, with that text (held,
# so that no other text can take its ``id``; one tuple, replaced at once, so that two threads
# never share a dict). The prescans of the patterns run over one text share words ("trong"
# four times, "kế", "công", "các", "một", "thu" ...), and each word costs about 1 ns a character
# to read: read once per text, 63 words were 50 (w12sp2).
_last_read: tuple[str, dict[str, list[int]]] = ("", {})


def _starts(needles: tuple[str, ...], text: str, pos: int, endpos: int) -> list[int]:
    """Offsets in [pos, endpos) where one of ``needles`` is written whole, in order (no needle
    begins another, so no offset comes twice). Read a block at a time, every needle over one
    block before the next: needle by needle over a whole 20 MB text read it from memory once per
    needle, slower than the regex prescan (8.8 against 7.8 ms a MB), by blocks 6.1."""
    global _last_read
    known: dict[str, list[int]] = {}
    if pos == 0 and endpos == len(text):
        read_text, known = _last_read
        if read_text is not text:
            known = {}
            _last_read = (text, known)
    missing = [needle for needle in needles if needle not in known]
    found_by: dict[str, list[int]] = {needle: [] for needle in missing}
    find = text.find
    for lo in range(pos, endpos, _BLOCK):
        hi = min(lo + _BLOCK, endpos)
        for needle in missing:
            append = found_by[needle].append
            # Occurrences starting in [lo, hi): the block's last may end past it.
            stop = min(hi + len(needle) - 1, endpos)
            i = find(needle, lo, stop)
            while i >= 0:
                append(i)
                i = find(needle, i + 1, stop)
    if pos == 0 and endpos == len(text):
        known.update(found_by)
    else:
        known = found_by
    if len(needles) == 1:
        return list(known[needles[0]])
    found = [i for needle in needles for i in known[needle]]
    found.sort()
    return found


def _whole_text_starts(needles: tuple[str, ...], text: str) -> list[int]:
    """``_starts(needles, text, 0, len(text))`` for a text of at most one block, also below
    ``_FIND_MIN_WINDOW``: each word's offsets found by ``str.find`` once a text and kept with it
    (``_last_read``; "trong" is a word of four prescans), without the block loop's bookkeeping,
    which cost more than the reading on a short text. A whole text is where the prescans of a
    few words with different first letters are read (w15s): the regex tries its set of first
    letters at every offset and a look-ahead at each of the many "t", "c", "n" ...; the words
    read this way took about half the time on the real texts (a thousand characters each).
    (A window of a sentence or less is still read by the regex, one call in place of several.)"""
    global _last_read
    read_text, known = _last_read
    if read_text is not text:
        known = {}
        _last_read = (text, known)
    find = text.find
    lists = []
    for needle in needles:
        found = known.get(needle)
        if found is None:
            found = known[needle] = []
            append = found.append
            i = find(needle)
            while i >= 0:
                append(i)
                i = find(needle, i + 1)
        lists.append(found)
    if len(lists) == 1:
        return list(lists[0])
    merged = [i for found in lists for i in found]
    merged.sort()
    return merged


def _candidates(prescan: re.Pattern[str], text: str, pos: int, endpos: int) -> Iterable[int]:
    """The offsets where ``prescan`` matches in [pos, endpos), in order."""
    needles = _NEEDLES.get(prescan)
    if needles is not None:
        if pos == 0 and endpos == len(text) and endpos <= _BLOCK:
            return _whole_text_starts(needles, text)
        if endpos - pos >= _FIND_MIN_WINDOW:
            return _starts(needles, text, pos, endpos)
    return map(re.Match.start, prescan.finditer(text, pos, endpos))


def finditer(
    pattern: re.Pattern[str], prescan: re.Pattern[str], text: str, pos: int = 0, endpos: int | None = None
) -> list[re.Match[str]]:
    """``pattern.finditer(text, pos, endpos)``, as a list. Each prescan match must be one
    character long (see ``prescan``), so that no candidate offset is stepped over."""
    out: list[re.Match[str]] = []
    append = out.append
    match = pattern.match
    if endpos is None:
        endpos = len(text)
    last_end = pos
    for start in _candidates(prescan, text, pos, endpos):
        if start < last_end:
            continue
        m = match(text, start, endpos)
        if m is not None:
            append(m)
            last_end = m.end()
    return out


def starts(prescan: re.Pattern[str], text: str) -> list[int]:
    """The offsets where ``prescan`` matches in the whole of ``text``, in order: for
    ``search_at`` over many windows of one text."""
    return list(_candidates(prescan, text, 0, len(text)))


def search_at(pattern: re.Pattern[str], starts: list[int], text: str, pos: int, endpos: int) -> re.Match[str] | None:
    """``pattern.search(text, pos, endpos)``, with ``starts`` the offsets where a prescan of
    ``pattern`` matches in the whole text (``starts``). A window with no start in it, most of
    them, costs one bisection: no scan of the window at all."""
    match = pattern.match
    for i in range(bisect_left(starts, pos), len(starts)):
        start = starts[i]
        if start >= endpos:
            return None
        m = match(text, start, endpos)
        if m is not None:
            return m
    return None


def finditer_at(pattern: re.Pattern[str], starts: Iterable[int], text: str) -> list[re.Match[str]]:
    """``pattern.finditer(text)``, as a list, trying ``pattern`` only at ``starts`` (in order,
    and every offset where it matches among them)."""
    out: list[re.Match[str]] = []
    append = out.append
    match = pattern.match
    last_end = 0
    for start in starts:
        if start < last_end:
            continue
        m = match(text, start)
        if m is not None:
            append(m)
            last_end = m.end()
    return out


def search(
    pattern: re.Pattern[str], prescan: re.Pattern[str], text: str, pos: int = 0, endpos: int | None = None
) -> re.Match[str] | None:
    """``pattern.search(text, pos, endpos)``."""
    find = prescan.search
    match = pattern.match
    if endpos is None:
        endpos = len(text)
    while True:
        candidate = find(text, pos, endpos)
        if candidate is None:
            return None
        start = candidate.start()
        m = match(text, start, endpos)
        if m is not None:
            return m
        pos = start + 1


def trie(words: list[str]) -> str:
    """A regex matching any of ``words``, shaped as a trie so that alternatives sharing a
    prefix are tried once (Python's ``re`` does not factor alternations itself)."""
    root: dict[str, dict] = {}  # type: ignore[type-arg]
    for word in words:
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:  # type: ignore[type-arg]
        ends = "" in node
        branches = [re.escape(ch) + build(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return "(?:" + body + ")?" if ends else body

    return build(root)


# Right after the first character of a match: "that character starts a word" (the character
# before it is not a letter or digit, or there is none).
AFTER_WORD_START = r"(?<![^\W_].)"


def word_start_trie(words: list[str], space: str | None = None) -> str:
    r"""``(?<![^\W_])`` + ``trie(words)`` in a form that ``re`` skips ahead for by itself: the
    word-start check moved after the first character of each branch ("t(?<![^\W_].)háng|…"),
    so that every branch begins with a literal. Same matches; no prescan needed, which pays
    where most candidates are matches (indicator phrases). ``space``: as in ``prescan``."""
    groups: dict[str, list[str]] = {}
    for word in words:
        groups.setdefault(word[0], []).append(word[1:])
    branches = [re.escape(first) + AFTER_WORD_START + trie(rests) for first, rests in sorted(groups.items())]
    body = "(?:" + "|".join(branches) + ")"
    return body if space is None else body.replace(r"\ ", space)


def prescan(words: list[str], space: str | None = None, extra: tuple[str, ...] = ()) -> re.Pattern[str]:
    """A prescan for a pattern whose matches begin with one of ``words``: the first character
    of each, with the rest as a look-ahead ("t(?=háng|ừ)"). A match is one character long, so
    ``finditer`` sees every candidate, and it begins with a literal, so ``re`` skips ahead.
    ``space``: the regex that a space in a word stands for; ``extra``: alternatives already in
    that shape."""
    groups: dict[str, list[str]] = {}
    for word in words:
        groups.setdefault(word[0], []).append(word[1:])
    parts = []
    for first, rests in groups.items():
        ahead = trie(rests)
        if space is not None:
            ahead = ahead.replace(r"\ ", space)
        parts.append(re.escape(first) + (f"(?={ahead})" if ahead else ""))
    return re.compile("|".join(parts + list(extra)))


def first_words(words: list[str]) -> re.Pattern[str]:
    """A prescan for a pattern whose matches begin with one of ``words``."""
    pattern = prescan(words)
    needles = tuple(w for w in dict.fromkeys(words) if not any(o != w and w.startswith(o) for o in words))
    # (Words all of one first letter: ``re`` skips ahead to that letter as fast on its own.)
    if len(needles) <= _MAX_NEEDLES and len({w[0] for w in needles}) > 1:
        _NEEDLES[pattern] = needles
    return pattern
