import datetime as dt
from decimal import Decimal

import pytest
from django.conf import settings

from provind.clusters import queries
from provind.clusters.loading import load_clusters
from provind.clusters.models import EventKind, Form02Report, PlanEntry, TenantStatus
from provind.geography.queries import UnitNotFound
from tests.clusters.factories import add_event, add_tenant, list_in_plan, make_cluster, make_investor, make_plan

pytestmark = pytest.mark.django_db
FOLDER = settings.DATA_DIR / "thai_nguyen" / "clusters"


@pytest.fixture
def registry(thai_nguyen_data):
    load_clusters(FOLDER)


def test_the_thai_nguyen_summary_reproduces_the_plan_totals_and_the_recorded_stages(registry):
    # when the shipped registry is summarised at the end of 2024
    s = queries.summary(province_code="19", as_of=dt.date(2024, 12, 31))

    # then the plan totals are the published ones, not a sum of recorded clusters
    assert (s.plan_count, s.plan_area_ha) == (41, Decimal("2067"))
    assert s.plans[0].decision_number == "222/QĐ-TTg"
    # and the recorded clusters are shown by stage, fewer than the plan
    assert s.step("in_plan").count == 18
    # only clusters a plan with totals lists count against "the 41" (issue 9 item 3: five were not
    # shown to be in QĐ 222)
    assert s.recorded == 13
    # an establishment decision names the investor (Decree 32 Art. 8.1(b), 12.1(b)): no established
    # cluster without one
    assert s.step("with_investor").count >= s.step("established").count == 13
    assert s.step("operating").count == 1
    assert s.stages["removed_from_plan"] == 5
    assert s.completeness_en == "13 of 41 planned clusters recorded."
    # and the reported facts come from the indicator observations, with their source
    assert s.reported_value("cluster_with_investor").value == 27
    assert s.reported_value("cluster_operating").value == 11
    assert "seed" in s.reported_value("cluster_operating").source_title


def test_the_sentence_says_which_numbers_are_planned_reported_and_recorded(registry):
    s = queries.summary(province_code="19", as_of=dt.date(2024, 12, 31))

    vi, en = queries.sentence_vi(s), queries.sentence_en(s)

    assert "có 41 cụm công nghiệp với tổng diện tích 2.067 ha" in vi
    assert "Theo số liệu được báo cáo" in vi
    assert "27/41 cụm công nghiệp có chủ đầu tư hạ tầng, trong đó 11 cụm công nghiệp đã đi vào hoạt động" in vi
    assert "Sổ theo dõi ghi nhận 13/41 cụm đến ngày 31/12/2024" in vi
    assert "41 industrial clusters with a total area of 2,067 ha" in en
    assert "As reported" in en
    assert "The registry records 13 of the 41 clusters" in en


def test_the_plan_totals_are_unknown_before_the_plan_was_approved(registry):
    s = queries.summary(province_code="19", as_of=dt.date(2022, 6, 1))

    assert s.plan_count is None
    assert s.completeness_vi.startswith("Sổ theo dõi ghi nhận 18 cụm")
    assert "Chưa có tổng số cụm công nghiệp theo quy hoạch." in queries.sentence_vi(s)


def test_after_the_merger_bac_kan_clusters_join_but_not_the_41(registry):
    s = queries.summary(province_code="19", as_of=dt.date(2025, 12, 31))

    assert s.plan_count == 41
    assert s.areas_without_plan_totals == ("Tỉnh Bắc Kạn",)
    # Thanh Thịnh (Bắc Kạn plan) and the five not shown to be in QĐ 222 are recorded, not among the 41
    assert s.recorded_total == s.recorded + 1 + 5
    before = queries.clusters_for(province_code="19", as_of=dt.date(2025, 6, 30))
    assert "thanh-thinh" not in {r.cluster.code for r in before}
    assert "thanh-thinh" in {
        r.cluster.code for r in queries.clusters_for(province_code="06", as_of=dt.date(2025, 6, 30))
    }


