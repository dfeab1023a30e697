"""Every refusal and reading rule of the observation import, one at a time (issue 9: a rule that
disappears makes a test fail). Synthetic figures only."""

import datetime as dt
from decimal import Decimal

import pytest

from provind.dataio.cells import CellError
from provind.indicators import imports
from provind.indicators.imports import COLUMNS, import_observations
from provind.indicators.models import Observation, Source
from tests.indicators.factories import SOURCE, add, row, table

pytestmark = pytest.mark.django_db


def problems(result):
    return [(p.row, p.column, p.vi, p.en) for p in result.errors]


def test_a_file_without_a_required_column_is_refused_at_once():
    result = import_observations(table(row(), header=[c for c in COLUMNS if c not in ("unit", "status")]))

    assert problems(result) == [(1, "unit, status", "thiếu cột bắt buộc", "required column missing")]
    assert result.errors[0].value == ""  # no cell to show: the header lacks it
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
    assert (problem.row, problem.column, problem.value, problem.rule) == (3, "value", "18", "duplicate")
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
    preview = import_observations(
        table(row(value="17,9", vintage="06/08/2024")), refuse_contradictions=True, dry_run=True
    )

    assert lenient.ok
    assert lenient.dry_run
    [problem] = strict.errors
    assert problem.rule == "contradiction"
    assert "mâu thuẫn với số liệu đã lưu (17.6)" in problem.vi
    assert [p.rule for p in preview.errors] == ["contradiction"]  # the review's preview says so too
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


def _read_alone(one_row: dict[str, object], header: list[str], **options: object) -> imports.Row:
    [alone] = import_observations(table(one_row, header=header), dry_run=True, **options).pending  # type: ignore[arg-type]
    return alone


def _fields(r: imports.Row) -> tuple[object, ...]:
    return (
        r.unit.pk, r.period.code, r.breakdown, r.value, r.qualifier, r.status, r.vintage, r.reported_change,
        r.reported_change_basis, r.reported_plan_pct, r.price_basis, r.source_key, r.excerpt, r.note, r.span,
    )  # fmt: skip


def test_a_row_that_reuses_a_checked_rows_checks_reads_every_cell_as_if_it_were_alone():
    """Issue 9, the import's fast path: a repeated row takes the checked row's indicator, period,
    qualifier, price basis and source, and reads its own unit, value (with the file's decimal
    point), excerpt and note; the result is the row that importing it alone gives."""
    from provind.geography.models import AdminUnit

    communes = AdminUnit.objects.filter(parent__code="19", valid_from__isnull=False).order_by("code")
    codes = list(communes.values_list("code", flat=True)[:3])
    same = {
        "period": "2025-08",
        "vintage": "2025-09-05",
        "qualifier": "trên",
        "price_basis": "constant_2010",
        "indicator": "industrial_output_value",
    }
    rows = [
        # "1.500" is 1.5 with a decimal point and 1,500 in Vietnamese writing: both readings are valid.
        row(**same, unit=codes[0], value="1.500", source_excerpt="đạt trên 1,5", note="đầu"),
        row(**same, unit=codes[1], value="2.250", source_excerpt="đạt trên 2,25", note="giữa"),
        row(**same, unit=codes[2], value="3.500", source_excerpt=7, note=8.0),  # number cells, read as text
        row(**same, unit=19, value="4.750", source_excerpt="", note=""),  # the province, an Excel number
    ]
    header = list(COLUMNS)

    result = import_observations(table(*rows, header=header), dry_run=True, decimal_point=True)

    assert result.ok, [p.en for p in result.errors]
    got = [_fields(r) for r in result.pending]
    assert got == [_fields(_read_alone(r, header, decimal_point=True)) for r in rows]
    assert [(r.unit.code, r.value, r.excerpt, r.note) for r in result.pending] == [
        (codes[0], Decimal("1.5"), "đạt trên 1,5", "đầu"),
        (codes[1], Decimal("2.25"), "đạt trên 2,25", "giữa"),
        (codes[2], Decimal("3.5"), "7", "8"),
        ("19", Decimal("4.75"), "", ""),
    ]
    assert {(r.qualifier, r.price_basis, r.span) for r in result.pending} == {("over", "constant_2010", None)}
    assert {r.source_key for r in result.pending} == {tuple(SOURCE.values())}

    # Without excerpt and note columns every row has them empty, the repeated ones too.
    narrow = [c for c in COLUMNS if c not in ("source_excerpt", "note")]
    bare = import_observations(table(*rows, header=narrow), dry_run=True, decimal_point=True)
    assert bare.ok
    assert [(r.excerpt, r.note) for r in bare.pending] == [("", "")] * 4


