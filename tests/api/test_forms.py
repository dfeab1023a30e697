"""GET /api/v1/forms/04 and /forms/03: JSON with the clusters behind each number, XLSX, DOCX."""

from __future__ import annotations

import io

import pytest
from docx import Document
from openpyxl import load_workbook

from tests.clusters.form_factories import reporting_scenario

pytestmark = pytest.mark.django_db


@pytest.fixture
def client(client, cast):  # type: ignore[no-untyped-def]
    """Forms 03/04 are internal working documents (issue 10): a viewer asks."""
    client.force_login(cast["viewer"])
    return client


@pytest.fixture
def scenario(db: None):  # type: ignore[no-untyped-def]
    return reporting_scenario()


def test_form04_as_json(client, scenario) -> None:  # type: ignore[no-untyped-def]
    response = client.get("/api/v1/forms/04", {"province": "19", "window": "2024H1"})

    assert response.status_code == 200
    body = response.json()
    assert body["form"] == "04"
    assert body["unit"] == "19"
    assert (body["start"], body["end"], body["deadline"]) == ("2023-12-15", "2024-06-14", "2024-06-30")
    assert body["plans"] == ["TN-01/QĐ-TTg"]
    items = {i["number"]: i for i in body["items"]}
    assert len(items) == 35
    assert items["1"]["value"] == 41
    assert items["3"]["clusters"] == ["ccn-thu-nghiem-a", "ccn-thu-nghiem-b", "ccn-thu-nghiem-g"]
    assert items["19"]["unit_vi"] == "%"
    assert str(items["19"]["value"]) == "54.55"
    assert items["15.2"]["label_en"] == "Operating but not established"
    assert items["15.2"]["label_vi"] == "Số lượng cụm công nghiệp đã hoạt động nhưng chưa thành lập"


@pytest.mark.parametrize(
    ("fmt", "content_type"),
    [
        ("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
        ("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
    ],
)
def test_form04_as_a_file(client, scenario, fmt: str, content_type: str) -> None:  # type: ignore[no-untyped-def]
    response = client.get("/api/v1/forms/04", {"province": "19", "window": "2024H1", "format": fmt})

    assert response.status_code == 200
    assert response["Content-Type"] == content_type
    assert response["Content-Disposition"] == f'attachment; filename="bieu-04-19-2024H1.{fmt}"'
    if fmt == "xlsx":
        sheet = load_workbook(io.BytesIO(response.content)).worksheets[0]
        assert any(row[0] == "19" and row[3] == 54.55 for row in sheet.iter_rows(values_only=True))
    else:
        table = Document(io.BytesIO(response.content)).tables[1]
        assert any(r.cells[0].text == "2" and r.cells[3].text == "2.067" for r in table.rows)


def test_form03_for_a_commune(client, scenario) -> None:  # type: ignore[no-untyped-def]
    body = client.get("/api/v1/forms/03", {"unit": "05503", "window": "2024H1"}).json()

    assert body["form"] == "03"
    assert body["deadline"] == "2024-06-25"
    assert body["clusters"] == ["ccn-thu-nghiem-a", "ccn-thu-nghiem-e", "ccn-thu-nghiem-g"]


@pytest.mark.parametrize(
    ("path", "params", "field", "en"),
    [
        ("/api/v1/forms/04", {"province": "19", "window": "2024H2"}, "window", "invalid reporting window"),
        ("/api/v1/forms/04", {"province": "99", "window": "2024H1"}, "province", "no administrative unit"),
        ("/api/v1/forms/04", {"province": "05503", "window": "2024H1"}, "province", "is not a province"),
        ("/api/v1/forms/04", {"province": "19", "window": "2024H1", "format": "pdf"}, "format", "unsupported format"),
        ("/api/v1/forms/03", {"unit": "xyz", "window": "2024"}, "unit", "no administrative unit"),
    ],
)
def test_bad_requests_are_400_in_both_languages(client, scenario, path, params, field, en) -> None:  # type: ignore[no-untyped-def]
    response = client.get(path, params)

    assert response.status_code == 400
    [error] = response.json()["errors"]
    assert error["field"] == field
    assert en in error["message_en"]
    assert error["message_vi"]


def test_a_missing_parameter_is_400(client, scenario) -> None:  # type: ignore[no-untyped-def]
    assert client.get("/api/v1/forms/04", {"province": "19"}).status_code == 400


def test_the_forms_are_in_the_openapi_document(client) -> None:  # type: ignore[no-untyped-def]
    schema = client.get("/api/v1/openapi.json").json()

    for path in ("/api/v1/forms/04", "/api/v1/forms/03"):
        operation = schema["paths"][path]["get"]
        assert operation["tags"] == ["forms"]
        content = operation["responses"]["200"]["content"]
        assert "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" in content
    assert "FormOut" in schema["components"]["schemas"]


def test_every_item_says_how_complete_it_is(client, scenario) -> None:  # type: ignore[no-untyped-def]
    body = client.get("/api/v1/forms/04", {"province": "19", "window": "2024H1"}).json()

    items = {i["number"]: i for i in body["items"]}
    assert body["complete"] is False
    for item in body["items"]:
        assert {"complete", "coverage_vi", "coverage_en", "basis", "uses", "published", "lacking"} <= item.keys()
        assert item["basis"] in ("registry", "reported", "both")
        if item["lacking"]:
            assert item["complete"] is False
    # The plan's 41 is published and complete; the registry holds only a few of its clusters.
    assert (items["1"]["complete"], items["1"]["basis"]) == (True, "reported")
    assert items["3"]["complete"] is False
    assert "/41" in items["3"]["coverage_vi"]


def test_incomplete_items_are_marked_in_the_files(client, scenario) -> None:  # type: ignore[no-untyped-def]
    xlsx = client.get("/api/v1/forms/04", {"province": "19", "window": "2024H1", "format": "xlsx"})
    sheet = load_workbook(io.BytesIO(xlsx.content)).worksheets[0]
    notes = {row[0]: row[4] or "" for row in sheet.iter_rows(values_only=True) if row[0]}
    assert notes["3"].startswith("CHƯA ĐỦ SỐ LIỆU")
    assert not notes["1"].startswith("CHƯA ĐỦ")
    assert sheet.page_setup.orientation == "landscape"
    assert int(sheet.page_setup.paperSize) == 9
    assert sheet.page_setup.fitToWidth == 1
    assert sheet.sheet_properties.pageSetUpPr.fitToPage
    assert sheet.print_title_rows  # the table head repeats on every printed page
    texts = " ".join(str(c) for row in sheet.iter_rows(values_only=True) for c in row if c)
    assert "năm năm" not in texts

    docx = client.get("/api/v1/forms/04", {"province": "19", "window": "2024H1", "format": "docx"})
    document = Document(io.BytesIO(docx.content))
    rows = {r.cells[0].text: r.cells[4].text for r in document.tables[1].rows}
    assert rows["3"].startswith("CHƯA ĐỦ SỐ LIỆU")
    section = document.sections[0]
    assert section.page_width > section.page_height  # A4 landscape
    assert abs(section.page_width.mm - 297) < 1
    assert abs(section.page_height.mm - 210) < 1
