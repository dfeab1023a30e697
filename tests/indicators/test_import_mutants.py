"""The observation import, the rules test_import_rules.py leaves implicit (issue 9's mutation run):
the exact refusal a user reads (row, column, value, reason in Vietnamese and English), what is
stored with each figure, and the unit-slip check against a history kept per month. Synthetic
figures only."""

import datetime as dt
from decimal import Decimal

import pytest
from auditlog.models import LogEntry

from provind.approvals.models import ApprovalState, DataSetApproval, DataSetKind
from provind.dataio.problems import RowProblem
from provind.dataio.tables import Table
from provind.geography.queries import resolve_unit
from provind.indicators.imports import COLUMNS, REQUIRED, import_observations
from provind.indicators.models import Observation, ObservationSummary, Source
from tests.indicators.factories import SOURCE, add, row, table

pytestmark = pytest.mark.django_db
D = Decimal


def errors(result):
    return [(p.row, p.column, p.value, p.vi, p.en, p.rule) for p in result.errors]


def approve(period: str, on: dt.date) -> None:
    DataSetApproval.objects.create(
        kind=DataSetKind.INDICATORS, unit=resolve_unit("19", on), period=period, state=ApprovalState.APPROVED
    )


# --- the file's shape ---------------------------------------------------------------------------


def test_an_unknown_column_is_a_warning_on_the_header_row_in_both_languages():
    result = import_observations(table(row(), header=[*COLUMNS, "ghi_chu_them"]))

    assert result.warnings == [
        RowProblem(1, "ghi_chu_them", "", "cột không dùng, bỏ qua", "unknown column, ignored", "warning")
    ]


def test_a_row_shorter_than_the_header_is_read_with_its_missing_cells_empty():
    # A CSV line whose trailing empty cells were dropped: only the required columns are there.
    short = Table(header=COLUMNS, rows=[["export_value", "19", "2024-YTD07", "17,6", "ước tính"]], name="ngan.csv")
    default = Source.objects.create(title="Nguồn mặc định (thử)", url="test://default")

    result = import_observations(short, default_source=default)

    assert result.ok, errors(result)
    stored = Observation.objects.get()
    assert (stored.value, stored.breakdown, stored.qualifier, stored.source) == (D("17.6"), "", "", default)
    assert list(Source.objects.all()) == [default]  # no empty source made up for the row


# --- refusals: row, column, value, reason -------------------------------------------------------


def test_a_value_outside_its_kind_names_the_indicator_unit_and_period():
    share = import_observations(table(row(indicator="fdi_share_industrial_output", value="192,7")))
    bad_period = import_observations(table(row(indicator="fdi_share_industrial_output", value="150", period="quý 5")))

    assert errors(share) == [
        (
            2,
            "value",
            "192,7",
            "fdi_share_industrial_output · 19 · 2024-YTD07: tỷ trọng phải từ 0 đến 100, nhận 192.7",
            "fdi_share_industrial_output · 19 · 2024-YTD07: a share must be 0–100, got 192.7",
            "share_range",
        )
    ]
    # With the period unreadable, the reason still names the period as typed.
    assert [(p.column, p.vi.split(":")[0]) for p in bad_period.errors] == [
        ("period", "kỳ báo cáo không hợp lệ (vd. 2024-07, 2024-YTD07, “7 tháng năm 2024”)"),
        ("value", "fdi_share_industrial_output · 19 · quý 5"),
    ]


def test_a_unit_absent_in_the_period_is_named_in_english_too():
    result = import_observations(table(row(unit="987654", period="2024-07")))

    assert errors(result) == [
        (
            2,
            "unit",
            "987654",
            "không có đơn vị mã 987654 trong tháng 7/2024",
            "no unit with code 987654 during July 2024",
            "",
        )
    ]


