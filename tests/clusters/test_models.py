import datetime as dt

import pytest

from provind.clusters.models import EventKind
from tests.clusters.factories import add_event, make_cluster, make_investor

pytestmark = pytest.mark.django_db
D = dt.date.fromisoformat


def test_stage_on_is_the_furthest_step_reached_by_the_date():
    cluster = make_cluster(investor=make_investor())
    add_event(cluster, EventKind.IN_PLAN, "2021-01-01")
    add_event(cluster, EventKind.ESTABLISHED, "2023-01-01")
    add_event(cluster, EventKind.AMENDED, "2024-01-01")

    assert cluster.stage_on(D("2020-01-01")) is None
    assert cluster.stage_on(D("2022-01-01")) == EventKind.IN_PLAN
    assert cluster.stage_on(D("2024-06-01")) == EventKind.ESTABLISHED  # amended does not move a stage
    assert cluster.is_established_on(D("2024-06-01"))
    assert cluster.has_investor_on(D("2024-06-01"))


def test_an_undated_event_counts_on_every_date():
    cluster = make_cluster()
    add_event(cluster, EventKind.ESTABLISHED, None)

    assert cluster.is_established_on(D("2000-01-01"))


def test_revocation_ends_the_lifecycle():
    cluster = make_cluster()
    add_event(cluster, EventKind.OPERATING, "2020-01-01")
    add_event(cluster, EventKind.REVOKED, "2024-01-01")

    assert cluster.is_operating_on(D("2023-01-01"))
    assert not cluster.is_operating_on(D("2024-01-02"))
    assert cluster.stage_on(D("2024-01-02")) == EventKind.REVOKED


def test_operating_but_not_established_is_operating_without_establishment():
    cluster = make_cluster()
    add_event(cluster, EventKind.OPERATING_NOT_ESTABLISHED, "2015-01-01")

    assert cluster.stage_on(D("2020-01-01")) == EventKind.OPERATING
    assert cluster.is_operating_on(D("2020-01-01"))
    assert not cluster.is_established_on(D("2020-01-01"))


def test_scope_unit_prefers_the_current_commune():
    cluster = make_cluster(commune="05941")

    assert cluster.scope_unit.name == "Xã Điềm Thụy"
    assert make_cluster("khac", "CCN khác (synthetic)").scope_unit.code == "19"
