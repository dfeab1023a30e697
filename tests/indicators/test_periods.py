import datetime as dt

import pytest

from provind.indicators.periods import Period, PeriodError, PeriodKind, parse_period


@pytest.mark.parametrize(
    ("text", "code", "vi", "en"),
    [
        ("7 tháng năm 2024", "2024-YTD07", "7 tháng năm 2024", "7 months of 2024"),
        ("quý III/2024", "2024-Q3", "quý III/2024", "Q3 2024"),
        ("6 tháng đầu năm 2025", "2025-H1", "6 tháng đầu năm 2025", "H1 2025"),
        ("tháng 7/2024", "2024-07", "tháng 7/2024", "July 2024"),
        ("giai đoạn 2021–2030", "2021-2030", "giai đoạn 2021–2030", "2021–2030"),
        ("9 tháng năm 2020", "2020-YTD09", "9 tháng năm 2020", "9 months of 2020"),
        ("năm 2024", "2024", "năm 2024", "2024"),
        ("6 tháng cuối năm 2024", "2024-H2", "6 tháng cuối năm 2024", "H2 2024"),
        (
            "2023-12-15..2024-06-14",
            "2023-12-15..2024-06-14",
            "từ 15/12/2023 đến 14/06/2024",
            "15 Dec 2023 – 14 Jun 2024",
        ),
        ("Q3 2024", "2024-Q3", "quý III/2024", "Q3 2024"),
        ("July 2024", "2024-07", "tháng 7/2024", "July 2024"),
    ],
)
def test_it_parses_and_prints_periods_in_both_languages(text, code, vi, en):
    period = parse_period(text)

    assert period.code == code
    assert period.label_vi() == vi
    assert period.label_en() == en
    assert parse_period(period.code) == period  # the code round-trips


def test_it_gives_one_code_per_span():
    assert parse_period("2024-YTD06") == parse_period("6 tháng đầu năm 2024") == Period.half(2024, 1)
    assert parse_period("2024-YTD03").code == "2024-Q1"
    assert parse_period("12 tháng năm 2024").code == "2024"


def test_it_reads_nfd_text():
    import unicodedata

    assert parse_period(unicodedata.normalize("NFD", "quý III/2024")).code == "2024-Q3"


@pytest.mark.parametrize("bad", ["", "2024-13", "quý V/2024", "13 tháng năm 2024", "2030-2021", "tháng bảy", "2024-Q0"])
def test_it_refuses_what_is_not_a_period(bad):
    with pytest.raises(PeriodError):
        parse_period(bad)


def test_it_finds_the_same_period_last_year_by_key():
    assert parse_period("2024-YTD07").same_period_last_year().code == "2023-YTD07"
    assert parse_period("2024-02").same_period_last_year().end == dt.date(2023, 2, 28)
    assert parse_period("2025-02").same_period_last_year().end == dt.date(2024, 2, 29)
    assert parse_period("2024-01").previous_month().code == "2023-12"


def test_it_lists_the_months_of_a_cumulative_period():
    months = parse_period("2024-YTD07").months_in()

    assert [m.code for m in months] == [f"2024-{m:02d}" for m in range(1, 8)]
    assert parse_period("2024-YTD07").kind == PeriodKind.YTD
    assert parse_period("2024-YTD07").is_cumulative_from_january
    assert not parse_period("2024-H2").is_cumulative_from_january


def test_it_gives_a_month_aligned_window_its_calendar_code():
    assert parse_period("2024-01-01..2024-03-31").code == "2024-Q1"
    assert parse_period("2024-07-01..2024-12-31").code == "2024-H2"
    assert parse_period("2024-01-01..2024-07-31").code == "2024-YTD07"
    assert parse_period("2023-12-15..2024-06-14").kind == PeriodKind.WINDOW


def test_it_explains_an_operation_a_period_kind_lacks():
    with pytest.raises(PeriodError, match="multi-year ranges have no same period"):
        parse_period("2021-2030").same_period_last_year()