def test_a_user_outside_the_units_scope_is_refused_each_row(cast):
    officer = cast["commune_officer"]  # Tân Cương commune only
    province = resolve_unit("19", dt.date(2025, 8, 31))

    result = import_observations(
        table(row(period="2025-08"), row(period="2025-09"), row(unit="05503", period="2025-08", value="1")),
        user=officer,
        check_scope=True,
    )

    assert errors(result) == [
        (
            line,
            "unit",
            "19",
            f"bạn không có quyền nhập số liệu cho {province.name}",
            f"you may not enter figures for {province.name}",
            "scope",
        )
        for line in (2, 3)
    ]
    # Without check_scope (the command line, run as the operator) the same file loads.
    assert import_observations(table(row(period="2025-08")), user=officer).ok


def test_a_source_address_that_is_not_http_is_refused():
    result = import_observations(table(row(source_url="javascript:alert(1)")))

    assert errors(result) == [
        (
            2,
            "source_url",
            "javascript:alert(1)",
            "“javascript:alert(1)” không phải địa chỉ http(s) hợp lệ",
            "“javascript:alert(1)” is not a valid http(s) address",
            "",
        )
    ]


def test_a_repeated_bad_cell_is_refused_on_every_row_it_appears():
    result = import_observations(
        table(
            row(period="quý 5"),
            row(period="quý 5", indicator="import_value"),
            row(vintage="31/02/2024", period="2024-YTD08"),
            row(vintage="31/02/2024", period="2024-YTD08", indicator="import_value"),
            row(breakdown="colour=red", period="2024-YTD09"),
            row(breakdown="colour=red", period="2024-YTD09", indicator="import_value"),
        )
    )

    assert [(p.row, p.column) for p in result.errors] == [
        (2, "period"),
        (3, "period"),
        (4, "vintage"),
        (5, "vintage"),
        (6, "breakdown"),
        (7, "breakdown"),
    ]


def test_a_figure_already_stored_with_another_value_needs_a_new_vintage():
    import_observations(table(row(value="17,6", vintage="05/08/2024")))

    result = import_observations(table(row(value="17,9", vintage="05/08/2024")))

    context = "export_value · 19 · 2024-YTD07"
    assert errors(result) == [
        (
            2,
            "value",
            "17.9",
            f"{context}: đã có số liệu 17.600000 cùng trạng thái và ngày — số liệu điều chỉnh cần ngày (vintage) mới",
            f"{context}: 17.600000 is already stored with the same status and vintage — "
            "a revision needs a new vintage date",
            "no_overwrite",
        )
    ]


def test_a_contradiction_names_every_stored_value_in_both_languages():
    import_observations(table(row(value="17,6", vintage="05/08/2024")))
    import_observations(table(row(value="17,7", vintage="06/08/2024")))

    result = import_observations(table(row(value="18", vintage="07/08/2024")), refuse_contradictions=True)

    context = "export_value · 19 · 2024-YTD07"
    assert errors(result) == [
        (
            2,
            "value",
            "18",
            f"{context}: mâu thuẫn với số liệu đã lưu (17.6, 17.7) cùng trạng thái",
            f"{context}: contradicts the stored figure (17.6, 17.7) with the same status",
            "contradiction",
        )
    ]
    # Another status is another figure: an official one next to the estimates is no contradiction.
    assert import_observations(table(row(value="18", status="chính thức")), refuse_contradictions=True).ok


def test_figures_without_a_vintage_are_recognised_on_reimport():
    first = import_observations(table(row(), row(indicator="import_value", vintage="05/08/2024")))
    again = import_observations(table(row(), row(indicator="import_value", vintage="05/08/2024")))
    dated = import_observations(table(row(vintage="01/09/2024")))

    assert (first.created, again.created, again.unchanged) == (2, 0, 2)
    assert dated.created == 1  # a dated revision of an undated figure is a new figure
    assert Observation.objects.count() == 3


# --- ownership parts ------------------------------------------------------------------------------


def output(value: str, part: str = "", **extra):
    return row(indicator="industrial_output_value", value=value, breakdown=f"ownership={part}" if part else "", **extra)


