"""Decree 32 checks and clocks, in detail (issue 9: each rule and each message a page shows has a
test that fails when it changes). Synthetic clusters only."""

import dataclasses
import datetime as dt
from decimal import Decimal

import pytest
from django.core.exceptions import ImproperlyConfigured

from provind.calendars import DayBasis
from provind.clusters import rules
from provind.clusters.models import ClusterEvent, EventKind, Wastewater
from tests.clusters.factories import add_tenant, list_in_plan, make_cluster, make_plan

pytestmark = pytest.mark.django_db
D = dt.date.fromisoformat


# --- rules from the setting ------------------------------------------------------------------


def test_rules_from_converts_each_kind_of_value():
    amended = rules.rules_from(
        {
            "max_area_ha": "80.5",
            "min_area_ha": 12,
            "appraisal_days": "30",
            "appraisal_basis": "working",
            "legal_basis": {
                "size": {"vi": "Sửa đổi (thử)", "en": "Amended (test)"},
                "decision": rules.LegalBasis("Quyết định (thử)", "Decision (test)"),
            },
        }
    )

    assert amended.max_area_ha == Decimal("80.5")
    assert amended.min_area_ha == Decimal(12)
    assert amended.appraisal_days == 30
    assert isinstance(amended.appraisal_days, int)
    assert amended.appraisal_basis is DayBasis.WORKING
    assert amended.basis("size") == rules.LegalBasis("Sửa đổi (thử)", "Amended (test)")
    assert amended.basis("decision").en == "Decision (test)"
    assert amended.basis("legacy") == rules.DEFAULT_LEGAL_BASIS["legacy"]  # the others stay
    assert amended.min_area_mountain_ha == Decimal(5)  # untouched fields keep the decree's values
    assert str(amended.basis("size")) == "Sửa đổi (thử)"


def test_an_unknown_rule_is_named_with_the_known_ones():
    with pytest.raises(ImproperlyConfigured) as refused:
        rules.rules_from({"max_area": 1})

    assert "PROVIND_DECREE32_RULES: unknown rule 'max_area' (known: min_area_ha, min_area_mountain_ha" in str(
        refused.value
    )


def test_a_rule_missing_from_a_custom_mapping_falls_back_to_the_decree():
    custom = dataclasses.replace(rules.default_rules(), legal_basis={})

    assert custom.basis("size") == rules.DEFAULT_LEGAL_BASIS["size"]


def test_the_decree_defaults():
    r = rules.Decree32Rules()

    assert (r.min_area_ha, r.min_area_mountain_ha, r.max_area_ha) == (10, 5, 75)
    assert (r.expansion_max_total_ha, r.expansion_min_occupancy_pct) == (75, 60)
    assert (r.new_cluster_min_average_occupancy_pct, r.new_cluster_max_unleased_ha) == (50, 100)
    assert (r.announcement_days, r.proposals_days, r.dossier_days, r.appraisal_days, r.decision_days) == (
        5,
        15,
        5,
        25,
        7,
    )
    assert (r.announcement_basis, r.proposals_basis, r.dossier_basis, r.appraisal_basis, r.decision_basis) == (
        DayBasis.WORKING,
        DayBasis.CALENDAR,
        DayBasis.WORKING,
        DayBasis.CALENDAR,
        DayBasis.WORKING,
    )


# --- size ------------------------------------------------------------------------------------


def test_size_messages_name_the_area_and_the_limits():
    within = rules.check_size(make_cluster("a", "CCN A (synthetic)", established_area_ha="44.50", is_mountainous=False))
    outside = rules.check_size(make_cluster("b", "CCN B (synthetic)", established_area_ha="80", is_mountainous=False))
    unknown = rules.check_size(make_cluster("c", "CCN C (synthetic)"))
    mountain = rules.check_size(make_cluster("d", "CCN D (synthetic)", established_area_ha="6", is_mountainous=True))

    assert (within.rule, within.passed, within.warning) == ("size", True, False)
    assert within.message_vi == "Diện tích 44.5 ha nằm trong quy mô cho phép 10–75 ha."
    assert within.message_en == "The area of 44.5 ha is within the allowed 10–75 ha."
    assert outside.message_vi == "Diện tích 80 ha ngoài quy mô cho phép 10–75 ha."
    assert outside.message_en == "The area of 80 ha is outside the allowed 10–75 ha."
    assert outside.legal_basis == rules.DEFAULT_LEGAL_BASIS["size"]
    assert unknown.message_vi == "Chưa biết diện tích của cụm CCN C (synthetic); quy mô cho phép 5 hoặc 10–75 ha."
    assert unknown.message_en == "The area of CCN C (synthetic) is not known; the allowed size is 5 or 10–75 ha."
    assert unknown.inputs == {
        "area_ha": None,
        "min_area_ha": None,
        "max_area_ha": Decimal(75),
        "is_mountainous": None,
        "is_craft_village": False,
        "is_legacy": False,
    }
    assert mountain.message_en == "The area of 6 ha is within the allowed 5–75 ha."
    assert mountain.inputs["min_area_ha"] == Decimal(5)


