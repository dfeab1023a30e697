"""The periodic report as a file, and the archive of issued editions. Reads are public like the
other reads of the API; a bad unit, period or format is a 400 naming the field."""

from __future__ import annotations

import datetime as dt

from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404
from ninja import Query, Router, Schema

from provind.reports.models import CONTENT_TYPES, ReportEdition, ReportFormat
from provind.reports.services import check_format, report_file

router = Router(tags=["reports"])


class ReportQuery(Schema):
    unit: str
    period: str
    format: str = "docx"
    lang: str = "vi"


def _file(content: bytes, fmt: str, name: str) -> HttpResponse:
    response = HttpResponse(content, content_type=CONTENT_TYPES[ReportFormat(fmt)])
    if fmt != ReportFormat.HTML:
        response["Content-Disposition"] = f'attachment; filename="{name}.{fmt}"'
    return response


@router.get("/reports", response={200: None}, summary="The periodic report of a unit and period (DOCX, PDF, HTML)")
def report(request: HttpRequest, q: Query[ReportQuery]) -> HttpResponse:
    check_format(q.format)
    content = report_file(unit_code=q.unit, period_code=q.period, fmt=q.format, language=q.lang)
    return _file(content, q.format, f"bao-cao-{q.unit}-{q.period}")


class EditionOut(Schema):
    id: int
    unit_code: str
    unit_name: str
    period_code: str
    period_label: str
    number: str
    place: str
    issued_on: dt.date
    signer_title: str
    signer_name: str
    issued_by: str | None
    created_at: dt.datetime


@router.get("/reports/editions", response=list[EditionOut], summary="Issued editions, newest first")
def editions(request: HttpRequest, unit: str | None = None, period: str | None = None) -> list[dict[str, object]]:
    rows = ReportEdition.objects.select_related("issued_by").defer("docx", "pdf", "html", "snapshot")
    if unit:
        rows = rows.filter(unit_code=unit)
    if period:
        rows = rows.filter(period_code=period)
    return [
        {
            **{f: getattr(e, f) for f in EditionOut.model_fields if f != "issued_by"},
            "issued_by": e.issued_by.get_username() if e.issued_by else None,
        }
        for e in rows
    ]


@router.get("/reports/editions/{edition_id}", response={200: None}, summary="An issued edition's file, as issued")
def edition_file(request: HttpRequest, edition_id: int, format: str = "pdf") -> HttpResponse:
    check_format(format)
    edition = get_object_or_404(ReportEdition, pk=edition_id)
    return _file(edition.file(format), format, f"bao-cao-{edition.unit_code}-{edition.period_code}-{edition.pk}")
