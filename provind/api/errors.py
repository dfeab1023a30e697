"""Every client error is a 400 with a message in Vietnamese and English, never a 500."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any

from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from ninja import NinjaAPI, Schema
from ninja.errors import ValidationError
from pydantic import AfterValidator, Field

from provind.errors import EARLIEST_DAY, LATEST_DAY, InputError
from provind.geography.crosswalk import CrosswalkError
from provind.geography.queries import UnitNotFound


class BadRequest(InputError):
    """A bad request detected in the API layer itself."""


def _in_range(value: dt.date) -> dt.date:
    if not EARLIEST_DAY <= value <= LATEST_DAY:
        raise ValueError(f"date must be between {EARLIEST_DAY.isoformat()} and {LATEST_DAY.isoformat()}")
    return value


# A date parameter or field: ISO format within EARLIEST_DAY … LATEST_DAY (a 400 otherwise).
Day = Annotated[dt.date, AfterValidator(_in_range)]
# A list offset: SQL OFFSET must stay a small non-negative integer.
Offset = Annotated[int, Field(ge=0, le=1_000_000)]
# A duration in days (response deadlines): ten years at most.
Days = Annotated[int, Field(ge=0, le=3_650)]


class FieldErrorOut(Schema):
    field: str
    message_vi: str
    message_en: str


class ErrorOut(Schema):
    detail: str
    errors: list[FieldErrorOut] = []


ERROR_RESPONSES = {
    "400": "Invalid request: `errors` names each field with the reason in Vietnamese and English.",
    "401": "Not logged in: this data is internal (log in as a viewer or above).",
    "403": "Logged in, but this role or scope may not do this.",
    "404": "No such object.",
}


def document_errors(schema: dict[str, Any]) -> dict[str, Any]:
    """Every operation declares the error answers any request can get, and response codes are
    strings once (an `openapi_extra` "200" next to ninja's 200 used to appear twice)."""
    components = schema.setdefault("components", {}).setdefault("schemas", {})
    components.setdefault("FieldErrorOut", FieldErrorOut.model_json_schema())
    components["ErrorOut"] = {
        "title": "ErrorOut",
        "type": "object",
        "properties": {
            "detail": {"type": "string"},
            "errors": {"type": "array", "items": {"$ref": "#/components/schemas/FieldErrorOut"}},
        },
        "required": ["detail"],
    }
    for operations in schema.get("paths", {}).values():
        for operation in operations.values():
            if not isinstance(operation, dict) or "responses" not in operation:
                continue
            merged: dict[str, Any] = {}
            for code, answer in operation["responses"].items():
                merged.setdefault(str(code), {}).update(answer)
            for code, description in ERROR_RESPONSES.items():
                merged.setdefault(
                    code,
                    {
                        "description": description,
                        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/ErrorOut"}}},
                    },
                )
            operation["responses"] = merged
    return schema


def _error(api: NinjaAPI, request: HttpRequest, errors: list[dict[str, str]]) -> HttpResponse:
    message = "; ".join(f"{e['field']}: {e['message_vi']} / {e['message_en']}" for e in errors)
    return api.create_response(request, {"detail": message, "errors": errors}, status=400)


def install(api: NinjaAPI) -> None:
    @api.exception_handler(ValidationError)
    def on_validation(request: HttpRequest, exc: ValidationError) -> HttpResponse:
        errors = []
        for err in exc.errors:
            loc = [str(part) for part in err.get("loc", []) if part not in ("query", "path", "body")]
            field = ".".join(loc) or "request"
            message = str(err.get("msg", "invalid value"))
            errors.append({"field": field, "message_vi": f"giá trị không hợp lệ ({message})", "message_en": message})
        return _error(api, request, errors)

    @api.exception_handler(InputError)
    def on_bad_request(request: HttpRequest, exc: InputError) -> HttpResponse:
        # BadRequest and every domain InputError (QueryError, ObstacleError …) are a 400.
        return _error(api, request, [{"field": exc.field, "message_vi": exc.vi, "message_en": exc.en}])

    @api.exception_handler(PermissionDenied)
    def on_forbidden(request: HttpRequest, exc: PermissionDenied) -> HttpResponse:
        # Services refuse out-of-scope writes with PermissionDenied subclasses (NotAllowed).
        return api.create_response(request, {"detail": str(exc)}, status=403)

    @api.exception_handler(UnitNotFound)
    def on_unknown_unit(request: HttpRequest, exc: UnitNotFound) -> HttpResponse:
        return _error(
            api,
            request,
            [
                {
                    "field": "unit",
                    "message_vi": f"không có đơn vị hành chính mã {exc.unit_code} vào ngày {exc.on:%d/%m/%Y}",
                    "message_en": f"no administrative unit with code {exc.unit_code} was valid on {exc.on.isoformat()}",
                }
            ],
        )

    @api.exception_handler(CrosswalkError)
    def on_crosswalk(request: HttpRequest, exc: CrosswalkError) -> HttpResponse:
        return _error(api, request, [{"field": "unit", "message_vi": str(exc), "message_en": str(exc)}])