def test_a_craft_village_cluster_uses_the_lower_minimum_even_outside_the_mountains():
    result = rules.check_size(make_cluster(established_area_ha="6", is_mountainous=False, is_craft_village=True))

    assert result.passed is True
    assert result.inputs["min_area_ha"] == Decimal(5)


def test_size_with_unknown_mountain_status_above_the_higher_minimum_passes():
    assert rules.check_size(make_cluster(established_area_ha="10")).status == "pass"
    assert rules.check_size(make_cluster("b", "B (synthetic)", established_area_ha="5")).status == "unknown"
    assert rules.check_size(make_cluster("c", "C (synthetic)", established_area_ha="4.9")).status == "fail"
    assert rules.check_size(make_cluster("e", "E (synthetic)", established_area_ha="75.1")).status == "fail"


def test_the_unknown_mountain_message_asks_for_the_record():
    result = rules.check_size(make_cluster(established_area_ha="8"))

    assert result.message_vi == (
        "Diện tích 8 ha: chưa biết cụm có ở địa bàn miền núi không (tối thiểu 5 ha hay 10 ha); cần ghi rõ trong sổ."
    )
    assert result.message_en.startswith("Area 8 ha: whether the cluster is in a mountainous area")
    assert result.legal_basis == rules.DEFAULT_LEGAL_BASIS["size"]


def test_the_exemption_messages_name_their_basis():
    over = rules.check_size(make_cluster("a", "A (synthetic)", established_area_ha="120", is_legacy=True))
    small = make_cluster("b", "B (synthetic)", established_area_ha="8", is_mountainous=False)
    ClusterEvent.objects.create(cluster=small, kind=EventKind.ESTABLISHED, date=D("2016-05-01"))
    under = rules.check_size(small)

    assert over.legal_basis == rules.DEFAULT_LEGAL_BASIS["legacy"]
    assert over.message_vi.startswith("Diện tích 120 ha lớn hơn 75 ha, nhưng cụm hình thành trước QĐ 105/2009")
    assert over.message_en.startswith("The area of 120 ha exceeds 75 ha, but the cluster predates QĐ 105/2009")
    assert (over.status, under.status) == ("warning", "warning")
    assert under.legal_basis == rules.DEFAULT_LEGAL_BASIS["undersize"]
    assert under.message_vi.startswith("Diện tích 8 ha nhỏ hơn quy mô tối thiểu, nhưng cụm được thành lập trước")
    assert "68/2017" in under.message_en


def test_an_undated_establishment_does_not_grant_the_undersize_exemption():
    cluster = make_cluster(established_area_ha="8", is_mountainous=False)
    ClusterEvent.objects.create(cluster=cluster, kind=EventKind.ESTABLISHED, date=None)

    assert rules.check_size(cluster).status == "fail"
    assert rules._established_before(cluster, rules.DECREE_68_EFFECTIVE) is None


def test_established_before_reads_every_establishment():
    cluster = make_cluster()
    assert rules._established_before(cluster, rules.DECREE_68_EFFECTIVE) is None  # never established
    ClusterEvent.objects.create(cluster=cluster, kind=EventKind.ESTABLISHED, date=D("2018-01-01"))
    assert rules._established_before(cluster, rules.DECREE_68_EFFECTIVE) is False
    ClusterEvent.objects.create(cluster=cluster, kind=EventKind.OPERATING, date=D("2010-01-01"))
    assert rules._established_before(cluster, rules.DECREE_68_EFFECTIVE) is False  # only establishments count
    ClusterEvent.objects.create(cluster=cluster, kind=EventKind.ESTABLISHED, date=None)
    assert rules._established_before(cluster, rules.DECREE_68_EFFECTIVE) is None
    ClusterEvent.objects.create(cluster=cluster, kind=EventKind.ESTABLISHED, date=D("2015-01-01"))
    assert rules._established_before(cluster, rules.DECREE_68_EFFECTIVE) is True


