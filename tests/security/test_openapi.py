"""The OpenAPI document declares the error answers and is valid JSON without duplicate keys;
/api/v1/docs renders in a real browser under the Content-Security-Policy."""

from __future__ import annotations

import json
from typing import Any

import pytest
from django.test import Client

ERRORS = {"400", "401", "403", "404"}


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    keys = [k for k, _ in pairs]
    duplicated = {k for k in keys if keys.count(k) > 1}
    assert not duplicated, f"duplicated keys: {duplicated}"
    return dict(pairs)


@pytest.mark.django_db
def test_the_document_has_no_duplicate_keys_and_declares_the_errors(client: Client) -> None:
    text = client.get("/api/v1/openapi.json").content.decode()
    schema = json.loads(text, object_pairs_hook=_no_duplicates)
    operations = [(path, method, op) for path, ops in schema["paths"].items() for method, op in ops.items()]
    assert len(operations) >= 16
    for path, method, op in operations:
        missing = ERRORS - set(op["responses"])
        assert not missing, f"{method.upper()} {path} does not declare {missing}"
    form = schema["paths"]["/api/v1/forms/04"]["get"]["responses"]["200"]["content"]
    assert set(form) >= {"application/json", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"}
    assert schema["components"]["schemas"]["ErrorOut"]["required"] == ["detail"]


@pytest.mark.browser
def test_the_docs_page_renders_every_operation_without_csp_violations(live_site: Any, page: Any) -> None:
    violations: list[str] = []
    page.on("console", lambda m: violations.append(m.text) if "Content Security Policy" in m.text else None)
    page.goto(f"{live_site.url}/api/v1/docs")
    page.wait_for_selector(".opblock", timeout=30_000)
    assert page.locator(".opblock").count() >= 16
    for path in ("/", "/clusters/map/", "/indicators/iip/"):
        page.goto(f"{live_site.url}{path}")
        page.wait_for_load_state("networkidle")
    assert violations == []
