"""The downloadable projects template: its sheets and columns are what the import reads, so a
filled-in copy imports as it is."""

from __future__ import annotations

import io

from openpyxl import load_workbook

from provind.projects.imports import ORDER, SHEETS, import_project_workbook
from provind.projects.models import KeyProject


def test_the_template_has_every_import_sheet_and_a_list_of_codes(client):
    response = client.get("/data/projects-template.xlsx")

    assert response.status_code == 200
    assert "provind-mau-nhap-du-an.xlsx" in response["Content-Disposition"]
    book = load_workbook(io.BytesIO(response.content))
    assert book.sheetnames == [*ORDER, "Danh muc"]
    for name in ORDER:
        required, optional = SHEETS[name]
        assert [c.value for c in book[name][1]] == [*required, *optional]
        assert book[name]["A1"].comment is not None
    codes = [c.value for c in book["Danh muc"]["A"][1:] if c.value]
    assert "power_grid" in codes
    assert book["projects"].data_validations.dataValidation  # category picked from a list


def test_a_filled_in_template_imports(db):
    from django.test import Client

    book = load_workbook(io.BytesIO(Client().get("/data/projects-template.xlsx").content))
    header = [c.value for c in book["projects"][1]]
    row = dict.fromkeys(header, None) | {
        "code": "mau-thu",
        "name": "Dự án mẫu (synthetic)",
        "category": "solar",
        "units": "19",
        "units_on": "2025-07-01",
    }
    book["projects"].append([row[h] for h in header])
    buffer = io.BytesIO()
    book.save(buffer)

    result = import_project_workbook(buffer.getvalue(), "mau.xlsx")

    assert result.ok, [p.as_text() for p in result.errors]
    assert KeyProject.objects.get(code="mau-thu").name == "Dự án mẫu (synthetic)"
