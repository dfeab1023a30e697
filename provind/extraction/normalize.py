"""Text normalisation with an offset map back to the original string.

Every later stage works on one *search string*: NFC, lower case, spaces unified and the
old/new tone placements ("hoá" / "hóa") made identical, then variant spellings rewritten to
the ones the rules read ("KNXK", "tr.USD", "tháng Tám": ``spellings``). The steps between NFC
and the rewrite keep the length unchanged; offsets change where NFD input's combining marks
collapse and where a spelling is rewritten. That keeps the mapping cheap: a sorted list of
breakpoints and one of rewritten spans instead of one int per character.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass, field

from provind.extraction import spellings
from provind.extraction.lazy import lazy_pattern

# Combining marks used by Vietnamese in NFD (tones and the circumflex/breve/horn).
# A run is read with the base character before it; the regex finds the marks alone (a
# pattern that starts with a character set lets ``re`` skip ahead) and the base is added.
# (Written "[…][…]*": ``re`` skips ahead to a first character set, not to one inside a repeat
# such as "[…]+", which it tries at every offset: 18 ms against 8 on 2 MB.)
_COMBINING_RUN = lazy_pattern(r"[\u0300-\u036f][\u0300-\u036f]*")

# Characters that web text uses in place of a plain space or hyphen. Same-length mapping.
# Applied with str.replace, which is much faster than str.translate on non-ASCII text.
_SPACE_LIKE = (
    {
        "\u00a0": " ",
        "\u2007": " ",
        "\u202f": " ",
        "\u2009": " ",
        "\u200b": " ",
        "\ufeff": " ",
        "\t": " ",
        "\r": " ",
        "\u2013": "-",
        "\u2014": "-",
        "\u2212": "-",
        "\u00d7": "x",
        # Icelandic eth for Vietnamese "Đ" ("ÐBSCL", "Ðơn cử" in Cần Thơ's paper): the same
        # glyph; "Ð" lowers to "ð", read as "đ".
        "\u00f0": "\u0111",
    }
).items()

# Old-style tone placement ("hoá", "thuỷ", "khoẻ") versus new style ("hóa", "thủy", "khỏe").
# Both styles occur in the same article (the seed writes "hàng hoá"); lexicon phrases are
# passed through the same function, so which style we pick does not matter, only that
# both sides agree. "qu" + vowel is a consonant cluster, hence the lookbehind.
_TONES = {
    "a": "áàảãạ",
    "e": "éèẻẽẹ",
    "y": "ýỳỷỹỵ",
}
_PLAIN = {"o": "óòỏõọ", "u": "úùủũụ"}
_TONE_PAIRS: dict[str, str] = {}
for _first, _second in (("o", "a"), ("o", "e"), ("u", "y")):
    for _idx, _toned in enumerate(_TONES[_second]):
        _TONE_PAIRS[_first + _toned] = _PLAIN[_first][_idx] + _second
# Only open syllables differ between the styles: with a final consonant ("toàn", "hoạt")
# both put the mark on the second vowel, hence the look-ahead.
# (No leading look-behind: a pattern that starts with a literal lets the regex engine skip
# ahead quickly; the "qu" check is done in the replacement function.)
_TONE_RE = lazy_pattern(r"[ou](?:[" + "".join(sorted({k[1] for k in _TONE_PAIRS})) + r"])(?![^\W\d_])")


def canonical_tones(text: str) -> str:
    """Old-style "hoá/thuỷ/khoẻ" → new-style "hóa/thủy/khỏe" (same length)."""

    def swap(m: re.Match[str]) -> str:
        pair = m.group()
        start = m.start()
        if start and m.string[start - 1] == "q":
            return pair
        return _TONE_PAIRS.get(pair, pair)

    return _TONE_RE.sub(swap, text)


def search_form(text: str) -> str:
    """Lower-case, space-unified, tone-canonical form of an NFC string, same length."""
    lowered = text.lower()
    if len(lowered) != len(text):
        # A few characters (e.g. "İ") lower to two code points; keep those as they are
        # so that offsets stay aligned.
        lowered = "".join(ch.lower() if len(ch.lower()) == 1 else ch for ch in text)
    for old, new in _SPACE_LIKE:
        if old in lowered:
            lowered = lowered.replace(old, new)
    if "\n" in text:
        lowered = _unwrap(text, lowered)
    return canonical_tones(lowered)


# A line break inside a sentence: after a letter, digit, comma, "%" or ":" and before a
# lower-case word ("tăng 22,34% so\nvới tháng trước", "Trong đó:\nhàng nông sản", text copied
# from a hard-wrapped PDF). Such a break is
# a space, not a paragraph's end. In a text wrapped at a fixed width throughout (``_width``),
# a break after a full line that does not end a sentence is one too, whatever follows ("của
# tỉnh\nThái Nguyên", "tăng\n5,2%", "(GRDP)\n"): the width, not the sentence, ended the line.
# Checked at each line break (a regex over the whole text that cannot skip ahead to them cost a
# tenth of the extraction time).
def _unwrap(text: str, lowered: str) -> str:
    chars: list[str] | None = None
    size = len(text)
    width = _width(text)
    line_start = 0
    i = text.find("\n")
    while i >= 0:
        before = i - 1
        while before >= 0 and text[before] in " \t":
            before -= 1
        after = i + 1
        while after < size and text[after] in " \t":
            after += 1
        if (
            before >= 0
            and after < size
            and (
                ((text[before].isalnum() or text[before] in ",%:") and text[after].islower())
                or (width and before - line_start >= width and text[before] not in _SENTENCE_END)
                or (
                    # "ước tăng\n22,34% so", "8 tháng năm\n2024": a figure cut from the word
                    # before it, after a long line; not a list's number ("1. Công nghiệp") nor a
                    # cell of a flattened table (a line of one number).
                    text[after].isdigit()
                    and before - line_start >= _LONG_LINE
                    and text[before].isalpha()
                    and not _NUMBERING.match(text, after)
                    and not _NUMBER_CELL.match(text, after)
                )
            )
        ):
            if chars is None:
                chars = list(lowered)
            chars[i] = " "
        line_start = i + 1
        i = text.find("\n", i + 1)
    return lowered if chars is None else "".join(chars)


_SENTENCE_END = ".!?:;"
_LONG_LINE = 40
# (The spaces after "%" only with the "%": "[ ]*%?[ ]*" splits a run of spaces two ways at
# every length, and a line of n spaces after a number took n² steps to fail.)
_NUMBER_CELL = lazy_pattern(r"[0-9][0-9.,]*[^\S\n]*(?:%[^\S\n]*)?(?:\n|$)")
_NUMBERING = lazy_pattern(r"[0-9]{1,2}[.)](?:[^\S\n]|$)", re.MULTILINE)


def _width(text: str) -> int:
    """The length from which a line reads as cut by a fixed width, 0 if the text is not hard
    wrapped: most lines followed by another (not the last of a paragraph) are long, of about
    the same length, and end without a sentence's end; at least three of them. Headings, list
    items and table rows vary in length or end their sentences, and stay lines."""
    lines = [line.rstrip() for line in text.split("\n")]
    inner = [line for line, nxt in zip(lines, lines[1:], strict=False) if line and nxt.strip()]
    if len(inner) < 3:
        return 0
    width = max(len(line) for line in inner)
    if width < 50:
        return 0
    # (Rows of a table with "|" cells are of about one length too, and no sentences.)
    cut = [line for line in inner if len(line) >= 0.75 * width and line[-1] not in _SENTENCE_END and "|" not in line]
    if len(cut) < 3 or len(cut) < 0.6 * len(inner):
        return 0
    return int(0.75 * width)


@dataclass(frozen=True)
class NormalizedText:
    """The original text, its search form, and a map from search offsets to original ones."""

    original: str
    norm: str
    # Breakpoints (position in the NFC text, cumulative extra original chars before it).
    # Empty when the input was already NFC, which is the overwhelmingly common case.
    _points: list[int] = field(default_factory=list)
    _deltas: list[int] = field(default_factory=list)
    # The same from ``norm`` to the NFC text, where spellings were rewritten (``spellings``).
    _rewrite_points: list[int] = field(default_factory=list)
    _rewrite_deltas: list[int] = field(default_factory=list)

    def to_original(self, pos: int) -> int:
        """Map an offset of ``norm`` to the matching offset of ``original``."""
        points = self._rewrite_points
        if points:
            idx = bisect_right(points, pos)
            if idx:
                pos += self._rewrite_deltas[idx - 1]
        points = self._points
        if not points:
            return pos
        idx = bisect_right(points, pos)
        return pos + self._deltas[idx - 1] if idx else pos

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        # (``to_original`` twice, inlined: asked for every fact's span and phrase.) The rewrite's
        # shifts first, then the normalisation's, as ``to_original`` applies them.
        for points, deltas in ((self._rewrite_points, self._rewrite_deltas), (self._points, self._deltas)):
            if not points:
                continue
            idx = bisect_right(points, start)
            if idx:
                start += deltas[idx - 1]
            idx = bisect_right(points, end)
            if idx:
                end += deltas[idx - 1]
        return start, end


def _rewritten(nfc: str, points: list[int], deltas: list[int], original: str) -> NormalizedText:
    """The search form of ``nfc`` with variant spellings rewritten (``spellings``), and the
    breakpoints back: after an edit, the offsets it shifted; inside a rewrite longer than the
    spelling it replaced, each offset past that spelling's end maps to its last character."""
    form = search_form(nfc)
    edits = spellings.rewrite(nfc, form)
    if not edits:
        return NormalizedText(original, form, points, deltas)
    pieces: list[str] = []
    new_points: list[int] = []
    new_deltas: list[int] = []
    last = 0
    size = 0
    for start, end, replacement in edits:
        pieces.append(form[last:start])
        size += start - last
        pieces.append(replacement)
        old_size, new_size = end - start, len(replacement)
        for k in range(old_size, new_size):
            # (At most the length of a rewrite: "KNXK" is 4 characters for 19.)
            new_points.append(size + k)
            new_deltas.append(start + max(old_size - 1, 0) - (size + k))
        size += new_size
        new_points.append(size)
        new_deltas.append(end - size)
        last = end
    pieces.append(form[last:])
    return NormalizedText(original, "".join(pieces), points, deltas, new_points, new_deltas)


