"""Charts that say what they show: one kind of period per line, gaps as gaps, the same month a
year earlier, years on every axis label ("T7/2024"), and a tooltip with figure, status, source."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from provind.indicators.models import Status
from provind.indicators.periods import parse_period
from provind.indicators.queries import series
from provind.web.charts import month_tick_step, series_chart_rows, series_key, time_series_spec
from tests.indicators.factories import add

LABELS = dict(Status.choices)
SHOTS = None  # a pathlib.Path here keeps a picture of the chart while developing


def _rows(language="vi"):
    from provind.indicators.models import Indicator

    return series_chart_rows(
        series(Indicator.objects.get(code="export_value"), "19"), language=language, status_labels=LABELS
    )


def test_a_seven_month_total_is_never_on_the_line_of_a_ten_month_total(db):
    assert series_key(parse_period("2024-YTD07")) == series_key(parse_period("2023-YTD07"))
    assert series_key(parse_period("2024-YTD07")) != series_key(parse_period("2024-YTD10"))
    assert series_key(parse_period("2024-07")) != series_key(parse_period("2024-YTD07"))
    assert series_key(parse_period("2024-07")) == series_key(parse_period("2021-02"))


@pytest.mark.django_db
def test_each_line_holds_one_kind_of_period_and_breaks_at_a_missing_month(new_thai_nguyen):
    for period, value in [
        ("2024-05", 1),
        ("2024-06", 2),
        ("2024-08", 3),
        ("2024-YTD07", 17.6),
        ("2024-YTD10", 25),
        ("2023-YTD07", 15.6),
    ]:
        add("export_value", "19", period, value)
    rows = [r for r in _rows() if r["line"] == "kỳ này"]

    by_series: dict[str, list[str]] = {}
    for r in rows:
        by_series.setdefault(r["series"], []).append(r["period_label"])
    assert by_series == {
        "từng tháng": ["tháng 5/2024", "tháng 6/2024", "tháng 8/2024"],
        "lũy kế 7 tháng": ["7 tháng năm 2023", "7 tháng năm 2024"],
        "lũy kế 10 tháng": ["10 tháng năm 2024"],
    }
    months = [r for r in rows if r["series"] == "từng tháng"]
    assert months[0]["segment"] == months[1]["segment"] != months[2]["segment"]  # July is missing: a gap
    assert months[0]["month"] == "2024-05-01"


@pytest.mark.django_db
def test_the_same_month_a_year_earlier_is_drawn_beside_it_with_status_and_source(new_thai_nguyen):
    add("export_value", "19", "2023-07", "1,5".replace(",", "."), status="official")
    add("export_value", "19", "2024-07", "1.8")
    rows = _rows()

    earlier = [r for r in rows if r["line"] == "cùng kỳ năm trước"]
    assert len(earlier) == 1
    assert earlier[0]["month"] == "2024-07-01"  # drawn under July 2024 …
    assert earlier[0]["period_label"] == "tháng 7/2023"  # … with July 2023's figure
    assert earlier[0]["value"] == 1.5
    assert earlier[0]["status_label"] == "chính thức"
    assert "kiểm thử" in earlier[0]["source"]
    assert _rows("en")[0]["series"] == "monthly"


def test_every_axis_label_carries_its_year_and_ticks_are_months():
    spec = time_series_spec([{"month": "2018-01-01"}, {"month": "2024-07-01"}], title="t", unit_label="u")
    axis = spec["encoding"]["x"]["axis"]
    assert "year(datum.value)" in axis["labelExpr"]
    assert axis["labelExpr"].startswith("'T'")
    assert axis["tickCount"] == {"interval": "month", "step": 12}
    assert month_tick_step(dt.date(2024, 1, 1), dt.date(2024, 12, 1)) == 1
    assert [t["field"] for t in spec["encoding"]["tooltip"]][:3] == ["period_label", "value_text", "status_label"]
    assert "source" in [t["field"] for t in spec["encoding"]["tooltip"]]


@pytest.mark.browser
def test_the_rendered_chart_writes_vietnamese_months_with_years(live_site, page):
    for period, value in [("2023-07", 1.5), ("2024-05", 1.6), ("2024-06", 1.7), ("2024-07", 1.8), ("2024-09", 1.9)]:
        add("export_value", "19", period, value)
    page.goto(live_site.url + "/indicators/export_value/?unit=19")
    page.wait_for_selector("#chart[data-rendered=yes]")

    labels = page.eval_on_selector_all(
        "#chart svg g[aria-label^='X-axis'] .role-axis-label text", "els => els.map(e => e.textContent)"
    )
    assert labels
    assert all(re.fullmatch(r"T\d{1,2}/\d{4}", t) for t in labels), labels
    # Three runs of "this period" (7/2023 alone; 5–7/2024; 9/2024 after the missing August)
    # and one year-earlier line (7/2023 under 7/2024).
    assert page.locator("#chart svg .mark-line path").count() == 4
    page.screenshot(path=str(SHOTS / "chart.png")) if SHOTS else None