def test_size_reads_the_planned_area_without_an_established_one_and_an_explicit_area_first():
    first = make_plan("Quy hoạch 1 (synthetic)", on="2020-01-01")
    second = make_plan("Quy hoạch 2 (synthetic)", on="2023-01-01")
    cluster = make_cluster(is_mountainous=False)
    list_in_plan(first, cluster, area_ha="30")
    list_in_plan(second, cluster, area_ha="90")
    list_in_plan(make_plan("Quy hoạch 3 (synthetic)", on="2024-01-01"), cluster, area_ha=None)

    assert rules.check_size(cluster).inputs["area_ha"] == Decimal(90)  # the last entry with an area
    assert rules.check_size(cluster, area_ha=Decimal(20)).inputs["area_ha"] == Decimal(20)
    assert rules.check_size(cluster, area_ha=Decimal(20)).passed is True


def test_the_status_of_a_check():
    basis = rules.DEFAULT_LEGAL_BASIS["size"]

    assert rules.CheckResult("x", None, basis, {}, "", "", warning=True).status == "unknown"
    assert rules.CheckResult("x", True, basis, {}, "", "", warning=True).status == "warning"
    assert rules.CheckResult("x", False, basis, {}, "", "").status == "fail"
    assert rules.CheckResult("x", True, basis, {}, "", "").status == "pass"


# --- expansion -------------------------------------------------------------------------------


def _cluster(leased="15", code="ccn-mo-rong", wastewater=Wastewater.BUILT, land="20"):
    cluster = make_cluster(
        code, f"CCN {code} (synthetic)", established_area_ha="40", industrial_land_ha=land, wastewater=wastewater
    )
    add_tenant(cluster, leased)
    return cluster


def test_the_expansion_verdict_and_its_parts_in_words():
    result = rules.check_expansion(_cluster(), Decimal(60), roads_in_use=True, water_supply_in_use=False)

    area, demand, infra = result.parts
    assert [p.rule for p in result.parts] == ["expansion_area", "expansion_occupancy", "expansion_infrastructure"]
    assert (result.rule, result.passed) == ("expansion", False)
    assert area.message_vi == "Tổng diện tích sau mở rộng 60 ha (tối đa 75 ha)."
    assert area.message_en == "Total area after expansion 60 ha (at most 75 ha)."
    assert demand.message_vi.startswith("Tỷ lệ lấp đầy 75.0% (cần ít nhất 60%, hoặc nhu cầu thuê")
    assert demand.message_en.startswith("Occupancy 75.0% (needs at least 60%, or demand above")
    assert infra.message_vi.endswith("(đường: có; cấp nước: chưa; nước thải: có).")
    assert infra.message_en.endswith("(roads: yes; water: no; wastewater: yes).")
    assert result.message_vi.startswith("Chưa đủ điều kiện mở rộng: Tổng diện tích sau mở rộng 60 ha")
    assert result.message_en.startswith("Does not meet the expansion conditions: Total area after expansion 60 ha")
    assert result.inputs["cluster"] == "ccn-mo-rong"
    assert result.inputs["new_total_area_ha"] == Decimal(60)
    assert result.inputs["max_total_ha"] == Decimal(75)
    assert result.inputs["min_occupancy_pct"] == Decimal(60)
    assert result.inputs["demand_exceeds_land"] is None
    assert result.inputs["water_supply_in_use"] is False
    assert result.legal_basis == rules.DEFAULT_LEGAL_BASIS["expansion"]
    assert [p.legal_basis for p in result.parts] == [rules.DEFAULT_LEGAL_BASIS["expansion"]] * 3


def test_expansion_verdicts_for_met_and_unknown():
    met = rules.check_expansion(_cluster(), Decimal(75), roads_in_use=True, water_supply_in_use=True)
    unknown = rules.check_expansion(_cluster(code="b"), None, roads_in_use=True, water_supply_in_use=True)

    assert met.passed is True  # 75 ha is allowed ("không quá 75 ha")
    assert met.message_vi.startswith("Đủ điều kiện mở rộng: ")
    assert met.message_en.startswith("Meets the expansion conditions: ")
    assert unknown.parts[0].passed is None
    assert unknown.message_vi.startswith("Chưa đủ dữ liệu để kết luận: Tổng diện tích sau mở rộng ? ha")
    assert unknown.message_en.startswith("Not enough data to decide: ")


