"""Every refusal and reading rule of the observation import, one at a time (issue 9: a rule that
disappears makes a test fail). Synthetic figures only."""

import datetime as dt
from decimal import Decimal

import pytest

from provind.dataio.cells import CellError
from provind.indicators import imports
from provind.indicators.imports import COLUMNS, import_observations
from provind.indicators.models import Observation, Source
from tests.indicators.factories import row, table

pytestmark = pytest.mark.django_db


def problems(result):
    return [(p.row, p.column, p.vi, p.en) for p in result.errors]


def test_a_file_without_a_required_column_is_refused_at_once():
    result = import_observations(table(row(), header=[c for c in COLUMNS if c not in ("unit", "status")]))

    assert problems(result) == [(1, "unit, status", "thiếu cột bắt buộc", "required column missing")]
    assert result.rows == 0


def test_an_unknown_column_is_a_warning_and_the_rows_still_load():
    result = import_observations(table(row(), header=[*COLUMNS, "ghi_chu_them"]))

    assert result.ok
    assert [(w.column, w.en) for w in result.warnings] == [("ghi_chu_them", "unknown column, ignored")]
    assert result.created == 1


def test_empty_rows_are_skipped_and_rows_are_counted():
    result = import_observations(table(row(), {c: "" for c in COLUMNS}, {c: "  " for c in COLUMNS}))

    assert (result.rows, result.created, result.new_rows) == (1, 1, 1)


@pytest.mark.parametrize(
    ("field", "text", "column", "vi"),
    [
        ("status", "đoán", "status", "trạng thái phải là kế hoạch/ước tính/sơ bộ/chính thức"),
        ("qualifier", "chừng", "qualifier", "phải là trên/dưới/khoảng/gần"),
        ("reported_change_basis", "qoq", "reported_change_basis", "phải là yoy/mom/plan"),
        ("price_basis", "2015", "price_basis", "phải là current/constant_2010"),
        ("period", "quý 5/2024", "period", "kỳ báo cáo không hợp lệ (vd. 2024-07, 2024-YTD07, “7 tháng năm 2024”)"),
        ("indicator", "khong_co", "indicator", "không có chỉ tiêu này trong danh mục"),
    ],
)
def test_a_word_outside_its_list_is_refused_naming_the_column(field, text, column, vi):
    result = import_observations(table(row(**{field: text})))

    assert [(p.row, p.column, p.vi) for p in result.errors] == [(2, column, vi)]
    assert result.errors[0].value == text
    assert Observation.objects.count() == 0


def test_the_words_each_column_accepts():
    result = import_observations(
        table(
            row(status="Chính Thức", qualifier="Trên", vintage="05/08/2024"),
            row(indicator="import_value", status="sơ bộ", qualifier="gần", price_basis="current"),
            row(indicator="retail_sales_services", status="kh", qualifier="khoảng", period="2024"),
            row(indicator="industrial_output_value", status="ước", qualifier="dưới"),
        )
    )

    assert result.ok, problems(result)
    stored = {o.indicator.code: (o.status, o.qualifier) for o in Observation.objects.all()}
    assert stored == {
        "export_value": ("official", "over"),
        "import_value": ("preliminary", "nearly"),
        "retail_sales_services": ("plan", "about"),
        "industrial_output_value": ("estimate", "under"),
    }
    assert Observation.objects.get(indicator__code="export_value").vintage == dt.date(2024, 8, 5)
    assert Observation.objects.get(indicator__code="import_value").price_basis == "current"


def test_a_bad_vintage_date_is_refused():
    result = import_observations(table(row(vintage="31/02/2024")))

    assert [p.column for p in result.errors] == ["vintage"]


def test_a_value_with_more_than_six_decimals_is_refused():
    fine = import_observations(table(row(value="1,123456")))
    result = import_observations(table(row(value="1,1234567", period="2024-YTD08")))

    assert fine.ok
    assert [(p.column, p.vi, p.en) for p in result.errors] == [
        ("value", "tối đa 6 chữ số thập phân", "at most 6 decimal places")
    ]


def test_a_reported_change_defaults_to_year_on_year_and_must_be_a_number():
    ok = import_observations(table(row(reported_change="16,3", reported_plan_pct="70,7")))
    bad = import_observations(table(row(reported_change="nhiều", period="2024-YTD08")))
    bad_plan = import_observations(table(row(reported_plan_pct="?", period="2024-YTD09")))

    stored = Observation.objects.get()
    assert (stored.reported_change, stored.reported_change_basis, stored.reported_plan_pct) == (
        Decimal("16.3"),
        "yoy",
        Decimal("70.7"),
    )
    assert ok.ok
    assert [p.column for p in bad.errors] == ["reported_change"]
    assert [p.column for p in bad_plan.errors] == ["reported_plan_pct"]


