"""Forms 03/04 (Circular 14/2024), one computation rule per test (issue 9: a rule that
disappears makes a test fail). Synthetic clusters only ("Thử nghiệm"), old Thái Nguyên (19),
window 2024 (15/12/2023–14/12/2024) unless said otherwise.

Rules from the circular and Decree 32/2024/NĐ-CP: items 1–2 are the plan's totals (plans of the
provinces a merged one was formed from); "in the period" is the window; the investor counted in
items 7–8 is an enterprise (Art. 8.1(b)); item 19 is occupancy (Art. 2); a Form 02 reports the
infrastructure project's investment (items 13–14). What the registry lacks is named, never 0.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from provind.clusters.circular14.summary import FormUnitError, compute_form
from provind.clusters.models import (
    EventKind,
    Form02Report,
    IndustrialCluster,
    PlanEntry,
    PlanVersion,
    TenantStatus,
    Wastewater,
)
from provind.clusters.windows import ReportingWindow
from tests.clusters.form_factories import NEW, OLD, form02_data, make_cluster, make_tenant, unit
from tests.indicators.factories import add

pytestmark = pytest.mark.django_db
D = Decimal
Y2024 = ReportingWindow.parse("2024")
E = EventKind


def cluster(code: str, name: str, *events: tuple[str, str | None], **fields):  # type: ignore[no-untyped-def]
    return make_cluster(
        code,
        name,
        province=unit("19"),
        events=[(kind, dt.date.fromisoformat(on) if on else None) for kind, on in events],
        **fields,
    )


def plan(count: int | None, area: str | None, *members, number: str = "TN-02/QĐ-UBND", province=None):  # type: ignore[no-untyped-def]
    version = PlanVersion.objects.create(
        name="Phương án thử nghiệm",
        province=province or unit("19"),
        decision_number=number,
        decision_date=dt.date(2023, 3, 1),
        planned_count=count,
        planned_area_ha=D(area) if area is not None else None,
    )
    for member, planned in members:
        PlanEntry.objects.create(plan=version, cluster=member, planned_area_ha=D(planned) if planned else None)
    return version


def form04(window: ReportingWindow = Y2024):  # type: ignore[no-untyped-def]
    return compute_form(form="04", unit=unit("19", OLD), window=window)


# --- which forms exist ------------------------------------------------------------------------


def test_only_forms_03_and_04_are_summaries_and_form_04_is_provincial():
    with pytest.raises(FormUnitError) as no_form:
        compute_form(form="05", unit=unit("19"), window=Y2024)  # type: ignore[arg-type]
    with pytest.raises(FormUnitError) as commune:
        compute_form(form="04", unit=unit("05503"), window=Y2024)

    assert (no_form.value.vi, no_form.value.en) == ("không có Biểu 05 tổng hợp", "no summary Form 05")
    name = unit("05503").name
    assert commune.value.vi == f"Biểu 04 là báo cáo cấp tỉnh; “{name}” không phải tỉnh/thành phố"
    assert commune.value.en == f"Form 04 is the provincial report; “{name}” is not a province"


def test_the_result_lists_what_to_fill_before_signing_and_finds_items_by_number():
    a = cluster("ccn-tn-a", "CCN Thử nghiệm A", (E.ESTABLISHED, "2020-01-01"), established_area_ha=D("10"))
    plan(2, "30", (a, "10"))

    result = form04()

    assert result.deadline == dt.date(2024, 12, 31)  # Form 04: before 31 December
    assert compute_form(form="03", unit=unit("19", OLD), window=Y2024).deadline == dt.date(2024, 12, 25)
    assert result.complete is False
    assert ("3", "sổ ghi 1/2 cụm của phương án") in result.to_fill
    assert "1" not in dict(result.to_fill)  # the plan's totals are known
    assert result.item("3").value == 1
    with pytest.raises(KeyError, match="99"):
        result.item("99")


# --- the registry against the plan's total --------------------------------------------------


def test_counts_are_complete_exactly_when_the_registry_holds_every_cluster_of_the_plan():
    a = cluster("ccn-tn-a", "CCN Thử nghiệm A", (E.ESTABLISHED, "2020-01-01"), established_area_ha=D("10"))
    b = cluster("ccn-tn-b", "CCN Thử nghiệm B", (E.ESTABLISHED, "2021-01-01"), established_area_ha=D("20"))
    # A revoked cluster is no longer one of the plan's clusters in the registry.
    cluster("ccn-tn-r", "CCN Thử nghiệm R", (E.ESTABLISHED, "2019-01-01"), (E.REVOKED, "2023-01-01"))
    version = plan(2, "30", (a, "10"), (b, "20"))

    full = form04().item("3")
    PlanVersion.objects.filter(pk=version.pk).update(planned_count=3)
    short = form04().item("3")

    assert (full.value, full.complete, full.coverage_vi) == (2, True, "sổ ghi 2/2 cụm của phương án")
    assert full.coverage_en == "the registry records 2 of the plan's 2 clusters"
    assert (short.value, short.complete, short.coverage_vi) == (2, False, "sổ ghi 2/3 cụm của phương án")
    assert short.coverage_en == "the registry records 2 of the plan's 3 clusters"


def test_without_the_plans_total_no_count_over_the_registry_is_complete():
    a = cluster("ccn-tn-a", "CCN Thử nghiệm A", (E.ESTABLISHED, "2020-01-01"), established_area_ha=D("10"))
    plan(None, None, (a, None))

    result = form04()
    one, two, three = result.item("1"), result.item("2"), result.item("3")

    assert (one.value, one.complete, one.lacking) == (1, False, ["tổng số của phương án"])
    assert one.note_vi == "đếm từ các cụm trong sổ thuộc phương án (TN-02/QĐ-UBND)"
    assert one.note_en == "counted from the registry's clusters in the plan (TN-02/QĐ-UBND)"
    assert one.coverage_vi == "thiếu số liệu của: tổng số của phương án"
    assert one.coverage_en == "records lacking for: tổng số của phương án"
    # No planned area recorded for A: unknown, not 0, and A is named.
    assert (two.value, two.complete, two.lacking) == (None, False, ["CCN Thử nghiệm A"])
    assert (three.value, three.complete) == (1, False)
    assert three.coverage_vi == "sổ ghi 1 cụm, chưa rõ tổng số theo phương án"
    assert three.coverage_en == (
        "the registry records 1 clusters; the plan's total, hence the registry's completeness, is unknown"
    )


def test_a_commune_without_a_plan_says_so():
    cluster("ccn-tn-a", "CCN Thử nghiệm A", (E.ESTABLISHED, "2020-01-01"), commune=unit("05503"))
    where = unit("05503")

    one = compute_form(form="03", unit=where, window=Y2024).item("1")

    assert (one.value, one.complete, one.lacking) == (0, False, [where.name])
    assert (one.note_vi, one.note_en) == ("chưa có phương án trong sổ", "no plan recorded")


def test_plan_totals_of_a_province_say_which_plan_and_what_the_registry_holds():
    a = cluster("ccn-tn-a", "CCN Thử nghiệm A", (E.ESTABLISHED, "2020-01-01"))
    plan(41, "2067", (a, "50"))

    one, two = form04().item("1"), form04().item("2")

    assert (one.value, one.complete, one.basis) == (41, True, "reported")
    assert (two.value, two.complete, two.basis) == (D("2067"), True, "reported")
    province = unit("19").name
    assert one.coverage_vi == f"theo phương án TN-02/QĐ-UBND ({province}): 41 cụm, 2.067 ha"
    assert one.coverage_en == "per the plan TN-02/QĐ-UBND"
    assert one.note_vi == "theo tổng số công bố của phương án (TN-02/QĐ-UBND); sổ đang ghi 1 cụm"
    assert one.note_en == "the plan's published totals (TN-02/QĐ-UBND); the registry records 1 clusters"
    assert one.cluster_codes == ["ccn-tn-a"]


def test_a_merged_province_adds_the_plans_it_was_formed_from_and_names_an_unknown_part():
    bac_kan = unit("06")
    plan(41, None, number="TN-03/QĐ-TTg")
    plan(None, None, number="BK-01/QĐ-UBND", province=bac_kan)
    merged = unit("19", NEW)

    result = compute_form(form="04", unit=merged, window=ReportingWindow.parse("2025"))
    one, two = result.item("1"), result.item("2")

    assert (one.value, one.complete) == (41, False)
    assert one.lacking == [f"BK-01/QĐ-UBND ({bac_kan.name})"]
    assert "thiếu số liệu của: BK-01/QĐ-UBND" in one.coverage_vi
    # Neither part published an area: unknown, never 0.
    assert two.value is None
    assert two.complete is False
    assert two.lacking == [f"BK-01/QĐ-UBND ({bac_kan.name})", "TN-03/QĐ-TTg (diện tích)"]
    assert two.coverage_vi.startswith(f"theo phương án TN-03/QĐ-TTg ({unit('19').name}): 41 cụm, chưa rõ diện tích;")
    # The registry cannot be judged complete against a partly unknown plan.
    assert "chưa rõ tổng số theo phương án" in result.item("3").coverage_vi


# --- published figures beside the registry's --------------------------------------------------


def test_an_exact_published_count_replaces_an_incomplete_registry_count_with_its_source():
    cluster("ccn-tn-a", "CCN Thử nghiệm A", (E.OPERATING, "2022-01-01"))
    plan(41, "2067")
    add("cluster_operating", "19", "2024-YTD06", 9, status="estimate")
    add("cluster_operating", "19", "2024-YTD07", 12, status="estimate", qualifier="over")
    add("cluster_operating", "19", "2024-YTD07", 11, status="estimate", vintage="2024-08-05")
    add("cluster_operating", "19", "2024", 30, status="estimate")  # ends after the window
    add("cluster_operating", "19", "2024-YTD08", 50, status="plan")  # a target is not a count

    item = form04().item("15")

    assert (item.value, item.uses, item.basis, item.complete) == (11, "published", "reported", True)
    assert isinstance(item.value, int)
    assert item.published is not None
    assert item.published.period == "2024-YTD07"
    assert item.published.source_url == "test://synthetic"
    title = item.published.source_title
    assert item.coverage_vi == f"dùng số công bố 11 theo {title} (kỳ 2024-YTD07); sổ ghi 1"
    assert item.coverage_en == f"uses the published 11 per {title} (period 2024-YTD07); the registry counts 1"


def test_a_bounded_published_figure_is_shown_but_not_used():
    cluster("ccn-tn-a", "CCN Thử nghiệm A", (E.OPERATING, "2022-01-01"))
    plan(41, "2067")
    obs = add("cluster_operating", "19", "2024-YTD07", 10, qualifier="over")

    item = form04().item("15")

    assert (item.value, item.uses, item.basis, item.complete) == (1, "registry", "registry", False)
    title = obs.source.title
    assert item.coverage_vi == f"sổ ghi 1/41 cụm của phương án; số công bố: trên 10 theo {title} (kỳ 2024-YTD07)"
    assert item.coverage_en == (
        f"the registry records 1 of the plan's 41 clusters; published: over 10 per {title} (period 2024-YTD07)"
    )


def test_a_published_figure_beside_a_complete_count_is_shown_and_the_count_kept():
    a = cluster("ccn-tn-a", "CCN Thử nghiệm A", (E.OPERATING, "2022-01-01"))
    plan(1, "10", (a, "10"))
    obs = add("cluster_operating", "19", "2024-YTD07", 2)

    item = form04().item("15")

    assert (item.value, item.uses, item.complete) == (1, "registry", True)
    assert item.coverage_en == (
        f"the registry records 1 of the plan's 1 clusters; published: 2 per {obs.source.title} (period 2024-YTD07)"
    )


def test_a_published_plan_total_completes_items_1_and_2_of_a_former_district():
    district = unit("173")
    a = cluster("ccn-tn-a", "CCN Thử nghiệm A", (E.ESTABLISHED, "2020-01-01"), former_district=district)
    plan(41, "2067", (a, "50"))
    add("cluster_count", "173", "2024", 1, status="plan")
    add("cluster_count", "173", "2025", 7, status="plan")  # a later plan is not yet in force
    add("cluster_area", "173", "2024", 510, status="plan", qualifier="over")

    result = compute_form(form="03", unit=district, window=Y2024)
    one, two, three = result.item("1"), result.item("2"), result.item("3")

    assert (one.value, one.complete, one.uses) == (1, True, "published")
    assert (two.value, two.complete, two.uses) == (D("50"), False, "registry")
    assert "trên 510" in two.coverage_vi
    # The published total of 1 is the registry's yardstick: A is all of it.
    assert (three.complete, three.coverage_vi) == (True, "sổ ghi 1/1 cụm của phương án")


# --- areas ------------------------------------------------------------------------------------


def test_an_area_comes_from_the_establishment_else_the_plan_else_is_named_unknown():
    a = cluster(
        "ccn-tn-a",
        "CCN Thử nghiệm A",
        (E.OPERATING, "2022-01-01"),
        (E.ESTABLISHED, "2020-01-01"),
        established_area_ha=D("38"),
    )
    b = cluster("ccn-tn-b", "CCN Thử nghiệm B", (E.OPERATING_NOT_ESTABLISHED, "2010-01-01"))
    c = cluster("ccn-tn-c", "CCN Thử nghiệm C", (E.OPERATING_NOT_ESTABLISHED, "2011-01-01"))
    plan(3, "100", (a, "40"), (b, "12"), (c, None))

    result = form04()
    area = result.item("16")

    assert (area.value, area.complete, area.lacking) == (D("50"), False, ["CCN Thử nghiệm C"])
    assert area.note_vi == (
        "dùng diện tích theo phương án (chưa có quyết định thành lập): CCN Thử nghiệm B; "
        "chưa rõ diện tích, không cộng: CCN Thử nghiệm C"
    )
    assert area.note_en == (
        "planned area used (no establishment decision): CCN Thử nghiệm B; area unknown, not added: CCN Thử nghiệm C"
    )
    # Only C in 16.2's scope without an area: unknown, not 0 …
    PlanEntry.objects.filter(cluster=b).update(planned_area_ha=None)
    assert form04().item("16.2").value is None
    # … while an item with no cluster at all is a true 0.
    assert result.item("16.3").value == 0
    assert isinstance(result.item("16.3").value, Decimal)  # an area in ha, like every other area
    assert result.item("6").value == 0


# --- establishment, investors, stages ---------------------------------------------------------


def test_established_in_the_period_counts_the_window_only_and_an_undated_one_is_named():
    cluster("ccn-tn-a", "CCN Thử nghiệm A", (E.ESTABLISHED, "2023-12-15"), established_area_ha=D("10"))
    cluster("ccn-tn-b", "CCN Thử nghiệm B", (E.ESTABLISHED, "2024-12-14"), established_area_ha=D("20"))
    cluster("ccn-tn-c", "CCN Thử nghiệm C", (E.ESTABLISHED, "2023-12-14"), established_area_ha=D("40"))
    plan(3, "70")

    result = form04()
    assert (result.item("5").value, result.item("6").value) == (2, D("30"))
    assert result.item("5").cluster_codes == ["ccn-tn-a", "ccn-tn-b"]

    cluster("ccn-tn-d", "CCN Thử nghiệm D", (E.ESTABLISHED, None), established_area_ha=D("5"))
    five = form04().item("5")
    assert five.complete is False
    assert five.lacking == ["CCN Thử nghiệm D (ngày thành lập)"]
    assert five.coverage_vi.endswith("; chưa rõ ngày thành lập: CCN Thử nghiệm D")
    assert five.coverage_en.endswith("; establishment date unknown: CCN Thử nghiệm D")


def test_items_7_and_8_count_enterprise_investors_of_established_or_operating_clusters():
    def with_investor(code: str, investor: str, *events):  # type: ignore[no-untyped-def]
        return cluster(code, f"CCN {code}", *events, investor=investor, established_area_ha=D("10"))

    with_investor("ccn-cty", "Công ty CP Hạ tầng Thử nghiệm", (E.ESTABLISHED, "2020-01-01"))
    with_investor("ccn-op", "Công ty TNHH Vận hành Thử nghiệm", (E.OPERATING_NOT_ESTABLISHED, "2010-01-01"))
    with_investor("ccn-plan", "Công ty TNHH Đề xuất Thử nghiệm", (E.INVESTOR_PROPOSED, "2024-01-01"))
    for code, body in (
        ("ccn-bql", "  Ban Quản Lý dự án Thử nghiệm"),
        ("ccn-bql2", "BQL các CCN Thử nghiệm"),
        ("ccn-ubnd", "UBND huyện Thử nghiệm"),
        ("ccn-uy", "Ủy ban nhân dân huyện Thử nghiệm"),
        ("ccn-uy2", "Uỷ ban nhân dân xã Thử nghiệm"),
        ("ccn-tt", "Trung tâm Phát triển cụm công nghiệp Thử nghiệm"),
    ):
        with_investor(code, body, (E.ESTABLISHED, "2020-01-01"))
    cluster("ccn-none", "CCN không chủ đầu tư", (E.ESTABLISHED, "2020-01-01"))
    plan(10, "100")

    seven = form04().item("7")

    assert seven.cluster_codes == ["ccn-cty", "ccn-op"]
    assert form04().item("8").value == D("20")


def test_detailed_plan_and_infrastructure_items_follow_their_events_or_a_form_02():
    a = cluster("ccn-tn-a", "CCN Thử nghiệm A", (E.DETAILED_PLAN_APPROVED, "2024-05-01"), established_area_ha=D("10"))
    b = cluster("ccn-tn-b", "CCN Thử nghiệm B", (E.INFRASTRUCTURE_APPROVED, "2024-06-01"), established_area_ha=D("20"))
    cluster("ccn-tn-c", "CCN Thử nghiệm C", (E.DETAILED_PLAN_APPROVED, "2024-12-15"))  # after the window
    d = cluster("ccn-tn-d", "CCN Thử nghiệm D", (E.ESTABLISHED, "2020-01-01"), established_area_ha=D("5"))
    Form02Report.objects.create(cluster=d, window="2024", **form02_data())
    plan(4, "100")

    result = form04()

    assert result.item("9").cluster_codes == ["ccn-tn-a"]
    assert result.item("11").cluster_codes == ["ccn-tn-b", "ccn-tn-d"]
    assert a.pk not in {c.pk for c in result.item("11").clusters}
    assert b.pk in {c.pk for c in result.item("11").clusters}


def test_investment_comes_from_form_02_else_the_registry_else_is_named_unknown():
    def infra(code: str, **fields):  # type: ignore[no-untyped-def]
        return cluster(code, f"CCN {code}", (E.INFRASTRUCTURE_APPROVED, "2024-01-01"), **fields)

    reported = infra("ccn-f02", total_investment_bn=D("999"), paid_investment_bn=D("1"))
    Form02Report.objects.create(cluster=reported, window="2024", **form02_data())  # 320 / 250
    infra("ccn-reg", total_investment_bn=D("100"), paid_investment_bn=None)
    plan(2, "100")

    thirteen, fourteen = form04().item("13"), form04().item("14")

    assert (thirteen.value, thirteen.basis, thirteen.lacking) == (D("420"), "both", [])
    assert thirteen.note_vi == "theo Biểu 02 của kỳ; chưa có Biểu 02, lấy theo sổ: CCN ccn-reg"
    assert thirteen.note_en == "from the window's Form 02 reports; no Form 02, registry value used: CCN ccn-reg"
    assert (fourteen.value, fourteen.basis, fourteen.lacking) == (D("250"), "reported", ["CCN ccn-reg"])
    assert (fourteen.note_vi, fourteen.note_en) == ("theo Biểu 02 của kỳ", "from the window's Form 02 reports")


def test_investment_from_the_registry_alone_and_unknown_everywhere():
    infra = (E.INFRASTRUCTURE_APPROVED, "2024-01-01")
    cluster("ccn-reg", "CCN ccn-reg", infra, total_investment_bn=D("100"))
    plan(1, "100")
    thirteen, fourteen = form04().item("13"), form04().item("14")

    assert (thirteen.value, thirteen.basis) == (D("100"), "registry")
    assert (fourteen.value, fourteen.complete, fourteen.lacking) == (None, False, ["CCN ccn-reg"])


# --- operating clusters: land, occupancy --------------------------------------------------------


def test_operating_items_split_by_establishment_craft_village_and_specialisation():
    cluster("ccn-a", "CCN a", (E.ESTABLISHED, "2020-01-01"), (E.OPERATING, "2021-01-01"), is_specialised=True)
    cluster("ccn-b", "CCN b", (E.OPERATING_NOT_ESTABLISHED, "2010-01-01"), is_craft_village=True)
    cluster("ccn-c", "CCN c", (E.OPERATING, "2024-12-15"))  # after the window
    cluster("ccn-d", "CCN d", (E.OPERATING, "2021-01-01"), (E.REVOKED, "2024-01-01"))
    plan(4, "100")

    result = form04()

    assert result.item("15").cluster_codes == ["ccn-a", "ccn-b"]
    assert result.item("15.1").cluster_codes == ["ccn-a"]
    assert result.item("15.2").cluster_codes == ["ccn-b"]
    assert result.item("15.3").cluster_codes == ["ccn-b"]
    assert result.item("15.4").cluster_codes == ["ccn-a"]


def test_leased_land_and_occupancy_from_form_02_tenants_or_named_unknown():
    reported = cluster("ccn-a", "CCN a", (E.OPERATING, "2021-01-01"), industrial_land_ha=D("35"))
    Form02Report.objects.create(cluster=reported, window="2024", **form02_data())  # 20 ha leased
    make_tenant(reported, "DN ngoài Biểu (synthetic)", "7", TenantStatus.LEASED)  # the Form 02 wins
    make_tenant(reported, "DN được chấp thuận (synthetic)", "1", TenantStatus.APPROVED)
    tenants = cluster("ccn-b", "CCN b", (E.OPERATING, "2021-01-01"), industrial_land_ha=D("9"))
    make_tenant(tenants, "DN b (synthetic)", "3", TenantStatus.OPERATING)
    make_tenant(tenants, "DN b2 (synthetic)", "2", TenantStatus.APPROVED)
    cluster("ccn-c", "CCN c", (E.OPERATING, "2021-01-01"))  # no land, no Form 02, no tenant
    plan(3, "100")

    result = form04()
    land, leased, occupancy = result.item("17"), result.item("18"), result.item("19")

    assert (land.value, land.lacking, land.cluster_codes) == (D("44"), ["CCN c"], ["ccn-a", "ccn-b"])
    assert (land.note_vi, land.note_en) == ("chưa rõ đất công nghiệp: CCN c", "industrial land unknown: CCN c")
    assert (leased.value, leased.basis, leased.lacking) == (D("23"), "both", ["CCN c"])
    assert leased.note_vi == ("theo Biểu 02 của kỳ; chưa có Biểu 02, cộng đất thuê của các dự án trong sổ: CCN b")
    assert leased.note_en == "from the window's Form 02 reports; no Form 02, tenants' leased land used: CCN b"
    # (20 + 1 + 3 + 2) / (35 + 9) = 59.09 %, the unknown cluster named
    assert (occupancy.value, occupancy.lacking) == (D("59.09"), ["CCN c"])
    assert occupancy.cluster_codes == ["ccn-a", "ccn-b"]


def test_leased_land_from_reports_alone_or_tenants_alone():
    a = cluster("ccn-a", "CCN a", (E.OPERATING, "2021-01-01"), industrial_land_ha=D("40"))
    Form02Report.objects.create(cluster=a, window="2024", **form02_data(land_leased_ha=D("10")))
    plan(1, "100")
    assert form04().item("18").basis == "reported"
    assert form04().item("19").value == D("25.00")  # 10 leased ÷ 40 ha, no approved project

    Form02Report.objects.all().delete()
    make_tenant(a, "DN a (synthetic)", "8", TenantStatus.LEASED)
    leased = form04().item("18")
    assert (leased.value, leased.basis) == (D("8"), "registry")


def test_nothing_operating_gives_zero_land_and_no_occupancy():
    plan(1, "100")
    result = form04()

    assert (result.item("17").value, result.item("18").value, result.item("19").value) == (0, 0, None)


# --- projects, reports, wastewater ----------------------------------------------------------


def test_projects_count_form_02_else_land_holding_tenants_and_an_operating_cluster_without_any_is_named():
    a = cluster("ccn-a", "CCN a", (E.OPERATING, "2021-01-01"))
    Form02Report.objects.create(cluster=a, window="2024", **form02_data())  # 5 / 2 foreign / 4 operating
    b = cluster("ccn-b", "CCN b", (E.ESTABLISHED, "2021-01-01"))
    make_tenant(b, "DN b1 (synthetic)", "3", TenantStatus.OPERATING, is_foreign_invested=True)
    make_tenant(b, "DN b2 (synthetic)", "2", TenantStatus.LEASED)
    make_tenant(b, "DN b3 (synthetic)", "2", TenantStatus.APPROVED)  # no land yet: not counted
    make_tenant(b, "DN b4 (synthetic)", "2", TenantStatus.REVOKED)
    cluster("ccn-c", "CCN c", (E.OPERATING, "2021-01-01"))  # operating, no project recorded
    cluster("ccn-d", "CCN d", (E.ESTABLISHED, "2021-01-01"))  # not operating, no project: 0
    plan(4, "100")

    result = form04()
    twenty = result.item("20")

    assert [result.item(n).value for n in ("20", "21", "22")] == [7, 3, 5]
    assert twenty.cluster_codes == ["ccn-a", "ccn-b"]
    assert twenty.lacking == ["CCN c"]
    assert twenty.basis == "both"
    assert twenty.note_vi == "theo Biểu 02 của kỳ; chưa có Biểu 02, đếm các dự án trong sổ: CCN b"
    assert twenty.note_en == "from the window's Form 02 reports; no Form 02, tenants in the registry counted: CCN b"


def test_projects_basis_is_reported_or_registry_when_only_one_source_is_used():
    a = cluster("ccn-a", "CCN a", (E.OPERATING, "2021-01-01"))
    Form02Report.objects.create(cluster=a, window="2024", **form02_data())
    plan(1, "100")
    assert form04().item("20").basis == "reported"

    Form02Report.objects.all().delete()
    make_tenant(a, "DN a (synthetic)", "3", TenantStatus.OPERATING)
    assert form04().item("20").basis == "registry"


def test_revenue_is_unknown_when_nobody_reported_and_someone_should_have():
    cluster("ccn-a", "CCN a", (E.ESTABLISHED, "2021-01-01"), investor=None)
    plan(1, "100")
    result = form04()
    # A is established, not operating, with no investor and no tenant: nobody is due to report
    # and no production project exists, so the sums are a true 0.
    assert [result.item(n).value for n in ("23", "24", "25")] == [0, 0, 0]
    assert isinstance(result.item("25").value, int)
    # Operating, A has production projects (the circular's definition); none is recorded, so
    # their figures are unknown, not 0 (audit 15r; item 20 already said so).
    cluster("ccn-o", "CCN o", (E.OPERATING, "2021-01-01"), investor=None)
    plan(2, "100", number="TN-03/QĐ-UBND")
    operating = form04()
    assert [operating.item(n).value for n in ("23", "24", "25")] == [None, None, None]
    assert operating.item("23").lacking == ["CCN o (dự án sản xuất chưa có trong sổ)"]
    IndustrialCluster.objects.filter(code="ccn-o").delete()
    PlanVersion.objects.filter(decision_number="TN-03/QĐ-UBND").delete()

    cluster("ccn-b", "CCN b", (E.ESTABLISHED, "2021-01-01"), investor="Công ty TNHH Thử nghiệm B")
    late = form04()
    assert [late.item(n).value for n in ("23", "24", "25")] == [None, None, None]
    assert late.item("23").lacking == ["Công ty TNHH Thử nghiệm B (chưa gửi báo cáo)"]
    assert late.item("23").coverage_vi == (
        "sổ ghi 2/1 cụm của phương án; thiếu số liệu của: Công ty TNHH Thử nghiệm B (chưa gửi báo cáo)"
    )
    assert late.item("23").coverage_en == (
        "the registry records 2 of the plan's 1 clusters; "
        "records lacking for: Công ty TNHH Thử nghiệm B (chưa gửi báo cáo)"
    )
    assert late.item("23").note_vi == ("cộng 0 Biểu 01 (dự án sản xuất) và 0 Biểu 02 (dự án hạ tầng) của kỳ")
    assert late.item("23").note_en == (
        "sum of 0 Form 01 (production projects) and 0 Form 02 (infrastructure projects) reports of the window"
    )


def test_wastewater_from_form_02_else_the_registry_unknowns_named():
    reported = cluster("ccn-f02", "CCN f02", (E.ESTABLISHED, "2020-01-01"), wastewater=Wastewater.NONE)
    Form02Report.objects.create(
        cluster=reported, window="2024", **form02_data(wastewater_built=True, wastewater_meets_standard=False)
    )
    cluster(
        "ccn-ok", "CCN ok", (E.ESTABLISHED, "2020-01-01"), wastewater=Wastewater.BUILT, wastewater_meets_standard=True
    )
    cluster(
        "ccn-bad",
        "CCN bad",
        (E.ESTABLISHED, "2020-01-01"),
        wastewater=Wastewater.BUILT,
        wastewater_meets_standard=False,
    )
    cluster("ccn-q", "CCN q", (E.OPERATING, "2020-01-01"), wastewater=Wastewater.UNDER_CONSTRUCTION)
    cluster("ccn-none", "CCN none", (E.ESTABLISHED, "2020-01-01"), wastewater=Wastewater.NONE)
    cluster("ccn-blank", "CCN blank", (E.ESTABLISHED, "2020-01-01"))
    cluster(
        "ccn-plan", "CCN plan", (E.IN_PLAN, "2020-01-01"), wastewater=Wastewater.BUILT, wastewater_meets_standard=True
    )
    plan(7, "100")

    result = form04()
    built, meets = result.item("26"), result.item("27")

    assert built.cluster_codes == ["ccn-bad", "ccn-f02", "ccn-ok", "ccn-q"]
    assert built.lacking == ["CCN blank"]
    assert meets.cluster_codes == ["ccn-ok"]
    assert meets.lacking == ["CCN blank", "CCN q"]
    assert meets.coverage_vi == "sổ ghi 7/7 cụm của phương án; thiếu số liệu của: CCN blank, CCN q"
    assert meets.coverage_en == "the registry records 7 of the plan's 7 clusters; records lacking for: CCN blank, CCN q"


@pytest.mark.parametrize(("qualifier", "vi"), [("under", "dưới"), ("about", "khoảng"), ("nearly", "gần")])
def test_each_bound_a_source_prints_is_said_in_vietnamese(qualifier, vi):
    cluster("ccn-tn-a", "CCN Thử nghiệm A", (E.OPERATING, "2022-01-01"))
    plan(41, "2067")
    obs = add("cluster_operating", "19", "2024-YTD07", 10, qualifier=qualifier)

    item = form04().item("15")

    assert item.coverage_vi.endswith(f"; số công bố: {vi} 10 theo {obs.source.title} (kỳ 2024-YTD07)")
    assert f"; published: {qualifier} 10 per " in item.coverage_en


def test_of_two_figures_for_one_period_the_official_then_the_latest_known_is_used():
    cluster("ccn-tn-a", "CCN Thử nghiệm A", (E.OPERATING, "2022-01-01"))
    plan(41, "2067")
    add("cluster_operating", "19", "2024-YTD07", 10, status="official", vintage="2024-08-01")
    add("cluster_operating", "19", "2024-YTD07", 9, status="estimate", vintage="2024-09-01")
    assert form04().item("15").value == 10

    add("cluster_operating", "19", "2024-YTD07", 12, status="official", vintage="2024-10-01")
    add("cluster_operating", "19", "2024-YTD07", 11, status="official")  # date not known: oldest
    assert form04().item("15").value == 12


def test_an_exact_published_area_keeps_its_decimals():
    district = unit("173")
    cluster("ccn-tn-a", "CCN Thử nghiệm A", (E.ESTABLISHED, "2020-01-01"), former_district=district)
    add("cluster_area", "173", "2024", "510.5", status="plan")

    two = compute_form(form="03", unit=district, window=Y2024).item("2")

    assert (two.value, two.uses, two.complete) == (D("510.5"), "published", True)


def test_items_1_and_2_of_a_commune_with_every_planned_area_still_lack_the_plans_total():
    a = cluster("ccn-tn-a", "CCN Thử nghiệm A", (E.ESTABLISHED, "2020-01-01"), commune=unit("05503"))
    plan(41, "2067", (a, "50"))

    two = compute_form(form="03", unit=unit("05503"), window=Y2024).item("2")

    assert (two.value, two.complete, two.lacking) == (D("50"), False, ["tổng diện tích"])


def test_a_merged_province_with_every_part_known_adds_them_and_is_complete():
    bac_kan = unit("06")
    plan(41, "2067", number="TN-03/QĐ-TTg")
    plan(8, "300.5", number="BK-01/QĐ-UBND", province=bac_kan)

    result = compute_form(form="04", unit=unit("19", NEW), window=ReportingWindow.parse("2025"))
    one, two = result.item("1"), result.item("2")

    assert (one.value, one.complete, one.lacking) == (49, True, [])
    assert (two.value, two.complete) == (D("2367.5"), True)
    assert one.coverage_en in ("per the plan TN-03/QĐ-TTg, BK-01/QĐ-UBND", "per the plan BK-01/QĐ-UBND, TN-03/QĐ-TTg")
    assert f"TN-03/QĐ-TTg ({unit('19').name}): 41 cụm, 2.067 ha" in one.coverage_vi
    assert f"BK-01/QĐ-UBND ({bac_kan.name}): 8 cụm, 300,5 ha" in one.coverage_vi
    assert one.coverage_vi.count("; ") == 1
    # The registry (empty) is measured against the 49 clusters of both plans.
    assert result.item("3").coverage_vi == "sổ ghi 0/49 cụm của phương án"


def test_an_operating_cluster_without_land_or_leases_leaves_17_to_19_unknown_and_named():
    x = cluster("ccn-x", "CCN x", (E.OPERATING, "2021-01-01"))  # no land, but tenants
    make_tenant(x, "DN x (synthetic)", "3", TenantStatus.LEASED)
    cluster("ccn-y", "CCN y", (E.OPERATING, "2021-01-01"), industrial_land_ha=D("10"))  # land, no lease known
    plan(2, "100")

    result = form04()

    assert result.item("19").value is None
    assert result.item("19").lacking == ["CCN x", "CCN y"]
    Form02Report.objects.all().delete()
    x.tenants.all().delete()
    alone = form04()
    assert (alone.item("17").value, alone.item("18").value) == (D("10"), None)
    assert alone.item("17").lacking == ["CCN x"]
    IndustrialCluster.objects.filter(code="ccn-y").update(industrial_land_ha=None)
    assert form04().item("17").value is None  # no operating cluster's land known: unknown, not 0


def test_a_figure_published_for_another_province_is_not_this_ones():
    cluster("ccn-tn-a", "CCN Thử nghiệm A", (E.OPERATING, "2022-01-01"))
    plan(41, "2067")
    add("cluster_operating", "06", "2024-YTD07", 99)  # Bắc Kạn's

    item = form04().item("15")

    assert (item.value, item.published, item.uses) == (1, None, "registry")


def test_a_published_count_from_an_earlier_window_is_not_this_windows():
    cluster("ccn-tn-a", "CCN Thử nghiệm A", (E.OPERATING, "2022-01-01"))
    plan(41, "2067")
    add("cluster_operating", "19", "2023-YTD07", 9)  # window 2023's news

    item = form04().item("15")

    assert (item.value, item.published) == (1, None)


def test_only_a_plan_figure_is_a_plans_total():
    district = unit("173")
    cluster("ccn-tn-a", "CCN Thử nghiệm A", (E.ESTABLISHED, "2020-01-01"), former_district=district)
    add("cluster_count", "173", "2024-YTD07", 3, status="estimate")  # clusters counted, not planned

    one = compute_form(form="03", unit=district, window=Y2024).item("1")

    assert (one.published, one.uses, one.complete) == (None, "registry", False)


def test_each_item_carries_the_circulars_label_and_unit_and_no_note_it_does_not_need():
    from provind.clusters.circular14.wording import ITEM_LABELS

    result = form04()

    assert [(i.number, i.label_vi, i.label_en, i.unit_vi, i.unit_en) for i in result.items] == list(ITEM_LABELS)
    assert (result.item("3").note_vi, result.item("3").note_en) == ("", "")


def test_a_form_02_of_another_window_does_not_count():
    a = cluster("ccn-a", "CCN a", (E.INFRASTRUCTURE_APPROVED, "2021-01-01"), total_investment_bn=D("100"))
    Form02Report.objects.create(cluster=a, window="2023", **form02_data())  # 320 in window 2023
    plan(1, "100")

    assert form04().item("13").value == D("100")


def test_notes_name_every_cluster_and_plan_they_concern():
    # Two clusters on their planned area and two without any: each note lists all of them.
    b = cluster("ccn-tn-b", "CCN Thử nghiệm B", (E.OPERATING_NOT_ESTABLISHED, "2010-01-01"))
    c = cluster("ccn-tn-c", "CCN Thử nghiệm C", (E.OPERATING_NOT_ESTABLISHED, "2011-01-01"))
    d = cluster("ccn-tn-d", "CCN Thử nghiệm D", (E.OPERATING_NOT_ESTABLISHED, "2012-01-01"))
    e = cluster("ccn-tn-e", "CCN Thử nghiệm E", (E.OPERATING_NOT_ESTABLISHED, "2013-01-01"))
    plan(4, "100", (b, "12"), (c, "8"), (d, None), (e, None))

    area = form04().item("16")

    assert (area.value, area.lacking) == (D("20"), ["CCN Thử nghiệm D", "CCN Thử nghiệm E"])
    assert area.note_vi == (
        "dùng diện tích theo phương án (chưa có quyết định thành lập): CCN Thử nghiệm B, CCN Thử nghiệm C; "
        "chưa rõ diện tích, không cộng: CCN Thử nghiệm D, CCN Thử nghiệm E"
    )
    assert area.note_en == (
        "planned area used (no establishment decision): CCN Thử nghiệm B, CCN Thử nghiệm C; "
        "area unknown, not added: CCN Thử nghiệm D, CCN Thử nghiệm E"
    )


def test_a_merged_provinces_items_1_and_2_say_which_plans_they_add_in_both_languages():
    plan(41, "2067", number="TN-03/QĐ-TTg")
    plan(8, "300.5", number="BK-01/QĐ-UBND", province=unit("06"))

    result = compute_form(form="04", unit=unit("19", NEW), window=ReportingWindow.parse("2025"))

    for number in ("1", "2"):
        item = result.item(number)
        assert item.note_vi in (
            f"theo tổng số công bố của phương án ({names}); sổ đang ghi 0 cụm"
            for names in ("TN-03/QĐ-TTg, BK-01/QĐ-UBND", "BK-01/QĐ-UBND, TN-03/QĐ-TTg")
        ), number
        assert item.note_en in (
            f"the plan's published totals ({names}); the registry records 0 clusters"
            for names in ("TN-03/QĐ-TTg, BK-01/QĐ-UBND", "BK-01/QĐ-UBND, TN-03/QĐ-TTg")
        ), number