def test_expansion_occupancy_at_exactly_60_percent_passes_and_an_argument_overrides_the_registry():
    exactly = rules.check_expansion(_cluster("12"), Decimal(60), roads_in_use=True, water_supply_in_use=True)
    given = rules.check_expansion(
        _cluster("12", "b"), Decimal(60), occupancy_pct=Decimal("59.9"), roads_in_use=True, water_supply_in_use=True
    )

    assert exactly.parts[1].passed is True
    assert given.inputs["occupancy_pct"] == Decimal("59.9")
    assert given.parts[1].passed is None  # below 60 %, nothing said on demand


def test_the_wastewater_plant_defaults_to_the_clusters_record():
    built = rules.check_expansion(_cluster(code="a"), Decimal(60))
    building = rules.check_expansion(_cluster(code="b", wastewater=Wastewater.UNDER_CONSTRUCTION), Decimal(60))
    unrecorded = rules.check_expansion(_cluster(code="c", wastewater=""), Decimal(60))
    told = rules.check_expansion(_cluster(code="d", wastewater=Wastewater.BUILT), Decimal(60), wastewater_in_use=False)

    assert built.inputs["wastewater_in_use"] is True
    assert building.inputs["wastewater_in_use"] is False
    assert unrecorded.inputs["wastewater_in_use"] is None
    assert told.inputs["wastewater_in_use"] is False
    assert "nước thải: chưa rõ" in unrecorded.parts[2].message_vi
    assert "wastewater: unknown" in unrecorded.parts[2].message_en


def test_occupancy_unknown_in_the_expansion_message():
    result = rules.check_expansion(_cluster(code="a", land=None), Decimal(60), demand_exceeds_land=False)

    assert result.inputs["occupancy_pct"] is None
    assert result.parts[1].message_en.startswith("Occupancy ?% ")


# --- new cluster -----------------------------------------------------------------------------


def _scope(code, land, leased):
    cluster = make_cluster(code, f"CCN {code} (synthetic)", industrial_land_ha=land)
    if leased is not None:
        add_tenant(cluster, leased)
    return cluster


def test_new_cluster_message_and_inputs():
    result = rules.check_new_cluster([_scope("a", "100", "60"), _scope("b", "100", "50")])

    assert result.rule == "new_cluster"
    assert result.inputs == {
        "clusters": ["a", "b"],
        "average_occupancy_pct": Decimal(55),
        "min_average_occupancy_pct": Decimal(50),
        "unleased_ha": Decimal(90),
        "unleased_is_lower_bound": False,
        "max_unleased_ha": Decimal(100),
        "occupancy_unknown_for": [],
        "land_unknown_for": [],
    }
    assert result.message_vi == (
        "Đủ điều kiện: 2 cụm trong phạm vi; tỷ lệ lấp đầy trung bình 55.0% (cần trên 50%) hoặc đất công nghiệp "
        "chưa cho thuê 90 ha (tối đa 100 ha)."
    )
    assert result.message_en == (
        "Condition met: 2 clusters in scope; average occupancy 55.0% (needs above 50%) or unleased industrial "
        "land 90 ha (at most 100 ha)."
    )
    assert result.legal_basis == rules.DEFAULT_LEGAL_BASIS["new_cluster"]


def test_new_cluster_with_unknown_land_reads_as_a_lower_bound():
    result = rules.check_new_cluster([_scope("a", "60", "10"), make_cluster("x", "CCN x (synthetic)")])

    assert result.inputs["unleased_is_lower_bound"] is True
    assert result.inputs["occupancy_unknown_for"] == ["x"]
    assert result.inputs["average_occupancy_pct"] is None  # never a mean over the known ones only
    assert "tỷ lệ lấp đầy trung bình ?%" in result.message_vi
    assert "chưa cho thuê ≥ 50 ha" in result.message_vi
    assert result.message_vi.startswith("Chưa đủ dữ liệu để kết luận: 2 cụm")
    assert result.message_en.startswith("Not enough data to decide: 2 clusters")


