"""Uploaded GeoJSON boundaries: checked against unit codes, stored all or nothing, bounded."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from provind.analysis import boundaries
from provind.analysis.models import Boundary, BoundarySet
from provind.geography.models import AdminUnit

ON = dt.date(2025, 7, 1)


def _square(lon: float, lat: float, size: float = 0.01) -> dict:
    ring = [[lon, lat], [lon + size, lat], [lon + size, lat + size], [lon, lat + size], [lon, lat]]
    return {"type": "Polygon", "coordinates": [ring]}


def _collection(features: list[dict]) -> bytes:
    return json.dumps({"type": "FeatureCollection", "features": features}).encode()


@pytest.fixture
def two_communes(db):
    province = AdminUnit.objects.valid_on(ON).get(code="19")
    return list(AdminUnit.objects.valid_on(ON).filter(parent=province).order_by("code")[:2])


def test_it_stores_every_boundary_of_a_valid_file(two_communes):
    data = _collection(
        [{"type": "Feature", "properties": {"ma_xa": u.code}, "geometry": _square(105.8, 21.5)} for u in two_communes]
    )

    stored = boundaries.store(data, name="xa.geojson", source="Sở TN&MT, thử nghiệm", on=ON)

    assert stored.boundaries.count() == 2
    assert set(boundaries.latest_geometries(two_communes)) == {u.pk for u in two_communes}


def test_a_later_upload_is_drawn_and_the_earlier_kept(two_communes):
    first = _collection(
        [{"type": "Feature", "properties": {"code": two_communes[0].code}, "geometry": _square(105.8, 21.5)}]
    )
    second = _collection(
        [{"type": "Feature", "properties": {"code": two_communes[0].code}, "geometry": _square(106.0, 21.7)}]
    )
    boundaries.store(first, name="a", source="s", on=ON)
    boundaries.store(second, name="b", source="s", on=ON)

    drawn = boundaries.latest_geometries(two_communes[:1])[two_communes[0].pk]

    assert drawn["coordinates"][0][0] == [106.0, 21.7]
    assert BoundarySet.objects.count() == 2
    assert Boundary.objects.count() == 2


@pytest.mark.parametrize(
    ("feature", "field", "english"),
    [
        ({"properties": {}, "geometry": _square(105, 21)}, "properties.code", "no administrative unit code"),
        ({"properties": {"code": "99999"}, "geometry": _square(105, 21)}, "properties.code", "no unit with code"),
        (
            {"properties": {"code": "FIRST"}, "geometry": {"type": "Point", "coordinates": [105, 21]}},
            "geometry.type",
            "Polygon",
        ),
        (
            {"properties": {"code": "FIRST"}, "geometry": {"type": "Polygon", "coordinates": [[[500, 21]]]}},
            "geometry.coordinates",
            "invalid coordinates",
        ),
    ],
)
def test_it_refuses_a_file_with_a_bad_feature_and_stores_nothing(two_communes, feature, field, english):
    good = {"type": "Feature", "properties": {"code": two_communes[1].code}, "geometry": _square(105, 21)}
    props = feature["properties"]
    if props.get("code") == "FIRST":
        props = {"code": two_communes[0].code}
    bad = {"type": "Feature", "properties": props, "geometry": feature["geometry"]}

    with pytest.raises(boundaries.BoundaryRejected) as caught:
        boundaries.store(_collection([good, bad]), name="x", source="s", on=ON)

    problem = caught.value.problems[0]
    assert (problem.feature, problem.field) == (2, field)
    assert english in problem.en
    assert problem.vi
    assert not Boundary.objects.exists()
    assert not BoundarySet.objects.exists()


@pytest.mark.parametrize(
    ("data", "english"),
    [
        (b"\xff\xfe not json", "not valid GeoJSON"),
        (b'{"type": "Feature"}', "FeatureCollection"),
        (b'{"type": "FeatureCollection", "features": []}', "no features"),
    ],
)
def test_it_refuses_what_is_not_a_feature_collection(db, data, english):
    with pytest.raises(boundaries.BoundaryRejected) as caught:
        boundaries.parse(data, on=ON)
    assert english in caught.value.problems[0].en


def test_it_bounds_the_number_of_positions(two_communes, monkeypatch):
    monkeypatch.setattr(boundaries, "MAX_POINTS", 9)
    data = _collection(
        [{"type": "Feature", "properties": {"code": u.code}, "geometry": _square(105, 21)} for u in two_communes]
    )

    with pytest.raises(boundaries.BoundaryRejected) as caught:
        boundaries.parse(data, on=ON)

    assert "more than 9 positions" in caught.value.problems[0].en


def test_it_needs_a_source(two_communes):
    data = _collection(
        [{"type": "Feature", "properties": {"code": two_communes[0].code}, "geometry": _square(105, 21)}]
    )
    with pytest.raises(boundaries.BoundaryRejected) as caught:
        boundaries.store(data, name="x", source="  ", on=ON)
    assert caught.value.problems[0].field == "source"
