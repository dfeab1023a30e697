"""A figure about old Thái Nguyên is never stored on the merged province (issue 9 item 6)."""

from __future__ import annotations

import pytest

from provind.indicators.models import Observation

pytestmark = pytest.mark.django_db


def test_old_thai_nguyen_output_is_not_the_merged_province_headline(thai_nguyen_data) -> None:  # type: ignore[no-untyped-def]
    merged_2025 = Observation.objects.filter(
        indicator__code="industrial_output_value",
        unit__code="19",
        unit__valid_to__isnull=True,
        period_code="2025",
    )
    assert not merged_2025.filter(value=1133000).exists()
