"""Outside audit 15r: a project workbook whose cells do not fit the stored fields (a name longer
than the register holds, a total investment beyond its digits, a longitude off the globe) is
refused row by row, naming the column, with nothing saved; it never reaches the database
(PostgreSQL raised DataError, a 500; SQLite stored the value unchecked)."""

import pytest

from provind.projects.imports import import_project_workbook
from provind.projects.models import Agency, KeyProject
from tests.projects.test_imports import GOOD, _workbook

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("sheet", "column", "value"),
    [
        ("projects", "name", "Dự án " * 60),
        ("projects", "capacity", "2×250 MVA " * 30),
        ("projects", "total_investment", "1.000.000.000.000.000"),  # 10^15 billion VND: beyond 14 digits
        ("projects", "longitude", "500"),
        ("agencies", "short_name", "S" * 61),
        ("milestones", "label", "Mốc " * 60),
        ("obstacles", "response_days", "40000"),  # past the calendar: raised an InputError, a 500
        ("obstacles", "source_title", "Văn bản " * 60),
    ],
)
def test_a_cell_that_does_not_fit_its_field_is_a_row_problem(sheet, column, value):
    rows = [dict(r) for r in GOOD[sheet]]
    rows[0][column] = value
    if column == "longitude":
        rows[0]["latitude"] = "21.5"
    if column == "label":
        rows[0]["stage"] = "other"

    result = import_project_workbook(_workbook({**GOOD, sheet: rows}), "du-an.xlsx")

    assert not result.ok
    assert (2, f"{sheet}.{column}") in {(p.row, p.column) for p in result.errors}, result.errors
    assert all(p.vi and p.en for p in result.errors)
    assert not KeyProject.objects.filter(code="nhap-thu").exists()
    assert not Agency.objects.filter(name="Sở Xây dựng (thử)").exists()
