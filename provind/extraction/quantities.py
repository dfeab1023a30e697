"""Typed quantity tagger: every number in the search string, classified in one regex pass.

Kinds that can become facts: ``money`` (VND/USD), ``area`` (ha), ``pct`` (%), ``pp``
(percentage points), ``energy`` (kWh), ``times`` ("lần"), ``count`` (a number followed by a
counted noun such as "cụm công nghiệp"), ``ratio`` ("27/41 cụm").
Kinds that never become facts but must be recognised so that their digits are not read as
something else: ``doc`` (222/QĐ-TTg), ``date`` (19/8/2009, 1.5.2022), ``equipment``
(2x250MVA), ``capacity`` (500kV, 50 MW), ``bare`` (a number with no unit: years, list
numbers, ranks).

The alternatives are ordered so that the longest reading wins at a position (Python's
regex alternation is first-match, not longest-match).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from provind.extraction.lazy import lazy_pattern
from provind.extraction.lexicon import COUNT_NOUNS_PATTERN
from provind.extraction.numbers import NOT_AFTER_DIGITS, SCALE_WORDS, parse_number, scale_factor

_NUM = r"[0-9]+(?:[.,][0-9]+)*"
# The same, possessive: where what follows a number can never begin with a digit, "." or ","
# (a unit, "x", "/"), giving back digits cannot make the match succeed, and the possessive
# form stops the engine from trying (several alternatives read the same number first).
_NUM_ATOMIC = r"[0-9]++(?:[.,][0-9]+)*+"


def _inline(pattern: str) -> str:
    """Whitespace within one line only: a unit on the next line belongs to something else."""
    return pattern.replace(r"\s", r"[^\S\n]")


_W = r"(?![^\W_])"  # end of word; \b misbehaves next to "%" and digits

# The scale words of ``numbers.SCALE_WORDS``, longest first (alternation is first-match);
# the words of a compound may be written with or without a space ("nghìn tỷ", "nghìntỷ").
_SCALE = (
    r"(?:"
    + "|".join(
        re.escape(word).replace(r"\ ", r"\s*")
        for word in sorted(SCALE_WORDS, key=len, reverse=True)
        if word not in NOT_AFTER_DIGITS
    )
    + r")"
    + _W
)
_CURRENCY = (
    r"(?P<usd>usd|us\$|\$|đô\s*la(?:\s*mỹ)?|đôla(?:\s*mỹ)?|đô" + _W + r")"
    r"|(?P<vnd>đồng|vnđ|vnd|đ" + _W + r")"
)
# The counted nouns ("cụm công nghiệp", "dự án", ...): one list in ``lexicon``, which also
# gives each its concept.
_COUNT_NOUNS = COUNT_NOUNS_PATTERN
_UNIT = (
    r"(?P<pp>điểm\s*phần\s*trăm|điểm\s*%|đpt" + _W + r")"
    r"|(?P<pct>%|phần\s*trăm" + _W + r")"
    r"|(?P<area>(?:ha|héc\s*-?\s*ta|hec\s*-?\s*ta|hecta)" + _W + r")"
    r"|(?P<energy>(?:kwh|kw\.h|kw/h|mwh|gwh)" + _W + r")"
    # ("năm 2022, 2023 và 2024 lần lượt đạt ...": "lần lượt" is "respectively", not times.)
    r"|(?P<times>lần(?!\s+lượt)" + _W + r")"
    r"|" + _CURRENCY + r"|(?P<noun>(?:" + _COUNT_NOUNS + r")" + _W + r")"
)

# Matched with .match() at the start of each digit run (see ``tag``): scanning for digits
# first is several times faster than letting the regex engine try every position.
# A figure and its unit never straddle a line break (hence ``_inline``).
QUANTITY_RE = lazy_pattern(
    _inline(
        r"(?:"
        r"(?P<doc>[0-9]++(?:[/.-][0-9]+)*/[^\W\d_][\w.-]*)"
        r"|(?P<date>[0-9]{1,2}[/.-][0-9]{1,2}[/.-][0-9]{2,4})(?![0-9])"
        # The second number of an equipment may give back digits (before a letter it cannot end on).
        r"|(?P<equipment>" + _NUM_ATOMIC + r"\s*[x*]\s*" + _NUM + r"\s*(?:mva|kva|mw|kw|kv|mwp|kwp|gw)?" + _W + r")"
        r"|(?P<capacity>" + _NUM_ATOMIC + r"\s*(?:kv|kva|mva|mwp|kwp|mw|kw|gw|va)" + _W + r")"
        r"|(?P<ratio>[0-9]++)(?:/(?P<den>[0-9]++)(?![0-9/])(?:\s*(?P<rnoun>(?:" + _COUNT_NOUNS + r")" + _W + r"))?"
        # "09 trong 12 nhóm hàng ghi nhận mức tăng trưởng khá": 9 of 12, with its noun only.
        r"|\s+trong\s+(?:số\s+)?(?P<den2>[0-9]++)\s*(?P<rnoun2>(?:" + _COUNT_NOUNS + r")" + _W + r"))"
        # Everything after the first number is optional, so it is never given back.
        r"|(?P<num>"
        + _NUM_ATOMIC
        + r")(?:(?:\s*-\s*|\s+(?:đến|tới)\s+)(?P<num2>"
        + _NUM
        + r")(?=\s*(?:"
        + _SCALE
        + r"\s*)?(?:%|điểm|ha|tỷ|tỉ|triệu|usd|đồng|lần)))?"
        # (The spaces before a scale or a unit are not given back: every scale and unit begins
        # with a non-space, so a scale or unit tried again one space earlier never matched; w14t.)
        r"(?:\s*+(?P<scale>" + _SCALE + r"))?"
        r"(?:\s*+(?:" + _UNIT + r"))?"
        r")"
    )
)

# After a bare scale word ("45.000 tỷ") money is meant only when nothing else is counted:
# "3 triệu lượt khách" or "2 triệu tấn" are not money.
_AFTER_BARE_SCALE = lazy_pattern(r"\s*(?:$|[,.;:)(\-]|(?:tăng|giảm|so|bằng|chiếm|và|trong|đạt|của)" + _W + ")")

# "tinh bột mì tăng 39, dăm gỗ tăng 46%", "xử lý rác thải tăng nhẹ 0,47.", "tăng mạnh 13,61 do
# ...", "tăng 6,71 so với cùng kỳ": a number after a rise or fall with no unit, where its line
# gives rates in %, is a rate whose "%" was lost (README, blind7's judgement). Not before a word
# ("tăng 3 bậc", "giảm 2 đợt"). Only bare numbers after one of these words are looked at.
_SIGNLESS_ENDS = ("tăng ", "giảm ", "nhẹ ", "mạnh ", "khoảng ", "gần ", "hơn ", "trên ")
_SIGNLESS_BEFORE = lazy_pattern(r"(?<![^\W_])(?:tăng|giảm)(?:[^\S\n]+(?:nhẹ|mạnh|khoảng|gần|hơn|trên))?[^\S\n]+$")
_SIGNLESS_AFTER = lazy_pattern(r"[^\S\n]*(?:[,.;:)\n]|$)|[^\S\n]+(?:so|do|và)" + _W)
# How far back on its line a "%" makes the line one of rates.
_RATE_LINE_BACK = 300


def _signless_rate(norm: str, start: int, end: int) -> Quantity | None:
    if norm[end : end + 1] in (".", ",") and norm[end + 1 : end + 2].isdigit():
        return None  # (a longer number read in part)
    if _SIGNLESS_BEFORE.search(norm, max(0, start - 20), start) is None or not _SIGNLESS_AFTER.match(norm, end):
        return None
    line_start = norm.rfind("\n", max(0, start - _RATE_LINE_BACK), start) + 1
    if norm.find("%", max(line_start, start - _RATE_LINE_BACK), start) < 0:
        return None
    value = parse_number(norm[start:end])
    return None if value is None else Quantity("pct", start, end, value, None, "%")


# (w12v13) "Ngành công nghiệp khai khoáng tăng 30,43% đóng góp 0,38 điểm vào mức tăng chung;
# ngành công nghiệp chế biến, chế tạo giảm 4,37% làm giảm 3,51 điểm": a bare "điểm" after a
# contribution verb is percentage points (elsewhere "điểm" is a score, a site or a place).
_BARE_POINTS_BEFORE = lazy_pattern(r"(?<![^\W_])(?:đóng\s+góp|làm\s+(?:tăng|giảm)|kéo\s+(?:tăng|giảm))[^\S\n]+$")
_BARE_POINTS_AFTER = lazy_pattern(r"[^\S\n]+điểm(?![^\W_])")


def _bare_points(norm: str, start: int, end: int) -> Quantity | None:
    after = _BARE_POINTS_AFTER.match(norm, end) if norm.startswith(" điểm", end) else None
    if after is None or _BARE_POINTS_BEFORE.search(norm, max(0, start - 16), start) is None:
        return None
    value = parse_number(norm[start:end])
    if value is None:
        return None
    return Quantity("pp", start, after.end(), value, None, "pp")


# A digit run with the runs glued to it by ".", "," or "/" ("2.067,5", "19/8/2009"): those later
# runs are never a quantity's start (``tag`` skips a run right after ".,/"), so they are not
# visited one by one.
# (Written "[0-9][0-9]*": ``re`` skips ahead to a pattern's first character set, but not to
# one inside a repeat such as "[0-9]+".)
_DIGIT_RUN = lazy_pattern(r"[0-9][0-9]*(?:[.,/][0-9]+)*")

_ENERGY_SCALE = {"kwh": 1.0, "kw.h": 1.0, "kw/h": 1.0, "mwh": 1e3, "gwh": 1e6}

# Unit group (the last group a number's match closed) -> kind and schema unit.
_UNIT_GROUPS: dict[str | None, tuple[str, str | None]] = {
    "pp": ("pp", "pp"),
    "pct": ("pct", "%"),
    "area": ("area", "ha"),
    "energy": ("energy", "kWh"),
    "times": ("times", "x"),
    "usd": ("money", "USD"),
    "vnd": ("money", "VND"),
}

FACT_KINDS = frozenset({"money", "area", "pct", "pp", "energy", "times", "count", "ratio"})


@dataclass(slots=True)
class Quantity:
    kind: str
    start: int  # offsets into the search string
    end: int
    value: float | None = None
    value_max: float | None = None
    unit: str | None = None  # schema unit: VND, USD, ha, kWh, %, pp, x, count
    noun: str | None = None  # counted noun in search form ("cụm công nghiệp")
    of: float | None = None  # ratio denominator


def _noun_key(noun: str) -> str:
    return " ".join(noun.split())


_START = re.Match.start
_NUM_GROUP, _NUM2_GROUP, _SCALE_GROUP = (QUANTITY_RE.groupindex[name] for name in ("num", "num2", "scale"))


_YEAR_DIGITS = lazy_pattern(r"(?:19|20)[0-9]{2}")
_YEAR_WORD_BEFORE = lazy_pattern(r"năm[^\S\n]+$")


def _year_before_noun(norm: str, start: int, raw: str) -> bool:
    """ "6 tháng đầu năm 2019 tỉnh Kon Tum là 8,31%": a year after "năm" before a counted noun
    ("tỉnh") counts nothing (w12ch)."""
    return (
        _YEAR_DIGITS.fullmatch(raw) is not None and _YEAR_WORD_BEFORE.search(norm, max(0, start - 8), start) is not None
    )


# (w12t25) The millions of a compound amount ("1 tỉ 953 triệu USD"): at most three digits,
# "triệu", then the currency.
_COMPOUND_TAIL = lazy_pattern(
    _inline(r"\s([0-9]{1,3})\s*triệu\s*(?:(?P<usd>usd|us\$|\$|đô\s*la(?:\s*mỹ)?)|(?P<vnd>đồng|vnđ|vnd))" + _W)
)


def _compound_tail(norm: str, end: int, factor: float) -> Quantity | None:
    if factor != 1e9 or not norm[end + 1 : end + 2].isdigit():
        return None
    m = _COMPOUND_TAIL.match(norm, end)
    if m is None:
        return None
    return Quantity("money", end, m.end(), float(m.group(1)) * 1e6, None, "USD" if m.group("usd") else "VND")


def tag(norm: str, facts_only: bool = False, bare_after: str = "") -> list[Quantity]:
    """All quantities of the search string, in order; with ``facts_only``, only those of
    ``FACT_KINDS`` (the others are still read, so that their digits are not read again) and
    the bare numbers right after one of the characters of ``bare_after``."""
    out: list[Quantity] = []
    append = out.append
    match = QUANTITY_RE.match
    pos = 0
    for start in map(_START, _DIGIT_RUN.finditer(norm)):
        if start < pos:
            continue
        before = norm[start - 1] if start else ""
        if before and (before in ".,/" or (before == "-" and start > 1 and norm[start - 2].isalpha())):
            # Inside a number or date, or glued to a letter-hyphen ("COVID-19").
            continue
        m = match(norm, start)
        if m is None:
            continue
        end = m.end()
        pos = end
        last = m.lastgroup
        if facts_only and (last == "num" or last == "num2") and not (before and before in bare_after):
            # A bare number (the number alone closed the last group: no scale, no unit),
            # dropped here before its groups are read (the check below, earlier); but for a
            # rate whose "%" was lost (``_signless_rate``).
            if last == "num" and norm.startswith(" điểm", m.end("num")):
                points = _bare_points(norm, start, m.end("num"))
                if points is not None:
                    append(points)
                    pos = points.end
            elif before == " " and last == "num" and norm.endswith(_SIGNLESS_ENDS, max(0, start - 8), start):
                rate = _signless_rate(norm, start, m.end("num"))
                if rate is not None:
                    append(rate)
            continue
        raw, raw2, scale_word = m.group(_NUM_GROUP, _NUM2_GROUP, _SCALE_GROUP)
        if raw is None:
            if m.group("ratio") is not None:
                den_text, rnoun = m.group("den", "rnoun")
                if den_text is None:
                    den_text, rnoun = m.group("den2", "rnoun2")
                num, den = float(m.group("ratio")), float(den_text)
                if rnoun is not None:
                    append(Quantity("ratio", start, end, num, None, "count", _noun_key(rnoun), den))
                elif not facts_only:
                    append(Quantity("bare", start, end))
            elif not facts_only:
                # doc, date, equipment or capacity: the group of the alternative that matched,
                # none of which holds a named group of its own, is the last one closed.
                kind = m.lastgroup
                assert kind is not None
                append(Quantity(kind, start, end))
            continue
        # The unit group, when one matched, is the last group the match closed.
        if (
            facts_only
            and scale_word is None
            and last not in _UNIT_GROUPS
            and last != "noun"
            and not (start and norm[start - 1] in bare_after)
        ):
            continue  # a bare number (below, it is one whatever its value)
        # Plain digits (most numbers) need none of ``parse_number``'s shape rules.
        value = float(raw) if raw.isdigit() else parse_number(raw)
        if value is None:
            if not facts_only:
                append(Quantity("date" if raw.count(".") >= 2 else "bare", start, end))
            continue
        value_max = parse_number(raw2) if raw2 else None
        factor = 1.0 if scale_word is None else scale_factor(scale_word)
        noun = None
        kind_unit = _UNIT_GROUPS.get(last)
        if kind_unit is not None:
            kind, unit = kind_unit
            if kind == "energy":
                factor *= _ENERGY_SCALE.get(m.group("energy").replace(" ", ""), 1.0)
        elif last == "noun":
            noun = _noun_key(m.group("noun"))
            kind, unit = ("count", "count") if scale_word is None or factor < 1e9 else ("bare", None)
            if scale_word is None and _year_before_noun(norm, start, raw):
                kind, unit = "bare", None
        elif last == "scale" and norm.startswith(" ", end) and (tail := _compound_tail(norm, end, factor)) is not None:
            # (w12t25) "đạt 1 tỉ 953 triệu USD", "8.160 tỷ 181 triệu đồng": billions and
            # millions written apart, one amount.
            end = pos = tail.end
            value, factor, value_max = value * factor + tail.value, 1.0, None  # type: ignore[operator]
            kind, unit = "money", tail.unit
        elif scale_word is not None and _AFTER_BARE_SCALE.match(norm, end):
            kind, unit = "money", "VND"
        else:
            kind, unit = "bare", None
        if kind == "bare":
            if last == "num" and before == " " and norm.endswith(_SIGNLESS_ENDS, max(0, start - 8), start):
                # (As in the facts-only path above.)
                rate = _signless_rate(norm, start, m.end("num"))
                if rate is not None:
                    append(rate)
                    continue
            if last == "num" and norm.startswith(" điểm", m.end("num")):
                points = _bare_points(norm, start, m.end("num"))
                if points is not None:
                    append(points)
                    pos = points.end
                    continue
            if not facts_only or (start and norm[start - 1] in bare_after):
                # Do not swallow the text after the number: a bare number ends at its digits.
                end = m.end("num2") if raw2 and value_max is None else m.end("num")
                append(Quantity("bare", start, end, value))
            continue
        if kind in ("pct", "pp", "times"):
            factor = 1.0
        append(
            Quantity(
                kind,
                start,
                end,
                value * factor,
                value_max * factor if value_max is not None else None,
                unit,
                noun,
            )
        )
    return out