def test_known_unleased_land_above_the_limit_leaves_only_the_average_to_decide():
    # 190 ha known free (a lower bound: x's land is unknown); the average is unknown (x has no rate)
    undecided = rules.check_new_cluster([_scope("a", "200", "10"), make_cluster("x", "CCN x (synthetic)")])
    failed = rules.check_new_cluster([_scope("b", "200", "10"), _scope("c", "100", "40")])  # 22.5 %, 250 ha free

    assert undecided.passed is None  # the land condition fails, the occupancy one is unknown
    assert "≥ 190 ha" in undecided.message_vi
    assert failed.passed is False
    assert failed.message_vi.startswith("Chưa đủ điều kiện: ")
    assert failed.message_en.startswith("Condition not met: ")


def test_exactly_100_ha_unleased_is_allowed():
    result = rules.check_new_cluster([_scope("a", "125", "25")])  # 20 %, 100 ha free

    assert result.inputs["unleased_ha"] == Decimal(100)
    assert result.passed is True


def test_without_clusters_the_condition_does_not_apply():
    result = rules.check_new_cluster([])

    assert (result.rule, result.passed, result.inputs) == ("new_cluster", True, {"clusters": []})
    assert result.legal_basis == rules.DEFAULT_LEGAL_BASIS["new_cluster"]
    assert result.message_vi.startswith("Địa bàn chưa có cụm công nghiệp đã thành lập")
    assert result.message_en.startswith("No cluster is established in the scope")


# --- clocks ----------------------------------------------------------------------------------


def test_appraisal_refuses_negative_pauses_and_counts_zero():
    with pytest.raises(ValueError, match="^paused_days must not be negative$") as refused:
        rules.appraisal_deadline(D("2025-03-03"), paused_days=-1)
    assert str(refused.value) == "paused_days must not be negative"
    assert rules.appraisal_deadline(D("2025-03-03"), paused_days=0) == rules.appraisal_deadline(D("2025-03-03"))
    assert rules.appraisal_deadline(D("2025-03-03")) == D("2025-03-28")


def test_the_clock_steps_carry_their_labels_days_and_bases():
    steps = rules.establishment_clock(D("2025-03-03"))

    assert [(s.key, s.days, s.basis) for s in steps] == [
        ("announcement", 5, DayBasis.WORKING),
        ("proposals", 15, DayBasis.CALENDAR),
        ("dossier", 5, DayBasis.WORKING),
        ("appraisal", 25, DayBasis.CALENDAR),
        ("decision", 7, DayBasis.WORKING),
    ]
    assert [s.label_vi for s in steps] == [
        "Thông báo tiếp nhận hồ sơ",
        "Kết thúc nhận hồ sơ",
        "Gửi hồ sơ đến Sở Công Thương",
        "Sở Công Thương hoàn thành thẩm định",
        "UBND tỉnh quyết định thành lập, mở rộng",
    ]
    assert [s.label_en for s in steps] == [
        "Announce the call for proposals",
        "Proposals close",
        "Files sent to the Department",
        "Department completes the appraisal",
        "Provincial committee decides",
    ]
    assert [s.legal_basis for s in steps] == [rules.DEFAULT_LEGAL_BASIS[s.key] for s in steps]
    assert all(s.actual is None and s.overdue is None for s in steps)
    assert steps[0].start == D("2025-03-03")
    for before, after in zip(steps, steps[1:], strict=False):
        assert after.start == before.deadline


def test_the_clock_uses_the_actual_dates_the_complete_file_and_the_pause():
    steps = rules.establishment_clock(
        D("2025-03-03"),
        announced_on=D("2025-03-05"),
        dossier_sent_on=D("2025-04-01"),
        file_complete_on=D("2025-04-10"),
        paused_days=5,
        appraised_on=D("2025-05-05"),
        decided_on=D("2025-05-08"),
    )

    by_key = {s.key: s for s in steps}
    assert by_key["announcement"].overdue is False  # due 10/3, done 5/3
    assert by_key["proposals"].start == D("2025-03-05")
    assert by_key["appraisal"].start == D("2025-04-10")  # the complete file, not the sending
    assert by_key["appraisal"].days == 30  # 25 + 5 paused
    assert by_key["decision"].start == D("2025-05-05")
    assert by_key["decision"].actual == D("2025-05-08")
    assert by_key["dossier"].actual == D("2025-04-01")


def test_holidays_between_counts_from_the_day_after_the_start_to_the_end_inclusive():
    from provind.calendars import holiday_name

    reunification = holiday_name(D("2025-04-30"))

    assert reunification
    assert rules._holidays_between(D("2025-04-29"), D("2025-04-30")) == (reunification,)
    assert rules._holidays_between(D("2025-04-28"), D("2025-04-29")) == ()


