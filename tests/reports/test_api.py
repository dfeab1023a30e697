"""GET /api/v1/reports?unit=…&period=…&format=… and the editions archive (provind/api/reports.py)."""

import io

import pytest
from docx import Document

from provind.reports.services import IssueRequest, issue_edition

pytestmark = pytest.mark.django_db


def test_it_returns_the_docx(client, shipped):
    response = client.get("/api/v1/reports", {"unit": "19", "period": "2024-YTD07", "format": "docx"})

    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/vnd.openxmlformats-officedocument.wordprocessingml")
    assert 'filename="bao-cao-19-2024-YTD07.docx"' in response["Content-Disposition"]
    text = "\n".join(p.text for p in Document(io.BytesIO(response.content)).paragraphs)
    assert "ước đạt 17,6 tỷ USD" in text


def test_it_returns_html_in_english_on_request(client, shipped):
    response = client.get("/api/v1/reports", {"unit": "19", "period": "2024-YTD07", "format": "html", "lang": "en"})

    assert response.status_code == 200
    assert "rose by an estimated 7.1% year on year" in response.content.decode()


@pytest.mark.parametrize(
    ("params", "field"),
    [
        ({"unit": "19", "period": "2024-YTD07", "format": "odt"}, "format"),
        ({"unit": "19", "period": "tháng 13/2024", "format": "pdf"}, "period"),
        ({"unit": "77777", "period": "2024-YTD07", "format": "pdf"}, "unit"),
    ],
)
def test_bad_requests_are_400_naming_the_field(client, shipped, params, field):
    response = client.get("/api/v1/reports", params)

    assert response.status_code == 400
    body = response.json()
    assert body["errors"][0]["field"] == field
    assert body["errors"][0]["message_vi"]
    assert body["errors"][0]["message_en"]


def test_the_archive_lists_editions_and_serves_them_as_issued(client, shipped, cast):
    edition = issue_edition(IssueRequest(unit_code="19", period_code="2024-YTD07", number="9"), by=cast["admin"])

    listing = client.get("/api/v1/reports/editions", {"unit": "19"}).json()
    pdf = client.get(f"/api/v1/reports/editions/{edition.pk}", {"format": "pdf"})

    assert [(e["number"], e["period_code"], e["issued_by"]) for e in listing] == [("9", "2024-YTD07", "admin")]
    assert pdf.status_code == 200
    assert pdf.content == bytes(edition.pdf)
