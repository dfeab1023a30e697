"""Reporting periods: one canonical code per span of dates, parsed and printed in Vietnamese
and English.

Codes (the span decides the code, so "6 tháng đầu năm" and "6 tháng" are both `2024-H1`):

| kind    | code                     | Vietnamese                 | English            |
|---------|--------------------------|----------------------------|--------------------|
| month   | 2024-07                  | tháng 7/2024               | July 2024          |
| ytd     | 2024-YTD07               | 7 tháng năm 2024           | 7 months of 2024   |
| quarter | 2024-Q3                  | quý III/2024               | Q3 2024            |
| half    | 2024-H1, 2024-H2         | 6 tháng đầu năm 2024 / 6 tháng cuối năm 2024 | H1 2024 / H2 2024 |
| year    | 2024                     | năm 2024                   | 2024               |
| range   | 2021-2030                | giai đoạn 2021–2030        | 2021–2030          |
| window  | 2023-12-15..2024-06-14   | từ 15/12/2023 đến 14/06/2024 | 15 Dec 2023 – 14 Jun 2024 |
| day     | 2024-07-31               | ngày 31/07/2024            | 31 Jul 2024        |

Cumulative spans that coincide with a quarter, half or year take that code (YTD03 → Q1,
YTD06 → H1, YTD12 → year). `day` is a point in time for stocks ("đến nay có 27 cụm").
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
import unicodedata
from dataclasses import dataclass
from enum import StrEnum

from provind.errors import ProvindError


class PeriodKind(StrEnum):
    MONTH = "month"
    YTD = "ytd"
    QUARTER = "quarter"
    HALF = "half"
    YEAR = "year"
    RANGE = "range"
    WINDOW = "window"
    DAY = "day"


class PeriodError(ProvindError, ValueError):
    """A text that is not a period, or an operation a period kind does not have."""

    code = "period"

    def __init__(self, text: str, *, vi: str | None = None, en: str | None = None) -> None:
        self.period_text = text
        super().__init__(
            vi
            or (
                f"“{text}” không phải kỳ báo cáo hợp lệ (vd. 2024-07, 2024-YTD07, 2024-Q3, 2024-H1, 2024, "
                "2021-2030, “7 tháng năm 2024”)"
            ),
            en or f"“{text}” is not a valid period",
            field="period",
        )


ROMAN = {1: "I", 2: "II", 3: "III", 4: "IV"}
ROMAN_TO_INT = {v: k for k, v in ROMAN.items()}
MONTHS_EN = [calendar.month_name[m] for m in range(13)]
MONTHS_EN_SHORT = [calendar.month_abbr[m] for m in range(13)]


def _month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


@dataclass(frozen=True, order=True)
class Period:
    start: dt.date
    end: dt.date
    kind: PeriodKind

    # --- construction -------------------------------------------------------------------
    @classmethod
    def month(cls, year: int, month: int) -> Period:
        return cls(dt.date(year, month, 1), _month_end(year, month), PeriodKind.MONTH)

    @classmethod
    def ytd(cls, year: int, months: int) -> Period:
        """Cumulative from January to the end of month `months`."""
        if not 1 <= months <= 12:
            raise PeriodError(f"{months} tháng")
        if months == 1:
            return cls.month(year, 1)
        if months == 3:
            return cls.quarter(year, 1)
        if months == 6:
            return cls.half(year, 1)
        if months == 12:
            return cls.year(year)
        return cls(dt.date(year, 1, 1), _month_end(year, months), PeriodKind.YTD)

    @classmethod
    def quarter(cls, year: int, quarter: int) -> Period:
        if not 1 <= quarter <= 4:
            raise PeriodError(f"quý {quarter}")
        return cls(dt.date(year, 3 * quarter - 2, 1), _month_end(year, 3 * quarter), PeriodKind.QUARTER)

    @classmethod
    def half(cls, year: int, half: int) -> Period:
        if half not in (1, 2):
            raise PeriodError(f"H{half}")
        return cls(dt.date(year, 6 * half - 5, 1), _month_end(year, 6 * half), PeriodKind.HALF)

    @classmethod
    def year(cls, year: int) -> Period:
        return cls(dt.date(year, 1, 1), dt.date(year, 12, 31), PeriodKind.YEAR)

    @classmethod
    def range(cls, start_year: int, end_year: int) -> Period:
        if end_year <= start_year:
            raise PeriodError(f"{start_year}-{end_year}")
        return cls(dt.date(start_year, 1, 1), dt.date(end_year, 12, 31), PeriodKind.RANGE)

    @classmethod
    def window(cls, start: dt.date, end: dt.date) -> Period:
        """A date window; one that covers whole calendar months of one year from the 1st takes
        the month, quarter, half, cumulative or year code instead (one code per span)."""
        if end < start:
            raise PeriodError(f"{start}..{end}")
        if start.day == 1 and end == _month_end(end.year, end.month) and start.year == end.year:
            if start.month == 1:
                return cls.ytd(end.year, end.month)
            if start.month == end.month:
                return cls.month(end.year, end.month)
            if (start.month, end.month) in ((4, 6), (7, 9), (10, 12)):
                return cls.quarter(end.year, end.month // 3)
            if (start.month, end.month) == (7, 12):
                return cls.half(end.year, 2)
        return cls(start, end, PeriodKind.WINDOW)

    @classmethod
    def day(cls, on: dt.date) -> Period:
        return cls(on, on, PeriodKind.DAY)

    # --- properties ---------------------------------------------------------------------
    @property
    def year_number(self) -> int:
        return self.end.year

    @property
    def months(self) -> int:
        """Calendar months covered (month 1, 7 months 7, quarter 3, half 6, year 12)."""
        return (self.end.year - self.start.year) * 12 + self.end.month - self.start.month + 1

    @property
    def last_month(self) -> int:
        return self.end.month

    @property
    def is_cumulative_from_january(self) -> bool:
        """True for spans that start on 1 January of their year and end at a month end."""
        return self.kind in (
            PeriodKind.MONTH,
            PeriodKind.YTD,
            PeriodKind.QUARTER,
            PeriodKind.HALF,
            PeriodKind.YEAR,
        ) and self.start == dt.date(self.end.year, 1, 1)

    @property
    def code(self) -> str:
        y = self.end.year
        match self.kind:
            case PeriodKind.MONTH:
                return f"{y}-{self.end.month:02d}"
            case PeriodKind.YTD:
                return f"{y}-YTD{self.end.month:02d}"
            case PeriodKind.QUARTER:
                return f"{y}-Q{(self.end.month) // 3}"
            case PeriodKind.HALF:
                return f"{y}-H{self.end.month // 6}"
            case PeriodKind.YEAR:
                return str(y)
            case PeriodKind.RANGE:
                return f"{self.start.year}-{y}"
            case PeriodKind.WINDOW:
                return f"{self.start.isoformat()}..{self.end.isoformat()}"
            case PeriodKind.DAY:
                return self.end.isoformat()
        raise AssertionError(self.kind)  # pragma: no cover

    def __str__(self) -> str:
        return self.code

    # --- words --------------------------------------------------------------------------
    def label(self, language: str = "vi") -> str:
        return self.label_en() if language.startswith("en") else self.label_vi()

    def label_vi(self) -> str:
        y = self.end.year
        match self.kind:
            case PeriodKind.MONTH:
                return f"tháng {self.end.month}/{y}"
            case PeriodKind.YTD:
                return f"{self.months} tháng năm {y}"
            case PeriodKind.QUARTER:
                return f"quý {ROMAN[self.end.month // 3]}/{y}"
            case PeriodKind.HALF:
                return f"6 tháng đầu năm {y}" if self.end.month == 6 else f"6 tháng cuối năm {y}"
            case PeriodKind.YEAR:
                return f"năm {y}"
            case PeriodKind.RANGE:
                return f"giai đoạn {self.start.year}–{y}"
            case PeriodKind.WINDOW:
                return f"từ {self.start:%d/%m/%Y} đến {self.end:%d/%m/%Y}"
            case PeriodKind.DAY:
                return f"ngày {self.end:%d/%m/%Y}"
        raise AssertionError(self.kind)  # pragma: no cover

    def label_en(self) -> str:
        y = self.end.year
        match self.kind:
            case PeriodKind.MONTH:
                return f"{MONTHS_EN[self.end.month]} {y}"
            case PeriodKind.YTD:
                return f"{self.months} months of {y}"
            case PeriodKind.QUARTER:
                return f"Q{self.end.month // 3} {y}"
            case PeriodKind.HALF:
                return f"H{self.end.month // 6} {y}"
            case PeriodKind.YEAR:
                return str(y)
            case PeriodKind.RANGE:
                return f"{self.start.year}–{y}"
            case PeriodKind.WINDOW:
                return (
                    f"{self.start.day} {MONTHS_EN_SHORT[self.start.month]} {self.start.year} – "
                    f"{self.end.day} {MONTHS_EN_SHORT[self.end.month]} {y}"
                )
            case PeriodKind.DAY:
                return f"{self.end.day} {MONTHS_EN_SHORT[self.end.month]} {y}"
        raise AssertionError(self.kind)  # pragma: no cover

    # --- arithmetic ---------------------------------------------------------------------
    def shifted_years(self, years: int) -> Period:
        """The same period `years` later (negative: earlier); 29 Feb falls back to 28 Feb."""

        def shift(day: dt.date) -> dt.date:
            try:
                return day.replace(year=day.year + years)
            except ValueError:
                return day.replace(year=day.year + years, day=28)

        end = shift(self.end)
        if self.kind in (PeriodKind.MONTH, PeriodKind.YTD, PeriodKind.QUARTER, PeriodKind.HALF, PeriodKind.YEAR):
            end = _month_end(end.year, end.month)  # keep month ends (28 → 29 Feb in leap years)
        return Period(shift(self.start), end, self.kind)

    def same_period_last_year(self) -> Period:
        """The basis of year-on-year comparison ("so với cùng kỳ")."""
        if self.kind == PeriodKind.RANGE:
            raise PeriodError(
                self.code,
                vi=f"{self.code}: kỳ nhiều năm không có cùng kỳ năm trước",
                en=f"{self.code}: multi-year ranges have no same period last year",
            )
        return self.shifted_years(-1)

    def previous_month(self) -> Period:
        if self.kind != PeriodKind.MONTH:
            raise PeriodError(
                self.code,
                vi=f"{self.code}: so với tháng trước chỉ áp dụng cho tháng",
                en=f"{self.code}: month-on-month needs a month",
            )
        first = self.start - dt.timedelta(days=1)
        return Period.month(first.year, first.month)

    def months_in(self) -> list[Period]:
        """The calendar months that make up a month-based period, in order."""
        if self.kind in (PeriodKind.WINDOW, PeriodKind.DAY):
            raise PeriodError(
                self.code,
                vi=f"{self.code}: khoảng ngày không gồm các tháng trọn vẹn",
                en=f"{self.code}: a date window is not made of whole months",
            )
        out, year, month = [], self.start.year, self.start.month
        for _ in range(self.months):
            out.append(Period.month(year, month))
            year, month = (year + 1, 1) if month == 12 else (year, month + 1)
        return out

    def contains(self, other: Period) -> bool:
        return self.start <= other.start and other.end <= self.end

    @classmethod
    def parse(cls, text: str) -> Period:
        return parse_period(text)


# --- parsing ------------------------------------------------------------------------------
_CODE_PATTERNS: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"^(\d{4})-(\d{2})$"), "month"),
    (re.compile(r"^(\d{4})-?YTD(\d{1,2})$", re.I), "ytd"),
    (re.compile(r"^(\d{4})-?Q([1-4])$", re.I), "quarter"),
    (re.compile(r"^(\d{4})-?H([12])$", re.I), "half"),
    (re.compile(r"^(\d{4})$"), "year"),
    (re.compile(r"^(\d{4})\s*[-–]\s*(\d{4})$"), "range"),
    (re.compile(r"^(\d{4}-\d{2}-\d{2})\s*(?:\.\.|/)\s*(\d{4}-\d{2}-\d{2})$"), "window"),
    (re.compile(r"^(\d{4}-\d{2}-\d{2})$"), "day"),
]

_Y = r"(?:năm\s*)?(\d{4})"
_WORD_PATTERNS: list[tuple[re.Pattern[str], str]] = [
    (re.compile(rf"^(?:6|sáu) tháng (?:đầu năm|đầu)\s*[/,]?\s*{_Y}$"), "h1"),
    (re.compile(rf"^(?:6|sáu) tháng cuối năm\s*[/,]?\s*{_Y}$"), "h2"),
    (re.compile(rf"^(\d{{1,2}}) tháng (?:đầu năm\s*)?[/,]?\s*{_Y}$"), "ytd"),
    (re.compile(rf"^(?:lũy kế|luỹ kế) (\d{{1,2}}) tháng (?:đầu năm\s*)?[/,]?\s*{_Y}$"), "ytd"),
    (re.compile(r"^tháng (\d{1,2})\s*(?:/|năm|-)\s*(\d{4})$"), "month_vi"),
    (re.compile(r"^quý ([ivx]+|[1-4])\s*(?:/|năm|-)\s*(\d{4})$"), "quarter_vi"),
    (re.compile(r"^(?:năm|cả năm) (\d{4})$"), "year"),
    (re.compile(r"^(?:giai đoạn|thời kỳ) (\d{4})\s*[-–]\s*(\d{4})$"), "range"),
    (re.compile(r"^(\d{1,2}) months? of (\d{4})$"), "ytd"),
    (re.compile(r"^(?:jan(?:uary)?)\s*[-–]\s*([a-z]+) (\d{4})$"), "ytd_en"),
    (re.compile(r"^h([12]) (\d{4})$"), "half_en"),
    (re.compile(r"^q([1-4]) (\d{4})$"), "quarter_en"),
    (re.compile(r"^([a-z]+) (\d{4})$"), "month_en"),
]
_MONTH_BY_NAME = {name.lower(): i for i, name in enumerate(MONTHS_EN) if name} | {
    name.lower(): i for i, name in enumerate(MONTHS_EN_SHORT) if name
}


def parse_period(text: str) -> Period:
    """Read a canonical code or Vietnamese/English words; raise PeriodError otherwise.

    >>> parse_period("7 tháng năm 2024").code
    '2024-YTD07'
    >>> parse_period("quý III/2024").label_en()
    'Q3 2024'
    """
    raw = text
    text = unicodedata.normalize("NFC", text).strip()
    try:
        for pattern, kind in _CODE_PATTERNS:
            m = pattern.match(text)
            if m:
                return _from_code(kind, m.groups())
        words = re.sub(r"\s+", " ", text.lower().replace("–", "-").replace("—", "-")).strip(" .")
        for pattern, kind in _WORD_PATTERNS:
            m = pattern.match(words)
            if m:
                return _from_words(kind, m.groups(), raw)
    except (ValueError, KeyError) as exc:
        if isinstance(exc, PeriodError):
            raise
        raise PeriodError(raw) from exc
    raise PeriodError(raw)


def _from_code(kind: str, g: tuple[str | None, ...]) -> Period:
    a, b = (g + (None,))[:2]
    assert a is not None
    match kind:
        case "month":
            return Period.month(int(a), int(b or 0))
        case "ytd":
            return Period.ytd(int(a), int(b or 0))
        case "quarter":
            return Period.quarter(int(a), int(b or 0))
        case "half":
            return Period.half(int(a), int(b or 0))
        case "year":
            return Period.year(int(a))
        case "range":
            return Period.range(int(a), int(b or 0))
        case "window":
            return Period.window(dt.date.fromisoformat(a), dt.date.fromisoformat(b or ""))
        case "day":
            return Period.day(dt.date.fromisoformat(a))
    raise AssertionError(kind)  # pragma: no cover


def _from_words(kind: str, g: tuple[str, ...], raw: str) -> Period:
    match kind:
        case "h1":
            return Period.half(int(g[0]), 1)
        case "h2":
            return Period.half(int(g[0]), 2)
        case "ytd":
            return Period.ytd(int(g[1]), int(g[0]))
        case "ytd_en":
            return Period.ytd(int(g[1]), _MONTH_BY_NAME[g[0]])
        case "month_vi":
            return Period.month(int(g[1]), int(g[0]))
        case "quarter_vi":
            q = g[0].upper()
            return Period.quarter(int(g[1]), ROMAN_TO_INT[q] if q in ROMAN_TO_INT else int(q))
        case "quarter_en":
            return Period.quarter(int(g[1]), int(g[0]))
        case "half_en":
            return Period.half(int(g[1]), int(g[0]))
        case "year":
            return Period.year(int(g[0]))
        case "range":
            return Period.range(int(g[0]), int(g[1]))
        case "month_en":
            return Period.month(int(g[1]), _MONTH_BY_NAME[g[0]])
    raise PeriodError(raw)  # pragma: no cover
