"""Outside audit 15r: Forms 03/04 items 23–25 (revenue, budget, workers of the period) must not
claim to be complete when production projects are known to exist but none of them is due to
file a Form 01 (no tenant recorded): their figures are unknown, not 0."""

from __future__ import annotations

import pytest

from provind.clusters.circular14.summary import compute_form
from provind.clusters.models import EventKind, Form02Report
from provind.clusters.windows import ReportingWindow
from tests.clusters.form_factories import form02_data, make_cluster, unit
from tests.clusters.test_summary_rules import plan

pytestmark = pytest.mark.django_db
Y2024 = ReportingWindow.parse("2024")


def test_period_sums_are_incomplete_when_form02_reports_projects_the_registry_does_not_hold():
    a = make_cluster(
        "ccn-a",
        "CCN a",
        province=unit("19"),
        investor="Công ty TNHH Hạ tầng a",
        events=[(EventKind.OPERATING, None)],
    )
    plan(1, "100", (a, "50"))
    # The investor reports 5 production projects with land; the registry lists none of them,
    # so nobody is asked for a Form 01 and the projects' revenue is simply not known.
    Form02Report.objects.create(cluster=a, window="2024", **form02_data(projects=5, revenue_bn=10))

    result = compute_form(form="04", unit=unit("19"), window=Y2024)

    assert result.item("20").value == 5
    for number in ("23", "24", "25"):
        item = result.item(number)
        assert item.complete is False, number
        assert any("CCN a" in what for what in item.lacking), item.lacking
