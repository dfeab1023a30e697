import dataclasses
import datetime as dt
from decimal import Decimal

import pytest
from django.core.exceptions import ImproperlyConfigured

from provind.calendars import DayBasis
from provind.clusters import rules
from provind.clusters.models import Wastewater
from tests.clusters.factories import add_tenant, make_cluster

pytestmark = pytest.mark.django_db
D = dt.date.fromisoformat


# --- size (Art. 2.1, 35.1) ---


@pytest.mark.parametrize(
    ("area", "flags", "status"),
    [
        ("44", {}, "pass"),
        ("75", {}, "pass"),
        ("8", {"is_mountainous": False}, "fail"),
        ("8", {}, "unknown"),  # mountainous or not is not known: 5 ha or 10 ha decides
        ("12", {}, "pass"),
        ("4", {}, "fail"),
        ("80", {}, "fail"),
        ("8", {"is_mountainous": True}, "pass"),
        ("4", {"is_craft_village": True}, "fail"),
        ("8", {"is_legacy": True}, "warning"),
        ("120", {"is_legacy": True}, "warning"),
    ],
)
def test_size_limits(area, flags, status):
    cluster = make_cluster(established_area_ha=area, **flags)

    result = rules.check_size(cluster)

    assert result.status == status
    assert result.inputs["area_ha"] == Decimal(area)
    assert "Điều 2" in result.legal_basis.vi or "Điều 35" in result.legal_basis.vi
    assert result.message_vi
    assert result.message_en


def test_a_legacy_cluster_gets_a_warning_not_a_failure():
    result = rules.check_size(make_cluster(established_area_ha="120", is_legacy=True))

    assert result.passed is True
    assert result.warning
    assert "Art. 35.1" in result.legal_basis.en


def test_size_is_unknown_without_an_area():
    result = rules.check_size(make_cluster())

    assert result.passed is None
    assert result.status == "unknown"
    assert "not known" in result.message_en


def test_thresholds_are_configurable_by_argument_and_by_setting(settings):
    cluster = make_cluster(established_area_ha="90")
    amended = dataclasses.replace(rules.default_rules(), max_area_ha=Decimal(100))

    assert rules.check_size(cluster).passed is False
    assert rules.check_size(cluster, rules=amended).passed is True

    settings.PROVIND_DECREE32_RULES = {
        "max_area_ha": "100",
        "legal_basis": {"size": {"vi": "Nghị định sửa đổi (thử)", "en": "Amended decree (test)"}},
    }
    result = rules.check_size(cluster)
    assert result.passed is True
    assert result.legal_basis.en == "Amended decree (test)"
    assert result.inputs["max_area_ha"] == Decimal(100)


def test_an_unknown_setting_is_refused(settings):
    settings.PROVIND_DECREE32_RULES = {"max_area": 100}

    with pytest.raises(ImproperlyConfigured, match="unknown rule"):
        rules.default_rules()


# --- expansion (Art. 8.2) ---


def _ready_cluster(leased="15", code="ccn-mo-rong"):
    cluster = make_cluster(
        code, f"CCN {code} (synthetic)", established_area_ha="40", industrial_land_ha="20", wastewater=Wastewater.BUILT
    )
    add_tenant(cluster, leased)
    return cluster


def test_expansion_passes_when_every_condition_holds():
    result = rules.check_expansion(_ready_cluster(), Decimal(60), roads_in_use=True, water_supply_in_use=True)

    assert result.passed is True
    assert result.inputs["occupancy_pct"] == Decimal(75)
    assert [p.status for p in result.parts] == ["pass", "pass", "pass"]


def test_expansion_fails_above_75_ha_or_below_60_percent():
    too_big = rules.check_expansion(_ready_cluster(code="a"), Decimal(80), roads_in_use=True, water_supply_in_use=True)
    too_empty = rules.check_expansion(
        _ready_cluster("10", "b"), Decimal(60), demand_exceeds_land=False, roads_in_use=True, water_supply_in_use=True
    )
    no_plant = rules.check_expansion(
        _ready_cluster(code="c"), Decimal(60), roads_in_use=True, water_supply_in_use=True, wastewater_in_use=False
    )

    assert too_big.passed is False
    assert too_big.parts[0].passed is False
    assert too_empty.passed is False
    assert too_empty.parts[1].passed is False
    assert no_plant.passed is False
    assert no_plant.parts[2].passed is False
    # below 60% without a word on demand, the occupancy condition is undecided, not failed
    undecided = rules.check_expansion(
        _ready_cluster("10", "d"), Decimal(60), roads_in_use=True, water_supply_in_use=True
    )
    assert undecided.parts[1].passed is None


def test_expansion_demand_can_replace_occupancy():
    result = rules.check_expansion(
        _ready_cluster("10"), Decimal(60), demand_exceeds_land=True, roads_in_use=True, water_supply_in_use=True
    )

    assert result.passed is True


def test_expansion_is_unknown_when_the_infrastructure_is_not_recorded():
    result = rules.check_expansion(_ready_cluster(), Decimal(60))

    assert result.passed is None
    assert "chưa rõ" in result.message_vi


# --- new cluster (Art. 8.1c) ---


def _scope_cluster(code, land, leased):
    cluster = make_cluster(code, f"CCN {code} (synthetic)", industrial_land_ha=land)
    add_tenant(cluster, leased)
    return cluster


