"""Outside audit 15r: the value typed on the indicator page's correction form is read the way
every Vietnamese figure is read in Provind ("45.000" is forty-five thousand, "17,6" is 17.6), not
as Python reads it ("45.000" was stored as 45: a wrong figure made current); a value too large
for the store ("1e30") is refused by name instead of a DataError/500 on PostgreSQL."""

from __future__ import annotations

from decimal import Decimal

import pytest

from provind.indicators.models import Observation
from tests.indicators.factories import add

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(("typed", "stored"), [("45.000", "45000"), ("17,6", "17.6"), ("1.234,5", "1234.5")])
def test_a_correction_is_read_with_vietnamese_number_conventions(client, cast, typed, stored):
    wrong = add("export_value", "19", "2024-YTD07", "176", "estimate", "2024-08-05", published=False)
    client.force_login(cast["department_editor"])

    response = client.post(
        f"/figures/{wrong.pk}/correct/", {"value": typed, "reason": "nhập nhầm", "current": wrong.pk}
    )

    assert response.status_code == 302
    corrected = Observation.objects.get(corrects=wrong)
    assert corrected.value == Decimal(stored)


@pytest.mark.parametrize("typed", ["1e30", "1" * 25, "NaN", "abc"])
def test_a_value_that_is_no_usable_number_is_refused(client, cast, typed):
    wrong = add("export_value", "19", "2024-YTD07", "176", "estimate", "2024-08-05", published=False)
    client.force_login(cast["department_editor"])

    response = client.post(
        f"/figures/{wrong.pk}/correct/", {"value": typed, "reason": "nhập nhầm", "current": wrong.pk}
    )

    assert response.status_code == 400
    assert not Observation.objects.filter(corrects=wrong).exists()
