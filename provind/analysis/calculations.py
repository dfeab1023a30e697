"""Measures over the built inputs, as plain data the API, the CLI, the page and the XLSX share.

One function per question; each returns a dict that is already the API's JSON, so the four
interfaces cannot drift apart.
"""

from __future__ import annotations

from typing import Any

from provind.analysis import measures
from provind.analysis.places import Inputs

MEASURES = ("theil", "gini", "williamson", "all")


def _place(inputs: Inputs, index: int) -> dict[str, Any]:
    place = inputs.places[index]
    source = place.observation.source if place.observation is not None else None
    row: dict[str, Any] = {
        "unit": place.unit.code,
        "name": place.unit.name,
        "group": place.group,
        "value": place.value,
        "weight": place.weight,
        "raw_value": float(place.raw_value) if place.raw_value is not None else None,
        "approximate": place.approximate,
        "latitude": place.unit.latitude,
        "longitude": place.unit.longitude,
        "source": (
            {"title": source.title, "url": source.url if source.url.startswith(("http://", "https://")) else ""}
            if source is not None
            else None
        ),
    }
    return row


def describe(inputs: Inputs) -> dict[str, Any]:
    """What every answer carries: the question, the inputs, what is missing, the caveats."""
    return {
        "indicator": inputs.indicator.code,
        "indicator_name_vi": inputs.indicator.name_vi,
        "indicator_name_en": inputs.indicator.name_en,
        "period": inputs.period.code,
        "period_label_vi": inputs.period.label("vi"),
        "period_label_en": inputs.period.label("en"),
        "unit": inputs.area.code,
        "unit_name": inputs.area.name,
        "level": inputs.level,
        "groups": inputs.grouping,
        "map": inputs.map,
        "per": inputs.per,
        "synthetic": inputs.synthetic,
        "complete": inputs.complete,
        "coverage_vi": inputs.coverage("vi"),
        "coverage_en": inputs.coverage("en"),
        "group_labels": {key: {"vi": vi, "en": en} for key, (vi, en) in inputs.group_labels.items()},
        "inputs": [_place(inputs, i) for i in range(len(inputs.places))],
        "missing": [{"unit": u.code, "name": u.name} for u in inputs.missing],
        "caveats": [{"code": c.code, "message_vi": c.vi, "message_en": c.en} for c in inputs.caveats],
    }


def inequality(inputs: Inputs, measure: str = "theil") -> dict[str, Any]:
    """Theil T (with its between/within split over the groups), Gini and Williamson."""
    if measure not in MEASURES:
        raise measures.MeasureError(
            f"không có thước đo “{measure}”; chọn {', '.join(MEASURES)}",
            f"unknown measure “{measure}”; use {', '.join(MEASURES)}",
        )
    values = [p.value for p in inputs.places]
    result = describe(inputs)
    if measure in ("theil", "all"):
        theil = measures.theil(values, [p.group for p in inputs.places])
        result["theil"] = {
            "total": theil.total,
            "between": theil.between,
            "within": theil.within,
            "between_share": theil.between_share,
            "places_per_group": theil.groups,
        }
        result["group_list"] = [
            {
                "key": key,
                "label_vi": inputs.group_labels.get(key, (key, key))[0],
                "label_en": inputs.group_labels.get(key, (key, key))[1],
                "places": count,
            }
            for key, count in sorted(theil.groups.items())
        ]
    if measure in ("gini", "all"):
        result["gini"] = measures.gini(values)
    if measure in ("williamson", "all"):
        weights = [p.weight for p in inputs.places]
        if all(w is not None for w in weights):
            result["williamson"] = measures.williamson(values, [w for w in weights if w is not None])
            result["williamson_weights"] = "area_km2"
        else:
            result["williamson"] = measures.williamson(values, [1.0] * len(values))
            result["williamson_weights"] = "equal"
    return result


def moran(inputs: Inputs, *, k: int = 6, permutations: int = 999, seed: int = 12345) -> dict[str, Any]:
    """Global Moran's I and LISA clusters over k-nearest-neighbour weights from centroids."""
    located = [i for i, p in enumerate(inputs.places) if p.coordinates is not None]
    if len(located) < len(inputs.places):
        inputs.add_caveat(
            "no_centroid",
            "Một số đơn vị không có tọa độ trung tâm: đã loại khỏi phép tính không gian.",
            "Some places have no centroid: they are left out of the spatial statistics.",
        )
    values = [inputs.places[i].value for i in located]
    coordinates = [c for i in located if (c := inputs.places[i].coordinates) is not None]
    global_, local = measures.moran(values, coordinates, k=k, permutations=permutations, seed=seed)
    result = describe(inputs)
    result["moran"] = {
        "i": global_.i,
        "expected": global_.expected,
        "z": global_.z,
        "p_value": global_.p_value,
        "permutations": global_.permutations,
        "k": global_.k,
        "weights": f"k-nearest neighbours (k={k}), great-circle distance between centroids, row-standardised",
    }
    result["lisa"] = [
        {
            "unit": inputs.places[located[spot.index]].unit.code,
            "name": inputs.places[located[spot.index]].unit.name,
            "value": values[spot.index],
            "local_i": spot.local_i,
            "p_value": spot.p_value,
            "quadrant": spot.quadrant,
            "significant": spot.significant,
        }
        for spot in local
    ]
    return result
