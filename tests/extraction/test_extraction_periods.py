from __future__ import annotations

import pytest

from provind.extraction.normalize import normalize
from provind.extraction.periods import Period, _before, find_mentions


def _periods(text: str) -> list[Period | None]:
    return [m.period for m in find_mentions(normalize(text).norm) if not m.comparison]


@pytest.mark.parametrize(
    ("text", "period"),
    [
        ("tháng 5/2024", Period("month", 2024, month=5)),
        ("tháng 7 năm 2024", Period("month", 2024, month=7)),
        ("tháng 12", Period("month", None, month=12)),
        ("7 tháng năm 2024", Period("ytd", 2024, month=7, months=7)),
        ("9 tháng/2023", Period("ytd", 2023, month=9, months=9)),
        ("lũy kế 10 tháng", Period("ytd", None, month=10, months=10)),
        ("6 tháng đầu năm 2025", Period("half", 2025, month=6, months=6)),
        ("nửa đầu năm", Period("half", None, month=6, months=6)),
        # SCHEMA.md: the second half ends in December; a total to a day is ytd to that month.
        ("6 tháng cuối năm 2024", Period("half", 2024, month=12, months=6)),
        ("tính đến 15/10/2024", Period("ytd", 2024, month=10)),
        ("đến ngày 14/4", Period("ytd", None, month=4)),
        ("9 tháng của năm 2016", Period("ytd", 2016, month=9, months=9)),
        ("Qúy I/2024", Period("quarter", 2024, quarter=1)),
        ("quý II/2024", Period("quarter", 2024, quarter=2)),
        ("quý 3 năm 2023", Period("quarter", 2023, quarter=3)),
        ("năm 2023", Period("year", 2023)),
        ("đến năm 2030", Period("target", 2030)),
        ("giai đoạn 2021-2025", Period("range", start_year=2021, end_year=2025)),
        ("thời kỳ 2021 - 2030", Period("range", start_year=2021, end_year=2030)),
    ],
)
def test_it_reads_every_period_kind(text: str, period: Period) -> None:
    assert _periods(text) == [period]


def test_it_ignores_vision_horizons_and_dates() -> None:
    assert _periods("tầm nhìn đến năm 2050") == []
    assert _periods("ngày 5 tháng 3 năm 2024") == []


def test_it_marks_comparison_years() -> None:
    (mention,) = find_mentions(normalize("tăng 5% so với cùng kỳ năm 2023").norm)
    assert mention.comparison


def test_it_finds_reset_markers() -> None:
    mentions = find_mentions(normalize("Đến nay, hiện nay").norm)
    assert [m.reset for m in mentions] == [True, True]


def test_it_only_carries_periods_that_lead_a_sentence() -> None:
    (lead,) = find_mentions(normalize("Theo ông A, 7 tháng năm 2024 các mục tiêu").norm)
    (inner,) = find_mentions(normalize("trở thành trung tâm vào năm 2030").norm)
    assert lead.carries
    assert not inner.carries


def test_the_text_before_a_mention_is_cut_at_the_last_sentence_boundary() -> None:
    def by_rfind(norm: str, pos: int) -> str:
        window = norm[max(0, pos - 40) : pos]
        cut = max(window.rfind(c) for c in ".;!?\n")
        if cut >= 0:
            return window[cut + 1 :]
        return window if pos <= 40 else "\x01" + window

    text = "Năm 2024; xuất khẩu tăng! Vì sao? Tháng 8.\nquý II/2024 đạt 5 tỷ USD, so với năm 2023. " * 3
    for pos in range(len(text) + 1):
        assert _before(text, pos) == by_rfind(text, pos)
