"""An approved window of a cluster's Forms 01/02 takes no filing; un-approved, it does again."""

from __future__ import annotations

import datetime as dt

import pytest

from provind.approvals.models import DataSetKind
from provind.approvals.services import move
from provind.clusters.circular14 import FormRejected, submit_form02
from provind.clusters.models import Form02Report
from provind.clusters.windows import ReportingWindow
from tests.clusters.form_factories import form02_data, reporting_scenario
from tests.clusters.test_circular14 import investor_of

H1_2024 = ReportingWindow.parse("2024H1")
TODAY = dt.date(2024, 6, 18)


@pytest.mark.django_db
def test_an_approved_form02_window_refuses_a_filing(cast) -> None:
    scenario = reporting_scenario(form02_for_a=False)
    cluster = scenario.a
    user = investor_of(cluster)
    unit = cluster.scope_unit
    for action in ("submit", "approve"):
        move(action, kind=DataSetKind.FORM02, unit=unit, cluster=cluster, period="2024H1", by=cast["admin"])

    with pytest.raises(FormRejected) as caught:
        submit_form02(cluster=cluster, window=H1_2024, data=form02_data(), user=user, today=TODAY)
    assert caught.value.problems[0].field == "window"
    assert "đã duyệt" in caught.value.problems[0].vi
    assert Form02Report.objects.count() == 0

    move(
        "unapprove",
        kind=DataSetKind.FORM02,
        unit=unit,
        cluster=cluster,
        period="2024H1",
        by=cast["admin"],
        reason="nhà đầu tư báo sai diện tích",
    )
    submit_form02(cluster=cluster, window=H1_2024, data=form02_data(), user=user, today=TODAY)
    assert Form02Report.objects.count() == 1
