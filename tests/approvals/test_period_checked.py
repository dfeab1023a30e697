"""Outside audit 15r: an approval step names its period as the data it locks names it. A period
that is no period (or a Form 03/04 "window" that is no Circular 14 window, or a Form 04 for a
unit that is not a province) is refused, naming the field, and no record is made; a period
written in words is kept under its canonical code, so approving "7 tháng năm 2024" locks the
figures of 2024-YTD07 instead of a record nothing ever looks up."""

from __future__ import annotations

import pytest

from provind.approvals.models import DataSetApproval, DataSetKind
from provind.approvals.services import ApprovalError, move
from provind.geography.models import REFORM_DATE
from provind.geography.queries import resolve_unit

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("kind", "unit_code", "period"),
    [
        (DataSetKind.INDICATORS, "19", "banana"),
        (DataSetKind.INDICATORS, "19", "2024-" + "9" * 40),
        (DataSetKind.FORM04, "19", "2024-07"),
        (DataSetKind.FORM04, "05503", "2025"),  # a commune has Form 03, not Form 04
        (DataSetKind.FORM03, "19", "2025H2"),
    ],
)
def test_a_period_the_data_set_cannot_have_is_refused(cast, kind, unit_code, period):
    unit = resolve_unit(unit_code, REFORM_DATE)

    with pytest.raises(ApprovalError) as refused:
        move("submit", kind=kind, unit=unit, period=period, by=cast["admin"])

    assert refused.value.field == "period"
    assert refused.value.vi
    assert refused.value.en
    assert not DataSetApproval.objects.exists()


def test_a_period_in_words_is_kept_under_its_code(cast):
    unit = resolve_unit("19", REFORM_DATE)

    record = move("submit", kind=DataSetKind.INDICATORS, unit=unit, period="7 tháng năm 2025", by=cast["admin"])
    window = move("submit", kind=DataSetKind.FORM04, unit=unit, period=" 2025h1 ", by=cast["admin"])

    assert record.period == "2025-YTD07"
    assert window.period == "2025H1"