def test_a_stated_change_basis_is_kept():
    import_observations(table(row(reported_change="2", reported_change_basis="mom")))

    assert Observation.objects.get().reported_change_basis == "mom"


def test_breakdowns_are_read_and_checked_against_the_indicator():
    assert imports._breakdown("") == ""
    assert imports._breakdown(" ownership = foreign_invested ") == "ownership=foreign_invested"
    assert imports._breakdown("sector=c") == "sector=C"
    for bad in ("ownership=martian", "sector=", "colour=red"):
        with pytest.raises(CellError) as refused:
            imports._breakdown(bad)
        assert f"“{bad}”" in refused.value.vi

    wrong_dimension = import_observations(table(row(breakdown="sector=C")))  # export_value has no sectors
    invalid = import_observations(table(row(breakdown="ownership=x")))

    assert [(p.column, p.en) for p in wrong_dimension.errors] == [("breakdown", "this indicator has no such breakdown")]
    assert [p.column for p in invalid.errors] == ["breakdown"]


def test_a_unit_must_exist_in_the_period():
    result = import_observations(table(row(unit="987654", period="2024-07")))

    [problem] = result.errors
    assert problem.column == "unit"
    assert problem.vi == "không có đơn vị mã 987654 trong tháng 7/2024"
    assert problem.en.startswith("no unit with code 987654 during ")


def test_a_unit_code_without_its_leading_zero_is_found():
    result = import_observations(table(row(unit="6", period="2024-07")))  # Bắc Kạn is 06

    assert result.ok, problems(result)
    assert Observation.objects.get().unit.code == "06"


def test_every_figure_needs_a_source_unless_a_default_is_given():
    bare = row(source_title="", source_number="", source_url="")
    refused = import_observations(table(bare))
    default = Source.objects.create(title="Nguồn mặc định (thử)", url="test://default")
    taken = import_observations(table(bare), default_source=default)
    only_url = import_observations(table(row(source_title="", source_number="", period="2024-YTD08")))

    assert [(p.column, p.en) for p in refused.errors] == [("source_title", "every figure needs a source")]
    assert taken.ok
    assert only_url.ok
    assert Observation.objects.get(period_code="2024-YTD07").source == default


def test_a_text_span_is_kept_when_both_ends_are_given():
    import_observations(table(row(span_start="10", span_end="25", source_excerpt="xuất khẩu 17,6 triệu USD")))
    only_start = import_observations(table(row(span_start="10", period="2024-YTD08")))
    bad = import_observations(table(row(span_start="a", span_end="3", period="2024-YTD09")))

    stored = Observation.objects.get(period_code="2024-YTD07")
    assert (stored.span_start, stored.span_end, stored.source_excerpt) == (10, 25, "xuất khẩu 17,6 triệu USD")
    assert only_start.ok
    assert Observation.objects.get(period_code="2024-YTD08").span_start is None
    assert [p.column for p in bad.errors] == ["span_start"]


def test_the_same_cell_twice_must_agree():
    same = import_observations(table(row(value="17,6"), row(value="17,6")))
    Observation.objects.all().delete()
    differ = import_observations(table(row(value="17,6"), row(value="18")))

    assert same.ok
    assert same.created == 1
    [problem] = differ.errors
    assert (problem.row, problem.column, problem.rule) == (3, "value", "duplicate")
    assert problem.vi.startswith("mâu thuẫn với dòng 2 (17.6)")
    assert problem.en.startswith("contradicts row 2 (17.6)")


def test_ownership_parts_must_add_up_to_their_total():
    parts = [
        row(indicator="industrial_output_value", value="100"),
        row(indicator="industrial_output_value", value="30", breakdown="ownership=central_state"),
        row(indicator="industrial_output_value", value="30", breakdown="ownership=local"),
        row(indicator="industrial_output_value", value="30", breakdown="ownership=foreign_invested"),
    ]

    result = import_observations(table(*parts))

    assert not result.ok
    assert {(p.row, p.column) for p in result.errors} == {(2, "value")}
    assert result.errors[0].vi.startswith("industrial_output_value")


