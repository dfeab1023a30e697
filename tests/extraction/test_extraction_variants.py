"""Robustness to how a new text may phrase what the tuned-on texts say.

Rules written from the development texts fit the wording of those texts; a new outlet writes
the same figures as "KNXK", "tr.USD", "tháng Tám", "9T/2024", "so CK", "đạt 80% KH", with a
decimal point, without a space after a comma, or hard-wrapped at a fixed width. Each variant
below rewrites the texts of the gold files in one such way that leaves their gold unchanged
(SCHEMA.md), and the test asks that every gold fact read exactly right (all attributes, as
``score.py`` counts strict matches) in the original is read exactly right in the variant too.
The texts are a fixed, evenly spread sample of those each variant applies to, so the run is
deterministic and quick; README.md "Fourth pass, variants (w12r3)" has the figures over all
texts. The held-out files (``real/test.gold.jsonl``, ``real/unseen.gold.jsonl``) are not read.
"""

from __future__ import annotations

import json
import re
import textwrap
from collections.abc import Callable
from functools import cache
from pathlib import Path

import pytest

from provind.extraction import extract_facts
from tests.extraction.scripts import load_script

HERE = Path(__file__).resolve().parent
SOURCES = ("real/dev.gold.jsonl", "devset.gold.jsonl", "blind2.gold.jsonl", "blind3.gold.jsonl", "seed.gold.jsonl")
SAMPLE = 6
B = r"(?<![^\W_])"
W = r"(?![^\W_])"
_YEAR = r"(?:19|20)\d\d"
_ROMAN = ["I", "II", "III", "IV"]
_MONTHS = ["Một", "Hai", "Ba", "Tư", "Năm", "Sáu", "Bảy", "Tám", "Chín", "Mười", "Mười một", "Mười hai"]
_COUNTS = {2: "hai", 3: "ba", 4: "bốn", 5: "năm", 7: "bảy", 8: "tám", 9: "chín", 10: "mười", 11: "mười một"}

Replacement = str | Callable[[re.Match[str]], str]


def _cased(word: str, m: re.Match[str]) -> str:
    """``word`` capitalised where it starts a line or a sentence ("Tám tháng năm 2024, ...")."""
    before = m.string[max(0, m.start() - 2) : m.start()]
    return word[0].upper() + word[1:] if m.start() == 0 or before.endswith("\n") or before == ". " else word


def _month_word(m: re.Match[str]) -> str:
    return f"{m[1]}háng {_MONTHS[int(m[2]) - 1]}"


def _count_word(m: re.Match[str]) -> str:
    n = int(m[1])
    return f"{_cased(_COUNTS[n], m)} tháng" if n in _COUNTS else m[0]


def _wrapped(m: re.Match[str]) -> str:
    return textwrap.fill(m[0], 70) if len(m[0]) > 70 else m[0]