def test_the_funnel_moves_with_the_date():
    # given a synthetic cluster that enters the plan, gets an investor, is established and operates
    plan = make_plan(on="2023-03-14")
    cluster = make_cluster(investor=make_investor())
    list_in_plan(plan, cluster, area_ha="40")
    add_event(cluster, EventKind.INVESTOR_PROPOSED, "2023-06-01")
    add_event(cluster, EventKind.ESTABLISHED, "2023-11-15", area_ha="38")
    add_event(cluster, EventKind.OPERATING, "2025-02-01")

    def counts(day):
        s = queries.summary(province_code="19", as_of=dt.date.fromisoformat(day))
        return [s.step(k).count for k in queries.FUNNEL]

    # then each date shows the steps reached by then
    assert counts("2023-01-01") == [0, 0, 0, 0]
    assert counts("2023-04-01") == [1, 0, 0, 0]
    assert counts("2023-07-01") == [1, 1, 0, 0]
    assert counts("2024-01-01") == [1, 1, 1, 0]
    assert counts("2025-03-01") == [1, 1, 1, 1]
    # and the area follows the plan, then the establishment decision
    assert queries.area_on(cluster, dt.date(2023, 4, 1)) == Decimal("40")
    assert queries.area_on(cluster, dt.date(2024, 1, 1)) == Decimal("38")


def test_revoked_and_removed_clusters_leave_the_funnel():
    old = make_plan("Quy hoạch cũ (synthetic)", on="2020-01-01")
    new = make_plan("Quy hoạch mới (synthetic)", on="2023-01-01")
    dropped = make_cluster("ccn-bo", "CCN Bỏ (synthetic)")
    list_in_plan(old, dropped)
    list_in_plan(new, dropped, PlanEntry.Change.REMOVED)
    revoked = make_cluster("ccn-bai-bo", "CCN Bãi bỏ (synthetic)")
    add_event(revoked, EventKind.ESTABLISHED, "2021-01-01")
    add_event(revoked, EventKind.REVOKED, "2024-01-01")

    assert queries.stage_of(dropped, dt.date(2022, 1, 1)) == "in_plan"
    assert queries.stage_of(dropped, dt.date(2023, 6, 1)) == "removed_from_plan"
    assert queries.stage_of(revoked, dt.date(2024, 6, 1)) == "revoked"
    s = queries.summary(province_code="19", as_of=dt.date(2024, 6, 1))
    assert s.step("in_plan").count == 0
    assert s.stages["revoked"] == 1


def test_average_occupancy_of_operating_clusters_from_tenants_or_form02():
    # given two operating clusters: one with tenants, one with a Form 02
    a = make_cluster("ccn-a", "CCN A (synthetic)", industrial_land_ha="20")
    add_event(a, EventKind.OPERATING, "2020-01-01")
    add_tenant(a, "8")
    add_tenant(a, "2", TenantStatus.APPROVED)
    add_tenant(a, "5", TenantStatus.REVOKED)
    b = make_cluster("ccn-b", "CCN B (synthetic)", industrial_land_ha="40")
    add_event(b, EventKind.OPERATING, "2020-01-01")
    Form02Report.objects.create(
        cluster=b,
        window="2024H1",
        total_investment_bn=100,
        paid_investment_bn=50,
        land_ready_ha=30,
        land_leased_ha=12,
        occupancy_pct=Decimal("35"),
        projects=3,
        projects_foreign=0,
        projects_operating=2,
        revenue_bn=1,
        budget_paid_bn=1,
        workers=10,
        average_income_mn=7,
        wastewater_built=True,
        wastewater_meets_standard=True,
    )

    s = queries.summary(province_code="19", as_of=dt.date(2024, 12, 31))

    # then A is (8 + 2) / 20 = 50%, B is 12 / 40 = 30% from its Form 02, and the mean is 40%
    assert queries.occupancy_of(a).pct == Decimal(50)
    assert queries.occupancy_of(b, dt.date(2024, 12, 31)).source == "form02 2024H1"
    assert s.average_occupancy_pct == Decimal(40)
    assert s.occupancy_known == 2
    # and a Form 02 whose window has not closed is not used yet
    assert queries.occupancy_of(b, dt.date(2024, 6, 1)).pct is None


