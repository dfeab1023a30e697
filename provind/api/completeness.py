"""The completeness fields of a computed figure in the API (provind.lib.completeness): the same
for a form's items, the funnel steps, the cluster summary and the comparisons behind the cards."""

from __future__ import annotations

from dataclasses import asdict
from decimal import Decimal
from typing import Any

from ninja import Schema

from provind.lib.completeness import Completeness


class PublishedOut(Schema):
    value: Decimal
    qualifier: str
    period: str
    source_title: str
    source_url: str


class CompletenessOut(Schema):
    complete: bool
    coverage_vi: str
    coverage_en: str
    basis: str
    uses: str
    published: PublishedOut | None
    lacking: list[str]


def completeness_out(c: Completeness) -> CompletenessOut:
    return CompletenessOut(
        complete=c.complete,
        coverage_vi=c.coverage_vi,
        coverage_en=c.coverage_en,
        basis=c.basis,
        uses=c.uses,
        published=None if c.published is None else PublishedOut(**asdict(c.published)),
        lacking=list(c.lacking),
    )


def completeness_fields(c: Completeness) -> dict[str, Any]:
    """The same as keyword arguments, for a schema that carries them among its own fields."""
    return completeness_out(c).model_dump()
