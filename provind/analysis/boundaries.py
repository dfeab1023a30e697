"""GeoJSON commune boundaries: checked against the unit codes, stored all or nothing.

Provind ships no boundaries (no licensed commune polygons are public), so choropleth maps
appear only once a province uploads its own. Every feature must name a unit valid on the
upload's date by its code, and carry a Polygon or MultiPolygon in longitude/latitude. The file
is bounded before it is parsed and while it is walked, so a hostile upload is refused, not
processed.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import Any

from django.db import transaction
from django.utils import timezone

from provind.analysis.models import Boundary, BoundarySet
from provind.errors import BilingualMessage, ProvindError
from provind.geography.models import AdminUnit
from provind.lib.numbers import format_vi

MAX_BYTES = 20 * 1024 * 1024
MAX_FEATURES = 5_000
MAX_POINTS = 2_000_000
CODE_KEYS = ("code", "ma", "ma_xa", "MA_XA", "maxa", "id")
GEOMETRY_TYPES = ("Polygon", "MultiPolygon")


@dataclass
class BoundaryProblem(BilingualMessage):
    feature: int | None  # 1-based; None for the file as a whole
    field: str
    vi: str
    en: str

    @property
    def row(self) -> int | None:
        return self.feature

    def __str__(self) -> str:
        where = f"đối tượng {self.feature} / feature {self.feature}, " if self.feature else ""
        return f"{where}{self.field}: {self.vi} / {self.en}"


class BoundaryRejected(ProvindError, ValueError):
    """Nothing was stored: the problems of the boundary file (the first 20 in the message)."""

    code = "rejected"

    def __init__(self, problems: list[BoundaryProblem]) -> None:
        self.problems = problems
        super().__init__("; ".join(p.vi for p in problems[:20]), "; ".join(p.en for p in problems[:20]))

    def text(self) -> str:
        return "; ".join(str(p) for p in self.problems[:20])


# A MultiPolygon's coordinates nest four lists deep (polygons, rings, positions, numbers); a
# deeper array is no geometry, and storing or drawing it would recurse without need.
MAX_DEPTH = 4


def _count_points(coordinates: Any, budget: int) -> int:
    """Positions in a (Multi)Polygon, stopping as soon as the budget is exceeded."""
    count = 0
    stack = [(coordinates, 1)]
    while stack:
        item, depth = stack.pop()
        if not isinstance(item, list) or depth > MAX_DEPTH:
            raise ValueError("coordinates")
        if item and all(isinstance(v, int | float) for v in item):
            if len(item) < 2 or not (-180 <= item[0] <= 180 and -90 <= item[1] <= 90):
                raise ValueError("position")
            count += 1
            if count > budget:
                return count
        else:
            stack.extend((child, depth + 1) for child in item)
    return count


def _feature_code(properties: Any) -> str | None:
    if not isinstance(properties, dict):
        return None
    for key in CODE_KEYS:
        value = properties.get(key)
        if isinstance(value, str | int) and str(value).strip():
            return str(value).strip()
    return None


def parse(data: bytes, *, on: dt.date) -> list[tuple[AdminUnit, dict[str, Any]]]:
    """The (unit, geometry) pairs of a GeoJSON FeatureCollection, or BoundaryRejected."""
    if len(data) > MAX_BYTES:
        raise BoundaryRejected([BoundaryProblem(None, "file", "tệp lớn hơn 20 MB", "the file is larger than 20 MB")])
    try:
        document = json.loads(data.decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise BoundaryRejected(
            [BoundaryProblem(None, "file", f"không phải GeoJSON hợp lệ ({exc})", f"not valid GeoJSON ({exc})")]
        ) from None
    except RecursionError:  # "[[[[…" deeper than the reader follows
        raise BoundaryRejected(
            [
                BoundaryProblem(
                    None, "file", "không phải GeoJSON hợp lệ (lồng nhau quá sâu)", "not valid GeoJSON (nested too deep)"
                )
            ]
        ) from None
    if not isinstance(document, dict) or document.get("type") != "FeatureCollection":
        raise BoundaryRejected(
            [BoundaryProblem(None, "type", "cần một FeatureCollection", "a FeatureCollection is expected")]
        )
    features = document.get("features")
    if not isinstance(features, list) or not features:
        raise BoundaryRejected([BoundaryProblem(None, "features", "không có đối tượng nào", "no features")])
    if len(features) > MAX_FEATURES:
        raise BoundaryRejected(
            [
                BoundaryProblem(
                    None,
                    "features",
                    f"quá {format_vi(MAX_FEATURES)} đối tượng",
                    f"more than {MAX_FEATURES:,} features",
                )
            ]
        )
    codes: list[str | None] = [_feature_code(f.get("properties") if isinstance(f, dict) else None) for f in features]
    units = {u.code: u for u in AdminUnit.objects.valid_on(on).filter(code__in=[c for c in codes if c])}
    problems: list[BoundaryProblem] = []
    pairs: list[tuple[AdminUnit, dict[str, Any]]] = []
    seen: set[str] = set()
    budget = MAX_POINTS
    for number, (feature, code) in enumerate(zip(features, codes, strict=True), start=1):
        if code is None:
            problems.append(
                BoundaryProblem(
                    number,
                    "properties.code",
                    "thiếu mã đơn vị hành chính (code/ma_xa)",
                    "no administrative unit code (code/ma_xa)",
                )
            )
            continue
        unit = units.get(code)
        if unit is None:
            problems.append(
                BoundaryProblem(
                    number,
                    "properties.code",
                    f"không có đơn vị mã {code} vào ngày {on:%d/%m/%Y}",
                    f"no unit with code {code} was valid on {on.isoformat()}",
                )
            )
            continue
        if code in seen:
            problems.append(
                BoundaryProblem(number, "properties.code", f"mã {code} lặp lại", f"code {code} appears twice")
            )
            continue
        seen.add(code)
        geometry = feature.get("geometry") if isinstance(feature, dict) else None
        if not isinstance(geometry, dict) or geometry.get("type") not in GEOMETRY_TYPES:
            problems.append(
                BoundaryProblem(
                    number,
                    "geometry.type",
                    "cần Polygon hoặc MultiPolygon",
                    "a Polygon or MultiPolygon is expected",
                )
            )
            continue
        try:
            used = _count_points(geometry.get("coordinates"), budget)
        except ValueError:
            problems.append(
                BoundaryProblem(
                    number,
                    "geometry.coordinates",
                    "tọa độ không hợp lệ (cần kinh độ, vĩ độ WGS 84)",
                    "invalid coordinates (WGS 84 longitude, latitude expected)",
                )
            )
            continue
        budget -= used
        if budget < 0:
            raise BoundaryRejected(
                [
                    BoundaryProblem(
                        number,
                        "geometry.coordinates",
                        f"tệp có hơn {format_vi(MAX_POINTS)} điểm tọa độ",
                        f"the file has more than {MAX_POINTS:,} positions",
                    )
                ]
            )
        pairs.append((unit, {"type": geometry["type"], "coordinates": geometry["coordinates"]}))
        if len(problems) > 200:
            break
    if problems:
        raise BoundaryRejected(problems)
    return pairs


@transaction.atomic
def store(data: bytes, *, name: str, source: str, user: Any = None, on: dt.date | None = None) -> BoundarySet:
    """Check the whole file, then store every boundary or none."""
    if not source.strip():
        raise BoundaryRejected(
            [BoundaryProblem(None, "source", "ghi rõ nguồn của ranh giới", "say where the boundaries come from")]
        )
    pairs = parse(data, on=on or timezone.localdate())
    boundary_set = BoundarySet.objects.create(
        name=name[:200], source=source.strip()[:500], uploaded_by=user if getattr(user, "pk", None) else None
    )
    Boundary.objects.bulk_create(Boundary(boundary_set=boundary_set, unit=u, geometry=g) for u, g in pairs)
    return boundary_set


def latest_geometries(units: list[AdminUnit]) -> dict[int, dict[str, Any]]:
    """The newest uploaded geometry of each unit that has one."""
    rows = Boundary.objects.filter(unit__in=units).order_by("unit_id", "-boundary_set__created_at", "-boundary_set_id")
    geometries: dict[int, dict[str, Any]] = {}
    for row in rows:
        geometries.setdefault(row.unit_id, row.geometry)
    return geometries
