"""Outside audit 15r: the Form 04 table of the periodic report (a document the Director signs)
marks every item computed from partial records and says what it lacks, as the Form 04 page
does; a partial count or sum never reads as the whole."""

import pytest

from provind.clusters.circular14.summary import compute_form
from provind.clusters.windows import ReportingWindow
from provind.reports.builder import build_report
from tests.clusters.form_factories import reporting_scenario

pytestmark = pytest.mark.django_db


def test_incomplete_form04_items_are_marked_with_what_they_lack():
    scenario = reporting_scenario()
    form = compute_form(form="04", unit=scenario.province, window=ReportingWindow.parse("2024H1"))
    assert not form.item("25").complete  # Form 01/02 reporters missing: the scenario's premise

    data = build_report(unit_code="19", period_code="2024-YTD07")

    section = next(s for s in data["sections"] if s["key"] == "clusters")
    table = next(t for t in section["tables"] if "Biểu 04" in t["title_vi"])
    for row_vi, row_en in zip(table["rows_vi"], table["rows_en"], strict=True):
        item = form.item(row_vi[0])
        if item.complete:
            assert "chưa đủ" not in row_vi[3]
            continue
        assert row_vi[3].endswith("(chưa đủ)"), row_vi
        assert row_en[3].endswith("(incomplete)"), row_en
        assert any(item.coverage_vi in note and row_vi[0] in note for note in section["notes_vi"]), item.number
        assert any(item.coverage_en in note and row_en[0] in note for note in section["notes_en"]), item.number
    assert form.item("1").complete
    assert table["rows_vi"][0][3] == "41"
