"""The observation import: real XLSX files written with openpyxl and read back with calamine."""

import io
from decimal import Decimal

import pytest
from openpyxl import Workbook, load_workbook

from provind.dataio.tables import read_table
from provind.dataio.templates import observations_template
from provind.geography.queries import template_units
from provind.indicators.imports import COLUMNS, import_observations
from provind.indicators.models import Observation

pytestmark = pytest.mark.django_db

SOURCE = ["Báo cáo thử nghiệm (dữ liệu tổng hợp)", "01/BC-TEST", "https://example.invalid/test"]


def xlsx(rows, header=COLUMNS):
    book = Workbook()
    sheet = book.active
    sheet.append(list(header))
    for row in rows:
        sheet.append([row.get(c) for c in header])
    buffer = io.BytesIO()
    book.save(buffer)
    return read_table(buffer.getvalue(), "so-lieu.xlsx")


def row(**values):
    base = dict(zip(["source_title", "source_number", "source_url"], SOURCE, strict=True))
    return {"indicator": "export_value", "unit": "19", "period": "2024-YTD07", "status": "ước tính", **base, **values}


def test_it_reads_vietnamese_text_numbers_and_excel_numbers():
    table = xlsx(
        [
            row(value="45.000,5", indicator="retail_sales_services"),
            row(value=17.6),
            row(value="10", indicator="import_value", vintage="05/08/2024"),
        ]
    )

    result = import_observations(table)

    assert result.ok, [p.as_text() for p in result.errors]
    values = {o.indicator.code: o.value for o in Observation.objects.all()}
    assert values == {"retail_sales_services": Decimal("45000.5"), "export_value": Decimal("17.6"), "import_value": 10}


def test_it_keys_code_19_by_the_period():
    import_observations(xlsx([row(value=1, period="2024-12"), row(value=2, period="2025-08")]))

    old, new = (Observation.objects.get(period_code=p).unit for p in ("2024-12", "2025-08"))
    assert old.code == new.code == "19"
    assert old.valid_to is not None
    assert new.valid_from is not None


def test_it_reports_every_bad_row_and_saves_nothing():
    table = xlsx(
        [
            row(value=17.6),
            row(value="abc"),
            row(indicator="no_such_indicator", value=1),
            row(period="tháng 13/2024", value=1),
            row(unit="164", period="2025-08", value=1),
            row(status="đoán", value=1),
            row(indicator="fdi_share_industrial_output", value=192.7),
            row(value="7,1%"),
        ]
    )

    result = import_observations(table)

    assert not result.ok
    found = {(p.row, p.column) for p in result.errors}
    assert found == {
        (3, "value"),
        (4, "indicator"),
        (5, "period"),
        (6, "unit"),
        (7, "status"),
        (8, "value"),
        (9, "value"),
    }
    assert all(p.vi and p.en for p in result.errors)
    assert Observation.objects.count() == 0


def test_it_is_idempotent_and_refuses_silent_overwrites():
    first = import_observations(xlsx([row(value=17.6, vintage="05/08/2024")]))
    again = import_observations(xlsx([row(value=17.6, vintage="05/08/2024")]))
    changed = import_observations(xlsx([row(value=17.9, vintage="05/08/2024")]))
    revision = import_observations(xlsx([row(value=17.9, vintage="06/09/2024", status="sơ bộ")]))

    assert (first.created, again.created, again.unchanged) == (1, 0, 1)
    assert not changed.ok
    assert "vintage" in changed.errors[0].en
    assert revision.created == 1
    assert sorted(Observation.objects.values_list("value", flat=True)) == [Decimal("17.6"), Decimal("17.9")]


def test_it_catches_a_figure_a_thousand_times_off_its_history():
    months = [row(indicator="retail_sales_services", period=f"2024-{m:02d}", value=6400 + m) for m in range(1, 7)]
    import_observations(xlsx(months))

    slip = import_observations(xlsx([row(indicator="retail_sales_services", period="2024-07", value=6_450_000)]))

    assert not slip.ok
    assert slip.errors[0].column == "value"
    assert "triệu/tỷ" in slip.errors[0].vi


def test_it_dry_runs_without_saving():
    result = import_observations(xlsx([row(value=17.6)]), dry_run=True)

    assert result.ok
    assert result.new_rows == 1
    assert Observation.objects.count() == 0


def test_it_requires_a_source_and_the_required_columns():
    no_source = import_observations(
        xlsx([{"indicator": "export_value", "unit": "19", "period": "2024", "value": 1, "status": "official"}])
    )
    no_column = import_observations(xlsx([{"indicator": "export_value"}], header=["indicator", "unit"]))

    assert no_source.errors[0].column == "source_title"
    assert no_column.errors[0].row == 1
    assert "period" in no_column.errors[0].column


def test_it_limits_a_scoped_user_to_their_units(cast):
    officer = cast["commune_officer"]  # Tân Cương commune only

    result = import_observations(
        xlsx([row(unit="05503", period="2025-08", value=1), row(unit="19", period="2025-08", value=2)]),
        user=officer,
        check_scope=True,
    )

    assert [(p.row, p.column) for p in result.errors] == [(3, "unit")]
    assert Observation.objects.count() == 0


def test_it_writes_a_template_with_dropdowns_that_reads_back():
    content = observations_template(template_units("19"))

    book = load_workbook(io.BytesIO(content))
    sheet = book["So lieu"]
    assert [c.value for c in sheet[1]] == COLUMNS
    lists = {str(v.sqref).split(":")[0]: v.formula1 for v in sheet.data_validations.dataValidation}
    assert set(lists) == {"A2", "B2", "E2"}  # indicator, unit, status
    codes = [r[0] for r in book["Danh muc"].iter_rows(min_row=2, max_col=1, values_only=True) if r[0]]
    assert "export_value" in codes
    units = [r[4] for r in book["Danh muc"].iter_rows(min_row=2, values_only=True) if r[4]]
    assert {"19", "06", "05503"} <= set(units)


@pytest.mark.parametrize("bad", ["1e309", "1E+1", "inf", "nan", "9" * 19, "1,1234567"])
def test_it_refuses_numbers_a_column_cannot_hold_exactly(bad):
    result = import_observations(xlsx([row(value=bad, indicator="employment")]))

    assert [(p.row, p.column) for p in result.errors] == [(2, "value")]
    assert Observation.objects.count() == 0
