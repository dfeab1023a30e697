"""Circular 14/2024 reporting windows and deadlines.

Data are cut off on the 14th: the six-month report covers 15 Dec of the previous year to
14 Jun, the annual report 15 Dec to 14 Dec (Art. 3). Code "2024H1" is the six-month window,
"2024" the annual one.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from provind.errors import ProvindError
from provind.indicators.periods import Period

_CODE = re.compile(r"^(\d{4})(H1)?$", re.I)

# Forms and the day of the closing month by which each must be sent (Art. 3 and its table).
DEADLINE_DAY = {"01": 20, "02": 20, "03": 25, "04": 30}


class WindowError(ProvindError, ValueError):
    code = "window"

    def __init__(self, window: str) -> None:
        self.window = window
        super().__init__(
            f"kỳ báo cáo “{window}” không hợp lệ (vd. 2024H1 cho 6 tháng, 2024 cho cả năm)",
            f"invalid reporting window “{window}” (e.g. 2024H1 for six months, 2024 for the year)",
            field="window",
        )


@dataclass(frozen=True)
class ReportingWindow:
    year: int
    half: bool  # True: six-month report; False: annual report

    @classmethod
    def parse(cls, code: str) -> ReportingWindow:
        m = _CODE.match(code.strip())
        # Circular 14 windows exist from 2024; earlier years are kept for history, and the bound
        # keeps the window's dates (year - 1 … year) valid dates.
        if not m or not 1990 <= int(m.group(1)) <= 2100:
            raise WindowError(code)
        return cls(int(m.group(1)), m.group(2) is not None)

    @property
    def code(self) -> str:
        return f"{self.year}H1" if self.half else str(self.year)

    @property
    def start(self) -> dt.date:
        return dt.date(self.year - 1, 12, 15)

    @property
    def end(self) -> dt.date:
        return dt.date(self.year, 6, 14) if self.half else dt.date(self.year, 12, 14)

    @property
    def period(self) -> Period:
        return Period.window(self.start, self.end)

    def deadline(self, form: str) -> dt.date:
        """The day before which `form` ("01" … "04") is due: 20, 25 or 30 June / 20, 25 or 31 December
        (the circular's "trước ngày …"; see `is_on_time`)."""
        day = DEADLINE_DAY[form]
        if self.half:
            return dt.date(self.year, 6, day)
        return dt.date(self.year, 12, 31 if form == "04" else day)

    def is_on_time(self, form: str, day: dt.date) -> bool:
        """Circular 14 Art. 3 says "trước ngày 20" (before the 20th): a report sent on the deadline
        day itself is late; the last day on time is the day before."""
        return day < self.deadline(form)

    def last_day_on_time(self, form: str) -> dt.date:
        return self.deadline(form) - dt.timedelta(days=1)

    def label_vi(self) -> str:
        kind = "6 tháng" if self.half else "năm"
        return f"Báo cáo {kind} {self.year} (số liệu từ {self.start:%d/%m/%Y} đến {self.end:%d/%m/%Y})"

    def label_en(self) -> str:
        kind = "Six-month" if self.half else "Annual"
        return f"{kind} report {self.year} (data {self.start:%d %b %Y} – {self.end:%d %b %Y})"

    def __str__(self) -> str:
        return self.code