def test_ownership_parts_are_checked_only_against_a_complete_partition_with_its_total():
    # Parts without their total, and a total with one part only: nothing to compare.
    no_total = import_observations(table(output("30", "central_state"), output("20", "local")))
    one_part = import_observations(table(output("100", period="2024-YTD08"), output("5", "local", period="2024-YTD08")))
    # Two statuses are two figures: each total is compared with its own parts.
    both = import_observations(
        table(
            output("100", period="2024-YTD09"),
            output("30", "central_state", period="2024-YTD09"),
            output("30", "local", period="2024-YTD09"),
            output("40", "foreign_invested", period="2024-YTD09"),
            output("90", period="2024-YTD09", status="sơ bộ"),
            output("30", "central_state", period="2024-YTD09", status="sơ bộ"),
            output("30", "local", period="2024-YTD09", status="sơ bộ"),
            output("40", "foreign_invested", period="2024-YTD09", status="sơ bộ"),
        )
    )

    assert no_total.ok
    assert one_part.ok
    assert errors(both) == [
        (
            6,
            "value",
            "90",
            "industrial_output_value · 19 · 2024-YTD09: tổng các thành phần (100) khác tổng chung (90) 11.1%",
            "industrial_output_value · 19 · 2024-YTD09: components add up to 100, not the total 90 (11.1% apart)",
            "components_sum",
        )
    ]


# --- approved periods ---------------------------------------------------------------------------


def test_an_approved_period_refuses_a_clean_file_and_saves_nothing():
    approve("2024-YTD07", dt.date(2024, 7, 31))

    result = import_observations(table(row(), row(period="2024-YTD08")))

    assert [(p.row, p.column, p.value, p.rule) for p in result.errors] == [(2, "period", "2024-YTD07", "approved")]
    assert result.errors[0].vi
    assert result.errors[0].en
    assert (result.created, Observation.objects.count()) == (0, 0)


def test_a_row_refused_for_its_value_gets_no_second_refusal_for_the_approved_period():
    months = [row(indicator="retail_sales_services", period=f"2024-{m:02d}", value=str(6400 + m)) for m in range(1, 7)]
    import_observations(table(*months))
    approve("2024-07", dt.date(2024, 7, 31))

    result = import_observations(table(row(indicator="retail_sales_services", period="2024-07", value="6450000")))

    assert [(p.row, p.rule) for p in result.errors] == [(2, "magnitude")]


# --- the unit slip (about 1,000× off the history) -------------------------------------------


def retail(period: str, value: str, **extra):
    return row(indicator="retail_sales_services", period=period, value=value, **extra)


def test_a_slip_names_the_figure_and_the_factor():
    import_observations(table(retail("2024-01", "6400"), retail("2024-02", "6500")))

    result = import_observations(table(retail("2024-03", "6450000")))

    assert errors(result) == [
        (
            2,
            "value",
            "6450000",
            "retail_sales_services · 19 · 2024-03: giá trị lệch 1000 lần so với số liệu trước đây — "
            "kiểm tra đơn vị (triệu/tỷ)",
            "retail_sales_services · 19 · 2024-03: value is 1000× its own history: check the unit (million vs billion)",
            "magnitude",
        )
    ]


def test_in_a_short_history_each_figure_is_compared_with_the_others_not_with_itself():
    result = import_observations(table(retail("2024-01", "100"), retail("2024-02", "100000")))

    assert [(p.row, p.rule) for p in result.errors] == [(2, "magnitude"), (3, "magnitude")]


def test_a_monthly_figure_is_compared_with_a_yearly_history_per_month():
    # 2023: 360,000 a year = 30,000 a month. 9,000,000 in one month is 300× that.
    import_observations(table(retail("2023", "360000")))
    stored = import_observations(table(retail("2024-01", "9000000")))
    Observation.objects.all().delete()
    in_file = import_observations(table(retail("2023", "360000"), retail("2024-01", "9000000")))
    fine = import_observations(table(retail("2023", "360000"), retail("2024-01", "31000")))

    assert [(p.row, p.rule) for p in stored.errors] == [(2, "magnitude")]
    assert [(p.row, p.rule) for p in in_file.errors] == [(2, "magnitude"), (3, "magnitude")]
    assert fine.ok, errors(fine)