def test_clusters_for_filters_by_stage_commune_and_district():
    established = make_cluster("ccn-tl", "CCN Thành lập (synthetic)", commune="05941")
    add_event(established, EventKind.ESTABLISHED, "2024-01-01")
    operating = make_cluster("ccn-hd", "CCN Hoạt động (synthetic)", former_district="172")
    add_event(operating, EventKind.ESTABLISHED, "2020-01-01")
    add_event(operating, EventKind.OPERATING, "2021-01-01")
    on = dt.date(2024, 6, 1)

    def codes(**kw):
        return [r.cluster.code for r in queries.clusters_for(province_code="19", as_of=on, **kw)]

    assert codes(stage="established") == ["ccn-hd", "ccn-tl"]  # cumulative, as the funnel counts
    assert codes(stage="operating") == ["ccn-hd"]
    assert codes(commune_code="05941") == ["ccn-tl"]
    assert codes(former_district_code="172") == ["ccn-hd"]
    assert codes(search="hoạt") == ["ccn-hd"]
    with pytest.raises(queries.QueryError) as err:
        codes(stage="nonsense")
    assert "không hợp lệ" in err.value.vi
    with pytest.raises(UnitNotFound):
        queries.clusters_for(province_code="99", as_of=on)
    with pytest.raises(queries.QueryError):
        queries.clusters_for(province_code="173", as_of=on)  # a district, not a province


def test_unleased_land_lists_known_land_first_and_never_shows_unknown_as_zero():
    investor = make_investor(contact="0280 000 000 (synthetic)")
    free = make_cluster(
        "ccn-con-dat",
        "CCN Còn đất (synthetic)",
        industrial_land_ha="30",
        investor=investor,
        sectors_welcomed="cơ khí",
        commune="05941",
    )
    add_event(free, EventKind.ESTABLISHED, "2023-01-01")
    add_tenant(free, "10")
    full = make_cluster("ccn-day", "CCN Đầy (synthetic)", industrial_land_ha="10")
    add_event(full, EventKind.ESTABLISHED, "2023-01-01")
    add_tenant(full, "10")
    unknown = make_cluster("ccn-chua-ro", "CCN Chưa rõ (synthetic)")
    add_event(unknown, EventKind.ESTABLISHED, "2023-01-01")
    planned = make_cluster("ccn-quy-hoach", "CCN Quy hoạch (synthetic)", industrial_land_ha="50")
    add_event(planned, EventKind.IN_PLAN, "2023-01-01")

    rows = queries.unleased_land(province_code="19", as_of=dt.date(2024, 1, 1))

    assert [(r.cluster.code, r.unleased_ha) for r in rows] == [("ccn-con-dat", Decimal(20)), ("ccn-chua-ro", None)]
    first = rows[0]
    assert (first.contact, first.sectors_welcomed, first.commune_name) == (
        "0280 000 000 (synthetic)",
        "cơ khí",
        "Xã Điềm Thụy",
    )
    assert not rows[1].known


@pytest.mark.parametrize("as_of", ["2024-08-01", "2024-10-15", "2024-12-31"])
def test_facts_published_with_7_month_data_show_from_august_2024(registry, as_of):
    # issue 9 item 11: 27/41 and 11 operating were published with the 7-month 2024 figures
    s = queries.summary(province_code="19", as_of=dt.date.fromisoformat(as_of))

    assert s.reported_value("cluster_with_investor").value == 27
    assert s.reported_value("cluster_operating").value == 11


def test_facts_are_not_shown_before_they_were_published(registry):
    s = queries.summary(province_code="19", as_of=dt.date(2024, 7, 15))

    assert s.reported_value("cluster_operating") is None
