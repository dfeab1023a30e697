"""Session 8, speed: look-behind window patterns (w14t). Each pattern that now begins with its
first letters matches as the look-behind-first form it had."""

import re

import pytest

from provind.extraction import facts, quantities

_B = r"(?<![^\W_])"
_W = r"(?![^\W_])"
_NOT_SO_SANH = r"(?!\s+sánh" + _W + ")"

_PLAIN = [
    (
        facts._QUALIFIER_RE,
        _B + r"(trên\s+dưới|trên|hơn|ít\s+nhất|tối\s+thiểu|dưới|khoảng|xấp\s+xỉ|gần|chừng|ngót|non)\s*$",
    ),
    (facts._COMPARATIVE_RIGHT_BEFORE, _B + r"(?:cao|thấp|nhiều|ít)\s+hơn\s+(?:(?:khoảng|gần|trên|hơn)\s+)?$"),
    (facts._SO_VOI_RE, _B + r"(?:so\s+với|so" + _NOT_SO_SANH + r"|với)\s+(.{0,40})"),
    (facts._SO_BEFORE_RE, _B + r"(?:so\s+với|so" + _NOT_SO_SANH + r")\s+(.{0,40})"),
    (
        facts._DONE_BEFORE,
        r"(?<![^\W_])đã\s+(?:được\s+)?(?:thành\s+lập|đi\s+vào\s+hoạt\s+động|hoàn\s+thành|vận\s+hành)"
        r"(?:\s+(?:được|xong))?\s*$",
    ),
    (facts._MILESTONE_BEFORE, _B + r"(?:mốc|ngưỡng)\s*(?:trên\s+|hơn\s+)?$"),
    (
        facts._DISTRICT_HAS_BEFORE,
        _B
        + r"((?:huyện|thị\s+xã|thành\s+phố|tp\.?|quận)\s+(?:[^\W\d_]+\s+){1,3}?)có\s+(?:(?:khoảng|gần|trên|hơn)\s+)?$",
    ),
    (
        facts._COMPONENT_CUE,
        _B + r"(?:trong\s+đó|riêng|bao\s+gồm|gồm|khu\s+vực|ngành|nhóm|lĩnh\s+vực|doanh\s+nghiệp|kinh\s+tế|"
        r"cấp\s+mới|điều\s+chỉnh|góp\s+vốn|mua\s+cổ\s+phần|công\s+nghiệp|sản\s+xuất|khai\s+khoáng|chế\s+biến|"
        r"thu\s+nội\s+địa|thu\s+từ|mặt\s+hàng|thị\s+trường)" + _W,
    ),
    (facts._NAMED_BASIS, _B + r"(?:so|với|cùng\s+kỳ|ck)" + _W),
    (
        facts._YARDSTICK_PLACE_BEFORE,
        r"(?:(?<![^\W_])(?:chỉ\s+|đứng\s+|xếp\s+)?sau|(?<![^\W_])từ\s+[^\W\d_][^,;.()]{0,30}?\s+đến"
        r"|(?<![^\W_])(?:dẫn|đứng)\s+đầu[^.;()]{0,40}?(?:tại|ở|trong|của|khu\s+vực|vùng)"
        r"|(?<![^\W_])giáp(?:\s+với)?(?:[^;.():]{0,40}?(?:\s+và|,))?)"
        r"\s+(?:(?:các\s+)?(?:tỉnh|thành\s+phố|tp\.?)\s+)?$",
    ),
    (
        facts._RATE_SET_AGAINST_BEFORE,
        _B + r"(?:thấp|cao)(?:\s+hơn)?\s+so\s+với\s+cùng\s+(?:kỳ|thời\s+điểm)"
        r"(?:\s+(?:của\s+)?năm\s+(?P<y>(?:19|20)[0-9]{2}))\s+(?:tăng|giảm)" + _W + r"\s*$",
    ),
    (
        facts._GROWTH_WORDING,
        r"(?<![^\W_])(?<!vào\s)(?:mức\s+tăng|tăng\s+trưởng)(?![^\W_])[^\d%;.:()]{0,45}?"
        r"(?<![^\W_])(?:với|đạt|là)\s+(?:mức\s+)?(?:(?:khoảng|gần|hơn|trên)\s+)?$",
    ),
    (facts._PRODUCT_LEAD, r"(?<![^\W_])(?:một\s+số|các|những|nhiều|nhóm)\s+sản\s+phẩm$"),
    (
        facts._KIND_PART_AFTER,
        _B + r"trong\s+(?:số\s+)?(?:đó|này)\s*[,:]?\s*(?:có\s+)?(?:(?:[0-9][0-9.,]*\s+(?:dự\s+án|da)\s+)?"
        r"(?:(?:có\s+)?vốn\s+)?(?:đầu\s+tư\s+)?(?:trực\s+tiếp\s+)?(?:fdi|nước\s+ngoài|đtnn|trong\s+nước|ddi)"
        + _W
        + r"|[0-9][0-9.,]*\s+(?:dự\s+án|da)\s+(?:đến\s+)?(?:chủ\s+yếu\s+)?(?:đến\s+)?từ\s+"
        r"(?!nguồn|vốn|ngân\s+sách|năm|đầu|tháng|ngày))",
    ),
    (
        facts._TARGETS_SET,
        _B + r"(?:đề\s+ra|đặt\s+ra|đặt|giao|xác\s+định)(?:\s+[^\W\d_]+){0,3}?\s+(?:chỉ\s+tiêu|mục\s+tiêu)" + _W,
    ),
]

