"""The prescanned whole-text scans (``provind.extraction.scan``) find exactly what the full
patterns find, and the patterns reshaped so that ``re`` skips ahead by itself find exactly what
their plain forms find, on the gold texts and on generated text made of the words they look for."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from provind.extraction import facts, lexicon, periods, regions, scan, structure
from provind.extraction.normalize import normalize

HERE = Path(__file__).resolve().parent
SCANS = [
    (periods.PERIOD_RE, periods._PERIOD_PRESCAN),
    (lexicon._GROWTH_RE, lexicon._GROWTH_PRESCAN),
    (regions._REGION_RE, regions._REGION_PRESCAN),
    (facts._CONTRAST_RE, facts._CONTRAST_PRESCAN),
    (facts._RESPECTIVELY_RE, facts._RESPECTIVELY_PRESCAN),
    (facts._VERB_RE, facts._VERB_PRESCAN),
    (facts._TRONG_DO, facts._TRONG_DO_PRESCAN),
    (facts._FDI_NEAR, facts._FDI_PRESCAN),
    (facts._DDI_NEAR, facts._DDI_PRESCAN),
    (facts._ENTERPRISE_NEAR, facts._ENTERPRISE_PRESCAN),
    (facts._ECONOMY_NEAR, facts._ECONOMY_PRESCAN),
    (facts._STRUCTURE_NEAR, facts._STRUCTURE_PRESCAN),
    (facts._SHARE_OF_TOTAL, facts._SHARE_OF_TOTAL_PRESCAN),
    (facts._DONE_RE, facts._DONE_PRESCAN),
]
# (plain pattern, the same reshaped with each branch beginning with a literal)
RESHAPED = [
    (
        re.compile(
            r"(?<![^\W_])("
            + lexicon.trie_regex(sorted(lexicon.CONCEPT_OF)).replace(r"\ ", r"[^\S\n]+")
            + r")(?![^\W_])"
        ),
        lexicon._PHRASE_RE,
    ),
    (
        re.compile(r"\n|[.!?…]+(?=\s|$)|;|:(?=\s|$)|(?<=[^\W_])[.!?](?=[^\W\d_]{2})|(?<=%)\.(?=[^\W\d_])"),
        structure._BOUNDARY_RE,
    ),
    (facts._FILLER_RE, facts._FILLER_SHAPED),
]
WORDS = [
    "tháng",
    "năm",
    "2024",
    "2021-2025",
    "6",
    "7 tháng",
    "quý II/2024",
    "từ đầu năm 2023 đến cuối tháng 4",
    "hiện nay",
    "đến nay",
    "cả năm",
    "giai đoạn",
    "xuất khẩu",
    "kim ngạch",
    "tăng trưởng",
    "kinh tế",
    "Thái Nguyên",
    "Hà Nội",
    "cả nước",
    "nhưng",
    "lần lượt",
    "trong đó",
    "tăng",
    "giảm",
    "đạt",
    "12,5%",
    "1.234",
    ".",
    ",",
    ";",
    ":",
    "\n",
    "x",
    "hiệnđại",
    "thángg",
    "14%.Cán",
    "tăng.Xuất",
    "TP.",
    "...",
    "?!",
    "…",
    "chỉ số sản xuất công nghiệp",
    "chỉ  số sản xuất",
]


def _same(pattern: re.Pattern[str], prescan: re.Pattern[str], text: str) -> None:
    expected = [m.span() for m in pattern.finditer(text)]
    assert [m.span() for m in scan.finditer(pattern, prescan, text)] == expected
    # With bounds, as the per-figure windows use it.
    lo, hi = len(text) // 3, 2 * len(text) // 3
    assert [m.span() for m in scan.finditer(pattern, prescan, text, lo, hi)] == [
        m.span() for m in pattern.finditer(text, lo, hi)
    ]
    first = pattern.search(text, lo, hi)
    found = scan.search(pattern, prescan, text, lo, hi)
    assert (found.span() if found else None) == (first.span() if first else None)
    # Windows searched among the starts of the whole text (a start whose look-ahead needs
    # the text past the window's end is no match in it).
    starts = scan.starts(prescan, text)
    step = max(1, len(text) // 40)
    for lo in range(0, len(text), step):
        for hi in (lo + 1, lo + 7, lo + step, len(text)):
            first = pattern.search(text, lo, hi)
            found = scan.search_at(pattern, starts, text, lo, hi)
            assert (found.span() if found else None) == (first.span() if first else None), (lo, hi)


def _same_reshaped(plain: re.Pattern[str], reshaped: re.Pattern[str], text: str) -> None:
    assert [(m.span(), m.groups()) for m in reshaped.finditer(text)] == [
        (m.span(), m.groups()) for m in plain.finditer(text)
    ]
    lo, hi = len(text) // 3, 2 * len(text) // 3
    assert [m.span() for m in reshaped.finditer(text, lo, hi)] == [m.span() for m in plain.finditer(text, lo, hi)]


def _gold_texts() -> list[str]:
    texts = []
    for path in sorted(HERE.glob("*.gold.jsonl")) + sorted((HERE / "real").glob("*.jsonl")):
        texts += [json.loads(line)["text"] for line in path.read_text(encoding="utf-8").splitlines() if line]
    return texts


def test_the_scans_agree_with_the_full_patterns_on_every_gold_text() -> None:
    texts = _gold_texts()
    assert len(texts) > 200
    for text in texts:
        norm = normalize(text).norm
        for pattern, prescan in SCANS:
            _same(pattern, prescan, norm)
        for plain, reshaped in RESHAPED:
            _same_reshaped(plain, reshaped, norm)


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(WORDS), max_size=40), st.sampled_from([" ", "", "  "]))
def test_the_scans_agree_with_the_full_patterns_on_generated_text(words: list[str], sep: str) -> None:
    norm = normalize(sep.join(words)).norm
    for pattern, prescan in SCANS:
        _same(pattern, prescan, norm)
    for plain, reshaped in RESHAPED:
        _same_reshaped(plain, reshaped, norm)


def test_a_long_text_is_scanned_word_by_word_with_the_same_matches() -> None:
    # Every gold text is far shorter than the window from which a prescan of a few words is
    # read with ``str.find``: all of them in one text take that path.
    norm = normalize("\n".join(_gold_texts())).norm
    assert len(norm) > 20 * scan._FIND_MIN_WINDOW
    for pattern, prescan in SCANS:
        if prescan in scan._NEEDLES:
            _same(pattern, prescan, norm)
    assert len(scan._NEEDLES) >= 5
    windows = ((0, len(norm)), (7, len(norm) - 5), (len(norm) // 2, len(norm) // 2 + scan._FIND_MIN_WINDOW))
    for prescan, needles in scan._NEEDLES.items():
        for lo, hi in windows:
            expected = [m.start() for m in prescan.finditer(norm, lo, hi)]
            assert scan._starts(needles, norm, lo, hi) == expected
            # Blocks of a few characters: words across every block boundary.
            short = min(hi, lo + 20_000)
            with pytest.MonkeyPatch.context() as patch:
                patch.setattr(scan, "_BLOCK", 3)
                assert scan._starts(needles, norm, lo, short) == [m.start() for m in prescan.finditer(norm, lo, short)]


def test_whole_texts_are_read_word_by_word_with_the_same_starts_on_every_gold_text() -> None:
    # (w15s) A whole text, however short, takes the ``str.find`` path for the prescans of a few
    # words, each word read once a text and shared between the prescans that hold it.
    texts = [normalize(text).norm for text in _gold_texts()]
    for norm in texts:
        for prescan in scan._NEEDLES:
            assert list(scan._candidates(prescan, norm, 0, len(norm))) == [m.start() for m in prescan.finditer(norm)]
    # The same text again (its words' offsets kept) and a copy of it (read anew) give the same.
    for norm in texts[:20]:
        for copy in (norm, "".join(list(norm))):
            for prescan in scan._NEEDLES:
                expected = [m.start() for m in prescan.finditer(copy)]
                assert list(scan._candidates(prescan, copy, 0, len(copy))) == expected


_WORD_START = re.compile(r"(?<![^\W_])")


def _same_mention_starts(norm: str) -> None:
    # The one prescan's starts where a word starts, as ``PERIOD_RE`` says it: nowhere else
    # can it match.
    assert periods._mention_starts(norm) == [
        m.start() for m in periods._PERIOD_PRESCAN.finditer(norm) if _WORD_START.match(norm, m.start())
    ]


def test_period_mentions_start_where_the_one_prescan_says_on_every_gold_text() -> None:
    for text in _gold_texts():
        _same_mention_starts(normalize(text).norm)


_DIGITS_AND_DASHES = ["1", "2021", "12345", " ", "  ", "\n", "\u3000", "-", "tháng", "năm", "x", "_", "quý"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_DIGITS_AND_DASHES)))
def test_period_mentions_start_where_the_one_prescan_says_on_digits_and_dashes(parts: list[str]) -> None:
    _same_mention_starts("".join(parts))


def test_a_prescan_match_is_one_character_so_no_candidate_is_stepped_over() -> None:
    for _, prescan in SCANS:
        assert all(len(m.group()) == 1 for m in prescan.finditer("tháng 7 năm 2024; xuất khẩu tăng, nhưng lần lượt"))


def _last_verb_by_scan(norm: str, lo: int, hi: int) -> tuple[str | None, int]:
    found = scan.finditer(facts._VERB_RE, facts._VERB_PRESCAN, norm, max(lo, hi - 45), hi)
    if not found:
        return None, lo
    return " ".join(found[-1].group(1).split()), found[-1].end()


def _same_last_verbs(norm: str) -> None:
    for hi in range(len(norm) + 1):
        for lo in (0, max(0, hi - 20)):
            assert facts._last_verb(norm, lo, hi) == _last_verb_by_scan(norm, lo, hi), (norm[max(0, hi - 45) : hi], lo)


def test_the_last_verb_is_the_last_one_a_scan_finds_on_every_gold_text() -> None:
    for path in sorted(HERE.glob("*.gold.jsonl"))[:2]:
        for line in path.read_text(encoding="utf-8").splitlines()[:40]:
            _same_last_verbs(normalize(json.loads(line)["text"]).norm)


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.sampled_from(["sụt", "giảm", "đóng", "góp", "tăng", "thêm", "cao", "hơn", "hoàn", "thành", "là", "x", "5%"]),
        max_size=14,
    ),
    st.sampled_from([" ", "  ", "\n", "-"]),
)
def test_the_last_verb_is_the_last_one_a_scan_finds_on_generated_text(words: list[str], sep: str) -> None:
    _same_last_verbs(sep.join(words))


def test_period_mentions_are_blanked_as_the_plain_pattern_blanks_them() -> None:
    for path in sorted(HERE.glob("*.gold.jsonl")) + sorted((HERE / "real").glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            norm = normalize(json.loads(line)["text"]).norm
            for hi in range(0, len(norm), 37):
                window = norm[max(0, hi - 80) : hi]
                assert periods.blank_mentions(window) == periods.PERIOD_RE.sub(" ", window)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="ab 1_.,()%\n–đĐ²", max_size=20))
def test_trimming_a_phrase_is_what_the_trim_pattern_does(text: str) -> None:
    assert facts._trim(text) == facts._PHRASE_TRIM.sub("", text)


def test_abbreviations_before_a_full_stop_are_found_as_the_word_pattern_finds_them() -> None:
    def by_pattern(norm: str, pos: int) -> bool:
        word = structure._WORD_BEFORE.search(norm, max(0, pos - 6), pos)
        return word is not None and word.group(1) in structure._ABBREVIATIONS

    texts = ["TP. Hồ Chí Minh, tp . hcm, Q.1, P. 3, ThS. Nguyễn, đ/c. A, ng., st.\n x.", "tp  .", " .", "."]
    for path in sorted(HERE.glob("*.gold.jsonl")):
        texts += [json.loads(line)["text"] for line in path.read_text(encoding="utf-8").splitlines()]
    for text in texts:
        norm = normalize(text).norm
        for pos, ch in enumerate(norm):
            if ch == ".":
                assert structure._abbreviation_before(norm, pos) == by_pattern(norm, pos), norm[max(0, pos - 6) : pos]