def test_a_long_history_is_judged_by_its_median_and_plans_are_no_history():
    history = [retail(f"2023-{m:02d}", str(6000 + m)) for m in range(1, 13)]
    import_observations(table(*history, retail("2024", "9000000", status="kế hoạch")))

    slip = import_observations(table(retail("2024-01", "6000000"), retail("2024-02", "6100")))
    # A plan is neither history nor checked against it.
    target = import_observations(table(retail("2025", "5", status="kế hoạch")))

    assert [(p.row, p.rule) for p in slip.errors] == [(2, "magnitude")]
    assert target.ok, errors(target)


def test_zero_figures_are_no_yardstick():
    import_observations(table(retail("2024-01", "0"), retail("2024-02", "0"), retail("2024-03", "0")))

    result = import_observations(table(retail("2024-04", "6450000")))

    assert result.ok, errors(result)


# --- what is stored with each figure ---------------------------------------------------------


def test_each_figure_keeps_its_source_text_note_and_who_entered_it(cast):
    editor = cast["department_editor"]
    result = import_observations(
        table(
            row(note="ước tính của Sở", source_excerpt="xuất khẩu ước đạt 17,6", reported_plan_pct="70,7"),
            row(
                indicator="import_value",
                source_title="",
                source_number="",
                source_url="https://example.invalid/chi-url",
            ),
        ),
        user=editor,
    )

    assert result.ok, errors(result)
    export = Observation.objects.get(indicator__code="export_value")
    assert (export.note, export.source_excerpt, export.entered_by) == (
        "ước tính của Sở",
        "xuất khẩu ước đạt 17,6",
        editor,
    )
    # a plan percentage alone says nothing about a change's basis
    assert (export.reported_plan_pct, export.reported_change, export.reported_change_basis) == (D("70.7"), None, "")
    assert (export.source.title, export.source.number, export.source.url) == (
        SOURCE["source_title"],
        SOURCE["source_number"],
        SOURCE["source_url"],
    )
    # An address alone names its source by the address.
    only_url = Observation.objects.get(indicator__code="import_value").source
    assert (only_url.title, only_url.number, only_url.url) == (
        "https://example.invalid/chi-url",
        "",
        "https://example.invalid/chi-url",
    )
    [entry] = [
        e for e in LogEntry.objects.filter(object_pk=str(export.source.pk)) if "observations_imported" in e.changes_dict
    ]
    assert (entry.actor, entry.action) == (editor, LogEntry.Action.CREATE)
    assert entry.changes_dict["observations_imported"] == [None, 2]
    assert entry.changes_dict["file"] == [None, "so-lieu.csv"]


def test_a_date_cell_from_a_spreadsheet_is_the_vintage():
    excel_cell = dt.datetime(2024, 8, 6, 0, 0)  # noqa: DTZ001 - a spreadsheet date cell has no zone
    result = import_observations(
        table(row(vintage=dt.date(2024, 8, 5)), row(indicator="import_value", vintage=excel_cell))
    )

    assert result.ok, errors(result)
    assert sorted(Observation.objects.values_list("vintage", flat=True)) == [dt.date(2024, 8, 5), dt.date(2024, 8, 6)]


def test_the_figure_count_of_each_indicator_follows_the_imports():
    import_observations(table(row(), row(period="2024-YTD08")))
    import_observations(table(row(period="2024-YTD09"), row(period="2024-YTD10"), row(period="2024-YTD11")))

    assert ObservationSummary.objects.get(indicator__code="export_value").figures == 5


def test_only_the_required_columns_are_required():
    assert REQUIRED == ["indicator", "unit", "period", "value", "status"]
    result = import_observations(table(row(), header=[c for c in COLUMNS if c != "breakdown"]))

    assert result.ok, errors(result)


def test_sector_rows_beside_the_ownership_parts_do_not_hide_a_wrong_sum():
    result = import_observations(
        table(
            output("100"),
            output("30", "central_state"),
            output("30", "local"),
            output("30", "foreign_invested"),
            row(indicator="industrial_output_value", value="80", breakdown="sector=C"),
        )
    )

    assert [(p.row, p.rule) for p in result.errors] == [(2, "components_sum")]


def test_a_file_without_source_columns_names_the_missing_source_with_an_empty_value():
    header = [*REQUIRED]
    result = import_observations(table(row(), header=header))

    assert errors(result) == [(2, "source_title", "", "mỗi số liệu phải có nguồn", "every figure needs a source", "")]


