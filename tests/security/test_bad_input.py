"""Input that used to give a 500 gets a 400 with the usual bilingual message (API) or page."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import User
from django.test import Client


@pytest.fixture
def viewer_client(client: Client, cast: dict[str, User]) -> Client:
    client.force_login(cast["viewer"])
    return client


API_CASES = [
    "/api/v1/observations?indicator=iip&offset=-1",
    "/api/v1/observations?indicator=iip&offset=1e20",
    "/api/v1/observations?indicator=iip&offset=100000000000000000000",
    "/api/v1/forms/04?province=19&window=0001H1",
    "/api/v1/forms/03?unit=19&window=9999",
    "/api/v1/obstacles?on=9999-12-31",
    "/api/v1/obstacles?on=0001-01-01",
    "/api/v1/units?at=9999-12-31",
    "/api/v1/clusters?as_of=0001-01-01",
    "/api/v1/clusters?province=nowhere",
    "/api/v1/clusters/summary?province=nowhere",
    "/api/v1/units/%00",
]


@pytest.mark.django_db
@pytest.mark.parametrize("path", API_CASES)
def test_api_bad_input_is_a_400_with_field_and_both_languages(viewer_client: Client, path: str) -> None:
    response = viewer_client.get(path)
    assert response.status_code == 400, response.content[:300]
    body = response.json()
    assert body["detail"]
    error = body["errors"][0]
    assert error["field"]
    assert error["message_vi"]
    assert error["message_en"]


WEB_CASES = [
    "/clusters/?province=nowhere",
    "/land/?province=nowhere",
    "/clusters/?as_of=9999-12-31",
    "/indicators/iip/?as_of=0001-01-01",
    "/clusters/forms/03/?window=0001H1",
]


@pytest.mark.django_db
@pytest.mark.parametrize("path", WEB_CASES)
def test_web_bad_input_is_a_400_page(viewer_client: Client, path: str) -> None:
    response = viewer_client.get(path)
    assert response.status_code in (400, 404), response.content[:300]


@pytest.mark.django_db
def test_a_line_break_in_unit_cannot_inject_a_download_header(client: Client) -> None:
    response = client.get("/indicators/iip/", {"unit": "19\r\nSet-Cookie: x=1", "format": "csv"})
    assert response.status_code in (200, 400)
    assert "Set-Cookie" not in response.headers
    disposition = response.headers.get("Content-Disposition", "")
    assert "\n" not in disposition
    assert "\r" not in disposition


def test_imported_dates_are_bounded() -> None:
    import datetime as dt

    from provind.dataio.cells import CellError, parse_date

    assert parse_date("24/01/2025") == dt.date(2025, 1, 24)
    with pytest.raises(CellError, match="outside 1900-01-01"):
        parse_date("01/01/0001")
    with pytest.raises(CellError, match="outside"):
        parse_date(dt.date(9999, 12, 31))
