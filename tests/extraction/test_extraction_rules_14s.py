"""Session 8, speed on real text (w14s): the faster forms give what the plain ones gave."""

import re

import pytest

from provind.extraction import facts, spellings
from provind.extraction.facts import Change, Fact
from provind.extraction.periods import Period

_B = r"(?<![^\W_])"
_W = r"(?![^\W_])"

# Each pattern that now begins with its first letter, and the look-behind-first form it had.
_PLAIN = [
    (facts._EXAMPLE_CUE, _B + r"(?:đơn\s+cử|chẳng\s+hạn)" + _W),
    (facts._GOODS_LIST_CUE, _B + r"mặt\s+hàng\s+(?:xuất|nhập)\s+khẩu[^.;:\d]{0,80}:"),
    (facts._INDUSTRY_LIST_CUE, _B + r"(?:các|một\s+số|những|nhiều|[0-9]+(?:/[0-9]+)?)\s+ngành(?!\s+hàng)" + _W),
    (
        spellings._TWICE,
        _B + r"gấp[^\S\n]+(đôi)(?=[^\S\n]*(?:so[^\S\n]+với|so[^\S\n]+cùng|cùng[^\S\n]+kỳ|[.,;)]|$))",
    ),
    (
        spellings._WIDENED,
        _B + r"mở\s+rộng(?=\s+(?:thêm\s+|hơn\s+|khoảng\s+|gần\s+)?[0-9][0-9.,]*\s*(?:nghìn\s+tỷ|tỷ|tỉ|triệu)"
        r"\s+(?:đồng|usd))",
    ),
]

_TEXT = (
    "đơn cử, ngành dệt tăng 5%; chẳng hạn như ngành may. Đơn cửa hàng, xđơn cử, bánh chẳng hạnh. "
    "các mặt hàng xuất khẩu chủ yếu: thủy sản; mặt hàng nhập khẩu tăng 3%, nhiều mặthàng; "
    "một số ngành tăng; 12/15 ngành có chỉ số tăng; a12/34 ngành; 7 ngành hàng; những  ngành\nkhác, "
    "nhiều ngành; xcác ngành, thêm 2024 ngành. Xuất khẩu tăng gấp đôi so với cùng kỳ, gấp đôi mức "
    "trung bình, cao gấp đôi. ngấp đôi, gấp  đôi; quy mô mở rộng hơn 5.318 tỷ đồng, mở rộng 2 triệu usd, "
    "nhà máy mở rộng sản xuất, hởmở rộng 3 tỷ đồng."
)


@pytest.mark.parametrize(("pattern", "plain"), _PLAIN)
def test_letter_first_patterns_match_as_the_look_behind_first_ones(pattern, plain):
    plain = re.compile(plain)

    def spans(ms):
        return [(m.span(), m.groups()) for m in ms]

    assert spans(pattern.finditer(_TEXT)) == spans(plain.finditer(_TEXT))
    assert pattern.finditer(_TEXT)  # (some of the text is a match of each)
    for lo in range(len(_TEXT)):
        for hi in (lo + 9, lo + 40, len(_TEXT)):
            a, b = pattern.search(_TEXT, lo, hi), plain.search(_TEXT, lo, hi)
            assert (a and a.span()) == (b and b.span()), (lo, hi)
            a, b = pattern.match(_TEXT, lo, hi), plain.match(_TEXT, lo, hi)
            assert (a and a.span()) == (b and b.span()), (lo, hi)


def test_last_cue_end_in_a_window_without_ngành():
    # A window with no "ngành" holds no cue; one with it is scanned as before.
    norm = "sản xuất tăng. các ngành tăng khá; chế biến tăng 5%. 12 ngành giảm, điện tăng"
    for lo in range(1, len(norm)):
        for hi in range(lo, len(norm) + 1, 3):
            cue = None
            for cue in facts._INDUSTRY_LIST_CUE.finditer(norm, lo, hi):  # noqa: B007 - the last one
                pass
            assert facts._last_cue_end(norm, lo, hi) == (cue.end() if cue is not None else -1), (lo, hi)


def _fact(value, change, qualifier=None, indicator="budget_revenue", start=0):
    return Fact(
        indicator=indicator,
        phrase="tổng thu ngân sách",
        value=value,
        unit="VND" if value is not None else None,
        qualifier=None,
        change=Change(change, "%", "up", "yoy", qualifier),
        period=Period(kind="ytd", year=2023, month=9),
        status="actual",
        region=None,
        span=(start, start + 10),
    )


def test_growths_alone_still_meet_their_levels():
    # A growth alone restating a level's growth ("tăng hơn 4%" for "tăng 4,19%") is dropped, by
    # the growths of its indicator, unit, direction and basis only (grouped, not all compared).
    headline = _fact(None, 4, qualifier="over", start=0)
    level = _fact(1429.95e9, 4.19, start=100)
    other = _fact(5e9, 4.3, indicator="retail_sales", start=200)
    kept = facts._drop_rounded_headlines([headline, level, other], 0)
    assert kept == [level, other]
    # Another indicator's growth does not take it.
    alone = _fact(None, 4, qualifier="over", indicator="export_value", start=300)
    assert facts._drop_rounded_headlines([alone, level, other], 0) == [alone, level, other]
