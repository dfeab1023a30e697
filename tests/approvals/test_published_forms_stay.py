"""Outside audit 15r: once the Department has approved (or published) a window's Form 04 or a
Form 03, the Forms 01/02 it sums are locked for that window too (DHIS2: approving a level locks
what lies below it). Otherwise an investor's late filing quietly changes the numbers of a form
the Director has already signed and published, while it still reads "published"."""

from __future__ import annotations

import datetime as dt

import pytest

from provind.approvals.models import DataSetKind
from provind.approvals.services import move
from provind.clusters.circular14.submissions import FormRejected, submit_form01, submit_form02
from provind.clusters.circular14.summary import compute_form
from provind.clusters.models import Form01Report, Form02Report
from provind.clusters.windows import ReportingWindow
from tests.clusters.form_factories import form02_data, reporting_scenario, unit
from tests.clusters.test_circular14 import investor_of

H1_2024 = ReportingWindow.parse("2024H1")
TODAY = dt.date(2024, 6, 18)
pytestmark = pytest.mark.django_db


def _approve(kind: str, where, *, publish: bool = False) -> None:  # type: ignore[no-untyped-def]
    for step in ("submit", "approve", *(["publish"] if publish else [])):
        move(step, kind=kind, unit=where, period=H1_2024.code, by=None)


@pytest.mark.parametrize("publish", [False, True])
def test_a_form02_filing_into_a_window_whose_form04_is_approved_is_refused(publish):
    scenario = reporting_scenario(form02_for_a=False)
    signed = compute_form(form="04", unit=scenario.province, window=H1_2024).values
    _approve(DataSetKind.FORM04, scenario.province, publish=publish)

    with pytest.raises(FormRejected) as refused:
        submit_form02(cluster=scenario.a, window=H1_2024, data=form02_data(), user=investor_of(scenario.a), today=TODAY)

    assert refused.value.problems[0].field == "window"
    assert "Biểu 04" in refused.value.problems[0].vi
    assert "Form 04" in refused.value.problems[0].en
    assert Form02Report.objects.filter(cluster=scenario.a).count() == 0
    assert compute_form(form="04", unit=scenario.province, window=H1_2024).values == signed


def test_a_form01_filing_into_a_window_whose_form03_is_approved_is_refused():
    scenario = reporting_scenario()
    commune = unit("05503")  # cluster A's commune
    _approve(DataSetKind.FORM03, commune)
    tenant = scenario.a.tenants.order_by("enterprise").first()
    assert tenant is not None
    before = Form01Report.objects.count()

    with pytest.raises(FormRejected) as refused:
        submit_form01(
            tenant=tenant,
            window=H1_2024,
            data={"revenue_bn": "5", "budget_paid_bn": "1", "workers": "10", "average_income_mn": "7"},
            user=investor_of(scenario.a),
            today=TODAY,
        )

    assert refused.value.problems[0].field == "window"
    assert Form01Report.objects.count() == before


def test_a_form04_of_another_province_does_not_lock_the_window():
    scenario = reporting_scenario(form02_for_a=False)
    _approve(DataSetKind.FORM04, unit("06"))  # old Bắc Kạn

    submit_form02(cluster=scenario.a, window=H1_2024, data=form02_data(), user=investor_of(scenario.a), today=TODAY)

    assert Form02Report.objects.filter(cluster=scenario.a).count() == 1