# (name, pattern, replacement): each keeps the gold of every text it applies to.
VARIANTS: list[tuple[str, str, Replacement]] = [
    # comparisons
    ("so cùng kỳ", r"so với cùng kỳ", "so cùng kỳ"),
    ("so với CK", r"so với cùng kỳ(?! năm| ?\d)", "so với CK"),
    ("so CK", r"so với cùng kỳ(?! năm| ?\d)", "so CK"),
    ("cùng kỳ năm trước", r"so với cùng kỳ(?! năm| ?\d)", "so với cùng kỳ năm trước"),
    ("cùng kỳ năm ngoái", r"so với cùng kỳ năm trước", "so với cùng kỳ năm ngoái"),
    ("năm trước", r"so với cùng kỳ năm trước", "so với năm trước"),
    ("so tháng trước", r"so với tháng trước", "so tháng trước"),
    ("tháng trước đó", r"so với tháng trước", "so với tháng trước đó"),
    ("tháng liền kề trước", r"so với tháng trước", "so với tháng liền kề trước"),
    ("KH", B + r"kế hoạch" + W, "KH"),
    # status
    ("ước tính đạt", B + r"ước đạt", "ước tính đạt"),
    ("ước thực hiện đạt", B + r"ước đạt", "ước thực hiện đạt"),
    ("dự ước đạt", B + r"ước đạt", "dự ước đạt"),
    ("ước thực hiện", B + r"ước tính(?= đạt| tăng| giảm)", "ước thực hiện"),
    ("dự ước tăng", B + r"ước tăng", "dự ước tăng"),
    ("sụt giảm", B + r"giảm(?= \d)", "sụt giảm"),
    # periods
    ("sáu tháng", B + r"6 tháng", lambda m: _cased("sáu", m) + " tháng"),
    ("nửa đầu năm", B + r"(?<=[a-zà-ỹ,] )6 tháng đầu năm", "nửa đầu năm"),
    ("6 tháng", B + r"6 tháng đầu năm", "6 tháng"),
    ("quý 1", B + r"([qQ])uý (IV|III|II|I)" + W, lambda m: f"{m[1]}uý {_ROMAN.index(m[2]) + 1}"),
    ("quý I năm", B + r"([qQ]uý (?:IV|III|II|I|[1-4]))/(" + _YEAR + ")", r"\1 năm \2"),
    ("quý 1-", B + r"([qQ]uý) (IV|III|II|I)/", lambda m: f"{m[1]} {_ROMAN.index(m[2]) + 1}-"),
    ("Q1/2024", B + r"[qQ]uý (IV|III|II|I)/(" + _YEAR + ")", lambda m: f"Q{_ROMAN.index(m[1]) + 1}/{m[2]}"),
    ("tháng 8 năm", B + r"(tháng \d{1,2})/(" + _YEAR + ")", r"\1 năm \2"),
    ("tháng 08", B + r"tháng ([1-9])(?=/" + _YEAR + ")", r"tháng 0\1"),
    ("tháng Tám", B + r"([tT])háng (1[0-2]|[1-9])(?![\d,./])", _month_word),
    ("Tám tháng", B + r"(1[01]|[2-57-9]) tháng", _count_word),
    ("9T/2024", B + r"(\d{1,2}) tháng(?: đầu)? năm (" + _YEAR + ")", r"\1T/\2"),
    ("9 tháng/2024", B + r"(\d{1,2}) tháng(?: đầu)? năm (" + _YEAR + ")", r"\1 tháng/\2"),
    ("9 tháng năm", B + r"(\d{1,2}) tháng đầu năm", r"\1 tháng năm"),
    ("9 tháng đầu năm", B + r"(\d{1,2}) tháng năm (" + _YEAR + ")", r"\1 tháng đầu năm \2"),
    ("của năm", B + r"(\d{1,2}) tháng đầu năm (" + _YEAR + ")", r"\1 tháng của năm \2"),
    # units
    ("tỉ đồng", B + r"tỷ đồng", "tỉ đồng"),
    ("tỷ đ", B + r"tỷ đồng", "tỷ đ"),
    ("tỷ VNĐ", B + r"tỷ đồng", "tỷ VNĐ"),
    ("tr.đồng", B + r"triệu đồng", "tr.đồng"),
    ("triệu đ", B + r"triệu đồng", "triệu đ"),
    ("đô la Mỹ", r"(?:(?<=triệu )|(?<=tỷ ))USD", "đô la Mỹ"),
    ("đô-la Mỹ", r"(?:(?<=triệu )|(?<=tỷ ))USD", "đô-la Mỹ"),
    ("tr.USD", B + r"triệu USD", "tr.USD"),
    ("tr USD", B + r"triệu USD", "tr USD"),
    ("tỉ USD", B + r"tỷ USD", "tỉ USD"),
    ("ngàn tỷ", B + r"nghìn tỷ", "ngàn tỷ"),
    ("5 %", r"(\d)%", r"\1 %"),
    ("héc-ta", r"(\d) ?ha" + W, r"\1 héc-ta"),
    ("5tỷ", r"(?<=\d) (?=tỷ (?:đồng|USD)|triệu (?:đồng|USD))", ""),
    # indicator names
    ("CCN", B + r"cụm công nghiệp" + W, "CCN"),
    ("cụm CN", B + r"cụm công nghiệp" + W, "cụm CN"),
    ("KCN", B + r"khu công nghiệp" + W, "KCN"),
    ("XK", B + r"xuất khẩu" + W, "XK"),
    ("NK", B + r"nhập khẩu" + W, "NK"),
    ("KNXK", B + r"kim ngạch xuất khẩu" + W, "KNXK"),
    ("KNNK", B + r"kim ngạch nhập khẩu" + W, "KNNK"),
    ("XNK", B + r"xuất(?:,| -|) nhập khẩu" + W, "XNK"),
    ("TMBL", B + r"[tT]ổng mức bán lẻ" + W, "TMBL"),
    ("DN", B + r"doanh nghiệp" + W, "DN"),
    ("SXCN", B + r"sản xuất công nghiệp" + W, "SXCN"),
    ("sản xuất CN", B + r"sản xuất công nghiệp" + W, "sản xuất CN"),
    ("GTSX", B + r"[gG]iá trị sản xuất" + W, "GTSX"),
    ("GTSXCN", B + r"[gG]iá trị sản xuất công nghiệp", "GTSXCN"),
    ("NSNN", B + r"ngân sách [nN]hà nước" + W, "NSNN"),
    ("LK", B + r"[lL][ũu][yỹ] kế" + W, "LK"),
    ("ƯTH", B + r"ước thực hiện" + W, "ƯTH"),
    ("GTTT", B + r"giá trị tăng thêm" + W, "GTTT"),
    ("DV", B + r"(?<=khu vực )dịch vụ" + W, "DV"),
    ("XD", B + r"(?<=công nghiệp - )xây dựng" + W, "XD"),
    ("CPI", B + r"chỉ số giá tiêu dùng(?: \(CPI\))?" + W, "CPI"),
    ("vốn FDI", B + r"vốn đầu tư trực tiếp nước ngoài(?: \(FDI\))?", "vốn FDI"),
    ("vốn đầu tư nước ngoài", B + r"vốn đầu tư trực tiếp nước ngoài", "vốn đầu tư nước ngoài"),
    ("giá trị xuất khẩu", B + r"kim ngạch xuất khẩu", "giá trị xuất khẩu"),
    ("kim ngạch hàng hóa xuất khẩu", B + r"kim ngạch xuất khẩu hàng hóa", "kim ngạch hàng hóa xuất khẩu"),
    ("DN thành lập mới", B + r"doanh nghiệp thành lập mới", "DN thành lập mới"),
    ("chỉ số SXCN (IIP)", B + r"chỉ số sản xuất công nghiệp(?! \()", "chỉ số sản xuất công nghiệp (IIP)"),
    ("công nghiệp – xây dựng", B + r"công nghiệp - xây dựng", "công nghiệp – xây dựng"),
    ("công nghiệp - xây dựng", B + r"công nghiệp và xây dựng", "công nghiệp - xây dựng"),
    ("chế biến chế tạo", B + r"chế biến, chế tạo", "chế biến chế tạo"),
    ("thuỷ sản", r"thủy sản", "thuỷ sản"),
    ("hoá", B + r"hóa" + W, "hoá"),
    ("hóa", B + r"hoá" + W, "hóa"),
    # spacing, punctuation, layout
    ("no space after a comma", r",\s+(?=[^\W\d_])", ","),
    ("double spaces", r" (?=\S)", "  "),
    ("5.2%", r"(?<![\d.,])(\d+),(\d{1,2})(?![\d.,])(?=\s*%)", r"\1.\2"),
    ("no-break space", r"(\d) (?=(?:tỷ|triệu|%|ha|nghìn))", "\\1\u00a0"),
    ("tab", r"(?<=\d) (?=%|tỷ|triệu)", "\t"),
    ("capitals after a full stop", r"(?<=\. )([a-zà-ỹ])", lambda m: m[1].upper()),
    ("first line in capitals", r"\A[^\n]{0,120}(?=\n)", lambda m: m[0].upper()),
    ("bullets", r"(?m)^(?=[A-ZĐ][^\n]*\.$)", "- "),
    ("wrapped at 70", r"(?m)^.*$", _wrapped),
]

