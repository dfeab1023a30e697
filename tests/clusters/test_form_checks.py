"""Forms 01/02 checked field by field (issue 9: every refusal and computation rule has a test that
fails when it disappears). Synthetic clusters only."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from provind.clusters.circular14 import submissions as sub
from provind.clusters.circular14.wording import FORM01_FIELDS, FORM02_FIELDS
from provind.clusters.models import Form02Report, TenantStatus
from provind.clusters.windows import ReportingWindow
from tests.clusters.form_factories import form02_data, make_tenant, reporting_scenario
from tests.conftest import make_user

D = Decimal
H1_2024 = ReportingWindow.parse("2024H1")
TODAY = dt.date(2024, 6, 18)
SPEC = {f.name: f for f in FORM02_FIELDS}


# --- one value -------------------------------------------------------------------------------


@pytest.mark.parametrize("raw", [None, "", "   "])
def test_a_missing_value_is_named(raw):
    value, problem = sub._parse_value(SPEC["land_ready_ha"], raw)

    assert value is None
    assert problem == sub.Problem("land_ready_ha", "3. thiếu giá trị", "3. value is missing")


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (True, True),
        (False, False),
        ("1", True),
        ("Có", True),
        ("x", True),
        ("Đạt", True),
        ("0", False),
        ("KHÔNG", False),
        ("chưa", False),
        ("không đạt", False),
        (1, True),
        (0, False),
    ],
)
def test_a_flag_reads_yes_and_no_words(raw, expected):
    assert sub._parse_value(SPEC["wastewater_built"], raw) == (expected, None)


def test_a_flag_refuses_other_words():
    value, problem = sub._parse_value(SPEC["wastewater_built"], "Maybe")

    assert value is None
    assert problem is not None
    assert problem.field == "wastewater_built"
    assert problem.vi == "13. “maybe” phải là 1 hoặc 0"
    assert problem.en == "13. “maybe” must be 1 (yes) or 0 (no)"


def test_numbers_are_read_the_vietnamese_way_and_checked():
    assert sub._parse_value(SPEC["land_ready_ha"], "12,5") == (D("12.5"), None)
    assert sub._parse_value(SPEC["land_ready_ha"], 0) == (D(0), None)  # zero is allowed
    assert sub._parse_value(SPEC["projects"], "7") == (7, None)
    assert isinstance(sub._parse_value(SPEC["projects"], D("7.0"))[0], int)

    _v, negative = sub._parse_value(SPEC["land_ready_ha"], "-1")
    _v, fraction = sub._parse_value(SPEC["projects"], "2,5")
    _v, words = sub._parse_value(SPEC["land_ready_ha"], "nhiều")
    _v, nan = sub._parse_value(SPEC["land_ready_ha"], D("NaN"))

    assert negative == sub.Problem("land_ready_ha", "3. không được âm (-1)", "3. must not be negative (-1)")
    assert fraction == sub.Problem("projects", "6. phải là số nguyên (2.5)", "6. must be a whole number (2.5)")
    assert words is not None
    assert words.vi.startswith("3. ")
    assert words.field == "land_ready_ha"
    assert nan is not None
    assert nan.field == "land_ready_ha"


def test_a_value_the_column_cannot_hold_is_refused_before_saving():
    field = Form02Report._meta.get_field("occupancy_pct")  # 6 digits, 2 decimals

    assert sub._fits(SPEC["occupancy_pct"], D("9999.99"), field) is None
    assert sub._fits(SPEC["occupancy_pct"], D("0.5"), field) is None
    too_big = sub._fits(SPEC["occupancy_pct"], D("10000"), field)
    too_fine = sub._fits(SPEC["occupancy_pct"], D("1.234"), field)

    assert too_big is not None
    assert too_fine is not None
    assert too_big.field == "occupancy_pct"
    assert too_big.vi == "5. 10000 quá lớn hoặc quá nhiều chữ số thập phân (tối đa 2)"
    assert too_fine.en == "5. 1.234 is too large or has too many decimals (at most 2)"


def test_parse_all_keeps_good_values_and_lists_every_problem_in_order():
    data = {**form02_data(), "land_ready_ha": "-2", "occupancy_pct": "1,234", "projects": None}

    values, problems = sub._parse_all(FORM02_FIELDS, data, Form02Report)

    assert [p.field for p in problems] == ["land_ready_ha", "occupancy_pct", "projects"]
    assert "land_ready_ha" not in values
    assert values["total_investment_bn"] == D("320")
    assert values["wastewater_built"] is True


def test_amounts_in_messages_are_rounded_to_the_hundredth_half_up():
    assert sub._fmt(None) == "?"
    assert sub._fmt(D("36")) == "36"
    assert sub._fmt(D("36.005")) == "36.01"
    assert sub._fmt(D("36.50")) == "36.5"
    assert sub._fmt(D("100")) == "100"


def test_problems_and_rejections():
    error = sub.Problem("workers", "3. sai", "3. wrong")
    warning = sub.Problem("occupancy_pct", "5. lệch", "5. differs", "warning")

    rejected = sub.FormRejected([error, warning])

    assert error.as_text() == "workers: 3. sai / 3. wrong"
    assert rejected.problems == [error]
    assert rejected.warnings == [warning]
    assert str(rejected) == "workers: 3. sai / 3. wrong"
    assert str(sub.NotAllowed("không", "no")) == "không / no"


# --- occupancy and capital warnings ------------------------------------------------------------


def test_occupancy_within_half_a_point_is_not_flagged():
    kwargs = {"land_ready_ha": D(30), "land_leased_ha": D(20)}

    assert sub.occupancy_flags(reported_pct=D("60.5"), recomputed_pct=D(60), **kwargs) == []
    assert sub.occupancy_flags(reported_pct=D("59.5"), recomputed_pct=D(60), **kwargs) == []
    [flag] = sub.occupancy_flags(reported_pct=D("60.51"), recomputed_pct=D(60), **kwargs)
    assert flag.severity == "warning"
    assert flag.vi.startswith("5. tỷ lệ lấp đầy báo cáo 60.51% khác giá trị tính lại 60% ((đất đã cho thuê")
    assert flag.en == (
        "5. the reported occupancy 60.51% differs from the recomputed 60% ((leased + approved land) ÷ industrial "
        "land, Decree 32 Art. 2)"
    )


def test_occupancy_that_cannot_be_recomputed_says_why():
    [flag] = sub.occupancy_flags(reported_pct=D(60), recomputed_pct=None, land_ready_ha=D(30), land_leased_ha=D(20))

    assert (flag.field, flag.severity) == ("occupancy_pct", "warning")
    assert "chưa có diện tích đất công nghiệp" in flag.vi
    assert "industrial land is not in the registry" in flag.en


def test_occupancy_on_ready_land_is_recognised_within_a_tenth_of_a_point():
    near = sub.occupancy_flags(reported_pct=D("66.6"), recomputed_pct=D(60), land_ready_ha=D(30), land_leased_ha=D(20))
    far = sub.occupancy_flags(reported_pct=D("66.5"), recomputed_pct=D(60), land_ready_ha=D(30), land_leased_ha=D(20))
    no_ready = sub.occupancy_flags(reported_pct=D(70), recomputed_pct=D(60), land_ready_ha=D(0), land_leased_ha=D(20))

    assert near[0].en.endswith("instead of all industrial land")
    assert "(mục 3)" in near[0].vi
    assert "item 3" not in far[0].en
    assert "item 3" not in no_ready[0].en


def test_capital_paid_above_the_total_is_a_warning():
    assert sub._paid_warning(D(100), D(100)) == []
    [warning] = sub._paid_warning(D(100), D("100.5"))

    assert (warning.field, warning.severity) == ("paid_investment_bn", "warning")
    assert warning.vi == "2. vốn đã đầu tư (100.5 tỷ đồng) lớn hơn tổng mức đầu tư được duyệt (100 tỷ đồng)"
    assert warning.en == "2. capital paid (100.5 bn VND) exceeds the approved total (100 bn VND)"


# --- the whole Form 02 -----------------------------------------------------------------------


@pytest.fixture
def scenario(db: None):  # type: ignore[no-untyped-def]
    return reporting_scenario(form02_for_a=False)


def test_a_good_form02_has_no_problem_and_its_occupancy_recomputed(scenario):
    check = sub.check_form02(cluster=scenario.a, window=H1_2024, data=form02_data(), today=TODAY)

    assert check.ok is True
    assert check.problems == []
    assert check.errors == []
    assert check.warnings == []
    assert check.occupancy_recomputed_pct == D("60.00")  # (20 + 1 approved) / 35
    assert check.values["land_leased_ha"] == D("20")


def test_leased_land_above_the_established_area_is_refused(scenario):
    scenario.a.industrial_land_ha = None  # only the established area (50 ha) bounds it
    scenario.a.save()

    check = sub.check_form02(cluster=scenario.a, window=H1_2024, data=form02_data(land_leased_ha=D(51)), today=TODAY)

    problem = next(p for p in check.errors if p.field == "land_leased_ha")
    assert problem.en == "4. leased land (51 ha) exceeds the cluster's established area (50 ha)"
    assert problem.vi == "4. đất đã cho thuê (51 ha) lớn hơn diện tích thành lập cụm (50 ha)"
    equal = sub.check_form02(cluster=scenario.a, window=H1_2024, data=form02_data(land_leased_ha=D(50)), today=TODAY)
    assert not [p for p in equal.errors if p.field == "land_leased_ha"]


def test_ready_land_above_industrial_land_is_refused_and_equal_is_allowed(scenario):
    above = sub.check_form02(cluster=scenario.a, window=H1_2024, data=form02_data(land_ready_ha=D(36)), today=TODAY)
    equal = sub.check_form02(cluster=scenario.a, window=H1_2024, data=form02_data(land_ready_ha=D(35)), today=TODAY)

    [problem] = above.errors
    assert problem.field == "land_ready_ha"
    assert problem.en == "3. land with completed infrastructure (36 ha) exceeds the cluster's industrial land (35 ha)"
    assert equal.ok


def test_an_inconsistent_registry_refuses_the_report_until_the_department_corrects_it(scenario):
    scenario.a.industrial_land_ha = D(60)  # above its established 50 ha
    scenario.a.save()

    check = sub.check_form02(cluster=scenario.a, window=H1_2024, data=form02_data(), today=TODAY)

    problem = next(p for p in check.errors if p.field == "cluster")
    assert problem.vi.startswith("sổ cụm công nghiệp sai: đất công nghiệp (60 ha) lớn hơn diện tích thành lập (50 ha)")
    assert problem.en.endswith("the Department must correct it first")


def test_project_counts_must_fit_inside_the_total(scenario):
    data = form02_data(projects=5, projects_foreign=6, projects_operating=5)

    check = sub.check_form02(cluster=scenario.a, window=H1_2024, data=data, today=TODAY)

    [problem] = check.errors
    assert problem.field == "projects_foreign"
    assert problem.vi == "7. số dự án có vốn nước ngoài (6) lớn hơn tổng số dự án (mục 6: 5)"
    assert problem.en == "7. foreign-invested projects (6) exceed all projects (item 6: 5)"
    operating = sub.check_form02(
        cluster=scenario.a, window=H1_2024, data=form02_data(projects_operating=6), today=TODAY
    )
    assert operating.errors[0].en == "8. operating projects (6) exceed all projects (item 6: 5)"


def test_a_plant_not_built_cannot_meet_the_standard(scenario):
    bad = sub.check_form02(
        cluster=scenario.a,
        window=H1_2024,
        today=TODAY,
        data=form02_data(wastewater_built=False, wastewater_meets_standard=True),
    )
    fine = sub.check_form02(
        cluster=scenario.a,
        window=H1_2024,
        today=TODAY,
        data=form02_data(wastewater_built=False, wastewater_meets_standard=False),
    )

    assert [p.field for p in bad.errors] == ["wastewater_meets_standard"]
    assert bad.errors[0].vi.startswith("14. không thể “đạt tiêu chuẩn”")
    assert fine.ok


def test_form02_warnings_are_kept_beside_a_good_report(scenario):
    check = sub.check_form02(
        cluster=scenario.a,
        window=H1_2024,
        today=TODAY,
        data=form02_data(paid_investment_bn=D(400), occupancy_pct=D(70)),
    )

    assert check.ok is True
    assert [w.field for w in check.warnings] == ["paid_investment_bn", "occupancy_pct"]


def test_a_future_window_is_refused_and_the_current_one_taken(scenario):
    future = sub.check_form02(
        cluster=scenario.a, window=ReportingWindow.parse("2025H1"), data=form02_data(), today=dt.date(2024, 12, 14)
    )
    started = sub.check_form02(
        cluster=scenario.a, window=ReportingWindow.parse("2025H1"), data=form02_data(), today=dt.date(2024, 12, 15)
    )

    assert [p.field for p in future.errors] == ["window"]
    assert future.errors[0].vi == "kỳ báo cáo 2025H1 chưa bắt đầu (từ 15/12/2024)"
    assert future.errors[0].en == "the reporting window 2025H1 has not started (from 2024-12-15)"
    assert started.ok


def test_a_cluster_without_industrial_land_cannot_recompute_occupancy(scenario):
    scenario.a.industrial_land_ha = None
    scenario.a.save()
    check = sub.check_form02(cluster=scenario.a, window=H1_2024, data=form02_data(), today=TODAY)

    assert check.occupancy_recomputed_pct is None
    assert [w.field for w in check.warnings] == ["occupancy_pct"]
    assert sub.recompute_occupancy(cluster=scenario.b, land_leased_ha=D(10)) is not None


def test_a_stored_form02_shows_its_warnings(scenario):
    user = make_user("dev", None, is_superuser=True)
    report = sub.submit_form02(
        cluster=scenario.a,
        window=H1_2024,
        user=user,
        today=TODAY,
        data=form02_data(paid_investment_bn=D(400), occupancy_pct=D(70)),
    )

    assert [f.field for f in sub.form02_flags(report)] == ["occupancy_pct", "paid_investment_bn"]
    assert report.occupancy_recomputed_pct == D("60.00")
    assert report.submitted_by == user


# --- Form 01 ---------------------------------------------------------------------------------


def test_form01_for_a_revoked_project_is_refused(scenario):
    tenant = make_tenant(scenario.a, "DN Thu hồi (synthetic)", "2", TenantStatus.REVOKED)
    data = {"revenue_bn": "1", "budget_paid_bn": "1", "workers": "1", "average_income_mn": "1"}

    values, problems = sub.check_form01(tenant=tenant, window=H1_2024, data=data, today=TODAY)

    assert [p.field for p in problems] == ["tenant"]
    assert problems[0].vi == "dự án “DN Thu hồi (synthetic)” đã bị thu hồi, không nhận báo cáo"
    assert problems[0].en == "the project “DN Thu hồi (synthetic)” is revoked; no report is accepted"
    assert values["workers"] == 1
    with pytest.raises(sub.FormRejected):
        sub.submit_form01(
            tenant=tenant, window=H1_2024, data=data, user=make_user("dev", None, is_superuser=True), today=TODAY
        )


def test_form01_names_its_missing_items(scenario):
    tenant = make_tenant(scenario.a, "DN Thiếu (synthetic)", "2", TenantStatus.LEASED)

    _values, problems = sub.check_form01(tenant=tenant, window=H1_2024, data={"revenue_bn": "1"}, today=TODAY)

    assert [p.field for p in problems] == [f.name for f in FORM01_FIELDS[1:]]


def test_who_may_report_for_a_tenant(scenario):
    from django.contrib.auth.models import AnonymousUser

    tenant = make_tenant(scenario.a, "DN Báo cáo (synthetic)", "2", TenantStatus.LEASED)
    own = make_user("own", None)
    tenant.user = own
    tenant.save()
    inactive = make_user("inactive", None, is_active=False, is_superuser=True)
    stranger = make_user("stranger", None)

    assert sub.may_report_for_tenant(own, tenant) is True
    assert sub.may_report_for_tenant(make_user("root", None, is_superuser=True), tenant) is True
    assert sub.may_report_for_tenant(stranger, tenant) is False
    assert sub.may_report_for_tenant(inactive, tenant) is False
    assert sub.may_report_for_tenant(AnonymousUser(), tenant) is False
    with pytest.raises(sub.NotAllowed) as refused:
        sub.submit_form01(tenant=tenant, window=H1_2024, data={}, user=stranger, today=TODAY)
    assert refused.value.en == "you are not assigned to report for the project “DN Báo cáo (synthetic)”"


def test_the_stale_message_names_who_filed_and_each_item_that_differs(scenario):
    user = make_user("nguoi-gui", None, is_superuser=True)
    sub.submit_form02(cluster=scenario.a, window=H1_2024, data=form02_data(), user=user, today=TODAY)

    with pytest.raises(sub.FormStale) as stale:
        sub.submit_form02(
            cluster=scenario.a, window=H1_2024, data=form02_data(workers=51), user=user, today=TODAY, based_on=7
        )

    first, *items = stale.value.problems
    assert first.field == "version"
    assert first.vi.startswith("báo cáo kỳ 2024H1 đã được nguoi-gui gửi lúc ")
    assert "(phiên bản 1); không lưu bản của bạn" in first.vi
    assert first.en.startswith("the 2024H1 report was filed by nguoi-gui at ")
    assert [(p.field, p.vi, p.en) for p in items] == [
        ("workers", "11. đã lưu: 50; bạn gửi: 51", "11. stored: 50; yours: 51"),
    ]
    assert stale.value.current.version == 1