def test_a_repeated_row_finds_its_unit_on_the_vintage_date():
    """A plan for 2025 stated in May 2025 belongs to the old province whether it is the first row
    of its kind or a repeated one (without the vintage the code 19 means the merged province)."""
    same = {"period": "2025", "status": "kế hoạch", "vintage": "10/05/2025"}

    result = import_observations(table(row(**same, unit="06"), row(**same, unit="19")), dry_run=True)

    assert result.ok, [p.en for p in result.errors]
    assert [(r.unit.code, r.unit.valid_to) for r in result.pending] == [
        ("06", dt.date(2025, 6, 30)),
        ("19", dt.date(2025, 6, 30)),
    ]


def test_a_scoped_user_may_enter_every_unit_of_the_scope_on_repeated_rows(cast):
    from provind.geography.models import AdminUnit

    communes = AdminUnit.objects.filter(parent__code="19", valid_from__isnull=False).order_by("code")
    codes = list(communes.values_list("code", flat=True)[:3])
    rows = [row(period="2025-08", unit=code, value=str(n + 1)) for n, code in enumerate(codes)]

    result = import_observations(table(*rows), user=cast["department_editor"], check_scope=True, dry_run=True)

    assert result.ok, [p.en for p in result.errors]
    assert [r.unit.code for r in result.pending] == codes


def test_a_number_cell_beside_the_value_follows_the_files_decimal_point():
    result = import_observations(
        table(row(value="17.600", reported_change="12.800", reported_plan_pct="95.500")),
        dry_run=True,
        decimal_point=True,
    )

    [read] = result.pending
    assert (read.value, read.reported_change, read.reported_plan_pct) == (
        Decimal("17.6"),
        Decimal("12.8"),
        Decimal("95.5"),
    )


def test_a_bad_text_span_is_refused_in_both_languages():
    from provind.dataio.cells import parse_number

    with pytest.raises(CellError) as bad:
        parse_number("a")
    result = import_observations(table(row(span_start="a", span_end="3")), dry_run=True)

    assert [(p.column, p.vi, p.en) for p in result.errors] == [("span_start", bad.value.vi, bad.value.en)]


# --- the stored history a unit slip is judged against (issue 9: _stored_baselines) ------------


def _exports(unit: str, values: list[str], first_month: int = 1) -> None:
    for m, value in enumerate(values, start=first_month):
        add("export_value", unit, f"2024-{m:02d}", value)


def _slips(result: imports.ImportResult) -> list[int]:
    return [p.row for p in result.errors if p.rule == "magnitude"]


def test_another_indicators_history_in_the_same_unit_is_no_yardstick():
    _exports("19", ["17", "17.5", "16", "18", "19"])
    for m in range(1, 6):
        add("industrial_output_value", "19", f"2024-{m:02d}", "100000")

    result = import_observations(table(row(period="2024-06", value="17,6")), dry_run=True)

    assert result.ok, [p.en for p in result.errors]


def test_each_unit_of_a_file_is_judged_against_its_own_history():
    _exports("19", ["17", "17.5", "16", "18", "19"])
    _exports("06", ["0.02", "0.021", "0.019", "0.022", "0.02"])  # Bắc Kạn's exports are small

    result = import_observations(
        table(row(period="2024-06", value="17600"), row(unit="06", period="2024-06", value="0,021")), dry_run=True
    )

    assert _slips(result) == [2]  # 17,600 (million typed for billion) is 1,000× the province's history


def test_the_middle_of_a_history_is_its_median_in_value_order_not_in_storage_order():
    _exports("19", ["1000", "1000", "1", "1", "1000"])  # median 1000, stored out of order

    result = import_observations(table(row(period="2024-06", value="1000")), dry_run=True)

    assert result.ok, [p.en for p in result.errors]


def test_a_history_of_three_figures_is_judged_by_its_middle_one():
    # Median of (0.01, 10, 10) is 10: 1,800 is 180× that (under 300×); 5.005 would make it 360×.
    _exports("19", ["0.01", "10", "10"])

    result = import_observations(
        table(row(period="2024-04", value="1800"), row(period="2024-05", value="1800")), dry_run=True
    )

    assert result.ok, [p.en for p in result.errors]


def test_a_revision_with_a_new_vintage_is_taken_beside_rows_of_the_stored_vintage():
    """Without refuse_contradictions a new vintage is a revision, even when other rows of the
    file carry the stored figure's vintage (and the stored row is then read)."""
    import_observations(table(row(value="17,6", vintage="05/08/2024")))

    result = import_observations(
        table(row(value="17,9", vintage="06/08/2024"), row(indicator="import_value", value="10", vintage="05/08/2024")),
        dry_run=True,
    )

    assert result.ok, problems(result)
    assert result.new_rows == 2


