"""Outside audit 15r: a commune officer may change a project of their commune, but not move it
into another commune (or the whole province) by changing its location in an import: the scope
is checked on where the project ends up, not only where it was."""

import pytest

from provind.projects.imports import import_project_workbook
from provind.projects.models import KeyProject
from tests.projects.factories import make_project
from tests.projects.test_imports import _workbook

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("units", ["05941", "19", "05503 05941"])
def test_a_commune_officer_cannot_move_their_project_out_of_their_commune(cast, units):
    make_project("cua-xa", "Dự án của xã (synthetic)", unit_codes=("05503",))  # Tân Cương, the officer's
    row = {"code": "cua-xa", "name": "Dự án của xã (synthetic)", "category": "power_grid", "units": units}
    row["units_on"] = "01/07/2025"

    result = import_project_workbook(
        _workbook({"projects": [row]}), "du-an.xlsx", user=cast["commune_officer"], check_scope=True
    )

    assert not result.ok
    assert ("projects.units", "scope") in {(p.column, p.rule) for p in result.errors}
    assert [u.code for u in KeyProject.objects.get(code="cua-xa").units.all()] == ["05503"]