def test_new_cluster_passes_on_average_occupancy_above_50():
    result = rules.check_new_cluster([_scope_cluster("a", "100", "60"), _scope_cluster("b", "100", "50")])

    assert result.passed is True
    assert result.inputs["average_occupancy_pct"] == Decimal(55)


def test_new_cluster_passes_on_little_unleased_land_and_fails_otherwise():
    little = rules.check_new_cluster([_scope_cluster("a", "60", "10")])  # 16.7%, 50 ha unleased
    much = rules.check_new_cluster([_scope_cluster("b", "150", "30"), _scope_cluster("c", "50", "25")])
    exactly_50 = rules.check_new_cluster([_scope_cluster("d", "300", "150")])  # not "above" 50%, 150 ha free

    assert little.passed is True
    assert much.passed is False
    assert exactly_50.passed is False


def test_new_cluster_is_unknown_with_missing_land_data_and_trivially_true_without_clusters():
    unknown = rules.check_new_cluster([_scope_cluster("a", "60", "10"), make_cluster("x", "CCN x (synthetic)")])

    assert unknown.passed is None
    assert unknown.inputs["land_unknown_for"] == ["x"]
    assert rules.check_new_cluster([]).passed is True


# --- clocks (Art. 10) ---


def test_appraisal_is_25_calendar_days_rolled_past_the_april_holidays():
    # 5/4/2025 + 25 days = Wed 30/4 (Reunification Day); 1/5, the swapped 2/5 and the weekend are off
    assert rules.appraisal_deadline(D("2025-04-05")) == D("2025-05-05")


def test_appraisal_excludes_the_time_spent_completing_the_file():
    # 3/3/2025 + 25 + 10 days = Mon 7/4/2025, Hùng Kings' day (10/3 lunar): the period ends on 8/4
    assert rules.appraisal_deadline(D("2025-03-03"), paused_days=10) == D("2025-04-08")


def test_decision_is_7_working_days_across_tet_2025():
    # Fri 24/1/2025; Tết 2025 closes 27–31/1: the working days are 3, 4, 5, 6, 7, 10, 11 February
    assert rules.decision_deadline(D("2025-01-24")) == D("2025-02-11")


def test_decision_is_7_working_days_across_national_day_2025():
    # Thu 28/8/2025: Fri 29/8, then 1 and 2/9 are off
    assert rules.decision_deadline(D("2025-08-28")) == D("2025-09-10")


def test_the_day_basis_is_configurable():
    working = dataclasses.replace(rules.default_rules(), appraisal_basis=DayBasis.WORKING)

    assert rules.appraisal_deadline(D("2025-04-05"), rules=working) > rules.appraisal_deadline(D("2025-04-05"))


def test_the_article_10_clock_chains_its_steps_across_holidays():
    steps = rules.establishment_clock(D("2025-04-24"))

    by_key = {s.key: s for s in steps}
    # 5 working days from Thu 24/4/2025: Fri 25, the swapped working Saturday 26/4, Mon 28, Tue 29, Mon 5/5
    assert by_key["announcement"].deadline == D("2025-05-05")
    assert any("Chiến thắng" in h for h in by_key["announcement"].holidays)
    assert by_key["proposals"].deadline == D("2025-05-20")  # 15 calendar days
    assert by_key["dossier"].deadline == D("2025-05-27")  # 5 working days
    assert by_key["appraisal"].deadline == D("2025-06-23")  # 25 days → Sun 21/6 → Mon 23/6
    assert by_key["decision"].deadline == D("2025-07-02")  # 7 working days
    assert by_key["decision"].legal_basis.en.startswith("Decree 32/2024/NĐ-CP, Art. 10.4")


def test_actual_dates_restart_the_clock_and_show_overdue_steps():
    steps = rules.establishment_clock(D("2025-03-03"), announced_on=D("2025-03-12"))

    assert steps[0].overdue is True  # due 10/3
    assert steps[1].start == D("2025-03-12")


def test_unknown_mountainous_is_never_read_as_no():
    cluster = make_cluster(established_area_ha="8")
    assert cluster.is_mountainous is None

    result = rules.check_size(cluster)

    assert result.status == "unknown"
    assert "miền núi" in result.message_vi
    assert "mountainous" in result.message_en


@pytest.mark.parametrize(
    ("established", "legacy", "status"),
    [
        ("2016-05-01", False, "warning"),  # undersize, established before Decree 68/2017 (15/7/2017): exempt
        ("2017-07-15", False, "fail"),  # on the day it took effect: not exempt
        ("2020-01-01", False, "fail"),
        (None, True, "warning"),  # formed before QĐ 105/2009, so before 2017 too
    ],
)
def test_undersize_exemption_is_tied_to_decree_68_2017(established, legacy, status):
    from provind.clusters.models import ClusterEvent, EventKind

    cluster = make_cluster(established_area_ha="8", is_mountainous=False, is_legacy=legacy)
    ClusterEvent.objects.create(
        cluster=cluster, kind=EventKind.ESTABLISHED, date=D(established) if established else None
    )

    result = rules.check_size(cluster)

    assert result.status == status
    if status == "warning":
        assert "68/2017" in result.message_vi or "105/2009" in result.message_vi


def test_oversize_exemption_needs_qd_105_2009_not_decree_68():
    from provind.clusters.models import ClusterEvent, EventKind

    cluster = make_cluster(established_area_ha="90", is_mountainous=False)
    ClusterEvent.objects.create(cluster=cluster, kind=EventKind.ESTABLISHED, date=D("2012-01-01"))

    assert rules.check_size(cluster).status == "fail"  # before 2017 but after QĐ 105/2009