def _nfc(chunk: str) -> str:
    """NFC of a stretch between combining runs: nearly always NFC already, which the quick
    check tells at a fraction of the cost of composing it again."""
    return chunk if unicodedata.is_normalized("NFC", chunk) else unicodedata.normalize("NFC", chunk)


# The combining marks of Vietnamese NFD (the five tones, circumflex, breve, horn). A text
# holding one of them is composed run by run below: ``is_normalized`` on the whole of such a
# text composes all of it to compare (66 ms of 1.2 s on 2 MB of the bench text), and the runs
# would be composed again after. Eight ``in`` checks cost about 1 % of that.
_VIETNAMESE_MARKS = "\u0300\u0301\u0302\u0303\u0306\u0309\u031b\u0323"


def normalize(text: str) -> NormalizedText:
    if not any(mark in text for mark in _VIETNAMESE_MARKS) and unicodedata.is_normalized("NFC", text):
        return _rewritten(text, [], [], text)
    pieces: list[str] = []
    points: list[int] = []
    deltas: list[int] = []
    last = 0
    norm_len = 0
    delta = 0
    for match in _COMBINING_RUN.finditer(text):
        start, end = match.span()
        if start == 0:
            continue  # no base character before the marks: left as they are
        start -= 1
        if start > last:
            chunk = _nfc(text[last:start])
            pieces.append(chunk)
            norm_len += len(chunk)
            if len(chunk) != start - last:
                # Rare singletons that NFC rewrites outside a combining run.
                delta += (start - last) - len(chunk)
                points.append(norm_len)
                deltas.append(delta)
        composed = unicodedata.normalize("NFC", text[start:end])
        pieces.append(composed)
        norm_len += len(composed)
        delta += (end - start) - len(composed)
        # Positions at or after the end of this run are shifted by everything collapsed so far.
        points.append(norm_len)
        deltas.append(delta)
        last = end
    if last < len(text):
        chunk = _nfc(text[last:])
        pieces.append(chunk)
    nfc = "".join(pieces)
    return _rewritten(nfc, points, deltas, text)
