"""Uploading a filled Form 02 template: row-level messages, all or nothing, dry run, scope."""

from __future__ import annotations

import datetime as dt
import io
from decimal import Decimal

import pytest
from django.contrib.contenttypes.models import ContentType
from openpyxl import load_workbook

from provind.accounts.models import Scope
from provind.accounts.roles import Role
from provind.clusters.circular14.files import form02_xlsx
from provind.clusters.circular14.submissions import NotAllowed
from provind.clusters.form_import import import_form02
from provind.clusters.models import Form02Report
from provind.clusters.windows import ReportingWindow
from tests.clusters.form_factories import reporting_scenario
from tests.conftest import make_user

H1_2024 = ReportingWindow.parse("2024H1")
TODAY = dt.date(2024, 6, 18)
VALUES = {1: 320, 2: 250, 3: 30, 4: 20, 5: 60, 6: 5, 7: 2, 8: 4, 9: 10, 10: 1, 11: 50, 12: 8, 13: 1, 14: 1}


@pytest.fixture
def scenario(db: None):  # type: ignore[no-untyped-def]
    return reporting_scenario(form02_for_a=False)


@pytest.fixture
def investor(scenario):  # type: ignore[no-untyped-def]
    user = make_user("investor-a", Role.CLUSTER_INVESTOR)
    Scope.objects.create(
        user=user, target_type=ContentType.objects.get_for_model(scenario.a), target_id=str(scenario.a.pk)
    )
    return user


def filled(cluster, values: dict[int, object], *, code: str | None = None) -> tuple[bytes, dict[int, int]]:  # type: ignore[no-untyped-def]
    """The template from exports, filled in the "Kết quả" column; returns the file and item rows."""
    book = load_workbook(io.BytesIO(form02_xlsx(cluster=cluster, window=H1_2024)))
    sheet = book.worksheets[0]
    rows: dict[int, int] = {}
    for row in sheet.iter_rows(min_row=1):
        first = row[0].value
        if isinstance(first, int):
            rows[first] = row[0].row
            row[3].value = values.get(first)
        if code is not None and first == "Mã cụm công nghiệp (cluster code)":
            row[1].value = code
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue(), rows


def test_it_imports_a_filled_template(scenario, investor) -> None:  # type: ignore[no-untyped-def]
    data, _rows = filled(scenario.a, {**VALUES, 4: "20,0", 12: "8,5"})

    result = import_form02(data=data, filename="bieu02.xlsx", user=investor, today=TODAY)

    assert result.ok, [e.as_text() for e in result.errors]
    report = Form02Report.objects.get(cluster=scenario.a, window="2024H1")
    assert result.report == report
    assert report.land_leased_ha == Decimal("20")
    assert report.average_income_mn == Decimal("8.5")
    assert report.wastewater_built is True
    assert report.occupancy_recomputed_pct == Decimal("60.00")


def test_leased_above_industrial_land_is_refused_on_its_row(scenario, investor) -> None:  # type: ignore[no-untyped-def]
    data, rows = filled(scenario.a, {**VALUES, 4: 36})

    result = import_form02(data=data, filename="bieu02.xlsx", user=investor, today=TODAY)

    assert not result.ok
    assert result.report is None
    [error] = result.errors
    assert (error.row, error.column, error.value) == (rows[4], "D", "36")
    assert "exceeds the cluster's industrial land (35 ha" in error.en
    assert Form02Report.objects.count() == 0


def test_missing_and_bad_cells_are_reported_by_row(scenario, investor) -> None:  # type: ignore[no-untyped-def]
    data, rows = filled(scenario.a, {**VALUES, 2: None, 6: "năm", 13: 2})

    result = import_form02(data=data, filename="bieu02.xlsx", user=investor, today=TODAY)

    assert [(e.row, e.column) for e in result.errors] == [(rows[2], "D"), (rows[6], "D"), (rows[13], "D")]
    assert result.errors[0].en == "2. value is missing"
    assert Form02Report.objects.count() == 0


def test_a_dry_run_checks_and_saves_nothing(scenario, investor) -> None:  # type: ignore[no-untyped-def]
    data, rows = filled(scenario.a, {**VALUES, 5: 70})

    result = import_form02(data=data, filename="bieu02.xlsx", user=investor, dry_run=True, today=TODAY)

    assert result.ok
    assert result.report is None
    assert result.dry_run
    [warning] = result.warnings
    assert warning.row == rows[5]
    assert warning.severity == "warning"
    assert Form02Report.objects.count() == 0


def test_the_file_must_be_for_the_cluster_of_the_page(scenario, investor) -> None:  # type: ignore[no-untyped-def]
    data, _rows = filled(scenario.b, VALUES)

    result = import_form02(data=data, filename="bieu02.xlsx", user=investor, cluster=scenario.a, today=TODAY)

    assert [e.column for e in result.errors] == ["B"]
    assert result.errors[0].en == "the file is the Form 02 of cluster “ccn-thu-nghiem-b”, not “ccn-thu-nghiem-a”"
    assert Form02Report.objects.count() == 0


def test_an_unknown_cluster_code_is_an_error(scenario, investor) -> None:  # type: ignore[no-untyped-def]
    data, _rows = filled(scenario.a, VALUES, code="khong-co")

    result = import_form02(data=data, filename="bieu02.xlsx", user=investor, today=TODAY)

    assert result.errors[0].en == "no cluster with code “khong-co”"


def test_only_the_scoped_investor_may_upload(scenario, investor) -> None:  # type: ignore[no-untyped-def]
    data, _rows = filled(scenario.b, VALUES)

    with pytest.raises(NotAllowed):
        import_form02(data=data, filename="bieu02.xlsx", user=investor, today=TODAY)
    assert Form02Report.objects.count() == 0


def test_a_broken_file_is_an_error_not_a_crash(scenario, investor) -> None:  # type: ignore[no-untyped-def]
    result = import_form02(data=b"not a workbook", filename="bieu02.xlsx", user=investor, today=TODAY)

    assert not result.ok
    assert "not a valid XLSX file" in result.errors[0].en
