"""Outside audit 15r: a GeoJSON nested deeper than the JSON reader can follow (a few hundred
kilobytes of "[[[[…") is a refused file naming the reason, not an uncaught RecursionError
(a 500 on the upload page, a traceback from the command line)."""

import pytest

from provind.analysis import boundaries
from provind.analysis.models import BoundarySet

pytestmark = pytest.mark.django_db

DEEP = b'{"type": "FeatureCollection", "features": ' + b"[" * 200_000 + b"]" * 200_000 + b"}"


def test_a_file_nested_too_deep_is_refused():
    with pytest.raises(boundaries.BoundaryRejected) as refused:
        boundaries.store(DEEP, name="sau.geojson", source="thử")

    assert refused.value.problems[0].field == "file"
    assert not BoundarySet.objects.exists()


def test_the_upload_page_answers_with_the_problem(client, cast):
    from django.core.files.uploadedfile import SimpleUploadedFile

    client.force_login(cast["department_editor"])
    response = client.post("/analysis/boundaries/", {"file": SimpleUploadedFile("sau.geojson", DEEP), "source": "thử"})

    assert response.status_code == 200
    assert "GeoJSON" in response.content.decode()
    assert not BoundarySet.objects.exists()


def test_coordinates_nested_deeper_than_a_multipolygon_are_refused():
    from tests.analysis.test_boundaries import ON, _collection

    commune = "05503"
    deep = [[[[[[105.8, 21.5]]]]]]  # six lists: no GeoJSON geometry nests this deep
    data = _collection(
        [{"type": "Feature", "properties": {"code": commune}, "geometry": {"type": "Polygon", "coordinates": deep}}]
    )

    with pytest.raises(boundaries.BoundaryRejected) as refused:
        boundaries.store(data, name="sau.geojson", source="thử", on=ON)

    assert refused.value.problems[0].field == "geometry.coordinates"