def test_a_file_with_decimal_points_reads_every_number_column_that_way():
    default = Source.objects.create(title="Nguồn mặc định (thử)", url="test://default")

    result = import_observations(
        table(row(value="1.5", reported_change="2.5", reported_plan_pct="70.25")),
        decimal_point=True,
        default_source=default,
    )

    assert result.ok, errors(result)
    stored = Observation.objects.get()
    assert (stored.value, stored.reported_change, stored.reported_plan_pct) == (D("1.5"), D("2.5"), D("70.25"))


def test_a_commune_code_without_its_leading_zero_is_found():
    result = import_observations(table(row(unit="5503", period="2025-08")))

    assert result.ok, errors(result)
    assert Observation.objects.get().unit.code == "05503"


def test_a_breakdown_is_refused_in_both_languages_and_a_sector_must_be_a_code():
    for bad in ("sector=C=1", "sector=C 10", "ownership=local=x", "sector="):
        result = import_observations(table(row(indicator="industrial_output_value", breakdown=bad)))
        assert errors(result) == [
            (
                2,
                "breakdown",
                bad,
                f"phân tổ “{bad}” không hợp lệ (vd. ownership=foreign_invested, sector=C)",
                f"invalid breakdown “{bad}” (e.g. ownership=foreign_invested, sector=C)",
                "",
            )
        ], bad
    assert import_observations(table(row(indicator="industrial_output_value", breakdown="sector=c10"))).ok
    assert Observation.objects.get().breakdown == "sector=C10"


def test_a_stock_is_compared_as_it_stands_not_per_month():
    # Workers are a stock (the last figure of a period, not a sum): 9,000 in January is 25× last
    # year's 360, no slip; per month the year would read 30 and January 300× that.
    result = import_observations(
        table(
            row(indicator="employment", period="2023", value="360"),
            row(indicator="employment", period="2024-01", value="9000"),
        )
    )

    assert result.ok, errors(result)


@pytest.mark.parametrize(
    "weighted",
    [
        [(1, 1), (2, 1), (3, 1), (4, 1), (5, 1)],
        [(1, 1), (2, 1), (3, 1), (4, 1)],
        [(1, 1), (2, 1), (3, 1), (4, 1), (5, 1), (6, 1), (7, 1), (8, 1)],
        [(10, 3), (20, 2), (30, 4)],
        [(5, 6), (7, 1), (9, 1)],
    ],
)
def test_the_weighted_median_is_the_median_of_the_expanded_history(weighted):
    import statistics

    from provind.indicators.imports import _weighted_median

    expanded = [D(x) for x, n in weighted for _ in range(n)]

    assert _weighted_median([(D(x), n) for x, n in weighted]) == statistics.median(expanded)


def test_the_bulk_writer_returns_how_many_rows_it_wrote():
    # `provind synth` reports this count; the import writes through the same function.
    from provind.indicators.imports import INSERT_FIELDS, insert_observation_rows

    import_observations(table(row()))
    stored = Observation.objects.get()
    values = {
        name: getattr(stored, name if name not in ("indicator", "unit", "source", "entered_by") else f"{name}_id")
        for name in INSERT_FIELDS
    }

    def copy(code: str, month: int) -> tuple:
        return tuple({**values, "period_code": code, "period_end": dt.date(2024, month, 28)}[n] for n in INSERT_FIELDS)

    assert insert_observation_rows([copy("2024-YTD08", 8), copy("2024-YTD09", 9), copy("2024-YTD10", 10)]) == 3
    assert Observation.objects.count() == 4


def test_a_stored_figure_of_another_indicator_for_the_same_cell_is_no_conflict():
    import_observations(table(row(indicator="export_value", value="17,6")))

    result = import_observations(table(row(indicator="import_value", value="10")))

    assert (result.ok, result.created, result.unchanged) == (True, 1, 0)


