"""What a computed figure covers: one structure for the forms' items, the funnel, the cluster
summary and the dashboard cards (issue 9: a partial record is never passed off as a total).

- `complete` is True only when every record the figure needs is known; an unknown part is never
  counted as 0 (a partial sum says so here).
- `coverage_vi/en` say what the figure is computed from ("sổ ghi 18/41 cụm; 13/18 cụm có diện tích").
- `basis`: "registry" (computed by Provind from its own records), "reported" (a figure a source or a
  report gave: Form 02, a plan total, a statistics release) or "both".
- `published`: a figure a source published for the same thing, shown beside the computed one;
  `uses` says which of the two the value is.
- `lacking`: the records (named) to fill in before the figure is complete.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from typing import Literal

Basis = Literal["registry", "reported", "both"]


@dataclass(frozen=True)
class Published:
    """A figure a source published (a plan total, a count of operating clusters)."""

    value: Decimal
    qualifier: str  # "" exact; "over", "about"…: a bound, never used as the computed value
    period: str
    source_title: str
    source_url: str

    @property
    def exact(self) -> bool:
        return not self.qualifier


@dataclass(kw_only=True)
class Completeness:
    complete: bool = False
    coverage_vi: str = ""
    coverage_en: str = ""
    basis: Basis = "registry"
    published: Published | None = None
    uses: Literal["registry", "published"] = "registry"
    lacking: list[str] = field(default_factory=list)

    def completeness(self) -> Completeness:
        """These fields alone (for a figure that carries them among others)."""
        return Completeness(
            complete=self.complete,
            coverage_vi=self.coverage_vi,
            coverage_en=self.coverage_en,
            basis=self.basis,
            published=self.published,
            uses=self.uses,
            lacking=list(self.lacking),
        )


def joined(*parts: str) -> str:
    """Coverage phrases joined with "; ", empty ones left out."""
    return "; ".join(p for p in parts if p)
