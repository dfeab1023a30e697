"""`provind form 04|03 …` writes exactly what GET /api/v1/forms/… gives (issue 9)."""

from __future__ import annotations

import io
import json

import pytest
from click.testing import CliRunner
from openpyxl import load_workbook

from provind.cli import main
from provind.clusters.loading import load_clusters

pytestmark = pytest.mark.django_db


@pytest.fixture
def shipped(thai_nguyen_data: None, settings) -> None:  # type: ignore[no-untyped-def]
    load_clusters(settings.DATA_DIR / "thai_nguyen" / "clusters")


def _log_in(client) -> None:  # type: ignore[no-untyped-def]
    """The forms need a login (issue 10); the command line answers as an administrator would."""
    from django.contrib.auth.models import User

    client.force_login(User.objects.create_superuser("quan-tri-form", password="x"))


def test_form04_json_is_the_api_json(shipped: None, client) -> None:  # type: ignore[no-untyped-def]
    _log_in(client)
    result = CliRunner().invoke(main, ["form", "04", "--province", "19", "--window", "2025", "--format", "json"])

    assert result.exit_code == 0, result.output
    body = json.loads(result.output)
    assert body == client.get("/api/v1/forms/04", {"province": "19", "window": "2025"}).json()
    item1 = next(i for i in body["items"] if i["number"] == "1")
    assert item1["value"] >= 41 or item1["complete"] is False  # the "done when"
    assert not any(i["complete"] and i["lacking"] for i in body["items"])


def test_form04_of_2024_says_11_operating_with_its_source(shipped: None) -> None:
    result = CliRunner().invoke(main, ["form", "04", "--province", "19", "--window", "2024"])

    item15 = next(i for i in json.loads(result.output)["items"] if i["number"] == "15")
    assert item15["value"] == 11
    assert item15["published"]["source_title"]


def test_form03_xlsx_to_a_file(shipped: None, tmp_path, client) -> None:  # type: ignore[no-untyped-def]
    _log_in(client)
    out = tmp_path / "bieu-03.xlsx"
    result = CliRunner().invoke(
        main, ["form", "03", "--unit", "173", "--window", "2024", "--format", "xlsx", "-o", str(out)]
    )

    assert result.exit_code == 0, result.output
    api = client.get("/api/v1/forms/03", {"unit": "173", "window": "2024", "format": "xlsx"})
    mine = [r for r in load_workbook(out).worksheets[0].iter_rows(values_only=True)]
    theirs = [r for r in load_workbook(io.BytesIO(api.content)).worksheets[0].iter_rows(values_only=True)]
    assert mine == theirs


def test_bad_input_is_a_clear_bilingual_error(shipped: None) -> None:
    result = CliRunner().invoke(main, ["form", "04", "--province", "19", "--window", "20x5"])

    assert result.exit_code != 0
    assert "window" in result.output
    assert "invalid reporting window" in result.output


def test_binary_formats_need_an_output_file(shipped: None) -> None:
    result = CliRunner().invoke(main, ["form", "04", "--province", "19", "--window", "2025", "--format", "docx"])

    assert result.exit_code != 0
    assert "-o FILE" in result.output