# Texts that still lose a fact in a variant (README.md "Fourth pass, variants (w12r3)"): r073
# keeps its headline's copy ("7 tháng đầu năm, chỉ số ... tăng 50,0%", no status) over the body's
# estimate when the body's comparison is reworded; wrapped at 70, a few texts lose a fact where a
# line break falls inside a heading, a short text (too few lines to tell a width) or a bracket.
KNOWN: dict[str, set[str]] = {
    "so cùng kỳ": {"r073"},
    # (w12t30) r130's items "thủy sản có giá trị xuất khẩu tăng 3,15%" after "kim ngạch xuất khẩu
    # ... đạt gần 199,2 triệu USD" are parts of the estimate; with the whole renamed "giá trị xuất
    # khẩu" they name it again (a new statement), as before the rule.
    "giá trị xuất khẩu": {"r130"},
    "so CK": {"r073"},
    "wrapped at 70": {
        "blind2_01",
        "blind2_06",
        "blind3_10",
        "dev027",
        "dev035",
        "r024",
        "r073",
        "r128",
        "r153",
        "r162",
        "r189",
    },
}


SCORE = load_script(HERE / "score.py", "extraction_score_variants")


@cache
def _rows() -> tuple[dict[str, object], ...]:
    return tuple(
        json.loads(line) for name in SOURCES for line in (HERE / name).read_text(encoding="utf-8").splitlines() if line
    )


