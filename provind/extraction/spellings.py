"""Variant spellings rewritten in the search form to the one the rules read.

Reports write the same words many ways: "KNXK" for "kim ngạch xuất khẩu", "tr.USD" for
"triệu USD", "tháng Tám" for "tháng 8", "Tám tháng" for "8 tháng", "Q1/2024" for "quý
1/2024", "9T/2024" for "9 tháng năm 2024", "5.2%" for "5,2%", "chế biến,chế tạo" without
the space, two spaces for one. The rules (lexicon phrases, period patterns, look-backs of
a fixed number of characters) are written for one spelling; rewriting the others to it once,
here, lets every rule read them, where listing each variant in each rule would leave most
rules without them (a rule written from one text does not know how the next one spells).

``rewrite`` returns the edits (start, end, replacement) on the search form; ``normalize``
applies them and keeps the offset map back to the original text.
"""

from __future__ import annotations

import re

from provind.extraction import scan
from provind.extraction.lazy import lazy_pattern

_YEAR = r"(?:19|20)[0-9]{2}(?![0-9])"
_W = r"(?![^\W_])"

# "tháng Tám", "tháng Mười một" (the statistics office writes months in words).
MONTH_WORDS = {
    "một": 1,
    "hai": 2,
    "ba": 3,
    "tư": 4,
    "bốn": 4,
    "năm": 5,
    "sáu": 6,
    "bảy": 7,
    "tám": 8,
    "chín": 9,
    "mười": 10,
    "mười một": 11,
    "mười hai": 12,
}
# Words that are also something else after "tháng" ("8 tháng năm 2024", "mỗi tháng một
# lần"): a month only when capitalised ("tháng Ba") or followed by its year ("tháng năm năm
# 2024", "tháng ba/2024").
_AMBIGUOUS_MONTHS = frozenset({"một", "hai", "ba", "năm"})
# ("năm" not before a year or a word of one, in the pattern: "8 tháng năm 2024", "6 tháng
# đầu năm nay" are everywhere.)
_MONTH_AFTER = lazy_pattern(
    r"tháng[^\S\n]+(mười[^\S\n]+một|mười[^\S\n]+hai|mười|một|hai|ba|tư|bốn|sáu|bảy|tám|chín"
    r"|năm(?=[^\S\n]*[/-][^\S\n]*" + _YEAR + r"|[^\S\n]+năm[^\S\n]+" + _YEAR + r"|[^\S\n]*[,.;)]"
    r"|[^\S\n]+(?!(?:19|20)[0-9]|năm|nay|đầu|cuối|qua|tới|trước|sau|ngoái)))" + _W
)
_COUNTED_BEFORE = lazy_pattern(r"(?:[0-9]|mười|hai|ba|bốn|năm|sáu|bảy|tám|chín)[^\S\n]+$")
_YEAR_AHEAD = lazy_pattern(r"[^\S\n]*[/-][^\S\n]*" + _YEAR + r"|[^\S\n]+năm[^\S\n]+" + _YEAR)
# "Tám tháng năm 2024", "chín tháng đầu năm": the months so far in words. Found from
# "tháng" (a literal the regex engine skips ahead to) with the number word behind it.
_COUNTS = ("mười một", "mười hai", "mười", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín")
_COUNT_BEFORE = lazy_pattern("tháng(?:" + "|".join(f"(?<={w} tháng)" for w in _COUNTS) + ")" + _W)
# "năm tháng" is five months, but not in "những năm tháng" (years and months) nor before a
# month's number ("trong năm tháng 5" is the year and May).
_NUMBER_AHEAD = lazy_pattern(r"[^\S\n]*[0-9]")
_YEARS_BEFORE = lazy_pattern(r"(?:những|các|bao|nhiều|mấy)[^\S\n]+$")

# "9T/2024" (9 months), "T9/2024" (September), "Q1/2024", "QII-2024": found from the "/" or
# "-" before the year, read backwards.
_SLASH_YEAR = lazy_pattern(
    r"[/-](?:(?<=[0-9]t[/-])|(?<=t[0-9][/-])|(?<=t1[0-2][/-])|(?<=[qi.][iv1-4][/-]))(?=" + _YEAR + ")"
)
_BEFORE_SLASH = lazy_pattern(r"(?<![^\W_])(?:(?P<n>[0-9]{1,2})t|t(?P<m>1[0-2]|0?[1-9])|q\.?(?P<q>iv|iii|ii|i|[1-4]))$")
_QUARTERS = {"i": "1", "ii": "2", "iii": "3", "iv": "4"}

# "5.2%": a decimal point before "%" (three digits after it would be thousands).
_DECIMAL_POINT = lazy_pattern(r"\.(?=[0-9]{1,2}(?![0-9])[^\S\n]*%)")
_SPACES = lazy_pattern(r"  +")
# "tr.USD", "tr.đồng", "trđ" (millions; "triệu đ" is read as VND).
_MILLIONS = lazy_pattern(r"tr(?<![^\W_]tr)\.?[^\S\n]*(?=(?:usd|đồng|đ|vnđ|vnd)" + _W + ")")

# Upper-case abbreviations of the reports and what they stand for. Only where the original
# is upper case ("XK", not "xk"): lower case they are other words or noise.
ABBREVIATIONS = {
    "knxnk": "kim ngạch xuất nhập khẩu",
    "knxk": "kim ngạch xuất khẩu",
    "knnk": "kim ngạch nhập khẩu",
    "xnk": "xuất nhập khẩu",
    "xk": "xuất khẩu",
    "nk": "nhập khẩu",
    "tmbl": "tổng mức bán lẻ",
    "sxcn": "sản xuất công nghiệp",
    "gtsx": "giá trị sản xuất",
    "cn": "công nghiệp",
    "dn": "doanh nghiệp",
    "ck": "cùng kỳ",
    "kh": "kế hoạch",
    "nsnn": "ngân sách nhà nước",
    "đtnn": "đầu tư nước ngoài",
    "vđt": "vốn đầu tư",
    "bq": "bình quân",
    "lk": "lũy kế",
    "ưth": "ước thực hiện",
    "gttt": "giá trị tăng thêm",
    "gtgt": "giá trị gia tăng",
    "xd": "xây dựng",
    "dv": "dịch vụ",
    "kkt": "khu kinh tế",
    # Department reports' shorthand of official names ("Vốn đầu tư toàn XH", "Tổng mức bán lẻ
    # HH và DTDV", "Giá trị sản xuất CN - TTCN").
    "xh": "xã hội",
    "hh": "hàng hóa",
    "dtdv": "doanh thu dịch vụ",
    "ttcn": "tiểu thủ công nghiệp",
}
# Searched in the original text, upper case: capitals are rare, so the engine skips ahead.
_ABBREVIATION_RE = lazy_pattern(scan.word_start_trie(sorted(word.upper() for word in ABBREVIATIONS)) + _W)

Edit = tuple[int, int, str]

# "chế tạotăng1,36%" (spaces lost around inline markup): "tăng"/"giảm" glued to the figure
# after it, and maybe to the word before it, read as the verb it is (w12ch). Found from the
# rare "ă"/"ả" of the verb, read backwards.
_GLUED_VERB = lazy_pattern(r"ăng(?<=tăng)(?=[0-9])|ảm(?<=giảm)(?=[0-9])")
# (Speed: ``re`` tries a pattern that begins with a set of characters ("[/-]", "ă" or "ả") by a
# set test at every offset; ``str.find`` per first word is several times faster (``scan``).)
_GLUED_VERB_PRESCAN = scan.first_words(["ăng", "ảm"])
# (w15s: one regex over the text, which ``re`` skips ahead for to the two marks, in place of
# finding every comma and testing the next character in Python: half the time; most commas
# have a space after them.)
_COMMA_GLUED = lazy_pattern(r"[,;](?=[^\W\d_])")
_SLASH_YEAR_PRESCAN = scan.first_words(["/", "-"])


# "tổng mứcbán lẻ", "6 tháng đầu năm2019" (a space lost the same way): "mức" ends its syllable
# (no Vietnamese syllable goes on after "ức" but "ức" + "h"), and "năm" before a year is the
# word "năm"; a space is put back so that the phrase and the period are read.
# (Each pattern begins with its literal, which the engine skips ahead to.)
_GLUED_MUC = lazy_pattern(r"mức(?<![^\W_]mức)(?=[^\W\d_h])")
_GLUED_NAM = lazy_pattern(r"năm(?<![^\W_]năm)(?=" + _YEAR + ")")
# (w12t20) "tốc độ tăng trưởng kinh tế (GRDP) 9tháng của tỉnh ước tăng 11,66%": the months so
# far glued to their count; a space is put back so that the period is read (blind20 r784).
_GLUED_MONTHS = lazy_pattern(r"tháng(?<=[0-9]tháng)")


# Only where a comparison with the period before or nothing follows: "gấp đôi mức trung bình cả
# nước" sets the figure against a yardstick, which is no change of it (dev r077).
# (It begins with its first letter, the word-start check after it, as ``_WIDENED``: a pattern
# that begins with a look-behind is tried at every offset of the text.)
_TWICE = lazy_pattern(
    r"g" + scan.AFTER_WORD_START + r"ấp[^\S\n]+(đôi)"
    r"(?=[^\S\n]*(?:so[^\S\n]+với|so[^\S\n]+cùng|cùng[^\S\n]+kỳ|[.,;)]|$))"
)


# "cùng k?? năm trước" (a mirror page that lost its non-Latin characters, each "ỳ" written "??"):
# read as "cùng kỳ", so that the comparison is yoy and its "năm 2022" no period of the figure.
_LOST_KY = lazy_pattern(r"(?<![^\W_])cùng[^\S\n]+k(\?\?)")


# "công nghiêp" (a dot below dropped): a syllable ending in "p" takes a rising or a dot-below
# tone, so "nghiêp" is no word and can only be "nghiệp" (industry, enterprise); read so, the
# figure after "giá trị sản xuất công nghiêp" is industrial output.
_NGHIEP_TYPO = lazy_pattern(r"(?<![^\W_])nghiêp(?![^\W_])")
# (w12t25) "Uớc thực hiện 6 tháng năm 2021 là 6.826 tỷ đồng", "uớc đạt" (the horn of "ư"
# dropped; blind25 r985, blind17 r685, blind14 r548): "uớc" is no word, "ước" (estimate) is.
_UOC_TYPO = lazy_pattern(r"(?<![^\W_])uớc(?![^\W_])")
# (w12t25) "Quy mô nền kinh tế ... ước đạt hơn 64.784 tỷ đồng (mở rộng hơn 5.318 tỷ đồng so
# cùng kỳ 2022)" (blind25 r1005, blind13 r502): an economy "widened" by an amount grew by it.
_WIDENED = lazy_pattern(
    r"m" + scan.AFTER_WORD_START + r"ở\s+rộng"
    r"(?=\s+(?:thêm\s+|hơn\s+|khoảng\s+|gần\s+)?[0-9][0-9.,]*\s*(?:nghìn\s+tỷ|tỷ|tỉ|triệu)\s+(?:đồng|usd))"
)


def rewrite(text: str, form: str) -> list[Edit]:
    """Edits that turn variant spellings of ``form`` (the search form of ``text``, same
    length) into the canonical ones, in order and not overlapping."""
    edits: list[Edit] = []
    if "  " in form:
        edits += [(m.start() + 1, m.end(), "") for m in _SPACES.finditer(form)]
    # A "," or ";" glued to the next word ("tăng 5%,trong đó") gets its space back.
    edits += [(m.end(), m.end(), " ") for m in _COMMA_GLUED.finditer(form)]
    for m in _DECIMAL_POINT.finditer(form):
        start = m.start()
        if start and form[start - 1].isdigit() and not _thousands_before(form, start):
            edits.append((start, start + 1, ","))
    for m in _MONTH_AFTER.finditer(form):
        start = m.start()
        if start and form[start - 1].isalnum():
            continue
        word = " ".join(m.group(1).split())
        if word in _AMBIGUOUS_MONTHS and not (_capitalised(text, m.start(1)) or _YEAR_AHEAD.match(form, m.end())):
            continue
        if word == "năm" and _COUNTED_BEFORE.search(form, max(0, start - 10), start):
            continue  # "8 tháng năm 2024", "Tám Tháng Năm 2024": the year of the months so far
        edits.append((m.start(1), m.end(1), str(MONTH_WORDS[word])))
    for m in _COUNT_BEFORE.finditer(form):
        end = m.start() - 1
        for word in _COUNTS:
            start = end - len(word)
            if form.startswith(word, start) and not (start and form[start - 1].isalnum()):
                if word != "năm" or not (
                    _NUMBER_AHEAD.match(form, m.end()) or _YEARS_BEFORE.search(form, max(0, start - 6), start)
                ):
                    edits.append((start, end, str(MONTH_WORDS[word])))
                break
    for m in scan.finditer(_SLASH_YEAR, _SLASH_YEAR_PRESCAN, form):
        before = _BEFORE_SLASH.search(form, max(0, m.start() - 6), m.start())
        if before is None:
            continue
        if before.group("n") is not None:
            edits.append((before.end("n"), m.end(), " tháng năm "))
        elif before.group("m") is not None:
            edits.append((before.start(), before.start("m"), "tháng "))
        else:
            edits.append((before.start(), before.end(), "quý " + _QUARTERS.get(before.group("q"), before.group("q"))))
    # ("tr" ends no Vietnamese word: the pattern's pass only where one of these is.)
    for m in _MILLIONS.finditer(form) if ("tr." in form or "tr " in form or "trđ" in form) else ():
        edits.append((m.start(), m.end(), "triệu "))
    if "sụt giảm" in form:
        # "sụt giảm" is "giảm": the rules that list the verbs before a figure list "giảm".
        edits += [(m.start(), m.start() + 4, "") for m in re.finditer(r"(?<![^\W_])sụt giảm(?![^\W_])", form)]
    for m in scan.finditer(_GLUED_VERB, _GLUED_VERB_PRESCAN, form):
        word_start = m.start() - (1 if m.group() == "ăng" else 2)
        if word_start and form[word_start - 1].isalpha():
            edits.append((word_start, word_start, " "))
        edits.append((m.end(), m.end(), " "))
    edits += [(m.end(), m.end(), " ") for m in _GLUED_MUC.finditer(form)]
    edits += [(m.end(), m.end(), " ") for m in _GLUED_NAM.finditer(form)]
    edits += [(m.start(), m.start(), " ") for m in _GLUED_MONTHS.finditer(form)]
    if "gấp đôi" in form:
        # "cao gấp đôi so với cùng kỳ": twice, read as "gấp 2 lần" (README, ninth set: 2 x).
        edits += [(m.start(1), m.end(1), "2 lần") for m in _TWICE.finditer(form)]
    if "k??" in form:
        edits += [(m.start(1), m.end(1), "ỳ") for m in _LOST_KY.finditer(form)]
    if "nghiêp" in form:
        edits += [(m.start(), m.end(), "nghiệp") for m in _NGHIEP_TYPO.finditer(form)]
    if "uớc" in form:
        edits += [(m.start(), m.start() + 1, "ư") for m in _UOC_TYPO.finditer(form)]
    if "mở rộng" in form:
        edits += [(m.start(), m.end(), "tăng") for m in _WIDENED.finditer(form)]
    if "đô-la" in form:
        edits += [(m.start() + 2, m.start() + 3, " ") for m in re.finditer("đô-la", form)]
    for m in _ABBREVIATION_RE.finditer(text):
        edits.append((m.start(), m.end(), ABBREVIATIONS[m.group().lower()]))
    if not edits:
        return edits
    edits.sort()
    kept = [edits[0]]
    for edit in edits[1:]:
        if edit[0] >= kept[-1][1] and (edit[0] > kept[-1][0] or edit[1] > edit[0]):
            kept.append(edit)
    return kept


def _capitalised(text: str, pos: int) -> bool:
    """ "Ba", not "ba" nor "BA" (a heading in capitals says nothing by its case)."""
    return text[pos].isupper() and not text[pos + 1 : pos + 2].isupper()


def _thousands_before(form: str, dot: int) -> bool:
    """Whether the digits before ``dot`` follow another "." or "," ("1.234.5"): not one number."""
    i = dot - 1
    while i >= 0 and form[i].isdigit():
        i -= 1
    return i >= 0 and form[i] in ".,"
