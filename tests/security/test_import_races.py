"""Two commits of the same import at the same moment: both answer, the figures are stored once."""

from __future__ import annotations

import threading

import pytest
from django.conf import settings
from django.db import connection, connections

from provind.geography.loading import load_units
from provind.geography.models import AdminUnit
from provind.indicators.imports import import_observations
from provind.indicators.loading import load_catalogue
from provind.indicators.models import Indicator, Observation
from tests.indicators.test_imports import row, xlsx


@pytest.mark.django_db(transaction=True)
def test_two_simultaneous_commits_store_the_figures_once() -> None:
    if connection.vendor == "sqlite":
        # The in-memory test database shares one cache between threads and reports "table is
        # locked" instead of waiting; the file database the app uses serialises IMMEDIATE
        # transactions. The race is exercised on PostgreSQL.
        pytest.skip("needs a server database for two concurrent connections")
    if not AdminUnit.objects.exists():
        load_units(settings.DATA_DIR / "geography")
    if not Indicator.objects.exists():
        load_catalogue(settings.DATA_DIR / "indicators" / "catalogue.csv")
    table = xlsx([row(period=f"2024-{m:02d}", value=100 + m) for m in range(1, 13)])
    barrier = threading.Barrier(2)
    outcomes: list[object] = []

    def commit() -> None:
        try:
            barrier.wait()
            outcomes.append(import_observations(table))
        except Exception as exc:  # recorded: the test fails on it below
            outcomes.append(exc)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=commit) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert not [o for o in outcomes if isinstance(o, Exception)], outcomes
    assert sorted(o.created for o in outcomes) == [0, 12]  # type: ignore[attr-defined]
    assert sorted(o.unchanged for o in outcomes) == [0, 12]  # type: ignore[attr-defined]
    assert Observation.objects.count() == 12
