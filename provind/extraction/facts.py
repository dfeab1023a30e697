"""Assemble facts from tagged quantities, indicator phrases and period/status/region context.

The reading follows how these reports are written: a subject phrase ("xuất khẩu hàng hoá"),
a status word ("ước"), a verb ("đạt", "tăng", "chiếm"), a figure, then comparisons
("tăng 12,8% so với cùng kỳ"). One fact holds the level and its comparisons; a new subject
phrase starts a new fact; figures with no subject of their own continue the last one in the
sentence (components after "trong đó", the same indicator for another period) or, failing
that, become ``other``.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, bisect_right, insort
from collections import deque
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from typing import Any

from provind.extraction import lexicon, scan, tables
from provind.extraction.lazy import lazy_pattern as _lazy_pattern
from provind.extraction.lexicon import BREAKDOWN_CONCEPTS, NOUN_CONCEPT, PART_CONCEPTS, RATE_CODES, PhraseMatch
from provind.extraction.normalize import NormalizedText, normalize
from provind.extraction.numbers import parse_number, tidy
from provind.extraction.periods import (
    NO_PERIOD,
    Period,
    PeriodMention,
    blank_mentions,
    find_mentions,
    listed_periods,
    listed_periods_end,
)
from provind.extraction.quantities import FACT_KINDS, Quantity, tag
from provind.extraction.regions import NATIONAL, RegionMention, canonical_region, find_regions
from provind.extraction.structure import Structure, analyse

_W = r"(?![^\W_])"
_B = r"(?<![^\W_])"
# ``_B`` after a match's first character (see ``scan.AFTER_WORD_START``).
_A = scan.AFTER_WORD_START


def _words_first(*branches: str) -> str:
    """``_B + "(?:" + "|".join(branches) + ")"`` without the group around it: each branch with
    the word-start check after its first letter (``_A``), so that a search skips ahead to those
    letters; same matches, in the same order. Searched over a window, a pattern that begins
    with ``_B`` is tried at every offset of it (w14t: 70 such per-figure windows)."""
    assert all(b[0].isalpha() for b in branches), branches
    return "|".join(b[0] + _A + b[1:] for b in branches)


@dataclass(slots=True)
class Change:
    value: float | int
    unit: str
    direction: str  # "up" | "down"
    basis: str | None
    qualifier: str | None = None
    # "so với năm 2020": a yoy comparison only if the figure is for 2021; settled once the
    # fact's period is known (``_settle``). Not part of the output.
    compared_year: int | None = None
    # (w13a) "so với tháng 7/2017": the month compared with (its year in ``compared_year``),
    # settled against the fact's own month by ``_settle``. Not part of the output.
    compared_month: int | None = None

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "value": tidy(self.value),
            "unit": self.unit,
            "direction": self.direction,
            "basis": self.basis,
        }
        if self.qualifier:
            out["qualifier"] = self.qualifier
        return out


@dataclass(slots=True)
class Fact:
    """One figure of SCHEMA.md. ``span`` is [start, end) in the caller's original string."""

    indicator: str
    phrase: str
    value: float | int | None
    unit: str | None
    qualifier: str | None
    change: Change | None
    period: Period
    status: str | None
    region: str | None
    span: tuple[int, int]
    of: float | int | None = None
    value_max: float | int | None = None
    extra_changes: list[Change] = field(default_factory=list)
    plan_attainment: list[dict[str, Any]] = field(default_factory=list)
    breakdown: str | None = None
    note: str | None = None

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "indicator": self.indicator,
            "phrase": self.phrase,
            "value": None if self.value is None else tidy(self.value),
            "unit": self.unit,
            "qualifier": self.qualifier,
            "change": self.change.to_dict() if self.change else None,
            "period": self.period.to_dict(),
            "status": self.status,
            "region": self.region,
        }
        if self.of is not None:
            out["of"] = tidy(self.of)
        if self.value_max is not None:
            out["value_max"] = tidy(self.value_max)
        if self.extra_changes:
            out["extra_changes"] = [c.to_dict() for c in self.extra_changes]
        if self.plan_attainment:
            out["plan_attainment"] = self.plan_attainment
        if self.breakdown:
            out["breakdown"] = self.breakdown
        if self.note:
            out["note"] = self.note
        out["span"] = list(self.span)
        return out


# --- words around a figure ------------------------------------------------------------

# In the order tried (a longer verb before its first word).
_VERBS = (
    "tăng thêm",
    "tăng",
    "sụt giảm",
    "giảm",
    "cao hơn",
    "thấp hơn",
    "nhiều hơn",
    "ít hơn",
    "gấp",
    "chiếm",
    "đạt",
    "bằng",
    "là",
    "có",
    "còn",
    "vượt",
    "được",
    "lên",
    "xuống",
    "thu hẹp",  # "thu hẹp hơn 1,1 nghìn tỷ đồng so với cùng kỳ" (w12ch)
    "hoàn thành",
    "đóng góp",
    "góp",
    "với",
)
_VERB_RE = _lazy_pattern(_B + "(" + "|".join(v.replace(" ", r"\s+") for v in _VERBS) + ")" + _W)
# The last verb of a window in one match: ".*" runs to the end of the window and gives back
# one character at a time until a verb matches, so the verb found starts furthest right.
_LAST_VERB_RE = _lazy_pattern(r"(?s:.*)" + _VERB_RE.pattern)
# That is the last verb a left-to-right scan finds unless it is the second word of a longer
# verb ("giảm" of "sụt giảm"), which the scan reads whole: word -> the words before it.
_VERB_HEADS: dict[str, tuple[str, ...]] = {}
for _verb in _VERBS:
    _words = _verb.split()
    for _i in range(1, len(_words)):
        _VERB_HEADS[_words[_i]] = (*_VERB_HEADS.get(_words[_i], ()), _words[_i - 1])
# The first words of the verbs, in the order of the list.
_VERB_PRESCAN = scan.first_words(list(dict.fromkeys(verb.split()[0] for verb in _VERBS)))
_UP = frozenset({"tăng thêm", "tăng", "cao hơn", "nhiều hơn", "gấp", "vượt", "lên"})
_DOWN = frozenset({"sụt giảm", "giảm", "thấp hơn", "ít hơn", "xuống", "thu hẹp"})

_QUALIFIER_RE = _lazy_pattern(
    "("
    + _words_first(
        r"trên\s+dưới",
        "trên",
        "hơn",
        r"ít\s+nhất",
        r"tối\s+thiểu",
        "dưới",
        "khoảng",
        r"xấp\s+xỉ",
        "gần",
        "chừng",
        "ngót",
        "non",
    )
    + r")\s*$"
)
_QUALIFIERS = {
    "trên dưới": "about",
    "trên": "over",
    "hơn": "over",
    "ít nhất": "over",
    "tối thiểu": "over",
    "dưới": "under",
    "khoảng": "about",
    "xấp xỉ": "about",
    "chừng": "about",
    "gần": "nearly",
    "ngót": "nearly",
    "non": "nearly",
}
_COMPARATIVE_RIGHT_BEFORE = _lazy_pattern(
    "(?:" + _words_first("cao", "thấp", "nhiều", "ít") + r")\s+hơn\s+(?:(?:khoảng|gần|trên|hơn)\s+)?$"
)
# ("cao hơn 5%" compares; (w13a) "tăng hơn 2,8%", "tăng hơn 2 lần" is a rise of more than that,
# as the gold files read it: 62 of 66 such figures in the tuning sets are ``over``.)
_COMPARATIVE_BEFORE_HON = _lazy_pattern(r"(?:cao|thấp|nhiều|ít|lớn|nhỏ)\s+$")

_PLAN_WORDS = r"(?:kế\s+hoạch|kh|dự\s+toán|mục\s+tiêu|chỉ\s+tiêu|kịch\s+bản)" + _W
# ("đạt 38,8% nhiệm vụ chi", "đạt 62% nhiệm vụ thu": the task set, a plan.)
_ATTAINMENT_RE = _lazy_pattern(
    r"\s*(?:của\s+|so\s+với\s+|so\s+)?(?:" + _PLAN_WORDS + r"|nhiệm\s+vụ\s+(?:thu|chi)" + _W + ")"
)
_PLAN_AFTER_RE = _lazy_pattern(r"\s*(?:" + _PLAN_WORDS + ")")
# (w14d) The pace of the budget's collection, of the province, its districts or its items, named
# before their shares of the estimate ("các địa phương có tiến độ thu tốt là: Đam Rông 79%",
# "một số huyện có tỷ lệ thu tốt là Lạc Dương (34%)", "Có nhiều khoản thu thành phần đạt tỷ lệ
# cao là lệ phí môn bài (92%)"): blind10, blind13.
_COLLECTION_PACE = _lazy_pattern(r"tiến\s+độ\s+thu|tỷ\s+lệ\s+thu|khoản\s+thu\s+thành\s+phần\s+đạt\s+tỷ\s+lệ")
_ATTAINMENT_OF_RE = _lazy_pattern(r"\s*((?:của\s+|so\s+với\s+)?[^\s,;.]+(?:\s+[^\s,;.()0-9]+){0,2})")
# "so sánh" is no comparison of its own: "theo giá so sánh 2010" (constant prices), "được so
# sánh là mức tăng khá" (w12ch); "so sánh với cùng kỳ" still compares by its "với".
_NOT_SO_SANH = r"(?!\s+sánh" + _W + ")"
_SO_VOI_RE = _lazy_pattern("(?:" + _words_first(r"so\s+với", "so" + _NOT_SO_SANH, "với") + r")\s+(.{0,40})")
_SO_BEFORE_RE = _lazy_pattern("(?:" + _words_first(r"so\s+với", "so" + _NOT_SO_SANH) + r")\s+(.{0,40})")
# One branch per first character, each a literal, so that ``re`` skips ahead to them (the
# same matches as "[;\n]|\.\s|[0-9]+(?:[.,][0-9]+)?\s*(?:%|lần|tỷ|triệu|ha)").
_AFTER_CUT = _lazy_pattern(
    r";|\n|\.\s" + "".join(f"|{d}[0-9]*(?:[.,][0-9]+)?\\s*(?:%|lần|tỷ|triệu|ha)" for d in range(10))
)
_BASIS_RULES = (
    # "tăng hơn 29% so với cùng thời điểm tháng trước": the month before, not the year before
    # (w12sc, blind12 r476).
    (re.compile(r"^cùng\s+thời\s+(?:điểm|kỳ)\s+tháng\s+(?:trước|liền\s+kề|liền\s+trước)" + _W), "mom"),
    (
        re.compile(
            # "so với vụ đông xuân năm trước": the same crop season a year before.
            # ("so với cung kỳ năm trước": the tone of "cùng" lost.)
            r"^(?:(?:bình\s+quân\s+)?c[ùu]ng\s+k[ỳy]|(?:niên\s+)?vụ\s+trước|vụ\s+(?:đông\s+xuân|hè\s+thu|thu\s+đông|mùa|chiêm|xuân|hè|đông)\s+năm\s+(?:trước|ngoái)|cùng\s+thời\s+kỳ|cùng\s+thời\s+điểm|cùng\s+tháng|cùng\s+quý|(?:tháng|quý)\s+(?:này|đó)\s+năm\s+(?:trước|ngoái)|năm\s+trước|năm\s+ngoái|năm\s+(?:19|20)[0-9]{2}"
            # "so với tháng cùng kỳ (CK)", "so với tháng 1/2020" (the same month a year before)
            r"|tháng\s+cùng\s+kỳ|ck"
            # "giảm 1,96% so với 8 tháng năm 2017", "so với 11 tháng đầu năm 2015": the same months
            # of an earlier year, as "năm 2017" (the year checked by ``_settle``) (w12sc).
            + _W
            + r"|[0-9]{1,2}\s+tháng\s+(?:đầu\s+)?năm\s+(?:19|20)[0-9]{2}"
            + _W
            # "so với giá trị (của) cùng kỳ năm 2017" (w12ch)
            + r"|(?:giá\s+trị|mức)\s+(?:của\s+)?cùng\s+kỳ)"
        ),
        "yoy",
    ),
    (
        re.compile(
            r"^(?:tháng\s+trước|tháng\s+liền\s+kề|tháng\s+liền\s+trước|tháng\s+[0-9]{1,2}"
            + _W
            + r"(?!\s*(?:năm|/|-|\.)\s*(?:trước|ngoái|(?:19|20)[0-9]{2})))"
        ),
        "mom",
    ),
    (re.compile(r"^(?:" + _PLAN_WORDS + ")"), "plan"),
)
# "giảm hơn 90% về lượng và giá trị": the change is the amount's too.
_AND_VALUE_AFTER = _lazy_pattern(r"\s*(?:và|,)\s+(?:về\s+)?(?:giá\s+trị|kim\s+ngạch)" + _W)
_ABOUT_AFTER = _lazy_pattern(r"\s+về\s+(?:(lượng|sản\s+lượng|khối\s+lượng)|số\s+(?:dự\s+án|doanh\s+nghiệp|lượt))" + _W)
_YOY_LEAD = _lazy_pattern(r"\W*so\s+(?:với\s+)?(?:tháng\s+)?(?:cùng\s+kỳ|năm\s+trước)" + _W)
_SAME_PERIOD_AFTER = _lazy_pattern(r"\s*(?:của\s+)?cùng\s+kỳ" + _W)
# "ngành khai khoáng bằng 97,77%": an index of a rate-type indicator (base 100).
_GROWTH_NEXT = _lazy_pattern(r"\s*,?\s*(?:tăng|giảm)" + _W)
_GROWTH_NEXT_FIGURE = _lazy_pattern(r"\s*,?\s*(?:tăng|giảm)\s+(?:(?:hơn|gần|khoảng|trên)\s+)?([0-9]+(?:,[0-9]+)?)\s*%")
_RATE_INDEX_CUE = _lazy_pattern(r"chỉ\s+số|iip|ngành|khai\s+khoáng|chế\s+biến")
# "tăng 17,39% CK" ("CK" is read as "cùng kỳ": ``spellings``).
_CK_AFTER = _lazy_pattern(r"\s*\(?(?:ck|cùng\s+kỳ)" + _W)
_OWNED_COMPARISON = _lazy_pattern(r"so(?:\s+với)?\s[^,;]*,\s*(?:và\s+)?(?:tăng|giảm)" + _W)
# ("tăng 9,85% với tháng 3/2019": "so" left out; w12t17.)
_COMPARED_MONTH_BEFORE = _lazy_pattern(_B + r"so(?:\s+với)?\s+$|[0-9]\s*%\s*với\s+$")
_MONTH_NUMBER_RE = _lazy_pattern(r"tháng\s+([0-9]{1,2})(?![0-9])")
_QUARTER_NUMBER_RE = _lazy_pattern(r"(?:quý|qúy|quí)\s+(iv|iii|ii|i|[1-4])(?![^\W_])")
_QUARTER_OF_YEAR_RE = _lazy_pattern(
    r"(?:quý|qúy|quí)\s+(iv|iii|ii|i|[1-4])(?:\s*[/-]\s*|\s+(?:của\s+)?năm\s+)(?:19|20)[0-9]{2}"
)
_QUARTER_NUMBERS = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "1": 1, "2": 2, "3": 3, "4": 4}
# ("so với tháng 10 năm trước" in a report on October: the same month a year before; "so với
# tháng 12 năm trước" in one on May stays ``other``.)
_MONTH_OF_YEAR_RE = _lazy_pattern(
    r"tháng\s+([0-9]{1,2})(?:(?:\s*[/-]\s*|\s+năm\s+)(?:19|20)[0-9]{2}|\s+(?:của\s+)?năm\s+(?:trước|ngoái))"
)
_BARE_OTHER_BASIS = _lazy_pattern(r"\s*(?:mức\s+)?(?:bình\s+quân|trung\s+bình)")

# Status words. The word-start check is done in Python (``_word_starts``): a leading
# look-behind would stop the regex engine from skipping ahead to the first letter.
_ESTIMATE_RE = _lazy_pattern(
    # "tổng mức đầu tư ... tạm tính khoảng 470 tỷ đồng": reckoned for now, an estimate (blind15 r603).
    r"(?:ước|ươc|uớc|dự\s+ước|dự\s+kiến|dự\s+tính|dự\s+báo|có\s+thể\s+đạt|có\s+khả\s+năng\s+đạt|tạm\s+tính)" + _W
)
# (Speed: a pattern that begins with a set of characters is tried by a set test at every offset;
# ``str.find`` per first word costs a fraction of the instructions, ``scan``.)
_ESTIMATE_PRESCAN = scan.first_words(["ước", "ươc", "uớc", "dự", "có", "tạm"])
_NOT_ESTIMATE_BEFORE = _lazy_pattern(_B + r"(?:hiệp|công|quy|mong|điều|cam)\s$")
# (w15t) Its gate: a match in [lo, start) ends in one of these words, then one space at start - 1.
_NOT_ESTIMATE_WORDS = ("hiệp", "công", "quy", "mong", "điều", "cam")
_PLAN_RE = _lazy_pattern(
    r"(?:kế\s+hoạch|mục\s+tiêu|phấn\s+đấu|quy\s+hoạch|đề\s+án|dự\s+toán|định\s+hướng|chỉ\s+tiêu\s+đề\s+ra|"
    r"đặt\s+chỉ\s+tiêu|chỉ\s+tiêu\s+(?:kế\s+hoạch|phấn\s+đấu|năm\s+(?:19|20)[0-9]{2})|"
    # A purpose, a proposal or an assignment: "nhằm đạt kim ngạch xuất khẩu cả năm hơn 4,1 tỷ
    # USD", "đề xuất thành lập mới 15 CCN với tổng diện tích 874,74 ha",
    # "được Trung ương giao thu ngân sách là 386.568 tỷ đồng".
    r"nhằm\s+đạt|để\s+đạt|đề\s+xuất|"
    # "dự kiến" before an action (what will be allocated, invested, built) is intended, a plan;
    # before an outcome ("dự kiến đạt", "dự kiến tăng") it is an estimate.
    r"dự\s+kiến\s+(?:sẽ\s+)?(?:bố\s+trí|phân\s+bổ|đầu\s+tư|huy\s+động|xây\s+dựng|thành\s+lập|mở\s+rộng)" + _W + "|"
    r"được\s+(?:[^\W\d_]+\s+){0,3}?giao(?=\s+(?:thu|chỉ\s+tiêu|kế\s+hoạch|dự\s+toán)" + _W + r")|"
    # "có mức tăng trưởng GRDP được Chính phủ đặt ra ở mức thấp hơn, lần lượt là 8% và 8,5%":
    # a level set out for someone, a target (blind26 r1044; blind20 r797 "được đặt ra như sau").
    r"được\s+(?:[^\W\d_]+\s+){0,3}?(?:đặt|đề)\s+ra)" + _W
)
# A plan word right after these is a comparison or an attainment ("đạt 45% kế hoạch"), or
# the name of a document being carried out; neither makes the figure a plan.
# "Tổng mức đầu tư dự kiến gần 850 tỷ đồng", "tổng vốn đầu tư dự kiến hơn 480 tỷ đồng": the
# investment intended, a plan like "dự kiến đầu tư" (blind15 r602); before an outcome ("vốn đầu
# tư dự kiến đạt 2 tỷ USD") it stays an estimate. Taken from the estimate words found (a
# look-behind alternative in ``_PLAN_RE`` tripled that pattern's scan time).
_OUTCOME_AFTER = _lazy_pattern(r"\s+(?:sẽ\s+)?(?:đạt|tăng|giảm)" + _W)


def _intended_investment(norm: str, estimates: list[int]) -> list[int]:
    """The "dự kiến" among ``estimates`` that name an investment intended, at the same offset
    (a plan and an estimate word at one offset: the plan wins, ``_status_for``)."""
    return [
        e
        for e in estimates
        if norm.startswith("dự kiến", e) and norm.endswith("đầu tư ", 0, e) and not _OUTCOME_AFTER.match(norm, e + 7)
    ]


_NOT_PLAN_BEFORE = _lazy_pattern(
    r"(?:%|so\s+với|bằng|đạt|vượt|hoàn\s+thành|thực\s+hiện|triển\s+khai|ban\s+hành|xây\s+dựng|"
    # "Bộ/Sở Kế hoạch và Đầu tư": a ministry or department named, not a plan.
    r"của|giao|sát|khỏi|duyệt|bộ|sở)\s*$"
)

_DOCUMENT_AFTER = _lazy_pattern(r"\s+số" + _W)
_DONE_RE = _lazy_pattern(
    _B + r"đã\s+(?:thành\s+lập|giải\s+ngân|thực\s+hiện|hoàn\s+thành|đi\s+vào\s+hoạt\s+động|thu\s+hút|cấp)" + _W
)
_DONE_PRESCAN = scan.first_words(["đã"])
# "toàn tỉnh thành lập được 27 cụm", "4 cụm công nghiệp đã thành lập": what is done, not the
# plan, said with "được" after the verb or right after the figure.
# "8 huyện ... đã quy hoạch và xây dựng được 18 CCN" (blind15 r587): built, not planned.
_DONE_DUOC_RE = _lazy_pattern(_B + r"(?:thành\s+lập|thu\s+hút|giải\s+ngân|cấp|hoàn\s+thành|xây\s+dựng)\s+được" + _W)
_DONE_DUOC_PRESCAN = scan.first_words(["thành", "thu", "giải", "cấp", "hoàn", "xây"])
_DONE_AFTER = _lazy_pattern(
    r"\s*(?:[^\W\d_]+\s+){0,3}?(?:đã\s+(?:được\s+)?(?:thành\s+lập|đi\s+vào\s+hoạt\s+động|hoàn\s+thành|hoàn\s+thiện|vận\s+hành)"
    # "Trong đó, 28 KCN đã hoàn thiện hạ tầng ...; 4 KCN đang xây dựng hạ tầng": what is done or
    # under way now, of a planned whole, is actual.
    r"|(?:cùng\s+[0-9]+\s+(?:[^\W\d_]+\s+){1,3})?đang\s+(?:được\s+)?(?:xây\s+dựng|triển\s+khai\s+xây\s+dựng))" + _W
)
# "Trong đó, đã thành lập được 38 CCN": the part done, said before the figure.
_DONE_BEFORE = _lazy_pattern(
    r"đ" + _A + r"ã\s+(?:được\s+)?(?:thành\s+lập|đi\s+vào\s+hoạt\s+động|hoàn\s+thành|vận\s+hành)"
    r"(?:\s+(?:được|xong))?\s*$"
)
# "đã có 09 CCN: CCN Mỹ Quí, TP. Long Xuyên; ...; CCN An Cư, huyện Tịnh Biên, đã được đầu tư
# hạ tầng kỹ thuật": what is done, said after the names of what is counted.
_DONE_AFTER_NAMES = _lazy_pattern(
    r"[^\S\n]*(?:[^\W\d_]+[^\S\n]+){0,3}?(?:\([^()\n]{0,20}\)[^\S\n]*)?:[^\n]{0,400}?,[^\S\n]*đã[^\S\n]+(?:được[^\S\n]+)?"
    r"(?:thành[^\S\n]+lập|đi[^\S\n]+vào[^\S\n]+hoạt[^\S\n]+động|hoàn[^\S\n]+thành|vận[^\S\n]+hành|"
    r"đầu[^\S\n]+tư[^\S\n]+(?:xây[^\S\n]+dựng[^\S\n]+)?(?:kết[^\S\n]+cấu[^\S\n]+)?hạ[^\S\n]+tầng)" + _W
)
# "2 khu công nghiệp sẽ thành lập mới", "Tuyên Quang sẽ có 24 cụm": what will be is planned.
_FUTURE_RE = _lazy_pattern(_B + r"sẽ" + _W)
_FUTURE_PRESCAN = scan.first_words(["sẽ"])
_FUTURE_AFTER = _lazy_pattern(r"\s*(?:[^\W\d_]+\s+){0,3}?sẽ\s+(?:được\s+)?[^\W\d_]")
# A status word does not reach past these ("đã quy hoạch 44 CCN ... nhưng mới thành lập
# được 12 cụm": the second figure is not a plan).
_CONTRAST_RE = _lazy_pattern(_B + r"(?:nhưng|song|tuy\s+nhiên|trong\s+khi)" + _W)
_CONTRAST_PRESCAN = scan.first_words(["nhưng", "song", "tuy", "trong"])
_THRESHOLD_BEFORE = _lazy_pattern(
    r"(?:dự\s+án|doanh\s+nghiệp)(?:(?!với|tổng)[^,;.]){0,25}(?:vốn|quy\s+mô)[^,;.]{0,20}(?:từ|trên|dưới)\s*$"
)
_THRESHOLD_ENDS = ("từ", "trên", "dưới")
_FROM_BEFORE = _lazy_pattern(r"\btừ\s*$")
_CHUNG_AFTER = _lazy_pattern(r"\s*chung" + _W)
_THRESHOLD_AFTER = _lazy_pattern(r"\s*trở\s+lên" + _W)
_RANK_BEFORE = _lazy_pattern(_B + r"(?:thứ|hạng|top|xếp)\s*$")
_RANK_ENDS = ("thứ", "hạng", "top", "xếp")
# "thu NSNN ước đạt 27.591 tỷ đồng, vượt 15,6% dự toán năm (tương đương vượt 3.730 tỷ đồng)",
# "thu nội địa ... vượt 20,5% so dự toán (vượt 3.680 tỷ đồng)", "đạt 12.406 tỷ đồng, vượt 1.640
# tỷ đồng, tăng hơn 4.052 tỷ đồng": an amount by which a figure just given beats its plan (after
# that figure and a comma or a bracket), not a figure of its own nor a change on a year before.
# ("Xuất khẩu vượt 19 tỷ USD" with no figure before is the figure, at least that much.)
_EXCESS_BEFORE = _lazy_pattern(r"[0-9][^,;.()\n]{0,40}(?:,|\()[^\S\n]*(?:tương[^\S\n]+đương[^\S\n]+)?vượt\s*$")
# "vượt mốc 1 tỷ USD", "vượt ngưỡng 10%": a threshold, not a figure.
_MILESTONE_BEFORE = _lazy_pattern("(?:" + _words_first("mốc", "ngưỡng") + r")\s*(?:trên\s+|hơn\s+)?$")
_MILESTONE_ENDS = ("mốc", "ngưỡng", "trên", "hơn")
# A count of places is a fact when it counts those meeting a condition ("9 tỉnh có kim
# ngạch trên 1 tỷ USD", "đầu tư vào 44 tỉnh, thành phố"); a number that only introduces a
# list or names a fixed group ("05 địa phương cao nhất là", "13 tỉnh khu vực ...") is not.
_PLACE_CONDITION_AFTER = _lazy_pattern(
    # (w14a) Also past a second count the condition is shared with ("có 7 Bộ và 12 địa phương
    # có tỷ lệ giải ngân đạt trên 35%", "40/51 Bộ và 25/63 địa phương có ...").
    r"(?:\s+và\s+[0-9]+(?:/[0-9]+)?(?=\s))?"
    r"\s*(?:[^\W\d_]+\s+){0,3}?(?:có|đạt|ghi\s+nhận|thu\s+về|tăng|giảm|được|vượt)" + _W
)
# (A superlative a few words on still ranks a list: "05 địa phương có kim ngạch nhập khẩu cao
# nhất cả nước lần lượt là", "10 tỉnh, thành phố có tốc độ tăng GRDP dự ước dẫn đầu cả nước".)
_PLACE_NOT_AFTER = _lazy_pattern(
    r"\s*(?:\S+\s+){0,2}?(?:cao\s+nhất|thấp\s+nhất|dẫn\s+đầu|gồm|là|như|kể\s+trên|trên\s+đây)" + _W
)
_PLACE_RANKED_AFTER = _lazy_pattern(r"\s*(?:[^\W\d_]+\s+){2,8}?(?:cao\s+nhất|thấp\s+nhất|dẫn\s+đầu)" + _W)
_PLACE_NOT_BEFORE = _lazy_pattern(_B + r"(?:trong\s+số|trong|của|giữa)\s*$")
_PLACE_CONDITION_BEFORE = _lazy_pattern(_B + r"(?:vào|ở|tại|mặt\s+trên|mặt\s+tại)\s+(?:(?:trên|hơn|gần)\s+)?$")
# (w14a) "566 dự án đầu tư nước ngoài đến từ 27 quốc gia và vùng lãnh thổ", "73 dự án FDI từ 17
# quốc gia và vùng lãnh thổ": the countries the investors come from are counted (dev r131).
_PLACE_ORIGIN_BEFORE = _lazy_pattern(_B + r"từ\s+(?:(?:trên|hơn|gần)\s+)?$")
# (w14g) And goods: "có 17 mặt hàng đạt kim ngạch xuất khẩu hơn 1 tỷ USD" counts the goods over
# the bound; the bound is no export figure (blind14 r558, SCHEMA.md thresholds).
_PLACE_COUNT_BEFORE = _lazy_pattern(
    r"[0-9]+\s*(?:/\s*[0-9]+\s*)?(?:tỉnh|thành\s+phố|địa\s+phương|quốc\s+gia|ngành|xã|chỉ\s+tiêu|mặt\s+hàng)" + _W
)
# (w14g) "Đây cũng là năm thứ 3 liên tiếp, tỉnh Cà Mau đạt kim ngạch xuất khẩu thuỷ sản trên 1 tỷ
# USD": a streak of years over a bound; the bound is no figure of any of them (dev r253).
_STREAK_BEFORE = _lazy_pattern(r"năm\s+thứ\s+[0-9]+\s+liên\s+tiếp")
# "Các địa phương đều có mức thu đạt từ 57% trở lên", "Các cụm công nghiệp ở Đồng Nai đa số có
# diện tích dưới 90 hécta": a bound that every (or most) of a plural group meets is a condition,
# not a figure, as with a counted group of places.
_GROUP_SUBJECT_BEFORE = _lazy_pattern(
    _B + r"(?:các|những)\s+(?:tỉnh|thành\s+phố|địa\s+phương|cụm|khu|dự\s+án|doanh\s+nghiệp|xã|huyện)"
    r"[^,;.\n]{0,40}?\s(?:đều|đa\s+số|phần\s+lớn)\s[^,;.\n]{0,40}$"
)
# "TPHCM, Bắc Ninh, Thái Nguyên và Bình Dương có kim ngạch xuất khẩu trên 10 tỷ USD", "Trà Vinh,
# Vĩnh Long, Sóc Trăng, An Giang giải ngân trên 5%": so with three or more provinces named in a
# row before the bound (only a few words, no figure, between the last and the bound).
_PLACES_LISTED = 3
_PLACE_LIST_GAP = _lazy_pattern(r"\s*(?:,|và)\s*$")
_AFTER_LAST_PLACE = _lazy_pattern(r"[^,;.\n\d]{0,40}$")


# What makes a counted group of industries, communes or targets a figure: a condition they
# meet ("15/20 ngành cấp 2 có chỉ số sản xuất giảm", "75/80 xã đạt chuẩn", "3 chỉ tiêu hoàn
# thành trên 90% kế hoạch", "2/14 chỉ tiêu chưa đạt").
_GROUP_CONDITION = (
    r"[^\S\n]+(?:đã[^\S\n]+)?"
    r"(?:có[^\S\n]+(?:chỉ[^\S\n]+số|mức|kết[^\S\n]+quả|cpi[^\S\n]+(?:tăng|giảm))|hoàn[^\S\n]+thành|(?:chưa[^\S\n]+|không[^\S\n]+)?đạt"
    # "09 trong 12 nhóm hàng ghi nhận mức tăng trưởng khá", "có 03 nhóm hàng sụt giảm doanh thu"
    # (normalised to "giảm": a rise or fall of a measure named, not a figure)
    r"|ghi[^\S\n]+nhận|(?:tăng|giảm)[^\S\n]+(?:doanh[^\S\n]+thu|sản[^\S\n]+lượng|chỉ[^\S\n]+số)"
    # (w14a) "36 ngành có IIP tăng, 29 ngành có IIP giảm" (the index by its short name), "có 8
    # chỉ tiêu thực hiện vượt kế hoạch".
    r"|có[^\S\n]+iip|vượt)" + _W
)
_GROUP_CONDITION_AFTER = _lazy_pattern(r"(?:(?:[^\S\n]*,)?[^\S\n]+[^\W_]++){0,6}?" + _GROUP_CONDITION)
# (w14a) Targets are named at length before what they met ("15/32 chỉ tiêu chủ yếu về phát
# triển kinh tế - xã hội của tỉnh có kết quả thống kê", "13/13 chỉ tiêu KT-XH và môi trường đều
# đạt"): a longer reach, over dashes and hyphened short forms, but not over a figure ("12 chỉ
# tiêu kinh tế - xã hội năm 2023 và GRDP năm 2023 đạt 11,02%" is another subject's).
_TARGETS_CONDITION_AFTER = _lazy_pattern(
    r"(?:(?:[^\S\n]*,)?[^\S\n]+(?:[^\W\d_]++(?:-[^\W\d_]++)?|[-–])){0,12}?" + _GROUP_CONDITION
)
# (w12x2) What makes counted products a figure: that they rose or fell, "23/25 sản phẩm công
# nghiệp chủ yếu tăng so với tháng trước", "50/73 sản phẩm công nghiệp có sản lượng tăng",
# "18/23 sản phẩm chủ yếu của tỉnh bị sụt giảm so với cùng kỳ" (blind12 r469, blind14 r540 /
# r541 / r562); not "25,463 triệu sản phẩm, xi măng đạt ...", a volume (dev r195).
# (w13d) Also products recognised or exported ("38 sản phẩm được công nhận là sản phẩm OCOP cấp
# tỉnh", "01 sản phẩm OCOP cấp quốc gia", "16 sản phẩm xuất khẩu sang thị trường 15 nước":
# blind24 r964, blind10 r430), and the total a count is raised to ("nâng tổng số sản phẩm OCOP
# ... lên 196 sản phẩm", ``_RAISED_TO_BEFORE``).
_PRODUCTS_CONDITION_AFTER = _lazy_pattern(
    r"(?:(?:[^\S\n]*,)?[^\S\n]+[^\W_]++){0,6}?[^\S\n]+"
    r"(?:có[^\S\n]+sản[^\S\n]+lượng[^\S\n]+(?:tăng|giảm)|(?:bị[^\S\n]+)?(?:tăng|giảm)[^\S\n]+so"
    r"|được[^\S\n]+công[^\S\n]+nhận|ocop|xuất[^\S\n]+khẩu[^\S\n]+sang)" + _W
)
_RAISED_TO_BEFORE = _lazy_pattern(
    r"(?<![^\W_])(?:nâng|tăng)[^\d.;]{0,80}?[^\S\n]lên[^\S\n]+(?:(?:hơn|gần|trên)[^\S\n]+)?$"
)

# (Also past a place, "14 cụm công nghiệp trên địa bàn tỉnh có chủ đầu tư hạ tầng", and with
# the investor named, "1 cụm công nghiệp do Trung tâm Phát triển cụm công nghiệp làm chủ đầu tư".)
_INVESTOR_AFTER = _lazy_pattern(
    r"\s*(?:trên\s+địa\s+bàn(?:\s+(?:tỉnh|huyện|thành\s+phố|thị\s+xã))?\s+)?"
    r"(?:(?:đã\s+)?(?:có|được\s+(?:lựa\s+chọn|giao|chọn))\s+(?:chủ|nhà)\s+đầu\s+tư|do\s+[^,;.()]{1,80}?\s+làm\s+chủ\s+đầu\s+tư)"
)
# (w13f) Also "44 CCN được thành lập và đi vào hoạt động" (settled in the README: operating).
_OPERATING_AFTER = _lazy_pattern(
    r"\s*(?:(?:đã|đang)\s+)?(?:(?:được\s+)?(?:đầu\s+tư|thành\s+lập)\s+và\s+)?"
    r"(?:(?:đi\s+vào|được\s+đưa\s+vào)\s+hoạt\s+động|hoạt\s+động|vận\s+hành)" + _W
)
_BUILT_AND_OPERATING = _lazy_pattern(
    r"\s*(?:đã\s+)?(?:được\s+)?đầu\s+tư\s+(?:xây\s+dựng\s+)?hạ\s+tầng(?:\s+kỹ\s+thuật)?\s+và\s+"
    r"(?:(?:đi|đưa)\s+vào|thu\s+hút[^,;.()]{0,50}?vào)\s+hoạt\s+động" + _W
)
# What was done to the clusters counted, said after them: approvals, detailed plans and
# infrastructure ("7 cụm ... đã được phê duyệt quy hoạch chi tiết", "03 cụm công nghiệp đã
# được đầu tư hạ tầng cơ bản"), as ``_CLUSTER_ACTION_BEFORE`` says them before.
_APPROVAL_AFTER = _lazy_pattern(
    r"\s*(?:đã\s+)?(?:được\s+)?(?:phê\s+duyệt\s+(?:chủ\s+trương|dự\s+án|quy\s+hoạch\s+chi\s+tiết)|"
    r"chấp\s+thuận\s+chủ\s+trương|quyết\s+định\s+chủ\s+trương|quy\s+hoạch\s+chi\s+tiết|"
    r"(?:(?:đang\s+)?triển\s+khai\s+(?:thực\s+hiện\s+)?(?:thủ\s+tục\s+)?)?đầu\s+tư\s+(?:xây\s+dựng\s+)?hạ\s+tầng|"
    r"(?:đang\s+)?triển\s+khai\s+(?:thực\s+hiện\s+)?thủ\s+tục\s+đầu\s+tư|"
    # "9 cụm công nghiệp đã lấp đầy, 11 cụm công nghiệp đã thực hiện đầu tư hạ tầng, 13 cụm
    # công nghiệp đã lập và phê duyệt quy hoạch chi tiết", "20 cụm công nghiệp đang tiến hành
    # lập các thủ tục đầu tư" (Nghệ An, Đồng Nai): clusters at a stage of their making are
    # `other`, as dev has them (r112, r129, r185), not the clusters. (Not "17 CCN được lập
    # quy hoạch chi tiết" alone: blind6 counts those, planned, as the clusters.)
    r"lấp\s+đầy|(?:triển\s+khai\s+lập|lập\s+và\s+phê\s+duyệt)\s+(?:kế\s+hoạch|quy\s+hoạch)\s+chi\s+tiết|"
    r"thực\s+hiện\s+(?:các\s+bước\s+)?đầu\s+tư\s+(?:xây\s+dựng\s+)?(?:hạ\s+tầng)?|"
    r"(?:đang\s+)?tiến\s+hành\s+(?:lập\s+)?(?:các\s+)?thủ\s+tục\s+đầu\s+tư|"
    # "5 cụm công nghiệp với tổng diện tích là 289,16 ha rút khỏi quy hoạch", "01 cụm công
    # nghiệp đã thành lập nhưng chưa đi vào hoạt động": withdrawn from the plan, or a stage of
    # the making, as said before the count (``_CLUSTER_ACTION_BEFORE``) (w12t17).
    r"(?:bị\s+)?(?:rút|đưa\s+ra)\s+khỏi\s+quy\s+hoạch|"
    r"(?:thành\s+lập\s+)?(?:nhưng\s+)?chưa\s+(?:đi\s+vào\s+|được\s+đưa\s+vào\s+)?hoạt\s+động)"
)
# (w13f) Clusters whose infrastructure is being built, in more wordings: "15 cụm công nghiệp đã
# và đang triển khai đầu tư xây dựng hạ tầng", "1 CCN đang triển khai xây dựng hạ tầng kỹ thuật",
# "5/12 cụm tiến hành đầu tư hạ tầng kỹ thuật" (`other`, SCHEMA.md). Clusters only: the parks'
# gold counts "2 KCN đang triển khai xây dựng hạ tầng" as parks (blind12 r477).
_CLUSTER_BUILDING_AFTER = _lazy_pattern(
    r"\s*(?:đã\s+)?(?:(?:và\s+)?đang\s+)?(?:(?:triển\s+khai|tiến\s+hành)\s+)?"
    r"(?:đầu\s+tư\s+(?:xây\s+dựng\s+)?|xây\s+dựng\s+)hạ\s+tầng" + _W
)
# "7 cụm công nghiệp với tổng diện tích 299 ha đã được ...", "4 cụm công nghiệp (tổng diện
# tích 161 ha) đã ...": the clusters' area said between the count and what is said of them.
_AREA_APPOSITION = _lazy_pattern(
    r"\s*(?:khác\s+)?\(?\s*(?:với\s+)?(?:tổng\s+)?diện\s+tích(?:\s+(?:giảm\s+trừ|bổ\s+(?:sung|xung)))?"
    r"\s+(?:là\s+)?(?:(?:khoảng|gần|hơn|trên)\s+)?"
)
# (Names of the clusters may come between: "05 cụm công nghiệp (CCN): Bàn Đạt, Đại Khai, ...
# với tổng diện tích 202ha".)
_AREA_OF_COUNTED = _lazy_pattern(r"[^;]{0,120}?" + _AREA_APPOSITION.pattern)
_AREA_APPOSITION_AFTER = _lazy_pattern(_AREA_APPOSITION.pattern + r"[0-9][0-9.,]*\s*(?:ha|héc-ta)\s*\)?")
# "rút khỏi quy hoạch 31 CCN", "điều chỉnh giảm diện tích 7 cụm", "phê duyệt quy hoạch chi
# tiết 16 cụm", "đang triển khai đầu tư hạ tầng 14 cụm": clusters something was done to.
_CLUSTER_ACTION_BEFORE = _lazy_pattern(
    _B + r"(?:(?:rút|đưa\s+ra)\s+khỏi\s+quy\s+hoạch|điều\s+chỉnh\s+(?:giảm|tăng|mở\s+rộng)(?:\s+diện\s+tích)?"
    r"(?:\s+với)?|bổ\s+(?:sung|xung)|"
    r"phê\s+duyệt\s+quy\s+hoạch\s+chi\s+tiết|triển\s+khai\s+(?:đầu\s+tư|xây\s+dựng)(?:\s+hạ\s+tầng)?|"
    r"đầu\s+tư\s+(?:xây\s+dựng\s+)?hạ\s+tầng)"
    # (w13f) "triển khai đầu tư xây dựng hạ tầng (kỹ thuật) cho 48 cụm công nghiệp".
    r"(?:\s+kỹ\s+thuật)?(?:\s+cho)?\s*$"
)
# "huyện Hoa Lư có 2 CCN; huyện Yên Mô có 4 CCN": a count said of a district at the clause's
# start is that district's (its breakdown), so that two districts with the same count are two
# figures, not one repeated.
_DISTRICT_HAS_BEFORE = _lazy_pattern(
    "((?:"
    + _words_first("huyện", r"thị\s+xã", r"thành\s+phố", r"tp\.?", "quận")
    + r")\s+(?:[^\W\d_]+\s+){1,3}?)có\s+(?:(?:khoảng|gần|trên|hơn)\s+)?$"
)
_ENTERPRISE_NEAR = _lazy_pattern(r"doanh\s+nghiệp|dn" + _W)
_ENTERPRISE_PRESCAN = scan.first_words(["doanh", "dn"])
_ENT_OTHER_STATE = _lazy_pattern(
    r"giải\s+thể|tạm\s+ngừng|rút\s+khỏi|quay\s+lại|quay\s+trở\s+lại|gia\s+nhập|đang\s+hoạt\s+động"
)
# "được cấp (mới) giấy chứng nhận đăng ký doanh nghiệp": how registration offices count new
# enterprises (the older "giấy chứng nhận đăng ký kinh doanh" too).
# "310 doanh nghiệp và 115 đơn vị trực thuộc được thành lập mới": the participle after the
# second count of a pair is said of both.
_NEW_WITH_NEXT_COUNT = _lazy_pattern(
    r"[^\S\n]+và[^\S\n]+[0-9][0-9.,]*[^\S\n]+[^\W\d_]+(?:,?[^\S\n]+[^\W\d_]+){0,6}[^\S\n]+(?:được[^\S\n]+)?"
    # (or "111 doanh nghiệp và 33 chi nhánh, văn phòng đại diện được cấp giấy chứng nhận đăng ký
    # kinh doanh": the registration certificate is what a new enterprise is given.)
    r"(?:thành[^\S\n]+lập[^\S\n]+mới|cấp[^\S\n]+(?:mới[^\S\n]+)?(?:giấy[^\S\n]+chứng[^\S\n]+nhận|gcn)[^\S\n]+đăng[^\S\n]+ký)"
)
_NEW_ENT_NEAR = _lazy_pattern(
    r"thành\s+lập|đăng\s+ký\s+mới|thành\s+lập\s+mới"
    r"|cấp\s+(?:mới\s+)?(?:giấy\s+chứng\s+nhận|gcn)\s+đăng\s+ký\s+(?:doanh\s+nghiệp|kinh\s+doanh)"
    # "số doanh nghiệp tham gia thị trường là 323 doanh nghiệp" (w12in): how provincial
    # reports name the enterprises that entered the market.
    r"|tham\s+gia\s+thị\s+trường"
    # (w12t24) "Thành phố có 887 doanh nghiệp mới, tăng 37%" (blind24 r962).
    r"|doanh\s+nghiệp\s+mới"
)
_PARK_NAMED = _lazy_pattern(r"khu\s+công\s+nghiệp|kcn|khu\s+kinh\s+tế")
# "175 người đi làm việc ở nước ngoài", "1.200 người có việc làm mới": people said to work.
_WORKING_AFTER = _lazy_pattern(r"[^\S\n]+(?:đi[^\S\n]+làm[^\S\n]+việc|có[^\S\n]+việc[^\S\n]+làm)" + _W)
_EMPLOY_NEAR = _lazy_pattern(r"việc\s+làm|lao\s+động")
_FDI_NEAR = _lazy_pattern(r"nước\s+ngoài|fdi" + _W)
_FDI_PRESCAN = scan.first_words(["nước", "fdi"])
_FOREIGN_INVESTORS = _lazy_pattern(r"quốc\s+gia\s+và\s+vùng\s+lãnh\s+thổ\s+(?:có\s+dự\s+án\s+)?đầu\s+tư")
# (Not "nhà đầu tư nước ngoài ... vào tổ chức kinh tế trong nước": foreign capital put into
# domestic firms, the share purchases counted in FDI.)
# (w13e) Nor "góp vốn, mua cổ phần vào / của / trong các doanh nghiệp trong nước" (blind11
# r456, blind18 r709); "59.484 doanh nghiệp trong nước với tổng vốn ..." is domestic.
# (The literal first, the look-behinds after it: a search skips to "trong" or "ddi" at once.)
_DDI_NEAR = re.compile(
    r"trong(?<!kinh tế trong)(?<!vào doanh nghiệp trong)(?<!vào các doanh nghiệp trong)"
    r"(?<!của doanh nghiệp trong)(?<!của các doanh nghiệp trong)(?<!trong doanh nghiệp trong)"
    r"(?<!trong các doanh nghiệp trong)\s+nước|ddi" + _W
)
_DDI_PRESCAN = scan.first_words(["trong", "ddi"])
_INDUSTRY_NEAR = _lazy_pattern(r"công\s+nghiệp|gtsx")
_COMPONENT_CUE = _lazy_pattern(
    "(?:"
    + _words_first(
        *[
            r"trong\s+đó",
            r"riêng",
            r"bao\s+gồm",
            r"gồm",
            r"khu\s+vực",
            r"ngành",
            r"nhóm",
            r"lĩnh\s+vực",
            r"doanh\s+nghiệp",
            r"kinh\s+tế",
            r"cấp\s+mới",
            r"điều\s+chỉnh",
            r"góp\s+vốn",
            r"mua\s+cổ\s+phần",
            r"công\s+nghiệp",
            r"sản\s+xuất",
            r"khai\s+khoáng",
            r"chế\s+biến",
            r"thu\s+nội\s+địa",
            r"thu\s+từ",
            r"mặt\s+hàng",
            r"thị\s+trường",
        ]
    )
    + ")"
    + _W
)
# "trong tổng mức 370 nghìn tỷ đồng, doanh thu bán lẻ hàng hóa đạt ...": parts of that total.
# "Trong mức tăng trưởng chung của toàn nền kinh tế, khu vực ... tăng 5,27%": the parts of the
# growth just given (the statistics offices' wording).
_TRONG_DO = _lazy_pattern(
    _B + r"(?:trong\s+đó|bao\s+gồm|gồm|cụ\s+thể|như\s*:|trong\s+tổng\s+(?:mức|số|kim\s+ngạch|vốn|thu)"
    r"|trong\s+mức\s+tăng(?:\s+trưởng)?\s+chung"
    # "Phân theo nhóm ngành kinh doanh, doanh thu bán lẻ ...": the whole broken down.
    r"|(?:phân|chia)\s+theo)" + _W
)
_PART_PARAGRAPH = _lazy_pattern(r"[^\w(]*trong\s+đó" + _W)
_THIS_INDEX = _lazy_pattern(_B + r"chỉ\s+số\s+(?:này|chung)" + _W)
_TOTAL_REF_BEFORE = _lazy_pattern(
    _B
    + r"(?:trong\s+tổng\s+(?:mức|số|kim\s+ngạch|vốn|thu)(?:\s+[^\W\d_]+){0,3}"
    # "Trong mức tăng chung 5,56% của quý I thì khu vực ...": the whole's growth named again
    # to introduce its parts (w12b6v).
    + r"|trong\s+mức\s+tăng(?:\s+trưởng)?(?:\s+chung)?)\s+$"
)
_TRONG_DO_PRESCAN = scan.first_words(["trong", "bao", "gồm", "cụ", "như", "phân", "chia"])
# "Đơn cử, ngành bán lẻ lương thực, thực phẩm tăng 25,48%", "Chẳng hạn như ngành sản xuất thuốc
# ... giảm 1,7%": examples of the whole just given, i.e. its parts, as after "cụ thể". Apart
# from ``_TRONG_DO``: two more words there would pass ``scan``'s seven-needle limit, and "đơn"
# ("đơn vị") is everywhere; these two rare phrases are looked for whole, once a text.
# (Whole-text scans here and below begin with a literal, the word-start check after it
# (``scan.AFTER_WORD_START``): a pattern that begins with the look-behind ``_B`` is tried at
# every offset of the text, one that begins with a letter only where that letter is; same
# matches. On real report text the five such scans of facts and spellings took about a tenth
# of the extraction (w14s).)
_EXAMPLE_CUE = _lazy_pattern(r"(?:đ" + _A + r"ơn\s+cử|c" + _A + r"hẳng\s+hạn)" + _W)
# "Các mặt hàng nhập khẩu phục vụ cho hoạt động sản xuất, xuất khẩu: Thủy sản ...": a list of a
# trade flow's goods opened by a colon, as by "gồm" (w12t16). Apart from ``_TRONG_DO`` for the
# same reason as ``_EXAMPLE_CUE``.
_GOODS_LIST_CUE = _lazy_pattern(r"m" + _A + r"ặt\s+hàng\s+(?:xuất|nhập)\s+khẩu[^.;:\d]{0,80}:")
# "Chỉ số IIP 2 tháng đầu năm 2023 của một số ngành trọng điểm cấp II giảm mạnh so với cùng kỳ
# năm trước: ngành sản xuất thiết bị điện (-36,3%); ...": the index's industries listed after a
# colon, its parts as after "như:" (w12t17). Looked for once a text, as ``_GOODS_LIST_CUE``.
# (w12t25) Also a list of industries led by what they have ("Những ngành có tốc độ tăng IIP cao
# trong tháng 7/2024 ... là:", "Một số ngành có mức tăng cao hơn mức bình quân chung là:").
# Its alternatives alone serve the scans of the whole text (each starts with a word ``re`` can
# skip ahead to); the lead words of the second are checked there in Python.
_OF_INDUSTRIES_CUE = _lazy_pattern(r"của\s+(?:một\s+số|các)\s+ngành[^.;:\d]{0,80}:")
_INDUSTRIES_HAVING_CUE = _lazy_pattern(r"ngành\s+có\s[^.;:%]{0,120}\slà\s*:")
_INDEX_INDUSTRIES_CUE = _lazy_pattern(
    _OF_INDUSTRIES_CUE.pattern + r"|(?:(?<=những )|(?<=các )|(?<=một số ))" + _INDUSTRIES_HAVING_CUE.pattern
)
_STRUCTURE_NEAR = _lazy_pattern(
    r"cơ\s+cấu|nông,?\s+lâm|dịch\s+vụ|thuế\s+sản\s+phẩm|công\s+nghiệp\s*-\s*xây\s+dựng"
    # "Tỷ trọng công nghiệp trong GRDP của tỉnh": a sector's share of the economy.
    r"|trong\s+(?:grdp|gdp|tổng\s+sản\s+phẩm)"
)
_CONTRIB_BEFORE = _lazy_pattern(_B + r"(?:đóng\s+)?góp" + _W)
_NAMED_BASIS = _lazy_pattern("(?:" + _words_first("so", "với", r"cùng\s+kỳ", "ck") + ")" + _W)
# "Vốn FDI chiếm từ 35 - 40% cơ cấu vốn đầu tư toàn xã hội": a share of the investment, not of
# the economy (blind22 r875, r877; w12t22).
_SHARE_OF_TOTAL = _lazy_pattern(_B + r"(?:tổng|cơ\s+cấu)\s+(?:mức|kim\s+ngạch|vốn|thu)" + _W)
_SHARE_OF_TOTAL_PRESCAN = scan.first_words(["tổng", "cơ"])
# "thuế sản phẩm trừ trợ cấp sản phẩm chiếm 9,09%": a part of GRDP only, so the shares listed
# with it are the economy's (blind22 r880; w12t22).
_ECONOMY_NEAR = _lazy_pattern(r"cơ\s+cấu|kinh\s+tế|grdp|tổng\s+sản\s+phẩm|thuế\s+sản\s+phẩm\s+trừ")
_ECONOMY_PRESCAN = scan.first_words(["cơ", "kinh", "grdp", "tổng", "thuế"])
_STRUCTURE_PRESCAN = scan.first_words(["cơ", "nông", "dịch", "thuế", "công", "trong"])
# ("so cùng thời điểm năm 2021": the same point of that year, as "cùng kỳ".)
_YEAR_HINT_RE = _lazy_pattern(r"(?:cùng\s+kỳ|cùng\s+thời\s+điểm|so\s+với)\s+(?:năm\s+)?((?:19|20)[0-9]{2})(?![0-9])")
_PHRASE_TRIM = _lazy_pattern(r"^[\W_]+|[\W_]+$")
_LEAD_WORDS = _lazy_pattern(
    r"^(?:(?:trong\s+đó|cụ\s+thể|riêng|bao\s+gồm|gồm|còn|và|với|của|thì|là|đã|ước\s+tính|ước|dự\s+kiến)"
    + _W
    + r"[\s,:]*)+"
)


@dataclass(slots=True)
class _Draft:
    fact: Fact
    concept: str | None
    kind: str
    rate: bool = False
    consumed: int = -1  # end of a subject phrase read after the figure ("3 tỷ USD vốn FDI")
    contribution: bool = False  # "góp 9,7% vào mức tăng trưởng chung" (w12ch)
    # A count that only introduces a list ("10 tỉnh, thành phố ... dẫn đầu cả nước gồm: ..."):
    # no fact, but the subject of the list's figures.
    list_only: bool = False
    restated: bool = False  # a part whose sentence names its whole again, a new statement
    listed_item: bool = False  # a product's growth listed after electricity's (w13g)


@dataclass(slots=True)
class _Context:
    nt: NormalizedText
    norm: str
    structure: Structure
    phrases: list[PhraseMatch]
    phrase_starts: list[int]
    mentions: list[PeriodMention]
    mention_starts: list[int]
    # Per mention index i: the last mention at or before i that is not a comparison, and
    # the last such one that carries (-1 if none). Walking back over the comparisons of a
    # paragraph for every figure made a long paragraph of "so với năm 2023" quadratic.
    last_dating: list[int]
    last_carrying: list[int]
    estimates: list[int]
    plans: list[int]
    # Province and national mentions apart: walking back over every "cả nước" to the last
    # province, for every figure, made a text of national mentions quadratic.
    provinces: list[RegionMention]
    province_starts: list[int]
    national_starts: list[int]
    default_region: str | None
    fact_starts: list[int]
    fact_ends: list[int]
    contrasts: list[int] = field(default_factory=list)
    respectively: list[tuple[int, int]] = field(default_factory=list)
    # The year a "so với cùng kỳ năm 2023" anywhere in the text dates the text to (2024),
    # for periods with no year of their own nor an earlier one; -1 until looked up.
    doc_year: int | None = -1
    # Whether ``doc_year`` was read from such a comparison (not from the first dated period).
    doc_year_compared: bool = False
    # "so với cùng kỳ năm 2023" per sentence, found once: searching the sentence again for
    # every figure made one long sentence quadratic.
    year_hints: dict[tuple[int, int], re.Match[str] | None] = field(default_factory=dict)
    # Matches of a pattern over the whole text, found once when first asked (``_matches_in``),
    # by the pattern's ``id``: a compiled pattern hashes its whole program at every lookup
    # (about 0.3 us more each, asked some 14,000 times on 400,000 characters of the bench).
    matches: dict[int, tuple[list[int], list[int]]] = field(default_factory=dict)
    # ``_figure_end`` per figure start, built when first asked (a bisection per call before).
    figure_ends: dict[int, int] | None = None
    # Whether the text holds "trở" / "/" at all, looked up once a text: gates of the checks right
    # after a figure that can only match on that word or sign (``_THRESHOLD_AFTER``,
    # ``_PER_UNIT_AFTER``, ``_PER_PROJECT_AFTER``; they allow any run of spaces before it, so no
    # window bounds it), tried at nearly every figure of every text and matching a few times.
    has_tro: bool = True
    has_slash: bool = True
    # The period a paragraph inherits when it names none itself: that of the last figure of
    # the paragraphs before it, or of a heading line ("Tình hình ... quý II/2024:").
    carried: Period | None = None
    # "cùng kỳ năm 2016" with "mức tăng 5,75% của 6 tháng năm 2016": the text is about the
    # same period a year later (6 months of 2017); None if the text gives no such pair.
    same_period: Period | None = None
    same_period_known: bool = False
    # Where a sentence first names a concept (``_restated``), by sentence start and concept.
    first_named: dict[tuple[int, str], int] = field(default_factory=dict)
    # Where the first name of a park in a sentence ends (-1 if none), per sentence start, for
    # every "khu" figure in it (``_park_named``).
    park_named: dict[int, int] = field(default_factory=dict)
    # The first period the text names (``_first_period``); None until looked up.
    first_period: Period | None = None
    # The paragraph whose figures took the text's first period before it is named (-1: none).
    first_period_para: int = -1
    # The end of the headline (``_heading_end``); -1 until looked up.
    headline_end: int = -1
    # ``_previous_paragraph_start`` per paragraph start, asked for every figure.
    previous_paragraph: dict[int, int] = field(default_factory=dict)
    # Runs of list lines under a lead line with a status word (``_list_lead_status``).
    list_leads: list[tuple[int, int, str]] | None = None
    # The status a figure's own wording fixes, per figure start (``_fixed_status``).
    fixed: dict[int, str | None] = field(default_factory=dict)
    # After the count of a group meeting a condition, when it is the last figure made ("19/30
    # ngành có chỉ số sản xuất công nghiệp tăng"): where its condition is written (from the
    # count's end to its sentence's end), naming the indicator of the members listed after it.
    group_condition: tuple[int, int] | None = None
    # The last whole that has industries as parts (index, output, economy), for a list of
    # industries read after a whole of another kind (``_INDUSTRY_LIST_CUE``).
    industry_whole: _Draft | None = None
    # Facts read from a plan attainment whose level is in a unit no fact has ("đạt 157.419 tấn,
    # đạt 109,39% kế hoạch"): no value in the end (w12v12).
    unread_levels: list[Fact] = field(default_factory=list)
    # Growths of a traded price or volume (``_price_or_volume_growth``): `other` at the end.
    traded_volumes: list[Fact] = field(default_factory=list)
    # (w13a) An index level given with its growth right after ("IIP ... đạt 102,8%, tăng hơn
    # 2,8% so với tháng trước"): where the level is (set while it is read) and then its fact,
    # whose change the growth after it replaces rather than adds to.
    restated_at: int = -1
    restated_index: Fact | None = None
    # (w13d) The first count made of each kind of thing (projects, enterprises) in the paragraph
    # and the paragraph's start: the count a later "giảm 25 dự án" changes (``_count_change``).
    first_counts: dict[str, tuple[int, _Draft]] = field(default_factory=dict)


def extract(text: str, region: str | None = None) -> list[Fact]:
    """Facts found in ``text``; see the package docstring."""
    if not text:
        return []
    nt = normalize(text)
    norm = nt.norm

    def is_capital(i: int) -> bool:
        return nt.original[nt.to_original(i)].isupper()

    # Bare numbers are read but not built, but for those in brackets (see ``bracketed``).
    tagged = tag(norm, facts_only=True, bare_after="(")
    quantities = _conditioned_groups(norm, [q for q in tagged if q.kind in FACT_KINDS])
    if "từ" in norm and _PCT_RANGE.search(norm):
        quantities = _percent_ranges(norm, quantities)
    if "từ" in norm:
        quantities = _money_ranges(norm, quantities)
    quantities = _money_shares(norm, quantities)
    quantities = _currency_equivalents(norm, quantities)
    if "nh 1" in norm:  # (a page's pictures are numbered from "Ảnh 1")
        quantities = _outside_captions(norm, quantities)
    if "điểm phần trăm" in norm:
        for q in quantities:
            points = _PCT_POINTS.match(norm, q.end) if q.kind == "pct" else None
            if points is not None:
                # "đóng góp 1,68% điểm phần trăm": points, whatever the "%".
                q.kind, q.unit, q.end = "pp", "pp", points.end()
    if "đóng góp" in norm:
        _contributions_in_points(norm, quantities)
    if "cpi chung" in norm:
        for q in quantities:
            if (
                q.kind == "pct"
                and norm.startswith("chung ", q.start - 6)
                and _CPI_IMPACT_BEFORE.search(norm, max(0, q.start - 40), q.start)
            ):
                # (w13d) "nhóm hàng ăn và dịch vụ ăn uống tăng 0,53% (tác động làm tăng CPI chung
                # 0,16%)": what a group added to the index, points whatever the "%" (blind16 r627,
                # the statistics offices' wording).
                q.kind = q.unit = "pp"
    # "kế đến là Tiền Giang (4.227), Đồng Tháp (2.810)": bare figures in brackets after a
    # province, read as the ranked list's figure after the prose facts are made.
    bracketed = [q for q in tagged if q.kind == "bare" and q.start and norm[q.start - 1] == "(" and q.value]
    found_tables = tables.find_tables(norm, is_capital)
    if found_tables:
        # Flattened tables are read by their grid (``tables``), not as prose.
        # Tables come in text order and do not overlap: the one a figure may lie in is the
        # last starting before it (checking every table per figure was quadratic).
        table_starts = [lo for (lo, _), _ in found_tables]
        quantities = [
            q
            for q in quantities
            if (i := bisect_right(table_starts, q.start) - 1) < 0 or q.start >= found_tables[i][0][1]
        ]
        table_facts = [_table_fact(nt, v, canonical_region(region)) for _, read in found_tables for v in read]
        prose = _extract_prose(nt, quantities, is_capital, region, bracketed) if quantities else []
        return sorted(prose + [f for f in table_facts if f is not None], key=lambda f: f.span)
    if not quantities:
        return []
    return _extract_prose(nt, quantities, is_capital, region, bracketed)


# "Dự án ...", "nhà máy ...", "công trình ..." named in the sentence before a total investment,
# and no count of projects ("55 dự án, tổng mức đầu tư hơn 11.275 tỷ đồng": a period's total).
_ONE_PROJECT_BEFORE = _lazy_pattern(
    r"(?<![^\W_])(?:[Dd]ự\s+án|DA|[Nn]hà\s+máy|[Cc]ông\s+trình|[Tt]rung\s+tâm|[Tt]ổ\s+hợp)(?![^\W_])"
)
_PROJECTS_COUNTED_BEFORE = _lazy_pattern(r"[0-9]\s+(?:dự\s+án|da|công\s+trình|nhà\s+máy)(?![^\W_])", re.IGNORECASE)
_SENTENCE_END_BEFORE = _lazy_pattern(r".*(?:[.!?]\s|\n)", re.DOTALL)


def _one_project_total(original: str, pos: int) -> bool:
    """Whether the figure at ``pos`` is a total investment ("tổng mức đầu tư") and the sentence
    before it names one project and counts none."""
    if original.find("mức đầu tư", max(0, pos - 30), pos) < 0:
        return False
    lo = max(0, pos - 250)
    cut = _SENTENCE_END_BEFORE.match(original, lo, pos)
    window = original[cut.end() if cut is not None else lo : pos]
    return _ONE_PROJECT_BEFORE.search(window) is not None and _PROJECTS_COUNTED_BEFORE.search(window) is None


def _table_fact(nt: NormalizedText, v: tables.TableValue, default_region: str | None) -> Fact | None:
    """A fact of one value cell of a flattened table."""
    assert v.concept is not None
    code = v.code or lexicon.code_for(v.concept, v.kind)
    if code is None:
        return None
    if code.startswith("ctx:"):
        code = "other"
    change = None
    if v.change is not None and v.change != 0:
        change = Change(tidy(abs(v.change)), "%", "up" if v.change > 0 else "down", "yoy")
    region = v.region
    if region == "total":
        region = default_region or "multiple"
    elif region is None:
        region = default_region
    return Fact(
        indicator=code,
        phrase=v.phrase,
        value=tidy(v.value),
        unit=v.unit,
        qualifier=v.qualifier,
        change=change,
        period=v.period or NO_PERIOD,
        status=v.status,
        region=region,
        span=nt.original_span(*v.span),
        breakdown=v.breakdown,
    )


def _extract_prose(
    nt: NormalizedText,
    quantities: list[Quantity],
    is_capital: Callable[[int], bool],
    region: str | None,
    bracketed: list[Quantity] | None = None,
) -> list[Fact]:
    norm = nt.norm
    phrases = lexicon.find_phrases(norm)
    mentions = find_mentions(norm)

    regions = find_regions(norm, is_capital)
    # "(sau hợp nhất Vĩnh Phúc, Hòa Bình)": provinces merged into the one the text is
    # about, not the place of the figures after them.
    provinces = [
        r
        for r in regions
        if r.name != NATIONAL
        # (``_MERGED_BEFORE`` needs a "(" in the window: a cheap pre-check.)
        and not (
            norm.find("(", max(0, r.start - 60), r.start) >= 0
            and _MERGED_BEFORE.search(norm, max(0, r.start - 60), r.start)
        )
        and not _yardstick_place(norm, r.start)
        and not (norm.endswith("từ ", 0, r.start) and _RANGE_END_AFTER.match(norm, r.end))
    ]
    last_dating, last_carrying = [], []
    dating = carrying = -1
    for i, m in enumerate(mentions):
        if not m.comparison:
            dating = i
            if m.carries:
                carrying = i
        last_dating.append(dating)
        last_carrying.append(carrying)
    ctx = _Context(
        nt=nt,
        norm=norm,
        structure=analyse(norm, is_capital),
        phrases=phrases,
        phrase_starts=[p.start for p in phrases],
        mentions=mentions,
        mention_starts=[m.start for m in mentions],
        last_dating=last_dating,
        last_carrying=last_carrying,
        estimates=[
            m.start()
            for m in scan.finditer(_ESTIMATE_RE, _ESTIMATE_PRESCAN, norm)
            if _word_start(norm, m.start())
            and not (
                norm.endswith(_NOT_ESTIMATE_WORDS, max(0, m.start() - 8), m.start() - 1)
                and _NOT_ESTIMATE_BEFORE.search(norm, max(0, m.start() - 8), m.start())
            )
        ],
        plans=[
            m.start()
            for m in _PLAN_RE.finditer(norm)
            if _word_start(norm, m.start())
            and not _NOT_PLAN_BEFORE.search(norm, max(0, m.start() - 25), m.start())
            and not _DOCUMENT_AFTER.match(norm, m.end())
        ],
        provinces=provinces,
        province_starts=[r.start for r in provinces],
        national_starts=[r.start for r in regions if r.name == NATIONAL],
        default_region=canonical_region(region),
        fact_starts=[q.start for q in quantities],
        fact_ends=[q.end for q in quantities],
        contrasts=[m.start() for m in scan.finditer(_CONTRAST_RE, _CONTRAST_PRESCAN, norm)],
        respectively=[m.span() for m in scan.finditer(_RESPECTIVELY_RE, _RESPECTIVELY_PRESCAN, norm)],
        has_tro="trở" in norm,
        has_slash="/" in norm,
    )
    intended = _intended_investment(norm, ctx.estimates)
    if intended:
        ctx.plans = sorted(ctx.plans + intended)
    ctx.carried = _heading_period(ctx)
    # Where "trong đó", "gồm" ... may start, found once: most figures have none before them.
    trong_do_starts = scan.starts(_TRONG_DO_PRESCAN, norm)
    example_starts = [m.start() for m in _EXAMPLE_CUE.finditer(norm)] if "đơn cử" in norm or "chẳng hạn" in norm else []
    goods_starts = [m.start() for m in _GOODS_LIST_CUE.finditer(norm)] if "mặt hàng" in norm else []
    industries_starts = [m.start() for m in _OF_INDUSTRIES_CUE.finditer(norm)] if "của " in norm else []
    if "ngành có" in norm:
        industries_starts = sorted(
            industries_starts
            + [
                m.start()
                for m in _INDUSTRIES_HAVING_CUE.finditer(norm)
                if norm.endswith(("những ", "các ", "một số "), 0, m.start())
            ]
        )
    facts: list[Fact] = []
    sentence: tuple[int, int] | None = None
    drafts: list[_Draft] = []
    para_last: _Draft | None = None
    # The last figure of a named indicator (not a part, not ``other``) and its paragraph:
    # the whole that components named only by a sector, an ownership type or a province
    # belong to ("Trong đó, khai khoáng tăng 11%", "Bến Tre giảm 60,1%; Đồng Tháp ...").
    whole: _Draft | None = None
    whole_para = -1
    # The last few wholes, for a whole named again by its value ("Trong mức tăng 4,75%, ...").
    recent_wholes: deque[_Draft] = deque(maxlen=8)
    last_made: _Draft | None = None
    # The period of the last figure made, for the paragraphs after it.
    last_period: Period | None = None
    # The period before a month or quarter singled out with "riêng" (``_singled_out``): the
    # paragraphs after go back to it.
    singled_from: Period | None = None
    may_compare = False
    prev_end = 0
    in_breakdown = False
    bare_searched = 0
    current_para = facts_para = facts_para_before = -1
    # The status each figure (number, unit, period) was first given, for its restatements.
    stated: dict[tuple[float | None, str | None, Period], str | None] = {}
    # Per indicator, an estimated whole and the paragraph of its last part (``_reach_estimate``).
    estimated: dict[str, tuple[_Draft, int]] = {}
    for q in quantities:
        sent = ctx.structure.sentence(q.start)
        if sent != sentence:
            if drafts:
                para_last = drafts[-1]
            if sentence is None or ctx.structure.paragraph(sent[0]) != ctx.structure.paragraph(sentence[0]):
                if sentence is not None:
                    if not _PART_PARAGRAPH.match(norm, ctx.structure.paragraph(sent[0])[0]):
                        # (A paragraph opened by "Trong đó," goes on with the figure before it:
                        # "... đạt hơn 8.692 tỷ đồng, tăng hơn 12%." then "Trong đó, bán lẻ hàng
                        # hóa tăng 11,4%, dịch vụ lưu trú và ăn uống tăng 15,38%": its parts.)
                        para_last = None
                    if singled_from is not None and not _PART_PARAGRAPH.match(
                        norm, ctx.structure.paragraph(sent[0])[0]
                    ):
                        # (A paragraph of the singled-out month's parts, "Trong đó, doanh thu
                        # bán lẻ hàng hóa đạt ...", stays in that month: blind13 r505.)
                        last_period, singled_from = singled_from, None
                    if last_period is not None and not _past_year(ctx, last_period):
                        ctx.carried = last_period if last_period.kind not in (None, "target") else None
                        if last_period.kind == "target" and _TOWARDS_THE_GOAL.match(
                            norm, ctx.structure.paragraph(sent[0])[0]
                        ):
                            # "Để thực hiện mục tiêu đề ra, tỉnh đề xuất huy động tổng nguồn vốn
                            # khoảng 15.071 tỷ đồng": the means of the goal just set, to its horizon.
                            ctx.carried = last_period
                lead = _lead_in_period(ctx, sent[0]) or _opening_period(ctx, sent[0])
                if lead is None and last_period is None and ctx.carried is None:
                    lead = _intro_period(ctx, sent[0])
                if lead is not None:
                    ctx.carried = lead
            sentence, drafts, prev_end, in_breakdown = sent, [], sent[0], False
            # The paragraph of every figure of the sentence (a paragraph starts a sentence, so
            # none runs across one): looked up once per sentence, not per figure.
            sent_para_start = ctx.structure.paragraph(sent[0])[0]
            bare_searched = sent[0]
            # Whether a figure of this sentence may be one of a period compared with (see
            # ``_compared_period``), looked up once per sentence.
            may_compare = norm.find("kỳ", sent[0], sent[1]) >= 0 or norm.find("của", sent[0], sent[1]) >= 0
        clause_start, _ = ctx.structure.clause(q.start)
        window_start = max(prev_end, clause_start)
        if clause_start > prev_end and norm.startswith(":", clause_start - 1):
            window_start = _colon_label(ctx, prev_end, clause_start - 1)
        if drafts:
            lo = window_start
        else:
            # Before the sentence's first draft the window starts at the sentence: the part up
            # to the last such figure was searched then, in vain (a match holds no digit, so
            # none runs across that figure), and is not searched again; searching it again
            # for each figure was quadratic on one long sentence of figures that make no fact.
            lo, bare_searched = bare_searched, q.start
        if not in_breakdown and (
            scan.search_at(_TRONG_DO, trong_do_starts, norm, lo, q.start)
            or (example_starts and scan.search_at(_EXAMPLE_CUE, example_starts, norm, lo, q.start))
            or (goods_starts and scan.search_at(_GOODS_LIST_CUE, goods_starts, norm, lo, q.start))
            or (industries_starts and scan.search_at(_INDEX_INDUSTRIES_CUE, industries_starts, norm, lo, q.start))
        ):
            in_breakdown = True
        para_start = sent_para_start
        if para_start != current_para:
            # The paragraph of the last indicator figure before this one: paragraphs between
            # with no figure of a named indicator ("Đáng chú ý, hàng hóa ... có mặt tại 145
            # quốc gia") do not part a part from its whole.
            current_para, facts_para_before = para_start, facts_para
        near_whole = (
            whole
            if whole is not None and whole_para >= min(_previous_paragraph_start(ctx, para_start), facts_para_before)
            else None
        )
        whole_here = near_whole or whole
        if (
            whole_here is not None
            and whole_here.fact.value != q.value
            and q.value is not None
            # (A cheap look for the words first: most figures have none before them.)
            and norm.find("mức tăng", q.start - 30 if q.start > 30 else 0, q.start) >= 0
            and _TOTAL_REF_BEFORE.search(norm, max(0, q.start - 30), q.start)
        ):
            # "tăng 4,75% ... thấp hơn kế hoạch năm 2020 (tăng 7-8%). Trong mức tăng 4,75%, khu
            # vực ... tăng 3,82%": the whole named again is the one of that value, given a few
            # figures before (a plan or a past year's figure may stand between), not the last.
            named = next(
                (
                    d
                    for d in reversed(recent_wholes)
                    if d.fact.value == q.value and d.fact.unit == q.unit and d.fact.change is not None
                ),
                None,
            )
            if named is not None:
                whole = near_whole = whole_here = named
                whole_para = para_start
        if (
            whole_here is not None
            and whole_here.fact.value == q.value
            and whole_here.fact.unit == q.unit
            and _TOTAL_REF_BEFORE.search(norm, max(0, q.start - 30), q.start)
        ):
            # "trong tổng mức 370 nghìn tỷ đồng, doanh thu bán lẻ hàng hóa đạt ...": the total
            # named again to introduce its parts, not a figure of its own.
            drafts.append(whole_here)
            prev_end = q.end
            continue
        if (
            q.kind == "area"
            and drafts
            and q.value is not None
            and drafts[-1].fact.unit == q.unit
            and drafts[-1].fact.change is None
            and _ADDED_IN_BRACKETS.fullmatch(norm, prev_end, q.start)
        ):
            # "mở rộng CCN Kim Bình từ 51,7 ha lên 73,46 ha (thêm 21,7 ha)": the area added,
            # in brackets after the new area, is its change from the area before.
            drafts[-1].fact.change = Change(q.value, q.unit or "ha", "up", "other")
            prev_end = q.end
            continue
        if (
            q.kind == "count"
            and drafts
            and q.value is not None
            and (last_change := drafts[-1].fact.change) is not None
            and last_change.unit == "%"
            and _EQUIVALENT_IN_BRACKETS.fullmatch(norm, prev_end, q.start)
        ):
            # "số doanh nghiệp giải thể ... giảm 19,3% (tương đương 60 doanh nghiệp)": the same
            # fall as a count, the figure's second change (not a count of its own).
            drafts[-1].fact.extra_changes.append(Change(q.value, "count", last_change.direction, last_change.basis))
            prev_end = q.end
            continue
        made = _read_quantity(ctx, q, sent, window_start, drafts, para_last, in_breakdown, near_whole)
        if ctx.restated_at == q.start:
            ctx.restated_index, ctx.restated_at = (made.fact if made is not None else None), -1
        if (
            made is not None
            and made.fact.change is not None
            and (
                (made.rate and made.fact.indicator == "iip")
                or (made.fact.indicator == "other" and made.fact.value is None)
            )
            and (product := _product_with_volume(norm, max(prev_end, sent[0]), q.start)) is not None
        ):
            # (w13d) "Một số mặt hàng có mức tăng trưởng khá như bia đạt 22,5 ngàn lít, tăng
            # 65,77%; hạt điều khô 152 tấn, tăng 19,84%", "than sạch đạt 25,9 triệu tấn, tăng
            # 12,5%": an item given in tonnes or litres is a product, `other` named by it with
            # its growth alone, not a branch of the production index (blind16 r643, blind17 r685).
            # (One rule with w13a's ``_after_product_volume``, which reads such a growth as a
            # figure of its own first; this names it, whichever reader made it.)
            fact = made.fact
            # (No breakdown: the phrase names the product, as the duplicate check reads it.)
            fact.indicator, fact.phrase, fact.breakdown, fact.value, fact.unit = "other", product, None, None, None
            made.rate = False
        if (
            made is not None
            and made.fact.value is None
            and made.fact.indicator in _TRADE_VALUE_CODES
            and _price_or_volume_growth(norm, window_start, sent[0], q.start)
            # (Only a fact made for this figure, not one it added a change to.)
            and made.fact.span[0] == ctx.nt.to_original(q.start)
        ):
            # `other` once the text is read (below): until then the growth stays the trade's
            # draft, so that the value given after it ("..., với trị giá xuất 113 triệu USD")
            # and the changes after that are still read as the trade's. (w15d: relabelled
            # here instead, blind18 r707's five export values, blind20 r804, blind23 r913 and
            # dev r146 change.)
            ctx.traded_volumes.append(made.fact)
        if (
            made is not None
            and q.kind == "money"
            and made.fact.value == q.value
            and made.fact.span[0] == ctx.nt.to_original(q.start)
            # (Gate: the pattern cannot match without a "/".)
            and ctx.has_slash
            and _PER_UNIT_AFTER.match(norm, q.end)
        ):
            # "giá xuất khẩu bình quân 5.300 USD/tấn, tăng hơn 70%": a price per tonne or kg
            # is no amount of the indicator (the schema has no unit for it); only its change
            # is a figure, of an ``other`` subject.
            made.fact.indicator, made.fact.value, made.fact.unit, made.fact.qualifier = "other", None, None, None
            made.fact.plan_attainment = []
        if (
            made is not None
            and drafts
            and made.fact.indicator != "other"
            and made.fact.period.year is not None
            and drafts[-1].fact.period.year is not None
            and made.fact.period.year < drafts[-1].fact.period.year
            and norm.rfind("(", prev_end, q.start) > norm.rfind(")", prev_end, q.start)
            and made.fact.span[0] == ctx.nt.to_original(q.start)
        ):
            # "tăng 7,9% so với cùng kỳ năm trước (lũy kế 12 tháng năm 2019 đạt 16.500 tỷ
            # đồng)": an earlier year's figure in brackets is the level compared with, as published.
            made.fact.status = "actual"
            before = drafts[-1].fact.period
            if (
                made.fact.period.kind == "year"
                and before.kind in ("month", "quarter", "half", "ytd")
                and _BRACKET_YEAR_BEFORE.search(norm, max(0, q.start - 30), q.start)
            ):
                # "6 tháng đầu năm 2021 ... tăng 4,52% so với cùng kỳ (năm 2020 tăng 1,24%)":
                # the same part of the earlier year.
                made.fact.period = _shifted(before, made.fact.period.year) or made.fact.period
            facts.append(made.fact)
            prev_end = q.end
            continue
        if made is not None and may_compare:
            compared = _compared_period(ctx, q, made.fact.period, drafts[-1].fact.period if drafts else None)
            # (Only a fact made for this figure, not one it added a change to.)
            if compared is not None and made.fact.span[0] == ctx.nt.to_original(q.start):
                # "(cùng kỳ năm 2023 giảm 0,2%)", "thấp hơn mức tăng 5,75% của 6 tháng năm
                # 2016": the figure of the period compared with, as published then.
                # It dates nothing after it and is neither a whole of parts nor the fact
                # the next comparisons belong to.
                # (A share with no status, "cơ cấu ... chiếm 28,9%", keeps none: blind18 r702, r712.)
                made.fact.period = compared
                if made.fact.status is not None:
                    made.fact.status = "actual"
                facts.append(made.fact)
                prev_end = q.end
                continue
        if (
            made is not None
            and made.fact.unit == "ha"
            and drafts
            and drafts[-1].kind == "count"
            and drafts[-1].fact.indicator == "other"
            and drafts[-1].concept in ("CLUSTER", "PARK")
            and _AREA_OF_COUNTED.fullmatch(norm, prev_end, q.start)
        ):
            # "7 cụm công nghiệp với tổng diện tích 299 ha đã được phê duyệt quy hoạch chi
            # tiết", "9 cụm đã quy hoạch chi tiết với tổng diện tích 337,3 ha": the area of
            # clusters counted as ``other`` is theirs, not the clusters', in their status.
            made.fact.indicator, made.fact.status = "other", drafts[-1].fact.status
        if made is not None:
            _plan_of_rate(ctx, made, drafts[-1] if drafts else para_last, window_start, q)
            _unsign_target(ctx, made.fact, window_start, q)
        if made is not None and _level_in_brackets(ctx, made, drafts, facts, prev_end, q):
            drafts.pop()
            facts.pop()
        if (
            made is not None
            and last_made is not None
            and made.fact.indicator == "other"
            and made.fact.value is None
            and made.fact.change is not None
            and last_made.fact.indicator != "other"
            and _THIS_FIGURE_CHANGES.match(norm, window_start)
        ):
            # "... thu hút hơn 1,6 tỷ USD vốn đăng ký FDI. Mức này gấp 14 lần so với cùng kỳ":
            # "this level" is the figure just given, whose change it states (merged below).
            made.fact.indicator = last_made.fact.indicator
        if (
            made is not None
            and last_made is not None
            # "có 19/30 ngành có chỉ số tăng. Trong đó, ... kim loại đúc sẵn tăng 29,0%": the
            # count of a group meeting a condition is no subject of the growths after it.
            and last_made.concept != "GROUP"
            # "bình quân mỗi tháng có 115 doanh nghiệp ... Mặt khác, số doanh nghiệp giải thể
            # ... giảm 19,3%": a subject of its own named is no change of the count before.
            and not (made.concept == "OTHER_SUBJECT" and last_made.kind == "count")
            # (w12t24) "đã thực hiện chuyển đổi 1.196 ha đất trồng lúa ... Chăn nuôi tiếp tục phát
            # triển; sản lượng thịt hơi tăng 6,9%": nor of a figure named by no subject at all
            # (blind24 r964).
            and not (made.concept == "OTHER_SUBJECT" and last_made.concept is None)
            # "Nông, lâm nghiệp và thủy sản: tăng 3,74%, đóng góp 6,09%. Công nghiệp và xây
            # dựng: tăng 7,42%", "ngành năng lượng tăng 16,14%, đóng góp 2,59% GRDP." / "(Muối
            # biển tăng 35,9%; ...)": a share of the growth does not grow; a growth after it is
            # another thing's.
            and not last_made.contribution
            and _completes(made.fact, last_made.fact, ctx, para_start)
        ):
            # "Hải Phòng đạt 12,15 tỷ USD. So với cùng kỳ, kim ngạch xuất khẩu của Hải Phòng
            # tăng 29,25%": the growth of the figure just given, not a figure of its own.
            old, new = last_made.fact.change, made.fact.change
            if old is None or new is None:
                last_made.fact.change = new
            elif new.basis == "yoy":
                # The comparison with last year is the main one, the other goes after it.
                last_made.fact.change, last_made.fact.extra_changes = new, [old]
            else:
                last_made.fact.extra_changes.append(new)
            drafts.append(last_made)
            prev_end = q.end
            continue
        if made is not None:
            _reach_estimate(ctx, made, estimated, q.start, window_start, para_start)
            if made.fact.period.kind is not None:
                key = (q.value, q.unit, made.fact.period)
                if made.fact.breakdown is None and made.fact.indicator != "other":
                    first = stated.get(key)
                    if (
                        first is not None
                        and first != made.fact.status
                        and made.fact.status == "actual"
                        and not _own_status(ctx, q.start, window_start)
                    ):
                        # "ước tăng 15,16% ..." then "Tính chung 4 tháng ..., chỉ số tăng 15,16%.
                        # Trong đó, ...": the same figure of the same period stated again keeps the
                        # status it was first given, and its parts inherit that.
                        made.fact.status = first
                if made.fact.breakdown is None:
                    stated.setdefault(key, made.fact.status)
            last_made = made
            for region_name in _shared_regions(ctx, made.fact, window_start, q.start):
                twin = _copy_fact(made.fact, region_name)
                facts.append(twin)
        # "một số sản phẩm ... như: ..., điện sản xuất tăng 7,2%": a product's growth in a list
        # of products is neither a whole nor a figure that parts a later part from its whole.
        listed = (
            made is not None
            and made.fact.value is None
            and made.fact.indicator != "other"
            and _listed_product(ctx, sent, q.start)
        )
        if (
            made is not None
            and made.fact.indicator not in ("other", "grdp_per_capita")
            and (made.fact.breakdown is None or made.fact.breakdown.lower().startswith("tổng "))
            and not listed
            # (w12t20) "GRDP 9 tháng ... ước đạt 6,27% (quý I tăng 7,63%; ... quý III tăng
            # 6,51%). Trong đó, khu vực nông, lâm nghiệp và thủy sản tăng 4,29%": the whole's
            # own figures by quarter, in brackets, are no new whole; the sectors after the
            # bracket are parts of the 9 months (blind20 r807).
            and not (
                whole is not None
                and made.fact.indicator == whole.fact.indicator
                and _in_open_bracket(norm, sent[0], q.start)
            )
        ):
            # A figure per head has no parts ("GRDP bình quân đầu người ... 13 triệu đồng/người"
            # then "lĩnh vực nông, lâm, ngư nghiệp ước đạt hơn 800 tỷ đồng": parts of the GRDP);
            # a total ("tổng giá trị gia tăng") is a whole even when its phrase names a part.
            whole, whole_para = made, para_start
            recent_wholes.append(made)
            if made.fact.indicator in _INDUSTRY_LIST_WHOLES:
                ctx.industry_whole = made
        elif made is not None and whole is not None and made.fact.indicator == whole.fact.indicator:
            # A part of the whole keeps it in play: "Xét theo ngành cấp 1, ... chế biến, chế tạo
            # tăng 12,06%" then a paragraph "Xét theo ngành cấp 2, ... sản xuất kim loại tăng
            # 30,24%" lists more parts of the same index.
            whole_para = para_start
        if not _genitive_count(norm, q, made):
            prev_end = q.end
        if made is not None and made.consumed > prev_end:
            prev_end = made.consumed
        if made is not None:
            ctx.group_condition = (q.end, sent[1]) if made.concept == "GROUP" else None
            if (
                made.kind == "count"
                and made.concept is not None
                and made.fact.value is not None
                and ctx.first_counts.get(made.concept, (-1,))[0] != para_start
            ):
                ctx.first_counts[made.concept] = (para_start, made)
            if made.concept != "GROUP":
                # "15/20 ngành có chỉ số giảm, ... như: sản xuất hóa chất giảm 27,58%": the count
                # of a group meeting a condition is no subject of the figures after it.
                drafts.append(made)
            if made.list_only:
                prev_end = q.end
                continue
            facts.append(made.fact)
            if (
                last_period is None
                or not (
                    (in_breakdown and _within(made.fact.period, last_period))
                    or _in_open_bracket(norm, sent[0], q.start)
                )
            ) and not _label_dated(ctx, q.start, made.fact.period):
                # "8 tháng năm 2017, kim ngạch ... đạt 152,03 triệu USD, trong đó, tháng 8 đạt
                # 17,91 triệu USD": the paragraphs after go on in the whole's months, not in
                # the month of one of its parts; nor in the period of a figure in brackets
                # ("tăng 10,55% (6 tháng tăng 11,29%, quý III tăng 9,09%)"), nor in a fact
                # sheet's label year.
                if _singled_out(ctx, sent, q.start, made.fact.period):
                    if last_period is not None and singled_from is None:
                        singled_from = last_period
                else:
                    singled_from = None
                last_period = made.fact.period
            if made.fact.indicator != "other" and not listed:
                facts_para = para_start
    for f in ctx.traded_volumes:
        if f.value is None and f.indicator in _TRADE_VALUE_CODES:
            f.indicator = "other"
    monthly = False
    for f in facts:
        if f.status == "plan" and f.plan_attainment and f.unit in ("VND", "USD"):
            # (w12t30) "Kế hoạch năm 2017 là 7.314,3 tỷ đồng, giá trị giải ngân là 5.375,5 tỷ
            # đồng, đạt 73,5% kế hoạch": a figure measured against the plan is what was done,
            # not the plan (blind30 r1193; 462 of 463 such gold facts are actual or estimate). Not
            # a share, "cam kết phấn đấu giải ngân 100% kế hoạch" (blind15 r583).
            f.status = "actual"
        if f.plan_attainment and f.change is not None and f.unit == "%" and f.value == f.plan_attainment[0]["value"]:
            # "Thu ngân sách nhà nước đạt hơn 52,8% so với dự toán, tăng 1,89% so với cùng kỳ",
            # "thu dầu thô đạt 268,1% dự toán và bằng 177,5% so với cùng kỳ": the share of the
            # plan is no level of the indicator (it is in ``plan_attainment``); the figure is
            # its change, in % of the level compared with, not in points of the attainment.
            f.value, f.unit, f.qualifier = None, None, None
            if f.change.unit == "pp":
                f.change.unit = "%"
        elif (
            f.indicator == "budget_revenue"
            and f.plan_attainment
            and f.change is None
            and f.unit == "%"
            and f.value == f.plan_attainment[0]["value"]
        ):
            # (w14d) "Tổng thu ngân sách nhà nước đạt 57,77% so với dự toán", "thu phí, lệ phí
            # đạt 45,2% dự toán": the same with no change, the revenue's level left unsaid
            # (blind10, blind18, blind30; SCHEMA.md).
            # (Left here, not where the share is read: w15d. Whether a change comes is known
            # only now: a growth said after the share ("... đạt 94,5% dự toán ... So với cùng
            # kỳ năm 2021, thu ngân sách của tỉnh đã tăng 27,5%") joins it only while it has a
            # value (``_completes``); with the value gone early the growth stays a fact of its
            # own and blind14 r561 gains a value-less budget fact.)
            f.value, f.unit, f.qualifier = None, None, None
        if f.indicator == "grdp" and f.value is None and f.change is not None and f.change.unit == "%":
            # "(6 tháng tăng 11,29%, quý III tăng 9,09%)", "(6 tháng năm 2021 tăng 2,33%)": a growth
            # of the GRDP or of a sector with no level of its own is economic growth, a rate.
            # (Left here: w15d. Such growths are made by ``_new_fact`` and by ``_change_only``;
            # relabelled as they are made, the first growth in brackets is a rate, and the next
            # one is read as its change in points (blind7 r336, blind19 r766).)
            f.indicator, f.unit = "grdp_growth", "%"
            f.value = f.change.value if f.change.direction == "up" else -f.change.value
        if f.indicator == "grdp_growth" and f.value is not None and 80 <= f.value <= 200:
            _grdp_index_as_growth(f, nt.original)
        elif (
            f.indicator == "other"
            and f.unit == "VND"
            and "tổng thu" in f.phrase.lower()
            and "dự toán" in nt.original[f.span[1] : f.span[1] + 40].lower()
        ):
            # (w12t21) "tổng thu 6 tháng đầu năm 2025 là 4.742 tỷ đồng, đạt 49,5% so với dự
            # toán": a total revenue set against the budget estimate is budget revenue (blind21
            # r845); "tổng thu du lịch" has no "dự toán".
            # (Left here, not in ``_code_in_unit``: w15d. Relabelled as it is made, the first
            # such total becomes a budget figure the next ones take as their subject, so
            # "Đồng Tháp cũ có tổng thu ... 7.794 tỷ đồng" gave its phrase to "Tiền Giang cũ,
            # tổng thu ..." after it (blind21 r845); as `other` each keeps its own words.)
            f.indicator = "budget_revenue"
        if f.period.kind is not None and _one_project_total(nt.original, f.span[0]):
            # (w12t27) "Dự án nhà máy nhiệt điện LNG Thái Bình, với tổng mức đầu tư 2 tỷ USD, dự
            # kiến sẽ khởi công vào cuối năm nay ... vào quý IV/2028", "Trước đó, vào tháng
            # 6/2019, Tập đoàn T&T Group cũng đề xuất ... tổng mức đầu tư gần 6 tỷ USD": one
            # project's total investment is the project's, no period's figure (blind27 r1075,
            # r1078; blind13 r529, blind17 r672, blind22 r878 annotate it so).
            f.period = NO_PERIOD
        if (
            f.value is None
            and f.change is not None
            and f.indicator in _TRADE_VALUE_CODES
            and _VOLUME_AFTER.match(nt.original, f.span[1])
        ):
            # "cà phê nhân xuất khẩu 15.000 tấn, giảm 28,8% về lượng và giảm 33% về giá trị": the
            # change of the volume exported is no change of the trade's value (blind23 r913).
            # (Left here: w15d. Relabelled as it is made, the volume's growth is an `other`
            # draft, and "giảm 33% về giá trị" after it takes that as its subject: blind23 r913.)
            f.indicator = "other"
        p = f.period
        if (
            p.months is not None
            and p.kind in ("ytd", "half")
            and f.indicator == "other"
            and _BANK_STOCK.search(f.phrase.lower())
        ):
            # (w12t24) "Tổng nguồn vốn huy động đạt 85.400 tỷ đồng, tăng 10,6%; dư nợ tín dụng
            # đạt 87.700 tỷ đồng ...; tỷ lệ nợ xấu ở mức 1,4%" after "8 tháng": a bank's stock at
            # the end of the months, not their sum (months null, as "đến cuối tháng N"; blind20
            # r785, blind24 r958-r960).
            f.period = p = Period("ytd", p.year, p.month)
        if p.kind == "ytd" and p.month is not None and _compares_with_last_month(f):
            # "10 tháng năm 2020 ..." then "tăng 1,5% so với tháng trước và tăng 11% so với
            # cùng kỳ": a figure compared with the month before is the month's own.
            f.period = Period("month", p.year, p.month)
            monthly = True
    if monthly:
        _months_in_sentences(facts, nt.original)
    _index_parts_on_last_month(facts, nt.original)
    for f in ctx.unread_levels:
        f.value, f.unit = None, None
    if bracketed:
        facts = _bracketed_list(ctx, facts, bracketed)
    _plans_beside_disbursement(facts, nt.original)
    facts = _growths_before_levels(facts, nt.original)
    heading_end = nt.to_original(_headline_end(ctx))
    facts = _drop_rounded_headlines(_dedupe(facts, heading_end, nt.original), heading_end)
    return _drop_headlines_named_in_body(facts, heading_end, nt.original) if heading_end > 0 else facts


def _plans_beside_disbursement(facts: list[Fact], text: str) -> None:
    """ "Kế hoạch năm 2017 là 7.314,3 tỷ đồng, giá trị giải ngân là 5.375,5 tỷ đồng", "kế hoạch
    đầu tư công ... 1.724,707 tỷ đồng. Trong đó, kế hoạch vốn phân bổ để thực hiện dự án là
    1.422,557 tỷ đồng": a plan of capital that names no indicator, beside a figure of public
    investment in its paragraph, is the plan of that investment (w13g)."""
    for i, f in enumerate(facts):
        if f.indicator != "other" or f.status != "plan" or f.unit != "VND" or f.change is not None:
            continue
        near = [
            g
            for g in facts[max(0, i - 1) : i + 2]
            if g is not f
            and g.indicator == "public_investment_disbursement"
            and abs(g.span[0] - f.span[0]) < 250
            and text.find("\n", min(g.span[0], f.span[0]), max(g.span[0], f.span[0])) < 0
        ]
        if not near:
            continue
        lo = max(text.rfind(c, 0, f.span[0]) for c in ".;:\n")
        if _PLAN_OF_CAPITAL.match(text, lo + 1, f.span[0]) is not None:
            f.indicator = "public_investment_disbursement"


# A clause opened by a plan ("Kế hoạch năm 2017 là", "kế hoạch vốn phân bổ để thực hiện dự án
# là", "Trong đó, kế hoạch vốn ...").
_PLAN_OF_CAPITAL = _lazy_pattern(r"\s*(?:-\s*)?(?:trong\s+đó,?\s+)?kế\s+hoạch(?:\s+vốn)?\s", re.IGNORECASE)


# (w12t24) Bank stocks: loans outstanding, deposits mobilised, bad debts.
_BANK_STOCK = _lazy_pattern(r"dư nợ|vốn huy động|nợ xấu")


# (w12t21) "GRDP ... ước cả năm 2022 đạt 113,94%; trong đó khu vực nông, lâm, thủy sản đạt
# 103,82%, khu vực công nghiệp và xây dựng 136,55%": with no growth verb right before it, an
# economic growth of 80-200% is the index against last year (100), i.e. a rise of 13,94%.
_GROWTH_VERB_BEFORE = _lazy_pattern(r"(?:tăng|giảm)(?:\s+(?:khoảng|hơn|gần|trên|ước|đến|tới|là|được|đạt))*\s*$")


def _grdp_index_as_growth(f: Fact, original: str) -> None:
    """An economic growth of 80-200% not said with "tăng"/"giảm": an index, base 100."""
    c = f.change
    value = f.value
    if c is None or c.unit != "%" or c.direction != "up" or value is None or c.value != value:
        return
    before = original[max(0, f.span[0] - 25) : f.span[0]].lower()
    if _GROWTH_VERB_BEFORE.search(before):
        return
    delta = round(value - 100, 6)
    f.value = delta
    c.value = abs(delta)
    c.direction = "up" if delta >= 0 else "down"


# A paragraph that opens with the means to the goal named before it.
_TOWARDS_THE_GOAL = _lazy_pattern(
    r"\s*(?:để|nhằm)\s+(?:thực\s+hiện|đạt(?:\s+được)?|hoàn\s+thành)\s+(?:các\s+|những\s+)?mục\s+tiêu" + _W
)


_COLON_LABELS = frozenset({"OCCUPANCY"})


def _colon_label(ctx: _Context, lo: int, colon: int) -> int:
    """Where the window of a figure in a clause opened by ":" starts: at the part named right
    before the colon ("Công nghiệp và xây dựng: tăng 7,42%, đóng góp 40,17%": the sector's
    growth, not a change of the figure before), else right after the colon."""
    i = bisect_left(ctx.phrase_starts, colon) - 1
    if i >= 0:
        phrase = ctx.phrases[i]
        if phrase.start >= lo and phrase.end == colon and phrase.concept in lexicon.BREAKDOWN_CONCEPTS:
            return phrase.start
        if phrase.start >= lo and phrase.end == colon and phrase.concept in _COLON_LABELS:
            # (w12v13) A field of a park's fact sheet ("Tỷ lệ lấp đầy: 78%"): the rate named
            # right before the colon is the figure's (blind13 r526).
            return phrase.start
        if phrase.start >= lo and phrase.end == colon and phrase.concept in ("PARK", "CLUSTER") and i > 0:
            # (w12t29) "giữ nguyên diện tích quy hoạch đối với các khu công nghiệp: Phúc Khánh
            # 173 ha; Nguyễn Đức Cảnh 101,89 ha": the area of each park listed (blind29 r1162).
            area = ctx.phrases[i - 1]
            if area.concept == "AREA" and area.start >= lo and colon - area.end <= 40:
                return area.start
    return colon + 1


# (w12t20) "Tính riêng trong quý III/2025, GRDP của tỉnh ước tăng 12,88%." after the months
# so far: a month or quarter singled out of them dates its sentence only (``periods``: it does
# not carry), and the paragraphs after go on in the months so far (blind20 r784).
_SINGLED_OUT = _lazy_pattern(r"(?<![^\W_])riêng(?:\s+trong)?\s+(?:tháng|quý)" + _W)


def _singled_out(ctx: _Context, sent: tuple[int, int], pos: int, period: Period) -> bool:
    """Whether the figure at ``pos`` is of a month or quarter its sentence singles out with
    "riêng" before it."""
    return (
        period.kind in ("month", "quarter")
        and ctx.norm.find("riêng", sent[0], pos) >= 0
        and _SINGLED_OUT.search(ctx.norm, sent[0], pos) is not None
    )


def _in_open_bracket(norm: str, lo: int, pos: int) -> bool:
    """Whether a bracket opened since ``lo`` (looked for 200 characters back, so that a long
    line of figures is not searched again for each) is still open at ``pos``."""
    lo = max(lo, pos - 200)
    return norm.rfind("(", lo, pos) > norm.rfind(")", lo, pos)


def _within(part: Period, whole: Period) -> bool:
    """Whether ``part`` is a month or quarter that ends ``whole`` (months so far or a half)."""
    return (
        part.kind in ("month", "quarter")
        and whole.kind in ("ytd", "half")
        and part.year == whole.year
        and (
            part.month == whole.month
            if part.kind == "month"
            else part.quarter is not None and part.quarter * 3 == whole.month
        )
    )


def _trade_flow(ctx: _Context, generic: PhraseMatch) -> PhraseMatch | None:
    """ "kim ngạch" alone is the export or import flow last named before it; "kim ngạch hàng
    hóa xuất khẩu" names the flow a few words after it."""
    nxt = bisect_left(ctx.phrase_starts, generic.end)
    if nxt < len(ctx.phrases):
        after = ctx.phrases[nxt]
        if (
            after.concept in ("EXPORT", "IMPORT")
            and after.start - generic.end <= 12
            and _TRADE_GOODS_GAP.fullmatch(ctx.norm, generic.end, after.start)
        ):
            return PhraseMatch(after.concept, generic.start, after.end)
    idx = bisect_left(ctx.phrase_starts, generic.start) - 1
    while idx >= 0 and ctx.phrases[idx].start >= generic.start - 1500:
        concept = ctx.phrases[idx].concept
        if concept in ("EXPORT", "IMPORT"):
            return PhraseMatch(concept, generic.start, generic.end)
        idx -= 1
    return None


# Words between "kim ngạch" and the flow it names: "kim ngạch hàng hóa xuất khẩu".
_TRADE_GOODS_GAP = _lazy_pattern(r"\s+(?:hàng\s+hóa\s+)?")
# "đứng thứ 2 trong khu vực Tây nguyên (sau Kon Tum)", "thứ 3/14 tỉnh ... từ Thanh Hóa đến Bình
# Thuận", "dẫn đầu về thu hút FDI tại ĐBSCL", "giáp tỉnh Bến Tre": a place the figures are ranked
# against, the bounds of the league or a neighbour, not the place of the figures after it.
_YARDSTICK_PLACE_BEFORE = _lazy_pattern(
    "(?:"
    + _words_first(
        r"chỉ\s+sau",
        r"đứng\s+sau",
        r"xếp\s+sau",
        "sau",
        r"từ\s+[^\W\d_][^,;.()]{0,30}?\s+đến",
        r"dẫn\s+đầu[^.;()]{0,40}?(?:tại|ở|trong|của|khu\s+vực|vùng)",
        r"đứng\s+đầu[^.;()]{0,40}?(?:tại|ở|trong|của|khu\s+vực|vùng)",
        # "phía Bắc giáp tỉnh Long An và TP HCM": a neighbour.
        r"giáp(?:\s+với)?(?:[^;.():]{0,40}?(?:\s+và|,))?",
    )
    + ")"
    r"\s+(?:(?:các\s+)?(?:tỉnh|thành\s+phố|tp\.?)\s+)?$"
)
_YARDSTICK_WORDS = ("sau", "đến", "đầu", "giáp")


def _yardstick_place(norm: str, start: int) -> bool:
    lo = max(0, start - 60)
    # (Most mentions have none of the pattern's words before them: a cheap pre-check.)
    if not any(norm.find(word, lo, start) >= 0 for word in _YARDSTICK_WORDS):
        return False
    return _YARDSTICK_PLACE_BEFORE.search(norm, lo, start) is not None


_RANGE_END_AFTER = _lazy_pattern(r"\s+(?:đến|tới)\s")
_MERGED_BEFORE = _lazy_pattern(r"\((?:[^()]*?)(?:hợp\s+nhất|sáp\s+nhập)(?:\s+(?:từ|với))?[^()]*$")
_SHARED_RE = _lazy_pattern(_B + r"cùng\s+(?:tăng|giảm|đạt|ở\s+mức)" + _W)


def _shared_regions(ctx: _Context, fact: Fact, lo: int, hi: int) -> list[str]:
    """ "An Giang và Quảng Nam cùng giảm 15,5%": the other provinces sharing the figure."""
    lo20 = max(lo, hi - 20)
    if ctx.norm.find("cùng", lo20, hi) < 0 or not _SHARED_RE.search(ctx.norm, lo20, hi):
        return []
    start = bisect_left(ctx.province_starts, lo)
    end = bisect_left(ctx.province_starts, hi)
    names = [ctx.provinces[i].name for i in range(start, end)]
    return [n for n in dict.fromkeys(names) if n != fact.region] if len(names) >= 2 else []


# A figure of the period compared with: "(cùng kỳ năm 2023 giảm 0,2%)", "so với cùng kỳ năm
# 2023 (35,4 triệu USD)" before it; "của cùng kỳ năm trước", "của năm 2022" after it.
# (After "so với cùng kỳ", a verb gives the figure's own change: "duy trì tốc độ phát triển so
# với cùng kỳ năm trước tăng 3,6%"; only a bracket there holds the level compared with.)
# "ngành chế biến giảm 0,6%, trong khi cùng kỳ năm 2022 tăng 10,1%": "trong khi" sets the
# same period of the named year beside the figure before.
_SAME_PERIOD_BEFORE = _lazy_pattern(
    r"(?:\((?=\s*cùng)|"
    + _B
    + r"trong\s+khi\s+(?=cùng)|"
    + _B
    + r"so\s+(?:với\s+)?(?=cùng\s+kỳ[^(]*\(\s*$)|"
    # "cao hơn mức tăng của cùng kỳ năm trước (4,09%)": the rate of the period compared with.
    + _B
    + r"mức\s+tăng(?:\s+trưởng)?\s+của\s+(?=cùng\s+kỳ[^(]*\(\s*$))\s*cùng\s+kỳ"
    r"(?:\s+(?:của\s+)?năm\s+(?P<y>trước|(?:19|20)[0-9]{2}))?"
    # "(cùng kỳ năm trước 6,41%)": the rate of the period compared with, with no verb (blind18
    # r711; only after a bracket or "trong khi", as the other openings need a bracket).
    # (w12t24) "(cùng kỳ đạt hơn 9.379 tỷ đồng - PV)": a qualifier after the verb (blind24 r945).
    r"(?:\s*\(|\s+(?:tăng|giảm|đạt|là)" + _W + r"(?:\s+(?:hơn|gần|khoảng|trên)" + _W + r")?"
    r"|(?<=trước)|(?<=[0-9]{4}))\s*$"
)
_SAME_PERIOD_ENDS = (
    *("(", "tăng", "giảm", "đạt", "là", "trước", "0", "1", "2", "3", "4", "5", "6", "7", "8", "9"),
    *("hơn", "gần", "khoảng", "trên"),
)
# "chiếm 1,58% (cùng kỳ năm 2017 lần lượt là: 30,22%; 14,38%; 53,78% và 1,61%)", "(cơ cấu
# tương ứng của cùng kỳ năm 2019 lần lượt là: 39,75%; ...)": each figure of the bracket's list
# is the same period's of that year (blind18 r702, r712; "(Cơ cấu tương ứng cùng kỳ năm 2023 là:
# ...)", blind21 r834).
_SAME_PERIOD_LIST_BEFORE = _lazy_pattern(
    r"\((?:[^()]{0,40}?\s)?cùng\s+kỳ(?:\s+(?:của\s+)?năm\s+(?P<y>trước|(?:19|20)[0-9]{2}))?\s+(?:lần\s+lượt\s+)?là\s*:?"
    r"(?:\s*[0-9][0-9.,]*\s*%?\s*(?:;|,|và)\s*)*\s*$"
)
# "tăng 4,60% so với cùng kỳ năm trước, đạt mức tăng thấp so với cùng thời điểm năm 2019 tăng
# 6,16%": a rate set lower or higher than the same period of a named year is that period's.
_RATE_SET_AGAINST_BEFORE = _lazy_pattern(
    "(?:" + _words_first("thấp", "cao") + r")(?:\s+hơn)?\s+so\s+với\s+cùng\s+(?:kỳ|thời\s+điểm)"
    r"(?:\s+(?:của\s+)?năm\s+(?P<y>(?:19|20)[0-9]{2}))\s+(?:tăng|giảm)" + _W + r"\s*$"
)
_BRACKET_YEAR_BEFORE = _lazy_pattern(r"\(\s*năm\s+((?:19|20)[0-9]{2})\s+(?:tăng|giảm|đạt|là)" + _W + r"\s*$")
_OF_PERIOD_AFTER = _lazy_pattern(
    r"(?P<list>(?:\s*(?:,|và)\s*[0-9][0-9.,]*\s*%)*)\s+của\s+(?P<ck>cùng\s+kỳ\s+)?"
    r"(?:(?P<last>(?:năm\s+)?trước)" + _W + r"|(?=[^\W\d_]|[0-9]+\s+tháng))"
)
_SAME_PERIOD_AFTER = _lazy_pattern(
    r"\s+(?:của\s+)?cùng\s+kỳ(?:\s+(?:năm\s+)?(?P<y>trước|ngoái|(?:19|20)[0-9]{2}))?" + _W
)
_PERIOD_LIST_JOIN = _lazy_pattern(r"\s*(?:,|và)\s*")


def _compared_period(ctx: _Context, q: Quantity, own: Period, before: Period | None = None) -> Period | None:
    """The period of a figure that states the level of the period compared with, or None.
    A year alone ("cùng kỳ năm 2023", "năm trước") keeps the kind of the figure's own period."""
    norm = ctx.norm
    lo = max(0, q.start - 45)
    # (Gates: a match holds "so" and ends, spaces aside, in "tăng" or "giảm".)
    # (The match lies in the window searched, so the window's text ends as the match does.)
    far = q.start - 70 if q.start > 70 else 0
    if norm.find("so", far, q.start) >= 0 and norm[far : q.start].rstrip().endswith(("tăng", "giảm")):
        m = _RATE_SET_AGAINST_BEFORE.search(norm, far, q.start)
        if m is not None:
            year = int(m.group("y"))
            if own.kind == "year" and own.year == year and before is not None:
                # The year named is the figure's only period: the same part of that year as
                # the figure it is set against ("quý 1/2020 ... cùng thời điểm năm 2019").
                return _shifted(before, year)
            return _shifted(own, year)
    # ("(Cơ cấu tương ứng cùng kỳ năm 2023 là: 26,7%; 38,3%; ...)": "tương ứng" without
    # "lần lượt" says "respectively" too; w12t21, blind21 r834.)
    if norm.find("lần lượt", max(0, q.start - 120), q.start) >= 0 or (
        norm.find("tương ứng", max(0, q.start - 120), q.start) >= 0
    ):
        m = _SAME_PERIOD_LIST_BEFORE.search(norm, max(0, q.start - 160), q.start)
        if m is not None:
            named = m.group("y")
            if named is not None and named != "trước":
                return _shifted(own, int(named))
            return _shifted(own, own.year - 1 if own.year is not None else None)
    # (The pattern ends in "(" or a verb, then spaces: a cheap pre-check.)
    if norm.find("kỳ", lo, q.start) >= 0 and norm[lo : q.start].rstrip().endswith(_SAME_PERIOD_ENDS):
        m = _SAME_PERIOD_BEFORE.search(norm, lo, q.start)
        if m is not None:
            named = m.group("y")
            if named is not None and named != "trước":
                return _shifted(own, int(named))
            return _shifted(own, own.year - 1 if own.year is not None else None)
    if norm.endswith(("so với ", "so với (", "(so với "), max(0, q.start - 9), q.start):
        # "1.071 tỉ đồng (so với 79 tỉ đồng cùng kỳ năm trước)": the level compared with,
        # named by the same period of the year before.
        m = _SAME_PERIOD_AFTER.match(norm, q.end, q.end + 30)
        if m is not None:
            named = m.group("y")
            if named is not None and named not in ("trước", "ngoái"):
                return _shifted(own, int(named))
            return _shifted(own, own.year - 1 if own.year is not None else None)
    if norm.find("của", q.end, q.end + 40) < 0:
        return None
    after = _OF_PERIOD_AFTER.match(norm, q.end, q.end + 80)
    if after is None:
        return None
    if after.group("last") is not None:
        return _shifted(own, own.year - 1 if own.year is not None else None)
    # "mức tăng 9,66% và 7,01% của cùng kỳ năm 2015 và năm 2016": the figures and the
    # periods pair off from the end.
    idx = bisect_left(ctx.mention_starts, after.end())
    if idx >= len(ctx.mentions) or ctx.mentions[idx].start != after.end():
        return None
    periods = [ctx.mentions[idx].period]
    while idx + 1 < len(ctx.mentions) and _PERIOD_LIST_JOIN.fullmatch(
        norm, ctx.mentions[idx].end, ctx.mentions[idx + 1].start
    ):
        idx += 1
        periods.append(ctx.mentions[idx].period)
    later = after.group("list").count("%")
    period = periods[max(0, len(periods) - 1 - later)]
    if period is None or period.kind in (None, "target", "range"):
        return None
    if period == own:
        # "mức tăng trưởng 6,93% của quý I/2025 được cấu thành từ ...": the figure's own
        # period, said again; no period compared with.
        return None
    if period.kind == "year" and period.year is not None:
        return _shifted(own, period.year)
    return period if period.year is not None else _shifted(period, own.year - 1 if own.year else None)


def _shifted(own: Period, year: int | None) -> Period | None:
    if year is None or own.kind in ("range", "target"):
        return None
    if own.kind is None:
        return Period("year", year)
    return Period(own.kind, year, own.month, own.months, own.quarter)


_TRADE_VALUE_CODES = frozenset({"export_value", "import_value"})
# (A figure's own words after it: "giảm 28,8% về lượng"; not "giảm hơn 90% về lượng và giá trị".)
_VOLUME_AFTER = _lazy_pattern(
    r"[^\S\n]*về[^\S\n]+(?:khối[^\S\n]+|sản[^\S\n]+)?lượng(?![^\W_])(?![^\S\n]+và[^\S\n]+(?:giá|trị))"
)


def _months_in_sentences(facts: list[Fact], original: str) -> None:
    """The figures of the months so far that share a sentence with one compared with the month
    before are that month's too: "khu vực FDI tăng 0,4% so với tháng trước và tăng 10,3% so với
    cùng kỳ, chiếm gần 98% tổng giá trị xuất khẩu". One pass over the facts in text order."""
    ordered = sorted(facts, key=lambda f: f.span[0])
    group: list[Fact] = []
    for f in [*ordered, None]:
        if f is not None and group and not _SENTENCE_BREAK.search(original, group[-1].span[0], f.span[0]):
            group.append(f)
            continue
        months = {
            (g.period.year, g.period.month) for g in group if g.period.kind == "month" and _compares_with_last_month(g)
        }
        for g in group:
            if g.period.kind == "ytd" and (g.period.year, g.period.month) in months:
                g.period = Period("month", g.period.year, g.period.month)
        group = [f] if f is not None else []


_SENTENCE_BREAK = _lazy_pattern(r"[.!?;](?:\s|$)|\n")


def _index_parts_on_last_month(facts: list[Fact], original: str) -> None:
    """The groups of the consumer price index whose growth names no comparison, after a
    headline of that month compared with the month before, are compared with the month before
    too: "CPI tháng 6/2018 tăng 0,42% so với tháng 5/2018. Trong tháng có 4/11 nhóm hàng có chỉ
    số tăng nhẹ là nhóm hàng ăn ... tăng 0,70%"; "CPI tháng 11-2016 tăng 0,31% so tháng trước
    và tăng 3,84% so tháng 11-2015. CPI tháng 11 tăng do nhóm hàng may mặc ... tăng 0,05%".
    A monthly price report gives its groups against the month before unless it says otherwise
    (blind13, blind16: Đà Nẵng, Thái Bình, Hà Nội, Hải Dương). The industries of the production
    index only when the last whole figure before them is the month's against the month before
    ("IIP ... tháng 5/2023 so với tháng trước tăng 2,62%. ... một số ngành tăng khá như: ...
    (+13,09%)"): after "tăng 1,52% so tháng trước, tăng 6,11% so cùng tháng năm trước. Cụ thể:
    ..." they follow the last comparison (blind10)."""
    for f in facts:
        if f.change is not None and f.change.basis == "mom" and f.indicator in _INDEX_CODES:
            break
    else:
        return  # (most texts: no index compared with the month before)
    heads: list[Fact] = []  # the headlines compared with the month before, in text order
    last_whole: dict[str, Fact] = {}
    for f in sorted((f for f in facts if f.indicator in _INDEX_CODES), key=lambda f: f.span[0]):
        c = f.change
        start, end = f.span
        bare = (
            c is not None
            and c.basis == "yoy"
            and not f.extra_changes
            and f.period.kind == "month"
            # (Within its sentence: "tăng 0,02%.\n\nCó 2 nhóm hàng giảm giá so với ..." names
            # the next sentence's comparison.)
            and not _NAMED_BASIS.search(_clause_after(original, end))
        )
        if f.breakdown is None and (not bare or f.indicator != "cpi"):
            last_whole[f.indicator] = f
            if _compares_with_last_month(f):
                heads.append(f)
            continue
        if not bare or c is None:
            continue
        head = next((h for h in reversed(heads) if h.indicator == f.indicator), None)
        if head is None or not _same_period(head.period, f.period):
            continue
        if f.indicator != "cpi" and last_whole.get(f.indicator) is not head:
            continue
        # The comparison the sentence names before the figure is its own ("So với cùng kỳ,
        # ..."; "14/24 ngành cấp 2 có chỉ số sản xuất giảm so với tháng cùng kỳ, ... như: ...";
        # "so sánh lần lượt theo hai mốc thời gian trên thì ... tăng 3,9% và tăng 9%").
        lo = max(head.span[1], original.rfind(".", 0, start), original.rfind("\n", 0, start))
        if _YEAR_BASIS_BEFORE.search(original, lo, start):
            continue
        c.basis = "mom"


def _clause_after(original: str, end: int) -> str:
    """Up to 30 characters after a figure, cut where its sentence or clause ends."""
    seg = original[end : end + 30]
    cut = _SENTENCE_BREAK.search(seg)
    return seg if cut is None else seg[: cut.start()]


_INDEX_CODES = frozenset({"cpi", "iip"})
_YEAR_BASIS_BEFORE = _lazy_pattern(r"(?i)cùng\s+kỳ|cùng\s+tháng|năm\s+trước|bình\s+quân|tháng\s+12|lần\s+lượt")


def _compares_with_last_month(f: Fact) -> bool:
    return any(c.basis == "mom" for c in (f.change, *f.extra_changes) if c is not None)


def _bracketed_list(ctx: _Context, facts: list[Fact], bracketed: list[Quantity]) -> list[Fact]:
    """ "Long An ... nhiều nhất với 6.398 lao động, kế đến là Tiền Giang (4.227), Đồng Tháp
    (2.810)": a bare count in brackets right after a province is that province's figure of
    the last count before it in the sentence."""
    added = []
    # Facts by where they start, to find the last one before a figure without walking back
    # over all of them for each bracketed figure (quadratic in a long list).
    by_start = sorted(facts, key=lambda f: f.span[0])
    starts = [f.span[0] for f in by_start]
    for q in bracketed:
        if not _CLOSING_BRACKET.match(ctx.norm, q.end):
            continue
        i = bisect_left(ctx.province_starts, q.start) - 1
        if i < 0 or not 0 <= q.start - 1 - ctx.provinces[i].end <= 2:
            continue
        sent = ctx.structure.sentence(q.start)
        lo, hi = ctx.nt.to_original(sent[0]), ctx.nt.to_original(q.start)
        k = bisect_left(starts, hi) - 1
        template = by_start[k] if k >= 0 and starts[k] >= lo else None
        if template is None or template.unit != "count" or template.value is None:
            continue
        twin = _copy_fact(template, ctx.provinces[i].name)
        twin.value, twin.qualifier, twin.change, twin.span = q.value, None, None, _span(ctx, q)
        added.append(twin)
    return sorted(facts + added, key=lambda f: f.span) if added else facts


_PCT_POINTS = _lazy_pattern(r"\s*điểm\s+phần\s+trăm" + _W)

# (w13d) "khu vực dịch vụ tăng 3,84% (đóng góp 1,77%)", "công nghiệp và xây dựng tăng 0,40% (đóng
# góp tăng 0,12%)": a contribution written in "%" but smaller than the growth of the part it
# follows is the points that part added to the whole's growth (a part's points are its growth
# times its weight, always less than its growth), as blind16 r635's gold has them. A share of the
# growth ("tăng 3,27%, đóng góp 5,37%", "tăng 12,64%, ..., đóng góp 60,56%": the parts sum to
# 100) is larger than the part's growth but for the smallest parts, and one followed by what it
# goes into ("đóng góp 2,59% GRDP") stays a share.
_CPI_IMPACT_BEFORE = _lazy_pattern(r"(?<![^\W_])(?:làm|tác\s+động)\s+(?:tăng|giảm)\s+cpi\s+chung\s+$")
_CONTRIB_PCT_BEFORE = _lazy_pattern(r"(?<![^\W_])đóng\s+góp(?:\s+(?:tăng|giảm))?\s+$")
_CONTRIB_PCT_AFTER = _lazy_pattern(r"\s*(?:[);,.]|$)")
_CONTRIB_GROWTH_GAP = _lazy_pattern(r"\s*[(,]\s*")


def _contributions_in_points(norm: str, quantities: list[Quantity]) -> None:
    prev: Quantity | None = None
    for q in quantities:
        if (
            q.kind == "pct"
            and prev is not None
            and prev.kind == "pct"
            and q.value is not None
            and prev.value is not None
            and 0 <= q.value < prev.value
            and q.value_max is None
            and norm.find("góp", max(0, q.start - 16), q.start) >= 0
            and (contrib := _CONTRIB_PCT_BEFORE.search(norm, max(0, q.start - 24), q.start)) is not None
            and _CONTRIB_GROWTH_GAP.fullmatch(norm, prev.end, contrib.start()) is not None
            and _CONTRIB_PCT_AFTER.match(norm, q.end) is not None
            and norm.find("tăng", max(0, prev.start - 12), prev.start) >= 0
        ):
            q.kind = q.unit = "pp"
        prev = q


_CLOSING_BRACKET = _lazy_pattern(r"\s*\)")


def _copy_fact(fact: Fact, region: str) -> Fact:
    return Fact(
        indicator=fact.indicator,
        phrase=fact.phrase,
        value=fact.value,
        unit=fact.unit,
        qualifier=fact.qualifier,
        change=fact.change,
        period=fact.period,
        status=fact.status,
        region=region,
        span=fact.span,
        breakdown=fact.breakdown,
    )


# "mục tiêu kế hoạch đề ra năm 2018 là 12%", "chỉ đạt được 7,18%, định hướng 7,5%".
_PLAN_OF_RATE_BEFORE = _lazy_pattern(_B + r"(?:kế\s+hoạch|kh|mục\s+tiêu|định\s+hướng|chỉ\s+tiêu)" + _W)
# A level whose growth is planned as a rate of its own code: "giá trị gia tăng ngành công nghiệp -
# xây dựng đạt 8.791 tỷ đồng, tăng 15,8% (KH 15-16%)" plans economic growth.
_RATE_OF_LEVEL = {"grdp": "grdp_growth"}
_ECONOMY_CODES = frozenset(_RATE_OF_LEVEL) | frozenset(_RATE_OF_LEVEL.values())


def _plan_of_rate(ctx: _Context, made: _Draft, last: _Draft | None, window_start: int, q: Quantity) -> None:
    """A plan percentage right after a rate ("chỉ số sản xuất công nghiệp ước tăng 9,5%. Tuy nhiên
    mức tăng này thấp hơn mục tiêu kế hoạch đề ra năm 2018 là 12%", "tăng trưởng chỉ đạt được
    7,18%, định hướng 7,5%") is the planned rate of the same indicator, not a figure of its own
    (w12ch)."""
    fact = made.fact
    rate_code = None
    if last is not None and not last.rate and last.fact.change is not None and last.fact.change.unit == "%":
        rate_code = _RATE_OF_LEVEL.get(last.fact.indicator)
        if (
            rate_code is None
            and last.fact.value is not None
            and last.fact.indicator != "other"
            and fact.indicator == "other"
            and fact.unit == "%"
            and fact.status == "plan"
            and fact.value is not None
            and fact.change is None
            and _in_plan_aside(ctx, q)
        ):
            # "tổng mức bán lẻ hàng hóa đạt hơn 75.200 tỷ đồng, tăng 12,94% so với cùng kỳ
            # (kế hoạch năm 11,31%)": the plan set beside a level's growth is the level's
            # planned growth, a plan fact with the change only (blind26 r1024).
            fact.indicator, fact.phrase = last.fact.indicator, last.fact.phrase
            fact.change = Change(abs(fact.value), "%", "up" if fact.value >= 0 else "down", "yoy", None)
            fact.value, fact.unit = None, None
            made.concept = last.concept
            return
    if (
        last is None
        or (rate_code is None and (not last.rate or last.fact.unit != "%"))
        or fact.indicator != "other"
        or fact.unit != "%"
        or fact.change is not None
        or fact.status != "plan"
        or fact.value is None
        or fact.breakdown is not None
        or not _PLAN_OF_RATE_BEFORE.search(ctx.norm, window_start, q.start)
    ):
        return
    fact.indicator, fact.phrase = rate_code or last.fact.indicator, last.fact.phrase
    if rate_code is not None:
        fact.breakdown = last.fact.breakdown
    fact.change = Change(abs(fact.value), "%", "up" if fact.value >= 0 else "down", "yoy", None)
    made.rate, made.concept = True, last.concept


# "tăng trưởng GRDP năm 2025 dự kiến đạt 9 - 9,5%, thấp hơn mục tiêu 10%": the rate is
# compared with the target; the target itself is a rise.
_BELOW_TARGET_BEFORE = _lazy_pattern(
    _B + r"(?:thấp|cao)\s+hơn\s+(?:so\s+với\s+)?(?:mức\s+)?" + _PLAN_WORDS + r"[^\d;.%]{0,30}$"
)


def _unsign_target(ctx: _Context, fact: Fact, window_start: int, q: Quantity) -> None:
    """A planned rate after "thấp hơn / cao hơn mục tiêu" is the target, a rise: the comparison
    gives no sign to it."""
    change = fact.change
    if (
        change is None
        or change.direction != "down"
        or fact.status != "plan"
        or fact.unit != "%"
        or fact.value is None
        or fact.indicator not in RATE_CODES
        or ctx.norm.find("hơn", max(window_start, q.start - 60), q.start) < 0
        or _BELOW_TARGET_BEFORE.search(ctx.norm, max(window_start, q.start - 60), q.start) is None
    ):
        return
    change.direction = "up"
    fact.value = abs(fact.value)


def _level_in_brackets(
    ctx: _Context, made: _Draft, drafts: list[_Draft], facts: list[Fact], prev_end: int, q: Quantity
) -> bool:
    """ "doanh thu tăng 36% so với cùng kỳ (hơn 1.200 tỷ đồng)", "tăng 2,85 lần so với cùng kỳ
    (209 lượt mua với tổng giá trị 47,184 triệu USD)": the level in brackets after a growth
    given alone is the level that grew; it takes the growth, and the growth is no fact of its
    own (w12ch)."""
    fact = made.fact
    if fact.value is None or fact.change is not None or fact.unit not in ("VND", "USD") or not drafts:
        return False
    growth = drafts[-1].fact
    if growth.value is not None or growth.change is None or growth.change.unit not in ("%", "x"):
        return False
    if not facts or facts[-1] is not growth:
        return False
    if ctx.norm.rfind("(", prev_end, q.start) <= ctx.norm.rfind(")", prev_end, q.start):
        return False
    fact.change = growth.change
    if fact.indicator == "other" and growth.indicator != "other":
        fact.indicator, fact.phrase = growth.indicator, growth.phrase
        fact.indicator = _code_in_unit(fact.indicator, fact.unit)
    return True


def _completes(new: Fact, last: Fact, ctx: _Context, para_start: int) -> bool:
    return (
        new.value is None
        and new.change is not None
        and new.breakdown is None
        # "là 5,3 tỷ đồng, giảm 3,6% so với tháng trước. ... So với tháng 1-2022, giá trị sản
        # xuất công nghiệp tăng 4,7%": also the other comparison of a figure compared once.
        and (last.change is None or (not last.extra_changes and last.change.basis != new.change.basis))
        and last.value is not None
        and new.indicator == last.indicator
        and new.indicator not in RATE_CODES
        # "diện tích rừng trồng mới ước đạt 25.062 ha ... Luỹ kế tổng sản lượng thủy sản ước đạt
        # 300.838 tấn, tăng 12,9%": an ``other`` growth of a subject named otherwise is its own.
        and (new.indicator != "other" or new.phrase == last.phrase or new.span[0] - last.span[1] < 60)
        and new.region == last.region
        and _same_period(new.period, last.period)
        and last.span[0] >= ctx.nt.to_original(_previous_paragraph_start(ctx, para_start))
    )


def _previous_paragraph_start(ctx: _Context, para_start: int) -> int:
    """Start of the paragraph before the one starting at ``para_start`` (blank lines skipped,
    and a paragraph without figures between them too: a photo caption such as "Ảnh minh họa."
    or a remark ("Đây là mức tăng ấn tượng ...") does not part a figure from its whole)."""
    known = ctx.previous_paragraph.get(para_start)
    if known is None:
        known = ctx.previous_paragraph[para_start] = _find_previous_paragraph_start(ctx, para_start)
    return known


def _find_previous_paragraph_start(ctx: _Context, para_start: int) -> int:
    for _ in range(3):
        pos = para_start - 1
        while pos > 0 and ctx.norm[pos].isspace():
            pos -= 1
        if pos <= 0:
            return 0
        start = ctx.structure.paragraph(pos)[0]
        k = bisect_left(ctx.fact_starts, start)
        if k < len(ctx.fact_starts) and ctx.fact_starts[k] <= pos:
            return start
        para_start = start
    return para_start


def _component_phrase(ctx: _Context, lo: int, hi: int, *, hidden_by_indicators: bool = True) -> PhraseMatch | None:
    """The last sector, ownership or industry phrase in [lo, hi), if no indicator phrase
    follows it there (with ``hidden_by_indicators`` false, whatever follows it: the contributor
    before "đóng góp", an `other` phrase that does not hide it)."""
    found = None
    for p in _phrases_between(ctx, lo, hi):
        if p.end > hi:
            break
        if p.concept in BREAKDOWN_CONCEPTS:
            found = p
        elif hidden_by_indicators and (
            lexicon.code_for(p.concept, "pct") is not None or lexicon.code_for(p.concept, "money") is not None
        ):
            found = None
    return found


def _generic_growth_list(ctx: _Context, sent: tuple[int, int], pos: int) -> bool:
    """Whether the figure at ``pos`` is an item of a list led by a bare "mức/tốc độ tăng
    trưởng" ("Một số nhóm ngành có mức tăng trưởng cao bao gồm: ..."), in a sentence that names
    no economy (GRDP, kinh tế)."""
    lead = _nearest_phrase(ctx, sent[0], pos, "pct")
    return (
        lead is not None
        and lead.concept == "GRDP_GROWTH"
        and _GENERIC_GROWTH.fullmatch(ctx.norm, lead.start, lead.end) is not None
        and _LIST_OPENER.search(ctx.norm, lead.end, pos) is not None
        and _ECONOMY_WORDS.search(ctx.norm, sent[0], pos) is None
    )


_INTO_GROWTH_BEFORE = _lazy_pattern(_B + r"vào\s+(?:mức|tốc\s+độ)\s+tăng(?:\s+trưởng)?(?:\s+chung)?\s*$")


def _topic(ctx: _Context, pos: int, hi: int, kind: str = "pct", codes: frozenset[str] | None = None) -> _Draft | None:
    """The indicator a paragraph talks about when its figures name only places or parts:
    the last rate or level phrase of the paragraph (or the one before) before ``hi``
    ("chỉ số sản xuất tháng 8 ... tại nhiều địa phương giảm mạnh. Bến Tre giảm 60,1%"),
    among ``codes`` if given (the indicators the part can be a part of)."""
    para_start = ctx.structure.paragraph(pos)[0]
    lo = _previous_paragraph_start(ctx, para_start)
    idx = bisect_left(ctx.phrase_starts, hi) - 1
    while idx >= 0 and ctx.phrases[idx].start >= lo:
        p = ctx.phrases[idx]
        code = lexicon.code_for(p.concept, kind)
        if (
            p.end <= hi
            and code is not None
            and not code.startswith("ctx:")
            and code != "other"
            and (codes is None or code in codes)
        ):
            period = _period_for(ctx, p.start, ctx.structure.sentence(p.start))
            fact = Fact(
                indicator=code,
                phrase=_phrase_text(ctx, p.start, p.end),
                value=None,
                unit=None,
                qualifier=None,
                change=None,
                period=period,
                status=_status_for(ctx, p.end, ctx.structure.sentence(p.start), period),
                region=_region_for(ctx, p.start, ctx.structure.sentence(p.start)),
                span=(0, 0),
            )
            return _Draft(fact, p.concept, kind, code in RATE_CODES)
        idx -= 1
    return None


def _province_in(ctx: _Context, lo: int, hi: int) -> RegionMention | None:
    idx = bisect_left(ctx.province_starts, hi) - 1
    if idx >= 0 and ctx.provinces[idx].start >= lo:
        return ctx.provinces[idx]
    return None


def _lead_in_period(ctx: _Context, pos: int) -> Period | None:
    """ "Cụ thể ở các ngành, lĩnh vực 6 tháng đầu năm 2019 so với cùng kỳ như sau:" and then a
    line per figure ("- Thu ngân sách Nhà nước ước đạt ..."): the period a paragraph without
    figures that ends in ":" names, for the lines it introduces."""
    norm = ctx.norm
    end = ctx.structure.paragraph(pos)[0] - 1
    while end >= 0 and norm[end] in " \n":
        end -= 1
    if end < 0 or norm[end] != ":":
        return None
    lo, hi = ctx.structure.paragraph(end)
    f = bisect_left(ctx.fact_starts, lo)
    if f < len(ctx.fact_starts) and ctx.fact_starts[f] < hi:
        return None
    i = bisect_left(ctx.mention_starts, hi) - 1
    while i >= 0 and ctx.mentions[i].start >= lo:
        m = ctx.mentions[i]
        if m.reset:
            return None
        if m.period is not None and m.carries and not m.comparison:
            return m.period
        i -= 1
    return None


def _opening_period(ctx: _Context, pos: int) -> Period | None:
    """ "Trong quý III, hoạt động sản xuất kinh doanh tăng trưởng tích cực hơn quý trước ..." over
    "Theo đó, chỉ số sản xuất ... tăng 70,98% so với quý trước": the period that opens the first
    clause of the paragraph before, when that paragraph gives no figure, is the next one's."""
    norm = ctx.norm
    end = ctx.structure.paragraph(pos)[0] - 1
    while end >= 0 and norm[end] in " \n":
        end -= 1
    if end < 0:
        return None
    lo, hi = ctx.structure.paragraph(end)
    f = bisect_left(ctx.fact_starts, lo)
    if f < len(ctx.fact_starts) and ctx.fact_starts[f] < hi:
        return None
    i = bisect_left(ctx.mention_starts, lo)
    if i >= len(ctx.mentions):
        return None
    m = ctx.mentions[i]
    if (
        m.reset
        or m.comparison
        or not m.carries
        or m.period is None
        or m.period.kind in ("target", "range")
        or not _OPENING_LEAD.fullmatch(norm, lo, m.start)
    ):
        return None
    return m.period


def _intro_period(ctx: _Context, pos: int) -> Period | None:
    """The period named first in the paragraphs before the text's first figure: "Cục Thống kê
    tỉnh tổ chức họp báo công bố số liệu thống kê kinh tế - xã hội 6 tháng đầu năm 2021." over
    "Tổng sản phẩm trên địa bàn tỉnh (GRDP) ước tăng 9,7%" (blind12 r469, blind13 r510 and r511,
    blind14 r547): an introduction with no figure names the period the report runs in. A stock
    marker ("đến nay", "hiện") named after it leaves none. The first, as for the text's first
    period (``_first_period``): a later one may be a related headline's ("Kỳ họp
    ...: Bàn giải pháp 6 tháng cuối năm", blind6 r290)."""
    n = bisect_left(ctx.mention_starts, ctx.structure.paragraph(pos)[0])
    if n > 40:
        # (No introduction names that many: and a walk from the start for each paragraph of a
        # long text whose numbers make no figure would be quadratic.)
        return None
    chosen = None
    for i in range(n):
        m = ctx.mentions[i]
        if m.reset:
            return None
        if chosen is None and m.period is not None and m.carries and not m.comparison:
            if m.period.kind not in ("month", "ytd", "half", "quarter", "year"):
                return None
            chosen = m.period
    return chosen


# What may come before the period that opens a paragraph: "Trong quý III, ...", "Tính chung 9
# tháng, ..." (not "Thực hiện Kết luận ... Quy hoạch ... đến năm 2020", a plan's name).
_OPENING_LEAD = _lazy_pattern(r"\s*(?:(?:trong|tính\s+chung|riêng|cũng\s+trong)\s+)?")


def _heading_period(ctx: _Context) -> Period | None:
    """The period named by a heading line: a short first line that is not a sentence
    ("Kết quả xuất nhập khẩu quý II/2024 qua địa bàn tỉnh:")."""
    chosen = None
    k = 0
    for start, end in _heading_lines(ctx.norm):
        while k < len(ctx.mentions) and ctx.mentions[k].start < end:
            m = ctx.mentions[k]
            k += 1
            if m.start < start:
                continue
            if m.reset:
                chosen = None
            elif m.period is not None and not m.comparison and m.period.kind != "target":
                if chosen is not None and chosen.kind == "year" == m.period.kind and chosen.year != m.period.year:
                    # "Thành tựu kinh tế - xã hội năm 2020; các chỉ tiêu ... năm 2021": a heading
                    # over two years dates neither; its sections name their own (blind19 r758).
                    return None
                chosen = m.period
    return chosen


def _heading_lines(norm: str) -> list[tuple[int, int]]:
    """The lines of a heading: up to three short lines at the top that are not sentences
    ("Ngày 06/01/2017-17:22:00 PM" over "Báo cáo tình hình kinh tế - xã hội tháng 12 và cả năm
    2016 tỉnh Hải Dương"); unlike the headline (``_heading_end``), not even the first line may
    end in a full stop."""
    lines = []
    for start, end in _top_lines(norm):
        line = norm[start:end].rstrip()
        if not line or line.endswith("."):
            break
        lines.append((start, end))
    return lines


def _top_lines(norm: str) -> Iterator[tuple[int, int]]:
    """Start and end of up to three short lines at the top of the text (blank lines skipped),
    up to the first that is long, unended or holds a sentence break (". ")."""
    end = 0
    for _ in range(3):
        start = end
        while start < len(norm) and norm[start] in " \n":
            start += 1
        end = norm.find("\n", start)
        if end < 0 or end - start > 220 or (". " in norm[start:end] and _sentence_break(norm[start:end])):
            return
        yield start, end


def _sentence_break(line: str) -> bool:
    """Whether a line holds a ". " that ends a sentence: not the "TP." of "TP. Hồ Chí Minh: Sản
    xuất ngành công nghiệp tháng 4 ước tăng 5,4%", a headline all the same (w14h, blind7 r331)."""
    return ". " in line.replace("tp. ", "tp ")


def _word_start(norm: str, pos: int) -> bool:
    return pos == 0 or not (norm[pos - 1].isalnum() or norm[pos - 1] == "_")


def _dedupe(facts: list[Fact], heading_end: int = 0, text: str = "") -> list[Fact]:
    """A figure repeated (headline and body) is reported once, keeping the richer copy; the
    body's copy over the headline's, which drops words such as "ước"."""
    kept: list[Fact] = []
    by_key: dict[tuple[Any, ...], list[int]] = {}
    # The kept facts of a key with many of them (a series of one value over many periods),
    # looked up by their fields instead of one by one: walking them all for each new figure
    # was quadratic (2,000 sentences took 2 s).
    indexed: dict[tuple[Any, ...], _TwinIndex] = {}
    for f in facts:
        key = (
            f.indicator,
            f.value,
            f.unit,
            f.of,
            f.change.value if f.value is None and f.change else None,
            # (w14d) Shares of the plan with no level ("lệ phí môn bài (92%), thu xổ số kiến
            # thiết (55%)"): the share tells the figures apart.
            f.plan_attainment[0]["value"] if f.value is None and f.plan_attainment else None,
            _named_part(f),
            _counted_noun(f),
        )
        # A copy without a place (a headline) is the same figure as one with it.
        twins = by_key.get(key)
        twin = None
        index = None
        if twins is not None:
            index = indexed.get(key)
            if index is not None:
                twin = index.first(_twin_fields(f, heading_end))
            else:
                region, period = f.region, _twin_period(f, heading_end)
                for i in twins:
                    other = kept[i]
                    if (other.region == region or other.region is None or region is None) and _same_period(
                        _twin_period(other, heading_end), period
                    ):
                        twin = i
                        break
        if twin is not None and _listed_side_by_side(kept[twin], f, text):
            twin = None
        if twin is None:
            if twins is None:
                by_key[key] = [len(kept)]
            else:
                twins.append(len(kept))
                if index is not None:
                    index.add(len(kept), _twin_fields(f, heading_end))
            kept.append(f)
            if index is None and twins is not None and len(twins) > _TWINS_WALKED:
                indexed[key] = _TwinIndex([(i, _twin_fields(kept[i], heading_end)) for i in twins])
            continue
        if _estimated_twin(kept[twin], f):
            kept[twin].status = f.status = "estimate"
        replace = False
        if kept[twin].region is None and f.region is not None:
            replace = True
        elif f.region is None and kept[twin].region is not None:
            continue
        else:
            richness, twin_richness = _richness(f), _richness(kept[twin])
            replace = richness > twin_richness or (
                kept[twin].span[0] < heading_end <= f.span[0] and richness >= twin_richness - 1
            )
        if replace:
            if index is not None:
                index.move(twin, _twin_fields(kept[twin], heading_end), _twin_fields(f, heading_end))
            kept[twin] = f
    return kept


_SENTENCE_END_BETWEEN = _lazy_pattern(r"[.!?\n]")
# The counts ``_listed_side_by_side`` parts: `other` ones and (w14f) clusters and parks ("trong 20
# CCN, có 07 CCN chưa đầu tư xây dựng hạ tầng kỹ thuật, 07 CCN mở rộng có tính độc lập", "Ngoài 15
# CCN nêu trên, Hà Nam đề xuất thành lập mới 15 CCN": two groups, dev r118, blind15 r588).
_SIDE_BY_SIDE_COUNTS = frozenset(("other", "cluster_count", "industrial_park_count"))


def _listed_side_by_side(first: Fact, again: Fact, text: str) -> bool:
    """ "có 40 doanh nghiệp tạm ngừng hoạt động, 40 doanh nghiệp giải thể", "03 dự án FDI Hàn
    Quốc; ...; 03 dự án FDI của các cá nhân": equal `other` counts a few words apart in one
    sentence are two things counted, not one figure given twice (a restatement is in
    another sentence)."""
    if not text:
        return False
    gap = again.span[0] - first.span[1]
    if not 0 <= gap <= 150:
        return False
    if first.unit == "count" and first.indicator in _SIDE_BY_SIDE_COUNTS:
        return _SENTENCE_END_BETWEEN.search(text, first.span[1], again.span[0]) is None
    # "cụm công nghiệp Bắc Nghĩa (TP. Đồng Hới) có diện tích 17 ha, tỷ lệ lấp đầy 50%; cụm công
    # nghiệp Nghĩa Ninh (TP. Đồng Hới) diện tích 15 ha, tỷ lệ lấp đầy 50%": equal figures in
    # items of one list set apart by semicolons are said of two things (a restatement is in
    # another sentence; the dot of a short abbreviation such as "TP." ends none).
    between = text[first.span[1] : again.span[0]]
    if first.indicator in _AREA_CODES and any(m.group(1).isupper() for m in _NEW_PARK_NAMED.finditer(between)):
        # (w13f) "gồm: KCN Phúc Khánh có diện tích 200 ha, ..., KCN Cầu Nghìn 200 ha, KCN Sông
        # Trà 200 ha": a park or cluster named between two equal areas of one sentence is another
        # one, with an area of its own.
        return _SENTENCE_END_BETWEEN.search(_ABBREVIATION_DOT.sub("", between)) is None
    return ";" in between and _SENTENCE_END_BETWEEN.search(_ABBREVIATION_DOT.sub("", between)) is None


# A park or cluster named: the kind, then a capitalised name.
_NEW_PARK_NAMED = _lazy_pattern(r"(?<![^\W_])(?:KCN|CCN|[Kk]hu\s+công\s+nghiệp|[Cc]ụm\s+công\s+nghiệp)\s+([^\W\d_])")


# Places abbreviated before their names: thành phố, thị xã, thị trấn, quận, huyện, phường.
_ABBREVIATION_DOT = _lazy_pattern(r"(?<![^\W_])(?:TP|Tp|TX|Tx|TT|Q|H|P)\.(?=[^\S\n]*[^\W\d_])")


def _estimated_twin(first: Fact, again: Fact) -> bool:
    """A figure given twice is an estimate when either copy says so ("Chỉ số ... tháng 1 tăng
    22,2%" above "... ước tính tăng 22,2%"; a lead's "đạt tốc độ tăng trưởng ở mức 8,10%" and
    the list's "GRDP ... ước tăng 8,10%"): the status word is often said once."""
    return (first.status, again.status) in _ESTIMATE_ACTUAL


_ESTIMATE_ACTUAL = (("estimate", "actual"), ("actual", "estimate"))


# Up to this many kept facts of one key are walked one by one (nearly always one or two).
_TWINS_WALKED = 8
# (region, period kind, year, month, quarter): two facts of one key are the same figure when
# each of these is the same or missing in one of them (the walk in ``_dedupe``).
_TWIN_FIELDS = 5
_MASKS = range(1 << _TWIN_FIELDS)


def _twin_fields(f: Fact, heading_end: int = 0) -> tuple[Any, ...]:
    p = _twin_period(f, heading_end)
    return (f.region, p.kind, p.year, p.month, p.quarter)


_COUNT_AT_MONTH_KINDS = ("month", "ytd")


def _twin_period(f: Fact, heading_end: int = 0) -> Period:
    """The period of a fact as the duplicate check sees it. A count of things ("5 dự án điện
    gió hòa lưới ... trong tháng 10/2021" in the headline, "đến tháng 10/2021, 5 dự án" in the
    body; "251 dự án" from 2016 to 9/2019, then "Trong số 251 dự án" under "9 tháng đầu năm")
    is a stock at a month's end: a month and the months up to it are one date for it, so the
    kind of period does not set two copies apart. So for a headline's figure ("Chỉ số sản xuất
    công nghiệp Hà Nội tăng 2,9%", "Đà Nẵng xuất siêu gần 500 triệu USD"), which names no period
    of its own and is given a month where the body says the months up to it."""
    p = f.period
    if p.month is None or p.kind not in _COUNT_AT_MONTH_KINDS:
        return p
    if f.span[0] < heading_end:
        # (No kind at all: the body's copy may be either.)
        return Period(None, p.year, p.month, None, p.quarter)
    if f.unit == "count" and f.indicator == "other":
        # One kind for both (not none: a count "từ đầu năm" without its month stays apart).
        return Period("month_end", p.year, p.month, None, p.quarter)
    return p


class _TwinIndex:
    """Kept facts of one key by their twin fields: for each set of fields (a bit mask), the
    positions of the facts by their values of those fields, in order. A figure's twins are
    the facts whose value of each field the figure has is that value or missing: the lists
    under the figure's fields, with each of its values or None in turn (at most 32)."""

    def __init__(self, entries: list[tuple[int, tuple[Any, ...]]]) -> None:
        self.by_mask: list[dict[tuple[Any, ...], list[int]]] = [{} for _ in _MASKS]
        for i, fields in entries:
            self.add(i, fields)

    def add(self, i: int, fields: tuple[Any, ...]) -> None:
        for mask, table in zip(_MASKS, self.by_mask, strict=True):
            insort(table.setdefault(_project(fields, mask), []), i)

    def move(self, i: int, old: tuple[Any, ...], new: tuple[Any, ...]) -> None:
        if old == new:
            return
        for mask, table in zip(_MASKS, self.by_mask, strict=True):
            at = table[_project(old, mask)]
            del at[bisect_left(at, i)]
        self.add(i, new)

    def first(self, fields: tuple[Any, ...]) -> int | None:
        """Position of the first kept fact that is a twin of a figure with ``fields``."""
        given = [j for j, value in enumerate(fields) if value is not None]
        mask = sum(1 << j for j in given)
        table = self.by_mask[mask]
        best = None
        # Each given field as the figure's value or as missing (None).
        for missing in range(1 << len(given)):
            key = tuple(None if missing >> k & 1 else fields[j] for k, j in enumerate(given))
            found = table.get(key)
            if found and (best is None or found[0] < best):
                best = found[0]
        return best


def _project(fields: tuple[Any, ...], mask: int) -> tuple[Any, ...]:
    return tuple(value for j, value in enumerate(fields) if mask >> j & 1)


def _counted_noun(f: Fact) -> str | None:
    """What an ``other`` count counts, as the duplicate check sees it: "3 xã đạt kiểu mẫu" and
    "3 dự án" in one period are two figures, not one given twice."""
    if f.unit != "count" or f.indicator != "other":
        return None
    phrase = " ".join(f.phrase.lower().split())
    if phrase.startswith("nhóm "):
        # (w13d) "6 nhóm tăng và 6 nhóm giảm": groups counted by their condition, two figures.
        return phrase
    concept = NOUN_CONCEPT.get(phrase)
    # (w14a) Groups of different nouns are different things ("có 7 xã, phường đạt tiêu chí ...",
    # then "7 chỉ tiêu hoàn thành trên 70% kế hoạch năm": dev r232).
    return phrase if concept == "GROUP" else concept


def _named_part(f: Fact) -> str | None:
    """The breakdown of a fact as the duplicate check sees it: none when it only repeats the
    indicator's own phrase or the province ("Hải Phòng kim ngạch đạt ..." then "Hải Phòng đạt
    ..., tăng 7,4%" is one figure given twice)."""
    if f.breakdown is None:
        if f.indicator == "other" and f.value is None:
            # "bia lon ..., giảm 3%; vỏ lon nhôm ..., giảm 3%": two products' growths, each
            # named by its own phrase.
            return " ".join(f.phrase.lower().split())
        return None
    part = f.breakdown.lower()
    if part == f.phrase.lower() or (f.region is not None and part == f.region.lower()):
        return None
    return f.breakdown


# What lies between a growth and the level it comes before: "tăng 7,5%, đạt 838,7 triệu USD",
# "tăng 32,3% so với cùng kỳ năm trước, đạt hơn 4,72 tỷ USD", "giảm đến 16,4% so với cùng kỳ năm
# trước với ước đạt 322.500 tỉ đồng": one clause, a comma or "với", then "đạt".
_GROWTH_THEN_LEVEL = _lazy_pattern(r"[^.;:\n]{0,80}?(?:,|\bvới)\s*(?:ước\s+(?:tính\s+)?)?đạt\b[^.;\n]{0,20}")


def _growths_before_levels(facts: list[Fact], text: str) -> list[Fact]:
    """(w14h) A growth said before its level in one clause ("Kim ngạch xuất khẩu cũng tăng 7,5%,
    đạt 838,7 triệu USD") is the level's growth: the level was read without it and the growth
    as a figure of its own (blind14 r554 / r565, blind19 r762; gold has one fact). (w14g wrote
    the plain ", đạt" case a second time inside the prose loop, merging the level into the
    growth's fact; one pass now, the fact spanning the level.)"""
    if not any(f.value is None and f.change is not None for f in facts):
        return facts
    ordered = sorted(facts, key=lambda f: f.span)
    dropped = set()
    for f, b in zip(ordered, ordered[1:], strict=False):
        if (
            f.value is None
            and f.change is not None
            and b.value is not None
            and b.change is None
            and b.indicator == f.indicator
            and 0 <= b.span[0] - f.span[1] <= 120
            and _GROWTH_THEN_LEVEL.fullmatch(text, f.span[1], b.span[0])
        ):
            b.change, b.extra_changes = f.change, f.extra_changes
            dropped.add(id(f))
    return [f for f in facts if id(f) not in dropped] if dropped else facts


def _drop_headlines_named_in_body(facts: list[Fact], heading_end: int, text: str) -> list[Fact]:
    """ "Ngành công nghiệp chế biến, chế tạo tăng 9,5% trong 9 tháng" over "chỉ số tiêu thụ
    toàn ngành công nghiệp chế biến, chế tạo tăng 9,5%": a headline growth whose words name
    a figure of the body with the same growth is that figure again, read under another
    indicator (the body's own words decide it)."""
    head = [f for f in facts if f.span[1] <= heading_end and f.change is not None and f.phrase]
    if not head:
        return facts
    dropped = set()
    for h in head:
        grown = h.change
        if grown is None:
            continue
        words = " ".join(h.phrase.lower().split())
        for b in facts:
            if (
                b.span[0] >= heading_end
                and b.indicator != h.indicator
                and b.change is not None
                and (b.change.value, b.change.direction, b.change.unit) == (grown.value, grown.direction, grown.unit)
                and words in " ".join(text[max(heading_end, b.span[0] - 150) : b.span[0]].lower().split())
            ):
                dropped.add(id(h))
                break
    return [f for f in facts if id(f) not in dropped] if dropped else facts


def _drop_rounded_headlines(facts: list[Fact], heading_end: int) -> list[Fact]:
    """A headline copy that rounds the body's figure ("gần 3,3 tỷ USD" for 3,268 tỷ USD,
    "tăng 28%" for "tăng gần 28%") is annotated once: the body's copy stays."""
    rounded = [f for f in facts if f.qualifier in _ROUNDING_QUALIFIERS and f.value is not None]
    # Levels with their growth, which a growth alone may restate rounded (``_restates_growth``).
    growths = [f for f in facts if f.value is not None and f.change is not None]
    # Levels with their growth or share of the plan, which a figure without its level may say
    # again (``_restated_level``).
    levels = [f for f in facts if f.value is not None and f.indicator in _RESTATED_LEVEL_CODES]
    if heading_end <= 0 and not rounded and not growths and not levels:
        return facts
    body = [f for f in facts if f.span[0] >= heading_end]
    # The precise figures a rounded one may restate: those of its indicator and unit.
    by_code: dict[tuple[str, str | None], list[Fact]] = {}
    if rounded:
        codes = {(f.indicator, f.unit) for f in rounded}
        for f in facts:
            if f.qualifier is None and f.value is not None and (f.indicator, f.unit) in codes:
                by_code.setdefault((f.indicator, f.unit), []).append(f)
    # Each list by value, for the values within 10 % of a rounded one (``_near_values``).
    by_value = {code: _by_value(precise) for code, precise in by_code.items()}
    # The growths a growth alone may restate, by the fields ``_restates_growth`` needs equal:
    # comparing each growth alone with every level's growth of the text was quadratic.
    growths_by_key: dict[tuple[str, str, str, str | None], list[Fact]] = {}
    for b in growths:
        assert b.change is not None
        if b.change.qualifier is None:
            growths_by_key.setdefault(_growth_key(b.indicator, b.change), []).append(b)
    kept = []
    for f in facts:
        if f.span[0] < heading_end and any(_rounds_to(f, b, headline=True) for b in body):
            continue
        if (
            f.qualifier in _ROUNDING_QUALIFIERS
            and f.value is not None
            and any(_restates(f, b) for b in _near_values(by_value.get((f.indicator, f.unit)), f.value))
        ):
            continue
        if (
            f.value is None
            and f.change is not None
            and any(_restates_growth(f, b) for b in growths_by_key.get(_growth_key(f.indicator, f.change), ()))
        ):
            continue
        if f.value is None and f.indicator in _RESTATED_LEVEL_CODES and _restated_level(f, levels):
            continue
        kept.append(f)
    return kept


def _by_value(facts: list[Fact]) -> tuple[list[float | int], list[Fact]]:
    pairs = sorted((f.value, i) for i, f in enumerate(facts) if f.value is not None)
    return [value for value, _ in pairs], [facts[i] for _, i in pairs]


def _near_values(by_value: tuple[list[float | int], list[Fact]] | None, value: float | int) -> list[Fact]:
    """The precise figures a rounded ``value`` may restate: ``_restates`` needs the two within
    3 % of the larger (``_rounds_to``), so for a positive value those outside 10 % of it are
    left out unread. Comparing each rounded figure with every figure of its indicator and unit
    was quadratic in them (a tenth of the facts' passes on a real report, w14s)."""
    if by_value is None:
        return []
    values, facts = by_value
    if value <= 0:
        return facts
    return facts[bisect_left(values, 0.9 * value) : bisect_right(values, 1.1 * value)]


def _growth_key(indicator: str, change: Change) -> tuple[str, str, str, str | None]:
    return (indicator, change.unit, change.direction, change.basis)


# (w14d) Level indicators whose figure a later sentence restates without the level.
# (w14h) Also industrial output and FDI capital: "Giá trị sản xuất công nghiệp tăng 10,6% so
# với năm trước" over (or under) "... đạt 1.081 tỷ đồng, tăng 10,6%", "vốn FDI ... tăng gấp 3
# lần" then "đạt 600 triệu USD, gấp 3 lần" (blind11, blind20, blind23, blind24, dev r014).
_RESTATED_LEVEL_CODES = frozenset(
    {
        "budget_revenue",
        "export_value",
        "import_value",
        "retail_sales_services",
        "industrial_output_value",
        "fdi_capital",
    }
)


def _restated_level(f: Fact, levels: list[Fact]) -> bool:
    """ "Thu ngân sách ... đạt 11.500 tỷ đồng, tăng 27,5% ... Với kết quả này, thu ngân sách của
    tỉnh đã đạt 94,5% dự toán ... So với cùng kỳ năm 2021, thu ngân sách của tỉnh đã tăng
    27,5%", the headline "Thu NSNN 4 tháng đầu năm đạt 39% dự toán" over the body's "2.522 tỷ
    đồng, ... đạt 39% dự toán": a figure without its level whose growth or share of the plan is
    that of a level of the same indicator, part, place and period is that level said again
    (annotated once: blind13, blind14). Its shares of the plan go to the level."""
    shares = [a["value"] for a in f.plan_attainment]
    for b in levels:
        if (
            b is f
            or b.indicator != f.indicator
            or (f.breakdown or None) != (b.breakdown or None)
            # (A place's figure is not the whole's without one: "Hà Nội tăng 8,0%" after the
            # country's "tăng 8,0%", blind18.)
            or (f.region is not None and f.region != b.region)
            or not _same_period(f.period, b.period)
        ):
            continue
        if f.change is not None:
            c = b.change
            if c is None or (c.value, c.unit, c.direction, c.basis) != (
                f.change.value,
                f.change.unit,
                f.change.direction,
                f.change.basis,
            ):
                continue
        elif not shares or not any(a["value"] in shares for a in b.plan_attainment):
            continue
        known = [a["value"] for a in b.plan_attainment]
        b.plan_attainment.extend(a for a in f.plan_attainment if a["value"] not in known)
        return True
    return False


def _restates_growth(rounded: Fact, precise: Fact) -> bool:
    """ "Tổng thu ngân sách Nhà nước tăng hơn 4%" (a line over its paragraph) and the
    paragraph's "đạt 1.429,95 tỷ đồng, tăng 4,19%": a growth alone is that of a level of the
    same indicator, part, place, period and comparison whose growth rounds to it (on the side
    "hơn" or "gần" says), read to the last digit the rounded one gives."""
    a, b = rounded.change, precise.change
    if (
        a is None
        or b is None
        or b.qualifier is not None
        or precise.indicator != rounded.indicator
        or a.unit != b.unit
        or a.direction != b.direction
        or a.basis != b.basis
        or (rounded.breakdown or None) != (precise.breakdown or None)
        or (rounded.region is not None and rounded.region != precise.region)
        or not _same_period(rounded.period, precise.period)
        or _significant_digits(b.value) <= _significant_digits(a.value)
    ):
        return False
    step = _last_digit_step(a.value)
    if a.qualifier == "over":
        return a.value <= b.value < a.value + step
    if a.qualifier == "nearly":
        return a.value - step < b.value <= a.value
    return abs(b.value - a.value) <= step / 2


def _last_digit_step(value: float) -> float:
    """The place value of the last digit written: 1 for "4", 0,1 for "3,3"."""
    text = f"{abs(value):.6f}".rstrip("0")
    if text.endswith("."):
        whole = text[:-1]
        return float(10 ** (len(whole) - len(whole.rstrip("0")))) if whole.strip("0") else 1.0
    return 10.0 ** -(len(text) - text.index(".") - 1)


# "xuất khẩu gần 3,3 tỷ USD trong 9 tháng" in a lead run into the body's "ước đạt 3,268 tỷ
# USD": a figure rounded with "gần", "khoảng" or "hơn" is the same figure as a more precise one
# of the same indicator, part, place and period on its side of the rounding.
_ROUNDING_QUALIFIERS = frozenset({"nearly", "about", "over"})


def _restates(rounded: Fact, precise: Fact) -> bool:
    if (
        precise is rounded
        or precise.value is None
        or rounded.value is None
        or precise.qualifier is not None
        or not _same_period(rounded.period, precise.period)
        or not _rounds_to(rounded, precise)
        or _significant_digits(precise.value) <= _significant_digits(rounded.value)
    ):
        return False
    if rounded.qualifier == "nearly":
        return precise.value <= rounded.value
    if rounded.qualifier == "over":
        return precise.value >= rounded.value
    return True


def _significant_digits(value: float) -> int:
    digits = f"{abs(value):.6g}".replace(".", "").lstrip("0").rstrip("0")
    return len(digits.split("e")[0])


def _ends_sentence(norm: str, start: int, end: int) -> bool:
    """A line after the first that ends in a full stop is a sentence of the body ("Giá trị xuất
    khẩu ... ước đạt 161,5 triệu USD tăng 43,75% so với cùng kỳ."), not more of the headline."""
    return start > 0 and norm[start:end].rstrip().endswith(".")


def _heading_end(norm: str) -> int:
    """End of the headline: the first line if it is short and not a sentence, and up to two
    more such lines after it ("# hơn 75 nghìn tỷ đồng" then "5 tháng, giá trị sản xuất công
    nghiệp của Bắc Giang tăng 30,2%" above the body)."""
    end = 0
    for start, nl in _top_lines(norm):
        if _ends_sentence(norm, start, nl):
            break
        end = nl
    return end


def _rounds_to(head: Fact, body: Fact, headline: bool = False) -> bool:
    if head.indicator == "other" and head.unit in ("VND", "USD") and body.indicator != "other":
        # "# hơn 75 nghìn tỷ đồng" over "giá trị sản xuất công nghiệp ... 75.595 tỷ đồng": the
        # headline's amount without its subject.
        head = _copy_fact(head, head.region or "")
        head.indicator, head.region, head.breakdown, head.period = (
            body.indicator,
            body.region,
            body.breakdown,
            body.period,
        )
    if head.value is None and body.value is not None and head.change is not None and body.change is not None:
        # "Kim ngạch xuất khẩu tăng 28%" over "... ước đạt 1,533 tỷ USD, tăng gần 28%".
        # (w13g) Or the body's second comparison: "Giá trị xuất khẩu ... vượt 19,34% kế hoạch"
        # over "... đạt 207,350 triệu USD, vượt 19,34% kế hoạch (KH), tăng 12,94% so với cùng kỳ".
        if head.indicator != body.indicator:
            # (w14h) "Kinh tế Cần Thơ tăng 7,39% trong 9 tháng đầu năm" over "Tăng trưởng GRDP
            # 9 tháng ... đạt 7,39%", "Sản xuất ngành công nghiệp tháng 4 ước tăng 5,4%" over
            # the index's "tăng 5,4%": a headline growth of no indicator the code knows is the
            # body's named figure with that very growth, said in other words (blind21 r826,
            # blind7 r331). Exact only: the body's products may share a rounded rate.
            return (
                headline
                and head.indicator == "other"
                and body.indicator != "other"
                and (head.change.value, head.change.unit, head.change.direction)
                == (body.change.value, body.change.unit, body.change.direction)
            )
        if head.change.unit == body.change.unit and abs(head.change.value - body.change.value) <= 0.03 * max(
            head.change.value, body.change.value
        ):
            return True
        return bool(body.extra_changes) and any(
            c.unit == head.change.unit
            and c.basis == head.change.basis
            and abs(head.change.value - c.value) <= 0.03 * max(head.change.value, c.value)
            for c in body.extra_changes
        )
    if (
        head.indicator != body.indicator
        # (A headline without a place rounds the figure of the place the body names.)
        or (head.region is not None and head.region != body.region)
        or head.unit != body.unit
        or (head.breakdown != body.breakdown and not _headline_names_part(head, body))
    ):
        return False
    if (
        not _same_period(head.period, body.period)
        and head.period.year is not None
        and body.period.year is not None
        and not _first_quarter_twice(head.period, body.period)
        and not (headline and head.qualifier in ("over", "nearly") and _total_to_the_month(head.period, body.period))
    ):
        return False
    a = head.value if head.value is not None else (head.change.value if head.change else None)
    b = body.value if body.value is not None else (body.change.value if body.change else None)
    if a is None or b is None or (head.value is None) != (body.value is None):
        return False
    if (
        headline
        and head.value is not None
        and a > 0
        and ((head.qualifier == "over" and a <= b <= 1.1 * a) or (head.qualifier == "nearly" and 0.9 * a <= b <= a))
    ):
        # (w12t29) "hơn 8 tỉ USD vốn FDI" over the body's "khoảng 8,3 tỷ USD": a headline's
        # bound on the side it says (blind29 r1140).
        return True
    return abs(a - b) <= 0.03 * max(abs(a), abs(b))


def _headline_names_part(head: Fact, body: Fact) -> bool:
    """ "Quý I/2023, thu nội địa ước đạt 11.270 tỷ đồng" over the body's "tổng thu ngân sách ...
    trong đó thu nội địa ước đạt 11.270 tỷ đồng": the headline names by its phrase the part
    the body gives as a breakdown of the whole."""
    return (
        head.breakdown is None
        and body.breakdown is not None
        and " ".join(head.phrase.lower().split()) == " ".join(body.breakdown.lower().split())
    )


def _first_quarter_twice(a: Period, b: Period) -> bool:
    """ "Ba tháng" (the first 3 months) and "quý I" of one year are the same months: a
    headline's "Ba tháng, ... gần 4.600 doanh nghiệp" rounds the body's quý I figure."""
    spans = {(p.kind, p.months, p.month, p.quarter) for p in (a, b)}
    return a.year == b.year and spans == {("ytd", 3, 3, None), ("quarter", None, None, 1)}


def _total_to_the_month(head: Period, body: Period) -> bool:
    """ "Hơn 64.000 doanh nghiệp đăng ký thành lập mới" over a body that opens with July
    ("tháng 7 cả nước có 9.621 ...") and goes on "Tính chung 7 tháng ... 64.122 DN": a
    headline bound names no period of its own and takes the month of the body's first
    sentence; the body's total to that month is the figure it rounds (w13g)."""
    return (
        head.kind == "month"
        and body.kind in ("ytd", "half")
        and head.year == body.year
        and head.month is not None
        and head.month == body.month
    )


def _group_word_before(norm: str, lo: int, hi: int) -> bool:
    """A cheap test before ``_GROUP_SUBJECT_BEFORE``: one of its words is there."""
    return norm.find("đều", lo, hi) >= 0 or norm.find("đa số", lo, hi) >= 0 or norm.find("phần lớn", lo, hi) >= 0


def _places_listed_before(ctx: _Context, lo: int, hi: int) -> bool:
    """Whether three or more provinces named one after another (by commas or "và") are the
    subject of a bound at ``hi`` in the sentence starting at ``lo``."""
    end = bisect_left(ctx.province_starts, hi)
    start = bisect_left(ctx.province_starts, lo)
    if end - start < _PLACES_LISTED:
        return False
    norm, provinces = ctx.norm, ctx.provinces
    last = provinces[end - 1]
    if not _AFTER_LAST_PLACE.fullmatch(norm, last.end, hi):
        return False
    listed = 1
    for i in range(end - 1, start, -1):
        if not _PLACE_LIST_GAP.fullmatch(norm, provinces[i - 1].end, provinces[i].start):
            break
        listed += 1
    return listed >= _PLACES_LISTED


def _same_period(a: Period, b: Period) -> bool:
    if a is b or a == b:
        return True
    pairs = ((a.kind, b.kind), (a.year, b.year), (a.month, b.month), (a.quarter, b.quarter))
    return all(x is None or y is None or x == y for x, y in pairs)


def _richness(f: Fact) -> int:
    p = f.period
    return (
        (p.kind is not None)
        + (p.year is not None)
        + (p.month is not None)
        + (f.change is not None)
        + (f.qualifier is not None)
        + len(f.extra_changes)
    )


# --- one figure ----------------------------------------------------------------------


def _read_quantity(
    ctx: _Context,
    q: Quantity,
    sent: tuple[int, int],
    window_start: int,
    drafts: list[_Draft],
    para_last: _Draft | None,
    in_breakdown: bool,
    whole: _Draft | None = None,
) -> _Draft | None:
    norm = ctx.norm
    before = norm[max(window_start, q.start - 60) : q.start]
    tail = before.rstrip()
    # Cheap pre-checks: each pattern ends in "\\s*$" after one of its words.
    if (tail.endswith(_RANK_ENDS) and _RANK_BEFORE.search(before)) or (
        tail.endswith(_MILESTONE_ENDS) and _MILESTONE_BEFORE.search(before)
    ):
        return None
    if q.kind == "pct" and _real_terms(norm, window_start, q.start):
        return None
    if q.kind == "money" and tail.endswith("vượt") and _EXCESS_BEFORE.search(norm, max(sent[0], q.start - 90), q.start):
        return None
    if (
        q.kind == "count"
        and tail.endswith(("cả", "bộ"))
        and _WHOLE_GROUP_BEFORE.search(tail)
        and _WHOLE_GROUP_AFTER.match(norm, q.end, sent[1])
    ):
        return None
    if q.start >= 6 and norm.startswith("tháng", q.start - 6) and _month_number(norm, q):
        return None
    if q.kind == "money" and (
        # (The pattern ends in "từ", "trên" or "dưới" and spaces: a cheap pre-check.)
        (
            (not tail or tail.endswith(_THRESHOLD_ENDS))
            and _THRESHOLD_BEFORE.search(norm, max(sent[0], q.start - 70), q.start)
        )
        # (Gate: the pattern cannot match without "trở".)
        or (ctx.has_tro and _THRESHOLD_AFTER.match(norm, q.end))
    ):
        return None
    qualifier = _qualifier(before, tail)
    # (A money figure has passed the same check just above.)
    if qualifier is None and q.kind != "money" and ctx.has_tro and _THRESHOLD_AFTER.match(norm, q.end):
        # "đạt từ 10% trở lên": at least 10%.
        qualifier = "over"
    if (
        q.kind in ("money", "pct", "count", "area")
        and (qualifier in ("over", "under") or (tail.endswith("từ") and _FROM_BEFORE.search(before)))
        and (
            (
                q.kind != "area"
                and (place_count := _PLACE_COUNT_BEFORE.search(norm, ctx.structure.clause(q.start)[0], q.start))
                # (w13e) "73 dự án FDI (đến) từ 17 quốc gia và vùng lãnh thổ với tổng vốn đầu tư
                # trên 13,7 tỷ USD": the countries the investors come from, no condition.
                and not (norm.endswith(("từ ", "của "), 0, place_count.start()) and "quốc gia" in place_count.group())
            )
            or (_group_word_before(norm, sent[0], q.start) and _GROUP_SUBJECT_BEFORE.search(norm, sent[0], q.start))
            or _places_listed_before(ctx, sent[0], q.start)
            or (
                q.kind == "money"
                and "liên tiếp" in norm[sent[0] : q.start]
                and _STREAK_BEFORE.search(norm, sent[0], q.start)
            )
        )
    ):
        # "9 tỉnh, thành phố có kim ngạch xuất khẩu đạt trên 01 tỷ USD", "6/20 địa phương có số
        # lượng doanh nghiệp lớn (trên 1000 DN)": the condition counted.
        return None
    if (
        q.kind == "count"
        and (
            norm.find("tăng", max(0, q.start - 12), q.start) >= 0
            or norm.find("giảm", max(0, q.start - 12), q.start) >= 0
        )
        and _count_change(ctx, q, window_start, drafts, para_last, qualifier)
    ):
        return None
    if q.kind in ("count", "ratio"):
        return _count_fact(ctx, q, sent, window_start, qualifier, drafts, para_last, in_breakdown)
    verb, verb_end = _last_verb(norm, window_start, q.start)
    if (
        verb in ("thấp hơn", "cao hơn")
        and q.kind == "pct"
        and _GROWTH_BEFORE_COMPARATIVE.search(norm, max(window_start, verb_end - 30), verb_end)
        and _SUBJECT_AFTER_VERB.match(norm, verb_end, q.start)
    ):
        # (w13a) "Một số địa phương ghi nhận mức tăng thấp hơn như Cà Mau (7,1%), Quảng Trị
        # (7%)": a growth lower than others, each item's rise (not a fall, nor a difference).
        verb = "tăng"
    if (
        q.kind == "pct"
        and tail.endswith(("(+", "(-", "( +", "( -"))
        and (
            (
                in_breakdown
                and tail[-1] == "+"
                and not drafts
                and para_last is None
                and verb not in _UP
                and verb not in _DOWN
                and _nearest_phrase(ctx, sent[0], q.start, "pct") is None
            )
            or _listed_product(ctx, sent, q.start)
            # (w14b) Unless a verb before says the opposite: "doanh thu tăng khá như lương thực, thực
            # phẩm (+14,58%); gỗ và vật liệu xây dựng (+15,14%)", "02/25 sản phẩm giảm so với
            # tháng trước là sữa và kem (-6,78%); thức ăn cho thuỷ sản (-1,74%)": every tuning
            # set's gold reads a signed figure in brackets as a rise or fall, never a level
            # (blind14 r540, blind25 r993).
            or (
                (verb not in _UP if tail[-1] == "-" else verb not in _DOWN)
                # (Not a percentage restating the change just before it: "tăng 1.475 tỷ đồng
                # (+6,2%)".)
                and not _SIGNED_BRACKET_ONLY.fullmatch(norm, window_start, q.start)
                # (Items of an index, its industries, are read as its parts further on; an item
                # named after a verb such as "là" is none.)
                and (
                    verb == "là"
                    or not (
                        _index_industry_item(ctx, sent, q.start)
                        or any(d is not None and d.rate for d in (drafts[-1] if drafts else None, para_last, whole))
                    )
                )
            )
        )
    ):
        # (w12t25: also in a list of parts whose sentence names no index and whose paragraph
        # gives no figure of their whole, "Một số ngành có mức tăng cao hơn mức bình quân chung
        # là: sản xuất da và các sản phẩm có liên quan (+11,61%); ...": rises, the parts of the
        # last whole with industries.)
        # "các sản phẩm chủ yếu có tốc độ tăng cao: thép cán (+88,7%); sứ vệ sinh (-2,1%)": in
        # a list of products a sign in brackets is the item's rise or fall, not a level (the
        # verb of the list's lead is far before it). (Industries listed so under an index are
        # already read as its parts' growths.)
        if verb is not None and verb not in _UP and verb not in _DOWN:
            # ("... là sữa và kem (-6,78%)": the sign is the verb, right before the figure.)
            verb_end = q.start
        verb = "tăng" if tail[-1] == "+" else "giảm"
    if (
        (verb is None or verb == "với")
        and q.kind == "pct"
        and drafts
        and (last_change := drafts[-1].fact.change) is not None
        and last_change.unit == "%"
        and norm.startswith(" so", q.end)
        and _SECOND_BASIS_AND.fullmatch(norm, window_start, q.start)
    ):
        # (w12t25) "tăng 21,4% so kế hoạch và 31,4% so với cùng kỳ", "tăng 0,54% so với tháng
        # trước và 13,90% so với cùng kỳ năm trước": the same rise against another basis.
        verb = "tăng" if last_change.direction == "up" else "giảm"
        verb_end = q.start
    if (
        verb is None
        and q.kind == "pct"
        and drafts
        and drafts[-1].fact.change is not None
        and _PAIR_JOIN.fullmatch(norm, window_start, q.start)
        and (first := _PAIR_FIRST_BEFORE.search(norm, max(sent[0], window_start - 40), window_start)) is not None
        and _compared_both_ways(norm, q.start)
    ):
        # (w14b) "doanh thu dịch vụ lưu trú, ăn uống đạt 45.900 tỷ đồng, tăng 2,1% và 6,4%" after
        # a whole against the month before and the year before: the second of the pair is
        # said with the first's verb (its basis is read below).
        verb = first.group(1)
        verb_end = q.start
    if verb is None and q.kind == "pct" and drafts and ctx.respectively:
        # (Its end taken as the figure's start: the list's commas do not part verb and figure.)
        verb = _respective_verb(ctx, q, sent)
        verb_end = q.start
    if (
        verb is None
        and q.kind in ("pct", "times")
        and _ABOUT_AND_BEFORE.search(norm, max(sent[0], q.start - 40), q.start)
    ):
        # "tăng gấp 2 lần về số dự án và 3 lần về số vốn": the verb said of the first measure
        # is said of the next.
        verb, _ = _last_verb(norm, max(sent[0], q.start - 80), q.start)
        verb_end = q.start
    current = drafts[-1] if drafts else None
    if (
        verb is None
        and q.kind == "pct"
        and current is not None
        and current.fact.plan_attainment
        and _LIST_JOIN.fullmatch(norm, window_start, q.start)
    ):
        # "đạt 51,2% dự toán Bộ Tài chính giao, 46,1% dự toán HĐND tỉnh giao và 92,6% so với cùng
        # kỳ": the figures listed after an attainment are said with its verb (an index against
        # the same period, below).
        verb = "đạt"
    new_phrase = _nearest_phrase(ctx, window_start, q.start, q.kind if q.kind != "ratio" else "count")
    if (
        new_phrase is None
        and q.kind == "pct"
        and norm.startswith(" của", q.end)
        and (economy := _WHOLE_ECONOMY_AFTER.match(norm, q.end)) is not None
        and _GROWTH_OF_BEFORE.search(norm, max(window_start, q.start - 24), q.start) is not None
    ):
        # (w13d) "Trong mức tăng 5,73% của toàn nền kinh tế, khu vực ... tăng 2,65%" (the
        # statistics offices' wording, dev r024, blind19 r760): the economy's growth, named after.
        new_phrase = PhraseMatch("GRDP_GROWTH", economy.start(1), economy.end())
    if new_phrase is not None and new_phrase.concept == "TRADE_GENERIC":
        new_phrase = _trade_flow(ctx, new_phrase)
    if (
        new_phrase is not None
        and new_phrase.concept == "OTHER_SUBJECT"
        and q.kind == "pct"
        and norm.startswith("sản lượng", new_phrase.start)
        and _industry_output_named(ctx, window_start, new_phrase.start)
    ):
        # (w13a) "Sản xuất thiết bị điện tăng 42,1%, sản xuất và phân phối điện, sản lượng tăng
        # 21,2%": the output of an industry just named is that industry's production, a part
        # of the index (not a volume of its own, which the items after it would inherit).
        new_phrase = None
    if new_phrase is not None and (
        (new_phrase.concept == "SHARE" and _SHARE_DESCRIBED.match(norm, new_phrase.end))
        or (new_phrase.concept == "CONTRIB" and _CONTRIB_DESCRIBED.match(norm, new_phrase.end))
    ):
        # "ngành sản xuất và phân phối điện chiếm tỷ trọng lớn, tăng cao 119,94%": a share
        # described in words gives no figure; the growth after it is of the part named before.
        # So does a contribution ("chế biến, chế tạo và sản xuất điện đều có đóng góp tích
        # cực, lần lượt tăng 21,21% và 7,26%": the industries' growths, not contributions).
        new_phrase = _nearest_phrase(ctx, window_start, new_phrase.start, q.kind if q.kind != "ratio" else "count")
    elif (
        new_phrase is not None
        and new_phrase.concept == "CONTRIB"
        and q.kind == "pct"
        and (contrib_lead := _CONTRIB_LEAD.match(norm, new_phrase.end)) is not None
        and contrib_lead.end() <= q.start
    ):
        # (w12t25) "Đóng góp nhiều nhất vào kim ngạch xuất khẩu 5 tháng là hàng may, dệt tăng
        # 14,2%; ...", "Những ngành có tốc độ tăng IIP cao ... và có đóng góp tích cực cho tăng
        # trưỏng công nghiệp là: sản xuất xe có động cơ (+120,05%)": a lead-in naming the parts
        # that drove a figure; the rates listed are of the figure named after "vào" or, failing
        # that, before the lead-in.
        new_phrase = _nearest_phrase(ctx, new_phrase.end, contrib_lead.end(), "pct") or _nearest_phrase(
            ctx, window_start, new_phrase.start, "pct"
        )
    if new_phrase is None and q.kind == "pct" and norm.find("cơ cấu", max(sent[0], q.start - 150), q.start) >= 0:
        new_phrase = _structure_list_lead(ctx, q, sent)
    if new_phrase is None and q.kind == "pct" and norm.find("chỉ số", window_start, q.start) >= 0:
        this = _THIS_INDEX.search(norm, window_start, q.start)
        if this is not None:
            # "Tính chung 9 tháng, chỉ số này tăng 6,9%": the index named before.
            named = next(
                (d for d in (*reversed(drafts), para_last, whole) if d is not None and d.rate and d.concept),
                None,
            )
            if named is not None and named.concept is not None:
                new_phrase = PhraseMatch(named.concept, this.start(), this.end())
    if (
        q.kind == "pct"
        and new_phrase is not None
        and verb not in _UP
        and verb not in _DOWN
        and lexicon.code_for(new_phrase.concept, "money") not in (None, "other")
        and (
            _GROWTH_OF_BEFORE.search(norm, max(window_start, new_phrase.start - 30), new_phrase.start)
            or _GROWTH_OF_START.match(norm, new_phrase.start)
            # (A cheap look for the words first.)
            or (
                norm.find("trưởng", new_phrase.end, q.start) >= 0
                and _GROWTH_AFTER_LEVEL.match(norm, new_phrase.end, q.start) is not None
            )
        )
    ):
        # "tốc độ tăng trưởng giá trị sản xuất công nghiệp đạt 9,5%", "tốc độ tăng trưởng tổng
        # sản phẩm toàn ngành công nghiệp ... bình quân ... đạt 35,46%/năm": the level's growth;
        # also said after it (w14c): "giá trị sản xuất công nghiệp giai đoạn 2015-2020 tăng
        # trưởng bình quân ước đạt trên 21%/năm" (blind17 r692), not a level in %.
        verb = "tăng"
    if new_phrase is not None and norm.endswith("vào ", 0, new_phrase.start) and q.kind == "pp":
        # "đóng góp vào mức tăng trưởng chung 0,86 điểm phần trăm": the contribution itself.
        new_phrase = _nearest_phrase(ctx, window_start, new_phrase.start, q.kind)
    elif (
        new_phrase is not None
        and norm.endswith("vào ", 0, new_phrase.start)
        and drafts
        and "," in norm[new_phrase.end : q.start]
    ):
        # "góp 9,7% vào mức tăng trưởng chung, khu vực công nghiệp và xây dựng tăng 9,07%":
        # what a contribution goes into is not the subject of the figures after it (but
        # "vào mức tăng trưởng chung 9,8%" names the figure right after it).
        new_phrase = None
    generic_growth = (
        new_phrase is not None
        and new_phrase.concept == "GRDP_GROWTH"
        and _GENERIC_GROWTH.fullmatch(norm, new_phrase.start, new_phrase.end) is not None
        and whole is not None
        and whole.fact.indicator not in ("grdp", "grdp_growth", "other")
        # The production index's parts grow too ("công nghiệp khai khoáng duy trì mức tăng
        # trưởng cao"); prices and the economy are not broken down that way.
        and whole.fact.indicator not in RATE_CODES - {"iip"}
        and not _ECONOMY_WORDS.search(norm, max(sent[0], q.start - 100), q.start)
        and not _CHUNG_AFTER.match(norm[new_phrase.end : new_phrase.end + 8])
        # "Khu vực dịch vụ cũng đạt được mức tăng trưởng ấn tượng, giá trị tăng 8,1%": a sector
        # of the economy grows with the economy, not as a part of industry's index.
        and not any(
            p.concept == "SECTOR" for p in _phrases_between(ctx, max(sent[0], new_phrase.start - 40), new_phrase.start)
        )
    )
    if not generic_growth and new_phrase is not None and new_phrase.concept == "GRDP_GROWTH":
        economy_whole = whole is not None and whole.fact.indicator in _ECONOMY_CODES
        new_phrase = _index_of_growing_part(ctx, sent, new_phrase, q, economy_whole)
    if generic_growth:
        # "Một số mặt hàng có tốc độ tăng trưởng cao, tiêu biểu là ... tăng 110,98%",
        # "ngành hàng may mặc cũng có mức tăng trưởng cao với 12,3%": the growth of parts of
        # the indicator the text is about, not economic growth.
        new_phrase = None
    consumed = -1
    if new_phrase is None and q.kind == "money":
        # "thu hút 3,1 tỷ USD vốn FDI": the subject written after the amount.
        named_after = _phrase_right_after(ctx, q.end, "money")
        if named_after is not None and (
            current is None
            or lexicon.code_for(named_after.concept, "money") in _CAPITAL_AFTER_CODES
            or _names_nothing(norm, window_start, q.start)
        ):
            # (w13e) Capital named right after the amount is its subject whatever words come
            # before it ("thu hút hơn 469 triệu USD vốn đầu tư FDI" after the disbursement,
            # "rót vốn vào 56 tỉnh, thành phố trên cả nước gần 29 tỷ USD vốn đầu tư trực tiếp
            # nước ngoài"): the words before name no money.
            new_phrase = named_after
            consumed = named_after.end
        elif current is None and (
            attract_verb := _ATTRACTED_BEFORE.search(norm, max(window_start, q.start - 40), q.start)
        ):
            # (w13e) "7 tháng đầu năm, dự kiến đã thu hút 1.950,55 triệu USD" under a heading
            # "THU HÚT ĐẦU TƯ TRỰC TIẾP NƯỚC NGOÀI (FDI)": money attracted is investment capital,
            # its kind read as for "vốn đầu tư" (``_resolve``; of no kind named, `other`).
            new_phrase = PhraseMatch("CAPITAL", attract_verb.start(), attract_verb.end())

    if new_phrase is None and q.kind == "money" and current is not None:
        new_phrase = _capital_of_counted_projects(ctx, current, window_start, q)
    if (
        new_phrase is None
        and q.kind == "pct"
        and norm.startswith(" của ", q.end)
        and _GROWTH_OF_BEFORE.search(norm, max(window_start, q.start - 30), q.start) is not None
    ):
        # "Trong mức tăng 5,73% của toàn nền kinh tế, khu vực ... tăng 2,65%": the economy's
        # growth, named after the figure (the parts that follow are its breakdown).
        owner = _phrase_right_after(ctx, q.end + 5, "pct")
        if owner is not None and owner.concept == "GRDP":
            new_phrase = owner
    if (
        q.kind == "pct"
        and current is not None
        and new_phrase is None
        and current.fact.unit in ("%", "VND", "USD", None)
        # The pattern ends in "(" and spaces: a cheap pre-check (``before`` ends where it does).
        and (not tail or tail[-1] == "(")
    ):
        compared = _COMPARATOR_BEFORE.search(norm, max(window_start, q.start - 70), q.start)
        if compared is not None:
            return _comparator_fact(ctx, current, q, compared)

    direction = "up" if verb in _UP else "down" if verb in _DOWN else None
    # (Gate: the pattern matches spaces then a "," within [verb_end, q.start): none without a ",".)
    if (
        direction is not None
        and norm.find(",", verb_end, q.start) >= 0
        and _VERB_THEN_COMMA.match(norm, verb_end, q.start)
    ):
        direction = None
    if (
        direction is None
        and q.kind == "pct"
        and tail.endswith(_GROWTH_WORDING_ENDS)
        and (growth_words := _GROWTH_WORDING.search(norm, max(window_start, q.start - 70), q.start)) is not None
        # (The subject named before the words, not a figure named between them and it.)
        and (new_phrase is None or new_phrase.end <= growth_words.start())
        and not _ATTAINMENT_RE.match(norm, q.end)
    ):
        # (w14b) "ngành hàng lương thực, thực phẩm có mức tăng cao nhất, với 12,8% so với cùng kỳ",
        # "lâm nghiệp có mức tăng cao nhất với 6,11%", "tăng trưởng của ngành chăn nuôi đạt
        # 5,92%": a growth named in words, then its figure, is a rise (never a level in the
        # tuning sets' gold: dev r011, blind18 r720, blind19 r760, blind30 r1197).
        direction = "up"
    if direction == "up" and q.kind == "pct" and _minus_glued(norm, q.start):
        # (w14c) "(tăng trưởng GRDP -15,31%)": growth written with a minus is a fall.
        direction = "down"
    if direction is None and q.kind == "pp":
        taken = _TAKES_AWAY.search(norm, max(window_start, q.start - 20), q.start)
        if taken is not None:
            taken_end = taken.start() + len(taken.group().rstrip())
            lowered = _contribution_by_verb(ctx, q, sent, window_start, taken_end, "down", drafts, para_last)
            if lowered is not None:
                return lowered
    if direction is not None and q.kind in ("pct", "money") and _from_to_level(norm, q, verb, verb_end, sent):
        # "Tỷ trọng công nghiệp trong GRDP tăng từ 11,20% năm 2015 lên 13,30% vào năm 2020":
        # the levels before and after, not changes; so are amounts ("GRDP bình quân đầu người
        # tăng từ 35,28 triệu đồng/người năm 2015 lên 65 triệu đồng/người năm 2020", w14c).
        direction = None
    if direction is not None and q.kind == "pp":
        lowered = _contribution_by_verb(ctx, q, sent, window_start, verb_end, direction, drafts, para_last)
        if lowered is not None:
            return lowered
    if (
        direction is not None
        and new_phrase is not None
        and new_phrase.concept == "CONTRIB"
        and norm.startswith((" trưởng", " chung"), verb_end)
    ):
        # "đóng góp vào mức tăng trưởng chung 0,86 điểm phần trăm": "tăng trưởng" names the
        # growth contributed to, it does not raise the contribution.
        # So does "tăng chung" ("có mức đóng góp cao nhất vào mức tăng chung (0,65 điểm phần
        # trăm)", dev r024; w13d).
        direction = None
    if generic_growth and direction is None and q.kind == "pct" and not _ATTAINMENT_RE.match(norm, q.end):
        direction = "up"
    if (
        q.kind == "money"
        and direction is not None
        and verb != "vượt"
        and q.start - verb_end <= 12
        and (new_phrase is None or (current is not None and _same_subject(ctx, new_phrase, current, q, sent)))
        and not _added_capital(norm, q, window_start, verb, verb_end)
    ):
        # "đạt 1,04 tỷ USD, tăng 280 triệu USD so với cùng kỳ", "(tương đương kim ngạch tăng
        # thêm 2,75 tỷ USD)": an absolute change of the fact just read, in its currency.
        target = _change_target(drafts)
        if target is not None and target.fact.unit == q.unit and q.value is not None:
            after = _after_text(norm, q.end)
            change = Change(q.value, q.unit or "", direction, _basis(norm, q, after, window_start, verb_end), qualifier)
            fact = target.fact
            if fact.change is None:
                fact.change = change
            else:
                fact.extra_changes.append(change)
            return None
    if q.kind == "times" and verb in ("bằng", "gấp", "đạt", "là") and q.value is not None:
        direction = "up" if q.value >= 1 else "down"
    # Read only by the comparisons of rates, multiples and points below.
    after = _after_text(norm, q.end) if q.kind in ("pct", "times", "pp") else ""

    # "đạt 70,7% kế hoạch năm": how much of the plan was done, part of the current fact.
    bare = (
        q.kind == "pct"
        and direction is None
        and verb == "đạt"
        and new_phrase is None
        and current is not None
        and current.fact.unit in ("VND", "USD")
        and _bare_attainment(norm, q)
    )
    if q.kind == "pct" and direction is None and (bare or _ATTAINMENT_RE.match(norm, q.end)):
        if bare:
            # (w12t30) "tổng thu là 2.590,6 tỷ đồng, đạt 18,9%, tăng gần 29%": a share of a sum
            # of money with no noun after it is the share of the plan (of the budget estimate
            # when the text named one last; blind30 r1202, r1194, as dev r116, blind19 r755,
            # blind20 r785/r787, blind25 r1004 are annotated).
            last_estimate = norm.rfind("dự toán", max(0, q.start - 3000), q.start)
            of = "dự toán" if last_estimate > norm.rfind("kế hoạch", max(0, q.start - 3000), q.start) else "kế hoạch"
        else:
            of = _attainment_of(norm, q.end)
        attainment = {"value": tidy(q.value or 0.0), "unit": "%", "of": of}
        if current is not None and new_phrase is None:
            current.fact.plan_attainment.append(attainment)
            return None
        draft = _new_fact(ctx, q, sent, window_start, new_phrase, drafts, para_last, qualifier, in_breakdown, verb_end)
        if draft is not None:
            draft.fact.plan_attainment.append(attainment)
            if (
                draft.fact.indicator == "other"
                and draft.fact.unit == "%"
                and new_phrase is not None
                and _UNREAD_LEVEL.search(norm, new_phrase.end, q.start)
            ):
                # "sản lượng chế biến tôm ước đạt 157.419 tấn, đạt 109,39% kế hoạch, tăng 5,45%":
                # the plan is the level's, a quantity in a unit no fact has (tonnes), so the
                # fact has no value; the attainment is not one (w12v12). Cleared at the end:
                # the changes after it still take it as their subject meanwhile.
                ctx.unread_levels.append(draft.fact)
            if new_phrase is not None and draft.fact.indicator == "other" and draft.concept == new_phrase.concept:
                # "thu ngân sách nhà nước ... đạt 36,6% dự toán năm": how much of its plan the
                # indicator has reached, the indicator's own figure (not a share of a total).
                level_code = lexicon.code_for(new_phrase.concept, "money")
                if level_code in _MONEY_LEVEL_CODES:
                    draft.fact.indicator = level_code
        return draft

    if (
        direction is None
        and q.kind == "pct"
        and verb in ("bằng", "đạt")
        and q.value is not None
        and 20 <= q.value <= 1000
        and (_SO_VOI_RE.match(after.lstrip()) or _SAME_PERIOD_AFTER.match(after) or _YOY_LEAD.match(norm, sent[0]))
        and (current is None or not current.rate)
        and (new_phrase is None or lexicon.code_for(new_phrase.concept, "pct") not in RATE_CODES)
    ):
        # "bằng 133% so với cùng kỳ", "So với cùng kỳ năm trước, khu vực kinh tế nhà nước chỉ
        # bằng 75,05%": an index against the base, i.e. a 33% rise, a 24,95% fall.
        basis = _basis(norm, q, after, window_start, verb_end)
        if basis != "plan":
            delta = round(q.value - 100, 6)
            direction = "up" if delta >= 0 else "down"
            q = Quantity("pct", q.start, q.end, abs(delta), None, "%")
    if (
        direction is None
        and q.kind == "pct"
        and verb == "bằng"
        and q.value is not None
        and 50 <= q.value <= 200
        and not _ATTAINMENT_RE.match(norm, q.end)
        and ((current is not None and current.rate) or (whole is not None and whole.rate))
        and _RATE_INDEX_CUE.search(norm, max(sent[0], q.start - 120), q.start)
    ):
        delta = q.value - 100
        direction = "up" if delta >= 0 else "down"
        q = Quantity("pct", q.start, q.end, abs(delta), None, "%")
    if (
        direction is None
        and q.kind == "pct"
        and verb == "đạt"
        and q.value is not None
        and 50 <= q.value <= 200
        and new_phrase is not None
        and lexicon.code_for(new_phrase.concept, "pct") == "iip"
        and q.start - new_phrase.end <= 40
        and not _ATTAINMENT_RE.match(norm, q.end)
    ):
        # "Dự ước cả năm 2023, chỉ số sản xuất công nghiệp ước đạt 106,3%": the index against
        # the year before (100), i.e. a rise of 6,3%, as "bằng 106,3% so với cùng kỳ".
        restated = _GROWTH_NEXT_FIGURE.match(norm, q.end)
        if restated is not None:
            # (w13a) "IIP tháng 10 đạt 102,8%, tăng hơn 2,8% so với tháng trước": the index
            # and the growth after it are one figure (the growth is read next); "đạt 98,5%,
            # giảm 1,2%" gives two, the index left as it is.
            growth = parse_number(restated.group(1))
            as_growth = growth is not None and abs(growth - abs(q.value - 100)) < 0.01
            if as_growth:
                ctx.restated_at = q.start
        else:
            # (Any other growth right after, "đạt 102,8%, tăng gấp ...", is read next instead.)
            as_growth = not _GROWTH_NEXT.match(norm, q.end)
        if as_growth:
            delta = round(q.value - 100, 6)
            direction = "up" if delta >= 0 else "down"
            q = Quantity("pct", q.start, q.end, abs(delta), None, "%")
    if direction is not None and q.kind in ("pct", "times", "pp"):
        change = Change(
            q.value or 0.0,
            q.unit or "%",
            direction,
            _basis(norm, q, after, window_start, verb_end),
            qualifier,
            _compared_year(after),
        )
        _note_compared_month(change, after)
        if (
            # ("Riêng ngành công nghiệp khai khoáng giảm 8,52%." after the parts of a whole
            # against the month before: one more part, in a sentence of its own.)
            (in_breakdown or (not drafts and _RIENG_OPEN.match(norm, sent[0]) is not None))
            and change.basis == "yoy"
            and _whole_basis(drafts, para_last, norm, q.end) == "mom"
            and not _NAMED_BASIS.search(after[:30])
            and not _NAMED_BASIS.search(norm, window_start, q.start)
        ):
            # "tăng 1,34% so với tháng trước, trong đó ngành khai khoáng tăng 1,75%; chế biến,
            # chế tạo tăng 1,36%", "... giảm 7,75%. Cụ thể các ngành như: Du lịch lữ hành 10 tỷ
            # đồng, giảm 40,78%": parts with a bare growth share the whole's comparison.
            change.basis = "mom"
        if (
            change.basis == "yoy"
            and not _NAMED_BASIS.search(after[:30])
            and _list_lead_basis(ctx, sent, q.start) == "mom"
        ):
            # "tăng đột biến so với tháng trước là do một số sản phẩm chủ lực tăng mạnh, như:
            # sắt thép các loại tăng 16%": bare growths of the products listed share the lead's
            # comparison.
            change.basis = "mom"
        if (
            change.basis == "yoy"
            and q.kind == "pct"
            and (second := _PAIR_SECOND.match(norm, q.end)) is not None
            and not _NAMED_BASIS.search(after[:30])
            and not _NAMED_BASIS.search(norm, window_start, q.start)
            and not _OTHER_BASIS_AFTER.match(norm, second.end())
            and _compared_both_ways(norm, q.start)
        ):
            # (w14b) "Doanh thu du lịch lữ hành đạt 3,6 nghìn tỷ đồng, giảm 1,6% và tăng 12,2%",
            # "Gạo xay xát ước đạt 125.000 tấn (tăng 2,45% và tăng 67,26%)" after a whole "tăng
            # 0,4% so với tháng trước và tăng 12,6% so với cùng kỳ": a bare pair takes the
            # whole's two bases in turn, the month before first (SCHEMA.md; dev r011, blind18
            # r718, blind19 r747 / r761). The second is year on year, also where the parts
            # would take the whole's first comparison (above).
            change.basis = "mom"
        elif (
            change.basis == "mom"
            and q.kind == "pct"
            and _PAIR_JOIN.fullmatch(norm, window_start, q.start)
            and _PAIR_FIRST_BEFORE.search(norm, max(sent[0], window_start - 40), window_start) is not None
            and not _NAMED_BASIS.search(after[:30])
            and _compared_both_ways(norm, q.start)
        ):
            change.basis = "yoy"
        if (
            new_phrase is not None
            and new_phrase.concept == "CONTRIB"
            and q.kind == "pct"
            and _GROWTH_OF_BEFORE.search(norm, max(window_start, q.start - 30), q.start) is not None
            and (contributor := _component_phrase(ctx, sent[0], new_phrase.start, hidden_by_indicators=False))
            is not None
        ):
            # "ngành sản xuất và phân phối điện ... đóng góp cao vào tăng trưởng chung với mức
            # tăng 216,3%": the growth is the contributing industry's or sector's own, a part of
            # the whole it contributes to, not the contribution.
            fits = _WHOLES_OF.get(contributor.concept)
            if whole is None or (fits is not None and whole.fact.indicator not in fits):
                whole = _topic(ctx, q.start, window_start, codes=fits)
            return _component_fact(ctx, whole, change, q, sent, window_start, contributor, None)
        about = _ABOUT_AFTER.match(after) if after.startswith(" về") else None
        if about is not None and new_phrase is None:
            # "thu về 180 triệu USD, tăng 30,43% về lượng và tăng 40,63% về giá trị": a change of
            # the volume is none of the amount's; "tăng 66,7% về số dự án và gấp 17,4 lần vốn
            # đăng ký": a change of the count of projects belongs to the count.
            if about.group(1) is not None and not _AND_VALUE_AFTER.match(after, about.end()):
                return None
            counted = next((d for d in reversed(drafts) if d.fact.unit == "count"), None)
            if counted is not None:
                return _attach_change(ctx, counted, change, q, sent, window_start, verb_end)
        target = _change_target(drafts, change) if new_phrase is None else None
        if (
            target is None
            and new_phrase is None
            and drafts
            and _INTO_GROWTH_BEFORE.search(norm, max(window_start, q.start - 40), q.start) is not None
        ):
            # "đóng góp 2,1 điểm phần trăm vào mức tăng chung 7,5%": the growth contributed to, not
            # the contributor's own (left with the contribution, as before w13c).
            target = drafts[-1]
        if (
            target is not None
            and len(drafts) >= 2
            and target is drafts[-1]
            and target.fact.unit in ("VND", "USD")
            and drafts[-2].fact.unit in ("VND", "USD")
            and target.fact.unit != drafts[-2].fact.unit
            and _converted_before(ctx, q.start)
        ):
            # "đạt 1.340,8 tỷ đồng (tương đương 59,79 triệu USD), bằng 33,3% so với cùng kỳ":
            # the amount in another currency in brackets is the same figure; the growth after
            # it is the figure's.
            target = drafts[-2]
        elif (
            target is not None
            and len(drafts) >= 2
            and target is drafts[-1]
            and drafts[-2].fact.unit == target.fact.unit
            and drafts[-2].fact.value is not None
            and _bracketed_part_before(ctx, q.start)
        ):
            # "ước 8.038 tỷ đồng (trong đó, bán lẻ hàng hóa ước 5.093 tỷ đồng), giảm 2,41% so
            # với tháng trước": the part in brackets is an aside; the growth after it is the
            # whole's.
            target = drafts[-2]
        if (
            target is None
            and new_phrase is None
            and not drafts
            and para_last is not None
            and para_last.fact.value is not None
            and para_last.fact.indicator != "other"
            and _THIS_IS_LEAD.match(norm, sent[0], q.start)
        ):
            # "... đạt 33.404 tỷ đồng, tăng gần 14%. Đây là mức doanh thu cao nhất ... và gấp 1,5
            # lần so với 6 tháng đầu năm 2019": a sentence opened by "Đây là" speaks of the
            # figure before it; its comparison is that figure's.
            target = para_last
        if (
            new_phrase is None
            and drafts
            and (last := drafts[-1]).fact.value is None
            and last.fact.indicator == "other"
            and last.fact.change is not None
            and last.fact.change.basis != change.basis
            and not last.fact.extra_changes
            and _PAIR_JOIN_SAID.fullmatch(norm, window_start, q.start)
        ):
            # (w14b) "Gạo xay xát ước đạt 125.000 tấn (tăng 2,45% và tăng 67,26%)", "thủy sản chế
            # biến ước đạt 38.869 tấn (tăng 6,16% so tháng trước và tăng 0,62% so với cùng kỳ)":
            # the second of a pair against two bases is the same product's, not an item of its
            # own (blind18 r718).
            return _attach_change(ctx, last, change, q, sent, window_start, verb_end)
        if (
            new_phrase is None
            # (w13a) Also a multiple: "như: Phân khoáng và phân hóa học NPK tăng hơn 2 lần; quần
            # áo may sẵn tăng 93,37%" (a product's growth either way).
            and change.unit in ("%", "x")
            # (A level just read takes its own change: "điện sản xuất 239,3 triệu kWh, giảm 0,2%".)
            and (target is None or target.fact.change is not None or target.fact.unit in (None, "%"))
            and (_listed_product(ctx, sent, q.start) or _goods_among_industries(ctx, sent, q.start))
        ):
            # "Một số sản phẩm chủ yếu có sản lượng tăng như: Bia tăng 4,3%, sợi các loại tăng
            # 8,8%": each product's growth is a figure of its own (``other``), not a part or a
            # change of the indicator last named (an item "điện thương phẩm tăng 6%" of the same
            # list keeps its own phrase and indicator).
            item = _new_fact(ctx, q, sent, window_start, None, [], None, None, False, verb_end, change=change)
            if item is not None and in_breakdown and not _product_list(ctx, sent, q.start):
                # "Trong đó, một số sản phẩm có sản lượng tăng gồm: ...": the products of an
                # estimated figure are estimated too (w12s8).
                item.fact.status = _part_status(ctx, q, window_start, drafts, para_last) or item.fact.status
            return item
        if (
            new_phrase is None
            and change.unit == "%"
            and (target is None or target.rate)
            and (product_start := _after_product_volume(ctx, sent, q.start)) is not None
        ):
            # (w13a) "bia đạt 22,5 ngàn lít, tăng 65,77%", "xi măng 2,1 triệu tấn, tăng 0,7%" after
            # the production index: the growth of a product's volume, read in no unit, is that
            # product's own (``other``), not a part of the index named before (named by the
            # product as the fact is made: ``_product_with_volume``).
            return _new_fact(ctx, q, sent, product_start, None, [], None, qualifier, False, verb_end, change=change)
        comp = _component_phrase(ctx, window_start, q.start) if new_phrase is None else None
        if (
            target is None
            and comp is None
            and new_phrase is None
            and drafts
            and _grows_no_contribution(drafts[-1], change)
        ):
            # "Khu vực nông nghiệp đóng góp 0,93 điểm phần trăm và tăng 3,58%", "ngành chế biến,
            # chế tạo đóng góp 7,4 điểm phần trăm (sau khi tăng 10,4%)": the growth is that of the
            # sector or industry that contributed, a part of the whole it contributed to.
            comp = _component_phrase(ctx, sent[0], q.start, hidden_by_indicators=False)
        place = _province_in(ctx, window_start, q.start) if new_phrase is None else None
        if (
            target is not None
            and (comp is not None or place is not None)
            and whole is not None
            and target.fact.indicator == "other"
        ):
            # "30/63 địa phương có tốc độ tăng cao hơn ...: Bắc Ninh tăng 17,8%": the province's
            # growth of the indicator the text is about, not a change of the count before it.
            target = None
        if target is not None and place is not None and target.concept == "PLACE":
            # "10 tỉnh, thành phố có tốc độ tăng GRDP ... gồm: Bắc Giang tăng 13,45%, Hậu Giang
            # tăng 12,27%": each province's figure of the indicator the list is of.
            lead = _nearest_phrase(ctx, sent[0], q.start, "pct")
            if lead is not None:
                item = _new_fact(ctx, q, sent, window_start, lead, [], None, qualifier, in_breakdown, verb_end, change)
                if item is not None and _last_before(ctx.estimates, lead.start, q.start) is not None:
                    item.fact.status = "estimate"  # "... có tốc độ tăng GRDP dự ước dẫn đầu ... gồm:"
                return item
            target = None
        if (
            target is not None
            and comp is not None
            and target.fact.indicator != "other"
            and (fits := _WHOLES_OF.get(comp.concept)) is not None
            and target.fact.indicator not in fits
        ):
            # "sản lượng điện sản xuất ước tăng 120,73%; ngành công nghiệp khai khoáng tăng
            # 1,81%": an industry is no part (nor a change) of electricity; it is looked up
            # below as a part of a whole it fits.
            target = None
        if target is None and new_phrase is None:
            fits = _WHOLES_OF.get(comp.concept) if comp is not None else None
            if whole is not None and fits is not None and whole.fact.indicator not in fits:
                # "IIP quý I tăng 14,8% ... Tuy nhiên, ngành xây dựng lại giảm 5,1%": a sector of the
                # economy is no part of industry's index or output (but grows with the economy);
                # "điện sản xuất tăng 7,2%" then "Công nghiệp chế biến, chế tạo tăng 0,87%": an
                # industry is no part of electricity.
                whole = None
            if (comp is not None or place is not None) and whole is None:
                whole = _topic(ctx, q.start, window_start, codes=fits)
            if (comp is not None or place is not None) and whole is not None:
                return _component_fact(ctx, whole, change, q, sent, window_start, comp, place)
            if generic_growth and whole is not None:
                return _component_fact(
                    ctx, whole, change, q, sent, window_start, comp, place, _loose_phrase(ctx, window_start, q.start)
                )
            if (
                whole is not None
                and comp is None
                and place is None
                and whole.fact.indicator not in ("grdp", "grdp_growth", "other")
                and whole.fact.indicator not in RATE_CODES - {"iip"}
                and _generic_growth_list(ctx, sent, q.start)
            ):
                # "Một số nhóm ngành có mức tăng trưởng cao bao gồm: hàng may mặc tăng 51,11%"
                # after the retail figures: the items listed grow as parts of the indicator the
                # text is about, not with the economy.
                return _component_fact(
                    ctx, whole, change, q, sent, window_start, None, None, _loose_phrase(ctx, window_start, q.start)
                )
            if (
                whole is None
                and comp is None
                and place is None
                and change.unit == "%"
                and _index_industry_item(ctx, sent, q.start)
            ):
                # "Một số ngành công nghiệp có chỉ số sản xuất tăng cao là: Sản xuất xe có động
                # cơ tăng 32%; dệt tăng 22,8%" with the index itself outside the text: each
                # industry's growth of the production index (not `other`).
                listed = _loose_phrase(ctx, window_start, q.start)
                return _component_fact(ctx, None, change, q, sent, window_start, None, None, listed, industry=True)
            if comp is not None and comp.concept in ("SECTOR", "INDUSTRY") and change.unit == "%":
                # "khu vực công nghiệp và xây dựng tăng 6,78%" with no whole before it: the
                # growth of that sector of the economy; "ngành công nghiệp khai khoáng ước tăng
                # 10,93%; chế biến, chế tạo ước tăng 6,44%": an industry's, of its production index.
                return _component_fact(ctx, None, change, q, sent, window_start, comp, place)
        if (
            target is None
            and new_phrase is None
            and para_last is not None
            and in_breakdown
            and not _grows_no_contribution(para_last, change)
            and not _product_list(ctx, sent, q.start)
        ):
            target = para_last
            if (
                whole is not None
                and whole.fact.indicator != "other"
                and para_last.fact.indicator == "other"
                and para_last.fact.unit == "%"
                and para_last.fact.change is None
            ):
                # (w13b) "Doanh thu bán lẻ hàng hóa ... đạt 1.875.000 tỷ đồng, chiếm 75,2% tổng
                # mức và tăng 11,7%. Trong đó, ngành hàng ... tăng 12,6%": the share said of the
                # whole is no whole of parts; the parts are the whole's (blind19 r761).
                target = whole
        if (
            target is not None
            and new_phrase is None
            and (
                target.fact.indicator == "electricity"
                # (and so is any item after the first one read so: "..., bánh kẹo các loại giảm
                # 1,7%, sản phẩm may mặc giảm 1,2%")
                or target.listed_item
            )
            and target.fact.change is not None
            and change.unit == "%"
            and _named_item_after(norm, window_start, q.start)
        ):
            # "điện sản xuất giảm 26%, bánh kẹo các loại giảm 1,7%, sản phẩm may mặc giảm 1,2%",
            # "Điện thương phẩm tăng 8,3%; Bia đóng chai tăng 0,5%": electricity is one product
            # of a list, never its lead; the next item named by words the lexicon does not know
            # is a product's own growth (``other``), not a second figure of electricity.
            item = _new_fact(ctx, q, sent, window_start, None, [], None, None, False, verb_end, change=change)
            if item is not None:
                item.listed_item = True
            return item
        if target is not None:
            aside = None
            if target.fact.status == "plan" and _plan_aside_before(ctx, q.start):
                # "giảm 4,19% (kế hoạch tăng 3,5%); khu vực công nghiệp - xây dựng tăng 28,71%":
                # the plan in brackets is set beside the figure before it; the next part goes on
                # in that figure's status (w12sc, blind13 r517).
                k = next((i for i in range(len(drafts) - 1, -1, -1) if drafts[i] is target), -1)
                aside = drafts[k - 1].fact.status if k >= 1 else "actual"
            return _attach_change(ctx, target, change, q, sent, window_start, verb_end, aside)
        return _new_fact(
            ctx,
            q,
            sent,
            window_start,
            new_phrase,
            drafts,
            para_last,
            None,
            in_breakdown,
            verb_end,
            change=change,
            whole=whole,
        )

    made = _new_fact(
        ctx,
        q,
        sent,
        window_start,
        new_phrase,
        drafts,
        para_last,
        qualifier,
        in_breakdown,
        verb_end,
        share=(verb == "chiếm" or (verb in ("đóng góp", "góp") and q.kind == "pct")),
        whole=whole,
    )
    if made is not None:
        made.consumed = consumed
    return made


# "ngành khai khoáng giảm 9,92%, làm giảm 0,02 điểm phần trăm": what a part took from (or
# added to) the growth of the whole, in points.
# (w13d) "thuế sản phẩm tăng 0,90%, đóng góp giảm 0,04 điểm phần trăm": a contribution that is
# itself a fall, negative (blind21 r829, blind16 r635), not a change of the one before.
_MAKES_VERB = _lazy_pattern(
    r"(?<![^\W_])(?:làm\s+(?:giảm|tăng)|lấy\s+đi|kéo\s+giảm|đóng\s+góp\s+(?:giảm|tăng)|tác\s+động\s+(?:giảm|tăng))$"
)
# "Riêng ngành khai khoáng giảm 4,1% và lấy đi 0,9 điểm phần trăm mức tăng chung": a verb
# with no rise or fall of its own that takes points off the growth.
_TAKES_AWAY = _lazy_pattern(r"(?<![^\W_])(?:lấy\s+đi|kéo\s+giảm)\s*$")


_GROWTH_BEFORE_COMPARATIVE = _lazy_pattern(_B + r"(?:tốc\s+độ|mức)\s+tăng(?:\s+trưởng)?\s+(?:thấp|cao)\s+hơn$")
# A subject named between the verb and the figure: "thấp hơn như Cà Mau (".
_SUBJECT_AFTER_VERB = _lazy_pattern(r"[^\d%]*[^\W\d_]")
_WHOLE_ECONOMY_AFTER = _lazy_pattern(r" (của\s+(?:toàn\s+)?nền\s+kinh\s+tế)" + _W)
_GROWTH_OF_BEFORE = _lazy_pattern(_B + r"(?:tốc\s+độ|mức)\s+tăng(?:\s+trưởng)?\s+$")
_GROWTH_OF_START = _lazy_pattern(r"tốc\s+độ\s+tăng" + _W)
# (Words and years only between the level's name and its growth: no other figure, no new clause.)
_GROWTH_AFTER_LEVEL = _lazy_pattern(r"(?:[^\d;:.]|(?:19|20)[0-9]{2})*?(?<![^\W_])tăng\s+trưởng" + _W)


def _contribution_by_verb(
    ctx: _Context,
    q: Quantity,
    sent: tuple[int, int],
    window_start: int,
    verb_end: int,
    direction: str,
    drafts: list[_Draft],
    para_last: _Draft | None,
) -> _Draft | None:
    """ "..., làm giảm 0,19 điểm phần trăm (mức tăng chung)": a contribution of its own (``other``
    in points, negative when it lowers the growth), not a change of the figure before it."""
    made = _MAKES_VERB.search(ctx.norm, max(window_start, verb_end - 20), verb_end)
    if made is None or q.value is None:
        return None
    signed = Quantity("pp", q.start, q.end, -q.value if direction == "down" else q.value, None, "pp")
    contrib = PhraseMatch("CONTRIB", made.start(), verb_end)
    draft = _new_fact(ctx, signed, sent, window_start, contrib, drafts, para_last, None, False, verb_end)
    if draft is not None and drafts and not _own_status(ctx, q.start, window_start):
        # As a contribution "đóng góp ..." has: the status of the growth it follows.
        draft.fact.status = drafts[-1].fact.status
    return draft


# (The rest of the attainment's plan named before the separator: "... dự toán HĐND tỉnh giao và".)
# (w14b: also after a comma, "tăng 11,92%, so với tháng trước và 0,17% so với tháng cùng kỳ".)
_SECOND_BASIS_AND = _lazy_pattern(r"\s*,?\s*so\s+(?:với\s+)?[^\d%,;.:()]{1,40}?\s+và\s+")
_ABOUT_AND_BEFORE = _lazy_pattern(r"(?<![^\W_])về\s+(?:số\s+)?[^\W\d_]+(?:\s+[^\W\d_]+)?\s+và\s+$")
_LIST_JOIN = _lazy_pattern(r"[^\d%.;:]{0,40}?(?:,|\svà)\s*")
_RIENG_OPEN = _lazy_pattern(r"[^\w(]*riêng" + _W)


def _whole_basis(drafts: list[_Draft], para_last: _Draft | None, norm: str, end: int) -> str | None:
    """The comparison of the whole that parts with a bare growth belong to: the first figure
    of the sentence with a change, or else the last figure of the sentence before."""
    ref = next((d for d in drafts if d.fact.change is not None), para_last)
    if ref is None or ref.fact.change is None:
        return None
    if (
        ref.fact.change.basis == "mom"
        and ref in drafts
        and any(d.fact.change is not None and d.fact.change.basis == "yoy" for d in drafts[drafts.index(ref) + 1 :])
        and not _PAIR_FIRST.match(norm, end)
    ):
        # "tăng 8,86% so với tháng 9/2018 và tăng 7,14% so với cùng kỳ năm 2017, trong đó
        # công nghiệp chế biến, chế tạo tăng 11,08%", "... và giảm 15,5% so với tháng cùng kỳ;
        # tính chung 8 tháng ... tăng hơn 14% so cùng kỳ; trong đó, lĩnh vực chế biến - chế tạo
        # tăng 12%": a part's bare growth follows the whole's last comparison, year on year;
        # the first of a bare pair ("ngành sản xuất và phân phối điện tăng 9,2% và tăng 15,2%")
        # the whole's first (w12t17).
        return "yoy"
    return ref.fact.change.basis


# (w14b) A bare pair of rates, "tăng 2,1% và 6,4%", "giảm 1,6% và tăng 12,2%": the second figure
# right after the first (its verb optional), and the first's verb right before it.
_PAIR_SECOND = _lazy_pattern(
    r"\s*(?:,\s*)?và\s+(?:(?:tăng|giảm)\s+)?(?:khoảng\s+|gần\s+|hơn\s+|trên\s+)?[0-9][0-9.,]*\s*%"
)
# A growth in words before its figure: "có mức tăng cao nhất, với", "tăng trưởng của ngành chăn
# nuôi đạt", "tốc độ tăng trưởng bình quân ước đạt trên". Not the growth contributed to ("Đóng
# góp của TFP vào tăng trưởng đạt trên 55%"), nor "tốc độ tăng năng suất lao động ... đạt khoảng
# 7%/năm" (a rate blind15 r591's gold keeps as the value).
_GROWTH_WORDING = _lazy_pattern(
    r"(?:m" + _A + r"(?<!vào\s.)ức\s+tăng|t" + _A + r"(?<!vào\s.)ăng\s+trưởng)(?![^\W_])"
    r"[^\d%;.:()]{0,45}?"
    r"(?<![^\W_])(?:với|đạt|là)\s+(?:mức\s+)?(?:(?:khoảng|gần|hơn|trên)\s+)?$"
)
_GROWTH_WORDING_ENDS = ("với", "đạt", "là", "mức", "khoảng", "gần", "hơn", "trên")
_SIGNED_BRACKET_ONLY = _lazy_pattern(r"\s*\(\s*[+-]\s*")
_PAIR_JOIN_TEXT = r"\s*(?:,\s*)?và\s+(?:(?:tăng|giảm)\s+(?:khoảng\s+|gần\s+|hơn\s+|trên\s+)?)?"
_PAIR_JOIN = _lazy_pattern(_PAIR_JOIN_TEXT)
# The same with the first's comparison said: "(tăng 6,16% so tháng trước và tăng 0,62% so với ...)".
_PAIR_JOIN_SAID = _lazy_pattern(r"(?:\s*so\s+(?:với\s+)?tháng\s+trước)?" + _PAIR_JOIN_TEXT)
_PAIR_FIRST_BEFORE = _lazy_pattern(
    r"(?<![^\W_])(tăng|giảm)\s+(?:lần\s+lượt\s+)?(?:khoảng\s+|gần\s+|hơn\s+|trên\s+)?[0-9][0-9.,]*\s*%\s*$"
)
# What the second of a pair is compared with when it is not the year before: "tăng 5% và 7% so
# với kế hoạch", "... so với tháng trước".
_OTHER_BASIS_AFTER = _lazy_pattern(r"\s*\(?\s*so\s+(?:với\s+)?(?!cùng|tháng\s+cùng|năm\s+trước)")
# A whole compared with the month before and then the year before: "tăng 0,4% so với tháng
# trước và tăng 12,6% so với cùng kỳ", "tăng 1,6% so với tháng 6 và tăng 13,3% so với cùng kỳ".
_BOTH_WAYS = _lazy_pattern(
    r"(?<![^\W_])so\s+(?:với\s+)?tháng\s+(?:trước|[0-9]{1,2}(?:[/-][0-9]{4})?(?![0-9/-]))[^.;\n]{0,80}?"
    r"(?:cùng\s+kỳ|(?<![^\W_])ck(?![^\W_]))"
)


def _compared_both_ways(norm: str, pos: int) -> bool:
    """Whether the paragraph before ``pos`` compares a figure with the month before and then
    with the year before (the whole a bare pair of rates after it is read against)."""
    lo = max(0, pos - 800, norm.rfind("\n", 0, pos) + 1)
    return "tháng" in norm[lo:pos] and _BOTH_WAYS.search(norm, lo, pos) is not None


# "tăng 9,2% và tăng 15,2%": the first growth of a pair given against two bases in turn.
_PAIR_FIRST = _lazy_pattern(r"\s*(?:và|,)\s*(?:tăng|giảm)\s+(?:khoảng\s+|gần\s+|hơn\s+)?[0-9]")


# A list of products: "một số sản phẩm ... như:", "các sản phẩm công nghiệp ...:", "nhóm sản
# phẩm ... (" (but not "da và các sản phẩm có liên quan", an industry's name in a list).
_PRODUCT_LEAD = _lazy_pattern("(?:" + _words_first(r"một\s+số", "các", "những", "nhiều", "nhóm") + r")\s+sản\s+phẩm$")
_AND_BEFORE = _lazy_pattern(r"(?<![^\W_])(?:và|từ)\s+$")
_LIST_OPENER = _lazy_pattern(r"[:(]|(?<![^\W_])(?:như|gồm)(?![^\W_])")
_PRODUCT_SCAN = 800
# A lead "các sản phẩm xuất khẩu chủ yếu gồm:" lists a trade flow's goods, parts of it.
_TRADE_CODES = frozenset({"export_value", "import_value", "trade_balance", "retail_sales_services"})


def _goods_among_industries(ctx: _Context, sent: tuple[int, int], pos: int) -> bool:
    """Whether the figure at ``pos`` is an item named by a good, not an activity, of a list
    of industries by their index: "một số ngành chế biến, chế tạo có chỉ số IIP tăng cao như:
    quần áo may sẵn tăng 93,37%; xi măng giảm 1,18%" lists products, each its own growth
    (``other``), where "Sản xuất giường, tủ, bàn ghế tăng 75,64%" is an industry, a part."""
    norm = ctx.norm
    lo = max(sent[0], pos - _PRODUCT_SCAN)
    if norm.find("ngành", lo, pos) < 0:
        return False  # (a cheap test first: most figures are in no such list)
    end = pos
    bracket = norm.rfind("(", lo, pos)
    if bracket >= 0 and _BRACKETED_CHANGE.fullmatch(norm, bracket + 1, pos):
        # "sản xuất sản phẩm điện tử (tăng 11,4%), sản xuất xe có động cơ (tăng 13,4%)": the
        # item is named before the bracket that holds its figure, which opens no list (w12v12).
        end = bracket
    opener = None
    for m in _INDUSTRY_LIST_CUE.finditer(norm, lo, end):
        opener = _LIST_OPENER.search(norm, m.end(), end)
        if opener is not None and norm.find("chỉ số", m.end(), opener.start()) >= 0:
            break
        opener = None
    if opener is None:
        return False
    start = max(opener.end(), norm.rfind(";", opener.end(), end) + 1)
    closed = norm.rfind(")", start, end)
    if closed >= 0 and _BRACKETED_CHANGE.fullmatch(norm, closed + 1, end) is None:
        # "(tăng 11,4%), sản xuất xe ...": the bracket of the item before ends that item. But
        # (w12x2) "ngành sản xuất sản phẩm từ kim loại đúc sẵn (trừ máy móc, thiết bị) tăng
        # 10,47%": a bracket right before the item's own verb is part of its name, which starts
        # before it (blind7 r331, blind11 r448, blind20 r801).
        start = closed + 1
    item = _ITEM_CUT.split(norm[start:end].strip(" ,:"), 1)[0].strip()
    return bool(item) and _ACTIVITY_HEAD.match(item) is None


# The head of an industry's name ("sản xuất ...", "chế biến ...", "dệt", "in, sao chép ..."),
# as the national classification writes them; a product's name has none.
_ACTIVITY_HEAD = _lazy_pattern(
    r"(?:sản\s+xuất|chế\s+biến|khai\s+thác|khai\s+khoáng|công\s+nghiệp|ngành|dệt|may|in|cưa|"
    r"hoạt\s+động|cung\s+cấp|thu\s+gom|xử\s+lý|sửa\s+chữa|sản\s+phẩm|xây\s+dựng|bán|dịch\s+vụ|"
    r"vận\s+tải|lưu\s+trú|thoát\s+nước|tái\s+chế|đóng\s+tàu|chế\s+tạo)(?![^\W_])"
)
_ITEM_CUT = _lazy_pattern(r"\s+(?:tăng|giảm)(?![^\W_])")
# Words that open no item's name: a second basis, a period or a verb of the figure before.
_NOT_ITEM_HEAD = _lazy_pattern(
    r"(?:và|so|còn|tính|lũy|luỹ|cộng|riêng|tháng|quý|năm|ước|dự|đạt|bằng|với|trong|cùng|chỉ|mức|tốc|"
    r"sản\s+lượng|lần|tương|khoảng|nhưng|đó|nếu|tuy)(?![^\W_])"
)


def _named_item_after(norm: str, lo: int, hi: int) -> bool:
    """Whether the clause [lo, hi) before a bare growth opens with an item's own name
    ("bánh kẹo các loại giảm"), not a connective, a period or a second basis."""
    sep = max(norm.rfind(",", lo, hi), norm.rfind(";", lo, hi))
    seg = norm[max(lo, sep + 1) : hi]
    item = _ITEM_CUT.split(seg.strip(" ,;:-+\n"), 1)[0].strip()
    return (
        len(item) > 2
        and item[0].isalpha()
        and not any(c.isdigit() for c in item)
        and _NOT_ITEM_HEAD.match(item) is None
        and _ITEM_CUT.search(seg) is not None
    )


# (w13a) "ngành sản xuất ...", "ngành chế biến ...", "ngành công nghiệp khai thác ...": an
# industry named by its activity; "ngành" alone (a sector, a trade) is not enough.
_NAMED_INDUSTRY = _lazy_pattern(r"ngành\s+(?:công\s+nghiệp\s+)?(?:sản\s+xuất|chế\s+biến|khai\s+thác|dệt|may)(?![^\W_])")


def _industry_output_named(ctx: _Context, lo: int, at: int) -> bool:
    """Whether an industry the lexicon knows ends right before ``at`` (a comma between):
    "sản xuất và phân phối điện, sản lượng ..."."""
    return any(
        p.concept == "INDUSTRY" and ctx.norm[p.end : at].strip(" ,") == "" for p in _phrases_between(ctx, lo, at)
    )


def _named_index_industry(norm: str, lo: int, hi: int) -> bool:
    """Whether the figure's subject in [lo, hi) is an industry named by "ngành" and its
    activity ("ngành sản xuất giấy và sản phẩm từ giấy tăng 8,41%")."""
    # The first "ngành" of the clause names its subject: "ngành sản xuất thiết bị truyền thông
    # tiếp tục là ngành có mức tăng cao nhất, tăng 204,9%".
    at = norm.find("ngành ", lo, hi)
    return at >= 0 and (at == 0 or not norm[at - 1].isalnum()) and _NAMED_INDUSTRY.match(norm, at) is not None


_BRACKETED_CHANGE = _lazy_pattern(r"\s*(?:tăng|giảm)?\s*")


def _listed_product(ctx: _Context, sent: tuple[int, int], pos: int) -> bool:
    """Whether the figure at ``pos`` is an item of a list of products opened earlier in its
    sentence (and not of a list of industries opened after that)."""
    norm = ctx.norm
    lo = max(sent[0], pos - _PRODUCT_SCAN)
    hi = pos
    while True:
        at = norm.rfind("sản phẩm", lo, hi)
        if at < 0:
            return False
        end = at + len("sản phẩm")
        lead = _PRODUCT_LEAD.search(norm, max(lo, at - 12), end)
        if lead is not None and not (
            norm.startswith("các", lead.start()) and _AND_BEFORE.search(norm, max(lo, lead.start() - 6), lead.start())
        ):
            break
        hi = at
    if _INDUSTRY_LIST_CUE.search(norm, end, pos):
        return False
    opener = _LIST_OPENER.search(norm, end, pos)
    if opener is None:
        return False
    item_start = max(opener.end(), norm.rfind(";", opener.end(), pos) + 1)
    if norm.find("chỉ số", end, opener.start()) >= 0 and (
        # (w13a) "một số sản phẩm có chỉ số tăng, như thạch nha đam (tăng 22,3%), hạt điều
        # (tăng 22,9%)": goods named by no activity are products still, each its own growth.
        _ACTIVITY_HEAD.match(_ITEM_CUT.split(norm[item_start:pos].strip(" ,:"), 1)[0].strip()) is not None
    ):
        # "Một số sản phẩm có chỉ số sản xuất tăng ... như: Sản xuất chế biến thực phẩm tăng
        # 10,76%": industries by their index, parts of the index.
        return False
    if any(p.concept == "INDUSTRY" for p in _phrases_between(ctx, item_start, pos)):
        # "Một số nhóm sản phẩm ... tăng như công nghiệp chế biến, chế tạo tăng 9%; sản xuất và
        # phân phối điện ... tăng 7,7%": an item the lexicon knows as an industry is one, a part
        # of the index, whatever the lead calls it (w12v12).
        return False
    named = _phrases_between(ctx, lead.start(), opener.start())
    return not any(lexicon.code_for(p.concept, "money") in _TRADE_CODES for p in named)


_INDEX_LIST_OPENER = _lazy_pattern(r"(?<![^\W_])(?:là|như|gồm)?\s*:")


def _index_industry_item(ctx: _Context, sent: tuple[int, int], pos: int) -> bool:
    """Whether the figure at ``pos`` is an item of a list of industries by their production
    index opened earlier in its sentence ("Một số ngành ... có chỉ số sản xuất tăng ...:")."""
    norm = ctx.norm
    lo = max(sent[0], pos - 400)
    cue = None
    for cue in _INDUSTRY_LIST_CUE.finditer(norm, lo, pos):  # noqa: B007 - the last one
        pass
    if cue is None:
        return False
    opener = _INDEX_LIST_OPENER.search(norm, cue.end(), pos)
    return opener is not None and norm.find("chỉ số", cue.end(), opener.start()) >= 0


def _component_fact(
    ctx: _Context,
    whole: _Draft | None,
    change: Change,
    q: Quantity,
    sent: tuple[int, int],
    window_start: int,
    comp: PhraseMatch | None,
    place: RegionMention | None,
    named: str | None = None,
    industry: bool = False,
) -> _Draft:
    """A part of ``whole`` named only by a sector, ownership type or industry (``comp``) or
    by a province (``place``, a ranked list of provinces): the whole's indicator, with its
    own change, period, status and region. With no whole, an industry (``comp`` of that
    concept, or ``industry``: an item of a list of industries by their index, named by
    ``named``) is a part of the production index, anything else of economic growth."""
    if whole is not None:
        code, phrase, concept, rate = whole.fact.indicator, whole.fact.phrase, whole.concept, whole.rate
        if code == "grdp" and change.unit == "%":
            # "Tổng giá trị tăng thêm ... đạt 11.900 tỷ đồng, tăng 8,3%. Trong đó, khu vực công
            # nghiệp - xây dựng tăng 10,1%": a sector's growth is economic growth, a rate.
            code, rate = "grdp_growth", True
    else:
        code = "iip" if industry or (comp is not None and comp.concept == "INDUSTRY") else "grdp_growth"
        phrase, concept, rate = _phrase_text(ctx, comp.start, comp.end) if comp else (named or ""), None, True
    own_period = _has_own_period(ctx, window_start, q.start) or whole is None
    period = _period_for(ctx, q.start, sent) if own_period else whole.fact.period  # type: ignore[union-attr]
    _settle(change, period)
    if whole is not None and not _own_status(ctx, q.start, window_start) and not _restated(ctx, whole, q.start, sent):
        status: str | None = whole.fact.status
    else:
        status = _status_for(ctx, q.start, sent, period)
    if rate and change.unit == "%":
        value: float | None = change.value if change.direction == "up" else -change.value
        unit: str | None = "%"
    else:
        value, unit = None, None
    region: str | None
    if place is not None:
        region = place.name
    elif whole is not None and not _province_in(ctx, sent[0], q.start):
        region = whole.fact.region
    else:
        region = _region_for(ctx, q.start, sent)
    fact = Fact(
        indicator=code,
        phrase=phrase,
        value=value,
        unit=unit,
        qualifier=None,
        change=change,
        period=period,
        status=status,
        region=region,
        span=_span(ctx, q),
        breakdown=_phrase_text(ctx, comp.start, comp.end) if comp is not None else (named or None),
    )
    return _Draft(fact, concept, q.kind, rate)


# (w12t21) "Tốc độ tăng trưởng GRDP 9,40% (KH tăng 10-11%); Cơ cấu kinh tế: Nông, lâm nghiệp
# và thủy sản 28,5% (KH 28-29%), công nghiệp-xây dựng 39,8%": the sectors listed bare after
# "cơ cấu" (no growth verb) are shares of the economy, not growths (blind21 r828).
_STRUCTURE_LIST_LEAD = _lazy_pattern(r"cơ\s+cấu(?:\s+(?:kinh\s+tế|grdp))?\s*:")


def _structure_list_lead(ctx: _Context, q: Quantity, sent: tuple[int, int]) -> PhraseMatch | None:
    """ "Cơ cấu" leading the list a bare % stands in (see above), as the figure's phrase."""
    norm = ctx.norm
    i = norm.rfind("cơ cấu", max(sent[0], q.start - 150), q.start)
    if i < 0 or not _STRUCTURE_LIST_LEAD.match(norm, i):
        return None
    if norm.find("tăng", i, q.start) >= 0 or norm.find("giảm", i, q.start) >= 0:
        return None
    return PhraseMatch("SHARE", i, i + 6)


# "thấp hơn mức bình quân cả nước (46,3%)", "cao hơn năm 2023 (6,3%)": the figure in
# brackets is the level of what is compared with, not a change.
_COMPARATOR_BEFORE = _lazy_pattern(_B + r"(?:cao\s+hơn|thấp\s+hơn|so\s+với|vượt|bằng|hơn)\s+([^()%;]{2,50}?)\s*\(\s*$")
_YEAR_IN_RE = _lazy_pattern(r"(?:19|20)[0-9]{2}")
_NATIONAL_WORDS_RE = _lazy_pattern(r"cả\s+nước|toàn\s+quốc")
_SAME_PART_RE = _lazy_pattern(r"cùng\s+(?:kỳ|thời\s+điểm)")


def _restated(ctx: _Context, whole: _Draft, pos: int, sent: tuple[int, int]) -> bool:
    """Whether the sentence of a part names its whole's indicator again before it, the whole
    being in an earlier sentence: "Giá trị sản xuất công nghiệp ... ước đạt 28.033,5 tỷ đồng.
    ... Giá trị sản xuất công nghiệp các huyện có mức tăng trưởng khá: Vụ Bản tăng 18,3%":
    the parts belong to that new statement, in its status, not to the earlier estimate."""
    if whole.concept is None or whole.fact.span[0] >= ctx.nt.to_original(sent[0]):
        return False
    key = (sent[0], whole.concept)
    first = ctx.first_named.get(key)
    if first is None:
        # Where the sentence first names the concept, found once per sentence: a walk for each
        # part of a long list was quadratic.
        i = bisect_left(ctx.phrase_starts, sent[0])
        while i < len(ctx.phrases) and ctx.phrases[i].start < sent[1] and ctx.phrases[i].concept != whole.concept:
            i += 1
        first = ctx.first_named[key] = ctx.phrases[i].start if i < len(ctx.phrases) else sent[1]
    return first < pos


def _literal_previous_paragraph(ctx: _Context, pos: int) -> int:
    """Start of the paragraph with text right before the one holding ``pos`` (blank lines
    between are passed over; its own start if first)."""
    start = ctx.structure.paragraph(pos)[0]
    while start > 0:
        start, end = ctx.structure.paragraph(start - 1)
        if ctx.norm[start:end].strip():
            break
    return start


def _park_named(ctx: _Context, sent: tuple[int, int], pos: int) -> bool:
    """Whether the sentence ``sent`` names a park before ``pos``. Its first name is found once
    per sentence: a search from the sentence's start for each "khu" figure was quadratic on one
    long list ("5 khu, 6 khu, ..."). (A name holds no digit, so it ends before a figure at
    ``pos`` or starts after it.)"""
    end = ctx.park_named.get(sent[0])
    if end is None:
        m = _PARK_NAMED.search(ctx.norm, sent[0], sent[1])
        end = ctx.park_named[sent[0]] = -1 if m is None else m.end()
    return 0 <= end <= pos


def _comparator_fact(ctx: _Context, current: _Draft, q: Quantity, compared: re.Match[str]) -> _Draft:
    base = current.fact
    what = compared.group(1)
    year = _YEAR_IN_RE.search(what)
    period = Period("year", int(year.group())) if year else base.period
    if year and _SAME_PART_RE.search(what):
        # "6 tháng đầu năm 2022 đạt 27,75%, giảm nhẹ so với cùng kỳ năm 2021 (29,02%)": the
        # same part of the year named (half 2021), not the whole year (blind15 r606, r608).
        period = _shifted(base.period, period.year) or period
    region = NATIONAL if _NATIONAL_WORDS_RE.search(what) else base.region
    value = q.value or 0.0
    change = None
    indicator, rate = base.indicator, current.rate
    if indicator == "grdp" and base.change is not None and base.change.unit == "%":
        # "GRDP ... ước 5.334,56 tỷ đồng, tăng 6,28% so với cùng kỳ năm trước (6,1%)": the
        # percentage compared with is the growth of then, a rate, not an amount's level.
        indicator, rate = "grdp_growth", True
    if rate:
        change = Change(abs(value), "%", "up" if value >= 0 else "down", "yoy")
    fact = Fact(
        indicator=indicator,
        phrase=base.phrase,
        value=value,
        unit="%",
        qualifier=None,
        change=change,
        period=period,
        status="plan" if _plan_value(ctx, q.start) else "actual" if year else base.status,
        region=region,
        span=_span(ctx, q),
        note=_phrase_text(ctx, compared.start(), compared.end(1)) or None,
    )
    return _Draft(fact, current.concept, "pct", rate)


def _phrase_right_after(ctx: _Context, pos: int, kind: str) -> PhraseMatch | None:
    idx = bisect_left(ctx.phrase_starts, pos)
    if idx < len(ctx.phrases):
        p = ctx.phrases[idx]
        if p.start - pos <= 2 and ctx.norm[pos : p.start].strip() == "" and _fits(p.concept, kind):
            return p
    return None


_CONVERTED_OPEN = _lazy_pattern(r"\(\s*(?:tương\s+đương|tương\s+ứng|khoảng|tức|hay)?\s*$")
_CONVERTED_CLOSE = _lazy_pattern(r"\s*\)\s*,?\s*(?:[^\W\d_]+\s*){0,3}$")


# (After the figure before, its comparison may come first: "giảm 2,41% so với tháng trước
# (trong đó, bán lẻ hàng hóa giảm 1,05%)".)
_PART_BRACKET_OPEN = _lazy_pattern(r"[^()\d;.]{0,40}?\(\s*trong\s+đó" + _W + r"[^()]*$")


def _bracketed_part_before(ctx: _Context, pos: int) -> bool:
    """Whether the figure right before ``pos`` is a part in brackets opened by "trong đó" right
    after another figure, the brackets closed before ``pos``."""
    i = bisect_left(ctx.fact_starts, pos) - 1
    if i < 1:
        return False
    norm = ctx.norm
    return (
        _CONVERTED_CLOSE.match(norm, ctx.fact_ends[i], pos) is not None
        and _PART_BRACKET_OPEN.match(norm, ctx.fact_ends[i - 1], ctx.fact_starts[i]) is not None
    )


def _converted_before(ctx: _Context, pos: int) -> bool:
    """Whether the figure right before ``pos`` is an amount in brackets right after another
    ("1.340,8 tỷ đồng (tương đương 59,79 triệu USD), bằng ..."): the same amount converted."""
    i = bisect_left(ctx.fact_starts, pos) - 1
    if i < 1:
        return False
    norm = ctx.norm
    start, end = ctx.fact_starts[i], ctx.fact_ends[i]
    return (
        _CONVERTED_CLOSE.match(norm, end, pos) is not None
        and _CONVERTED_OPEN.search(norm, max(ctx.fact_ends[i - 1], start - 20), start) is not None
        and norm.find("(", ctx.fact_ends[i - 1], start) - ctx.fact_ends[i - 1] <= 2
    )


def _change_target(drafts: list[_Draft], change: Change | None = None) -> _Draft | None:
    """The fact a bare "tăng X%" continues: the last one, passing over contributions
    ("đóng góp 9,1 điểm phần trăm"), which are figures of their own, not subjects, and
    over a share of the level before it ("đạt 1,1 tỷ USD, chiếm 20,3% tổng vốn và tăng gấp
    5,2 lần"): a growth in % or times is the level's, a change in points the share's."""
    for i in range(len(drafts) - 1, -1, -1):
        fact = drafts[i].fact
        if fact.indicator == "other" and fact.unit == "pp" and fact.change is None:
            continue
        if _grows_no_contribution(drafts[i], change):
            continue
        if (
            change is not None
            and change.unit in ("%", "x")
            and fact.indicator == "other"
            and fact.unit == "%"
            and fact.change is None
            and i > 0
            and drafts[i - 1].fact.change is None
            and drafts[i - 1].fact.unit not in (None, "%", "pp")
            and drafts[i - 1].fact.value is not None
        ):
            return drafts[i - 1]
        return drafts[i]
    if drafts and _grows_no_contribution(drafts[-1], change):
        # "Khu vực nông nghiệp đóng góp 0,93 điểm phần trăm và tăng 3,58%": with only
        # contributions before it, a growth in % is the subject's own rate, not theirs.
        return None
    return drafts[-1] if drafts else None


# "dự án ... của Công ty TNHH ... tăng thêm 100 triệu USD", "tổng vốn cấp mới và tăng thêm
# 13.805 tỷ đồng": capital added, named by its own subject, and compared with nothing.
_ADDED_IN_BRACKETS = _lazy_pattern(r"[^\S\n]*\([^\S\n]*(?:tăng[^\S\n]+)?thêm[^\S\n]+")
# "giảm 19,3% (tương đương 60 doanh nghiệp)": the same change as a count.
_EQUIVALENT_IN_BRACKETS = _lazy_pattern(
    r"[^\S\n]*\([^\S\n]*(?:tương[^\S\n]+đương|tương[^\S\n]+ứng)[^\S\n]+(?:với[^\S\n]+)?"
)
# ("Mức này gấp 14 lần so với cùng kỳ năm ngoái": the level just given, named again.)
_THIS_IS_LEAD = _lazy_pattern(
    r"[^\w]*(?:đây[^\S\n]+(?:cũng[^\S\n]+)?là|(?:mức|con[^\S\n]+số|kết[^\S\n]+quả)[^\S\n]+(?:này|trên))" + _W
)
_ADDED_CAPITAL_SUBJECT = _lazy_pattern(_B + r"(?:dự\s+án|vốn|công\s+ty|nhà\s+máy)" + _W)
_COMPARED_AFTER = _lazy_pattern(r"\s*(?:\(|,)?\s*(?:so\s+với|so\s+cùng|cùng\s+kỳ)" + _W)


# "đăng ký tăng vốn hơn 783 tỷ đồng", "điều chỉnh tăng vốn 50 triệu USD": "tăng vốn" is a
# capital increase registered, the amount a level of its own.
_RAISED_CAPITAL_AFTER = _lazy_pattern(r"[^\S\n]+vốn" + _W)


def _added_capital(norm: str, q: Quantity, window_start: int, verb: str | None, verb_end: int) -> bool:
    """Whether "tăng thêm" before a money figure names capital added (a level of its own),
    not a change of the figure before (w12ch)."""
    if verb in ("tăng", "tăng thêm") and _RAISED_CAPITAL_AFTER.match(norm, verb_end):
        return _COMPARED_AFTER.match(norm, q.end) is None
    return (
        verb == "tăng thêm"
        and _ADDED_CAPITAL_SUBJECT.search(norm, window_start, verb_end) is not None
        and _COMPARED_AFTER.match(norm, q.end) is None
    )


def _grows_no_contribution(draft: _Draft, change: Change | None) -> bool:
    """A growth in % or times is no change of a contribution before it ("khu vực công nghiệp
    tăng 9,07%, góp 48,9% và dịch vụ tăng 6,9%"): the next sector's own growth, also when a
    breakdown goes on after the contribution that ended the sentence before (w12ch)."""
    fact = draft.fact
    return (
        change is not None
        and change.unit in ("%", "x")
        and fact.change is None
        and fact.indicator == "other"
        and (draft.contribution or fact.unit == "pp")
    )


# "có 50% số ngành có chỉ số tăng, 50% ngành có chỉ số giảm": a verb that a comma follows has
# ended its clause without a figure; the figure after the comma is none of its (w12ch).
_VERB_THEN_COMMA = _lazy_pattern(r"[^\S\n]*,")

_QUALIFIER_ENDS = ("trên", "dưới", "hơn", "nhất", "thiểu", "khoảng", "xỉ", "gần", "chừng", "ngót", "non")


def _qualifier(before: str, tail: str) -> str | None:
    """``tail``: ``before`` without its trailing spaces."""
    if not tail.endswith(_QUALIFIER_ENDS):
        return None
    m = _QUALIFIER_RE.search(before)
    if m is None:
        return None
    word = " ".join(m.group(1).split())
    if word == "hơn" and _COMPARATIVE_BEFORE_HON.search(before, 0, m.start()):
        return None
    return _QUALIFIERS.get(word)


# "tăng từ 11,20% ... lên 13,30%": a level moving from one value to another.
_FROM_RIGHT_BEFORE = _lazy_pattern(r"\s+từ\s+(?:(?:mức|khoảng|gần|hơn|trên)\s+)?$")
_TO_LEVEL_AFTER = _lazy_pattern(r"[^.;:\n]{0,40}?(?<![^\W_])(?:lên|xuống)\s+(?:(?:mức|khoảng|gần|hơn|trên)\s+)?[0-9]")
_FROM_LEVEL_BEFORE = _lazy_pattern(
    r"(?<![^\W_])(?:tăng|giảm)\s+từ\s+(?:(?:mức|khoảng|gần|hơn|trên)\s+)?[0-9][^.;:\n]{0,60}$"
)


def _from_to_level(norm: str, q: Quantity, verb: str | None, verb_end: int, sent: tuple[int, int]) -> bool:
    """Whether the percentage at ``q`` is one end of "tăng/giảm từ X lên/xuống Y": a level."""
    if verb in ("tăng", "giảm"):
        return (
            # (Gate: the full match of [verb_end, q.start) holds "từ"; most windows do not.)
            norm.find("từ", verb_end, q.start) >= 0
            and _FROM_RIGHT_BEFORE.fullmatch(norm, verb_end, q.start) is not None
            and _TO_LEVEL_AFTER.match(norm, q.end, sent[1]) is not None
        )
    if verb in ("lên", "xuống"):
        return _FROM_LEVEL_BEFORE.search(norm, max(sent[0], verb_end - 120), verb_end - len(verb)) is not None
    return False


def _last_verb(norm: str, lo: int, hi: int) -> tuple[str | None, int]:
    """The last verb of a left-to-right scan of the 45 characters before ``hi``, and its end."""
    start = max(lo, hi - 45)
    m = _LAST_VERB_RE.match(norm, start, hi)
    if m is None:
        return None, lo
    verb = " ".join(m.group(1).split())
    heads = _VERB_HEADS.get(verb.split(" ", 1)[0])
    if heads is not None and norm[start : m.start(1)].rstrip().endswith(heads):
        # Maybe inside a longer verb ("sụt giảm"): scan as a reader does.
        found = scan.finditer(_VERB_RE, _VERB_PRESCAN, norm, start, hi)
        return " ".join(found[-1].group(1).split()), found[-1].end()
    return verb, m.end()


def _after_text(norm: str, pos: int) -> str:
    cut = _AFTER_CUT.search(norm, pos, pos + 80)
    return norm[pos : cut.start() if cut else pos + 80]


def _settle(change: Change | None, period: Period, by_month: bool = True) -> None:
    if change is None or change.compared_year is None:
        return
    if change.compared_month is not None:
        # (Not for a change still to be placed on a level: a pass at the end places the one
        # of another comparison, "ước 8.515 tỷ đồng (trong đó, bán lẻ hàng hóa ước 5.390 tỷ
        # đồng), tăng ... 13,94% so với tháng 5/2023", on the total, dev r142.)
        if by_month and change.basis == "other" and period.kind == "month" and period.year and period.month:
            # (w13a) "Một số con số đáng chú ý khác là: ngành sản xuất chế biến thực phẩm tăng
            # 11,75% so với tháng 7/2017 và tăng 25,84% so với tháng 8/2016" in a report on
            # August 2017 that names no month in the sentence: the month compared with, set
            # against the figure's own month, is the month before or the same month a year
            # before.
            before = (period.year, period.month - 1) if period.month != 1 else (period.year - 1, 12)
            if (change.compared_year, change.compared_month) == before:
                change.basis = "mom"
            elif (change.compared_year, change.compared_month) == (period.year - 1, period.month):
                change.basis = "yoy"
        return
    if change.basis != "yoy":
        return
    if period.year is not None and period.year - change.compared_year != 1:
        change.basis = "other"


def _basis(norm: str, q: Quantity, after: str, window_start: int, verb_end: int) -> str:
    if _PLAN_AFTER_RE.match(after):
        return "plan"
    head = after[:30]
    reach = 30
    if head.lstrip().startswith("của "):
        # "mức tăng 12,01% của 6 tháng năm 2023 so với cùng kỳ": the period the rate belongs
        # to comes first, its comparison after it.
        reach = 60
        head = after[:reach]
    # "so" or "với" must be there for the regex to match (a cheap pre-check). The comparison
    # starts within reach, but what it names is read in full: "tăng 71,17% về số vốn
    # đăng ký so với cùng kỳ" (cut at 30, "so với cùn" was no basis known, so "other").
    m = _SO_VOI_RE.search(after) if ("so" in head or "với" in head) else None
    if m is not None and m.start() >= reach:
        m = None
    if m is None and _CK_AFTER.match(after):
        return "yoy"
    if m is None and "về" in head and (pair := _ASPECT_PAIR.match(after)) is not None:
        # "giảm 1,4% về số DN và giảm 11,6% về số vốn đăng ký so với tháng trước": both
        # figures are compared with what closes the second.
        nxt = _PAIRED_FIGURE.match(norm, q.end + pair.end())
        if nxt is not None:
            return _basis(norm, q, _after_text(norm, nxt.end()), window_start, verb_end)
    if m is None:
        # "so với cùng kỳ, xuất khẩu tăng 5%": the comparison can also come first, but not
        # the one of the figure before ("tăng 1,59% so với tháng trước, tăng 17,39% CK").
        # Before the figure only "so (với)" compares: a bare "với" there is "with" ("dẫn đầu
        # cả nước với GRDP tăng 13,85%", "đạt mức cao nhất ... với tỷ lệ 12,01%").
        # The nearest comparison before the figure is its own ("tăng 2,38% so với tháng trước,
        # đặc biệt so với cùng tháng năm trước bắt đầu tăng nhẹ 0,01%").
        at = norm.rfind("so", window_start, q.start)
        m = None
        while at >= 0 and m is None:
            m = _SO_BEFORE_RE.match(norm, at, q.start)
            at = norm.rfind("so", window_start, at)
        if m is not None and _OWNED_COMPARISON.match(norm, m.start(), q.start):
            m = None
    if m is not None:
        what = m.group(1).lstrip("( ")
        same_month = _MONTH_OF_YEAR_RE.match(what)
        if same_month is not None:
            # "tháng 1/2021 ... so với tháng 1/2020": the same month a year before; "tháng
            # 4/2025 ... so với tháng 3/2025": the month before.
            month = int(same_month.group(1))
            # The months named in the figure's sentence ("trong tháng 8/2025, đơn vị đã thông
            # quan ... đạt hơn 9 tỷ USD, tăng gần 18% so với tháng 7/2025"), not only those
            # close before it (w12sc).
            lo = max(0, min(window_start - 80, q.start - 300))
            lo = max(lo, norm.rfind(". ", lo, q.start), norm.rfind("\n", lo, q.start))
            # (Not the months compared with: "tăng 2,3 lần so với tháng 4/2020, ...; kinh tế
            # ngoài Quốc doanh đạt 90,4 tỷ đồng, tăng 31% so với tháng 4/2020". The figure's own
            # comparison before it still counts, as before: "nếu so với tháng 5/2022 thì IIP ...
            # giảm khá nhiều (-13,49%)".)
            own_at = m.start(1) + len(m.group(1)) - len(what) if m.string is norm else -1
            named = _named_months(norm, lo, q.start, own_at)
            if not named and lo > q.start - 300:
                # (None in the sentence: those of the lines before it, "Giá trị sản xuất công
                # nghiệp tháng 5 năm 2020 ...; trong đó:\nKinh tế Quốc doanh ...".)
                named = _named_months(norm, max(0, q.start - 300), q.start, own_at)
            if month in named:
                return "yoy"
            if month % 12 + 1 in named:
                return "mom"
        same_quarter = _QUARTER_OF_YEAR_RE.match(what)
        if same_quarter is not None:
            # "GRDP quý I năm 2018 ... tăng 7,87% so với quý I năm 2017": the same quarter a
            # year before.
            quarter = _QUARTER_NUMBERS[same_quarter.group(1)]
            # (Named in the figure's own sentence: "so với quý I năm 2018" closing the one
            # before is no quarter of this figure.)
            lo = max(0, q.start - 300)
            lo = max(lo, norm.rfind(". ", lo, q.start), norm.rfind("\n", lo, q.start))
            named_quarters = {_QUARTER_NUMBERS[n] for n in _QUARTER_NUMBER_RE.findall(norm, lo, q.start)}
            if quarter in named_quarters:
                return "yoy"
        for rule, basis in _BASIS_RULES:
            if rule.match(what):
                return basis
        if _OTHER_RATE.match(what) or (m.string is after and _OTHER_RATE.match(after, m.start(1))):
            # "tăng 2,01% so với mức giảm 0,78% của cùng kỳ năm trước": another rate the
            # growth is set against, not its basis; the growth itself is year on year.
            return "yoy"
        if not m.group(0).startswith("với"):
            return "other"
        # "tăng 25,6%, với các sản phẩm tôm đông, ...": "with", not a comparison.
    if q.kind == "times" and _BARE_OTHER_BASIS.match(after):
        return "other"
    return "yoy"


# A figure of one aspect paired with one of another: "tăng 16% về số doanh nghiệp và tăng 74%".
_ASPECT_PAIR = _lazy_pattern(r"\s*về\s+[^\W\d][^,;.\d]{0,40}?\s+và\s+(?:tăng|giảm)(?:\s+(?:khoảng|gần|hơn|trên))?\s*$")
_PAIRED_FIGURE = _lazy_pattern(r"[0-9][0-9.,]*\s*%")


def _named_months(norm: str, lo: int, hi: int, own_at: int) -> set[int]:
    """The months named in [lo, hi), but those compared with ("so với tháng 4/2020") other than
    the figure's own comparison at ``own_at``."""
    return {
        int(n.group(1))
        for n in _MONTH_NUMBER_RE.finditer(norm, lo, hi)
        if n.start() == own_at or not _COMPARED_MONTH_BEFORE.search(norm, max(0, n.start() - 12), n.start())
    }


# The text after a figure is cut at the next figure: "so với mức giảm " ends there.
_OTHER_RATE = _lazy_pattern(
    r"(?:mức|tốc\s+độ)\s+(?:tăng|giảm)(?:\s+trưởng)?(?:\s+(?:khoảng|gần|hơn|trên))?\s*(?:[0-9]|$)"
)
_COMPARED_YEAR_RE = _lazy_pattern(
    r"^\W*so\s+với\s+(?:cùng\s+kỳ\s+|[0-9]{1,2}\s+tháng\s+(?:đầu\s+)?)?năm\s+((?:19|20)[0-9]{2})"
)


# (w13a) "so với tháng 7/2017", "so với tháng 8-2016": a month of a given year compared with.
_COMPARED_MONTH_RE = _lazy_pattern(r"\W*so\s+(?:với\s+)?tháng\s+([0-9]{1,2})\s*[/-]\s*((?:19|20)[0-9]{2})(?![0-9])")


def _note_compared_month(change: Change, after: str) -> None:
    """Keep the month of a given year a change is compared with when its basis could not be
    read from the text ("so với tháng 7/2017" with no month named near the figure), for
    ``_settle`` to set against the figure's own month."""
    if change.basis == "other" and "tháng" in after[:24]:
        compared = _COMPARED_MONTH_RE.match(after)
        if compared is not None:
            change.compared_month, change.compared_year = int(compared.group(1)), int(compared.group(2))


def _compared_year(after: str) -> int | None:
    # (Gate: the pattern cannot match without "so".)
    m = _COMPARED_YEAR_RE.match(after) if "so" in after else None
    if m is None or "cùng" in m.group(0):
        return None
    return int(m.group(1))


# "... tỷ đồng, đạt 18,9%, tăng ...": a share right after a sum of money, no noun after it.
_BARE_ATTAINMENT_BEFORE = _lazy_pattern(r"(?:đồng|usd|vnđ|vnd|đ|mỹ|\$)\)?[^\S\n]*,[^\S\n]*đạt[^\S\n]+$")
_BARE_ATTAINMENT_AFTER = _lazy_pattern(r"[^\S\n]*(?:[,;)\n]|\.(?:\s|$)|$|và" + _W + ")")


def _bare_attainment(norm: str, q: Quantity) -> bool:
    return (
        _BARE_ATTAINMENT_BEFORE.search(norm, max(0, q.start - 20), q.start) is not None
        and _BARE_ATTAINMENT_AFTER.match(norm, q.end) is not None
    )


def _attainment_of(norm: str, pos: int) -> str:
    m = _ATTAINMENT_OF_RE.match(norm[pos : pos + 40])
    return m.group(1).strip() if m else "kế hoạch"


# (w12t24) A volume carries no sum of money ("cà phê nhân lũy kế sản lượng xuất khẩu đạt 12,06
# ngàn tấn, ước đạt giá trị 21,92 triệu USD": the value exported; blind24 r943).
_VOLUME_WORDS = ("sản lượng", "khối lượng")


def _nearest_phrase(ctx: _Context, lo: int, hi: int, kind: str) -> PhraseMatch | None:
    """The subject phrase in [lo, hi) that can carry a ``kind`` figure.

    Vietnamese puts the subject first and its modifiers after ("thu ngân sách từ hoạt động
    xuất nhập khẩu", "diện tích đất công nghiệp trong các cụm công nghiệp"), so within the
    comma-separated part nearest to the figure the leftmost fitting phrase wins.
    """
    idx = bisect_left(ctx.phrase_starts, hi) - 1
    best: PhraseMatch | None = None
    segment_start = -1
    while idx >= 0 and ctx.phrases[idx].start >= lo:
        p = ctx.phrases[idx]
        if best is not None and p.start < segment_start:
            break
        if (
            p.end <= hi
            and p.concept not in BREAKDOWN_CONCEPTS
            and _fits(p.concept, kind)
            and not (kind == "money" and ctx.norm.startswith(_VOLUME_WORDS, p.start))
        ):
            if best is None:
                comma = ctx.norm.rfind(",", lo, p.start)
                segment_start = comma + 1 if comma >= 0 else lo
            best = p
        idx -= 1
    if best is not None and best.concept == "GRDP_GROWTH" and kind == "pct":
        grown = _grown_level(ctx, best, hi)
        if grown is not None:
            return grown
    return best


def _grown_level(ctx: _Context, growth: PhraseMatch, hi: int) -> PhraseMatch | None:
    """The level indicator right after a bare "tốc độ tăng trưởng" ("tốc độ tăng trưởng giá trị
    sản xuất công nghiệp đạt 9,5%"): what grows, the subject of the rate (w12b6v)."""
    if _GENERIC_GROWTH.fullmatch(ctx.norm, growth.start, growth.end) is None:
        return None
    i = bisect_left(ctx.phrase_starts, growth.end)
    if i >= len(ctx.phrases):
        return None
    p = ctx.phrases[i]
    if p.end > hi or ctx.norm[growth.end : p.start].strip() or p.concept in BREAKDOWN_CONCEPTS:
        return None
    code = lexicon.code_for(p.concept, "money")
    if code is None or code.startswith("ctx:") or code in RATE_CODES or code == "other":
        return None
    return p


# "56 dự án đầu tư (38 dự án trong nước và 18 dự án có vốn ĐTNN), với tổng vốn đăng ký 293,12
# triệu USD": a count of projects split into both kinds in brackets.
# (w13e) So is one kind given in brackets as a part of the projects counted ("185 dự án (trong
# đó có 33 dự án nước ngoài) với tổng vốn đăng ký hơn 16.600 tỷ đồng và 7,9 tỷ USD").
_BOTH_KINDS_SPLIT = _lazy_pattern(
    r"\((?:gồm\s+|bao\s+gồm\s+)?[0-9]+\s+dự\s+án[^()]{0,60}?"
    r"(?:trong\s+nước[^()]{0,60}?(?:nước\s+ngoài|fdi|đtnn)|(?:nước\s+ngoài|fdi|đtnn)[^()]{0,60}?trong\s+nước)"
    r"[^()]{0,20}\)"
    r"|\(\s*trong\s+(?:đó|số\s+đó)\s+(?:có\s+)?[0-9]+\s+dự\s+án[^()0-9]{0,40}\)"
    # (w13e) and listed after "gồm:" ("84 dự án đầu tư gồm: 73 dự án vốn đầu tư trong nước (DDI)
    # và 11 dự án vốn đầu tư nước ngoài (FDI), với tổng vốn đầu tư đăng ký 14.207 tỷ đồng").
    r"|gồm\s*:?\s*[0-9]+\s+dự\s+án[^;.0-9]{0,40}?(?:trong\s+nước|ddi)[^;.0-9]{0,20}?\s+và\s+[0-9]+\s+dự\s+án"
    r"[^;.0-9]{0,40}?(?:nước\s+ngoài|fdi)(?:\s*\(\s*(?:fdi|đtnn)\s*\))?"
)


# An amount joined right after a figure ("..., 2,1 tỷ USD", "... và khoảng 950 tỷ đồng").
_NEXT_AMOUNT = r"\s*(?:và|,)\s*(?:khoảng\s+|hơn\s+|gần\s+)?[0-9][0-9.,]*\s*"
_DOLLARS_NEXT = _lazy_pattern(_NEXT_AMOUNT + r"(?:triệu|tỷ|tỉ)\s+(?:usd|đô)")


_OWNED_CAPITAL_CODES = frozenset({"fdi_capital", "domestic_investment_capital"})
_CONVERTED_CAPITAL = _lazy_pattern(r"(?:vốn|đầu\s+tư|đăng\s+ký)\s+quy\s+đổi" + _W)
_DONG_AMOUNT = _lazy_pattern(r"[0-9]\s*(?:triệu|tỷ|tỉ|nghìn\s+tỷ)\s+đồng")
_CURRENCY_PAIR_NEXT = _lazy_pattern(_NEXT_AMOUNT + r"(?:triệu|tỷ|tỉ|nghìn\s+tỷ)\s+(?:usd|đô|đồng)")


def _of_both_kinds(ctx: _Context, q: Quantity) -> bool:
    """Whether the capital at ``q`` is that of projects counted just before as both domestic
    and foreign ("153 dự án đầu tư (gồm 123 dự án đầu tư trong nước và 30 dự án đầu tư vốn
    nước ngoài). Tổng vốn đăng ký của các dự án khoảng 4,1 tỷ USD"), with no kind named
    between: the total of both, neither FDI nor domestic (w12t17)."""
    lo = max(0, q.start - 400)
    if ctx.norm.find("dự án", lo, q.start) < 0 or (
        ctx.norm.find("(", lo, q.start) < 0 and ctx.norm.find("gồm", lo, q.start) < 0
    ):
        return False
    last = max(_BOTH_KINDS_SPLIT.finditer(ctx.norm, lo, q.start), key=lambda m: m.start(), default=None)
    if last is None:
        return False
    if _CURRENCY_PAIR_NEXT.match(ctx.norm, q.end) and not ctx.norm.startswith("trong", last.start() + 1):
        # ("... (7 dự án FDI và 2 dự án trong nước); tổng vốn đầu tư đăng ký mới và tăng thêm là
        # 110,75 triệu USD và 548,61 tỷ đồng": a pair by currency, one of each kind; not after a
        # part in brackets, "(trong đó có 33 dự án nước ngoài)".)
        return False
    between = ctx.norm[last.end() : q.start]
    return not (_FDI_NEAR.search(between) or _DDI_NEAR.search(between) or "đtnn" in between)


def _fits(concept: str, kind: str) -> bool:
    if lexicon.code_for(concept, kind) is not None:
        return True
    return kind in ("times", "pp") and lexicon.code_for(concept, "pct") is not None


def _phrases_between(ctx: _Context, lo: int, hi: int) -> list[PhraseMatch]:
    idx = bisect_left(ctx.phrase_starts, lo)
    out = []
    while idx < len(ctx.phrases) and ctx.phrases[idx].start < hi:
        out.append(ctx.phrases[idx])
        idx += 1
    return out


def _resolve(ctx: _Context, concept: str, kind: str, q: Quantity, sent: tuple[int, int]) -> str:
    code = lexicon.code_for(concept, kind) or lexicon.code_for(concept, "pct") or "other"
    if not code.startswith("ctx:"):
        if (
            kind == "money"
            and code in _OWNED_CAPITAL_CODES
            and concept.startswith("FDI")
            and (_withdrawn_capital(ctx, q) or _of_both_kinds(ctx, q))
        ):
            # (w13e) The kind named as the subject of the clause, before "với tổng vốn đăng ký":
            # "thu hồi 531 dự án đầu tư trực tiếp nước ngoài với tổng vốn đăng ký là 5,34 tỷ
            # USD" (withdrawn), "55 dự án đầu tư (gồm 37 dự án trong nước và 18 dự án có vốn
            # đầu tư nước ngoài) với tổng vốn đăng ký 267,9 triệu USD" (of both kinds).
            return "other"
        if code == "cluster_area" and _parks_and_clusters_together(ctx, q.start, sent):
            return "other"
        if kind == "area" and code in _AREA_CODES and _projects_or_leased_area(ctx, q):
            # (w13f) "diện tích đất công nghiệp đã cho thuê là 60,227ha": the land leased out,
            # not the industrial land (SCHEMA.md, as dev).
            return "other"
        return code
    what = code[4:]
    if what == "capital" and (
        _one_firm_capital(ctx, q, sent)
        or _withdrawn_capital(ctx, q)
        or _named_project_item(ctx, "fdi_capital", q, sent)
        or _THE_PROJECT_OPENS.match(ctx.norm, sent[0], q.start) is not None
    ):
        return "other"
    if what == "capital":
        # The nearest cue before the figure decides ("46 dự án FDI với tổng vốn ... và 118
        # dự án đầu tư trong nước với tổng vốn ..."); failing that, one right after it.
        if "toàn xã hội" in ctx.norm[max(sent[0], q.start - 60) : q.start]:
            return "social_investment"
        if "quy đổi" in ctx.norm[max(sent[0], q.start - 60) : q.end + 30] and _CONVERTED_CAPITAL.search(
            ctx.norm, max(sent[0], q.start - 60), q.end + 30
        ):
            # (w13e) "tổng vốn đầu tư đăng ký quy đổi tương đương 974,7 triệu USD", "698,54 triệu
            # USD vốn đầu tư quy đổi": domestic and foreign capital summed in one currency, a
            # total of both kinds (SCHEMA.md).
            return "other"
        if _of_both_kinds(ctx, q):
            return "other"
        fdi = _last_match_end(ctx, _FDI_NEAR, _FDI_PRESCAN, sent[0], q.start)
        ddi = _last_match_end(ctx, _DDI_NEAR, _DDI_PRESCAN, sent[0], q.start)
        if (
            fdi >= 0
            and ddi < 0
            and q.unit == "VND"
            and _NEW_AND_ADDED_BEFORE.search(ctx.norm, max(sent[0], q.start - 80), q.start)
            and _DOLLAR_AMOUNT.search(ctx.norm, sent[0], q.start)
        ):
            # (w14e) "Ngoài dự án FDI với số vốn 200 triệu USD của Tập đoàn ..., tỉnh đã cấp mới
            # cho 77 dự án, điều chỉnh 95 dự án với tổng số vốn cấp mới và tăng thêm là 13.789,76
            # tỷ đồng": the foreign capital was given in dollars; the province's new and added
            # capital in đồng is of both kinds (as w12v13's across sentences, dev r107).
            return "other"
        if fdi < 0 and ddi < 0:
            tail = ctx.norm[q.end : min(ctx.structure.clause(q.start)[1], q.end + 40)]
            cut = _TRONG_DO.search(tail)
            if cut is not None:
                tail = tail[: cut.start()]
            fdi = 0 if _FDI_NEAR.search(tail) else -1
            ddi = 0 if fdi < 0 and _DDI_NEAR.search(tail) else -1
        if fdi < 0 and ddi < 0 and _KIND_PART_AFTER.search(ctx.norm, q.end, q.end + 120):
            # (w14e) The parts of a total named no kind begin right after it, the first of
            # one kind: the total is of both (``_KIND_PART_AFTER``).
            return "other"
        if fdi < 0 and ddi < 0 and not _matches_in(ctx, _ENTERPRISE_NEAR, _ENTERPRISE_PRESCAN, sent[0], q.start):
            # The investment the text is about, named in an earlier sentence or paragraph
            # ("thu hút đầu tư trực tiếp nước ngoài ... Bắc Giang dẫn đầu với tổng vốn ...").
            earlier = ctx.norm[max(0, sent[0] - 1500) : sent[0]]
            fdi = max((m.end() for m in _FDI_NEAR.finditer(earlier)), default=-1)
            ddi = max((m.end() for m in _DDI_NEAR.finditer(earlier)), default=-1)
            if fdi >= 0 and ddi >= 0 and q.unit != "USD" and not (ddi > fdi and q.unit == "VND"):
                # "130 dự án trong nước (...) và 14 dự án FDI (...). ... Từ đầu năm đến nay, tỉnh
                # đã điều chỉnh 142 dự án với vốn tăng thêm hơn 6.500 tỉ đồng": both kinds named
                # before, an amount in đồng said of neither is of both (dollars are foreign, below).
                return "other"
            if fdi >= 0 and ddi < 0 and q.unit == "VND":
                # (w12v13) Foreign capital is registered in dollars: an amount in đồng said of
                # no kind, in a text on FDI ("Nghệ An thu hút ... vốn FDI" then "tổng vốn đầu tư
                # cấp mới và tăng thêm đạt 1.678,7 tỷ đồng"), is the province's total of both
                # kinds (dev r107, blind13 r525).
                return "other"
            if fdi < 0 and ddi < 0:
                # Named only later ("Trong số 36 quốc gia và vùng lãnh thổ có dự án đầu tư
                # được cấp mới ..."): investors from countries and territories are foreign.
                later = ctx.norm[sent[1] : sent[1] + 1500]
                fdi = 0 if _FDI_NEAR.search(later) or _FOREIGN_INVESTORS.search(later) else -1
                ddi_later = _DDI_NEAR.search(later)
                ddi = 0 if ddi_later else -1
                if (
                    ddi_later is not None
                    and q.unit == "USD"
                    and not _FDI_NEAR.search(later, 0, ddi_later.start())
                    and not _PARTS_AFTER.search(later, 0, ddi_later.start())
                    # (w14e) Not both kinds listed together ("544 dự án đầu tư còn hiệu lực, bao
                    # gồm 274 dự án trong nước và 270 dự án FDI"): the parts of a stock, no
                    # statement of its own.
                    and not _FDI_NEAR.search(later, ddi_later.end(), ddi_later.end() + 40)
                ):
                    # (w13e) "cấp giấy chứng nhận ... cho 26 dự án mới với tổng vốn đầu tư 129
                    # triệu USD; ...", then "Cấp mới ... cho các dự án DDI với tổng vốn ... tỷ
                    # đồng": the domestic capital comes next as a statement of its own, not as a
                    # part ("Trong số này ..."); dollars before it are the foreign capital.
                    return "fdi_capital"
                if fdi >= 0 and ddi < 0 and q.unit == "VND" and _FDI_NEAR.search(later):
                    # (w12v13) "Tổng số vốn cấp mới và điều chỉnh năm 2024 là 66.882,3 tỷ đồng
                    # ... Trong đó, thu hút FDI đạt gần 1,75 tỷ USD": FDI named after an amount
                    # in đồng is a part of it, the total is of both kinds (blind13 r528).
                    return "other"
                if fdi >= 0 and ddi >= 0:
                    # "thu hút 144 dự án với tổng vốn đăng ký hơn 78.000 tỉ đồng. Trong số này
                    # có 130 dự án trong nước (...) và 14 dự án FDI (...)": the parts named
                    # after the total are both kinds, so the total is neither.
                    return "other"
        if fdi < 0 and ddi < 0:
            return "other"
        if fdi >= 0 and ddi >= 0 and q.unit == "VND" and _DOLLARS_NEXT.match(ctx.norm, q.end):
            # "157 dự án đầu tư trong nước và 17 dự án đầu tư nước ngoài, với vốn đăng ký 96.307
            # tỷ đồng và 12,836 tỷ USD": of the pair, đồng is the domestic capital, dollars the
            # foreign (below) (w12t17).
            return "domestic_investment_capital"
        if q.unit == "USD" and ddi >= 0 and ddi > fdi:
            named = _last_match_end(ctx, _DDI_NEAR, _DDI_PRESCAN, sent[0], q.start)
            if named >= 0 and _DONG_AMOUNT.search(ctx.norm, named, q.start):
                # (w13e) "cấp ... cho 77 dự án trong nước với số vốn đăng ký gần 5.600 tỷ đồng;
                # cấp ... cho 30 dự án, tổng vốn đăng ký hơn 3,2 tỷ USD": the domestic capital
                # was given in đồng, the dollars after it are the foreign capital.
                return "fdi_capital"
            if (
                named >= 0
                and _last_match_end(ctx, _FDI_NEAR, _FDI_PRESCAN, sent[0], named) >= 0
                and not _CURRENCY_PAIR_NEXT.match(ctx.norm, q.end)
            ):
                # (w13e) "vốn đầu tư nước ngoài đạt hơn 1 tỷ USD (...); vốn đầu tư trong nước đạt
                # gần 778,5 triệu USD (gồm 18 dự án cấp mới với tổng vốn đăng ký hơn 697,4 triệu
                # USD ...)": the kind named last, when no amount in đồng pairs with the dollars.
                return "domestic_investment_capital"
        if fdi >= 0 and q.unit == "USD":
            # Domestic projects register their capital in đồng: an amount in dollars where
            # both kinds were named ("34 dự án FDI và 14 dự án trong nước ... Tổng vốn đầu tư
            # cấp mới và tăng thêm là 317 triệu USD và 2.463 tỷ đồng") is the foreign one.
            return "fdi_capital"
        return "fdi_capital" if fdi > ddi else "domestic_investment_capital"
    if what == "area" and _projects_or_leased_area(ctx, q):
        return "other"
    place = _place(ctx, q.start, sent, _AREA_PLACES)
    if place == "ZONE":
        before = [p.concept for p in _phrases_between(ctx, sent[0], q.start) if p.concept in _AREA_PLACES]
        if "PARK" in before:
            # "413 KCN ... (bao gồm ... 7 KCN nằm trong các KKT cửa khẩu) với tổng diện tích
            # ...": the parks are the subject, the zones only where some of them lie.
            place = "PARK"
        elif not before:
            # A zone named only after the figure ("Ban Quản lý khu kinh tế ... tỉnh"): the
            # board, not the place measured.
            place = _place(ctx, q.start, sent)
    if what == "area":
        if place == "CLUSTER" and _parks_and_clusters_together(ctx, q.start, sent):
            return "other"
        return {"CLUSTER": "cluster_area", "PARK": "industrial_park_area", "IND_LAND": "industrial_land_area"}.get(
            place or "", "other"
        )
    if place == "ZONE":
        place = "PARK"
    # occupancy
    if place is None or place == "IND_LAND":
        place = _land_owner(ctx, q.start, sent)
    return "industrial_park_occupancy" if place == "PARK" else "cluster_occupancy"


# (w13f) "khu, cụm công nghiệp" (also "khu và cụm", "khu-cụm"): parks and clusters taken
# together. The area of the two kinds at once ("tổng diện tích khu, cụm công nghiệp 1.176,67 ha",
# "7 khu, cụm công nghiệp ... quy mô hơn 813ha") is neither's alone: `other` (blind21, blind22).
_PARKS_AND_BEFORE = _lazy_pattern(_B + r"khu\s*(?:,|-|–|và)\s*$")


def _parks_and_clusters_together(ctx: _Context, pos: int, sent: tuple[int, int]) -> bool:
    named = [p for p in _phrases_between(ctx, sent[0], pos) if p.concept in _AREA_PLACES]
    if not named or named[-1].concept != "CLUSTER":
        return False
    start = named[-1].start
    return _PARKS_AND_BEFORE.search(ctx.norm, max(0, start - 8), start) is not None


# (w12t29) An economic zone ("khu kinh tế") named nearest: its area is `other`.
_AREA_PLACES = ("CLUSTER", "PARK", "IND_LAND", "ZONE")


def _land_owner(ctx: _Context, pos: int, sent: tuple[int, int]) -> str | None:
    """(w12v13) The land leased out is that of a park or a cluster, and a fact sheet gives
    each field a line of its own ("2. KHU CÔNG NGHIỆP NAM ĐÔNG HÀ" ... "diện tích đất công
    nghiệp đã cho thuê là 60,227ha." then "Tỷ lệ lấp đầy: 78%"): the park or cluster last
    named, also in the paragraphs before, decides."""
    place = _place(ctx, pos, sent, ("CLUSTER", "PARK"))
    if place is None:
        named = [
            m.concept
            for m in _phrases_between(ctx, max(0, sent[0] - 1500), sent[0])
            if m.concept in ("CLUSTER", "PARK")
        ]
        place = named[-1] if named else None
    return place


# "giá trị sản xuất" named bare is industry's output when its sentence speaks of industry
# before it ("sản xuất công nghiệp ... với giá trị sản xuất ước đạt 415,2 tỷ đồng") and no
# other sector follows the words ("giá trị sản xuất nông nghiệp", "... nghề, làng nghề").
# ("lĩnh vực công nghiệp và xây dựng, tổng giá trị sản xuất ...": the sector, GRDP's part.)
_INDUSTRY_BEFORE = _lazy_pattern(_B + r"công\s+nghiệp(?!\s*(?:và|-|,)\s*xây\s+dựng)" + _W)
_OTHER_OUTPUT_AFTER = _lazy_pattern(
    r"\s*(?:của\s+|ngành\s+|khu\s+vực\s+|lĩnh\s+vực\s+)?"
    r"(?:nông|lâm|thủy|thuỷ|ngư|xây\s+dựng|dịch\s+vụ|thương\s+mại|nghề|làng\s+nghề|du\s+lịch|trồng|chăn)"
)


def _industry_output(ctx: _Context, q: Quantity, sent: tuple[int, int], window_start: int) -> bool:
    """Whether an amount in đồng named only "giá trị sản xuất" is industry's output."""
    norm = ctx.norm
    if q.unit != "VND":
        return False
    at = norm.rfind("giá trị sản xuất", window_start, q.start)
    if at < 0:
        # "Như vậy tính chung cả quý 1, sản xuất toàn ngành đạt hơn 1.100 tỷ đồng" after a
        # sentence on industry's output: "the whole branch" is the industry just spoken of.
        at = norm.rfind("sản xuất toàn ngành", window_start, q.start)
        if at < 0 or _OTHER_OUTPUT_AFTER.match(norm, at + len("sản xuất toàn ngành")):
            return False
        return _INDUSTRY_BEFORE.search(norm, max(0, at - 400), at) is not None
    if _OTHER_OUTPUT_AFTER.match(norm, at + len("giá trị sản xuất")):
        return False
    return _INDUSTRY_BEFORE.search(norm, sent[0], at) is not None


# Indicator by the subject of the figure (w12in). A single company, plant or named project
# is no province total: "dự án ... của Công ty TNHH ... với vốn đầu tư 60 triệu USD", "dự án
# Nhà máy ... tăng thêm 100 triệu USD" are `other` (SCHEMA.md's "project counts" kind); a
# project named as a part of the total ("Trong tổng vốn FDI ..., dự án Nhà máy ... có vốn
# đăng ký lớn nhất với 3,1 tỉ USD") keeps the total's code.
_ONE_FIRM = _lazy_pattern(_B + r"(?:công\s+ty|tập\s+đoàn|nhà\s+máy)" + _W)
_ONE_FIRM_PRESCAN = scan.first_words(["công", "tập", "nhà"])
_MANY_BEFORE = _lazy_pattern(_B + r"(?:các|những|nhiều|số|mọi)\s+$")
_WITHIN_TOTAL = _lazy_pattern(_B + r"trong\s+tổng" + _W)
_WITHIN_TOTAL_PRESCAN = scan.first_words(["trong"])


def _one_firm_capital(ctx: _Context, q: Quantity, sent: tuple[int, int]) -> bool:
    """Whether a capital figure is that of one company, plant or project named before it in its
    clause, with no other figure between the name and it."""
    lo = max(ctx.structure.clause(q.start)[0], q.start - 200)
    starts, ends = _match_spans(ctx, _ONE_FIRM, _ONE_FIRM_PRESCAN)
    i = bisect_right(ends, q.start) - 1
    if i < 0 or starts[i] < lo:
        return False
    start, end = starts[i], ends[i]
    if _MANY_BEFORE.search(ctx.norm, max(lo, start - 12), start):
        return False
    k = bisect_right(ctx.fact_starts, end)
    if k < len(ctx.fact_starts) and ctx.fact_starts[k] < q.start:
        return False
    return not _matches_in(ctx, _WITHIN_TOTAL, _WITHIN_TOTAL_PRESCAN, sent[0], end)


# (w12v13) The projects a sentence lists by name after "Một số dự án lớn được cấp mới ... gồm:"
# ("Khu công nghiệp VSIP Nghệ An III (52,5 triệu USD); Khu dân cư ... (88,84 triệu USD)"), "Một
# số DA có quy mô lớn ... như: ..." are each one project's capital, not parts of the province's
# FDI or domestic total named before (`other`, as ``_one_firm_capital``).
_PROJECT_LIST_LEAD = _lazy_pattern(
    _B
    + r"(?:một\s+số|các|những|nhiều)\s+(?:dự\s+án|da)"
    + _W
    # (w14e) also with a date in the lead ("Những dự án FDI lớn được khởi công trong tháng 5 như:")
    # and led by "là:" ("Một số dự án FDI tiêu biểu trong năm 2024 ... có thể kể đến là:").
    + r"(?:[^.;:0-9]|(?:năm|tháng|quý)\s+[0-9]{1,4}){0,120}?"
    + _B
    + r"(?:gồm|như|là)\s*:"
)
_PROJECT_LIST_PRESCAN = scan.first_words(["một", "các", "những", "nhiều"])
_CAPITAL_CODES = frozenset({"fdi_capital", "domestic_investment_capital", "social_investment"})
# "Trong số này / Trong đó ..." opening the parts of a total just given.
_PARTS_AFTER = _lazy_pattern(_B + r"trong\s+(?:số|đó)" + _W)
# "thu hút (được) hơn" right before an amount: the verb of attracting investment.
_ATTRACTED_BEFORE = _lazy_pattern(_B + r"thu\s+hút(?:\s+được)?(?:\s+(?:hơn|gần|khoảng|trên|thêm))?\s*$")
# (w14e) A total whose first part, opened right after it, is one kind ("các KCN thu hút 161
# dự án, vốn đăng ký 641,1 triệu USD, trong đó có 125 dự án FDI ...", "tổng vốn đầu tư đạt hơn
# 2 tỷ USD ... Trong số đó, vốn đầu tư nước ngoài đạt hơn 1 tỷ USD"): the whole holds that kind
# and more, of both kinds (SCHEMA.md, dev r107).
_KIND_PART_AFTER = _lazy_pattern(
    r"t" + _A + r"rong\s+(?:số\s+)?(?:đó|này)\s*[,:]?\s*(?:có\s+)?(?:(?:[0-9][0-9.,]*\s+(?:dự\s+án|da)\s+)?"
    r"(?:(?:có\s+)?vốn\s+)?(?:đầu\s+tư\s+)?(?:trực\s+tiếp\s+)?(?:fdi|nước\s+ngoài|đtnn|trong\s+nước|ddi)"
    + _W
    # ("63 dự án với tổng vốn đăng ký 895 triệu USD, trong đó 56 dự án đến chủ yếu từ Hàn Quốc,
    # Nhật và Mỹ ...": projects coming from abroad.)
    + r"|[0-9][0-9.,]*\s+(?:dự\s+án|da)\s+(?:đến\s+)?(?:chủ\s+yếu\s+)?(?:đến\s+)?từ\s+"
    r"(?!nguồn|vốn|ngân\s+sách|năm|đầu|tháng|ngày))"
)
# (w14e) The province's new and added capital ("tổng vốn (đầu tư) cấp mới và (điều chỉnh) tăng
# thêm", "đăng ký mới và tăng thêm") and a dollar amount before it in its sentence.
_NEW_AND_ADDED_BEFORE = _lazy_pattern(
    _B + r"(?:cấp|đăng\s+ký)\s+mới\s+và\s+(?:điều\s+chỉnh\s+)?tăng(?:\s+thêm|\s+vốn)?" + _W + r"[^0-9]{0,25}$"
)
_DOLLAR_AMOUNT = _lazy_pattern(r"[0-9]\s*(?:triệu|tỷ|tỉ)\s+(?:usd|đô)")
# (w13e) A sentence opening on "the project" just named ("... Dự án Nhà máy Deli Hải Dương ...
# được khởi công ... Dự án có tổng mức đầu tư 270 triệu USD"): one project's capital, `other`.
_THE_PROJECT_OPENS = _lazy_pattern(r"[^\w]*dự\s+án(?:\s+này)?\s+(?:có|với)\s+(?:tổng\s+)?(?:mức|vốn|số\s+vốn)" + _W)
# The codes of a capital noun that names the amount right before it (``_read_quantity``).
_CAPITAL_AFTER_CODES = frozenset({"ctx:capital", "fdi_capital", "domestic_investment_capital"})


def _named_project_item(ctx: _Context, code: str, q: Quantity, sent: tuple[int, int]) -> bool:
    """Whether a capital figure named by no phrase is an item of a list of named projects."""
    return (
        code in _CAPITAL_CODES
        and q.kind == "money"
        and _last_match_end(ctx, _PROJECT_LIST_LEAD, _PROJECT_LIST_PRESCAN, sent[0], q.start) >= 0
        and not _matches_in(ctx, _WITHIN_TOTAL, _WITHIN_TOTAL_PRESCAN, sent[0], q.start)
    )


_AND_GAP = _lazy_pattern(r"\s*(?:và|,)\s*")


def _second_currency_code(ctx: _Context, parent: _Draft, q: Quantity) -> str:
    """The code of a figure continuing ``parent``: its own, but for "317 triệu USD và 2.463 tỷ
    đồng" after foreign and domestic projects were both named, where the amount in đồng is the
    domestic one (the dollars were read as foreign capital, ``_resolve``)."""
    code = parent.fact.indicator
    if q.kind == "area" and _projects_or_leased_area(ctx, q):
        return "other"
    # "317 triệu USD và 2.463 tỷ đồng" after both kinds were named: the đồng are domestic (the
    # dollars were read as foreign, ``_resolve``); "vốn đăng ký 96.307 tỷ đồng và 12,836 tỷ USD":
    # the same pair the other way round, the dollars foreign (w12t17).
    for whole, whole_unit, unit, near, prescan, other_kind in (
        ("fdi_capital", "USD", "VND", _DDI_NEAR, _DDI_PRESCAN, "domestic_investment_capital"),
        ("domestic_investment_capital", "VND", "USD", _FDI_NEAR, _FDI_PRESCAN, "fdi_capital"),
    ):
        if (
            code == whole
            and parent.fact.unit == whole_unit
            and q.unit == unit
            and (k := bisect_left(ctx.fact_starts, q.start) - 1) >= 0
            and _AND_GAP.fullmatch(ctx.norm, ctx.fact_ends[k], q.start)
            and _last_match_end(ctx, near, prescan, max(0, q.start - 1500), q.start) >= 0
        ):
            return other_kind
    return code


# The land of the projects settled in clusters or parks, and the land leased out ("thu hút
# 513 dự án với tổng diện tích đất cho thuê 646,9 ha", "170 dự án thứ cấp với tổng diện tích
# gần 270 ha", "diện tích đất công nghiệp là 243,45 ha, đã cho thuê 67,52 ha"): not the area
# of the clusters or parks, nor their industrial land (`other`; their share is occupancy).
_PROJECTS_AREA_BEFORE = _lazy_pattern(
    _B
    + r"(?:dự\s+án[^0-9;:]{0,30}?\s(?:với|có)\s+(?:tổng\s+)?diện\s+tích"
    # (w13f) "có thể cho thuê" is the leasable industrial land, not land leased out.
    + r"|(?<!thể\s)cho\s+(?:các\s+doanh\s+nghiệp\s+)?thuê"
    + r"|thuê\s+đất|đất\s+(?:thuê|đăng\s+ký|sử\s+dụng)"
    + _W
    + r")[^0-9;:.]{0,40}$"
)
# (w13f) The same land named after the figure ("với hơn 4.697 ha đất công nghiệp đã được cho
# thuê"), as SCHEMA.md settles leased land (dev): `other`.
_LEASED_AFTER = _lazy_pattern(r"\s*(?:đất\s+)?(?:công\s+nghiệp\s+)?(?:đã\s+)?(?:được\s+)?cho\s+thuê" + _W)
# (w14f) Clean land named after the figure ("Hiện tỉnh còn hơn 1.000 ha đất sạch sẵn sàng tiếp
# nhận đầu tư", "còn 8ha đất sạch đang kêu gọi đầu tư", "sẽ bổ sung thêm gần 200ha vào quỹ đất
# sạch"): the parks' or clusters' industrial land ready to lease (SCHEMA.md), whatever place the
# sentence names before it (blind10, blind11, blind21).
_CLEAN_LAND_AFTER = _lazy_pattern(r"\s*(?:vào\s+)?(?:quỹ\s+)?đất\s+sạch" + _W)


def _projects_or_leased_area(ctx: _Context, q: Quantity) -> bool:
    lo = max(ctx.structure.clause(q.start)[0], q.start - 110)
    k = bisect_left(ctx.fact_starts, q.start) - 1
    if k >= 0:
        # (From the figure before: "170 dự án" holds its noun.)
        lo = max(lo, ctx.fact_starts[k])
    tail = ctx.norm[lo : q.start]
    if ctx.norm.find("thuê", q.end, q.end + 50) >= 0 and _LEASED_AFTER.match(ctx.norm, q.end):
        return True
    # (w13f) The land the projects took, leased, registered or used ("Tổng diện tích đất thuê
    # là 3.342ha", "tổng diện tích đất đăng ký 340 ha", "cấp mới 46 dự án ... với tổng diện tích
    # đất sử dụng là 289,42ha") is leased land as well.
    return (
        "dự án" in tail or "thuê" in tail or "đất đăng ký" in tail or "đất sử dụng" in tail
    ) and _PROJECTS_AREA_BEFORE.search(tail) is not None


# "(chiếm hơn 35% diện tích đất công nghiệp)" after the land of the projects settled: the
# share of the industrial land taken, i.e. the occupancy of the clusters or parks.
_OF_INDUSTRIAL_LAND = _lazy_pattern(
    r"\s*(?:tổng\s+)?(?:quỹ\s+)?(?:diện\s+tích\s+)?đất\s+(?:công\s+nghiệp|cho\s+thuê)" + _W
)


# (w12x3) The land leased out, then the share it makes ("diện tích đất công nghiệp đã cho
# thuê/diện tích đất công nghiệp tại các KCN ... là 196,07/306,9 ha, đạt tỷ lệ 63,89%", "11/23
# khu công nghiệp hoạt động đã cho thuê đất đạt tỉ lệ trên 90% diện tích"): the occupancy, as
# "chiếm X% diện tích đất công nghiệp" is, though neither "chiếm" nor "lấp đầy" is said.
_LEASED_RATE = _lazy_pattern(
    _B + r"cho\s+thuê" + _W + r"[^.;:%]{0,120}?đạt\s+t[ỷỉ]\s+lệ\s+(?:là\s+)?(?:(?:trên|khoảng|gần|hơn)\s+)?$"
)


_OCCUPANCY_CODES = frozenset({"industrial_park_occupancy", "cluster_occupancy"})
_OTHER_LAND_BASE = _lazy_pattern(r"\s*(?:tổng\s+)?diện\s+tích\s+đất\s+(?!công\s+nghiệp|cho\s+thuê)")


_PER_PROJECT_AFTER = _lazy_pattern(r"\s*/\s*(?:01\s+|1\s+|một\s+)?(?:dự\s+án|doanh\s+nghiệp|dn)" + _W)
# (w13b) A growth said of the price or the volume of goods traded is no change of the trade's
# value: "giá cà phê xuất khẩu bình quân tăng cao hơn 30%", "kim ngạch xuất khẩu giảm do giá cà
# phê giảm 10%", "sản lượng xuất khẩu tăng", "thủy sản ... xuất đạt 44.950 tấn, tăng hơn 63%"
# (dev, blind10, blind17, blind18, blind19, blind20, blind23): `other`. Not "giá trị"/"trị giá"
# (the value) nor "giá so sánh/hiện hành" (the value's prices).
_TRADED_PRICE = _lazy_pattern(
    r"(?<![^\W_])(?<!trị )(?:đơn\s+)?giá(?!\s+(?:trị|so\s+sánh|hiện\s+hành|thực\s+tế|cố\s+định))" + _W
)
_TRADED_VOLUME = _lazy_pattern(_B + r"(?:sản|khối)\s+lượng" + _W)
# (The growth right after the tonnage: "15.000 tấn, giảm 28,8% về lượng và giảm 33% về giá
# trị" has the value's change second.)
_TONNAGE_BEFORE = _lazy_pattern(
    r"[0-9]\s*(?:(?:nghìn|ngàn|triệu)\s+)?tấn\s*[,(]?\s*(?:tăng|giảm)(?:\s+(?:hơn|gần|khoảng|trên))?\s*$"
)
_TRADE_VALUE_CODES = frozenset({"export_value", "import_value"})


def _price_or_volume_growth(norm: str, lo: int, sent_lo: int, pos: int) -> bool:
    """Whether the growth at ``pos`` is of a traded price or volume (``_TRADED_PRICE``): a
    price or volume word in its window from ``lo``, or a tonnage right before it in the
    sentence (a comma may end the window between: "Dưa chuột đóng hộp 3.662 tấn, tăng 46,2%")."""
    seg = norm[max(lo, pos - 120) : pos]
    if ("giá" in seg and _TRADED_PRICE.search(seg)) or ("lượng" in seg and _TRADED_VOLUME.search(seg)):
        return True
    seg = norm[max(sent_lo, pos - 60) : pos]
    return "tấn" in seg and _TONNAGE_BEFORE.search(seg) is not None


def _leased_rate(ctx: _Context, q: Quantity, sent: tuple[int, int]) -> bool:
    lead = ctx.norm[max(sent[0], q.start - 160) : q.start]
    return "cho thuê" in lead and _LEASED_RATE.search(lead) is not None


def _occupied_share(ctx: _Context, q: Quantity, sent: tuple[int, int], tail: str) -> str | None:
    if not _OF_INDUSTRIAL_LAND.match(tail):
        return None
    place = _place(ctx, q.start, sent)
    if place == "IND_LAND":
        # (w12x3) "Tổng diện tích đất công nghiệp đã cho các dự án ... thuê là 83,24ha, chiếm
        # 76,1% tổng diện tích đất công nghiệp có thể cho thuê" under a park's heading: the
        # sentence names only the land, whose owner is the park or cluster last named, as for
        # "tỷ lệ lấp đầy" (``_land_owner``).
        place = _land_owner(ctx, q.start, sent)
    if place == "PARK":
        return "industrial_park_occupancy"
    return "cluster_occupancy" if place == "CLUSTER" else None


_BARE_GROWTH = _lazy_pattern(r"(?:đạt\s+)?(?:tốc\s+độ\s+|mức\s+)?tăng\s+trưởng")
# Indicators whose parts are said to grow ("mức tăng trưởng") as well as the economy.
_GROWING_WHOLES = frozenset({"IIP", "IOV", "EXPORT", "IMPORT", "RETAIL"})


def _lead_names_another_whole(ctx: _Context, lo: int, hi: int, concept: str | None) -> bool:
    """Whether the sentence before a figure names a whole other than ``concept``.

    "Cán cân thương mại xuất siêu 10,2 tỷ USD. Các mặt hàng xuất khẩu chủ lực gồm: đồ gỗ đạt
    5,6 tỷ USD": the list's lead names exports, so its items are not parts of the balance just
    given, however smaller their sums.
    """
    i = bisect_left(ctx.phrase_starts, lo)
    while i < len(ctx.phrases) and ctx.phrases[i].start < hi:
        other = ctx.phrases[i].concept
        if other in _GROWING_WHOLES and other != concept:
            return True
        i += 1
    return False


def _index_of_growing_part(
    ctx: _Context, sent: tuple[int, int], growth: PhraseMatch, q: Quantity, economy: bool = False
) -> PhraseMatch:
    """ "chỉ số sản xuất công nghiệp ... tăng mạnh, trong đó ... công nghiệp chế biến, chế tạo đạt
    mức tăng trưởng 34,3%": a bare "mức tăng trưởng" of an industry, sector or ownership part
    named after an indicator earlier in its sentence (with no figure of its own) is that
    indicator's, not economic growth."""
    if _BARE_GROWTH.fullmatch(ctx.norm, growth.start, growth.end) is None:
        return growth
    if _ECONOMY_WORDS.search(ctx.norm, max(sent[0], q.start - 100), q.start):
        return growth
    lo = max(sent[0], growth.start - 300)  # (bounded: a long sentence stays linear)
    part = _component_phrase(ctx, lo, growth.start)
    if part is None:
        return growth
    lead = _nearest_phrase(ctx, lo, part.start, "pct")
    if lead is None and not economy and part.concept == "INDUSTRY" and growth.start - part.end <= _OWN_GROWTH_GAP:
        # (w14c) "Công nghiệp chế biến, chế tạo đạt mức tăng trưởng hơn 34%" with no indicator
        # named before (a headline, a lead) and no economy's figure in play: an industry's
        # growth is its production index's, as under a named index (dev r177).
        return PhraseMatch("IIP", part.start, part.end)
    return lead if lead is not None and lead.concept in _GROWING_WHOLES else growth


# How far a bare "mức tăng trưởng" may stand after the industry it is said of.
_OWN_GROWTH_GAP = 40


# An amount of a part whose whole the excerpt does not name: industry by ownership
# ("công nghiệp địa phương ước đạt 9,7 nghìn tỷ đồng") is industrial output, a sector of the
# economy ("Khu vực công nghiệp và xây dựng ước được 3.801 tỷ đồng") its value added.
_INDUSTRY_OWNERSHIP = _lazy_pattern(r"công\s+nghiệp\s")


def _wholeless_part(ctx: _Context, comp: PhraseMatch, q: Quantity) -> tuple[str, str] | None:
    if q.kind != "money":
        return None
    if comp.concept == "SECTOR":
        return "GRDP", "grdp"
    if comp.concept in ("OWNERSHIP", "FDI_SECTOR") and _INDUSTRY_OWNERSHIP.match(ctx.norm, comp.start):
        return "IOV", "industrial_output_value"
    return None


_WORDS_ONLY = _lazy_pattern(r"\s*[^\W\d_]+(?:,?\s+[^\W\d_]+){0,5}\s*")


# A share described in words, not given ("chiếm tỷ trọng lớn, tăng cao", "chiếm tỷ trọng lớn với
# tốc độ tăng khá ... như", "chiếm tỷ trọng lớn có chỉ số tăng cao là": w12v12 added "với", "có").
_MINUS_IN_BRACKET = _lazy_pattern(r"\(\s*[-−]$")


def _minus_glued(norm: str, pos: int) -> bool:
    """Whether the figure at ``pos`` has a minus glued to it after a space or a colon ("GRDP
    -15,31%"), not a range's dash ("8,4 - 8,8%", "5,2-6%")."""
    return pos > 1 and norm[pos - 1] in "-−" and norm[pos - 2] in " :\t"


# A product's volume: a level in a unit no fact is read in ("157.419 tấn", "1.949 triệu m3",
# "22,5 ngàn lít"). One definition for the rules on products' volumes (w13a, w13d: the growth
# right after such a level is the product's own, ``_after_product_volume``; w12v12: a plan
# attained by it gives no value): their units, a scale before them, and the growth after.
_VOLUME_UNITS = ("tấn", "m3", "m³", "lít", "kg")
_VOLUME_LEVEL = r"[0-9][0-9.,]*\s*(?:(?:nghìn|ngàn|triệu|tỷ)\s+)?(?:" + "|".join(_VOLUME_UNITS) + r")" + _W
_VOLUME_GROWTH = r"(?:tăng|giảm)(?:\s+(?:hơn|gần|khoảng|trên))?"
_UNREAD_LEVEL = _lazy_pattern(_VOLUME_LEVEL)

# (w13a) "... 2,1 triệu tấn, tăng 0,7%": such a level right before a growth (the figure's).
# (A cheap look first: the units' last letters, right before the comma.)
_UNIT_LAST_LETTERS = frozenset(unit[-1] for unit in _VOLUME_UNITS)
_UNREAD_LEVEL_BEFORE = _lazy_pattern(_VOLUME_LEVEL + r"\s*,\s*" + _VOLUME_GROWTH + r"\s*$")


def _after_product_volume(ctx: _Context, sent: tuple[int, int], pos: int) -> int | None:
    """(w13a) Where the clause of a product's volume right before the growth at ``pos`` starts
    ("bia đạt 22,5 ngàn lít, tăng 65,77%", "xi măng 2,1 triệu tấn, tăng 0,7%"), or None.

    One rule with ``_product_with_volume`` (w13d): the growth right after a product's volume is
    the product's own, ``other``. This half reads the growth as a figure of its own before it is
    read as a part or a change of the figure before it (``_read_quantity``); the other half, as
    each fact is made, names it by its product (``_extract_prose``), also where the growth was
    read by another reader (a listed product's, a change-only copy of the item before)."""
    norm = ctx.norm
    comma = norm.rfind(",", max(sent[0], pos - 20), pos)
    if comma <= 1 or norm[comma - 2 : comma].rstrip()[-1:] not in _UNIT_LAST_LETTERS:
        return None
    level = _UNREAD_LEVEL_BEFORE.search(norm, max(sent[0], comma - 30), pos)
    if level is None:
        return None
    return max(sent[0], ctx.structure.clause(level.start())[0])


# A product and its volume in a unit no fact is read in, right before the change: "bia đạt 22,5
# ngàn lít, ", "xi măng  2,1 triệu tấn , ". The name: up to five words after a list's
# separator or opener.
_PRODUCT_VOLUME = _lazy_pattern(
    r"(?:^|[,;:(]|(?<![^\W_])(?:như|là|gồm))\s*((?:[^\W\d_]+[\s,]*?){1,5}?)\s+(?:(?:ước\s+)?đạt\s+|được\s+)?"
    r"(?:(?:khoảng|gần|hơn|trên)\s+)?" + _VOLUME_LEVEL + r"\s*,?\s*(?:và\s+)?(?:tăng|giảm)?\s*$"
)


def _product_with_volume(norm: str, lo: int, hi: int) -> str | None:
    window = norm[lo:hi]
    # (Only where "tấn", "lít" or "m3" is written, as w13d had it: with "kg" and "m³" too,
    # blind11 r460's growths after volumes in m³ would be named by their products. Kept so
    # that the output stays as it was, w15d.)
    if "tấn" not in window and "lít" not in window and "m3" not in window:
        return None
    m = _PRODUCT_VOLUME.search(window)
    return m.group(1).strip(" ,") if m is not None else None


_SHARE_DESCRIBED = _lazy_pattern(
    r"\s+(?:tăng\s+)?(?:rất\s+|khá\s+)?(?:lớn|cao|chủ\s+yếu|đáng\s+kể)(?:\s+nhất)?\s*(?:,|:|như|là|với|có)"
)

# "Mức này gấp 14 lần so với cùng kỳ", "Con số này tăng 25%": a clause whose subject is only
# the figure just given.
_THIS_FIGURE_CHANGES = _lazy_pattern(
    r"[\W_]*(?:mức|con\s+số|số\s+liệu|kết\s+quả)\s+(?:này|trên)\s+(?:(?:đã|cũng)\s+)?"
    r"(?:gấp|tăng|giảm|cao\s+hơn|thấp\s+hơn)" + _W
)
_PER_UNIT_AFTER = _lazy_pattern(r"[^\S\n]*/[^\S\n]*(?:tấn|kg|kilôgam|ký|tạ|lít|m2|m3|con|quả|chiếc|thùng)" + _W)
# (w12t25) "đóng góp (nhiều nhất|tích cực) vào/cho X ... là:" before a list of parts.
_CONTRIB_LEAD = _lazy_pattern(
    r"(?:\s+(?:rất\s+|khá\s+)?(?:nhiều|lớn|tích\s+cực|chủ\s+yếu|đáng\s+kể|chính)(?:\s+nhất)?)?\s+(?:vào|cho)\s"
    r"[^.;:\n]{0,100}?(?:\s(?:là|gồm|như)\s*:?|:)"
)
_CONTRIB_DESCRIBED = _lazy_pattern(
    r"\s+(?:rất\s+|khá\s+)?(?:tích\s+cực|lớn|đáng\s+kể|quan\s+trọng|chủ\s+yếu)(?:\s+nhất)?\s*,"
)

_WORDS_THEN_BRACKET = _lazy_pattern(
    r"\s*([^\W\d_]+(?:\s+[^\W\d_]+){0,4})\s*\(\s*(?:(?:khoảng|gần|hơn|trên|xấp\s+xỉ)\s+)?"
)


_ONLY_QUALIFIER = _lazy_pattern(r"\s*(?:khoảng|gần|hơn|trên|dưới|xấp\s+xỉ|ít\s+nhất|tối\s+thiểu)\s*")


def _capital_of_counted_projects(ctx: _Context, counted: _Draft, lo: int, q: Quantity) -> PhraseMatch | None:
    """ "gồm 117 dự án FDI điều chỉnh tăng 486 triệu USD và 25 dự án trong nước điều chỉnh tăng
    795 tỉ đồng": an amount said of the projects just counted, in a few words with no
    indicator phrase, is their capital (foreign or domestic as ``_resolve`` reads the cues)."""
    if counted.concept != "PROJECT" or counted.kind != "count":
        return None
    if _WORDS_ONLY.fullmatch(ctx.norm, lo, q.start) is None:
        # "130 dự án trong nước (hơn 42.500 tỉ đồng)": the projects' capital in brackets.
        bracket = _WORDS_THEN_BRACKET.fullmatch(ctx.norm, lo, q.start)
        if bracket is None:
            return None
        return PhraseMatch("FDI_PART", lo, bracket.end(1))
    if _ONLY_QUALIFIER.fullmatch(ctx.norm, lo, q.start):
        # "cho 2 dự án gần 40 ngàn tỷ đồng": the words are the amount's qualifier, which
        # names no part; the projects' capital as a whole.
        return PhraseMatch("CAPITAL", lo, q.start)
    return PhraseMatch("FDI_PART", lo, q.start)


def _social_whole(drafts: list[_Draft], para_last: _Draft | None) -> _Draft | None:
    """ "Tổng vốn đầu tư thực hiện toàn xã hội ... Trong đó vốn nhà nước ...; vốn đầu tư trực
    tiếp nước ngoài đạt 5.534 tỷ đồng": the foreign-owned part of social investment (the last
    amount of the sentence, or of the one before, being social investment in đồng) is social
    investment by ownership, not FDI attracted."""
    last = next((d for d in reversed(drafts) if d.fact.unit in ("VND", "USD")), None) if drafts else para_last
    if last is not None and last.fact.indicator == "social_investment" and last.fact.unit == "VND":
        # (A part before, "vốn đầu tư thuộc ngân sách Nhà nước 4.844 tỷ đồng", stands for its whole.)
        return last
    return None


# Indicators whose value is an amount of money: a bare percentage of one ("vốn thực hiện
# khoảng 3,624 tỉ USD, đạt 39,4% tổng vốn đăng ký", "chiếm 32% tổng vốn FDI") is a ratio,
# `other` (SCHEMA.md); only disbursement is also given as a rate ("giải ngân đạt 62%").
_MONEY_LEVEL_CODES = frozenset(
    {
        "industrial_output_value",
        "retail_sales_services",
        "export_value",
        "import_value",
        "trade_balance",
        "grdp",
        "grdp_per_capita",
        "budget_revenue",
        "fdi_capital",
        "domestic_investment_capital",
        "social_investment",
    }
)


# Capital of projects taken off the register ("thu hồi 08 dự án với tổng vốn đầu tư đăng ký
# 32,4 triệu USD", "chấm dứt hoạt động 3 dự án"): not capital attracted, `other`.
_WITHDRAWN = _lazy_pattern(_B + r"(?:thu\s+hồi|chấm\s+dứt|rút\s+(?:giấy|vốn|khỏi))" + _W)
_WITHDRAWN_PRESCAN = scan.first_words(["thu", "chấm", "rút"])


def _withdrawn_capital(ctx: _Context, q: Quantity) -> bool:
    lo = max(ctx.structure.clause(q.start)[0], q.start - 80)
    end = _last_match_end(ctx, _WITHDRAWN, _WITHDRAWN_PRESCAN, lo, q.start)
    if end < 0:
        return False
    k = bisect_right(ctx.fact_starts, end)
    return k >= len(ctx.fact_starts) or ctx.fact_starts[k] >= q.start or _count_only_between(ctx, end, q.start)


def _count_only_between(ctx: _Context, lo: int, hi: int) -> bool:
    """Whether the figures in [lo, hi) are all counts without a unit of money ("08 dự án")."""
    k = bisect_right(ctx.fact_starts, lo)
    while k < len(ctx.fact_starts) and ctx.fact_starts[k] < hi:
        if not _COUNT_AT.match(ctx.norm, ctx.fact_starts[k]):
            return False
        k += 1
    return True


_COUNT_AT = _lazy_pattern(r"[0-9.]+\s+(?:dự\s+án|lượt|doanh\s+nghiệp)" + _W)


def _place(
    ctx: _Context, pos: int, sent: tuple[int, int], places: tuple[str, ...] = ("CLUSTER", "PARK", "IND_LAND")
) -> str | None:
    """Is the sentence about clusters, industrial parks or industrial land? Nearest
    mention before the figure wins, then after it, then the paragraph before."""
    in_sentence = [p for p in _phrases_between(ctx, sent[0], sent[1]) if p.concept in places]
    before = [p for p in in_sentence if p.start < pos]
    if before:
        return before[-1].concept
    if in_sentence:
        return in_sentence[0].concept
    para = ctx.structure.paragraph(pos)
    earlier = [p for p in _phrases_between(ctx, para[0], sent[0]) if p.concept in places]
    return earlier[-1].concept if earlier else None


def _phrase_text(ctx: _Context, start: int, end: int) -> str:
    o_start, o_end = ctx.nt.original_span(start, end)
    # NFC: an NFD phrase's combining marks are no letters to ``_trim`` (which cut "thụ" to
    # "thu") nor to the patterns of lead words ("Trong đó, " was kept), and NFD and NFC input
    # should give the same phrase.
    return " ".join(unicodedata.normalize("NFC", ctx.nt.original[o_start:o_end]).split())


def _loose_phrase(ctx: _Context, lo: int, hi: int) -> str:
    """For ``other`` facts and components: the words before the figure, without the verb."""
    last_verb = None
    for last_verb in scan.finditer(_VERB_RE, _VERB_PRESCAN, ctx.norm, lo, hi):  # noqa: B007 - we want the last one
        pass
    if last_verb is not None and last_verb.start() > lo:
        hi = last_verb.start()
    text = _trim(_phrase_text(ctx, lo, hi))
    lead = _LEAD_WORDS.match(text.lower())
    if lead:
        text = text[lead.end() :]
    words = _trim(text).split()
    return " ".join(words[-10:])


def _trim(text: str) -> str:
    """``_PHRASE_TRIM.sub("", text)``: without the non-word characters at both ends (the
    pattern's "[\\W_]+$" is tried at every offset)."""
    start, end = 0, len(text)
    while start < end and not text[start].isalnum():
        start += 1
    while end > start and not text[end - 1].isalnum():
        end -= 1
    return text[start:end]


def _span(ctx: _Context, q: Quantity) -> tuple[int, int]:
    return ctx.nt.original_span(q.start, q.end)


def _new_fact(
    ctx: _Context,
    q: Quantity,
    sent: tuple[int, int],
    window_start: int,
    phrase: PhraseMatch | None,
    drafts: list[_Draft],
    para_last: _Draft | None,
    qualifier: str | None,
    in_breakdown: bool,
    verb_end: int,
    change: Change | None = None,
    share: bool = False,
    whole: _Draft | None = None,
) -> _Draft | None:
    norm = ctx.norm
    kind = q.kind
    breakdown = None
    parent: _Draft | None = None
    restated = False
    # Whether ``parent`` is only the indicator named before the figure (``_topic``), no figure.
    topical = False
    concept: str | None = None
    if share or (kind == "pct" and change is None and _leased_rate(ctx, q, sent)):
        code = _share_code(ctx, q, sent, window_start, phrase)
        phrase_text = (
            _loose_phrase(ctx, window_start, q.start) if phrase is None else _phrase_text(ctx, phrase.start, phrase.end)
        )
        if code == "fdi_share_industrial_output":
            phrase_text = _phrase_text(ctx, window_start, min(sent[1], q.end + 45)).rstrip(".;,")
    elif phrase is not None:
        concept = phrase.concept
        source = None
        code = _resolve(ctx, concept, "pct" if change is not None and kind != "times" else kind, q, sent)
        phrase_text = _phrase_text(ctx, phrase.start, phrase.end)
        if concept in PART_CONCEPTS:
            breakdown = phrase_text
        # "Trong đó, ..." opening a paragraph: the parts of the whole of the paragraph before
        # (a province's figure there is the province's own, not a part).
        if drafts or para_last is not None or not in_breakdown or _province_in(ctx, window_start, q.start):
            whole = drafts[-1] if drafts else para_last
        if (
            code == "fdi_capital"
            and (social := _social_whole(drafts, para_last)) is not None
            # ("trong đó:" ends a clause: the parts after it are not all `in_breakdown`.)
            and (in_breakdown or norm.find("trong đó", sent[0], phrase.start) >= 0)
        ):
            whole, code = social, "social_investment"
            source = phrase_text
        elif (
            concept == "CAPITAL"
            and norm.startswith("vốn đầu tư", phrase.start)
            and (social := _social_whole(drafts, para_last)) is not None
            # ("trong đó:" ends a clause: the parts after it are not all `in_breakdown`.)
            and (in_breakdown or norm.find("trong đó", sent[0], phrase.start) >= 0)
        ):
            # "Tổng vốn đầu tư phát triển ... 19.164 tỷ đồng, trong đó: vốn đầu tư thuộc ngân
            # sách Nhà nước 4.844 tỷ đồng, vốn đầu tư của doanh nghiệp ngoài nhà nước ...": the
            # parts of social investment by source, named by the source after "vốn đầu tư".
            whole, code = social, "social_investment"
            source = _loose_phrase(ctx, phrase.start, q.start)
        if (
            (in_breakdown or source)
            and whole is not None
            and whole.fact.indicator == code
            and code != "other"
            and not _names_another_period(ctx, whole, q, sent)
        ):
            # "tổng thu ... 105.300 tỷ đồng, trong đó thu nội địa 48.200 tỷ đồng": a part of
            # the total, named by a narrower phrase of the same indicator.
            parent = whole
            phrase_text = whole.fact.phrase
            breakdown = source or _phrase_text(ctx, phrase.start, phrase.end)
            # "Cụ thể, chỉ số sản xuất công nghiệp 4 ngành trọng điểm ... tăng 7,29%" after a
            # paragraph of another subject: the indicator named again, a statement in its own
            # status (parts in the whole's paragraph or the next one still inherit it).
            restated = (
                _restated(ctx, whole, q.start, sent)
                and not _part_cue(ctx, q.start)
                and whole.fact.span[0] < ctx.nt.to_original(_literal_previous_paragraph(ctx, sent[0]))
            )
    else:
        parent = drafts[-1] if drafts else None
        if (
            parent is None
            and para_last is not None
            and (in_breakdown or _names_nothing(norm, window_start, q.start))
            and not _product_list(ctx, sent, q.start)
        ):
            # "Lũy kế 8 tháng ước đạt 71.830 tỷ đồng": the indicator of the sentence before.
            parent = para_last
        if parent is not None and not _compatible(parent, kind, change):
            parent = None
        comp = _component_phrase(ctx, window_start, q.start)
        if (
            parent is None
            and change is not None
            and (whole is None or whole.fact.indicator not in _INDUSTRY_LIST_WHOLES)
            and ctx.industry_whole is not None
            and comp is None
            and _industry_list_cue(norm, sent, q.start)
        ):
            # "Chỉ số sản xuất công nghiệp tăng 14,6%", "+ Bán lẻ hàng hóa ... tăng hơn 12%",
            # then "một số ngành công nghiệp chế biến, chế tạo ... tăng mạnh như: trang phục tăng
            # hơn 57%": industries listed are parts of the last whole that has industries.
            whole = ctx.industry_whole
        if (
            parent is None
            and whole is not None
            and (
                comp is not None
                or _GOODS_CUE.search(norm, max(window_start, q.start - 120), q.start)
                or (
                    change is not None
                    and whole.fact.indicator in _INDUSTRY_LIST_WHOLES
                    and _industry_list_cue(norm, sent, q.start)
                    and not _goods_among_industries(ctx, sent, q.start)
                )
            )
            and _compatible(whole, kind, change)
        ):
            # "khu vực công nghiệp - xây dựng cơ bản đạt hơn 400 tỷ đồng": a part of the
            # whole named before, in an earlier sentence.
            parent = whole
        if (
            parent is None
            and change is not None
            and change.unit == "%"
            and comp is None
            and (industries := ctx.industry_whole) is not None
            and industries.fact.indicator == "iip"
            and _named_index_industry(norm, window_start, q.start)
            # ("ngành sản xuất than sạch đạt 25,9 triệu tấn, tăng 12,5%": a product's volume.)
            and not _UNREAD_LEVEL.search(norm, window_start, q.start)
        ):
            # (w13a) "Kế đó là ngành sản xuất sản phẩm thuốc lá, tăng 9,1%", "ngành sản xuất
            # da và các sản phẩm liên quan ... tăng 65,29%" in a report on the production
            # index: an industry named by "ngành" and its activity (as the national
            # classification names them) is a part of the index, listed or not.
            parent = industries
        if (
            parent is None
            and in_breakdown
            and whole is not None
            and whole.fact.indicator != "other"
            and whole.kind == kind == "money"
            and whole.fact.unit == q.unit
            and whole.fact.value is not None
            and q.value is not None
            and q.value < whole.fact.value
            and not _product_list(ctx, sent, q.start)
            and not _lead_names_another_whole(ctx, sent[0], q.start, whole.concept)
        ):
            # "kim ngạch xuất khẩu đạt 75 triệu USD. Trong đó, cà phê đạt 29.000 tấn, tương
            # đương 41 triệu USD": after "trong đó" a smaller sum in the whole's currency,
            # named by an item no lexicon lists, is a part of that whole.
            parent = whole
        if (
            parent is None
            and whole is not None
            and change is None
            and whole.fact.value is not None
            and whole.fact.unit == q.unit
            and (
                _province_in(ctx, window_start, q.start) is not None
                or (
                    whole.kind == kind
                    and q.value is not None
                    and q.value <= whole.fact.value
                    and _NEXT_RANKED.search(norm, sent[0], q.start) is not None
                )
            )
        ):
            # "TP Hồ Chí Minh có số vốn đăng ký lớn nhất với 724,2 triệu USD ...; tiếp đến là
            # Quảng Ninh thu hút 568,4 triệu USD; Hải Dương 288,1 triệu USD": each province's
            # figure of the ranked indicator.
            parent = whole
        if parent is None and change is None and _names_nothing(norm, window_start, q.start):
            # "Năm 2022 đạt gần 1 tỷ USD": named only by the indicator the paragraph is about.
            parent = _topic(ctx, q.start, window_start, kind)
            topical = parent is not None
        if parent is not None:
            concept = parent.concept
            code = _second_currency_code(ctx, parent, q)
            if _named_project_item(ctx, code, q, sent):
                code = "other"
            elif code in _OCCUPANCY_CODES and _OTHER_LAND_BASE.match(norm, q.end):
                # (w12x3) "đạt tỷ lệ 39% diện tích đất công nghiệp và đạt 74,8% diện tích đất
                # thu hồi": a share of another land than the industrial land is no occupancy.
                code = "other"
            phrase_text = parent.fact.phrase
            cue = _COMPONENT_CUE.search(norm, window_start, q.start)
            if comp is not None:
                breakdown = _phrase_text(ctx, comp.start, comp.end)
            elif cue is not None or in_breakdown:
                breakdown = _loose_phrase(ctx, window_start, q.start) or None
        else:
            lead = _nearest_phrase(ctx, sent[0], window_start, kind) if in_breakdown and not drafts else None
            if lead is None and in_breakdown and not drafts and ctx.group_condition is not None:
                # "có 19/30 ngành có chỉ số sản xuất công nghiệp tăng. Trong đó, một số ngành
                # tăng cao như sản xuất sản phẩm từ cao su tăng 26,5%": the members of the
                # group, each with the figure of the indicator its condition names.
                lead = _nearest_phrase(ctx, *ctx.group_condition, kind)
            if (
                lead is None
                and change is not None
                and not drafts
                and ((cue_start := _list_lead_sentence(norm, sent)) >= 0)
            ):
                # "chỉ số sản xuất tháng 01/2023 của một số ngành tăng khá ... . Sản xuất kim loại
                # tăng 2,8 lần; ...": the industries of the index the lead sentence names.
                lead = _nearest_phrase(ctx, cue_start, sent[0], kind)
                if lead is not None and lead.concept != "IIP":
                    lead = None
            if lead is not None and not lead.concept.startswith("CAPITAL"):
                # "Các mặt hàng xuất khẩu chủ lực gồm: đồ gỗ đạt 5,6 tỷ USD": items of a list
                # introduced by the indicator.
                concept = lead.concept
                code = _resolve(ctx, concept, "pct" if change is not None and kind != "times" else kind, q, sent)
                phrase_text = _phrase_text(ctx, lead.start, lead.end)
                breakdown = _loose_phrase(ctx, window_start, q.start) or None
            elif comp is not None and (own := _wholeless_part(ctx, comp, q)) is not None:
                concept, code = own
                phrase_text = breakdown = _phrase_text(ctx, comp.start, comp.end)
            elif _industry_output(ctx, q, sent, window_start):
                code, phrase_text = "industrial_output_value", "giá trị sản xuất"
            elif (
                change is not None
                and kind == "pct"
                and norm.find("11 nhóm", max(0, q.start - _PRICE_GROUPS_REACH), q.start) >= 0
                and _PRICE_GROUPS_CUE.search(norm, max(0, q.start - _PRICE_GROUPS_REACH), q.start)
                # (Gold and the dollar, given after the groups, are no group of the index.)
                and not _GOLD_OR_DOLLAR.search(norm, window_start, q.start)
            ):
                # "6/11 nhóm hàng hóa, dịch vụ có chỉ số giá giảm ... là nhóm may mặc, mũ, nón,
                # giày dép giảm 0,84%": the eleven groups are the consumer price index's, named
                # or not (blind23 r908).
                concept, code = "CPI", "cpi"
                phrase_text = _loose_phrase(ctx, window_start, q.start)
                breakdown = phrase_text or None
            else:
                code = "other"
                phrase_text = _loose_phrase(ctx, window_start, q.start)
                j = bisect_left(ctx.respectively, (q.start, -1)) - 1
                if not phrase_text and j >= 0 and ctx.respectively[j][0] >= sent[0]:
                    # "... lần lượt là: 17,53 tỷ USD; 14,37 tỷ USD": figures named only by the
                    # indicator the text is about.
                    topic = _topic(ctx, q.start, q.start, kind)
                    if topic is not None:
                        concept, code, phrase_text = topic.concept, topic.fact.indicator, topic.fact.phrase
                if not phrase_text:
                    return None
    if kind == "area" and _CLEAN_LAND_AFTER.match(norm, q.end):
        # (w14f) "còn 8ha đất sạch": the land named after the figure, not the place before it.
        code = "industrial_land_area"
    period = (
        NO_PERIOD if code in _AREA_CODES and _in_dateless_bracket(ctx, q, sent) else _period_for(ctx, q.start, sent)
    )
    status: str | None = _status_for(ctx, q.start, sent, period)
    if (
        parent is not None
        # ("Trong đó, chỉ số sản xuất công nghiệp (IIP) có mức tăng khá: 23,87%": the index
        # named is no figure of a status; the part takes its whole's, below.)
        and not (topical and in_breakdown)
        and not restated
        and not _own_status(ctx, q.start)
        and not _new_period_total(ctx, parent, period, window_start, q.start)
        and not (parent.fact.status == "estimate" and _list_of_its_own(ctx, sent, q.start))
        and not _before_planned_year(parent.fact, period)
    ):
        status = parent.fact.status
    elif in_breakdown and not (not drafts and _product_list(ctx, sent, q.start)):
        # (The products listed after a figure are no parts of it: "... ước đạt 35.030 tỷ đồng.
        # Một số sản phẩm tăng khá cao so với năm 2018 như: Sữa tăng 11,6%" is not estimated.)
        status = _part_status(ctx, q, window_start, drafts, para_last, whole) or status
    if (
        status == "actual"
        and not restated
        and whole is not None
        and whole.fact.status == "estimate"
        and whole.fact.indicator == code
        and breakdown is not None
        and not _own_status(ctx, q.start, window_start)
        and not _list_of_its_own(ctx, sent, q.start)
        # Not from a paragraph before: "Tỷ lệ ước giải ngân 6 tháng ... đạt 27,75%." and then,
        # a paragraph on, "Một số Bộ, địa phương có tỷ lệ giải ngân đạt cao gồm: ... (71,55%)"
        # ranks units as reported, no parts of the estimate (blind15 r582, r606).
        and whole.fact.span[0] >= ctx.nt.to_original(ctx.structure.paragraph(q.start)[0])
    ):
        # Parts inherit the status of their whole, also when named in a later sentence.
        status = "estimate"
    contribution = (
        code == "other"
        and norm.find("góp", window_start, q.start) >= 0
        and _CONTRIB_BEFORE.search(norm, window_start, q.start) is not None
        # "khu vực có đóng góp cao nhất ..., đặc biệt là ngành ... chiếm cơ cấu 55,04%": a
        # share said after the contribution, not the contribution.
        and norm.find("chiếm", norm.rfind("góp", window_start, q.start), q.start) < 0
    )
    if contribution and drafts and not _own_status(ctx, q.start, window_start):
        # "khu vực dịch vụ tăng 7,38%, đóng góp 49,46%": a contribution has the status of the
        # growth it follows (an estimate's contribution is estimated too).
        status = drafts[-1].fact.status
    if (
        (share or concept == "SHARE")
        and not contribution
        and code == "other"
        and status == "actual"
        and _matches_in(ctx, _STRUCTURE_NEAR, _STRUCTURE_PRESCAN, sent[0], min(sent[1], q.end + 60))
        and _matches_in(ctx, _ECONOMY_NEAR, _ECONOMY_PRESCAN, sent[0], sent[1])
        # "nhóm ngành thương nghiệp bán lẻ chiếm tỷ trọng 80,5% trong tổng mức": a share of a
        # money total, not of the economy.
        and not _matches_in(ctx, _SHARE_OF_TOTAL, _SHARE_OF_TOTAL_PRESCAN, sent[0], sent[1])
    ):
        # Economic-structure shares carry no status unless the text gives one (SCHEMA.md);
        # the shares listed after an estimated one ("ước tính khu vực nông, lâm nghiệp và
        # thủy sản chiếm 29,7%; khu vực công nghiệp và xây dựng chiếm 28,3%") are estimates too.
        listed_after = drafts[-1] if drafts else None
        after_grdp = (
            listed_after is None
            and para_last is not None
            and para_last.fact.indicator == "grdp"
            # (The whole, not its last sector: blind11 r447's shares after "khu vực dịch vụ đạt
            # 2.765,4 tỷ đồng" of an estimated GRDP carry none.)
            and para_last.fact.breakdown is None
        )
        if after_grdp:
            # (w12t30) "GRDP ... năm 2018 ước đạt 66.780 tỷ đồng, tăng 6%. Cơ cấu GRDP chuyển
            # dịch ..., khu vực nông - lâm - thủy sản còn 11,3%": the shares of the estimated
            # GRDP the sentence before gives are estimates too (blind30 r1180).
            listed_after = para_last
        status = (
            "estimate"
            if listed_after is not None
            and listed_after.fact.status == "estimate"
            and (listed_after.fact.unit == "%" or after_grdp)
            and listed_after.fact.period == period
            else None
        )
    rate = code in RATE_CODES or (code == "employment" and kind == "pct")
    value: float | None = q.value
    unit: str | None = q.unit
    if change is not None:
        if rate and change.unit != "x":
            value = change.value if change.direction == "up" else -change.value
            unit = "%"
        else:
            # (A rate's multiple, "sản xuất sản phẩm thuốc lá gấp 2,38 lần", is no rate in %:
            # the change only, as ``_component_fact`` makes it.)
            value, unit = None, None
    elif rate and kind == "pct" and q.value is not None:
        # "tăng trưởng kinh tế đạt 7,5%": the rate itself; "chỉ số ... đạt 105,2% so với
        # cùng kỳ": an index, i.e. +5,2%.
        magnitude = q.value
        if magnitude >= 50 and code in ("iip", "cpi") and _SO_VOI_RE.match(_after_text(norm, q.end).lstrip()):
            magnitude = q.value - 100
        elif norm.find("(", max(0, q.start - 3), q.start) >= 0 and _MINUS_IN_BRACKET.search(
            norm, max(0, q.start - 3), q.start
        ):
            # "Sản xuất trang phục (-29,19%); giấy và sản phẩm từ giấy (-8,59%)": a rate written
            # with its minus sign in brackets, no verb, is a fall (w12v12).
            magnitude = -magnitude
        elif _minus_glued(norm, q.start):
            # (w14c) "tăng trưởng kinh tế đạt -2,5%": likewise with a minus out of brackets.
            magnitude = -magnitude
        direction = "up" if magnitude >= 0 else "down"
        rest = _after_text(norm, q.end)
        change = Change(abs(magnitude), "%", direction, _basis(norm, q, rest, window_start, verb_end), qualifier)
        _note_compared_month(change, rest)
        value = magnitude
    _settle(change, period)
    pace = False
    if (
        change is None
        and unit == "%"
        and code in _MONEY_LEVEL_CODES
        # (w13b) "các địa phương có tiến độ thu tốt là: Đam Rông 79%, Bảo Lâm 77%": the pace of
        # collection is a rate of the budget's plan, as "Cát Tiên ... tiến độ thu ở mức 86% dự
        # toán" (blind13, blind10), the budget's own figure, not a ratio.
        and not (pace := code == "budget_revenue" and _COLLECTION_PACE.search(norm, sent[0], q.start) is not None)
    ):
        code = "other"
    elif unit in ("USD", "VND") and change is None and ctx.has_slash and _PER_PROJECT_AFTER.match(norm, q.end):
        # (Gate ``ctx.has_slash``: the pattern cannot match without a "/".)
        # (w12x3) "quy mô vốn đầu tư (bình quân hơn 5,9 triệu USD/dự án ...)", "vốn đăng ký bình
        # quân đạt 10,2 tỷ đồng/doanh nghiệp": an average per project or enterprise is no
        # level of the capital named (`other`, as blind9 and blind15 have it).
        code = "other"
    if (
        value is not None
        and unit in ("USD", "VND")
        and (
            concept == "DEFICIT"
            # "Cán cân thương mại hàng hóa trong kỳ 1 tháng 5-2016 thâm hụt 570 triệu USD": the
            # balance named first, its sign by the verb before the figure.
            or (
                concept == "SURPLUS"
                and phrase is not None
                and ("thâm hụt" in norm[phrase.end : q.start] or "nhập siêu" in norm[phrase.end : q.start])
            )
        )
    ):
        value = -value
    code = _code_in_unit(code, unit)
    fact = Fact(
        indicator=code,
        phrase=phrase_text,
        value=value,
        unit=unit,
        qualifier=qualifier if change is None or value is not None else None,
        change=change,
        period=period,
        status=status,
        region=_region_for(ctx, q.start, sent),
        span=_span(ctx, q),
        value_max=q.value_max,
        of=q.of if q.kind == "money" else None,
        breakdown=breakdown,
    )
    if fact.change is not None and fact.value is not None and not rate and fact.unit == "%" and fact.change.unit == "%":
        fact.change.unit = "pp"
    if pace and not _ATTAINMENT_RE.match(norm, q.end):
        # (w14d) "Đức Trọng (38%)" after "tiến độ thu": how much of its estimate a place or an
        # item has collected, the budget's attainment of the plan with its level left unsaid
        # (blind10, blind13; as "đạt 57,77% so với dự toán" at the end of ``_extract_prose``,
        # SCHEMA.md). (Done here, as the fact is made, since w15d; it was done once the text
        # was read, with the same output on every gold file.)
        fact.plan_attainment.append({"value": tidy(fact.value or 0.0), "unit": "%", "of": "dự toán"})
        fact.value, fact.unit, fact.qualifier = None, None, None
    return _Draft(fact, concept, kind, rate, contribution=contribution, restated=restated)


def _code_in_unit(code: str, unit: str | None) -> str:
    """The indicator of a prose fact given its unit, once its words chose ``code``: every prose
    fact's indicator passes here (``_new_fact``; ``_level_in_brackets``), not only those
    ``_resolve`` reads from a phrase, for a figure may take its code from the one before it.
    (These were fixes after the whole text was read; moved here with every gold file's output
    unchanged: README, w15d.)"""
    if code in _TRADE_VALUE_CODES and unit == "VND":
        # (w14g) "kim ngạch xuất khẩu hàng hóa được 884 triệu USD, ...; doanh thu hoạt động du
        # lịch được 19.933,8 tỷ đồng": trade is counted in dollars (no trade fact of the tuning
        # sets is in đồng), so a sum in đồng took the trade from the words before it by
        # mistake; it is another thing's (blind20 r806, blind12 r490).
        return "other"
    if code == "other" and unit == "kWh":
        # (w12t27) "nhà máy dự kiến cung cấp khoảng 6 tỷ kWh điện mỗi năm", "cung ứng hơn 549
        # triệu kWh điện": energy in kWh is electricity, whatever verb it follows (SCHEMA.md
        # unit kWh; every kWh fact of the sets so far is `electricity`; blind27 r1067, r1074).
        return "electricity"
    return code


_FILLERS = (
    r"lũy\s+kế|cộng\s+dồn|tính\s+chung|chung|riêng|trong|cả|năm|tháng|quý|đầu|cuối|nay|ước\s+tính|ước|"
    # Every status word, not only the commonest: "Lũy kế 8 tháng ước thực hiện đạt ...", "dự ước".
    r"dự\s+kiến|dự\s+ước|dự\s+tính|thực\s+hiện|sơ\s+bộ|tạm\s+tính|"
    r"đạt|được|là|và|còn|với|tăng|giảm|so\s+với|cùng\s+kỳ|khoảng|trên|hơn|gần|dưới|mức|ở|lên(?:\s+(?:đến|tới))?|"
    r"tiếp\s+tục|đã|sẽ|thì|hết|qua|vừa|"
    # (w12x3) "Tính chung 4 tháng đầu năm, con số này đạt 28.416,8 tỷ đồng", "Đến nay, con số
    # này đạt 67,65%": "this figure" names the indicator just given (blind12, blind18).
    r"con\s+số\s+này|con\s+số\s+đó|"
    # (w12t24) The place, named or pointed at ("Lũy kế 2 tháng đầu năm của tỉnh này ước đạt hơn
    # 29.200 tỷ đồng" after the month's retail sales; blind24 r969): no indicator of its own.
    r"của|toàn|tỉnh|thành\s+phố|này|trên\s+địa\s+bàn"
)
_FILLER_RE = _lazy_pattern(_B + "(?:" + _FILLERS + ")" + _W)
# The same, each word with the word-start check after its first letter, so that ``re.sub``
# skips ahead to first letters instead of trying the look-behind at every offset.
_FILLER_SHAPED = _lazy_pattern(
    "(?:" + "|".join(w[0] + scan.AFTER_WORD_START + w[1:] for w in _FILLERS.split("|")) + ")" + _W
)
_NOTHING_LEFT = _lazy_pattern(r"[\W\d_]*")


def _new_period_total(ctx: _Context, parent: _Draft, period: Period, lo: int, pos: int) -> bool:
    """Whether a figure named only by its indicator before is one of another period, named
    just before it ("tháng 10 ước tăng 14,07%; tính chung 10 tháng tăng 6,32%", "tháng 11
    ước đạt 170 tỷ đồng. Lũy kế 11 tháng đạt 1.430 tỷ đồng"): a statement of its own, in its
    own status (a month's estimate does not make the total so far an estimate)."""
    return (
        parent.fact.period.kind is not None
        and period.kind is not None
        and period.kind != parent.fact.period.kind
        # Only a longer span (the total so far after its last month): the periods inside an
        # estimated whole ("ước tính tăng 7,08%. Trong đó, quý I tăng 7,45% và quý II tăng
        # 6,79%", "năm 2024 ước tăng 7,2%. Quý IV tăng 7,8%") are its parts, estimates too.
        and _months_covered(period) > _months_covered(parent.fact.period)
        and _has_own_period(ctx, lo, pos)
        and not _part_cue(ctx, pos)
    )


def _before_planned_year(whole: Fact, period: Period) -> bool:
    """Whether a part's year comes before the year its whole is planned for: "... mục tiêu tăng
    trưởng đạt 8% trở lên." / "Năm 2024, có 4 địa phương ... tăng trưởng hai con số, ... gồm:
    Hải Phòng 11,01%, ..." are last year's results, not parts of the plan (blind26 r1036)."""
    return (
        whole.status == "plan"
        and period.year is not None
        and whole.period.year is not None
        and period.year < whole.period.year
    )


def _months_covered(p: Period) -> int:
    if p.kind == "month":
        return 1
    if p.kind == "quarter":
        return 3
    if p.kind == "ytd":
        return p.months or p.month or 0
    if p.kind == "half":
        return 6
    return 12 if p.kind == "year" else 0


# "Một số sản phẩm tăng khá cao so với năm 2018 như: Sữa tăng 11,6%": a sentence that opens a
# list of products, before any figure of its own.
_PRODUCT_LIST_LEAD = _lazy_pattern(_B + r"(?:một\s+số|các|nhiều)\s+sản\s+phẩm" + _W)
_PRODUCT_LIST_PRESCAN = scan.first_words(["một", "các", "nhiều"])
# (w12t25) The lead of a list whose basis its items share: products, or industries too ("Các
# phân ngành kinh tế tăng so với tháng trước là: công nghiệp chế biến, chế tạo (tăng 7,23%)").
_PARTS_LIST_LEAD = _lazy_pattern(_B + r"(?:một\s+số|các|nhiều|những)\s+(?:sản\s+phẩm|(?:phân\s+)?ngành)" + _W)
_PARTS_LIST_PRESCAN = scan.first_words(["một", "các", "nhiều", "những"])


def _first_figure_start(ctx: _Context, sent: tuple[int, int]) -> int:
    """Where a sentence's first figure starts (its end if it has none): where a list's lead ends."""
    first = bisect_left(ctx.fact_starts, sent[0])
    return ctx.fact_starts[first] if first < len(ctx.fact_starts) else sent[1]


def _list_lead_basis(ctx: _Context, sent: tuple[int, int], pos: int) -> str | None:
    """The basis a product list's lead names ("một số sản phẩm tăng so với tháng trước như:"),
    for an item at ``pos`` of that list; None when the sentence opens no such list or its lead
    names no comparison."""
    lead_end = _first_figure_start(ctx, sent)
    if lead_end > pos or ctx.norm.find("so", sent[0], lead_end) < 0:
        return None
    if not _matches_in(ctx, _PARTS_LIST_LEAD, _PARTS_LIST_PRESCAN, sent[0], lead_end):
        return None
    m = _SO_BEFORE_RE.search(ctx.norm, sent[0], lead_end)
    if m is None:
        return None
    what = m.group(1)
    return next((basis for rule, basis in _BASIS_RULES if rule.match(what)), None)


# The lead of a list of products or industries: "Một số sản phẩm ... như:", "Chỉ số sản xuất
# ... của một số ngành cấp II tăng cao ...:".
# (Only "một số": "Các ngành chủ yếu bao gồm:", "Cụ thể các ngành như:" list the parts of the
# figure before; and only "như" or a colon after a comparison, not "một số ngành có chỉ số giảm,
# cụ thể: ...".)
_OWN_LIST_LEAD = _lazy_pattern(_B + r"một\s+số\s+(?:sản\s+phẩm|ngành)" + _W)
_OWN_LIST_PRESCAN = scan.first_words(["một"])
_OWN_LIST_OPENER = _lazy_pattern(r"(?<![^\W_])như(?![^\W_])|(?<![^\W_])so\s+(?:với\s+)?[^:;.]*:")


def _list_of_its_own(ctx: _Context, sent: tuple[int, int], pos: int) -> bool:
    """Whether the figure at ``pos`` is an item of a list of products or industries that a
    sentence of its own opens, not after "Trong đó": "... ước tăng 12,9%. Trong đó, ..." then
    "Một số sản phẩm có chỉ số sản xuất 6 tháng tăng so với cùng kỳ như: ..." (or "Chỉ số ...
    của một số ngành cấp II tăng cao ...: ...") reports what was produced, in its own status,
    not parts of the estimated whole (dev r049 / r254, blind7 r318 / r324, blind10 r428)."""
    lead_end = _first_figure_start(ctx, sent)
    if lead_end > pos or not _matches_in(ctx, _OWN_LIST_LEAD, _OWN_LIST_PRESCAN, sent[0], lead_end):
        return False
    lead = _OWN_LIST_LEAD.search(ctx.norm, sent[0], lead_end)
    opener = None if lead is None else _OWN_LIST_OPENER.search(ctx.norm, lead.end(), lead_end)
    return (
        opener is not None
        and _PART_CUE.match(ctx.norm, sent[0]) is None
        and ctx.norm.find("trong đó", sent[0], opener.start()) < 0
    )


def _product_list(ctx: _Context, sent: tuple[int, int], pos: int) -> bool:
    """Whether the figure at ``pos`` is an item of a list of products its sentence opens:
    the output of each product, not a part or a change of the figure of the sentence before."""
    lead_end = _first_figure_start(ctx, sent)
    return (
        lead_end == pos
        and _matches_in(ctx, _PRODUCT_LIST_LEAD, _PRODUCT_LIST_PRESCAN, sent[0], pos)
        # "Trong đó, một số sản phẩm có sản lượng tăng gồm: ...": parts of the figure before.
        and not _part_cue(ctx, pos)
    )


def _names_nothing(norm: str, lo: int, hi: int) -> bool:
    """True when the words before a figure are only period, status and verb words."""
    text = blank_mentions(norm[max(lo, hi - 80) : hi])
    return _NOTHING_LEFT.fullmatch(_FILLER_SHAPED.sub(" ", text)) is not None


def _compatible(parent: _Draft, kind: str, change: Change | None) -> bool:
    if change is not None:
        return True
    if parent.kind == kind:
        return True
    if kind == "money" and parent.fact.plan_attainment and parent.fact.indicator not in RATE_CODES:
        # (w12t24) "giá trị sản xuất công nghiệp ... luỹ kế 8 tháng đạt 66,29% so với kế hoạch
        # năm. Trong đó, ngành khai khoáng ước đạt 319,09 tỷ đồng": a level given only as its
        # share of the plan still has parts in money (blind24 r956).
        return bool(parent.fact.value == parent.fact.plan_attainment[0]["value"])
    return parent.fact.value is None and parent.fact.change is not None and kind in ("money",)


def _share_code(
    ctx: _Context, q: Quantity, sent: tuple[int, int], window_start: int, phrase: PhraseMatch | None
) -> str:
    norm = ctx.norm
    lead = norm[max(sent[0], q.start - 120) : q.start]
    tail = norm[q.end : min(sent[1], q.end + 60)]
    if _FDI_NEAR.search(lead) and (_INDUSTRY_NEAR.search(tail) or _INDUSTRY_NEAR.search(lead)):
        return "fdi_share_industrial_output"
    occupied = _occupied_share(ctx, q, sent, tail)
    if occupied is not None:
        return occupied
    if _leased_rate(ctx, q, sent):
        place = _place(ctx, q.start, sent)
        if place not in ("PARK", "CLUSTER"):
            place = _land_owner(ctx, q.start, sent)
        return "cluster_occupancy" if place == "CLUSTER" else "industrial_park_occupancy"
    if phrase is not None:
        code = lexicon.code_for(phrase.concept, "pct")
        # "xuất khẩu tôm chiếm 90%", "thu từ thủy điện chiếm 60% thu nội địa": a share of a
        # level (money) indicator is not that indicator.
        if (
            code is not None
            and not code.startswith("ctx:")
            and code not in RATE_CODES
            and lexicon.code_for(phrase.concept, "money") is None
        ):
            return code
    return "other"


def _reach_estimate(
    ctx: _Context, made: _Draft, estimated: dict[str, tuple[_Draft, int]], pos: int, window_start: int, para_start: int
) -> None:
    """Parts of an estimated whole are estimates too (SCHEMA.md), also along a run of parts
    over paragraphs ("... ước tính đạt 370 nghìn tỷ đồng." / "trong tổng mức 370 nghìn tỷ
    đồng, doanh thu bán lẻ hàng hóa đạt 277,2 ..." / "Trong khi đó, doanh thu dịch vụ lưu
    trú, ăn uống chỉ đạt 45,1 ..."): a part of the whole's indicator, period and place with no
    status word of its own, in the paragraph of the whole or of its last part or the one after.
    ``estimated`` holds the whole and that paragraph per indicator."""
    fact = made.fact
    if fact.indicator == "other":
        return
    if made.restated:
        # The whole named again in a statement of its own: its parts are that statement's.
        estimated.pop(fact.indicator, None)
        return
    if fact.breakdown is None and not (
        fact.indicator in estimated
        and (
            _part_cue(ctx, pos)
            or _same_time_lead(ctx, para_start)
            # ("Tuy nhiên, chỉ số này ở khu vực doanh nghiệp nhà nước giảm 1,25%": the index just
            # estimated, in a part.)
            or fact.phrase == "chỉ số này"
            # (w12t30) A change with no level, named by an item of its own after an estimated
            # total ("tổng thu ngân sách ... ước đạt 3.244,4 tỷ đồng" / "Trong thu nội địa, thu
            # doanh nghiệp có vốn đầu tư nước ngoài tăng 22,2%"): a part, no new total
            # (blind30 r1204).
            or (
                fact.value is None
                and fact.change is not None
                and fact.phrase != estimated[fact.indicator][0].fact.phrase
            )
        )
    ):
        if fact.value is not None:
            if fact.status == "estimate":
                estimated[fact.indicator] = (made, para_start)
            else:
                estimated.pop(fact.indicator, None)
        return
    if fact.indicator not in estimated:
        return
    whole, reach = estimated[fact.indicator]
    if (
        fact.period != whole.fact.period
        or fact.region != whole.fact.region
        or reach not in (para_start, _previous_paragraph_start(ctx, para_start))
    ):
        return
    if (
        fact.status == "actual"
        and not _own_status(ctx, pos, window_start)
        # "Giá trị sản xuất công nghiệp các huyện ... có mức tăng trưởng khá: Vụ Bản tăng
        # 18,3%": the whole named again, a new statement in its own status (a part named by
        # a part phrase of its own, "doanh thu dịch vụ lưu trú, ăn uống", names no new whole).
        and not (
            fact.breakdown != fact.phrase
            # (An item named by its own phrase, the path above, restates no whole.)
            and fact.breakdown is not None
            and _restated(ctx, whole, pos, ctx.structure.sentence(pos))
            and not _part_cue(ctx, pos)
            and not _same_time_lead(ctx, para_start)
        )
    ):
        fact.status = "estimate"
    if fact.status == "estimate":
        estimated[fact.indicator] = (whole, para_start)


# A paragraph that dates itself by the statement before it: "Tính cùng thời điểm, chỉ số sử
# dụng lao động ... ngành khai khoáng giảm 29,12%" after "... ước tính tăng 1,41%".
_SAME_TIME_LEAD = _lazy_pattern(r"[^\w]*(?:tính\s+)?cùng\s+thời\s+(?:điểm|gian)(?:\s+(?:này|trên))?\s*,")


def _same_time_lead(ctx: _Context, para_start: int) -> bool:
    return ctx.norm.find("cùng thời", para_start, para_start + 16) >= 0 and bool(
        _SAME_TIME_LEAD.match(ctx.norm, para_start)
    )


# A clause or sentence that opens on one of these speaks of a part of what was said before:
# "Trong cơ cấu hàng hóa xuất khẩu, nhóm sản phẩm chế biến ... đạt khoảng 2,758 tỷ USD",
# "riêng hạt điều nhập khẩu tăng hơn 4 lần".
_PART_CUE = _lazy_pattern(
    r"[^\w(]*(?:trong\s+đó|trong\s+cơ\s+cấu|trong\s+tổng\s+(?:số|mức)|trong\s+số\s+này|riêng"
    # "Trong mức tăng GRDP 9 tháng, ngành nông, lâm và thủy sản đạt ...": the parts of a growth.
    r"|trong\s+mức\s+tăng"
    # "Phân theo nhóm ngành kinh doanh, doanh thu bán lẻ hàng hóa đạt ...": a breakdown of the
    # whole before it, by one of its dimensions.
    r"|(?:phân|chia|xét)\s+theo)" + _W
)


def _part_cue(ctx: _Context, pos: int) -> bool:
    clause_start, _ = ctx.structure.clause(pos)
    sent_start, _ = ctx.structure.sentence(pos)
    return _PART_CUE.match(ctx.norm, clause_start) is not None or _PART_CUE.match(ctx.norm, sent_start) is not None


def _part_status(
    ctx: _Context,
    q: Quantity,
    window_start: int,
    drafts: list[_Draft],
    para_last: _Draft | None,
    whole: _Draft | None = None,
) -> str | None:
    """The status a part after "trong đó" inherits from its whole (SCHEMA.md), or None: that
    of the figure before it, when no status word of its own nor a contrast ("nhưng mới thành
    lập được 12 cụm") precedes it."""
    if not _own_status(ctx, q.start, window_start) and _last_before(ctx.contrasts, window_start, q.start) is None:
        last = drafts[-1] if drafts else para_last
        if last is None and whole is not None and _opens_paragraph_on_part(ctx, q.start):
            # "... ước đạt 6.768,94 tỷ đồng, tăng 7,86%." / "Trong đó, chỉ số sản xuất công
            # nghiệp (IIP) có mức tăng khá: 23,87%": a paragraph opening on "Trong đó" goes on
            # with the whole of the paragraph before, in its status.
            last = whole
        if last is not None:
            done_before = _DONE_BEFORE.search(ctx.norm, max(window_start, q.start - 40), q.start)
            if last.fact.status == "plan" and _plan_aside_before(ctx, q.start):
                # "tăng 13,18% so với cùng kỳ (kế hoạch đầu năm 10,11%); tổng mức bán lẻ hàng
                # hóa đạt ...": a plan in brackets is set beside the figure before it; the next
                # part goes on in that figure's status (as ``_attach_change``; blind26 r1024).
                k = next((i for i in range(len(drafts) - 1, -1, -1) if drafts[i] is last), -1)
                return drafts[k - 1].fact.status if k >= 1 else None
            if last.fact.status == "plan" and (
                _DONE_AFTER.match(ctx.norm, q.end) or _DONE_AFTER_NAMES.match(ctx.norm, q.end) or done_before
            ):
                # "đến năm 2030 sẽ có 24 cụm công nghiệp, trong đó, có 4 cụm công nghiệp đã
                # thành lập": the part done is not planned.
                return "actual"
            return last.fact.status
    return None


# A plan's value set in brackets beside a figure: "(kế hoạch tăng 3,5%)", "(KH: 8,4%)".
_PLAN_ASIDE = _lazy_pattern(
    r"\(\s*(?:kế\s+hoạch|kh|mục\s+tiêu|chỉ\s+tiêu|dự\s+toán|kịch\s+bản)" + _W + r"[^()]*[0-9][^()]*\)"
)


def _in_plan_aside(ctx: _Context, q: Quantity) -> bool:
    """Whether the figure ``q`` is the value in a bracket opened by a plan noun: "(kế hoạch
    năm 11,31%)", "(KH 10%)"."""
    norm = ctx.norm
    opened = norm.rfind("(", max(0, q.start - 40), q.start)
    if opened < 0 or norm.find(")", opened, q.start) >= 0:
        return False
    m = _PLAN_ASIDE.match(norm, opened)
    return m is not None and m.end() >= q.end


def _plan_aside_before(ctx: _Context, pos: int) -> bool:
    """Whether the last figure before ``pos`` is a plan's value in brackets: the last ")"
    before ``pos`` (with no digit after it) closes a bracket opened by a plan noun."""
    norm = ctx.norm
    close = norm.rfind(")", max(0, pos - 120), pos)
    if close < 0 or any(c.isdigit() for c in norm[close:pos]):
        return False
    opened = norm.rfind("(", max(0, close - 60), close)
    return opened >= 0 and _PLAN_ASIDE.match(norm, opened, close + 1) is not None


def _opens_paragraph_on_part(ctx: _Context, pos: int) -> bool:
    """Whether the figure at ``pos`` is in the first sentence of its paragraph and that
    sentence opens on "Trong đó" (or another part cue)."""
    sent_start, _ = ctx.structure.sentence(pos)
    para_start, _ = ctx.structure.paragraph(pos)
    return sent_start == para_start and _PART_CUE.match(ctx.norm, sent_start) is not None


# "với cả 4 ngành công nghiệp cấp I đều đạt tăng trưởng dương", "trong đó cả 3 ngành công
# nghiệp cấp 1 đều tăng" (blind7's gold: "names a fixed group"), "Cả 2 dự án này đều do Công ty
# ... làm chủ đầu tư": all of a group said to share something is the group named (or counted
# before), not a count of its own. (w14a) So "toàn bộ 4 chỉ tiêu của ngành đều đạt".
_WHOLE_GROUP_BEFORE = _lazy_pattern(_B + r"(?:cả|toàn\s+bộ)\s*$")
_WHOLE_GROUP_AFTER = _lazy_pattern(r"[^,;.\n\d]{0,50}?\sđều" + _W)


# Counters of the web page a text was copied from ("1 lượt xem", "12 lượt thích").
_PAGE_VISIT_AFTER = _lazy_pattern(r"\s*(?:xem|truy\s+cập|thích|chia\s+sẻ|bình\s+luận|đọc)" + _W)


# (w14a) The whole a group's counts are of: "Trong tổng số 44 chỉ tiêu, có 39 chỉ tiêu đạt", "trong
# 11 nhóm hàng hóa và dịch vụ chính, có 8 nhóm tăng", "trong 65 phân ngành cấp 4, có 36 ngành có
# IIP tăng, 29 ngành có IIP giảm" (dev r161 and r232 set ``of`` on "2/14 chỉ tiêu", "15/32").
# It reaches the counts after it in the same sentence ("phân ngành" is no counted noun, so only
# what the tagger counted as a group is taken as the whole).
_GROUP_TOTAL_BEFORE = _lazy_pattern(_B + r"trong\s+(?:tổng\s+số\s+|số\s+)?$")
_GROUP_TOTAL = _lazy_pattern(
    _B + r"trong\s+(?:tổng\s+số\s+|số\s+)?([0-9]{1,3})\s+(?:phân\s+)?(?:nhóm|ngành|chỉ\s+tiêu|khoản\s+thu|sản\s+phẩm)"
    r"[^.;:\n]*$"
)
_GROUP_TOTAL_REACH = 160


def _conditioned_groups(norm: str, quantities: list[Quantity]) -> list[Quantity]:
    """Counts of industries, communes or targets only where a condition follows ("15/20 ngành
    cấp 2 có chỉ số sản xuất giảm"): "4 ngành công nghiệp trọng điểm tăng 11,6%", "04 nhóm
    ngành" name a fixed group, and its words stay the subject of the figures after it."""
    kept: list[Quantity] = []
    group_end = -1
    for q in quantities:
        if q.kind == "count" and NOUN_CONCEPT.get(q.noun or "") == "GROUP" and q.value is not None:
            if _GROUP_TOTAL_BEFORE.search(norm, max(0, q.start - 20), q.start):
                # (w14a) "Trong tổng số 44 chỉ tiêu, có 39 chỉ tiêu đạt ...": the whole the
                # counts after it are of (their ``of``), not a count meeting the condition.
                continue
            total = _GROUP_TOTAL.search(norm, max(0, q.start - _GROUP_TOTAL_REACH), q.start)
            if total is not None and q.value <= float(total.group(1)):
                q = replace(q, of=float(total.group(1)))
        if q.kind in ("count", "ratio") and NOUN_CONCEPT.get(q.noun or "") == "GROUP":
            condition = (
                _PRODUCTS_CONDITION_AFTER
                if q.noun == "sản phẩm"
                else _TARGETS_CONDITION_AFTER
                if q.noun == "chỉ tiêu"
                else _GROUP_CONDITION_AFTER
            )
            if (
                not condition.match(norm, q.end, min(len(norm), q.end + 80))
                and not (
                    q.noun is not None
                    and q.noun.startswith("nhóm")
                    and _PRICE_GROUP_AFTER.match(norm, q.end, min(len(norm), q.end + 40))
                )
                and not (
                    q.noun == "sản phẩm"
                    and norm.endswith("lên ", max(0, q.start - 12), q.start)
                    and _RAISED_TO_BEFORE.search(norm, max(0, q.start - 100), q.start)
                )
            ):
                continue
            group_end = q.end
        elif (
            group_end >= 0
            and q.kind == "pct"
            and q.value_max is not None
            and _CONDITION_SPREAD_GAP.fullmatch(norm, group_end, q.start)
        ):
            # "12/12 nhóm hàng đều có chỉ số tăng từ 8,5-14,9%": the spread of the members meeting
            # the condition, not a figure (README, r320).
            group_end = -1
            continue
        else:
            group_end = -1
        kept.append(q)
    return kept


# The groups of goods whose prices rose or fell ("có 9/11 nhóm hàng tăng so với tháng trước",
# "08 nhóm hàng tăng giá so với tháng trước, 02 nhóm hàng giảm giá và ..."): counted as those
# meeting a condition; a figure right after ("nhóm hàng tăng 5%") is a change, not a condition.
# (w13d) Also "8 nhóm tăng gồm:", "6 nhóm tăng và 6 nhóm giảm so với tháng trước", "4 nhóm tăng
# nhẹ", "5 nhóm không tăng", "2 nhóm ổn định", "01 nhóm có giá ổn định": the groups that rose,
# fell or held, as the price reports count them (blind14 r545, blind16 r625, blind28).
# The condition (group ``cond``) is the count's phrase beside its noun: "6 nhóm tăng và 6 nhóm
# giảm" are two figures, not one given twice.
_PRICE_GROUP_AFTER = _lazy_pattern(
    r"[^\S\n]+(?P<cond>(?:đều[^\S\n]+)?(?:"
    r"(?:tăng|giảm)(?:[^\S\n]+giá(?![^\S\n]*[0-9])|(?=[^\S\n]+so[^\S\n]+với|[^\S\n]*[,.;:])"
    r"|[^\S\n]+(?:nhẹ|mạnh)" + _W + r"(?![^\S\n]*[0-9])|(?=[^\S\n]+(?:gồm|và)" + _W + "))"
    r"|(?:có[^\S\n]+giá[^\S\n]+)?ổn[^\S\n]+định|không[^\S\n]+(?:tăng|giảm|đổi|biến[^\S\n]+động)" + _W + "))"
)

# The words between a counted group and the spread of its condition.
_CONDITION_SPREAD_GAP = _lazy_pattern(r"[^\d.;:%]{0,60}?(?:tăng|giảm)[^\S\n]+(?:từ[^\S\n]+)?")


# (Starting with the literal, so that the search skips ahead to it: a text without such a range
# is passed over at memchr speed.)
_PCT_RANGE = _lazy_pattern(r"từ[^\S\n]+[0-9][0-9.,]*[^\S\n]*%[^\S\n]*(?:đến|tới|-|–)[^\S\n]*[0-9]")
_RANGE_FROM_BEFORE = _lazy_pattern(r"(?<![^\W_])từ[^\S\n]+$")
_RANGE_TO_BETWEEN = _lazy_pattern(r"[^\S\n]*(?:đến|tới|-|–)[^\S\n]*")


# "983,809/1.422,557 tỷ đồng": the part done of a sum of money (searched from its "/"; the sum
# itself is read by the tagger, in any of its spellings).
_MONEY_SHARE = _lazy_pattern(r"/[0-9][0-9.,]*[^\S\n]*(?:tỷ|tỉ|triệu|tr\.?|nghìn|ngàn)")


def _money_shares(norm: str, quantities: list[Quantity]) -> list[Quantity]:
    """(w12t30) "tổng khối lượng thực hiện là 983,809/1.422,557 tỷ đồng", "Vốn thực hiện lũy kế
    đạt khoảng 2.462/4.111 triệu USD": the first number in the unit of the second, out of the
    second (``of``), as a count "27/41 cụm" is (blind30 r1194, dev r186, blind14 r556). The
    tagger reads the pair as one run of digits and drops it (a bare number)."""
    added: list[Quantity] = []
    for m in _MONEY_SHARE.finditer(norm):
        num = _MONEY_SHARE_NUM.search(norm, max(0, m.start() - 16), m.start())
        part = parse_number(num.group(1)) if num is not None else None
        digits = _LEADING_NUMBER.match(norm, m.start() + 1)
        whole = parse_number(digits.group(0)) if digits is not None else None
        if num is None or part is None or not whole or part > whole:
            continue
        sums = tag(norm[m.start() + 1 : m.start() + 60], facts_only=True)
        total = sums[0] if sums and sums[0].start == 0 and sums[0].kind == "money" else None
        if total is None or not total.value:
            continue
        value = total.value
        added.append(
            Quantity(
                "money", num.start(), m.start() + 1 + total.end, value * part / whole, None, total.unit, None, value
            )
        )
    if not added:
        return quantities
    return sorted([*quantities, *added], key=lambda q: q.start)


_LEADING_NUMBER = _lazy_pattern(r"[0-9][0-9.,]*[0-9]|[0-9]")
_MONEY_SHARE_NUM = _lazy_pattern(r"(?<![0-9.,/])([0-9][0-9.,]*[0-9]|[0-9])$")


def _percent_ranges(norm: str, quantities: list[Quantity]) -> list[Quantity]:
    """ "đạt mức từ 12,08% đến 12,10%", "tăng từ 5,8% đến 35,1%": one figure from the first
    percentage to the second (``value_max``), as "8,4 - 8,8%" is, not two figures."""
    out: list[Quantity] = []
    skip = False
    last_range_end = -1
    for i, q in enumerate(quantities):
        if skip:
            skip = False
            continue
        nxt = quantities[i + 1] if i + 1 < len(quantities) else None
        if (
            nxt is not None
            and q.kind == "pct"
            and nxt.kind == "pct"
            and q.value_max is None
            and nxt.value is not None
            and _RANGE_TO_BETWEEN.fullmatch(norm, q.end, nxt.start)
            and (
                _RANGE_FROM_BEFORE.search(norm, max(0, q.start - 6), q.start)
                # (w13d) "chiếm từ 8,07% đến 8,10%, công nghiệp-xây dựng chiếm 32,77% đến 32,79%":
                # the list's later ranges drop the "từ" (blind30 r1181).
                or (
                    last_range_end >= 0
                    and q.start - last_range_end <= 120
                    and "." not in norm[last_range_end : q.start]
                )
            )
        ):
            out.append(Quantity("pct", q.start, nxt.end, q.value, nxt.value, "%"))
            last_range_end = nxt.end
            skip = True
            continue
        out.append(q)
    return out


def _money_ranges(norm: str, quantities: list[Quantity]) -> list[Quantity]:
    """(w13g) "GRDP bình quân đầu người đạt từ 80,4 triệu đồng đến 80,8 triệu đồng": one figure
    from the first amount to the second (``value_max``), as "từ 12.500 đến 13.000 tỷ đồng" is
    read by the tagger, not two figures."""
    # (Pairs are looked for without building a new list: most texts have none.)
    starts = [
        i
        for i, (q, nxt) in enumerate(zip(quantities, quantities[1:], strict=False))
        if q.kind == "money"
        and nxt.kind == "money"
        and q.unit == nxt.unit
        and q.value_max is None
        and nxt.value_max is None
        and q.value is not None
        and nxt.value is not None
        and q.value < nxt.value
        and _RANGE_TO_BETWEEN.fullmatch(norm, q.end, nxt.start)
        and _RANGE_FROM_BEFORE.search(norm, max(0, q.start - 6), q.start)
    ]
    if not starts:
        return quantities
    out = list(quantities)
    for i in reversed(starts):
        q, nxt = out[i], out[i + 1]
        if q.value_max is None and nxt.value_max is None:  # (not part of a range merged already)
            out[i : i + 2] = [Quantity("money", q.start, nxt.end, q.value, nxt.value, q.unit)]
    return out


_PRICE_EXCLUDED = _lazy_pattern(r"loại\s+trừ\s+(?:yếu\s+tố\s+)?(?:tăng\s+)?giá" + _W)


def _real_terms(norm: str, window_start: int, pos: int) -> bool:
    """ "tăng 11,2% ..., nếu loại trừ yếu tố giá thì tăng 8,53%": the growth in real terms
    restates the figure just given; it is no figure of its own."""
    lo = max(window_start, pos - 70)
    return norm.find("loại trừ", lo, pos) >= 0 and _PRICE_EXCLUDED.search(norm, lo, pos) is not None


_OF_BEFORE = _lazy_pattern(r"(?<![^\W_])của[^\S\n]+(?:các[^\S\n]+|những[^\S\n]+)?$")


def _genitive_count(norm: str, q: Quantity, made: _Draft | None) -> bool:
    """ "Tổng vốn đầu tư của 12 dự án đạt 1.250 tỷ đồng": a count inside the subject ("of 12
    projects") leaves the words before it the subject of the figure after it. So does one
    that makes no fact ("tổng vốn FDI của 10 địa phương dẫn đầu đạt 5,65 tỷ USD": a count
    naming the ranked group is no figure, and the capital is still the subject)."""
    return (
        (made.kind == "count" if made is not None else q.kind == "count")
        and norm.find("của", max(0, q.start - 16), q.start) >= 0
        and _OF_BEFORE.search(norm, max(0, q.start - 16), q.start) is not None
    )


# "Chi so san xuat cong nghiep tang 7% - Anh 1", "... trên 10 tỷ USD- Ảnh 1.": the caption
# of a page's picture, which repeats the headline (with or without its marks).
# (Searched from its literal "nh", the dash and the word's first letter checked after.)
_CAPTION_TAIL = _lazy_pattern(r"nh[^\S\n]+[0-9]{1,2}[^\S\n]*\.?[^\S\n]*$", re.MULTILINE)
_CAPTION_DASH = _lazy_pattern(r"[^\S\n]*[-–][^\S\n]*$")


# "126.819 tỉ đồng (5,39 tỉ USD)", "557 tỷ đồng (tương đương 24,34 triệu USD)": the amount
# again in another currency, in brackets right after it; also after a per-head "/người" and
# with a qualifier ("85 triệu đồng/người (khoảng 3.500 USD)", "8.500 USD (khoảng hơn 224 triệu
# đồng)").
_EQUIVALENT_GAP = _lazy_pattern(
    r"(?:[^\S\n]*/[^\S\n]*người(?:[^\S\n]*/[^\S\n]*năm)?)?"
    r"[^\S\n]*\([^\S\n]*(?:(?:tương[^\S\n]+đương|khoảng|~|≈)(?:[^\S\n]+(?:với|khoảng))?[^\S\n]*)?"
    r"(?:(?:hơn|gần|trên|xấp[^\S\n]+xỉ)[^\S\n]+)?"
)


def _currency_equivalents(norm: str, quantities: list[Quantity]) -> list[Quantity]:
    """An amount's equivalent in another currency is not a second figure (README, r339)."""
    kept: list[Quantity] = []
    for q in quantities:
        if (
            q.kind == "money"
            and kept
            and kept[-1].kind == "money"
            and kept[-1].unit != q.unit
            and _EQUIVALENT_GAP.fullmatch(norm, kept[-1].end, q.start)
        ):
            continue
        kept.append(q)
    return kept


def _outside_captions(norm: str, quantities: list[Quantity]) -> list[Quantity]:
    """Figures of a picture's caption line are not read: it repeats the headline."""
    captions = []
    for m in _CAPTION_TAIL.finditer(norm):
        word = m.start() - 1
        if word < 1 or norm[word] not in "aả" or norm[word - 1].isalnum():
            continue
        dash = _CAPTION_DASH.search(norm, max(0, word - 8), word)
        if dash is not None:
            captions.append((norm.rfind("\n", 0, dash.start()) + 1, dash.start()))
    if not captions:
        return quantities
    starts = [lo for lo, _ in captions]
    kept = []
    for q in quantities:
        i = bisect_right(starts, q.start) - 1
        if i < 0 or q.start >= captions[i][1]:
            kept.append(q)
    return kept


_COMPARED_RIGHT_AFTER = _lazy_pattern(r"[^\S\n]*,?[^\S\n]*so(?:[^\S\n]+với)?[^\S\n]")


def _same_subject(ctx: _Context, phrase: PhraseMatch, current: _Draft, q: Quantity, sent: tuple[int, int]) -> bool:
    """Whether ``phrase`` names the figure just read: its concept, or (for an amount compared
    with the year before) its indicator ("... FDI với số vốn đăng ký 904 triệu USD, ... vốn đăng
    ký tăng 533 triệu USD so với năm trước")."""
    if phrase.concept == current.concept:
        return True
    return (
        current.fact.value is not None
        and current.fact.unit == q.unit
        and _COMPARED_RIGHT_AFTER.match(ctx.norm, q.end) is not None
        and _resolve(ctx, phrase.concept, q.kind, q, sent) == current.fact.indicator
    )


_MONTH_WORD_BEFORE = _lazy_pattern(r"(?<![^\W_])tháng[^\S\n]+$")
_MONTH_DIGITS = _lazy_pattern(r"[0-9]{1,2}(?![0-9.,/])")


def _month_number(norm: str, q: Quantity) -> bool:
    """ "Kim ngạch xuất khẩu tháng Tám tr.USD" (a table's unit after a month written as a word,
    read as "tháng 8"): the number of a month is never an amount."""
    if q.kind not in ("money", "count", "area") or norm.find("tháng", max(0, q.start - 10), q.start) < 0:
        return False
    month = _MONTH_DIGITS.match(norm, q.start)
    return (
        month is not None
        and 1 <= int(month.group()) <= 12
        and _MONTH_WORD_BEFORE.search(norm, max(0, q.start - 10), q.start) is not None
    )


def _count_change(
    ctx: _Context,
    q: Quantity,
    window_start: int,
    drafts: list[_Draft],
    para_last: _Draft | None,
    qualifier: str | None,
) -> bool:
    """ "cấp mới 105 dự án ..., tăng 10 dự án ... so với năm trước": a count right after "tăng" or
    "giảm" is the change of the count of the same things before it, not a count of its own.
    Adds the change to that count and says whether it did."""
    norm = ctx.norm
    verb, verb_end = _last_verb(norm, window_start, q.start)
    direction = "up" if verb in _UP else "down" if verb in _DOWN else None
    between = norm[verb_end : q.start].strip(" ")
    if (
        direction is None
        or verb in ("vượt", "lên", "xuống")
        # (w13d) Also past its qualifier: "số dự án tăng hơn 37 dự án so với cả năm 2016".
        or (between not in ("", "thêm") and _ONLY_QUALIFIER.fullmatch(norm, verb_end, q.start) is None)
    ):
        return False
    concept = NOUN_CONCEPT.get(q.noun or "")
    target = next(
        (
            d
            for d in (*reversed(drafts), para_last)
            if d is not None and d.kind == "count" and d.concept == concept and d.fact.value is not None
        ),
        None,
    )
    if (
        target is None
        and concept is not None
        and (first := ctx.first_counts.get(concept)) is not None
        and first[0] == ctx.structure.paragraph(q.start)[0]
    ):
        # (w13d) "cấp mới 46 dự án ..., điều chỉnh vốn cho 12 dự án ...; tổng vốn cấp mới và tăng
        # thêm 13.805,0 tỷ đồng. So với cùng kỳ năm 2021, giảm 25 dự án": the paragraph's first
        # count of those things, its main one, past the money said of them (dev r237, blind15
        # r594, blind30 r1195).
        target = first[1]
    if target is None or q.value is None:
        return False
    if qualifier is None and between in _QUALIFIERS:
        qualifier = _QUALIFIERS[between]
    after = _after_text(norm, q.end)
    change = Change(q.value, "count", direction, _basis(norm, q, after, window_start, verb_end), qualifier)
    if target.fact.change is None:
        target.fact.change = change
    else:
        target.fact.extra_changes.append(change)
    return True


def _after_rate(drafts: list[_Draft], para_last: _Draft | None) -> bool:
    last = drafts[-1] if drafts else para_last
    return last is not None and last.rate


def _count_fact(
    ctx: _Context,
    q: Quantity,
    sent: tuple[int, int],
    window_start: int,
    qualifier: str | None,
    drafts: list[_Draft],
    para_last: _Draft | None,
    in_breakdown: bool,
) -> _Draft | None:
    norm = ctx.norm
    noun_concept = NOUN_CONCEPT.get(q.noun or "", "")
    if q.noun == "khu" and not _park_named(ctx, sent, q.start):
        # "khu" alone counts parks only where the sentence has named them ("có 12 khu công
        # nghiệp ..., đã lấp đầy 5 khu"), not "3 khu đô thị và 4 khu".
        return None
    after = norm[q.end : min(q.end + 60, sent[1])]
    around = norm[max(window_start, q.start - 40) : min(sent[1], q.end + 30)]
    list_only = False
    if noun_concept in ("CLUSTER", "PARK"):
        area = _AREA_APPOSITION_AFTER.match(norm, q.end, sent[1])
        said_at = q.end if area is None else area.end()
        if area is not None:
            after = norm[area.end() : min(area.end() + 60, sent[1])]
        if noun_concept == "CLUSTER" and _BUILT_AND_OPERATING.match(norm, said_at, min(said_at + 100, sent[1])):
            # "43 CCN đã đầu tư hạ tầng và thu hút các cơ sở sản xuất vào hoạt động": built and
            # working, the clusters in operation (blind23 r901), not a stage of their making.
            code = "cluster_operating"
        elif (
            # (w13f) Approvals and plans said of parks ("7 khu đã được phê duyệt quy hoạch chi
            # tiết", "14 KCN được phê duyệt chủ trương đầu tư") leave them counted as parks, as
            # the gold of blind11, blind12 and blind15 has them; SCHEMA.md's stages are clusters'.
            _APPROVAL_AFTER.match(after)
            and noun_concept == "CLUSTER"
            or _CLUSTER_ACTION_BEFORE.search(norm, max(window_start, q.start - 50), q.start)
            or (noun_concept == "CLUSTER" and _CLUSTER_BUILDING_AFTER.match(after))
        ):
            code = "other"
        elif noun_concept == "CLUSTER" and _INVESTOR_AFTER.match(norm, said_at, min(said_at + 130, sent[1])):
            code = "cluster_with_investor"
        elif noun_concept == "CLUSTER" and _OPERATING_AFTER.match(after):
            code = "cluster_operating"
        else:
            code = "cluster_count" if noun_concept == "CLUSTER" else "industrial_park_count"
    elif noun_concept == "ENTERPRISE":
        lead = norm[max(sent[0], q.start - 200) : q.start]
        lead_new = max((m.end() for m in _NEW_ENT_NEAR.finditer(lead)), default=-1)
        other_kind = max((m.end() for m in _ENT_OTHER_STATE.finditer(lead)), default=-1)
        if "tổng số doanh nghiệp" in lead:
            # (w12t24) "490 doanh nghiệp thành lập mới ..., nâng tổng số doanh nghiệp đăng ký
            # hoạt động trên địa bàn tỉnh lên 8.921 doanh nghiệp": all firms, a stock, not new
            # ones (blind24 r941; blind9 r376, r377).
            other_kind = max(other_kind, lead.rfind("tổng số doanh nghiệp") + 20)
        if _ENT_OTHER_STATE.match(norm, q.end, q.end + 30) or _ENT_OTHER_STATE.search(after[:30]):
            code = "other"
        else:
            code = (
                "new_enterprises"
                if _NEW_ENT_NEAR.search(around) or lead_new > other_kind or _NEW_WITH_NEXT_COUNT.match(norm, q.end)
                else "other"
            )
    elif noun_concept == "EMPLOY":
        code = "employment"
    elif noun_concept == "PERSON":
        if not (
            _EMPLOY_NEAR.search(norm, max(window_start, q.start - 40), q.start) or _WORKING_AFTER.match(norm, q.end)
        ):
            return None
        code = "employment"
    elif noun_concept in ("PROJECT", "OUTLET"):
        if q.noun == "nhà đầu tư" and norm.endswith("liên danh ", max(0, q.start - 11), q.start):
            return None  # (w14a) "cho liên danh 3 nhà đầu tư: ...": the members named, no figure
        code = "other"
    elif noun_concept == "GROUP":
        code = "other"  # (one meeting a condition: ``_conditioned_groups``)
    elif noun_concept == "VISIT":
        if _PAGE_VISIT_AFTER.match(norm, q.end):
            return None  # "1 lượt xem": the page's counter, not a figure of the text
        code = "other"
    elif noun_concept == "PLACE":
        list_only = _PLACE_RANKED_AFTER.match(after) is not None
        if (
            (q.value is not None and 1900 <= q.value <= 2100)
            or (_PLACE_NOT_AFTER.match(after) and not list_only)
            or _PLACE_NOT_BEFORE.search(norm, max(0, q.start - 12), q.start)
        ) or not (
            _PLACE_CONDITION_AFTER.match(after)
            or _PLACE_CONDITION_BEFORE.search(norm, max(window_start, q.start - 30), q.start)
            or (
                q.noun is not None
                and q.noun.startswith("quốc gia")
                and _PLACE_ORIGIN_BEFORE.search(norm, max(window_start, q.start - 20), q.start)
            )
        ):
            return None
        code = "other"
    else:
        return None
    # A count of clusters or parks is a stock: it takes the period of its own paragraph only.
    # Planned ones ("Đồng thời, mở rộng diện tích quy hoạch 7 CCN", after a paragraph on the plan
    # of 2021 - 2030) are no stock: they go on in the plan's period.
    # (w13f) Not those said to be working ("32 khu công nghiệp đã được quy hoạch, trong đó 16
    # khu đi vào hoạt động"): a stock of the present, neither planned nor of the plan's period.
    working = noun_concept == "PARK" and _OPERATING_AFTER.match(after) is not None
    carry = noun_concept not in ("CLUSTER", "PARK") or (
        not working and _last_before(ctx.plans, ctx.structure.clause(q.start)[0], q.start) is not None
    )
    period = _period_for(ctx, q.start, sent, carry=carry)
    district = (
        _DISTRICT_HAS_BEFORE.search(norm, max(window_start, q.start - 60), q.start)
        if norm.find("có ", max(window_start, q.start - 12), q.start) >= 0
        else None
    )
    # The phrase names what is counted ("cụm công nghiệp"), not the number itself.
    noun_start = max(q.end - len(q.noun or ""), q.start)
    phrase_end = q.end
    if noun_concept == "GROUP" and q.noun is not None and q.noun.startswith("nhóm"):
        # (w13d) "6 nhóm tăng và 6 nhóm giảm": a price group's count is named by its condition.
        condition = _PRICE_GROUP_AFTER.match(norm, q.end, min(len(norm), q.end + 40))
        if condition is not None:
            phrase_end = condition.end("cond")
    fact = Fact(
        indicator=code,
        phrase=_phrase_text(ctx, noun_start, phrase_end),
        value=q.value,
        unit="count",
        qualifier=qualifier,
        change=None,
        period=period,
        # "ước đạt 178,3 triệu USD; trong đó, cấp mới 30 dự án": counted parts too (not of a
        # rate: "GDP ước tăng 6,93%. Trong đó, 9 địa phương đạt mức tăng trưởng GRDP trên 10%"
        # counts places, no part of the growth).
        status=(
            in_breakdown
            and not working
            and not _after_rate(drafts, para_last)
            and _part_status(ctx, q, window_start, drafts, para_last)
        )
        or _status_for(ctx, q.start, sent, period),
        region=_region_for(ctx, q.start, sent),
        span=_span(ctx, q),
        of=q.of,
        breakdown=None if district is None else _phrase_text(ctx, district.start(1), district.end(1)),
    )
    return _Draft(fact, noun_concept, "count", list_only=list_only)


def _attach_change(
    ctx: _Context,
    target: _Draft,
    change: Change,
    q: Quantity,
    sent: tuple[int, int],
    window_start: int,
    verb_end: int,
    aside: str | None = None,
) -> _Draft | None:
    """``aside``: when ``target`` is a plan set in brackets beside the figure before it, that
    figure's status, the one a sibling inherits."""
    fact = target.fact
    _settle(change, fact.period, target.rate)
    if change.unit == "%" and fact.value is not None and fact.unit == "%" and not target.rate:
        change.unit = "pp"
    if target.rate:
        if change.unit != "%" and fact.change is not None:
            if change.unit == "x" and _times_of_named_part(ctx, fact, window_start, q.start):
                # "sản xuất đường tăng 9,36%; sản xuất phân bón ... tăng gấp 6 lần": a multiple
                # of a part named after the last figure is that part's growth (no rate value).
                part = _part_of_rate(ctx, fact, change, q, sent, window_start)
                return _Draft(part, target.concept, target.kind, True)
            clause_start = ctx.structure.clause(q.start)[0]
            if (
                change.unit == "x"
                and ctx.norm.startswith(";", clause_start - 1)
                and not _names_nothing(ctx.norm, window_start, q.start)
            ):
                # "...; sản xuất sợi (+1,5%); sản xuất xe có động cơ có chỉ số tăng 13,5 lần": a
                # multiple of the next part of the list, not another change of the last one.
                part = _change_only(
                    fact,
                    change,
                    fact.period,
                    fact.status,
                    fact.region,
                    _span(ctx, q),
                    _loose_phrase(ctx, window_start, q.start) or None,
                )
                return _Draft(part, target.concept, target.kind)
            fact.extra_changes.append(change)
            return None
        # (Gate: a match in [window_start, q.start) holds "hơn"; most windows have none.)
        if (
            fact.change is not None
            and ctx.norm.find("hơn", window_start, q.start) >= 0
            and _COMPARATIVE_RIGHT_BEFORE.search(ctx.norm, window_start, q.start)
        ):
            # "tăng 6,07%, thấp hơn 0,5% so với mục tiêu": a difference between rates.
            change.unit = "pp"
            fact.extra_changes.append(change)
            return None
        if fact.change is None:
            fact.change = change
            return None
        if (
            fact is ctx.restated_index
            and fact.change.direction == change.direction
            and abs(fact.change.value - change.value) < 0.01
        ):
            # (w13a) "đạt 102,8%, tăng hơn 2,8% so với tháng trước": the growth restates the
            # index just read, with its own comparison.
            fact.change = change
            ctx.restated_index = None
            return None
        # Another basis (mom vs yoy) or another component: one fact each (SCHEMA.md).
        # A component names itself; the same figure against another basis keeps the
        # component (if any) of the fact it continues.
        place = _province_in(ctx, window_start, q.start)
        comp = _component_phrase(ctx, window_start, q.start)
        if comp is not None:
            breakdown: str | None = _phrase_text(ctx, comp.start, comp.end)
        elif place is None and _COMPONENT_CUE.search(ctx.norm, window_start, q.start):
            breakdown = _loose_phrase(ctx, window_start, q.start) or None
        else:
            breakdown = fact.breakdown if place is None else None
        period = _period_for(ctx, q.start, sent) if _has_own_period(ctx, window_start, q.start) else fact.period
        if ctx.respectively:
            # ("GRDP quý I, quý II và quý III lần lượt tăng 5%, 6% và 7%": each its period.)
            period = _respective_period(ctx, q.start, sent) or period
        sibling = Fact(
            indicator=fact.indicator,
            phrase=fact.phrase,
            value=change.value if change.direction == "up" else -change.value,
            unit="%",
            qualifier=None,
            change=change,
            period=period,
            status=(aside or fact.status)
            if not _own_status(ctx, q.start, window_start)
            and not _new_period_total(ctx, target, period, window_start, q.start)
            else _status_for(ctx, q.start, sent, period),
            region=fact.region if place is None else place.name,
            span=_span(ctx, q),
            # (w12t30) "nông nghiệp - thủy sản tăng từ 0,45% đến 0,54%": the range's top.
            value_max=q.value_max if change.direction == "up" else None,
            breakdown=breakdown,
        )
        return _Draft(sibling, target.concept, target.kind, True)
    if fact.value is not None and fact.period.kind != "range" and _has_own_period(ctx, window_start, q.start):
        own = _period_for(ctx, q.start, sent)
        if own.kind == "range":
            # "Giá trị sản xuất công nghiệp năm 2020 đạt 46.515 tỷ đồng ...; tốc độ tăng trưởng
            # bình quân giai đoạn 2016-2020 đạt 5,9%/năm": the yearly average growth over a span
            # is a figure of its own, not a change of one year's level.
            growth = _change_only(fact, change, own, _status_for(ctx, q.start, sent, own), fact.region, _span(ctx, q))
            return _Draft(growth, target.concept, target.kind)
    if fact.change is None:
        fact.change = change
        return None
    if (
        change.basis == "plan"
        and fact.change.basis == "plan"
        and _ANOTHER_PLAN_AFTER.match(ctx.norm, q.end) is not None
        and _AND_ONLY_BETWEEN.fullmatch(ctx.norm, window_start, q.start) is not None
    ):
        # (w13d) "tăng 3,42% so với dự toán Trung ương, tăng 1,38% so với dự toán HĐND tỉnh và
        # tăng 14,2% so với năm 2017": the same figure against the other plan (the centre's
        # and the province's estimates), not a part (blind10 r418).
        fact.extra_changes.append(change)
        return None
    if (
        change.basis == "yoy"
        and fact.change.basis == "yoy"
        and not fact.extra_changes
        and fact.value is not None
        and _SECOND_OF_PAIR.fullmatch(ctx.norm, window_start, q.start) is not None
        and _SO_VOI_RE.match(_after_text(ctx.norm, q.end).lstrip()) is None
        and _MOM_THEN_YOY.search(ctx.norm, max(0, window_start - 1500), window_start) is not None
    ):
        # (w14d) "doanh thu lưu trú và ăn uống 185,17 tỷ đồng, giảm 15,50% và giảm 27,47%",
        # "doanh thu du lịch lữ hành đạt 3,6 nghìn tỷ đồng, giảm 1,6% và tăng 12,2%" after the
        # whole's "giảm 0,54% so với tháng trước và tăng 2,16% so với cùng kỳ": the parts give
        # both comparisons bare, in the whole's order, the month before first (dev r011,
        # blind19 r747, r761).
        fact.change.basis = "mom"
        fact.extra_changes.append(fact.change)
        fact.change = change
        return None
    if any(c.basis == change.basis for c in (fact.change, *fact.extra_changes)):
        # Same comparison again: a component ("nhóm hàng dệt may tăng 10%") of the same
        # indicator, or the same indicator in another province, reported as its own fact
        # with only the growth.
        place = _province_in(ctx, window_start, q.start)
        comp = _component_phrase(ctx, window_start, q.start)
        if comp is not None:
            breakdown = _phrase_text(ctx, comp.start, comp.end)
        else:
            breakdown = None if place is not None else (_loose_phrase(ctx, window_start, q.start) or None)
        period = _period_for(ctx, q.start, sent)
        part = _change_only(
            fact,
            change,
            period,
            fact.status,
            # ("Bắc Ninh, Hà Nội giảm lần lượt 45% và 43%": each rate its place's.)
            _respective_region(ctx, q.start, sent) or (fact.region if place is None else place.name),
            _span(ctx, q),
            breakdown,
        )
        return _Draft(part, target.concept, target.kind)
    if fact.value is None and fact.indicator == "other" and _INDEX_PHRASE.match(fact.phrase):
        # (w13d) "Chỉ số tiêu thụ toàn ngành công nghiệp chế biến, chế tạo ... tăng 4,8% so với
        # tháng trước và tăng mạnh 20,6% so với cùng kỳ", "Chỉ số tồn kho ... tăng 10,6% so với
        # tháng trước và giảm 24,3% so cùng kỳ": an index is a rate, one fact per basis (SCHEMA.md),
        # as the gold of dev r154 and blind19 r753 has them.
        same = _change_only(fact, change, fact.period, fact.status, fact.region, _span(ctx, q), fact.breakdown)
        return _Draft(same, target.concept, target.kind)
    if change.basis == "yoy" and fact.change.basis != "yoy":
        fact.extra_changes.insert(0, fact.change)
        fact.change = change
    else:
        fact.extra_changes.append(change)
    return None


_ANOTHER_PLAN_AFTER = _lazy_pattern(r"\s*so\s+với\s+(?:dự\s+toán|kế\s+hoạch)" + _W)
# (w14d) Two bare changes of one level side by side ("giảm 15,50% và giảm 27,47%", "tăng lần
# lượt 1,6% và 14%"), and the order the text compared in before ("tăng 0,2% so với tháng trước
# và tăng 7,2% so với cùng kỳ").
_SECOND_OF_PAIR = _lazy_pattern(r"\s*(?:và|,)\s*(?:(?:tăng|giảm)\s*)?")
_MOM_THEN_YOY = _lazy_pattern(
    r"so\s+với\s+tháng\s+trước[^.;\d]{0,40}[\d.,]+\s*%[^.;\d]{0,20}so\s+(?:với\s+)?(?:cùng\s+kỳ|tháng\s+cùng\s+kỳ)"
)
_AND_ONLY_BETWEEN = _lazy_pattern(r"[^\d;.()]{0,60}?,\s*(?:và\s+)?(?:tăng|giảm|vượt)\s*")
_INDEX_PHRASE = _lazy_pattern(r"(?i)chỉ\s+số\s")


def _times_of_named_part(ctx: _Context, fact: Fact, lo: int, hi: int) -> bool:
    """Whether a multiple is said of a part named between the rate before it and it."""
    return _component_phrase(ctx, lo, hi) is not None or _COMPONENT_CUE.search(ctx.norm, lo, hi) is not None


def _part_of_rate(ctx: _Context, fact: Fact, change: Change, q: Quantity, sent: tuple[int, int], lo: int) -> Fact:
    comp = _component_phrase(ctx, lo, q.start)
    # (Up to the first verb: "tăng gấp" is two.)
    verb = _VERB_RE.search(ctx.norm, lo, q.start)
    hi = verb.start() if verb is not None and verb.start() > lo else q.start
    breakdown = _phrase_text(ctx, comp.start, comp.end) if comp is not None else (_loose_phrase(ctx, lo, hi) or None)
    period = _period_for(ctx, q.start, sent) if _has_own_period(ctx, lo, q.start) else fact.period
    status = fact.status if not _own_status(ctx, q.start, lo) else _status_for(ctx, q.start, sent, period)
    return _change_only(fact, change, period, status, fact.region, _span(ctx, q), breakdown)


def _change_only(
    fact: Fact,
    change: Change,
    period: Period,
    status: str | None,
    region: str | None,
    span: tuple[int, int],
    breakdown: str | None = None,
) -> Fact:
    """A figure of ``fact``'s indicator given by its change alone: a part, another place or
    period, or the average growth over a span, each a fact of its own (SCHEMA.md)."""
    return Fact(
        indicator=fact.indicator,
        phrase=fact.phrase,
        value=None,
        unit=None,
        qualifier=None,
        change=change,
        period=period,
        status=status,
        region=region,
        span=span,
        breakdown=breakdown,
    )


# --- context: period, status, region ---------------------------------------------------


def _names_another_period(ctx: _Context, whole: _Draft, q: Quantity, sent: tuple[int, int]) -> bool:
    """(w13a) Whether the figure's sentence names, before it, a period of another kind than
    its would-be whole's: "IIP tháng Mười ... tăng 7,7%" then "Cụ thể, tính chung 10 tháng năm
    2018, IIP ước tính tăng 10,4%" is the index of the months so far, a whole of its own (the
    parts after it are its), not a part of the month's."""
    if whole.fact.span[0] >= ctx.nt.to_original(sent[0]) or not _has_own_period(ctx, sent[0], q.start):
        return False
    kind = _period_for(ctx, q.start, sent).kind
    return kind is not None and whole.fact.period.kind is not None and kind != whole.fact.period.kind


def _has_own_period(ctx: _Context, lo: int, hi: int) -> bool:
    idx = bisect_left(ctx.mention_starts, lo)
    while idx < len(ctx.mentions) and ctx.mentions[idx].start < hi:
        if not ctx.mentions[idx].comparison:
            return True
        idx += 1
    return False


# (A per-head amount's "/người" stands between too: "lên 65 triệu đồng/người năm 2020".)
_ADJACENT_PERIOD_GAP = _lazy_pattern(r"(?:[^\S\n]*/[^\S\n]*người)?[^\S\n]*(?:trong|vào)?[^\S\n]*")


# "Thu ngân sách tháng 6 năm 2017 được 476.994 triệu đồng, lũy kế được 4.474.241 triệu đồng":
# a total so far, named by no period of its own, runs to the month named before it.
_CUMULATIVE_RE = _lazy_pattern(_B + r"(?:lũy\s+kế|cộng\s+dồn)" + _W)
_CUMULATIVE_PRESCAN = scan.first_words(["lũy", "cộng"])


# "so với cùng kỳ": a comparison with the same period says a figure is a period's figure
# (matched once over the text: a search of the sentence per figure was quadratic).
_SAME_PERIOD_RE = _lazy_pattern(_B + r"cùng\s+kỳ" + _W)
_SAME_PERIOD_PRESCAN = scan.first_words(["cùng"])


_AREA_CODES = frozenset(("cluster_area", "industrial_park_area", "industrial_land_area"))


def _in_dateless_bracket(ctx: _Context, q: Quantity, sent: tuple[int, int]) -> bool:
    """Whether ``q`` sits in a bracket of a sentence that names no period: "Các cụm công
    nghiệp khác như: Cẩm Giàng (Bạch Thông, 43ha), ..." and "điều chỉnh CCN Long Hòa (diện tích
    20ha, thuộc xã ...)" give the size of a named cluster or park, a stock; the year of the
    sentence before ("khởi công từ cuối năm 2024") is not its period (SCHEMA.md: stocks with no
    period of their own keep none)."""
    norm = ctx.norm
    opening = norm.rfind("(", sent[0], q.start)
    if opening < 0 or norm.find(")", opening, q.start) >= 0:
        return False
    closing = norm.find(")", q.end, sent[1])
    if closing < 0:
        return False
    # (A sentence that names a period keeps it for the sizes it lists: "tổng diện tích đất phát
    # triển các KCN đến năm 2030 là 872ha, gồm: KCN Bình Hòa (252ha), ..." are planned ones.)
    i = bisect_left(ctx.mention_starts, sent[0])
    return not (i < len(ctx.mention_starts) and ctx.mention_starts[i] < closing)


def _period_for(ctx: _Context, pos: int, sent: tuple[int, int], carry: bool = True) -> Period:
    if ctx.respectively:
        respective = _respective_period(ctx, pos, sent)
        if respective is not None:
            return respective
    period = _month_before_total(ctx, pos, _named_period_for(ctx, pos, sent, carry))
    if period.kind == "month" and period.month is not None:
        idx = bisect_left(ctx.mention_starts, pos) - 1
        lo = max(sent[0], ctx.mentions[idx].end) if idx >= 0 else sent[0]
        if lo < pos and _matches_in(ctx, _CUMULATIVE_RE, _CUMULATIVE_PRESCAN, lo, pos):
            if period.month == 6:
                return Period("half", period.year, 6, 6)
            return Period("ytd", period.year, period.month, period.month)
    if period.kind in ("ytd", "half") and period.month is not None and _month_compared(ctx, pos, sent):
        return Period("month", period.year, period.month)
    if (
        period.kind == "year"
        and period.year is not None
        and ctx.norm.find("năm", max(0, pos - 24), pos) >= 0
        and _LAST_YEAR_ASIDE.search(ctx.norm, max(0, pos - 24), pos)
    ):
        # "Nhóm nông lâm thuỷ sản chiếm 32,2% (năm trước 32,6%)": the year before's figure,
        # given aside (w12t17).
        return Period("year", period.year - 1)
    return period


_LAST_YEAR_ASIDE = _lazy_pattern(r"\(\s*năm\s+(?:trước|ngoái)\s*(?:chiếm\s+|là\s+|đạt\s+)?$")


# "Một số sản phẩm ... có mức tăng cao so với tháng cùng kỳ năm trước như: Săm xe tăng
# 47,54%": set against the same month of the year before, the figures are the month's, the last
# month of the months so far the text runs in (not the total so far).
_MONTH_COMPARED = _lazy_pattern(_B + r"so\s+(?:với\s+)?(?P<m>tháng\s+)?cùng\s+kỳ" + _W)


def _month_compared(ctx: _Context, pos: int, sent: tuple[int, int]) -> bool:
    """Whether every comparison of the sentence of the figure at ``pos`` is with "tháng cùng
    kỳ" and the sentence names no period before the figure."""
    norm = ctx.norm
    if norm.find("tháng cùng", sent[0], sent[1]) < 0:
        return False
    idx = bisect_left(ctx.mention_starts, sent[0])
    if idx < len(ctx.mentions) and ctx.mentions[idx].start < pos:
        return False
    found = [m.group("m") is not None for m in _MONTH_COMPARED.finditer(norm, sent[0], sent[1])]
    return bool(found) and all(found) and norm.count("so với", sent[0], sent[1]) <= len(found)


# "giá trị sản xuất công nghiệp đạt 1.760 tỷ đồng; lũy kế 9 tháng đạt 13.860 tỷ đồng": the
# figure before a total so far is the last month's.
_TOTAL_AFTER = _lazy_pattern(r"[^;.\n]{0,40}?[;,]\s*lũy\s+kế" + _W)


def _month_before_total(ctx: _Context, pos: int, period: Period) -> Period:
    """The month of a figure that a total so far follows, when its clause names no period of its
    own and the months so far it runs in end in that month."""
    if period.kind not in ("ytd", "half") or period.month is None or period.months is None:
        return period
    f = bisect_left(ctx.fact_starts, pos)
    if f >= len(ctx.fact_starts) or ctx.fact_starts[f] != pos:
        return period
    end = ctx.fact_ends[f]
    limit = min(ctx.fact_starts[f + 1] if f + 1 < len(ctx.fact_starts) else len(ctx.norm), end + 60)
    # (Gate: a match in [end, limit) holds "lũy"; nearly no figure has it after it.)
    if (
        ctx.norm.find("lũy", end, limit) < 0
        or not _TOTAL_AFTER.match(ctx.norm, end, limit)
        or _has_own_period(ctx, ctx.structure.clause(pos)[0], pos)
    ):
        return period
    return Period("month", period.year, period.month)


_CAUSE_WORD = _lazy_pattern(_B + r"(?:do|vì|nhờ|bởi)" + _W)


def _named_period_for(ctx: _Context, pos: int, sent: tuple[int, int], carry: bool = True) -> Period:
    mentions, starts = ctx.mentions, ctx.mention_starts
    clause_start, clause_end = ctx.structure.clause(pos)
    para_start, _ = ctx.structure.paragraph(pos)
    chosen: PeriodMention | None = None
    idx = bisect_left(starts, pos) - 1
    # Nearest mention before the figure in its sentence, or a carrying one in the paragraph
    # (comparisons do not date it). The sentence lies within the paragraph.
    if idx >= 0:
        j = ctx.last_dating[idx]
        if (
            j < 0
            or mentions[j].start < sent[0]
            or _bracket_closed(ctx, mentions[j], pos)
            # (A stock's date, "ước đến cuối tháng 12/2023 đạt 58.400 tỷ đồng; tổng vốn ...":
            # its clause's only.)
            or (mentions[j].clause_only and ctx.norm.find(";", mentions[j].end, pos) >= 0)
        ):
            j = ctx.last_carrying[idx]
        if j >= 0 and mentions[j].start >= para_start:
            chosen = mentions[j]
    if chosen is not None and chosen.start >= clause_start and idx + 1 < len(mentions):
        # A period right after the figure is its own, before one named earlier in the clause
        # ("vươn lên từ 3,32% năm 2022 lên 8,3% trong năm 2023", "mục tiêu tăng trưởng 7,5%
        # trong năm nay").
        m = mentions[idx + 1]
        if m.start - pos < 40 and m.period is not None and not m.comparison:
            f = bisect_left(ctx.fact_starts, pos)
            if (
                f < len(ctx.fact_starts)
                and ctx.fact_starts[f] == pos
                and _ADJACENT_PERIOD_GAP.fullmatch(ctx.norm, ctx.fact_ends[f], m.start)
            ):
                chosen = m
    if chosen is None or chosen.start < clause_start:
        # A period named later in the same clause ("đạt 2 tỷ USD trong 6 tháng") is closer
        # than one carried from before the clause.
        nxt = bisect_left(ctx.fact_starts, pos + 1)
        limit = min(clause_end, ctx.fact_starts[nxt]) if nxt < len(ctx.fact_starts) else clause_end
        parts = ctx.norm.find("trong đó", pos, limit)
        if parts >= 0:
            # "xuất siêu ... đạt hơn 845 triệu USD, trong đó tính riêng tháng 8/2024 ước đạt
            # hơn 128 triệu USD": a period after "trong đó" is said of the parts.
            limit = parts
        k = idx + 1
        while k < len(mentions) and mentions[k].start < limit:
            m = mentions[k]
            if not m.comparison and not m.reset and m.period is not None and m.start >= pos:
                # "chiếm 37,6% (Cơ cấu tương ứng của năm 2022 là ...)": a period in a bracket
                # opened after the figure belongs to the bracket's figures.
                if (
                    (chosen is None or chosen.start < sent[0] or m.start - pos < 40)
                    and ctx.norm.find("(", pos, m.start) < 0
                    # "đạt trên 20.283 tỷ đồng do từ đầu năm đến nay lượng hàng hóa dồi dào": a
                    # period in the reason given after the figure is the reason's.
                    and not _CAUSE_WORD.search(ctx.norm, pos, m.start)
                ):
                    chosen = m
                break
            k += 1
    if (chosen is None or chosen.start < sent[0]) and idx + 1 < len(mentions) and mentions[idx + 1].start < sent[1]:
        chosen = _trailing_period(ctx, pos, idx + 1, sent) or chosen
    if chosen is None and carry and ctx.carried is None and idx + 1 < len(mentions):
        chosen = _closing_period(ctx, pos, idx + 1, sent)
    period = chosen.period if chosen is not None and chosen.period is not None else NO_PERIOD
    if period.kind == "month" and period.month is None and chosen is not None:
        period = _this_month(ctx, bisect_left(starts, chosen.start))
    if chosen is not None and chosen.reset:
        period = NO_PERIOD
    elif chosen is None and carry and ctx.carried is not None:
        period = ctx.carried
    elif (
        chosen is None
        and carry
        and (idx < 0 or ctx.last_dating[idx] < 0)
        and _first_period(ctx).kind is not None
        and (
            ctx.first_period_para == para_start
            or _own_status(ctx, pos)
            or _compares_with_same_period(ctx, pos, sent)
            or _in_headline(ctx, pos)
            or _NEW_FLOW_RE.search(ctx.norm, sent[0], pos) is not None
            or _GROWTH_BEFORE.search(ctx.norm, max(sent[0], pos - 20), pos) is not None
        )
    ):
        # A figure before every period of the text ("Trong đó, khu vực FDI đạt 18,9 tỷ USD,
        # tăng 22,8% so với cùng kỳ ... tính chung 7 tháng năm 2022"): a comparison with the
        # same period or an estimate / plan word says it is a period's figure, and the text's
        # first period is the one a reader takes. A stock with neither keeps no period.
        # The figures after it in its paragraph go on in that period ("khai khoáng ước tăng
        # 10,93% ... Trong đó, ... bia 67,8 triệu lít, tăng 7,3%").
        period = _first_period(ctx)
        ctx.first_period_para = para_start
    if period.year is None and period.kind in (None, "month", "ytd", "half", "quarter", "year"):
        if sent not in ctx.year_hints:
            # (The pattern ends in a year, "19.." or "20..": a cheap look before the search.)
            has_year = ctx.norm.find("20", sent[0], sent[1]) >= 0 or ctx.norm.find("19", sent[0], sent[1]) >= 0
            ctx.year_hints[sent] = _YEAR_HINT_RE.search(ctx.norm, sent[0], sent[1]) if has_year else None
        hint = ctx.year_hints[sent]
        if hint is not None and (period.kind is not None or chosen is None or not chosen.reset):
            dated = period.with_year(int(hint.group(1)) + 1)
            same = _same_period_of(ctx) if dated.kind == "year" and carry else None
            return same if same is not None and same.year == dated.year else dated
        if period.kind is not None:
            year = _earlier_year(ctx, idx, pos)
            if year is not None and period.kind != "year" and _past_year(ctx, Period("year", year)):
                # "Đáng chú ý, trong năm 2023, thu nhập ... . Tính chung 9 tháng, chỉ số ... tăng
                # 20,65%" in a text that compares with "cùng kỳ năm 2023": the months of 2024.
                year = _doc_year(ctx)
            if year is None:
                year = _doc_year(ctx)
            if year is not None:
                return period.with_year(year)
    if chosen is None and carry and period.kind is None:
        same = _same_period_of(ctx)
        if same is not None:
            return same
    return period


# "thị xã Gia Nghĩa có số doanh nghiệp thành lập mới cao nhất với 48 công ty, số vốn đăng ký
# là 340 tỷ đồng": what was newly set up is counted over a period, never a stock.
# "Tiếp đến, Quảng Nam tăng trưởng 34,8%; Hải Phòng tăng 14,8%": a growth is over a period.
_GROWTH_BEFORE = _lazy_pattern(r"(?<![^\W_])(?:tăng|giảm)(?:\s+trưởng)?\s+(?:(?:khoảng|gần|hơn|trên)\s+)?$")
# "tỉnh Hải Dương đã cấp phép cho 44 dự án mới với tổng vốn đăng ký là 184,5 triệu USD": projects
# licensed over a period too (blind22 r879; w12t22).
_NEW_FLOW_RE = _lazy_pattern(r"(?<![^\W_])(?:thành\s+lập\s+mới|đăng\s+ký\s+mới|cấp\s+mới|cấp\s+phép)" + _W)


def _bracket_closed(ctx: _Context, mention: PeriodMention, pos: int) -> bool:
    """Whether ``mention`` was named in a bracket closed before ``pos``: "tăng 4,49% (6 tháng
    năm 2021 tăng 2,33%), đạt 43,32% kế hoạch năm, đóng góp 1,13 điểm phần trăm" goes on in
    the period before the bracket."""
    return mention.bracketed and ctx.norm.find(")", mention.end, pos) >= 0


def _in_headline(ctx: _Context, pos: int) -> bool:
    """Whether ``pos`` lies in the headline: a headline figure with no period of its own
    ("Xuất khẩu hàng hóa tỉnh Thái Nguyên vượt 19 tỷ USD") sums up the body's period. A first
    line that ends in a full stop ("Trong 27 dự án FDI còn hiệu lực có 10 dự án ...; 02 dự án
    FDI Thái Lan.") is a sentence of a text cut before its title: its stocks keep no period."""
    end = _headline_end(ctx)
    return pos < end and not ctx.norm[:end].rstrip().endswith(".")


def _headline_end(ctx: _Context) -> int:
    """``_heading_end`` of the text, found once."""
    if ctx.headline_end < 0:
        ctx.headline_end = _heading_end(ctx.norm)
    return ctx.headline_end


def _compares_with_same_period(ctx: _Context, pos: int, sent: tuple[int, int]) -> bool:
    """Whether the figure's sentence, or the paragraph it opens, compares with the same period:
    "Đà Nẵng có 132 dự án FDI cấp mới với tổng vốn đầu tư đăng ký 438 triệu USD. Dù giảm về số
    dự án so với cùng kỳ ..." says the first sentence's figures are a period's too."""
    if _matches_in(ctx, _SAME_PERIOD_RE, _SAME_PERIOD_PRESCAN, sent[0], sent[1]):
        return True
    # (Up to a period named in between: "... 12.000 lao động. Chỉ số ... tháng 6/2024 tăng 3%
    # so với cùng kỳ" compares that month's figure.)
    starts, _ = _match_spans(ctx, _SAME_PERIOD_RE, _SAME_PERIOD_PRESCAN)
    i = bisect_left(starts, sent[1])
    return (
        i < len(starts) and starts[i] < ctx.structure.paragraph(pos)[1] and not _has_own_period(ctx, sent[1], starts[i])
    )


# What may end a clause after a period that closes a list of figures.
_CLAUSE_END_AFTER = _lazy_pattern(r"[^\S\n]*(?:[,.;:]|$)", re.M)


def _trailing_period(ctx: _Context, pos: int, k: int, sent: tuple[int, int]) -> PeriodMention | None:
    """A period that closes a list of figures in the figure's sentence, right after the last of
    them: "Tỉnh phấn đấu đạt tổng thu ngân sách 100.000 tỷ đồng và tăng trưởng GRDP đạt trên 13%
    trong năm 2026, ..." dates both figures, not only the one beside it. ``k`` is the index of
    the first mention after ``pos``."""
    if k >= len(ctx.mentions):
        return None
    m = ctx.mentions[k]
    if m.start >= sent[1] or m.comparison or m.reset or m.period is None:
        return None
    f = bisect_left(ctx.fact_starts, m.start) - 1
    if (
        f < 0
        or ctx.fact_starts[f] <= pos
        or not _ADJACENT_PERIOD_GAP.fullmatch(ctx.norm, ctx.fact_ends[f], m.start)
        or not _CLAUSE_END_AFTER.match(ctx.norm, m.end)
    ):
        return None
    # Two figures joined by "và" alone ("Tỉnh có quỹ đất ... trên 6.000ha, tổng mức bán lẻ ...
    # đạt 3.100 tỷ đồng trong tháng 7/2024": a stock, then a figure of its own period).
    between = ctx.norm[pos : m.start]
    if " và " not in between or "(" in between or any(c + " " in between for c in ",;.:"):
        return None
    return m


# What may follow a period that closes a sentence.
_SENTENCE_END_AFTER = _lazy_pattern(r"[^\S\n]*[.;!]?\s*")


def _closing_period(ctx: _Context, pos: int, k: int, sent: tuple[int, int]) -> PeriodMention | None:
    """The period that closes the figure's sentence, for a figure with none before it in its
    paragraph: "Hải Phòng có 18 dự án FDI được cấp mới ...; 13 dự án điều chỉnh tăng vốn với số
    vốn 127,72 triệu USD trong 5 tháng đầu năm 2016." dates every figure of the sentence.
    ``k`` is the index of the first mention after ``pos``; that must be the closing one. An
    area is a stock ("Tỉnh có quỹ đất công nghiệp với trên 6.000ha, tổng mức bán lẻ ... đạt
    3.100 tỷ đồng trong tháng 7/2024"): it keeps no period."""
    m = ctx.mentions[k]
    f = bisect_left(ctx.fact_starts, pos)
    if (
        m.start >= sent[1]
        or (f < len(ctx.fact_starts) and ctx.norm.endswith("ha", pos, ctx.fact_ends[f]))
        or m.comparison
        or m.reset
        or m.period is None
        or m.period.kind in ("target", "range")
        or (k + 1 < len(ctx.mentions) and ctx.mentions[k + 1].start < sent[1])
        or not _SENTENCE_END_AFTER.fullmatch(ctx.norm, m.end, sent[1])
        or "(" in ctx.norm[pos : m.start]
    ):
        return None
    return m


def _first_period(ctx: _Context) -> Period:
    """The first period the text names (not a comparison, a stock or a horizon), found once."""
    if ctx.first_period is None:
        ctx.first_period = next(
            (
                m.period
                for m in ctx.mentions
                if m.period is not None
                and not m.comparison
                and not m.reset
                # "... tạo đà tăng trưởng mạnh trong năm nay với mục tiêu ...", a period in
                # brackets: said of the figures beside it, not the period the text runs in.
                and m.carries
                and m.period.kind in ("month", "ytd", "half", "quarter", "year")
            ),
            NO_PERIOD,
        )
    return ctx.first_period


def _this_month(ctx: _Context, idx: int) -> Period:
    """ "trong tháng" with no number: the last month named before it (a month, or the last
    month of months so far), else the month of the text's heading."""
    for j in range(idx - 1, max(-1, idx - 30), -1):
        p = ctx.mentions[j].period
        if p is not None and ctx.mentions[j].carries and p.month is not None:
            return Period("month", p.year, p.month)
    carried = ctx.carried
    if carried is not None and carried.month is not None:
        return Period("month", carried.year, carried.month)
    # "trong tháng qua Đà Nẵng cấp chứng nhận đầu tư cho 2 dự án": a month's figure, the month
    # not named in the text (SCHEMA.md: periods come only from the text).
    return Period("month")


def _same_period_of(ctx: _Context) -> Period | None:
    """The period of a text that names its own only through comparisons: "so với cùng kỳ
    năm 2016" and "của 6 tháng năm 2016" elsewhere make it the 6 months of 2017."""
    if not ctx.same_period_known:
        ctx.same_period_known = True
        year = _doc_year(ctx)
        hint = _YEAR_HINT_RE.search(ctx.norm)
        if year is not None and hint is not None and "cùng" in hint.group(0):
            for m in ctx.mentions:
                p = m.period
                if m.comparison and p is not None and p.year == year - 1 and p.kind in ("half", "ytd", "quarter"):
                    ctx.same_period = Period(p.kind, year, p.month, p.months, p.quarter)
                    break
    return ctx.same_period


def _doc_year(ctx: _Context) -> int | None:
    """The year of a text whose periods name none: from "so với cùng kỳ năm 2023" (2024) or,
    failing that, the first dated period the text names ("Tính chung 10 tháng năm 2016")."""
    if ctx.doc_year == -1:
        hint = _YEAR_HINT_RE.search(ctx.norm)
        ctx.doc_year = int(hint.group(1)) + 1 if hint is not None and "cùng" in hint.group(0) else None
        ctx.doc_year_compared = ctx.doc_year is not None
        if ctx.doc_year is None:
            ctx.doc_year = _same_month_compared(ctx)
            ctx.doc_year_compared = ctx.doc_year is not None
        if ctx.doc_year is None:
            first = next(
                (
                    m
                    for m in ctx.mentions
                    if m.period is not None
                    and not m.comparison
                    and m.period.year is not None
                    and m.period.kind in ("month", "ytd", "half", "quarter", "year")
                ),
                None,
            )
            if first is not None and first.period is not None:
                ctx.doc_year = first.period.year
                if first.bracketed and _SAME_PERIOD_BRACKET.search(ctx.norm, max(0, first.start - 20), first.start):
                    # "cao hơn so với cùng kỳ (6 tháng đầu năm 2020 tăng trưởng đạt 4,34%)": the
                    # bracket states the same period of the year before (blind14 r541).
                    ctx.doc_year = first.period.year + 1  # type: ignore[operator]
                    ctx.doc_year_compared = True
        if ctx.doc_year is None:
            # "9 tháng ... so với kế hoạch đề ra đầu năm 2022": the months run in the year
            # whose beginning the text names. "đạt 103% kế hoạch năm 2022": the plan attained
            # is the year's (dev r250 and blind13 r504 date their months so). "tình hình ... sau
            # 7 tháng đầu năm 2025 đạt nhiều kết quả": the months after which the text reports.
            ctx.doc_year = next(
                (
                    m.period.year
                    for m in ctx.mentions
                    if m.period is not None
                    and m.period.year is not None
                    and (
                        (m.period.kind == "year" and _YEAR_NAMED_BEFORE.search(ctx.norm, max(0, m.start - 20), m.start))
                        or (
                            m.period.kind in ("ytd", "half", "quarter")
                            and ctx.norm.endswith("sau ", max(0, m.start - 4), m.start)
                        )
                    )
                ),
                None,
            )
    return ctx.doc_year


def _same_month_compared(ctx: _Context) -> int | None:
    """The year of a month compared with the same month of a named year: "Tháng 1, chỉ số ...
    tăng 7,86% so với tháng 1-2019" runs in 2020 (blind19 r746). Only when the text names that
    month with no year of its own; "so với tháng 11/2019" in a December report is mom."""
    first = next((m for m in ctx.mentions if m.period is not None and not m.comparison), None)
    if first is None or first.period is None or first.period.kind != "month" or first.period.year is not None:
        return None
    for m in ctx.mentions:
        p = m.period
        if (
            m.comparison
            and p is not None
            and p.kind == "month"
            and p.year is not None
            and p.month == first.period.month
            and ctx.norm.endswith("so với ", max(0, m.start - 7), m.start)
        ):
            return p.year + 1
    return None


# What makes a whole year before it, a comparison, still the text's year (``_doc_year``).
_YEAR_NAMED_BEFORE = _lazy_pattern(r"(?:" + _B + r"đầu|" + _PLAN_WORDS + r")\s+$")
# A bracket that states the same period of the year before (``_doc_year``).
_SAME_PERIOD_BRACKET = _lazy_pattern(_B + r"cùng\s+kỳ\s*\(\s*$")


def _past_year(ctx: _Context, period: Period) -> bool:
    """Whether ``period`` is a whole year before the one the text compares with the year
    before ("so với cùng kỳ năm 2023" dates the text to 2024): background ("Đáng chú ý, trong
    năm 2023, thu nhập bình quân ..."), not the period the paragraphs after it run in."""
    if period.kind != "year" or period.year is None:
        return False
    year = _doc_year(ctx)
    return year is not None and ctx.doc_year_compared and period.year < year


def _earlier_year(ctx: _Context, idx: int, pos: int) -> int | None:
    for j in range(idx, max(-1, idx - 30), -1):
        m = ctx.mentions[j]
        if m.period is not None and not m.comparison and m.period.year is not None and m.period.kind != "target":
            if _bracket_closed(ctx, m, pos):
                # "gấp 14 lần so với cùng kỳ năm ngoái (hai tháng đầu năm 2025 chỉ đạt 113,78
                # triệu USD), và chiếm 27,4%": the year of a closed bracket is its figure's only.
                continue
            return m.period.year
    return None


def _last_before(starts: list[int], lo: int, hi: int) -> int | None:
    idx = bisect_left(starts, hi) - 1
    if idx >= 0 and starts[idx] >= lo:
        return starts[idx]
    return None


def _own_status(ctx: _Context, pos: int, lo: int | None = None) -> bool:
    clause_start, _ = ctx.structure.clause(pos)
    lo = clause_start if lo is None else max(lo, clause_start)
    return (
        _last_before(ctx.estimates, lo, pos) is not None
        or _last_before(ctx.plans, lo, pos) is not None
        or _fixed_status(ctx, pos) is not None
        or _future_after(ctx, pos)
    )


def _match_spans(ctx: _Context, pattern: re.Pattern[str], prescan: re.Pattern[str]) -> tuple[list[int], list[int]]:
    """Starts and ends of the matches of ``pattern`` over the whole text, found once: searching
    a sentence again for each of its figures was quadratic in a long sentence."""
    found = ctx.matches.get(id(pattern))
    if found is None:
        spans = [m.span() for m in scan.finditer(pattern, prescan, ctx.norm)]
        found = ctx.matches[id(pattern)] = ([s for s, _ in spans], [e for _, e in spans])
    return found


def _matches_in(ctx: _Context, pattern: re.Pattern[str], prescan: re.Pattern[str], lo: int, hi: int) -> bool:
    """Whether ``pattern`` matches inside [lo, hi) of the text (the first match starting at
    ``lo`` or after has the least end)."""
    starts, ends = _match_spans(ctx, pattern, prescan)
    i = bisect_left(starts, lo)
    return i < len(starts) and ends[i] <= hi


def _last_match_end(ctx: _Context, pattern: re.Pattern[str], prescan: re.Pattern[str], lo: int, hi: int) -> int:
    """End of the last match of ``pattern`` inside [lo, hi) of the text, or -1."""
    starts, ends = _match_spans(ctx, pattern, prescan)
    i = bisect_right(ends, hi) - 1
    return ends[i] if i >= 0 and starts[i] >= lo else -1


def _in_scope(ctx: _Context, word: int | None, pos: int) -> int | None:
    """``word`` (a status word's position) if no contrast ("nhưng") lies between it and the
    figure, nor the end of a bracket it is inside ("(kế hoạch là 92%) và tỷ lệ che phủ rừng 63%")."""
    if word is None or _last_before(ctx.contrasts, word, pos) is not None or _bracketed(ctx.norm, word, pos):
        return None
    return word


def _bracketed(norm: str, word: int, pos: int) -> bool:
    """Whether the status word at ``word`` lies inside brackets closed before ``pos`` that hold
    a figure of their own ("(kế hoạch là 92%)"; not a status mark: "năm 2024 (ước thực hiện)")."""
    close = norm.find(")", word, pos)
    if close < 0:
        return False
    opened = norm.rfind("(", max(0, word - 120), word)
    return opened >= 0 and norm.find(")", opened, word) < 0 and any(c.isdigit() for c in norm[word:close])


# A status mark in brackets right after the figure: "tăng 7,2% (ước tính)", "5 tỷ USD (số ước)".
_STATUS_MARK_AFTER = _lazy_pattern(
    r"[^\S\n]*\([^\S\n]*(?:số[^\S\n]+)?(?:(?P<estimate>ước|dự[^\S\n]+(?:kiến|ước|tính|báo))|(?P<plan>kế[^\S\n]+hoạch|kh|dự[^\S\n]+toán)"
    r"|(?P<actual>sơ[^\S\n]+bộ|chính[^\S\n]+thức|thực[^\S\n]+hiện))(?:[^\S\n]+[^\W\d_]+){0,2}[^\S\n]*\)"
)


def _fixed_status(ctx: _Context, pos: int) -> str | None:
    """The status the wording right around a figure fixes, whatever status word comes before:
    a mark after it ("(ước tính)"), a plan's value ("kế hoạch đề ra là 7%"), the country's
    yardstick ("(cả nước tăng 5,2%)"). Looked up once per figure."""
    if pos in ctx.fixed:
        return ctx.fixed[pos]
    fixed = _status_mark(ctx, pos)
    if fixed is None:
        fixed = (
            "plan"
            if _plan_value(ctx, pos) or _set_by_document(ctx, pos)
            else "actual"
            if _national_yardstick(ctx, pos)
            else None
        )
    ctx.fixed[pos] = fixed
    return fixed


# "đạt trên 17.600 tỷ đồng vào năm 2020 theo Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XVI đề
# ra": the value a resolution or plan set out, i.e. the plan.
_SET_BY_AFTER = _lazy_pattern(
    r"[^\S\n]*(?:vào[^\S\n]+)?(?:(?:năm|cuối[^\S\n]+năm)[^\S\n]+(?:19|20)[0-9]{2}[^\S\n]+)?theo[^\S\n]+"
    r"(?:nghị[^\S\n]+quyết|kế[^\S\n]+hoạch|quyết[^\S\n]+định|chương[^\S\n]+trình|quy[^\S\n]+hoạch)"
    r"[^.;:\n]{0,80}?(?<![^\W_])(?:đề[^\S\n]+ra|giao)(?![^\W_])"
)


def _set_by_document(ctx: _Context, pos: int) -> bool:
    end = _figure_end(ctx, pos)
    # (The pattern needs "theo" within a few words: a cheap pre-check.)
    return ctx.norm.find("theo", end, end + 25) >= 0 and _SET_BY_AFTER.match(ctx.norm, end) is not None


def _status_mark(ctx: _Context, pos: int) -> str | None:
    end = _figure_end(ctx, pos)
    if ctx.norm.find("(", end, end + 4) < 0:
        return None
    m = _STATUS_MARK_AFTER.match(ctx.norm, end)
    return None if m is None else m.lastgroup


# The value of a plan named right after the plan word ("vượt kế hoạch đề ra là từ 7,0% đến
# 7,5%", "thấp hơn kế hoạch đề ra (6,5%)", "(kế hoạch là 92%)", "mục tiêu năm 2023 của tỉnh
# đó là tăng trưởng giá trị sản xuất công nghiệp 9,5%"): the plan, whatever verb comes before
# the plan word ("vượt", "hoàn thành", "thấp hơn").
_PLAN_VALUE_BEFORE = _lazy_pattern(
    _B
    + r"(?:kế\s+hoạch|kh|mục\s+tiêu|chỉ\s+tiêu|dự\s+toán|kịch\s+bản)"
    # The words between name the plan ("đề ra", "năm 2023", "Nghị quyết", "của tỉnh"), no verb.
    + r"(?:\s+(?:năm\s+(?:19|20)[0-9]{2}|(?!đạt|tăng|giảm|ước|đã|và|là)[^\W\d_]+)){0,5}?"
    + r"\s*(?:là\s+(?:[^\W\d_]+\s+){0,8}?|:\s*|\(\s*)(?:(?:từ|tăng|khoảng|trên|hơn|đạt)\s+)?$"
    # "đưa kim ngạch xuất khẩu đạt mục tiêu 1,2 tỷ USD", "chỉ tiêu đề ra 7%": a target's value
    # written right after it ("vượt kế hoạch 3,2%" is a comparison with the plan: not "kế hoạch").
    + r"|(?:mục\s+tiêu|chỉ\s+tiêu)(?:\s+(?:đề\s+ra|năm\s+(?:19|20)[0-9]{2}))?\s+(?:(?:từ|khoảng|trên|hơn)\s+)?$"
)


# The country's figure given beside a province's as a yardstick ("ước tăng 6,5%, cao hơn
# mức tăng của cả nước là 3,02%", "ước đạt 7,4% (cả nước tăng 5,2%)"): published, not the
# province's estimate or plan.
_NATIONAL_YARDSTICK_LEAD = _lazy_pattern(
    r"(?:\(\s*|" + _B + r"(?:hơn|so\s+với|bình\s+quân|trung\s+bình)\s+(?:[^\W\d_]+\s+){0,4}?)$"
)
_NATIONAL_YARDSTICK_TAIL = _lazy_pattern(
    r"(?:cả\s+nước|toàn\s+quốc)\s*(?:(?:là|chỉ|đạt|tăng|giảm|ở\s+mức|khoảng|với)\s+){0,2}[:(]?\s*$"
)


def _national_yardstick(ctx: _Context, pos: int) -> bool:
    # From the last national mention before the figure only: a search before every figure
    # cost several per cent of the extraction time.
    j = bisect_left(ctx.national_starts, pos) - 1
    if j < 0 or ctx.national_starts[j] < pos - 60:
        return False
    nat = ctx.national_starts[j]
    return (
        _NATIONAL_YARDSTICK_TAIL.match(ctx.norm, nat, pos) is not None
        and _NATIONAL_YARDSTICK_LEAD.search(ctx.norm, max(0, nat - 45), nat) is not None
    )


_PLAN_NOUN_RE = _lazy_pattern(r"(?:kế\s+hoạch|kh|mục\s+tiêu|chỉ\s+tiêu|dự\s+toán|kịch\s+bản)" + _W)
_PLAN_NOUN_PRESCAN = scan.first_words(["kế", "kh", "mục", "chỉ", "dự", "kịch"])


def _plan_value(ctx: _Context, pos: int) -> bool:
    """Whether the figure at ``pos`` is the value of a plan named just before it (tried only
    from the plan nouns found once in the text, within 120 characters before the figure)."""
    starts, _ = _match_spans(ctx, _PLAN_NOUN_RE, _PLAN_NOUN_PRESCAN)
    i = bisect_left(starts, pos - 120)
    while i < len(starts) and starts[i] < pos:
        if _PLAN_VALUE_BEFORE.match(ctx.norm, starts[i], pos) is not None:
            return True
        i += 1
    return False


def _status_for(ctx: _Context, pos: int, sent: tuple[int, int], period: Period) -> str:
    clause_start, _ = ctx.structure.clause(pos)
    fixed = _fixed_status(ctx, pos)
    if fixed is not None:
        return fixed
    est = _in_scope(ctx, _last_before(ctx.estimates, clause_start, pos), pos)
    plan = _in_scope(ctx, _last_before(ctx.plans, clause_start, pos), pos)
    if est is None and plan is None and clause_start > sent[0]:
        # Words that lead the sentence ("Năm 2025, tỉnh phấn đấu: ...") govern its clauses.
        lead_end = _lead_end(ctx, sent)
        est = _in_scope(ctx, _last_before(ctx.estimates, sent[0], lead_end), pos)
        plan = _in_scope(ctx, _last_before(ctx.plans, sent[0], lead_end), pos)
        if est is None and plan is None:
            plan = _striving_lead(ctx, sent, pos)
    if (
        est is not None
        and ctx.norm.startswith("dự kiến", est)
        and (lead_plan := _last_before(ctx.plans, sent[0], est)) is not None
        and _last_before(ctx.fact_starts, lead_plan, est) is None
    ):
        # "Còn kế hoạch dự toán năm 2019 của tỉnh, thì dự kiến thu cân đối ngân sách hơn 6,8
        # nghìn tỷ": what a plan named first is expected to hold is that plan.
        est = None
        plan = lead_plan
    if plan is not None and est is None and _done(ctx, plan, pos):
        # "quy hoạch 25 CCN ...; đã thành lập 11 cụm", "kế hoạch vốn ..., đã giải ngân đạt
        # 62%": what is done after the plan word is not the plan.
        plan = None
    if est is not None or plan is not None:
        return "estimate" if (plan is None or (est is not None and est > plan)) else "plan"
    if (period.kind == "target" and not _done(ctx, sent[0], pos)) or _future(ctx, pos, clause_start):
        return "plan"
    parts = ctx.norm.rfind("trong đó", sent[0], clause_start)
    if parts > sent[0] and _last_before(ctx.estimates, sent[0], parts) is not None:
        # "Tổng mức bán lẻ ... ước đạt 2.362,56 tỷ đồng, ...; trong đó: doanh thu bán lẻ hàng
        # hóa 2.098,20 tỷ đồng, ...; doanh thu lưu trú và ăn uống 185,17 tỷ đồng": the parts of
        # an estimated whole are estimated with it (blind19 r747).
        return "estimate"
    return _list_lead_status(ctx, pos) or "actual"


_LEAD_LINE_END = _lazy_pattern(r":[^\S\n]*\n")
_LIST_ITEM = _lazy_pattern(r"[^\S\n]*(?:[-+•*–—]|[0-9]{1,2}[.)]\s|[a-zđ]\)\s)")


def _list_lead_status(ctx: _Context, pos: int) -> str | None:
    """The status of a lead line ending in ":" ("Ước tính tháng 8/2024:", "Mục tiêu đến năm
    2030:") for the list lines under it ("- Chỉ số sản xuất công nghiệp tăng 5,1%"), or None."""
    if ctx.list_leads is None:
        ctx.list_leads = _find_list_leads(ctx)
    i = bisect_right(ctx.list_leads, (pos, len(ctx.norm) + 1, "")) - 1
    if i >= 0 and ctx.list_leads[i][0] <= pos < ctx.list_leads[i][1]:
        return ctx.list_leads[i][2]
    return None


def _find_list_leads(ctx: _Context) -> list[tuple[int, int, str]]:
    norm = ctx.norm
    runs: list[tuple[int, int, str]] = []
    for m in _LEAD_LINE_END.finditer(norm):
        colon, line_start = m.start(), norm.rfind("\n", 0, m.start()) + 1
        if _last_before(ctx.fact_starts, line_start, colon) is not None:
            continue
        est = _last_before(ctx.estimates, line_start, colon)
        plan = _last_before(ctx.plans, line_start, colon)
        if est is None and plan is None:
            continue
        status = "estimate" if plan is None or (est is not None and est > plan) else "plan"
        end = start = m.end()
        while True:
            while end < len(norm) and norm[end] == "\n":
                end += 1
            if end >= len(norm) or not _LIST_ITEM.match(norm, end):
                break
            nl = norm.find("\n", end)
            end = len(norm) if nl < 0 else nl
        if end > start:
            runs.append((start, end, status))
    specifics = _target_specifics(ctx)
    return sorted(runs + specifics) if specifics else runs


# "nghị quyết đã đề ra một số chỉ tiêu kinh tế - xã hội chủ yếu ... năm 2024. Cụ thể như: Tốc độ
# tăng trưởng ... đạt 9-10%; ... Thu ngân sách Nhà nước đạt 15.903 tỷ đồng", "nhiều địa phương
# được đặt mục tiêu tăng trưởng GRDP từ 10% trở lên." / "Cụ thể, ...: Quảng Ninh: 12%; ...": the
# figures spelled out after a sentence that sets targets are those targets (blind26 r1022,
# r1035); not after one that reports them met ("4 chỉ tiêu ... đều đạt và vượt kế hoạch đề ra.
# Cụ thể, ...", r1024).
_SPECIFICS_OPEN = _lazy_pattern(r"[^\w]*cụ\s+thể" + _W)
_TARGETS_SET = _lazy_pattern(
    "(?:"
    + _words_first(r"đề\s+ra", r"đặt\s+ra", "đặt", "giao", r"xác\s+định")
    + r")(?:\s+[^\W\d_]+){0,3}?\s+(?:chỉ\s+tiêu|mục\s+tiêu)"
    + _W
)
_TARGETS_MET = _lazy_pattern(_B + r"(?:đạt|vượt|hoàn\s+thành|thực\s+hiện|kết\s+quả)" + _W)


def _target_specifics(ctx: _Context) -> list[tuple[int, int, str]]:
    norm, runs = ctx.norm, []
    at = norm.find("cụ thể")
    while at >= 0:
        sent_start, _ = ctx.structure.sentence(at)
        opened = _SPECIFICS_OPEN.match(norm, sent_start)
        if opened is not None and opened.end() == at + 6 and sent_start > 0:
            j = sent_start - 1
            while j > 0 and norm[j].isspace():
                j -= 1
            lead_start, lead_end = ctx.structure.sentence(j)
            setting = _TARGETS_SET.search(norm, lead_start, lead_end)
            if setting is not None and _TARGETS_MET.search(norm, lead_start, setting.start()) is None:
                runs.append((sent_start, ctx.structure.paragraph(sent_start)[1], "plan"))
        at = norm.find("cụ thể", at + 6)
    return runs


def _figure_end(ctx: _Context, pos: int) -> int:
    """The end of the figure starting at ``pos`` (``pos`` if none does), asked several times per
    figure: looked up in a dict built once (the first figure of a start, as a bisection found)."""
    ends = ctx.figure_ends
    if ends is None:
        ends = ctx.figure_ends = dict(zip(reversed(ctx.fact_starts), reversed(ctx.fact_ends), strict=True))
    return ends.get(pos, pos)


def _done(ctx: _Context, plan: int, pos: int) -> bool:
    """Whether what is done lies between a plan word and the figure, or is said right after the
    figure ("có 4 cụm công nghiệp đã thành lập")."""
    return (
        _matches_in(ctx, _DONE_RE, _DONE_PRESCAN, plan, pos)
        or _matches_in(ctx, _DONE_DUOC_RE, _DONE_DUOC_PRESCAN, plan, pos)
        or _DONE_AFTER.match(ctx.norm, _figure_end(ctx, pos)) is not None
    )


def _future(ctx: _Context, pos: int, clause_start: int) -> bool:
    """Whether the figure is said of the future ("sẽ") with no status word: a plan."""
    word = _last_match_end(ctx, _FUTURE_RE, _FUTURE_PRESCAN, clause_start, pos)
    if word >= 0 and _in_scope(ctx, word, pos) is not None:
        return True
    return _future_after(ctx, pos)


def _future_after(ctx: _Context, pos: int) -> bool:
    """Whether "sẽ" follows the figure at ``pos`` within a few words ("2 khu công nghiệp sẽ
    thành lập mới"); tried only where the text has a "sẽ" just after the figure."""
    starts, _ = _match_spans(ctx, _FUTURE_RE, _FUTURE_PRESCAN)
    end = _figure_end(ctx, pos)
    i = bisect_left(starts, end)
    if i < len(starts) and starts[i] <= end + 40 and _FUTURE_AFTER.match(ctx.norm, end) is not None:
        return True
    # "32 khu công nghiệp đã được quy hoạch", "8 KCN quy hoạch với tổng diện tích ...": what
    # is counted is planned (SCHEMA.md: "quy hoạch" is ``plan``), said after the figure (w12sc).
    j = bisect_left(ctx.plans, end)
    return (
        j < len(ctx.plans)
        and ctx.plans[j] <= end + 40
        and ctx.norm.startswith("quy", ctx.plans[j])
        and _PLANNED_AFTER.match(ctx.norm, end) is not None
    )


_PLANNED_AFTER = _lazy_pattern(
    r"[^\S\n]*(?:(?!theo|và|có|với|của|đã|được)[^\W\d_]+[^\S\n]+){0,3}?(?:mới[^\S\n]+)?(?:đã[^\S\n]+)?"
    # ("9 cụm đã quy hoạch chi tiết": the detailed plan of a cluster is drawn up, done.)
    r"(?:được[^\S\n]+)?quy[^\S\n]+hoạch" + _W + r"(?![^\S\n]+chi[^\S\n]+tiết)"
)


# A fact sheet's line "GRDP (2022): 74.709 tỉ đồng": the label's year (``periods``) dates the
# figures of its line only, so it is not the period the next lines go on in ("Khu công nghiệp:
# ... KCN Sông Hậu diện tích 286 ha" has none; blind15 r615).
_LABEL_LINE = _lazy_pattern(r"[^\W\d_][^\n()]{0,40}\(\s*((?:19|20)[0-9]{2})\s*\)\s*:")


def _label_dated(ctx: _Context, pos: int, period: Period) -> bool:
    if period.kind != "year":
        return False
    lo = ctx.norm.rfind("\n", max(0, pos - 120), pos)
    if lo < 0 and pos > 120:
        return False
    # (The label's "(" comes within 42 characters of the line's start: a cheap test first,
    # as most lines have none.)
    if ctx.norm.find("(", lo + 1, min(pos, lo + 43)) < 0:
        return False
    m = _LABEL_LINE.match(ctx.norm, lo + 1, pos)
    return m is not None and int(m.group(1)) == period.year


def _striving_lead(ctx: _Context, sent: tuple[int, int], pos: int) -> int | None:
    """The "phấn đấu" of a sentence's first clause when that clause ends in ";": "Năm 2026, các
    khu công nghiệp phấn đấu thu hút đầu tư đạt khoảng 2,3 tỷ USD; thu nộp ngân sách 28.000 tỷ
    đồng, ... và giải quyết việc làm mới cho 3.000 lao động" strives for every target listed
    (blind15 r596); a figure after "nhưng" is not governed (``_in_scope``)."""
    if ctx.norm.find(";", sent[0], pos) < 0:
        return None  # (a cheap test first: the first clause's ";" lies before the figure)
    first_end = ctx.structure.clause(sent[0])[1]
    if first_end >= pos or ctx.norm[first_end - 1] != ";":
        return None
    word = _last_before(ctx.plans, sent[0], first_end)
    if word is None or not ctx.norm.startswith("phấn đấu", word):
        return None
    return _in_scope(ctx, word, pos)


def _lead_end(ctx: _Context, sent: tuple[int, int]) -> int:
    idx = bisect_left(ctx.phrase_starts, sent[0])
    first_phrase = ctx.phrases[idx].start if idx < len(ctx.phrases) and ctx.phrases[idx].start < sent[1] else sent[1]
    first_clause_end = ctx.structure.clause(sent[0])[1]
    if (
        first_clause_end < sent[1]
        and ctx.norm[first_clause_end - 1] == ":"
        and _last_before(ctx.fact_starts, sent[0], first_clause_end) is None
    ):
        # "Các ngành cấp 4 có chỉ số sản xuất ước tăng so với cùng kỳ như: sản xuất bia
        # (+3,3%); may trang phục (+6,9%)": a lead with no figure that ends in ":" governs
        # the list after it, its status word also after the indicator it names.
        return first_clause_end
    return min(first_phrase, first_clause_end) if first_clause_end < sent[1] else first_phrase


# "dẫn đầu cả nước", "cao nhất cả nước", "thứ hai cả nước": a rank among provinces, not a
# national figure.
# "kim ngạch xuất khẩu hàng hóa của Việt Nam đạt 30,6 tỷ USD": the country owns the subject of
# the figure (not "thứ 2 của cả nước").
_NATIONAL_SUBJECT = _lazy_pattern(
    r"(?:cả\s+nước|toàn\s+quốc|việt\s+nam|nước\s+ta)\s+(?:ước\s+(?:tính\s+)?)?(?:đạt|tăng|giảm)" + _W
)
_NOT_NATIONAL_BEFORE = _lazy_pattern(
    r"(?:so\s+với|bình\s+quân|trung\s+bình|mức|thứ|của|trong|đầu|nhất|hai|ba|tư|về|[0-9])\s*$"
)


# ("nhóm may mặc, mũ, nón, giày dép tăng 0,84%": a group of the price index named by its goods,
# without "hàng": blind23 r908.)
_PRICE_GROUPS_REACH = 700
_PRICE_GROUPS_CUE = _lazy_pattern(r"(?:(?<![0-9])[0-9]{1,2}\s*/\s*|trong\s+)11\s+nhóm" + _W)
_GOLD_OR_DOLLAR = _lazy_pattern(_B + r"(?:vàng|đô\s*la|usd)" + _W)
_GOODS_CUE = _lazy_pattern(_B + r"(?:nhóm|mặt\s+hàng|ngành\s+hàng|thị\s+trường)" + _W)
# "có tới 17 ngành có chỉ số tăng, trong đó, một số ngành tăng cao như: Sản xuất giường, tủ,
# bàn ghế tăng 75,64%": industries listed by their growth, parts of the index (or output, or
# economy) they are listed under, even when the lexicon does not know their names.
_INDUSTRY_LIST_CUE = _lazy_pattern(
    r"(?:c" + _A + r"ác|m" + _A + r"ột\s+số|n" + _A + r"(?:hững|hiều)|[0-9]" + _A + r"[0-9]*(?:/[0-9]+)?)"
    r"\s+ngành(?!\s+hàng)" + _W
)
# "Hàn Quốc dẫn đầu với 2 tỷ USD. Tiếp theo là Singapore (1,9 tỷ USD), Trung Quốc ...": the
# next in a ranking of the indicator just given, named by a partner or a place no list holds.
# "một số ngành công nghiệp lại có chỉ số sản xuất giảm so với cùng kỳ năm trước. Chẳng hạn
# như ngành sản xuất thuốc ... giảm 1,7%", "một số ngành sản xuất gặp khó ... Đó là sản xuất xi
# măng, gạch ngói (giảm 6,3%)": a sentence that opens by giving examples lists the industries
# the sentence before announced.
_EXAMPLES_OPEN = _lazy_pattern(r"[^\w(]*(?:đó\s+là|chẳng\s+hạn|cụ\s+thể|điển\s+hình|ví\s+dụ)" + _W)
# (w13a) A period named in the lead ("một số ngành có chỉ số sản xuất 10 tháng năm 2023 tăng
# cao so với cùng kỳ năm trước. Dẫn đầu là ...") is no figure.
_FIGURE_AFTER_CUE = _lazy_pattern(r"[:;]|[0-9]+(?:[.,][0-9]+)?\s*(?:%|lần)")


# (w12x2) "Trong các ngành công nghiệp cấp II, một số ngành ghi nhận sự phục hồi tích cực, chỉ
# số sản xuất đạt mức tăng khá so với cùng kỳ năm trước: Ngành sản xuất da ... tăng 11,71%;
# ngành sản xuất sản phẩm điện tử ... tăng 20,62%; ...": a long lead and long industry names
# put the later items (even the first) past the cue's 150 characters; an item of a list the
# cue opened with a colon or "như" is still one of its industries (blind12 r485, blind20 r801).
_LONG_LIST_REACH = 450
_LIST_OPEN_AFTER_CUE = _lazy_pattern(r":|(?<![^\W_])như(?![^\W_])")


def _far_industry_list(norm: str, far: int, lo: int, pos: int) -> bool:
    """Whether an industry-list cue between ``far`` and ``lo`` opens, with a colon or "như"
    (before ``lo``), the list that the figure at ``pos`` is an item of."""
    if norm.find("ngành", far, lo) < 0:
        return False  # (a cheap test first: most figures are in no such list)
    cue = _INDUSTRY_LIST_CUE.search(norm, far, lo)
    if cue is None:
        return False
    opener = _LIST_OPEN_AFTER_CUE.search(norm, cue.end(), pos)
    # "... các ngành công nghiệp sản xuất và phân phối điện; ...…Một số sản phẩm công nghiệp
    # chủ lực ... như: đường tinh chế tăng 28%": a list of products opened after the cue is
    # no list of its industries (blind9 r392).
    return opener is not None and norm.find("sản phẩm", cue.end(), opener.start()) < 0


def _industry_list_cue(norm: str, sent: tuple[int, int], pos: int) -> bool:
    """Whether an industry-list cue ("một số ngành ...") stands shortly before ``pos`` in its
    sentence, or in the sentence before when this one opens with examples (w12v12)."""
    lo = max(sent[0], pos - 150)
    if _INDUSTRY_LIST_CUE.search(norm, lo, pos):
        return True
    if lo > sent[0] and _far_industry_list(norm, max(sent[0], pos - _LONG_LIST_REACH), lo, pos):
        return True
    if lo != sent[0] or sent[0] == 0:
        return False
    if _EXAMPLES_OPEN.match(norm, sent[0]) is not None:
        return _INDUSTRY_LIST_CUE.search(norm, max(0, pos - 300), sent[0]) is not None
    return _list_lead_sentence(norm, sent) >= 0


def _list_lead_sentence(norm: str, sent: tuple[int, int]) -> int:
    """ "chỉ số sản xuất tháng 01/2023 của một số ngành tăng khá so với cùng kỳ năm trước. Sản
    xuất kim loại tăng 2,8 lần; sản xuất đồ uống tăng 52,21%": a lead sentence with an
    industry-list cue and no figure after it announces the list the next sentence gives
    (blind23 r905). The start of that lead sentence, or -1."""
    if sent[0] == 0 or norm.find("ngành", max(0, sent[0] - 200), sent[0]) < 0:
        return -1  # (a cheap test first)
    prev = norm.rfind(".", max(0, sent[0] - 200), sent[0] - 1)
    cue_end = _last_cue_end(norm, prev + 1, sent[0])
    if cue_end < 0 or _FIGURE_AFTER_CUE.search(norm, cue_end, sent[0]) is not None:
        return -1
    return prev + 1


# The cues of the text last read, for ``_last_cue_end``: the text and the cues' starts and ends,
# one tuple replaced at once (as ``scan._last_read``), so that two threads never see one text's
# starts with another's ends.
_cue_cache: tuple[str | None, list[int], list[int]] = (None, [], [])


def _last_cue_end(norm: str, lo: int, hi: int) -> int:
    """The end of the last cue ``_INDUSTRY_LIST_CUE.finditer(norm, lo, hi)`` gives, or -1.

    With no full stop in the 200 characters before a sentence, ``lo`` is 0: reading the text
    from its start for every figure was quadratic (half the time on a 4 MB text). No cue holds
    a "." and each of the cue's steps reads a "." as the end of the text, so the cues before
    the last "." are those of the whole text, read once a text (same result, w13s)."""
    cue = None
    # (Every cue holds "ngành": a stretch without it has none, and is not scanned.)
    if lo != 0:
        if norm.find("ngành", lo, hi) < 0:
            return -1
        for cue in _INDUSTRY_LIST_CUE.finditer(norm, lo, hi):  # noqa: B007 - the last one
            pass
        return cue.end() if cue is not None else -1
    # The stretches between full stops, back from ``hi``, first (a cue is mostly near); past
    # 3,000 characters, the cues of the whole text.
    top = hi
    dot = norm.rfind(".", 0, hi)
    while True:
        if norm.find("ngành", dot + 1, hi) >= 0:
            for cue in _INDUSTRY_LIST_CUE.finditer(norm, dot + 1, hi):  # noqa: B007 - the last one
                pass
        if cue is not None:
            return cue.end()
        if dot < 0:
            return -1
        hi = dot
        if top - hi >= 3000:
            break
        dot = norm.rfind(".", 0, hi)
    global _cue_cache
    cached = _cue_cache
    if cached[0] is not norm:
        cues = [(m.start(), m.end()) for m in _INDUSTRY_LIST_CUE.finditer(norm)]
        cached = _cue_cache = (norm, [c[0] for c in cues], [c[1] for c in cues])
    i = bisect_left(cached[1], hi) - 1
    return cached[2][i] if i >= 0 else -1


_NEXT_RANKED = _lazy_pattern(_B + r"(?:tiếp\s+(?:theo|đến|sau)|theo\s+sau)(?:\s+là)?" + _W)
_INDUSTRY_LIST_WHOLES = frozenset({"iip", "industrial_output_value", "grdp_growth", "grdp"})
# The indicators a sector of the economy or an industry can be a part of.
_WHOLES_OF = {
    "SECTOR": frozenset(
        {"grdp", "grdp_growth", "employment", "social_investment", "fdi_capital", "domestic_investment_capital"}
    ),
    "INDUSTRY": _INDUSTRY_LIST_WHOLES | {"employment", "fdi_capital", "domestic_investment_capital"},
}
_GENERIC_GROWTH = _lazy_pattern(r"(?:tốc\s+độ\s+|mức\s+)?tăng\s+trưởng")
_ECONOMY_WORDS = _lazy_pattern(r"kinh\s+tế|grdp|gdp|tổng\s+sản\s+phẩm")
_RESPECTIVELY_RE = _lazy_pattern(_B + r"lần\s+lượt" + _W)
_RESPECTIVELY_PRESCAN = _lazy_pattern(r"l(?=ần\s)")


def _respective_region(ctx: _Context, pos: int, sent: tuple[int, int]) -> str | None:
    """ "TP. Hồ Chí Minh, Bắc Ninh, Bình Dương và Thái Nguyên với kết quả lần lượt là: 17,53 tỷ
    USD; 14,37 tỷ USD; ...": the k-th figure after "lần lượt" belongs to the k-th province of
    the run of names before it."""
    # Looked up by bisection: scanning the sentence for every figure was quadratic.
    j = bisect_left(ctx.respectively, (pos, -1)) - 1
    if j < 0 or ctx.respectively[j][0] < sent[0]:
        return None
    m_start, m_end = ctx.respectively[j]
    lo = bisect_left(ctx.province_starts, sent[0])
    i = bisect_left(ctx.province_starts, m_start) - 1
    run: list[str] = []
    next_start = m_start
    while i >= lo and len(ctx.norm[ctx.provinces[i].end : next_start]) <= (60 if not run else 12):
        run.insert(0, ctx.provinces[i].name)
        next_start = ctx.provinces[i].start
        i -= 1
    k = bisect_left(ctx.fact_starts, pos) - bisect_left(ctx.fact_starts, m_end)
    return run[k] if len(run) >= 2 and 0 <= k < len(run) else None


def _respective_verb(ctx: _Context, q: Quantity, sent: tuple[int, int]) -> str | None:
    """ "vốn FDI vào TP HCM, Bắc Ninh, Hà Nội giảm lần lượt 25%, 45% và 43%": the verb before
    the first rate after "lần lượt" is said of each rate after it in the list too."""
    j = bisect_left(ctx.respectively, (q.start, -1)) - 1
    if j < 0 or ctx.respectively[j][0] < sent[0]:
        return None
    m_start, m_end = ctx.respectively[j]
    first = bisect_left(ctx.fact_starts, m_end)
    k = bisect_left(ctx.fact_starts, q.start)
    if not first < k < len(ctx.fact_starts) or ctx.fact_starts[first] - m_end > 12:
        return None
    for i in range(first + 1, k + 1):
        if not _LIST_GLUE.fullmatch(ctx.norm, ctx.fact_ends[i - 1], ctx.fact_starts[i]):
            return None
    verb, _ = _last_verb(ctx.norm, max(sent[0], m_start - 45), ctx.fact_starts[first])
    return verb if verb in _UP or verb in _DOWN else None


_LIST_GLUE = _lazy_pattern(r"[^\S\n]*(?:[,;]|và|,\s*và)[^\S\n]*")


def _respective_period(ctx: _Context, pos: int, sent: tuple[int, int]) -> Period | None:
    """ "Kim ngạch xuất khẩu năm 2022, 2023 và 2024 lần lượt đạt 4 tỷ USD, 5 tỷ USD và 6 tỷ
    USD": the k-th figure after "lần lượt" belongs to the k-th period of the list before it."""
    j = bisect_left(ctx.respectively, (pos, -1)) - 1
    if j < 0 or ctx.respectively[j][0] < sent[0]:
        return None
    m_start, m_end = ctx.respectively[j]
    i = bisect_left(ctx.mention_starts, m_start) - 1
    if i < 0 or ctx.mentions[i].start < sent[0] or ctx.mentions[i].period is None:
        return None
    if m_start - listed_periods_end(ctx.norm, ctx.mentions[i]) > 60:
        return None
    periods = listed_periods(ctx.norm, ctx.mentions, i)
    k = bisect_left(ctx.fact_starts, pos) - bisect_left(ctx.fact_starts, m_end)
    return periods[k] if len(periods) >= 2 and 0 <= k < len(periods) else None


def _region_for(ctx: _Context, pos: int, sent: tuple[int, int]) -> str | None:
    """The last province named before the figure; a national mention ("cả nước") only
    counts inside the figure's own clause, since national comparisons are frequent."""
    respective = _respective_region(ctx, pos, sent)
    if respective is not None:
        return respective
    clause_start, _ = ctx.structure.clause(pos)
    idx = bisect_left(ctx.province_starts, pos) - 1
    province = ctx.provinces[idx] if idx >= 0 else None
    # National mentions after that province and inside the clause, latest first.
    lo = clause_start if province is None else max(province.start + 1, clause_start)
    nationals = ctx.national_starts
    j = bisect_left(nationals, pos) - 1
    while j >= 0 and nationals[j] >= lo:
        start = nationals[j]
        if not _NOT_NATIONAL_BEFORE.search(ctx.norm, max(0, start - 20), start) or (
            ctx.norm.endswith("của ", 0, start) and _NATIONAL_SUBJECT.match(ctx.norm, start)
        ):
            return NATIONAL
        j -= 1
    return province.name if province is not None else ctx.default_region
