"""Circular 14 reporting windows: codes, dates, labels and deadlines."""

from __future__ import annotations

import datetime as dt

import pytest

from provind.clusters.windows import ReportingWindow, WindowError


@pytest.mark.parametrize(
    ("code", "start", "end", "half"),
    [
        ("2024H1", dt.date(2023, 12, 15), dt.date(2024, 6, 14), True),
        ("2024h1", dt.date(2023, 12, 15), dt.date(2024, 6, 14), True),
        (" 2024 ", dt.date(2023, 12, 15), dt.date(2024, 12, 14), False),
        ("2025", dt.date(2024, 12, 15), dt.date(2025, 12, 14), False),
    ],
)
def test_it_parses_window_codes(code: str, start: dt.date, end: dt.date, half: bool) -> None:
    window = ReportingWindow.parse(code)

    assert (window.start, window.end, window.half) == (start, end, half)
    assert window.code == code.strip().upper()


@pytest.mark.parametrize("code", ["2024H2", "24H1", "H1", "", "2024-06", "2024Q2"])
def test_it_rejects_bad_codes_in_both_languages(code: str) -> None:
    with pytest.raises(WindowError) as caught:
        ReportingWindow.parse(code)

    assert "không hợp lệ" in caught.value.vi
    assert "invalid reporting window" in caught.value.en


def test_labels_say_the_data_cut_off() -> None:
    window = ReportingWindow.parse("2024H1")

    assert window.label_vi() == "Báo cáo 6 tháng 2024 (số liệu từ 15/12/2023 đến 14/06/2024)"
    assert window.label_en() == "Six-month report 2024 (data 15 Dec 2023 – 14 Jun 2024)"
    assert ReportingWindow.parse("2024").label_vi() == "Báo cáo năm 2024 (số liệu từ 15/12/2023 đến 14/12/2024)"
    assert str(window) == "2024H1"


@pytest.mark.parametrize(
    ("code", "form", "due"),
    [
        ("2024H1", "01", dt.date(2024, 6, 20)),
        ("2024H1", "02", dt.date(2024, 6, 20)),
        ("2024H1", "03", dt.date(2024, 6, 25)),
        ("2024H1", "04", dt.date(2024, 6, 30)),
        ("2024", "02", dt.date(2024, 12, 20)),
        ("2024", "03", dt.date(2024, 12, 25)),
        ("2024", "04", dt.date(2024, 12, 31)),
    ],
)
def test_deadlines(code: str, form: str, due: dt.date) -> None:
    assert ReportingWindow.parse(code).deadline(form) == due


def test_the_period_spans_the_window() -> None:
    period = ReportingWindow.parse("2024H1").period

    assert (period.start, period.end) == (dt.date(2023, 12, 15), dt.date(2024, 6, 14))


@pytest.mark.parametrize(
    ("form", "day", "on_time"),
    [
        ("01", dt.date(2024, 6, 19), True),
        ("01", dt.date(2024, 6, 20), False),  # "trước ngày 20": the 20th itself is late
        ("02", dt.date(2024, 6, 20), False),
        ("03", dt.date(2024, 6, 24), True),
        ("03", dt.date(2024, 6, 25), False),
        ("04", dt.date(2024, 6, 29), True),
        ("04", dt.date(2024, 6, 30), False),
    ],
)
def test_before_the_deadline_day_means_the_day_itself_is_late(form: str, day: dt.date, on_time: bool) -> None:
    window = ReportingWindow.parse("2024H1")

    assert window.is_on_time(form, day) is on_time
    assert window.last_day_on_time(form) == window.deadline(form) - dt.timedelta(days=1)


def test_annual_form04_is_due_before_31_december() -> None:
    window = ReportingWindow.parse("2024")

    assert window.is_on_time("04", dt.date(2024, 12, 30))
    assert not window.is_on_time("04", dt.date(2024, 12, 31))
