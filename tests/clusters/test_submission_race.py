"""Two filings of the same Form 02 / Form 01 never silently replace each other (issue 10): a
filing names the version it replaces; a stale or duplicate one is refused with what differs.
The race runs two threads, each with its own database connection, on SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt
import threading
from decimal import Decimal
from typing import Any

import pytest
from django.db import connection

from provind.clusters.circular14.submissions import FormStale, submit_form01, submit_form02
from provind.clusters.models import Form01Report, Form02Report, TenantStatus
from provind.clusters.windows import ReportingWindow
from provind.geography.loading import load_units
from provind.geography.models import AdminUnit
from tests.clusters.form_factories import form02_data, make_tenant, reporting_scenario
from tests.conftest import GEOGRAPHY_DIR, make_user

D = Decimal
H1_2024 = ReportingWindow.parse("2024H1")
TODAY = dt.date(2024, 6, 18)


def test_a_filing_based_on_an_old_version_is_refused_with_what_changed(db: None) -> None:
    scenario = reporting_scenario(form02_for_a=False)
    user = make_user("dev", None, is_superuser=True)
    first = submit_form02(cluster=scenario.a, window=H1_2024, data=form02_data(), user=user, today=TODAY, based_on=None)
    assert first.version == 1

    with pytest.raises(FormStale) as stale:  # a second "first" filing: someone filed meanwhile
        submit_form02(
            cluster=scenario.a,
            window=H1_2024,
            data=form02_data(land_leased_ha=D("25")),
            user=user,
            today=TODAY,
            based_on=None,
        )
    fields = {p.field: p for p in stale.value.problems}
    assert "version" in fields
    assert "land_leased_ha" in fields  # the item that differs, both values shown
    assert "20" in fields["land_leased_ha"].vi
    assert "25" in fields["land_leased_ha"].en
    assert "total_investment_bn" not in fields  # equal items are not listed
    assert Form02Report.objects.get(cluster=scenario.a).land_leased_ha == D("20")  # nothing overwritten

    second = submit_form02(
        cluster=scenario.a,
        window=H1_2024,
        data=form02_data(land_leased_ha=D("25")),
        user=user,
        today=TODAY,
        based_on=1,
    )
    assert (second.pk, second.version, second.land_leased_ha) == (first.pk, 2, D("25"))
    with pytest.raises(FormStale):
        submit_form02(cluster=scenario.a, window=H1_2024, data=form02_data(), user=user, today=TODAY, based_on=1)


@pytest.fixture
def units(transactional_db: None) -> None:
    """A transactional test starts from an empty database: load the two provinces' units."""
    if not AdminUnit.objects.exists():
        load_units(GEOGRAPHY_DIR, provinces=frozenset({"19", "06"}))


def _race(calls: list[Any]) -> list[Any]:
    """Run each call in its own thread (own connection), released together; return results or errors."""
    barrier = threading.Barrier(len(calls))
    results: list[Any] = [None] * len(calls)

    def run(i: int) -> None:
        try:
            barrier.wait(timeout=10)
            results[i] = calls[i]()
        except Exception as exc:  # noqa: BLE001 - the outcome is what the test inspects
            results[i] = exc
        finally:
            connection.close()

    threads = [threading.Thread(target=run, args=(i,)) for i in range(len(calls))]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=60)
    return results


def test_two_simultaneous_form02_filings_one_saved_one_refused(units: None) -> None:
    scenario = reporting_scenario(form02_for_a=False)
    user = make_user("dev", None, is_superuser=True)
    leased = [D("20"), D("22")]

    def file(value: Decimal) -> Any:
        return lambda: submit_form02(
            cluster=scenario.a,
            window=H1_2024,
            data=form02_data(land_leased_ha=value),
            user=user,
            today=TODAY,
            based_on=None,
        )

    results = _race([file(v) for v in leased])

    saved = [r for r in results if isinstance(r, Form02Report)]
    refused = [r for r in results if isinstance(r, FormStale)]
    assert len(saved) == 1, results
    assert len(refused) == 1, results
    stored = Form02Report.objects.get(cluster=scenario.a, window="2024H1")
    assert stored.land_leased_ha == saved[0].land_leased_ha
    assert {p.field for p in refused[0].problems} >= {"version", "land_leased_ha"}


def test_two_simultaneous_form01_filings_one_saved_one_refused(units: None) -> None:
    scenario = reporting_scenario(form02_for_a=False)
    tenant = make_tenant(scenario.a, "Công ty Thử nghiệm Đua", "2", TenantStatus.OPERATING)
    user = make_user("dev", None, is_superuser=True)

    def file(workers: int) -> Any:
        data = {"revenue_bn": D("5"), "budget_paid_bn": D("1"), "workers": workers, "average_income_mn": D("8")}
        return lambda: submit_form01(tenant=tenant, window=H1_2024, data=data, user=user, today=TODAY, based_on=None)

    results = _race([file(40), file(41)])

    assert sum(isinstance(r, Form01Report) for r in results) == 1, results
    assert sum(isinstance(r, FormStale) for r in results) == 1, results
    assert Form01Report.objects.filter(tenant=tenant, window="2024H1").count() == 1
