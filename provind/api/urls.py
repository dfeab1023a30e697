from __future__ import annotations

from typing import Any

from ninja import NinjaAPI

from provind.api import analysis, approvals, clusters, errors, forms, geography, indicators, projects, reports


class ProvindAPI(NinjaAPI):
    def get_openapi_schema(self, *args: Any, **kwargs: Any) -> Any:
        return errors.document_errors(super().get_openapi_schema(*args, **kwargs))


api = ProvindAPI(
    title="Provind API",
    version="1",
    description="Provincial industrial development data: administrative units, indicators, clusters, projects.",
    urls_namespace="api",
    docs_url="/docs",
    openapi_url="/openapi.json",
)
errors.install(api)
api.add_router("/", geography.router)
api.add_router("/", indicators.router)
api.add_router("/", projects.router)
api.add_router("/", clusters.router)
api.add_router("/", forms.router)
api.add_router("/", approvals.router)
api.add_router("/", reports.router)
api.add_router("/", analysis.router)