def test_rows_after_a_stored_or_refused_one_are_still_checked():
    import_observations(table(row(value="17,6", vintage="05/08/2024"), row(period="2024-YTD08", value="20")))

    same = import_observations(table(row(value="17,6", vintage="05/08/2024"), row(period="2024-YTD09")), dry_run=True)
    overwrite = import_observations(
        table(row(value="17,9", vintage="05/08/2024"), row(period="2024-YTD09")), dry_run=True
    )
    strict = import_observations(
        table(
            row(value="17,9", vintage="06/08/2024"),  # contradicts the stored 17.6
            row(value="17,6", vintage="07/08/2024"),  # repeats the stored 17.6: unchanged
            row(period="2024-YTD08", value="20", vintage="07/08/2024"),  # repeats the stored 20: unchanged
            row(period="2024-YTD09", value="23"),
        ),
        refuse_contradictions=True,
        dry_run=True,
    )

    assert (same.unchanged, same.new_rows) == (1, 1)
    # the refused overwrite does not stop the check of the rows after it
    assert ([(p.row, p.rule) for p in overwrite.errors], [r.line for r in overwrite.pending]) == (
        [(2, "no_overwrite")],
        [3],
    )
    assert [(p.row, p.rule) for p in strict.errors] == [(2, "contradiction")]
    assert (strict.unchanged, [r.line for r in strict.pending]) == (2, [5])


def test_ownership_parts_are_checked_after_a_total_that_has_none():
    rows = [
        row(indicator="retail_sales_services", value="6400"),
        # parts without their total (July): nothing to add up, and the check goes on
        row(indicator="industrial_output_value", period="2024-07", value="5", breakdown="ownership=local"),
        row(indicator="industrial_output_value", value="100"),
        row(indicator="industrial_output_value", value="30", breakdown="ownership=central_state"),
        row(indicator="industrial_output_value", value="30", breakdown="ownership=local"),
        row(indicator="industrial_output_value", value="30", breakdown="ownership=foreign_invested"),
    ]

    result = import_observations(table(*rows), dry_run=True)

    assert [(p.row, p.rule) for p in result.errors] == [(4, "components_sum")]


def test_a_plan_is_not_judged_against_the_history_beside_it():
    _exports("19", ["17", "17.5", "16", "18", "19"])

    result = import_observations(
        table(row(period="2024-06", value="17"), row(period="2024", value="0,01", status="kế hoạch")), dry_run=True
    )

    assert result.ok, problems(result)


@pytest.mark.parametrize(
    ("values", "slips"),
    [
        # four figures and nothing stored: each is judged against the other three
        (["100", "100", "100000", "100000"], [2, 3, 4, 5]),
        # five: against the median of all five (100), so only the two large ones slip
        (["100", "100", "100", "100000", "100000"], [5, 6]),
        # a figure's own value in another month stays in its yardstick: (100 + 30,000) / 2 for the 100s
        (["100", "100", "30000"], [4]),
        # zeros are no yardstick: the median of 100 and 100,000 (50,050) makes 100 a slip
        (["0", "0", "0", "100", "100000"], [5]),
    ],
)
def test_a_file_of_one_units_months_is_its_own_history(values, slips):
    rows = [row(period=f"2024-{m:02d}", value=v) for m, v in enumerate(values, start=1)]

    result = import_observations(table(*rows), dry_run=True)

    assert _slips(result) == slips


def test_a_stored_figure_of_the_same_value_in_another_month_stays_in_the_yardstick():
    # Stored 100 (January) and 30,000 (February): 100 in March is 1/150 of their median, no slip.
    _exports("19", ["100", "30000"])

    result = import_observations(table(row(period="2024-03", value="100")), dry_run=True)

    assert result.ok, problems(result)


def test_a_stored_history_weighs_by_its_size_and_each_file_row_once():
    # Stored (100, 100, 100) weighs 3, the file's two 100,000s once each: the median is 100.
    _exports("19", ["100", "100", "100"])

    result = import_observations(
        table(row(period="2024-04", value="100000"), row(period="2024-05", value="100000")), dry_run=True
    )

    assert _slips(result) == [2, 3]


def test_a_stored_copy_of_the_row_is_the_row_itself_not_its_history():
    # Stored: 100.1 (January) and 30,100.3 (March, vintage of 5 April). The same March figure again,
    # with a later vintage, is judged against January alone: 300.7×, a slip. Were the stored copy
    # its own history, the median (15,100.2) would hide it.
    add("export_value", "19", "2024-01", "100.1")
    add("export_value", "19", "2024-03", "30100.3", vintage="2024-04-05")

    result = import_observations(table(row(period="2024-03", value="30100,3", vintage="05/05/2024")), dry_run=True)

    assert _slips(result) == [2]