def test_an_anonymous_import_is_recorded_without_an_actor():
    from django.contrib.auth.models import AnonymousUser

    result = import_observations(table(row()), user=AnonymousUser())

    assert result.ok, errors(result)
    stored = Observation.objects.get()
    assert stored.entered_by is None
    [entry] = [
        e for e in LogEntry.objects.filter(object_pk=str(stored.source.pk)) if "observations_imported" in e.changes_dict
    ]
    assert entry.actor is None


# --- the stored history's median, computed in SQL ------------------------------------------------


def store_months(values, indicator="retail_sales_services", breakdown="", status="estimate", year=2023):
    """A stored history, written directly (a spread this wide would itself be refused on import)."""
    for month, value in enumerate(values, start=1):
        add(indicator, "19", f"{year}-{month:02d}", str(value), status=status, breakdown=breakdown)


def slips(value, indicator="retail_sales_services", breakdown="", period="2024-01"):
    result = import_observations(
        table(row(indicator=indicator, period=period, value=value, breakdown=breakdown)), dry_run=True
    )
    return [p.rule for p in result.errors] == ["magnitude"]


@pytest.mark.parametrize(
    ("history", "flagged", "fine"),
    [
        ([1, 2, 5, 10, 1000, 1000, 2000, 3000], ["151500", "1.68"], ["50000", "5.1"]),  # median (10 + 1000) / 2
        ([1, 2, 5, 10, 1000, 2000, 3000], ["3000", "0.0333"], ["2000"]),  # median 10
        ([1, 2, 10, 1000, 2000], ["3000"], ["2000"]),  # median 10
        ([1, 10, 1000, 2000], ["151500"], ["50000"]),  # median (10 + 1000) / 2
    ],
)
def test_a_figure_is_judged_by_the_median_of_its_stored_history(history, flagged, fine):
    store_months(history)

    assert [v for v in flagged if slips(v)] == flagged
    assert [v for v in fine if slips(v)] == []


def test_a_stored_stock_is_compared_as_it_stands():
    for year in (2021, 2022, 2023):
        assert import_observations(table(row(indicator="employment", period=str(year), value="360"))).ok

    assert not slips("9000", indicator="employment")  # 25× a year's 360 workers; 300× per month


def test_zeros_and_plans_in_the_stored_history_are_no_yardstick():
    store_months([0, 0, 0, 0, 0, 6400, 6500])
    store_months([6_400_000] * 3, status="plan", year=2022)

    assert slips("6450000")
    assert not slips("6450")


def test_each_indicator_and_breakdown_is_judged_by_its_own_history():
    store_months([6400, 6500])
    store_months([17.6, 17.7, 17.8], indicator="export_value")
    store_months([100] * 6, indicator="industrial_output_value")
    store_months([1, 1, 1], indicator="industrial_output_value", breakdown="ownership=local")

    assert not slips("6450")
    assert slips("1000", indicator="industrial_output_value", breakdown="ownership=local")
    assert not slips("150", indicator="industrial_output_value")


def test_a_plan_row_ahead_of_a_slip_in_the_file_does_not_hide_it():
    store_months([6400, 6500, 6600])

    result = import_observations(
        table(
            row(indicator="retail_sales_services", period="2024", value="80000", status="kế hoạch"),
            row(indicator="retail_sales_services", period="2024-01", value="6450000"),
        )
    )

    assert [(p.row, p.rule) for p in result.errors] == [(3, "magnitude")]


def test_a_row_with_a_single_cell_is_refused_not_a_crash():
    short = Table(header=COLUMNS, rows=[["export_value"]], name="mot-o.csv")

    result = import_observations(short)

    assert {p.column for p in result.errors} >= {"period", "value", "status", "source_title"}
    assert all(p.row == 2 for p in result.errors)


def test_an_unknown_indicator_and_an_unreadable_period_are_refused_in_english_too():
    result = import_observations(table(row(indicator="khong_co"), row(period="quý 5/2024", indicator="import_value")))

    assert [(p.row, p.column, p.en) for p in result.errors] == [
        (2, "indicator", "no such indicator in the catalogue"),
        (3, "period", "invalid period (e.g. 2024-07, 2024-YTD07, “7 tháng năm 2024”)"),
    ]