# Short phrases in the genre, each word also glued to a letter before it ("xtrên"), so that the
# word-start check is what decides; every pattern above matches some window of it.
_PHRASES = [
    "thu ngân sách đạt trên dưới ",
    "xuất khẩu tăng hơn ",
    "ước đạt ít nhất ",
    "giảm khoảng ",
    "cao hơn gần ",
    "thấp hơn ",
    "tăng 5,2% so với cùng kỳ năm trước",
    "theo giá so sánh 2010 tăng",
    "với cùng kỳ, tăng",
    "trong đó, đã thành lập được ",
    "vượt mốc ",
    "vượt ngưỡng hơn ",
    "huyện Yên Mô có ",
    "thành phố Hà Tĩnh có gần ",
    "tp. Vinh có ",
    "riêng khu vực kinh tế nhà nước tăng ",
    "đứng thứ 2 trong vùng, chỉ sau tỉnh ",
    "đứng sau ",
    "từ Thanh Hóa đến ",
    "dẫn đầu về thu hút FDI tại ",
    "phía Bắc giáp tỉnh Long An và ",
    "đạt mức tăng thấp so với cùng thời điểm năm 2019 tăng ",
    "có mức tăng trưởng cao nhất, với ",
    "vào tăng trưởng đạt trên ",
    "một số sản phẩm",
    "nhóm sản phẩm",
    "trong đó có 125 dự án FDI",
    "trong số đó, vốn đầu tư nước ngoài",
    "trong đó 56 dự án đến chủ yếu từ Hàn Quốc",
    "tỉnh đã đề ra 25 chỉ tiêu, đặt mục tiêu",
    "so ck, tăng",
]
_TEXT = "\n".join(p + ". x" + p.replace(" ", " x", 2) for p in _PHRASES).lower()


@pytest.mark.parametrize(("pattern", "plain"), _PLAIN)
def test_letter_first_window_patterns_match_as_the_look_behind_first_ones(pattern, plain):
    plain = re.compile(plain)

    def spans(ms):
        return [(m.span(), m.groups()) for m in ms]

    found = 0
    assert spans(pattern.finditer(_TEXT)) == spans(plain.finditer(_TEXT))
    for lo in range(len(_TEXT)):
        for hi in {lo + 12, lo + 30, lo + 60, _TEXT.find("\n", lo) % (len(_TEXT) + 1) or len(_TEXT), len(_TEXT)}:
            a, b = pattern.search(_TEXT, lo, hi), plain.search(_TEXT, lo, hi)
            assert (a and (a.span(), a.groups())) == (b and (b.span(), b.groups())), (lo, hi)
            found += a is not None
            a, b = pattern.match(_TEXT, lo, hi), plain.match(_TEXT, lo, hi)
            assert (a and (a.span(), a.groups())) == (b and (b.span(), b.groups())), (lo, hi)
    assert found  # (each pattern matches somewhere in the text)


def test_words_first_checks_the_word_start_after_the_first_letter():
    assert facts._words_first("so", r"cùng\s+kỳ") == "s" + facts._A + "o|c" + facts._A + r"ùng\s+kỳ"


def test_quantity_re_gives_no_spaces_back_before_a_scale_or_unit():
    plain = re.compile(
        quantities.QUANTITY_RE.pattern.replace(r"[^\S\n]*+(?P<scale>", r"[^\S\n]*(?P<scale>").replace(
            r"[^\S\n]*+(?:(?P<pp>", r"[^\S\n]*(?:(?P<pp>"
        )
    )
    assert plain.pattern.count("]*+(?P<scale>") == plain.pattern.count("]*+(?:(?P<pp>") == 0
    text = (
        "đạt 3.268 tỷ  đồng, tăng 5,2 %; 12 nghìn tỷ đồng; 45.000 tỷ  lượt khách; 2,5  triệu tấn; 9 tỉnh, "
        "thành phố; 15/20 ngành cấp 2; 09 trong 12 nhóm hàng; 3 - 5 tỷ USD; 2 x 250 MVA; 110 kV; "
        "1,2 lần; 7  dự án; 30 ha\n đất; 12 \nlần; 4,5 điểm phần trăm; 2024 ngày 15/3/2024"
    )
    for start in (i for i, ch in enumerate(text) if ch.isdigit()):
        a, b = quantities.QUANTITY_RE.match(text, start), plain.match(text, start)
        assert (a and (a.span(), a.groups())) == (b and (b.span(), b.groups())), start
