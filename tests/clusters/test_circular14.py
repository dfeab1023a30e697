"""Circular 14: Forms 01/02 submitted and checked, Forms 03/04 computed, deadlines, who is missing."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from auditlog.models import LogEntry
from django.contrib.auth.models import User
from django.contrib.contenttypes.models import ContentType

from provind.accounts.models import Scope
from provind.accounts.roles import Role
from provind.clusters.circular14.deadlines import deadlines, who_has_not_submitted
from provind.clusters.circular14.submissions import FormRejected, NotAllowed, form02_flags, submit_form01, submit_form02
from provind.clusters.circular14.summary import FormUnitError, compute_form
from provind.clusters.models import Form01Report, Form02Report, PlanVersion, TenantStatus
from provind.clusters.territory import clusters_in
from provind.clusters.windows import ReportingWindow
from tests.clusters.form_factories import NEW, form02_data, make_tenant, reporting_scenario, unit
from tests.conftest import make_user

D = Decimal
H1_2024 = ReportingWindow.parse("2024H1")
TODAY = dt.date(2024, 6, 18)

# Form 04, old Thái Nguyên, 2024H1, worked out by hand from form_factories.reporting_scenario:
EXPECTED_FORM04: dict[str, Decimal | int | None] = {
    "1": 41,  # the plan's published total, not the 5 clusters recorded
    "2": D("2067"),
    "3": 3,  # A, B, G (C never established, D after the window, E revoked, F in Bắc Kạn)
    "4": D("95"),  # 50 + 30 + 15
    "5": 2,  # B (1/2/2024), G (20/12/2023)
    "6": D("45"),  # 30 + 15
    "7": 3,  # A, B, G (C's investor is a public body)
    "8": D("95"),
    "9": 2,  # A, B
    "10": D("80"),
    "11": 1,  # A
    "12": D("50"),
    "13": D("320"),  # A's Form 02 item 1 (the registry says 300)
    "14": D("250"),  # A's Form 02 item 2
    "15": 2,  # A, C
    "15.1": 1,  # A
    "15.2": 1,  # C
    "15.3": 1,  # C (craft village)
    "15.4": 1,  # A (specialised)
    "16": D("62"),  # 50 + C's 12 ha in the plan
    "16.1": D("50"),
    "16.2": D("12"),
    "16.3": D("12"),
    "16.4": D("50"),
    "17": D("44"),  # 35 + 9
    "18": D("23"),  # A's Form 02: 20; C's tenants: 3
    "19": D("54.55"),  # (20 + 1 approved + 3) / 44
    "20": 6,  # A's Form 02: 5; C's tenants: 1
    "21": 2,
    "22": 5,  # 4 + 1
    "23": D("180"),  # Form 01: 100 + 50 + 20; Form 02: 10
    "24": D("9.5"),  # 5 + 2.5 + 1; 1
    "25": 380,  # 200 + 100 + 30; 50
    "26": 2,  # A (Form 02), G (under construction)
    "27": 1,  # A
}


@pytest.fixture
def scenario(db: None):  # type: ignore[no-untyped-def]
    return reporting_scenario()


def investor_of(cluster) -> User:  # type: ignore[no-untyped-def]
    user = make_user(f"investor-{cluster.code}", Role.CLUSTER_INVESTOR)
    Scope.objects.create(user=user, target_type=ContentType.objects.get_for_model(cluster), target_id=str(cluster.pk))
    return user


# --- Form 04 / 03 ---------------------------------------------------------------------------


def test_it_computes_form04_as_worked_out_by_hand(scenario) -> None:  # type: ignore[no-untyped-def]
    result = compute_form(form="04", unit=scenario.province, window=H1_2024)

    assert [i.number for i in result.items] == list(EXPECTED_FORM04)
    assert result.values == EXPECTED_FORM04
    for number, expected in EXPECTED_FORM04.items():
        assert result.item(number).value == expected, number


def test_it_links_each_number_to_the_clusters_behind_it(scenario) -> None:  # type: ignore[no-untyped-def]
    result = compute_form(form="04", unit=scenario.province, window=H1_2024)

    assert result.item("3").cluster_codes == ["ccn-thu-nghiem-a", "ccn-thu-nghiem-b", "ccn-thu-nghiem-g"]
    assert result.item("5").cluster_codes == ["ccn-thu-nghiem-b", "ccn-thu-nghiem-g"]
    assert result.item("15.2").cluster_codes == ["ccn-thu-nghiem-c"]
    assert result.item("19").cluster_codes == ["ccn-thu-nghiem-a", "ccn-thu-nghiem-c"]
    assert result.item("26").cluster_codes == ["ccn-thu-nghiem-a", "ccn-thu-nghiem-g"]
    assert "ccn-thu-nghiem-f" not in {c.code for c in result.clusters}
    assert "41" not in result.item("1").note_en
    assert "5 clusters" in result.item("1").note_en
    assert "CCN Thử nghiệm C" in result.item("16.2").note_vi  # planned area used


def test_item_15_and_16_are_sums_of_their_parts(scenario) -> None:  # type: ignore[no-untyped-def]
    values = compute_form(form="04", unit=scenario.province, window=H1_2024).values

    assert values["15"] == values["15.1"] + values["15.2"]  # type: ignore[operator]
    assert values["16"] == values["16.1"] + values["16.2"]  # type: ignore[operator]


def test_plan_items_count_the_registry_when_the_plan_publishes_no_totals(scenario) -> None:  # type: ignore[no-untyped-def]
    PlanVersion.objects.filter(pk=scenario.plan.pk).update(planned_count=None, planned_area_ha=None)

    result = compute_form(form="04", unit=scenario.province, window=H1_2024)

    assert result.item("1").value == 5  # A, B, C, D, G (E removed from the plan)
    assert result.item("2").value == D("147")
    assert "registry" in result.item("1").note_en


def test_a_later_plan_is_not_in_force_before_its_decision(scenario) -> None:  # type: ignore[no-untyped-def]
    PlanVersion.objects.create(
        name="Phương án thử nghiệm sửa đổi",
        province=scenario.province,
        decision_date=dt.date(2024, 9, 1),
        planned_count=45,
        planned_area_ha=D("2200"),
    )

    assert compute_form(form="04", unit=scenario.province, window=H1_2024).item("1").value == 41
    assert compute_form(form="04", unit=scenario.province, window=ReportingWindow.parse("2024")).item("1").value == 45


def test_form03_for_an_old_commune_finds_clusters_recorded_with_the_new_one(scenario) -> None:  # type: ignore[no-untyped-def]
    result = compute_form(form="03", unit=unit("05503"), window=H1_2024)

    assert {c.code for c in result.clusters} == {"ccn-thu-nghiem-a", "ccn-thu-nghiem-e", "ccn-thu-nghiem-g"}
    assert result.item("1").value == 2  # A and G in the plan (E removed); no provincial totals
    assert result.item("2").value == D("65")
    assert result.item("3").value == 2
    assert result.item("15").value == 1


def test_form03_for_a_former_district(scenario) -> None:  # type: ignore[no-untyped-def]
    result = compute_form(form="03", unit=unit("173"), window=H1_2024)

    assert {c.code for c in result.clusters} == {"ccn-thu-nghiem-b", "ccn-thu-nghiem-c", "ccn-thu-nghiem-d"}
    assert result.item("15.2").value == 1
    assert result.item("19").value == D("33.33")  # C: 3 / 9 from its tenants


def test_province_wide_form03_equals_form04(scenario) -> None:  # type: ignore[no-untyped-def]
    assert compute_form(form="03", unit=scenario.province, window=H1_2024).values == EXPECTED_FORM04


def test_merged_province_includes_bac_kan_from_the_reform(scenario) -> None:  # type: ignore[no-untyped-def]
    merged = unit("19", NEW)

    codes = {c.code for c in clusters_in(unit=merged)}

    assert "ccn-thu-nghiem-f" in codes
    assert "ccn-thu-nghiem-a" in codes


def test_form04_needs_a_province(scenario) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(FormUnitError) as caught:
        compute_form(form="04", unit=unit("05503"), window=H1_2024)
    assert "province" in caught.value.en
    assert "tỉnh" in caught.value.vi


# --- Form 02 ---------------------------------------------------------------------------------


@pytest.fixture
def open_scenario(db: None):  # type: ignore[no-untyped-def]
    return reporting_scenario(form02_for_a=False)


def test_investor_submits_form02_and_occupancy_is_recomputed(open_scenario) -> None:  # type: ignore[no-untyped-def]
    user = investor_of(open_scenario.a)

    report = submit_form02(cluster=open_scenario.a, window=H1_2024, data=form02_data(), user=user, today=TODAY)

    report.refresh_from_db()
    assert report.window == "2024H1"
    assert report.submitted_by == user
    assert report.occupancy_recomputed_pct == D("60.00")  # (20 + 1 approved) / 35
    assert not report.occupancy_mismatch
    assert form02_flags(report) == []


def test_leased_land_above_industrial_land_is_refused_and_nothing_saved(open_scenario) -> None:  # type: ignore[no-untyped-def]
    user = investor_of(open_scenario.a)

    with pytest.raises(FormRejected) as caught:
        submit_form02(
            cluster=open_scenario.a,
            window=H1_2024,
            user=user,
            today=TODAY,
            data=form02_data(land_leased_ha=D("36"), occupancy_pct=D("105.71")),
        )

    assert Form02Report.objects.count() == 0
    problem = next(p for p in caught.value.problems if p.field == "land_leased_ha")
    assert problem.en == "4. leased land (36 ha) exceeds the cluster's industrial land (35 ha, per the detailed plan)"
    assert problem.vi.startswith("4. đất đã cho thuê (36 ha) lớn hơn diện tích đất công nghiệp của cụm (35 ha")


def test_every_problem_is_reported_at_once(open_scenario) -> None:  # type: ignore[no-untyped-def]
    user = investor_of(open_scenario.a)
    data = form02_data(
        total_investment_bn=D("-1"),
        projects_foreign=9,
        projects_operating=6,
        land_ready_ha=D("40"),
        wastewater_built=False,
        wastewater_meets_standard=True,
        workers="12,5",
        revenue_bn="",
    )

    with pytest.raises(FormRejected) as caught:
        submit_form02(cluster=open_scenario.a, window=H1_2024, data=data, user=user, today=TODAY)

    fields = [p.field for p in caught.value.problems]
    assert fields == [
        "total_investment_bn",
        "revenue_bn",
        "workers",
        "land_ready_ha",
        "projects_foreign",
        "projects_operating",
        "wastewater_meets_standard",
    ]
    assert Form02Report.objects.count() == 0


def test_occupancy_mismatch_is_saved_but_flagged(open_scenario) -> None:  # type: ignore[no-untyped-def]
    user = investor_of(open_scenario.a)

    report = submit_form02(
        cluster=open_scenario.a, window=H1_2024, user=user, today=TODAY, data=form02_data(occupancy_pct=D("70"))
    )

    assert report.occupancy_mismatch
    [flag] = form02_flags(report)
    assert flag.severity == "warning"
    assert flag.field == "occupancy_pct"
    assert "70% differs from the recomputed 60%" in flag.en
    assert "ready" not in flag.en


def test_occupancy_computed_on_ready_land_is_named(open_scenario) -> None:  # type: ignore[no-untyped-def]
    user = investor_of(open_scenario.a)

    report = submit_form02(  # 20 leased / 30 ready = 66.67 %
        cluster=open_scenario.a, window=H1_2024, user=user, today=TODAY, data=form02_data(occupancy_pct="66,67")
    )

    [flag] = form02_flags(report)
    assert "completed infrastructure (item 3)" in flag.en
    assert "đã xây dựng hạ tầng (mục 3)" in flag.vi


def test_paid_above_total_is_a_warning_not_an_error(open_scenario) -> None:  # type: ignore[no-untyped-def]
    user = investor_of(open_scenario.a)

    report = submit_form02(
        cluster=open_scenario.a,
        window=H1_2024,
        user=user,
        today=TODAY,
        data=form02_data(paid_investment_bn=D("400")),
    )

    assert [f.field for f in form02_flags(report)] == ["paid_investment_bn"]


def test_resubmission_replaces_the_report_with_an_audit_trail(open_scenario) -> None:  # type: ignore[no-untyped-def]
    user = investor_of(open_scenario.a)
    first = submit_form02(cluster=open_scenario.a, window=H1_2024, data=form02_data(), user=user, today=TODAY)

    second = submit_form02(
        cluster=open_scenario.a,
        window=H1_2024,
        user=user,
        today=TODAY,
        data=form02_data(workers=55),
        based_on=first.version,
    )

    assert second.pk == first.pk
    assert Form02Report.objects.get().workers == 55
    entries = LogEntry.objects.get_for_object(second).order_by("timestamp")
    assert entries.last().changes_dict["workers"] == ["50", "55"]  # type: ignore[union-attr]


def test_a_window_not_yet_started_is_refused(open_scenario) -> None:  # type: ignore[no-untyped-def]
    user = investor_of(open_scenario.a)

    with pytest.raises(FormRejected) as caught:
        submit_form02(
            cluster=open_scenario.a, window=ReportingWindow.parse("2025H1"), data=form02_data(), user=user, today=TODAY
        )
    assert [p.field for p in caught.value.problems] == ["window"]


# --- scope -----------------------------------------------------------------------------------


def test_an_investor_may_submit_only_for_their_cluster(open_scenario) -> None:  # type: ignore[no-untyped-def]
    user = investor_of(open_scenario.a)

    with pytest.raises(NotAllowed) as caught:
        submit_form02(cluster=open_scenario.b, window=H1_2024, data=form02_data(), user=user, today=TODAY)

    assert "CCN Thử nghiệm B" in caught.value.vi
    assert Form02Report.objects.count() == 0


def test_viewers_and_other_communes_may_not_submit(open_scenario, cast) -> None:  # type: ignore[no-untyped-def]
    for role in ("viewer", "cluster_investor"):
        with pytest.raises(NotAllowed):
            submit_form02(cluster=open_scenario.a, window=H1_2024, data=form02_data(), user=cast[role], today=TODAY)
    officer = make_user("officer-binh-duc", Role.COMMUNE_OFFICER, unit("05911"))
    with pytest.raises(NotAllowed):
        submit_form02(cluster=open_scenario.a, window=H1_2024, data=form02_data(), user=officer, today=TODAY)


def test_the_department_of_the_merged_province_may_submit(open_scenario, cast) -> None:  # type: ignore[no-untyped-def]
    report = submit_form02(
        cluster=open_scenario.a, window=H1_2024, data=form02_data(), user=cast["department_editor"], today=TODAY
    )
    assert report.pk is not None


# --- Form 01 ---------------------------------------------------------------------------------


def test_a_tenant_submits_its_own_form01(open_scenario) -> None:  # type: ignore[no-untyped-def]
    tenant = open_scenario.tenants["t2"]
    firm = make_user("firm-t2", None)
    tenant.user = firm
    tenant.save()
    data = {"revenue_bn": "60,5", "budget_paid_bn": 3, "workers": 110, "average_income_mn": D("8.5")}

    stored = Form01Report.objects.get(tenant=tenant, window="2024H1")
    report = submit_form01(tenant=tenant, window=H1_2024, data=data, user=firm, today=TODAY, based_on=stored.version)

    assert report.revenue_bn == D("60.5")
    assert report.workers == 110
    assert Form01Report.objects.filter(tenant=tenant, window="2024H1").count() == 1  # replaced, not added


def test_form01_is_refused_for_another_tenant_and_for_bad_values(open_scenario) -> None:  # type: ignore[no-untyped-def]
    firm = make_user("firm-t2", None)
    t2, t1 = open_scenario.tenants["t2"], open_scenario.tenants["t1"]
    t2.user = firm
    t2.save()
    data = {"revenue_bn": "1", "budget_paid_bn": "1", "workers": "1", "average_income_mn": "1"}

    with pytest.raises(NotAllowed):
        submit_form01(tenant=t1, window=H1_2024, data=data, user=firm, today=TODAY)
    with pytest.raises(FormRejected) as caught:
        submit_form01(tenant=t2, window=H1_2024, data={**data, "workers": "-3"}, user=firm, today=TODAY)
    assert caught.value.problems[0].en == "3. must not be negative (-3)"


def test_the_cluster_investor_may_file_form01_for_its_tenants(open_scenario) -> None:  # type: ignore[no-untyped-def]
    user = investor_of(open_scenario.a)
    data = {"revenue_bn": "1", "budget_paid_bn": "1", "workers": "1", "average_income_mn": "1"}

    tenant = open_scenario.tenants["t2"]
    stored = Form01Report.objects.get(tenant=tenant, window="2024H1")
    report = submit_form01(tenant=tenant, window=H1_2024, data=data, user=user, today=TODAY, based_on=stored.version)

    assert report.submitted_by == user


# --- deadlines and who has not submitted -----------------------------------------------------


def test_deadlines_per_form() -> None:
    assert deadlines(window=H1_2024) == {
        "01": dt.date(2024, 6, 20),
        "02": dt.date(2024, 6, 20),
        "03": dt.date(2024, 6, 25),
        "04": dt.date(2024, 6, 30),
    }
    assert deadlines(window=ReportingWindow.parse("2024")) == {
        "01": dt.date(2024, 12, 20),
        "02": dt.date(2024, 12, 20),
        "03": dt.date(2024, 12, 25),
        "04": dt.date(2024, 12, 31),
    }


def test_who_has_not_submitted_form02(scenario) -> None:  # type: ignore[no-untyped-def]
    missing = who_has_not_submitted(window=H1_2024, form="02", province=scenario.province, on=dt.date(2024, 6, 19))

    # A filed; D not yet established; E revoked; F in Bắc Kạn.
    assert [m.cluster.code for m in missing] == ["ccn-thu-nghiem-b", "ccn-thu-nghiem-c", "ccn-thu-nghiem-g"]
    assert missing[0].reporter == "Công ty CP Đầu tư Thử nghiệm B"
    assert missing[0].deadline == dt.date(2024, 6, 20)
    assert not missing[0].overdue
    # "trước ngày 20": on the 20th itself the form is already late.
    late = who_has_not_submitted(window=H1_2024, form="02", province=scenario.province, on=dt.date(2024, 6, 20))
    assert all(m.overdue for m in late)


def test_who_has_not_submitted_form01(scenario) -> None:  # type: ignore[no-untyped-def]
    make_tenant(scenario.b, "Công ty Thử nghiệm T6", "4", TenantStatus.LEASED)
    make_tenant(scenario.b, "Công ty Thử nghiệm T7", "2", TenantStatus.APPROVED)  # no land yet: owes nothing

    missing = who_has_not_submitted(window=H1_2024, form="01", province=scenario.province, on=TODAY)

    assert [(m.cluster.code, m.reporter) for m in missing] == [("ccn-thu-nghiem-b", "Công ty Thử nghiệm T6")]
    assert missing[0].deadline == dt.date(2024, 6, 20)


def test_it_refuses_form02_amounts_the_columns_cannot_hold(db):
    from provind.clusters.circular14.submissions import check_form02
    from provind.clusters.windows import ReportingWindow
    from tests.clusters.form_factories import form02_data, reporting_scenario

    scenario = reporting_scenario(form02_for_a=False)
    for bad in ("1e309", "12345678901.5", "3.14159"):
        check = check_form02(
            cluster=scenario.a, window=ReportingWindow.parse("2024H1"), data=form02_data(land_ready_ha=bad)
        )
        assert [p.field for p in check.errors] == ["land_ready_ha"], bad


def test_it_prefers_a_dated_plan_to_an_undated_revision(db):
    from provind.clusters.territory import plans_in_force
    from tests.clusters.factories import make_plan

    dated = make_plan("Quy hoạch có ngày (synthetic)", on="2023-03-14")
    undated = make_plan("Điều chỉnh chưa rõ ngày (synthetic)", on="2021-01-01")
    undated.decision_date = None
    undated.save()

    assert plans_in_force(unit=dated.province, on=dt.date(2024, 6, 14)).plans == (dated,)