def test_contradictions_with_stored_figures_are_refused_only_when_asked():
    import_observations(table(row(value="17,6", vintage="05/08/2024")))

    lenient = import_observations(table(row(value="17,9", vintage="06/08/2024")), dry_run=True)
    strict = import_observations(table(row(value="17,9", vintage="06/08/2024")), refuse_contradictions=True)
    repeat = import_observations(table(row(value="17,6", vintage="07/08/2024")), refuse_contradictions=True)

    assert lenient.ok
    assert lenient.dry_run
    [problem] = strict.errors
    assert problem.rule == "contradiction"
    assert "mâu thuẫn với số liệu đã lưu (17.6)" in problem.vi
    assert repeat.ok
    assert (repeat.unchanged, repeat.created) == (1, 0)
    assert Observation.objects.count() == 1


def test_a_dry_run_reports_what_would_be_created():
    result = import_observations(table(row(), row(indicator="import_value")), dry_run=True)

    assert result.ok
    assert (result.created, result.new_rows, result.dry_run) == (0, 2, True)
    assert Observation.objects.count() == 0


def test_an_approved_period_takes_no_new_figures():
    from provind.approvals.models import ApprovalState, DataSetApproval, DataSetKind
    from provind.geography.queries import resolve_unit

    DataSetApproval.objects.create(
        kind=DataSetKind.INDICATORS,
        unit=resolve_unit("19", dt.date(2024, 7, 31)),
        period="2024-YTD07",
        state=ApprovalState.APPROVED,
    )

    result = import_observations(table(row(), row(value="abc", indicator="import_value")))

    assert {(p.row, p.column, p.rule) for p in result.errors} == {(2, "period", "approved"), (3, "value", "")}
    assert Observation.objects.count() == 0


def test_the_weighted_median():
    D = Decimal
    assert imports._weighted_median([]) is None
    assert imports._weighted_median([(D(5), 1)]) == D(5)
    assert imports._weighted_median([(D(1), 1), (D(3), 1)]) == D(2)
    assert imports._weighted_median([(D(1), 1), (D(2), 1), (D(10), 1)]) == D(2)
    assert imports._weighted_median([(D(1), 3), (D(100), 1)]) == D(1)
    assert imports._chunks([1, 2, 3, 4, 5], 2) == [[1, 2], [3, 4], [5]]


def test_rows_repeating_a_checked_rows_cells_still_have_every_own_cell_checked():
    """Issue 15: rows with the same indicator, period, status, vintage and source as an earlier
    valid row reuse its checks, but their value, unit and rare cells are checked each time and
    refused in the same words as a first row would be (the scope check: the test above)."""
    from provind.geography.models import AdminUnit

    communes = AdminUnit.objects.filter(parent__code="19", valid_from__isnull=False).order_by("code")
    codes = list(communes.values_list("code", flat=True)[:8])
    same = {"period": "2025-08", "vintage": "2025-09-05"}
    rows = [
        row(**same, unit=codes[0], value="1"),
        row(**same, unit=codes[1], value="x"),  # bad number
        row(**same, unit="99999", value="2"),  # no such unit
        row(**same, unit=codes[2], value="1,1234567"),  # too many decimals
        row(**same, unit=codes[3], value="-3"),  # a level below zero (quality check)
        row(**same, unit=codes[4], value="5", reported_change="abc"),  # a rare cell, bad
        row(**same, unit=codes[5], value="6", reported_change="7"),  # a rare cell, good: basis yoy
        row(**same, unit=codes[6], value="7"),
        row(**same, unit=codes[0], value="8"),  # contradicts row 2: the duplicate rule still applies
    ]

    result = import_observations(table(*rows), dry_run=True)

    found = [(p.row, p.column) for p in result.errors]
    assert found == [(3, "value"), (4, "unit"), (5, "value"), (6, "value"), (7, "reported_change"), (10, "value")]
    for bad in rows[1:6]:
        alone = import_observations(table(bad), dry_run=True)
        assert [p.vi for p in alone.errors] == [p.vi for p in result.errors if p.row == rows.index(bad) + 2]
    assert result.rows == 9
    assert {(r.unit.code, r.value, r.reported_change_basis) for r in result.pending} == {
        (codes[0], Decimal(1), ""),
        (codes[5], Decimal(6), "yoy"),
        (codes[6], Decimal(7), ""),
    }


def test_a_date_cell_and_a_text_cell_are_read_alike():
    """Templates are keyed by the cells themselves (a date cell never matches a text cell), and
    either way the row reads the same date."""
    dated = dt.date(2025, 9, 5)
    rows = [
        row(period="2025-08", value="1", vintage="2025-09-05"),
        row(period="2025-08", unit="01", value="2", vintage=dated),
    ]

    result = import_observations(table(*rows), dry_run=True)

    assert result.ok, problems(result)
    assert [r.vintage for r in result.pending] == [dated, dated]
