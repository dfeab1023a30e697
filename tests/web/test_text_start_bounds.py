"""Outside audit 15r: the "Nhập từ văn bản" form checks its short fields before saving the
source: a title, number or address longer than the source register holds, or a publication
date outside the dates the app accepts, is refused on the page with the reason; nothing is saved
(PostgreSQL raised DataError, a 500; SQLite stored it unchecked)."""

import pytest
from django.urls import reverse

from provind.indicators.models import Source

pytestmark = pytest.mark.django_db

TEXT = "Giá trị sản xuất công nghiệp 6 tháng đầu năm 2024 ước đạt 45.000 tỷ đồng."


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("title", "Báo cáo " * 60),
        ("number", "123/BC-SCT " * 12),
        ("url", "https://example.test/" + "a" * 500),
        ("published_on", "0001-01-01"),
    ],
)
def test_a_field_that_does_not_fit_is_refused_and_nothing_saved(client, cast, field, value):
    client.force_login(cast["department_editor"])
    before = Source.objects.count()

    response = client.post(reverse("web:text-start"), {"text": TEXT, "region": "Thái Nguyên", field: value})

    assert response.status_code == 400
    assert Source.objects.count() == before