def test_an_empty_row_between_rows_ends_nothing():
    result = import_observations(table(row(), {c: "" for c in COLUMNS}, row(indicator="import_value")))

    assert (result.rows, result.created) == (2, 2)


def test_a_district_code_without_its_leading_zero_is_found():
    result = import_observations(table(row(unit="16", period="2024-07")))  # Sóc Sơn is 016; there is no province 16

    assert result.ok, errors(result)
    assert Observation.objects.get().unit.code == "016"


def test_a_figure_for_a_span_across_the_2025_reform_belongs_to_the_unit_of_the_day_it_was_stated():
    result = import_observations(
        table(
            row(indicator="export_value", period="2025", status="kế hoạch", vintage="10/05/2025"),
            row(indicator="import_value", period="2025", status="kế hoạch"),
        )
    )

    assert result.ok, errors(result)
    stated_in_may = Observation.objects.get(indicator__code="export_value").unit
    undated = Observation.objects.get(indicator__code="import_value").unit
    assert stated_in_may.valid_to == dt.date(2025, 6, 30)  # old Thái Nguyên
    assert undated.valid_from == dt.date(2025, 7, 1)  # the merged province, valid at the year's end


def test_each_word_list_refusal_is_given_in_both_languages():
    from provind.dataio.cells import CellError, parse_date

    with pytest.raises(CellError) as bad_date:
        parse_date("31/02/2024")
    result = import_observations(
        table(
            row(status="đoán"),
            row(qualifier="chừng", period="2024-YTD08"),
            row(reported_change_basis="qoq", period="2024-YTD09"),
            row(price_basis="2015", period="2024-YTD10"),
            row(breakdown="sector=C", period="2024-YTD11"),  # exports have no sectors
            row(vintage="31/02/2024", period="2024-YTD12"),
        )
    )

    assert [(p.row, p.column, p.vi, p.en) for p in result.errors] == [
        (
            2,
            "status",
            "trạng thái phải là kế hoạch/ước tính/sơ bộ/chính thức",
            "status must be plan/estimate/preliminary/official",
        ),
        (3, "qualifier", "phải là trên/dưới/khoảng/gần", "must be over/under/about/nearly"),
        (4, "reported_change_basis", "phải là yoy/mom/plan", "must be yoy/mom/plan"),
        (5, "price_basis", "phải là current/constant_2010", "must be current/constant_2010"),
        (6, "breakdown", "chỉ tiêu này không có phân tổ đó", "this indicator has no such breakdown"),
        (7, "vintage", bad_date.value.vi, bad_date.value.en),
    ]


def test_rows_after_a_repeated_row_are_still_read():
    result = import_observations(table(row(), row(), row(indicator="import_value"), row(), row(period="2024-YTD08")))

    assert (result.ok, result.created) == (True, 3)
    # a contradicting repeat is refused, and the rows after it are still checked
    differ = import_observations(table(row(period="2024-YTD09"), row(period="2024-YTD09", value="18"), output("100")))
    assert [(p.row, p.rule) for p in differ.errors] == [(3, "duplicate")]
    assert differ.new_rows == 2


def test_a_bad_number_beside_the_value_is_refused_in_both_languages():
    from provind.dataio.cells import CellError, parse_number

    with pytest.raises(CellError) as bad:
        parse_number("nhiều")
    result = import_observations(
        table(row(reported_change="nhiều"), row(reported_plan_pct="nhiều", period="2024-YTD08"))
    )

    assert [(p.column, p.vi, p.en) for p in result.errors] == [
        ("reported_change", bad.value.vi, bad.value.en),
        ("reported_plan_pct", bad.value.vi, bad.value.en),
    ]


def test_a_value_refusal_names_the_period_by_its_code_and_a_scoped_import_with_a_bad_period_is_refused(cast):
    share = import_observations(
        table(row(indicator="fdi_share_industrial_output", value="150", period="7 tháng năm 2024"))
    )
    scoped = import_observations(table(row(period="quý 5")), user=cast["commune_officer"], check_scope=True)

    assert [p.vi.split(":")[0] for p in share.errors] == ["fdi_share_industrial_output · 19 · 2024-YTD07"]
    assert [p.column for p in scoped.errors] == ["period"]
