"""Circular 14 summary forms (03 and 04), computed from the registry and the reports of a window."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Literal

from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from ninja import Router, Schema
from ninja.security import django_auth

from provind.api.completeness import CompletenessOut, completeness_fields
from provind.api.errors import BadRequest
from provind.approvals.visibility import form_readable, unpublished_form
from provind.clusters.circular14.files import DOCX_TYPE, XLSX_TYPE, form_docx, form_xlsx
from provind.clusters.circular14.summary import FormResult, FormUnitError, compute_form
from provind.clusters.windows import ReportingWindow, WindowError
from provind.geography.models import AdminUnit
from provind.geography.queries import UnitNotFound, resolve_unit

router = Router(tags=["forms"])

FORMATS = ("json", "xlsx", "docx")


class ItemOut(CompletenessOut):
    number: str
    label_vi: str
    label_en: str
    unit_vi: str
    unit_en: str
    value: int | Decimal | None
    note_vi: str
    note_en: str
    clusters: list[str]


class FormOut(Schema):
    form: str
    unit: str
    unit_name: str
    window: str
    window_label_vi: str
    window_label_en: str
    start: dt.date
    end: dt.date
    deadline: dt.date
    clusters: list[str]
    plans: list[str]
    complete: bool
    items: list[ItemOut]


def _window(code: str) -> ReportingWindow:
    try:
        return ReportingWindow.parse(code)
    except WindowError as exc:
        raise BadRequest("window", exc.vi, exc.en) from None


def _unit(code: str, window: ReportingWindow, field: str) -> AdminUnit:
    """The unit that carried `code` at the window end (old Thái Nguyên for 2024, the merged
    province from the 2025 annual window on)."""
    try:
        return resolve_unit(code.strip(), window.end)
    except UnitNotFound:
        raise BadRequest(
            field,
            f"không có đơn vị hành chính mã “{code}” vào ngày {window.end:%d/%m/%Y} (cuối kỳ {window.code})",
            f"no administrative unit with code “{code}” on {window.end.isoformat()} (end of window {window.code})",
        ) from None


def _format(value: str) -> str:
    if value not in FORMATS:
        raise BadRequest(
            "format",
            f"định dạng “{value}” không hỗ trợ (json, xlsx hoặc docx)",
            f"unsupported format “{value}” (json, xlsx or docx)",
        )
    return value


def _compute(form: Literal["03", "04"], unit: AdminUnit, window: ReportingWindow, field: str) -> FormResult:
    try:
        return compute_form(form=form, unit=unit, window=window)
    except FormUnitError as exc:
        raise BadRequest(field, exc.vi, exc.en) from None


def _readable(request: HttpRequest, form: str, unit: AdminUnit, window: ReportingWindow) -> None:
    if not form_readable(request.user, form, unit=unit, window=window.code):
        raise PermissionDenied(unpublished_form(form, unit, window.code))


def _respond(result: FormResult, fmt: str) -> FormOut | HttpResponse:
    if fmt in ("xlsx", "docx"):
        content, content_type = (
            (form_xlsx(result=result), XLSX_TYPE) if fmt == "xlsx" else (form_docx(result=result), DOCX_TYPE)
        )
        response = HttpResponse(content, content_type=content_type)
        name = f"bieu-{result.form}-{result.unit.code}-{result.window.code}.{fmt}"
        response["Content-Disposition"] = f'attachment; filename="{name}"'
        return response
    window = result.window
    return FormOut(
        form=result.form,
        unit=result.unit.code,
        unit_name=result.unit.name,
        window=window.code,
        window_label_vi=window.label_vi(),
        window_label_en=window.label_en(),
        start=window.start,
        end=window.end,
        deadline=result.deadline,
        clusters=[c.code for c in result.clusters],
        plans=[p.decision_number or p.name for p in result.plan],
        complete=result.complete,
        items=[
            ItemOut(
                number=i.number,
                label_vi=i.label_vi,
                label_en=i.label_en,
                unit_vi=i.unit_vi,
                unit_en=i.unit_en,
                value=i.value,
                note_vi=i.note_vi,
                note_en=i.note_en,
                clusters=i.cluster_codes,
                **completeness_fields(i),
            )
            for i in result.items
        ],
    )


_FILES_DOC = {
    200: {  # an int, like ninja's own key, so the two merge into one "200"
        "description": "The form as JSON, or as a file with `format=xlsx` / `format=docx`.",
        "content": {
            "application/json": {"schema": {"$ref": "#/components/schemas/FormOut"}},
            XLSX_TYPE: {"schema": {"type": "string", "format": "binary"}},
            DOCX_TYPE: {"schema": {"type": "string", "format": "binary"}},
        },
    }
}


@router.get(
    "/forms/04",
    response=FormOut,
    summary="Circular 14 Form 04: the provincial summary of clusters for a reporting window",
    openapi_extra={"responses": _FILES_DOC},
    auth=django_auth,  # internal working documents: a login (viewer or above)
)
def form_04(request: HttpRequest, province: str, window: str, format: str = "json") -> FormOut | HttpResponse:
    """The 27 items (with 15.1–15.4 and 16.1–16.4) computed from the registry and the window's
    Form 01/02 reports, each with the codes of the clusters behind it. `province` is read as the
    unit valid at the window end; `window` is `2024H1` (15/12/2023–14/06/2024) or `2024`
    (15/12/2023–14/12/2024). `format=xlsx|docx` returns the official layout as a file."""
    fmt = _format(format)
    reporting = _window(window)
    unit = _unit(province, reporting, "province")
    _readable(request, "04", unit, reporting)
    return _respond(_compute("04", unit, reporting, "province"), fmt)


@router.get(
    "/forms/03",
    response=FormOut,
    summary="Circular 14 Form 03: the local summary of clusters (commune, former district or province-wide)",
    openapi_extra={"responses": _FILES_DOC},
    auth=django_auth,
)
def form_03(request: HttpRequest, unit: str, window: str, format: str = "json") -> FormOut | HttpResponse:
    """Form 03 for a commune or ward (since 1/7/2025), a district (before), or a province for a
    province-wide Form 03 (the province decides the scope after the reform)."""
    fmt = _format(format)
    reporting = _window(window)
    target = _unit(unit, reporting, "unit")
    _readable(request, "03", target, reporting)
    return _respond(_compute("03", target, reporting, "unit"), fmt)
