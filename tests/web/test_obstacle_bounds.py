"""Outside audit 15r: the obstacle form on a project page refuses days to respond beyond ten
years and dates outside the accepted range with a 400 naming the reason, and records nothing:
40000 working days ran the calendar past its end (an uncaught error, a 500), and an explicit
deadline with 40000 days overflowed the stored small integer on PostgreSQL."""

import pytest

from provind.projects.models import Obstacle
from tests.projects.factories import make_agency, make_project

pytestmark = pytest.mark.django_db

GOOD = {
    "description": "Vướng đất rừng phòng hộ (thử)",
    "category": "land",
    "raised_on": "2025-04-25",
    "deadline_basis": "working",
}


@pytest.mark.parametrize(
    "fields",
    [
        {"response_days": "40000"},
        {"response_days": "40000", "deadline": "2025-05-30"},
        {"raised_on": "9999-01-01"},
        {"raised_on": "0001-01-01", "response_days": "3"},
        {"deadline": "9999-12-31"},
    ],
)
def test_an_obstacle_out_of_bounds_is_refused_and_nothing_recorded(client, cast, fields):
    project = make_project(unit_codes=("05503",))
    agency = make_agency()
    client.force_login(cast["commune_officer"])

    response = client.post(f"/projects/{project.code}/obstacles/new/", {**GOOD, "agency": agency.pk, **fields})

    assert response.status_code == 400
    assert not Obstacle.objects.exists()