def test_holidays_between_lists_each_name_once_after_the_start():
    names = rules._holidays_between(D("2025-04-29"), D("2025-05-02"))

    assert len(names) == len(set(names)) >= 1
    assert rules._holidays_between(D("2025-04-30"), D("2025-04-30")) == ()  # the start day is not counted
    assert rules._holidays_between(D("2025-03-03"), D("2025-03-07")) == ()


def test_every_size_verdict_names_its_rule_and_basis():
    size, legacy, undersize = (rules.DEFAULT_LEGAL_BASIS[k] for k in ("size", "legacy", "undersize"))
    small = make_cluster("e", "E (synthetic)", established_area_ha="8", is_mountainous=False)
    ClusterEvent.objects.create(cluster=small, kind=EventKind.ESTABLISHED, date=D("2016-05-01"))

    results = {
        "no area": rules.check_size(make_cluster("a", "A (synthetic)")),
        "mountain unknown": rules.check_size(make_cluster("b", "B (synthetic)", established_area_ha="8")),
        "within": rules.check_size(make_cluster("c", "C (synthetic)", established_area_ha="20")),
        "legacy": rules.check_size(make_cluster("d", "D (synthetic)", established_area_ha="90", is_legacy=True)),
        "undersize": rules.check_size(small),
        "outside": rules.check_size(make_cluster("f", "F (synthetic)", established_area_ha="90")),
    }

    assert {k: (r.rule, r.passed, r.legal_basis) for k, r in results.items()} == {
        "no area": ("size", None, size),
        "mountain unknown": ("size", None, size),
        "within": ("size", True, size),
        "legacy": ("size", True, legacy),
        "undersize": ("size", True, undersize),
        "outside": ("size", False, size),
    }
    assert results["undersize"].message_en.startswith("The area of 8 ha is below the minimum, but the cluster")


def test_the_lower_limits_themselves_are_allowed():
    assert rules.check_size(make_cluster("a", "A (synthetic)", established_area_ha="10", is_mountainous=False)).passed
    assert rules.check_size(make_cluster("b", "B (synthetic)", established_area_ha="5", is_mountainous=True)).passed


def test_an_unknown_mountain_status_does_not_hide_the_2017_exemption():
    cluster = make_cluster(established_area_ha="8")  # is_mountainous unknown
    ClusterEvent.objects.create(cluster=cluster, kind=EventKind.ESTABLISHED, date=D("2016-05-01"))

    result = rules.check_size(cluster)

    assert (result.status, result.passed) == ("warning", True)
    assert result.legal_basis == rules.DEFAULT_LEGAL_BASIS["undersize"]


def test_the_area_read_from_plans_is_the_last_entry_with_one():
    cluster = make_cluster(is_mountainous=False)
    for year, area in ((2019, "30"), (2021, "60"), (2023, "90")):
        list_in_plan(make_plan(f"Quy hoạch {year} (synthetic)", on=f"{year}-01-01"), cluster, area_ha=area)

    assert rules.check_size(cluster).inputs["area_ha"] == Decimal(90)


def test_the_expansion_message_joins_its_parts_and_names_each_input():
    result = rules.check_expansion(_cluster(), Decimal(60), roads_in_use=True, water_supply_in_use=None)

    area, demand, infra = result.parts
    assert result.message_vi == "Chưa đủ dữ liệu để kết luận: " + " ".join(p.message_vi for p in result.parts)
    assert result.message_en == "Not enough data to decide: " + " ".join(p.message_en for p in result.parts)
    assert infra.inputs == {"roads_in_use": True, "water_supply_in_use": None, "wastewater_in_use": True}
    assert area.inputs == {"new_total_area_ha": Decimal(60), "max_total_ha": Decimal(75)}
    assert demand.inputs == {
        "occupancy_pct": Decimal(75),
        "min_occupancy_pct": Decimal(60),
        "demand_exceeds_land": None,
    }
    assert infra.message_vi == (
        "Đường giao thông nội bộ, cấp nước, thu gom và xử lý nước thải phải hoàn thành và đưa vào sử dụng "
        "(đường: có; cấp nước: chưa rõ; nước thải: có)."
    )
    assert infra.message_en == (
        "Internal roads, water supply and wastewater collection and treatment must be built and in use "
        "(roads: yes; water: unknown; wastewater: yes)."
    )
