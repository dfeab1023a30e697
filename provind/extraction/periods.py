"""Reporting periods named in the text, and the markers that reset them.

A *mention* is a place where the text names a period ("7 tháng năm 2024", "quý II/2024",
"giai đoạn 2021 - 2030", "đến năm 2030"). The fact assembler decides which mention governs
a figure (see ``facts.period_for``); this module only finds and reads them, and says
whether a mention opens a context that later sentences of the paragraph inherit.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from provind.extraction import scan
from provind.extraction.lazy import lazy_pattern
from provind.extraction.spellings import MONTH_WORDS

_YEAR = r"(?:19|20)[0-9]{2}"
_W = r"(?![^\W_])"


def _inline(pattern: str) -> str:
    return pattern.replace(r"\s", r"[^\S\n]")


def _year_tail(name: str) -> str:
    """An optional year after a month/quarter/ytd: "/2024", " năm 2024", "-2024"."""
    # "tháng 11.2019" (a dot, as some papers write it) joins month and year only when the year
    # follows the dot at once: "tháng 9. Năm 2019" is two sentences.
    return (
        r"(?:(?:\s*[/,-]?\s*(?:của\s+)?(?:năm\s+)?|\.(?="
        + _YEAR
        + r"(?![0-9])))(?P<"
        + name
        + ">"
        + _YEAR
        + r")(?![0-9]))?"
    )


_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "1": 1, "2": 2, "3": 3, "4": 4}

# Whitespace is kept within one line: a period never straddles a line break.
PERIOD_RE = lazy_pattern(
    _inline(
        r"(?<![^\W_])(?:"
        # "ngày 5 tháng 3 năm 2024" is a date, not a month.
        r"(?P<date>ngày\s+[0-9]{1,2}\s+tháng\s+[0-9]{1,2}(?:\s+năm\s+" + _YEAR + r")?)"
        r"|(?P<vision>tầm\s+nhìn\s+(?:đến|tới)\s+(?:năm\s+)?" + _YEAR + r")"
        r"|(?P<yearend>(?:tính\s+)?(?:đến|tới)\s+(?:hết|cuối)\s+năm(?:\s+(?P<ye_year>" + _YEAR + r"))?)(?![0-9])"
        # "cả năm", "ước cả năm": the whole year, its number from the text around.
        r"|(?P<wholeyear>cả\s+năm)(?!\s+(?:" + _YEAR + r"|nay|qua|trước|tới|sau))"
        # "năm nay, tổng sản phẩm ... tăng 8,89%": this year, its number from the text around.
        # "Năm qua, thị trường xuất khẩu chủ lực là châu Á đạt 607 triệu USD": the year the
        # text reports, as "năm nay" (not "những / nhiều năm qua", "5 năm qua": years before).
        r"|(?P<thisyear>năm\s+nay|(?<![^\W\d_]\s)(?<![0-9]\s)năm\s+qua" + _W + r")"
        # "Cùng thời gian này, tổng vốn đầu tư ... đạt": the period named last, again.
        r"|(?P<sametime>thời\s+gian\s+(?:này|trên|nói\s+trên|đó)|thời\s+gian(?=\s*,))"
        r"|(?P<target>(?:đến|tới)\s+(?:năm\s+)?(?P<t_year>" + _YEAR + r"))(?![0-9]|\s*-)"
        r"|(?P<range>(?:giai\s+đoạn|thời\s+kỳ|nhiệm\s+kỳ|kế\s+hoạch|bình\s+quân|từ)\s*(?:từ\s+)?(?:năm\s+)?"
        r"(?P<r1>" + _YEAR + r")\s*(?:-|đến|tới|/)\s*(?:năm\s+)?"
        # "Từ năm 2016 đến tháng 6/2020, tổng giá trị sản xuất ... đạt 9.947 tỷ đồng": the years
        # the span runs over, ending in a month (blind22 r886, blind13 r515; w12t22).
        r"(?:(?<=đến\s)(?:hết\s+|cuối\s+)?tháng\s+(?:1[0-2]|0?[1-9])\s*[/.-]\s*(?=(?:19|20)[0-9]{2}))?"
        r"(?P<r2>(?:19|20)?[0-9]{2})(?![0-9]))"
        r"|(?P<brange>(?P<b1>" + _YEAR + r")\s*-\s*(?P<b2>" + _YEAR + r")(?![0-9]))"
        # "(từ tháng 1 đến tháng 9/2023)": the months so far, not the last month alone.
        # "từ đầu năm 2023 đến cuối tháng 4": the months so far too.
        # "Từ tháng 1/2020 đến hết tháng 9/2020" names the year at both ends (blind19 r745).
        r"|(?P<span>từ\s+(?:tháng\s+0?1(?:\s*[/.-]\s*(?:19|20)[0-9]{2})?|đầu\s+năm(?:\s+(?P<sp_y0>"
        + _YEAR
        + r"))?)\s+(?:đến|tới)\s+(?:hết\s+|cuối\s+)?"
        r"tháng\s+(?P<sp_m>1[0-2]|0?[2-9])" + _year_tail("sp_year") + r")"
        r"|(?P<half>(?:(?:6|sáu)\s+tháng\s+(?:đầu|cuối)\s+năm|nửa\s+(?:đầu|cuối)\s+năm|(?:6|sáu)\s+tháng)"
        + _year_tail("h_year")
        + r")"
        r"|(?P<ytd>(?:(?P<n>[0-9]{1,2})|(?P<nw>hai|ba|bốn|bảy|tám|chín|mười|mười một|mười hai))\s+tháng"
        r"(?:\s+đầu\s+năm|\s+năm(?!\s+" + _YEAR + r")|\s+đầu)?" + _year_tail("y_year") + r")"
        # "Từ đầu năm đến nay", "lũy kế từ đầu năm đến nay": the year so far, up to a month
        # the text does not say (SCHEMA.md), not a stock at a date ("đến nay" alone).
        # "đầu năm 2025 đến nay, các khu kinh tế ... đã cấp mới 10 dự án": the same without "từ",
        # read from "năm" ("đầu" itself is too common a word to try the pattern at: "đầu tư").
        r"|(?P<sofar>(?:(?:(?:lũy\s+kế|tính|kể)\s+)?từ\s+đầu\s+|(?<=đầu\s))năm"
        r"(?:\s+(?P<so_year>" + _YEAR + r"))?\s+(?:đến|tới)\s+nay)"
        # "Nhập khẩu lũy kế đến tháng 10": the months so far ("tính đến hết tháng 10/2024,
        # toàn tỉnh có 1.250 doanh nghiệp" is a stock at the month's end).
        r"|(?P<upto>lũy\s+kế\s+(?:từ\s+đầu\s+năm\s+)?(?:đến|tới)\s+(?:hết\s+)?tháng\s+(?P<ut_m>1[0-2]|0?[1-9])(?![0-9]|[,.][0-9])"
        + _year_tail("ut_year")
        + r")"
        # "Tính đến hết tháng 10, kim ngạch xuất khẩu đạt 21,8 tỷ đô la Mỹ", "Đến hết tháng 6,
        # toàn tỉnh có 24 siêu thị": a total up to a month's end (SCHEMA.md). A flow summed
        # from January is the months so far, as "10 tháng" ("6 tháng": the half); a stock
        # standing then ("có 24 siêu thị") is, like one up to a day, the month with no count
        # of months (``find_mentions``, ``_stock_after``). Read so only where it leads a clause
        # or a verb "đạt" follows: "kéo dài đến tháng 12" is a deadline, a month.
        # "Kết thúc tháng 11/2019, tổng thu ngân sách ... đạt": the same total up to the month's
        # end. "Đến tháng 4.2025" has its year after a point, as a month does.
        r"|(?P<tomonth>(?:tính\s+)?(?:(?:đến|tới)\s+(?:hết\s+|cuối\s+|đầu\s+)?|kết\s+thúc\s+)tháng\s+(?P<tm_m>1[0-2]|0?[1-9])"
        r"(?![0-9]|,[0-9]|\.(?!" + _YEAR + r"(?![0-9]))[0-9])" + _year_tail("tm_year") + r")"
        # "GRDP ... trong quý đầu năm ước đạt": the first quarter, as "quý I" (blind18 r720).
        r"|(?P<quarter>(?:quý|qúy|quí)\s+(?:(?P<q>iv|iii|ii|i|[1-4])|đầu(?:\s+tiên)?(?=\s+(?:của\s+)?năm"
        + _W
        + r"))"
        + _W
        + _year_tail("q_year")
        + r")"
        # (w12t25) "tổng thu ngân sách ... trong tháng đầu năm ước khoảng 41.693 tỷ đồng": the
        # first month, as "quý đầu năm" is the first quarter (not "những tháng đầu năm").
        r"|(?P<month>tháng(?<!những\stháng)(?<!các\stháng)\s+(?:(?P<m>1[0-2]|0?[1-9])(?![0-9]|,[0-9]|\.(?!"
        + _YEAR
        + r"(?![0-9]))[0-9])|đầu(?:\s+tiên)?(?=\s+(?:của\s+)?năm"
        + _W
        + r"))"
        + _year_tail("m_year")
        + r")"
        # "Cũng trong tháng, tổng mức bán lẻ ...": the month the text is about, named before.
        r"|(?P<thismonth>trong\s+tháng(?:\s+(?:này|qua))?(?!\s*[0-9]|\s+đầu(?:\s+tiên)?\s+(?:của\s+)?năm))"
        # "GRDP (2022): 80.365 tỉ đồng": a fact sheet's year label (read from its digits).
        r"|(?<=\()(?P<label>" + _YEAR + r")(?=\):)"
        # "kế hoạch 5 năm 2021 - 2025", "bình quân 3 năm 2021-2023": the years from one to
        # the other, not the first alone.
        r"|(?P<year>năm\s+(?P<y>" + _YEAR + r")(?:\s*-\s*(?P<n2>" + _YEAR + r"))?(?![0-9]))"
        # "đến thời điểm ngày 21/6/2021", "tính đến hết ngày 15-5-2016" (dashes with a year),
        # "đến hết ngày 15 tháng 5-2016" (the month's name); "từ đầu năm đến ngày 20-5": a day
        # with "-" and no year after "ngày" (blind15 r584).
        # "có đến 4/9 ngành dịch vụ ... tăng trưởng âm": "as many as" four of nine, no date.
        r"|(?P<todate>(?:tính\s+)?(?<!có\s)(?:đến|tới)(?:\s+hết)?(?:\s+thời\s+điểm)?(?:\s+ngày)?\s+[0-9]{1,2}"
        r"(?:\s*(?:[/.]|-(?=[0-9]{1,2}-" + _YEAR + r"(?![0-9]))|(?<=ngày\s[0-9])-|(?<=ngày\s[0-9]{2})-)"
        r"\s*(?P<td_m>[0-9]{1,2})"
        r"(?:\s*[/.-]\s*(?P<td_y>" + _YEAR + r"))?"
        r"|\s+tháng\s+(?P<td_m3>[0-9]{1,2})(?:\s*[/-]\s*|\s+năm\s+)(?P<td_y3>" + _YEAR + r"))(?![0-9]))"
        # "Tính đến giữa tháng 12/2022": a total up to a day inside that month.
        r"|(?P<midmonth>(?:tính\s+)?(?:đến|tới)\s+(?:giữa|trung\s+tuần)\s+tháng\s+(?P<mm_m>1[0-2]|0?[1-9])(?![0-9])"
        + _year_tail("mm_year")
        + r")"
        # "15 CCN hiện có với tổng diện tích tăng thêm 340,8 ha": "existing", said of the noun
        # before it, not "now there are" (which a figure follows: "hiện có hơn 450 dự án").
        r"|(?P<reset>đến\s+nay|tới\s+nay|hiện\s+nay|hiện\s+tại|hiện\s+có(?!\s*(?:với|và|[,.;)]))|lũy\s+kế\s+đến\s+nay"
        r"|đến\s+thời\s+điểm\s+(?:này|hiện\s+tại)"
        # "trong những năm qua tỉnh là điểm đến ... Hồng Kông dẫn đầu với tổng vốn đăng ký 1,925
        # tỷ USD": what the years so far add up to, a stock (blind13 r528).
        # (Read from "năm", a word the prescan looks for.)
        r"|(?<=những\s|nhiều\s)năm\s+(?:qua|gần\s+đây)(?!\s*[,:]?\s*(?:[0-9]|\())"
        # "Có 106 doanh nghiệp hoạt động trở lại, nâng tổng số doanh nghiệp toàn tỉnh lên 7.313":
        # the running total now, a stock (a period named before the figure still dates it).
        r"|nâng\s+tổng\s+số(?=[^.;\n]{0,80}?\slên\s)"
        # A figure dated by days ("từ ngày 1.5.2022", "đến ngày 30/9") has no reporting period.
        r"|(?:từ|đến|tính\s+đến|tới|đến\s+hết)\s+ngày(?=\s+[0-9])"
        r"|(?<!có\s)(?:đến|tính\s+đến|đến\s+hết)(?=\s+[0-9]{1,2}/[0-9]{1,2}(?![0-9]))"
        r"|(?<!thực\s)(?<!thể\s)(?<!xuất\s)(?<!phát\s)hiện(?=\s+(?:toàn|tỉnh|trên|đã|đang|có(?!\s*(?:với|và|[,.;)]))|các|cả|thu\s+hút|"
        r"vẫn|còn|mới|chiếm|là|tạo|giải\s+quyết|duy\s+trì|sử\s+dụng)" + _W + r"))"
        # ("công nghiệp hóa, hiện đại hóa", "hiện đại": modern, not now; blind22 r873, w12t22.)
        r"|(?<!thực\s)(?<!thể\s)(?<!xuất\s)(?<!phát\s)(?P<hien>hiện(?=\s)(?!\s+đại" + _W + r"))"
        r")" + _W
    )
)

_SUPERLATIVE_BEFORE = lazy_pattern(r"nhất\s+(?:trong\s+)?(?:những|nhiều)\s+$")

# Counts of months in words ("chín tháng đầu năm"): one table of month words (spellings), less
# "một", "tư", "năm" and "sáu", which this pattern does not read as counts.
_WORD_NUMBERS = {word: n for word, n in MONTH_WORDS.items() if word not in ("một", "tư", "năm", "sáu")}

# Words that, right before a year, make it a comparison or an anchor of something else
# rather than the period of the figures around it.
_NOT_A_PERIOD_BEFORE = lazy_pattern(
    # "so với cùng kỳ của năm 2016"; "mức thấp nhất của cùng kỳ các năm giai đoạn 2016-2020":
    # the same period of the years compared with, not the figure's.
    r"(?:cùng\s+(?:thời\s+)?kỳ(?:\s+của)?(?:\s+(?:các|những)\s+năm)?|cùng\s+thời\s+điểm|so\s+với(?:\s+(?:cuối|đầu|thời\s+điểm\s+cuối|mức\s+của))?|từ|trước|sau|kể\s+từ|hơn|nghị\s+quyết|quyết\s+định|luật|"
    r"thông\s+tư|nghị\s+định|thành\s+lập|ban\s+hành|đại\s+hội|khóa|chương\s+trình|"
    # "theo giá so sánh năm 2010": the price base, not the period.
    r"giá\s+so\s+sánh|giá\s+cố\s+định|"
    # "đạt 43,11% so kế hoạch năm 2020": the plan's name, not the period of what follows.
    r"(?:%|so|với)\s+(?:kế\s+hoạch|kh|dự\s+toán)|"
    # "kế hoạch đề ra đầu năm 2022": when a plan was set, not the period of the figures
    # around; "cao nhất trong giai đoạn 2012 - 2018": a superlative's span.
    r"đầu|giữa|nhất\s+(?:trong\s+)?|gần\s+đây|"
    # "thấp hơn tốc độ tăng của các năm 2018, 2019 và 2022 trong giai đoạn 2011-2024": the
    # span the years compared with lie in.
    r"(?:các|những)\s+năm\s+[^.;]{0,30}?trong|"
    # "của các năm 2018, 2019 và 2022": years in the plural are compared with or listed.
    r"(?:của|với|như|hơn)\s+(?:các|những)|"
    # "mức thấp nhất của cùng kỳ các năm giai đoạn 2016-2020": the span of the years compared.
    r"cùng\s+kỳ\s+(?:của\s+)?(?:các|những)\s+năm|"
    # "không còn chịu ảnh hưởng ... như trong năm 2016": the year likened to, not the period
    # ("Nếu như năm 1989, công nghiệp chỉ chiếm ...": "if in", the period).
    r"(?<![^\W_])(?<!nếu\s)như(?:\s+(?:trong|vào))?)\s*$"
)
# The last word of each alternative above (a text that does not end in one cannot match).
_NOT_A_PERIOD_ENDS = (
    "kỳ",
    "điểm",
    "với",
    "cuối",
    "đầu",
    "của",
    "từ",
    "trước",
    "sau",
    "hơn",
    "quyết",
    "định",
    "luật",
    "tư",
    "lập",
    "hành",
    "hội",
    "khóa",
    "trình",
    "sánh",
    "hoạch",
    "kh",
    "toán",
    "giữa",
    "nhất",
    "trong",
    "đây",
    "các",
    "những",
    "như",
    "vào",
    "năm",
)
# (w12t20: "bằng 94,6% so với thực hiện năm 2022", the year's outturn compared with: blind20
# r808, blind15.)
_COMPARED_ENDS = ("với", "so", "của", "bằng", "hiện")
_NOT_CARRIED_ENDS = ("vào", "tới", "tư")
# "thấp hơn mức tăng của năm 2017": the year whose growth is compared with, with or without
# its rate written between.
# "tăng 9,85% với tháng 3/2019": a growth's comparison with its "so" left out; "các ngành dịch
# vụ chiếm 38,5%, bằng năm 2015": the year a share equals, not the share's (w12t17).
_COMPARED_BEFORE = lazy_pattern(
    r"(?:so\s+với\s+thực\s+hiện|so\s+với|so|[0-9]\s*%\s*với|[0-9]\s*%\s*,?\s*bằng|mức\s+(?:tăng|giảm)(?:\s+[0-9]+(?:,[0-9]+)?\s*%)?\s+của)\s*$"
)
# "gấp gần 6 lần năm 2024", "tăng gấp 3,38 lần năm 2015": the year a multiple is of (blind26
# r1046); not "tăng 15,5 lần Quý I/2024, ..." (a headline run into the lead: dev r014).
_MULTIPLE_BEFORE = lazy_pattern(r"[0-9]\s+lần\s+$")
_RECORD_BEFORE = lazy_pattern(
    r"[0-9]\s*(?:%|[^\W\d_]+(?:\s+[^\W\d_]+){0,2})?\s*,\s*(?:(?:là|mức|con\s+số)\s+)?(?:cao|lớn)\s+nhất\s+từ\s+trước\s+$"
)
# "là mức tăng cao nhất của quý I kể từ năm 2020 đến nay", "(mức tăng cao nhất từ năm 2019 đến
# nay)": the years a record is counted over, read up to the year compared with.
_RECORD_SINCE = lazy_pattern(r"(?<![^\W_])nhất(?:\s+[^\W\d_]+){0,8}?\s+(?:kể\s+)?từ\s+$")
_MEETING_BEFORE = lazy_pattern(r"(?<![^\W_])(?:(?:phiên|kỳ|cuộc)\s+)?họp(?:\s+[^\W\d_]+){0,4}?(?:\s+thường\s+kỳ)?$")
_AFTER_OR_BEFORE = lazy_pattern(r"(?<![^\W_])(?:sau|trước)$")
_SPAN_FOLLOWED = lazy_pattern(r"\s+(?:liên\s+(?:tiếp|tục)|(?:tăng|giảm)(?![^\W_]))")
_NOT_CARRIED_BEFORE = lazy_pattern(r"(?:vào|trong\s+năm\s+tới|đầu\s+tư)\s*$")
# "thực hiện tốt nhiệm vụ, kế hoạch năm 2023": the name of the year's plan, which does not
# replace the period the paragraph already runs in ("Trong 6 tháng đầu năm 2023, ...").
_NOT_THIS_YEAR = lazy_pattern(r"(?:tháng|quý|kỳ|đầu|cuối|trong|của|so\s+với)\s*$")
_SAME_TIME_BEFORE = lazy_pattern(r"(?<![^\W_])(?:cùng|trong)\s*$")
_IN_THIS_YEAR = lazy_pattern(r"(?<![^\W_])trong\s*$")
_BRACKET_OPENED = lazy_pattern(r"[^\S\n]*\([^\S\n]*")
_LIST_JOIN = lazy_pattern(r"\s*(?:,|và|hoặc|hay)\s*")
_PLAN_NAME_BEFORE = lazy_pattern(r"(?:kế\s+hoạch|nhiệm\s+vụ(?:\s+(?:trọng\s+tâm|chủ\s+yếu))?)\s+$")
_PLAN_NAME_ENDS = ("hoạch", "vụ", "tâm", "yếu")
_AIMED_BEFORE = lazy_pattern(r"(?<![^\W_])(?:phấn\s+đấu|mục\s+tiêu|định\s+hướng)\s*$")
# "(đến năm 2020) và định hướng (đến năm 2025)": the orientation after a plan's horizon.
_ORIENTATION_AFTER = lazy_pattern(r"\s*,?\s*(?:và\s+)?(?:định\s+hướng|tầm\s+nhìn)\s+")
# "Hiện tỷ lệ lấp đầy ...": "hiện" alone resets the period only where it leads a clause.
_CLAUSE_LEAD = lazy_pattern(r"(?:^|[,:;(])\s*$")

# Between a date and "hiện có": one clause on, no sentence or clause ends ("đến hết tháng 9,
# trên địa bàn tỉnh hiện có").
_DATED_CLAUSE_BETWEEN = lazy_pattern(r"\s*,?[^.;:!?\n]{0,50}")


def _year_reached(out: list[PeriodMention], year: int | None) -> bool:
    """Whether a year at or after ``year`` dates figures before (carried on, not a comparison,
    a plan's horizon or a range): the text has reported that year already. "Hướng tới mục
    tiêu ... vào năm 2030" (not carried) is no such year. The last 40 mentions only (as
    ``_same_time``): a whole book in one text would be read again at every horizon."""
    if year is None:
        return False
    return any(
        m.period is not None
        and m.period.kind == "year"
        and m.period.year is not None
        and m.period.year >= year
        and m.carries
        and not m.comparison
        for m in out[-40:]
    )


# "Tính" leading its clause ("dự kiến tính đến năm 2030" is still a horizon).
_COUNTED_TO = lazy_pattern(r"(?:^|[,:;(]|\s[-–])\s*tính\s+$")
# A clause lead, or a dateline's dash ("(TBMK) - Tính đến hết tháng 6, ...") or "thì" ("mới
# công bố thì tính đến hết tháng 11/2024, Nghệ An thu hút được ...") before the words.
# Also after a contrast ("..., nhưng đến hết tháng 9, tỉnh chỉ giải ngân được khoảng 20%") or
# after disbursement, counted from the year's start ("tổng số giải ngân của 5 địa phương đến
# hết tháng 3/2023 là hơn 2.553 tỷ đồng") (blind15 r583, r607), or after "cộng dồn" ("Chỉ số
# sử dụng lao động ... cộng dồn đến cuối tháng 8.2021 giảm 1,8%": summed up to the month's
# end, though no clause leads; w12t17).
_MONTH_END_LEAD = lazy_pattern(
    r"(?:(?:^|[,:;(]|\s[-–]|(?<![^\W_])thì)\s*(?:(?:nhưng|song|tuy\s+nhiên)\s+)?|giải\s+ngân[^,;:.()]*\s"
    r"|(?<![^\W_])cộng\s+dồn\s*)$"
)
# "Tổng thu ngân sách ... đến hết tháng 7/2020 đạt 5.219,4 tỷ đồng": a total the clause reached
# by the month's end, though the words before it lead no clause.
_REACHED_AFTER = lazy_pattern(r"\s*(?:ước\s+)?đạt" + _W)
# "đến cuối tháng 3 ước tính tăng 2,8%": a level at the month's end, compared (``find_mentions``).
_CHANGED_AFTER = lazy_pattern(r"\s*(?:ước\s+(?:tính\s+)?)?(?:tăng|giảm)" + _W)
# What a figure standing at a date says: "toàn tỉnh có 1.250 doanh nghiệp" (before the figure),
# "28 khu công nghiệp đã được thành lập", "tỷ lệ lấp đầy đạt 70,2%", "các KCN này đã thu hút
# 184 dự án" (anywhere in the clause); a figure summed over the months says none of them.
_STOCK_HAS = lazy_pattern(r"(?<![^\W_])có" + _W)
_STOCK_WORDS = lazy_pattern(
    r"(?<![^\W_])(?:còn\s+hiệu\s+lực|đang\s+hoạt\s+động|lấp\s+đầy|được\s+thành\s+lập|đã\s+thu\s+hút|lũy\s+kế"
    # "đạt 58.400 tỷ đồng (tăng 8% so với cuối năm 2022)": a balance, compared with the last one.
    r"|so\s+với\s+(?:cuối|đầu)\s+năm"
    # "... đến cuối tháng 8.2021 giảm 1,8% so với cùng thời điểm năm trước": a level at a date
    # set against the same date a year before (w12t17).
    r"|so\s+với\s+cùng\s+thời\s+điểm)" + _W
)
_CLAUSE_END = lazy_pattern(r"[;\n]|\.(?![0-9])")
_FIRST_DIGIT = lazy_pattern(r"[0-9]")


def _stock_after(norm: str, end: int) -> bool:
    """Whether the clause after a total up to a month's end ("Tính đến hết tháng 10/2024, ...")
    states a stock rather than a flow summed from January."""
    window = norm[end : end + 160]
    cut = _CLAUSE_END.search(window)
    if cut is not None:
        window = window[: cut.start()]
    digit = _FIRST_DIGIT.search(window)
    if _STOCK_HAS.search(window, 0, digit.start() if digit is not None else len(window)):
        return True
    return _STOCK_WORDS.search(window) is not None


@dataclass(frozen=True, slots=True)
class Period:
    kind: str | None = None
    year: int | None = None
    month: int | None = None
    months: int | None = None
    quarter: int | None = None
    start_year: int | None = None
    end_year: int | None = None

    def to_dict(self) -> dict[str, int | str | None]:
        return {
            "kind": self.kind,
            "year": self.year,
            "month": self.month,
            "months": self.months,
            "quarter": self.quarter,
            "start_year": self.start_year,
            "end_year": self.end_year,
        }

    def with_year(self, year: int) -> Period:
        if self.kind is None:
            return Period("year", year)
        if self.kind in ("range", "target") or self.year is not None:
            return self
        return Period(self.kind, year, self.month, self.months, self.quarter)


NO_PERIOD = Period()


# Not frozen: built by the thousand, and a frozen dataclass sets each field through
# ``object.__setattr__`` (several times slower); nothing changes a mention once made.
@dataclass(slots=True)
class PeriodMention:
    start: int
    end: int
    period: Period | None  # None for a reset ("đến nay") and for ignored mentions
    reset: bool = False
    carries: bool = False
    comparison: bool = False  # "so với năm 2023": not the period, but dates the figure
    bracketed: bool = False  # named inside a bracket: said of the bracket's figures only
    clause_only: bool = False  # a stock's date inside a clause ("ước đến cuối tháng 12/2023")


@lru_cache(maxsize=1024)
def _period(
    kind: str,
    year: int | None = None,
    month: int | None = None,
    months: int | None = None,
    quarter: int | None = None,
    start_year: int | None = None,
    end_year: int | None = None,
) -> Period:
    """One shared instance per period (a ``Period`` is immutable): a long text names the same
    few periods hundreds of times, and building a frozen dataclass costs more than the look-up."""
    return Period(kind, year, month, months, quarter, start_year, end_year)


def _year(text: str | None) -> int | None:
    return int(text) if text else None


def _read(m: re.Match[str], kind: str | None) -> Period | None:
    """The period of a match whose alternative is ``kind``: the named group of the
    alternative, which is the last group the match closed (``m.lastgroup``)."""
    if kind == "date" or kind == "vision":
        return None
    if kind == "yearend" or kind == "wholeyear" or kind == "thisyear":
        return _period("year", _year(m.group("ye_year")))
    if kind == "target":
        return _period("target", _year(m.group("t_year")))
    if kind == "year" and m.group("n2") is not None:
        first, second = int(m.group("y")), int(m.group("n2"))
        if second <= first or second - first > 50:
            return None
        return _period("range", start_year=first, end_year=second)
    if kind == "range" or kind == "brange":
        first = int(m.group("r1") or m.group("b1"))
        second_raw = m.group("r2") or m.group("b2")
        second = int(second_raw)
        if len(second_raw) == 2:
            second += first // 100 * 100
        if second <= first or second - first > 50:
            return None
        return _period("range", start_year=first, end_year=second)
    if kind == "span":
        n = int(m.group("sp_m"))
        span_year = _year(m.group("sp_year") or m.group("sp_y0"))
        if n == 6:
            return _period("half", span_year, month=6, months=6)
        return _period("ytd", span_year, month=n, months=n)
    if kind == "todate":
        # A total up to a day ("đến ngày 14/4", "tính đến 15/10/2024"): year to date, ending
        # in that month; the number of months is not a whole one (SCHEMA.md).
        month = int(m.group("td_m") or m.group("td_m3"))
        if not 1 <= month <= 12:
            return None
        return _period("ytd", _year(m.group("td_y") or m.group("td_y3")), month=month)
    if kind == "upto":
        n = int(m.group("ut_m"))
        if n == 6:
            return _period("half", _year(m.group("ut_year")), month=6, months=6)
        return _period("ytd", _year(m.group("ut_year")), month=n, months=n)
    if kind == "tomonth":
        return _period("ytd", _year(m.group("tm_year")), month=int(m.group("tm_m")))
    if kind == "sofar":
        return _period("ytd", _year(m.group("so_year")))
    if kind == "midmonth":
        return _period("ytd", _year(m.group("mm_year")), month=int(m.group("mm_m")))
    if kind == "half":
        # The second half ("6 tháng cuối năm") ends in December (SCHEMA.md).
        last = 12 if "cuối" in m.group("half") else 6
        return _period("half", _year(m.group("h_year")), month=last, months=6)
    if kind == "ytd":
        n = int(m.group("n")) if m.group("n") else _WORD_NUMBERS.get(" ".join(m.group("nw").split()), 0)
        if not 2 <= n <= 12:
            return None
        if n == 6:
            return _period("half", _year(m.group("y_year")), month=6, months=6)
        return _period("ytd", _year(m.group("y_year")), month=n, months=n)
    if kind == "quarter":
        return _period("quarter", _year(m.group("q_year")), quarter=_ROMAN[m.group("q") or "1"])
    if kind == "month":
        return _period("month", _year(m.group("m_year")), month=int(m.group("m") or 1))
    if kind == "thismonth":
        return _period("month")
    if kind == "year":
        return _period("year", _year(m.group("y")))
    if kind == "label":
        return _period("year", int(m.group("label")))
    return None


# Where a period mention may start: the first word of each alternative of ``PERIOD_RE``, and
# a digit run followed by a dash ("2021-2025") or "tháng" ("7 tháng", "6 tháng").
_PERIOD_WORDS = [
    "ngày",
    "nâng",
    "tầm",
    "tính",
    "đến",
    "tới",
    "cả",
    "giai",
    "thời",
    "nhiệm",
    "kế",
    "bình",
    "từ",
    "sáu",
    "nửa",
    "hai",
    "ba",
    "bốn",
    "bảy",
    "tám",
    "chín",
    "mười",
    "quý",
    "qúy",
    "quí",
    "tháng",
    "trong tháng",
    "năm",
    "hiện",
    "lũy",
    "kể",
]
_PERIOD_PRESCAN = scan.prescan(
    _PERIOD_WORDS,
    extra=tuple(_inline(f"{d}(?=[0-9]{{0,3}}(?:\\s*-|\\s+tháng|\\):))") for d in range(10)),
)
# Over a whole text the two halves of ``_PERIOD_PRESCAN`` apart, and only where a word starts
# (``PERIOD_RE`` begins with "(?<![^\W_])"): the words by a prescan of their own, whose
# word-start check is tried only where a word matched; the digits from each "-" and "tháng"
# back (``_digit_starts``). One prescan for both tried a dozen first letters and ten digits at
# every offset: 80 ms on 2 MB of the bench text, against 35 ms for the words alone and 5 ms
# for the digits read back.
_PERIOD_WORD_PRESCAN = lazy_pattern("(?:" + scan.prescan(_PERIOD_WORDS).pattern + ")" + scan.AFTER_WORD_START)
_DIGITS = frozenset("0123456789")


def _digit_starts(text: str) -> list[int]:
    """The offsets where a digit of ``_PERIOD_PRESCAN`` matches and a word starts: a run of
    up to four digits, then spaces and "-", or at least one space and "tháng" (no line break)."""
    found: set[int] = set()
    for anchor, spaces_needed in (("-", 0), ("tháng", 1), ("):", 0)):
        at = text.find(anchor)
        while at >= 0:
            j = at
            while j > 0 and text[j - 1] != "\n" and text[j - 1].isspace():
                j -= 1
            if at - j >= spaces_needed:
                k = j
                while k > 0 and text[k - 1] in _DIGITS and j - k < 5:
                    k -= 1
                if 0 < j - k < 5 and (k == 0 or not text[k - 1].isalnum()):
                    found.add(k)
            at = text.find(anchor, at + 1)
    return sorted(found)


def _mention_starts(text: str) -> list[int]:
    """The offsets where ``_PERIOD_PRESCAN`` matches in ``text`` and a word starts, in order."""
    words = [m.start() for m in _PERIOD_WORD_PRESCAN.finditer(text)]
    return sorted(words + _digit_starts(text))


def blank_mentions(text: str) -> str:
    """``PERIOD_RE.sub(" ", text)``: every period mention made one space (read with the
    prescan: ``PERIOD_RE`` begins with a look-behind, which ``re`` tries at every offset)."""
    parts, last = [], 0
    for m in scan.finditer(PERIOD_RE, _PERIOD_PRESCAN, text):
        parts.append(text[last : m.start()])
        parts.append(" ")
        last = m.end()
    if not parts:
        return text
    parts.append(text[last:])
    return "".join(parts)


def find_mentions(norm: str) -> list[PeriodMention]:
    """Every period mention and reset marker, in order."""
    out: list[PeriodMention] = []
    # For ``_runs_in`` (see there): the last carrying mention with a period among out[:read],
    # and the start of the line of offset ``scanned``.
    last_carrying: PeriodMention | None = None
    read = scanned = line_start = 0
    for m in scan.finditer_at(PERIOD_RE, _mention_starts(norm), norm):
        start, end = m.span()
        kind = m.lastgroup
        if (
            out
            and out[-1].period is not None
            and not out[-1].comparison
            and norm.find("(", out[-1].end, start) >= 0
            and _BRACKET_OPENED.fullmatch(norm, out[-1].end, start)
        ):
            # "Trong 10 tháng đầu năm 2018 (tính đến ngày 23/10/2018)", "trong tháng 6/2016 (từ
            # ngày 20/5/2016 – 20/6/2016)": the bracket spells out the period before it.
            continue
        if kind == "reset":
            if norm.startswith("năm", start) and _SUPERLATIVE_BEFORE.search(norm, max(0, start - 30), start):
                # "giá tăng cao nhất trong những năm gần đây, đạt khoảng 5.500 USD/tấn": the
                # span a superlative ranges over, not what the figure adds up to.
                continue
            if (
                norm.endswith("từ trước ", 0, start)
                and norm.startswith(("đến", "tới"), start)
                and _RECORD_BEFORE.search(norm, max(0, start - 50), start)
            ):
                # "Thu từ xuất nhập khẩu đạt 13.300 tỷ đồng, mức cao nhất từ trước tới nay": the
                # figure's record, not a stock now; the period the text runs in goes on
                # (blind22 r869, r881; w12t22).
                continue
            if (
                out
                and out[-1].comparison
                and out[-1].end >= start - 2
                and norm.startswith(("đến", "tới"), start)
                and _RECORD_SINCE.search(norm, max(0, out[-1].start - 60), out[-1].start)
            ):
                # "GDP quý I tăng 6,93% ... và là mức tăng cao nhất của quý I kể từ năm 2020 đến
                # nay": a record since a year, not a stock now; the period goes on (blind27
                # r1080; the wording is in four more tuning texts; w12t27).
                continue
            if (
                norm.startswith("hiện có", start)
                and out
                and out[-1].period is not None
                and out[-1].period.kind == "ytd"
                and not out[-1].comparison
                and _DATED_CLAUSE_BETWEEN.fullmatch(norm, out[-1].end, start)
            ):
                # "Lũy kế đến hết tháng 9, trên địa bàn tỉnh hiện có 172 dự án FDI còn hiệu lực":
                # the stock at the date its sentence opens with, not a stock now (blind27 r1069;
                # w12t27).
                continue
            out.append(PeriodMention(start, end, None, reset=True, carries=True))
            continue
        if kind == "hien":
            if _CLAUSE_LEAD.search(_before(norm, start)):
                out.append(PeriodMention(start, end, None, reset=True, carries=True))
            continue
        if kind == "label":
            # The label dates the figures of its line only: neither carried on nor bracketed.
            out.append(PeriodMention(start, end, _read(m, kind)))
            continue
        if kind == "sametime":
            same = _same_time(norm, start, out)
            if same is not None:
                out.append(same)
            continue
        period = _read(m, kind)
        if period is None:
            continue
        if (
            kind == "target"
            and out
            and out[-1].period is not None
            and out[-1].period.kind in ("target", "range")
            and _ORIENTATION_AFTER.fullmatch(norm, out[-1].end, start)
        ):
            # "đến năm 2020 và định hướng đến năm 2025 tỉnh sẽ có 35 cụm công nghiệp": the
            # plan is read at its own horizon; the orientation beyond it is, like "tầm nhìn
            # đến năm 2050", no period of the figures.
            continue
        stock_date = False
        if kind == "tomonth":
            # "tổng nguồn vốn huy động ... ước đến cuối tháng 12/2023 đạt 58.400 tỷ đồng; tổng vốn
            # đầu tư ... ước đạt 39.883 tỷ đồng": a month's end inside a clause dates that clause
            # only, not the clauses after it (blind16 r636, w12t16).
            led = _MONTH_END_LEAD.search(_before(norm, start)) is not None
            stock_date = not led
            if not (led or _REACHED_AFTER.match(norm, end)):
                if not ("cuối" in m.group("tomonth") and _CHANGED_AFTER.match(norm, end)):
                    period = _period("month", period.year, period.month)
                # (Else "Chỉ số sử dụng lao động ... đến cuối tháng 3 ước tính tăng 2,8%": with no
                # clause lead, a level at the month's end compared, a stock (months null), not
                # the month's flow (blind19 r740, w12t19). A led one, "cộng dồn đến cuối tháng
                # 8", is read below.)
            elif not _stock_after(norm, end) and "đầu" not in m.group("tomonth"):
                # ("Tính đến đầu tháng 7, toàn tỉnh thu hút được 268 dự án": up to a day early in
                # the month, like "đến ngày 14/4", months null (SCHEMA.md; w12t17).)
                n = period.month
                period = _period("half", period.year, 6, 6) if n == 6 else _period("ytd", period.year, n, n)
        elif kind == "upto" and period.months is not None and _stock_after(norm, end):
            # "Lũy kế đến hết tháng 9/2020, toàn tỉnh có 402 dự án FDI": the projects counted
            # since the first, a stock at the month's end (months null, as "tính đến hết tháng
            # N, toàn tỉnh có ..."), not the months summed (blind19 r745).
            period = _period("ytd", period.year, period.month)
        elif kind == "target" and norm.startswith(" vừa qua", end):
            # (w12t24) "năm 2009 là hơn 200 triệu USD… và đến năm 2017 vừa qua lên đến 950
            # triệu USD": a year just gone by, the last of a series, no plan's horizon.
            period = _period("year", period.year)
        elif kind == "target" and _COUNTED_TO.search(_before(norm, start)):
            # "Tính đến 2022, tỉnh Vĩnh Long có 6 Khu công nghiệp": a count up to a year gone
            # by, as "tính đến cuối năm 2022", not a plan's horizon.
            period = _period("year", period.year)
        elif kind == "target" and _year_reached(out, period.year):
            # "Tính đến cuối năm 2010, có 05 KCN ... Đến năm 2010, các KCN thu hút 161 dự án": a
            # year the text has reported already is no plan's horizon (blind14 r546; w12t27).
            period = _period("year", period.year)
        elif kind == "yearend" and period.year is not None and _AIMED_BEFORE.search(_before(norm, start)):
            # "tỉnh phấn đấu đến hết năm 2030, có khoảng 50% các cụm công nghiệp ...": a plan's
            # horizon, like "đến năm 2030" (not the year's end a total is counted to).
            period = _period("target", period.year)
        if m.group("thisyear") is not None and (
            (out and out[-1].end >= start - 2) or _NOT_THIS_YEAR.search(norm, max(0, start - 12), start)
        ):
            if _IN_THIS_YEAR.search(norm, max(0, start - 12), start) and not (out and out[-1].end >= start - 2):
                # "mục tiêu tăng trưởng 7,5% trong năm nay": the year of the figures beside
                # it; a remark in passing ("các sản phẩm ... trong năm nay có tăng trưởng tốt")
                # does not change the period the paragraph runs in.
                out.append(PeriodMention(start, end, period, carries=False))
            # "tháng 8 năm nay", "6 tháng đầu năm nay": part of the period before it.
            continue
        if out and out[-1].comparison and _LIST_JOIN.fullmatch(norm, out[-1].end, start):
            # "của cùng kỳ năm 2015 và năm 2016": the second of two years compared with.
            out.append(PeriodMention(start, end, period, comparison=True))
            continue
        before = _before(norm, start)
        # Cheap pre-checks first: each of these patterns ends in "\\s*$" after one of a few words.
        tail = before.rstrip()
        if (
            period.kind in ("year", "range", "target")
            and tail.endswith(_NOT_A_PERIOD_ENDS)
            and _NOT_A_PERIOD_BEFORE.search(before)
        ):
            out.append(PeriodMention(start, end, period, comparison=True))
            continue
        if period.kind == "range" and _in_plan_of_a_year(norm, start):
            out.append(PeriodMention(start, end, period, comparison=True))
            continue
        if (
            tail.endswith(("sau", "trước"))
            and _AFTER_OR_BEFORE.search(tail)
            and not (period.kind == "ytd" and tail.endswith("sau") and not _SPAN_FOLLOWED.match(norm, end))
        ):
            # ("Sau 10 tháng năm 2024, chỉ số sản xuất công nghiệp ... tăng 18,71%", "bán lẻ ...
            # sau 7 tháng đạt 2,24 triệu tỉ đồng": the months so far, the figure's period; only
            # a span followed by what went on in it, "sau 8 tháng đầu năm liên tiếp bị giảm",
            # is not.)
            # "tăng nhẹ 0,01% sau 8 tháng đầu năm liên tiếp bị giảm": a span the figure
            # follows or precedes, not its period.
            out.append(PeriodMention(start, end, period, comparison=True))
            continue
        if period.kind == "month" and tail.endswith(("thường kỳ", "họp")) and _MEETING_BEFORE.search(tail):
            # "Phiên họp thường kỳ tháng 9 của UBND tỉnh Ninh Bình diễn ra ngày 7/10": the month
            # names the meeting, not the period of the figures reported at it (blind22 r868).
            out.append(PeriodMention(start, end, period, comparison=True))
            continue
        if (tail.endswith(_COMPARED_ENDS) and _COMPARED_BEFORE.search(before)) or (
            tail.endswith("lần")
            and period.kind == "year"
            and norm.startswith("năm", start)
            and _MULTIPLE_BEFORE.search(before)
        ):
            # "tăng 13,1% so với tháng 8/2023", "cao hơn mức tăng 6,3% của quý I/2024": the
            # period compared with, not the figure's.
            out.append(PeriodMention(start, end, period, comparison=True))
            continue
        # Report lead sentences name the period anywhere ("tình hình kinh tế - xã hội 6 tháng
        # đầu năm 2024"); only "vào năm 2030" (when something is to happen) is not a context.
        carries = not (tail.endswith(_NOT_CARRIED_ENDS) and _NOT_CARRIED_BEFORE.search(before))
        bracketed = False
        if carries and _in_bracket(norm, start):
            # "(bằng 103,13% kịch bản tăng trưởng quý III/2021). Tỷ lệ ... đạt 91,7%": a
            # period in brackets is said of the bracket's figures; the text after the bracket
            # goes on in the period before it (the same scope as a sentence's).
            carries = False
            bracketed = True
        if (
            carries
            and period.kind in ("year", "month", "quarter")
            and tail.endswith(_PLAN_NAME_ENDS)
            and _PLAN_NAME_BEFORE.search(before)
        ):
            # The last carrying mention and the start of this line, each brought up to date
            # from where the last plan name left them: each mention and each character is read
            # once for all the plan names of a text.
            for mention in out[read:]:
                if mention.carries and mention.period is not None:
                    last_carrying = mention
            read = len(out)
            line_start = max(line_start, norm.rfind("\n", scanned, start) + 1)
            scanned = start
            if _runs_in(last_carrying, period, line_start):
                carries = False
        out.append(
            PeriodMention(
                start, end, period, carries=carries and not stock_date, bracketed=bracketed, clause_only=stock_date
            )
        )
    return out


def _same_time(norm: str, start: int, out: list[PeriodMention]) -> PeriodMention | None:
    """ "Cùng thời gian này", "Cũng trong thời gian trên": the last period named before, even
    past a stock ("hiện có 566 dự án") that reset it; None when that is not what it says."""
    if not _SAME_TIME_BEFORE.search(norm, max(0, start - 10), start):
        return None
    for mention in reversed(out[-40:]):
        if mention.period is not None and mention.carries and not mention.comparison:
            return PeriodMention(start, start, mention.period, carries=True)
    return None


# "Năm 2018 là năm thứ ba thực hiện kế hoạch ... 5 năm 2016 - 2020": the plan a year belongs to.
_YEAR_OF_A_PLAN = lazy_pattern(
    r"(?<![^\W_])là\s+năm\s+(?:thứ|đầu|cuối|bản\s+lề|tăng\s+tốc|then\s+chốt|có\s+ý\s+nghĩa)(?![^\W_])[^.;:]*$"
)


def _in_plan_of_a_year(norm: str, start: int) -> bool:
    """Whether the range at ``start`` names the plan a year is a part of ("Năm 2016 là năm đầu
    triển khai ... Kế hoạch 5 năm (2016 - 2020)"), which is not the period of the figures around."""
    lo = max(0, start - 120)
    return norm.find("là", lo, start) >= 0 and _YEAR_OF_A_PLAN.search(norm, lo, start) is not None


_MORE_YEARS = lazy_pattern(r"(?:\s*(?:,|và)\s*(?:năm\s+)?" + _YEAR + r"(?![0-9]))+")
_YEAR_IN_LIST = lazy_pattern(_YEAR)


def listed_periods(norm: str, mentions: list[PeriodMention], last: int) -> list[Period]:
    """The periods of a list that ends in ``mentions[last]`` or in bare years after it ("quý I,
    quý II và quý III/2024", "các năm 2021, 2022, 2023"), in order; a period without a year takes
    the list's last year. Used for the figures given "lần lượt" (respectively) after it."""
    run = [last]
    while (
        run[0] > 0
        and mentions[run[0] - 1].period is not None
        and _LIST_JOIN.fullmatch(norm, mentions[run[0] - 1].end, mentions[run[0]].start)
    ):
        run.insert(0, run[0] - 1)
    periods = [p for p in (mentions[i].period for i in run) if p is not None]
    tail = mentions[last]
    more = _MORE_YEARS.match(norm, tail.end)
    if more is not None and tail.period is not None and tail.period.kind == "year":
        periods += [_period("year", int(y.group())) for y in _YEAR_IN_LIST.finditer(more.group())]
    year = periods[-1].year if periods else None
    if year is not None:
        periods = [p.with_year(year) if p.year is None else p for p in periods]
    return periods


def listed_periods_end(norm: str, mention: PeriodMention) -> int:
    """Where the list of periods that ``mention`` ends (or its bare years after it) ends."""
    more = _MORE_YEARS.match(norm, mention.end)
    return more.end() if more is not None else mention.end


def _in_bracket(norm: str, pos: int) -> bool:
    """Whether ``pos`` lies inside a bracket opened on its line (looked for 120 characters back)."""
    window = max(0, pos - 120)
    # The newline is looked for inside the window only: from the text's start, a one-line text
    # of n mentions cost n² (2.8 MB took 27 s).
    lo = max(window, norm.rfind("\n", window, pos))
    return norm.rfind("(", lo, pos) > norm.rfind(")", lo, pos)


def _runs_in(last_carrying: PeriodMention | None, planned: Period, line_start: int) -> bool:
    """Whether ``last_carrying``, the last carrying mention before a plan name's period
    ``planned``, lies on that period's line (which starts at ``line_start``) and is a part of
    the year planned (a month, quarter, half or months so far of it) or the period before it:
    "tổng kết công tác năm 2023 và triển khai nhiệm vụ năm 2024", "tình hình kinh tế - xã hội
    tháng 02, nhiệm vụ trọng tâm tháng 3 năm 2023" report on the first (blind26 r1025, r1042;
    blind19 r757, blind23 r921)."""
    # (Found by walking back over the mentions from each plan name, which was quadratic on one
    # line of plan names after a month: those do not carry, and each walk passed all of them.)
    if last_carrying is None or last_carrying.start < line_start:
        return False
    period = last_carrying.period
    assert period is not None
    year = planned.year
    if planned.kind == "year":
        if period.kind == "year":
            return period.year is not None and year is not None and period.year < year
        return period.kind in ("month", "quarter", "half", "ytd") and period.year == year
    if period.kind != planned.kind or period.year not in (None, year):
        return False
    if planned.kind == "month":
        return period.month is not None and planned.month is not None and period.month < planned.month
    return period.quarter is not None and planned.quarter is not None and period.quarter < planned.quarter


# Up to the last sentence boundary of a window: ".*" runs to its end and gives back one
# character at a time until a boundary matches.
_UP_TO_LAST_BOUNDARY = lazy_pattern(r"(?s:.*)[.;!?\n]")


def _before(norm: str, pos: int) -> str:
    """Up to 40 characters before ``pos``, cut at the last sentence boundary."""
    lo = max(0, pos - 40)
    cut = _UP_TO_LAST_BOUNDARY.match(norm, lo, pos)
    if cut is not None:
        return norm[cut.end() : pos]
    # No boundary in the window: it does not start the sentence, so "^" must not match.
    window = norm[lo:pos]
    return window if pos <= 40 else "\x01" + window
