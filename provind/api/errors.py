"""Every client error is a 400 with a message in Vietnamese and English, never a 500."""

from __future__ import annotations

from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from ninja import NinjaAPI
from ninja.errors import ValidationError

from provind.errors import InputError
from provind.geography.crosswalk import CrosswalkError
from provind.geography.queries import UnitNotFound


class BadRequest(InputError):
    """A bad request detected in the API layer itself."""


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
            errors.append(
                {
                    "field": field,
                    "message_vi": "giá trị không hợp lệ",
                    "message_en": str(err.get("msg", "invalid value")),
                }
            )
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