def _read(row: dict[str, object], text: str) -> list[dict[str, object]]:
    province = row.get("province")
    region = province if isinstance(province, str) and province != "multiple" else None
    return [f.to_dict() for f in extract_facts(text, region=region)]


def _exactly_right(gold: list[dict[str, object]], pred: list[dict[str, object]]) -> set[int]:
    """Indices of the gold facts matched with every attribute right (``score.py`` strict)."""
    right = set()
    for g, p in SCORE.match(gold, pred, with_indicator=True):
        checks = (SCORE.period_ok, SCORE.change_ok, SCORE.status_ok, SCORE.qualifier_ok, SCORE.ratio_ok)
        if all(check(g, p) for check in checks):
            right.add(next(i for i, fact in enumerate(gold) if fact is g))
    return right


@cache
def _right_in_original(index: int) -> frozenset[int]:
    row = _rows()[index]
    return frozenset(_exactly_right(row["facts"], _read(row, str(row["text"]))))  # type: ignore[arg-type]


def _sample(pattern: re.Pattern[str]) -> list[int]:
    """Evenly spread indices of up to ``SAMPLE`` texts the variant changes."""
    hits = [i for i, row in enumerate(_rows()) if pattern.search(str(row["text"]))]
    if len(hits) <= SAMPLE:
        return hits
    return [hits[round(k * (len(hits) - 1) / (SAMPLE - 1))] for k in range(SAMPLE)]


def test_every_variant_applies_to_some_text() -> None:
    unused = [name for name, pattern, _ in VARIANTS if not _sample(re.compile(pattern))]
    assert unused == [], unused


@pytest.mark.parametrize(("name", "pattern", "replacement"), VARIANTS, ids=[v[0] for v in VARIANTS])
def test_a_variant_is_read_as_the_original(name: str, pattern: str, replacement: Replacement) -> None:
    compiled = re.compile(pattern)
    lost: dict[str, list[str]] = {}
    for index in _sample(compiled):
        row = _rows()[index]
        if str(row["id"]) in KNOWN.get(name, set()):
            continue
        variant = compiled.sub(replacement, str(row["text"]))
        gold: list[dict[str, object]] = row["facts"]  # type: ignore[assignment]
        still = _exactly_right(gold, _read(row, variant))
        missing = sorted(_right_in_original(index) - still)
        if missing:
            lost[str(row["id"])] = [f"{gold[i]['indicator']} {gold[i]['value']} {gold[i]['unit']}" for i in missing]
    assert lost == {}, lost
