"""The report data built from the database (provind/reports/builder.py), checked sentence by
sentence against the founding article's figures (7 months of 2024, all "ước")."""

from decimal import Decimal

import pytest

from provind.indicators.models import Indicator, Observation, Source
from provind.indicators.periods import Period
from provind.indicators.queries import unit_for_period
from provind.reports.builder import ReportInputError, build_report, figures_of, resolve, structure_section

pytestmark = pytest.mark.django_db

# The seed: "chỉ số sản xuất toàn ngành công nghiệp ước tăng 7,1%; tổng mức bán lẻ hàng hoá và doanh
# thu dịch vụ ước đạt trên 45.000 tỷ đồng, tăng 16,3% so với cùng kỳ năm trước; xuất khẩu hàng hóa
# ước đạt 17,6 tỷ USD, tăng 12,8% so với cùng kỳ; tổng giá trị nhập khẩu hàng hoá ước đạt 10 tỷ USD."
GOLDEN_INDUSTRY = ["Chỉ số sản xuất công nghiệp (IIP) 7 tháng năm 2024 ước tăng 7,1% so với cùng kỳ năm trước."]
GOLDEN_TRADE = [
    "Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng 7 tháng năm 2024 ước đạt trên 45.000 tỷ đồng, "
    "tăng 16,3% so với cùng kỳ năm trước.",
    "Kim ngạch xuất khẩu hàng hóa 7 tháng năm 2024 ước đạt 17,6 tỷ USD, tăng 12,8% so với cùng kỳ năm trước.",
    "Kim ngạch nhập khẩu hàng hóa 7 tháng năm 2024 ước đạt 10 tỷ USD.",
    "Cán cân thương mại hàng hóa 7 tháng năm 2024 ước xuất siêu 7,6 tỷ USD (xuất khẩu trừ nhập khẩu).",
]
GOLDEN_TRADE_EN = [
    "Retail sales of goods and consumer-services revenue in 7 months of 2024 is estimated at over 45,000 bn VND, "
    "up 16.3% year on year.",
    "Merchandise exports in 7 months of 2024 is estimated at 17.6 bn USD, up 12.8% year on year.",
    "Merchandise imports in 7 months of 2024 is estimated at 10 bn USD.",
]


def section(data, key):
    return next(s for s in data["sections"] if s["key"] == key)


def test_golden_seven_months_2024_sentence_by_sentence(shipped):
    data = build_report(unit_code="19", period_code="2024-YTD07")

    assert data["period"]["label_vi"] == "7 tháng năm 2024"
    assert data["issuer_vi"] == "SỞ CÔNG THƯƠNG TỈNH THÁI NGUYÊN"
    assert [s["key"] for s in data["sections"]] == [
        "industry",
        "trade",
        "clusters",
        "projects",
        "targets",
        "structure",
        "tasks",
    ]
    assert section(data, "industry")["sentences_vi"] == GOLDEN_INDUSTRY
    assert section(data, "trade")["sentences_vi"] == GOLDEN_TRADE
    assert section(data, "trade")["sentences_en"][:3] == GOLDEN_TRADE_EN
    assert section(data, "structure")["sentences_vi"][0] == (
        "Tỷ trọng khu vực có vốn đầu tư nước ngoài trong giá trị sản xuất công nghiệp năm 2024 ước chiếm 92,7%."
    )
    clusters = " ".join(section(data, "clusters")["sentences_vi"])
    assert "41 cụm công nghiệp với tổng diện tích 2.067 ha" in clusters
    assert section(data, "tasks")["editable"] is True


def test_every_golden_figure_is_an_estimate_with_its_source(shipped):
    data = build_report(unit_code="19", period_code="2024-YTD07")
    figs = figures_of(data)

    wanted = {"iip": "7.1", "retail_sales_services": "45000", "export_value": "17.6", "import_value": "10"}
    found = {code: fig for (_s, code, _b), fig in figs.items() if code in wanted}
    assert {code: fig.value for code, fig in found.items()} == {k: Decimal(v) for k, v in wanted.items()}
    assert {fig.status for fig in found.values()} == {"estimate"}
    assert all(fig.source_ref for fig in found.values())
    seed = data["sources"][found["iip"].source_ref - 1]
    assert seed["url"] == "docs/sources/000_7b68db28bfd2d48c.txt"


def test_a_section_without_figures_says_what_is_missing(shipped):
    data = build_report(unit_code="19", period_code="2023-YTD07")

    assert section(data, "industry")["sentences_vi"] == [
        "Chưa có số liệu về sản xuất công nghiệp 7 tháng năm 2023 (chưa có: Chỉ số sản xuất công nghiệp (IIP); "
        "Giá trị sản xuất công nghiệp)."
    ]
    assert section(data, "trade")["sentences_en"][0].startswith("No figures on trade for 7 months of 2023")
    assert "0" not in section(data, "industry")["sentences_vi"][0].replace("2023", "")


def test_the_nine_months_2020_report_says_percent_of_plan_as_the_department_did(shipped):
    data = build_report(unit_code="19", period_code="2020-YTD09")

    industry = section(data, "industry")["sentences_vi"]
    assert industry[0] == (
        "Giá trị sản xuất công nghiệp 9 tháng năm 2020 ước đạt 567.634,2 tỷ đồng, tăng 2,5% so với cùng kỳ năm trước, "
        "đạt 70,7% kế hoạch năm."
    )
    trade = section(data, "trade")["sentences_vi"]
    assert "giảm 5,6% so với cùng kỳ năm trước, đạt 68,9% kế hoạch năm" in trade[1]


def test_structure_shows_the_gap_between_former_thai_nguyen_and_bac_kan(shipped):
    unit, period = resolve("19", "2025-H1")
    found = structure_section(unit, period)

    text = " ".join(found.sentences_vi)
    assert "của Tỉnh Thái Nguyên (443.600 tỷ đồng) gấp khoảng 422 lần của Tỉnh Bắc Kạn (1.050 tỷ đồng)" in text
    assert found.figures[0].value == Decimal("92.5")  # as published
    # recomputed from the ownership parts by the analysis app: 410.200 / 443.600
    assert "khu vực có vốn đầu tư nước ngoài chiếm 92,47%" in text


def test_structure_says_when_one_side_of_the_gap_is_missing(shipped):
    unit, period = resolve("19", "2024-YTD07")
    found = structure_section(unit, period)

    assert "Chưa đủ số liệu giá trị sản xuất công nghiệp" in found.sentences_vi[-1]


def test_bad_unit_and_period_are_refused_naming_the_field(shipped):
    with pytest.raises(ReportInputError) as bad_period:
        build_report(unit_code="19", period_code="2024-13")
    with pytest.raises(ReportInputError) as bad_unit:
        build_report(unit_code="99999", period_code="2024-YTD07")
    with pytest.raises(ReportInputError) as range_period:
        build_report(unit_code="19", period_code="2021-2030")

    assert bad_period.value.field == "period"
    assert bad_unit.value.field == "unit"
    assert "không có đơn vị" in bad_unit.value.vi
    assert range_period.value.field == "period"


def test_charts_get_monthly_rows_with_years_in_their_labels(synthetic_months):
    data = build_report(unit_code="19", period_code="2024-YTD07")
    charts = {c["key"]: c for c in data["charts"]}

    iip = charts["iip_monthly"]["rows"]
    assert len(iip) == 14  # 7 months of 2024 and the same 7 months of 2023
    assert {r["month"] for r in iip} == {f"T{m}/{y}" for m in range(1, 8) for y in (2023, 2024)}
    assert {r["year"] for r in iip} == {"2024", "2023"}
    exports = charts["exports_cumulative"]
    assert [r["month"] for r in exports["rows"]] == [f"T{m}/2024" for m in range(1, 8)]
    assert exports["plan"] == 30.0
    # The cumulative line is the sum of the months (indicators.calculations.cumulative_to_date).
    months = Observation.objects.filter(
        indicator__code="export_value", period_kind="month", period_code__startswith="2024"
    )
    assert exports["rows"][-1]["value"] == pytest.approx(float(sum(o.value for o in months)))
    assert [r["step_vi"] for r in charts["cluster_funnel"]["rows"]][0] == "trong quy hoạch"


def test_a_month_report_fills_thuc_hien_thang_and_plan(synthetic_months):
    data = build_report(unit_code="19", period_code="2024-YTD07")
    exports = next(f for f in section(data, "trade")["figures"] if f["code"] == "export_value")

    july = Observation.objects.get(indicator__code="export_value", period_code="2024-07")
    assert Decimal(exports["month_value"]) == july.value
    assert Decimal(exports["plan_pct"]).quantize(Decimal("0.1")) == Decimal("58.7")  # 17.6 of a 30 plan
    assert "đạt 58,7% kế hoạch năm" in section(data, "trade")["sentences_vi"][1]


def test_revisions_list_figures_whose_value_changed(shipped):
    before = build_report(unit_code="19", period_code="2024-YTD07")
    revised = Observation(
        indicator=Indicator.objects.get(code="export_value"),
        unit=unit_for_period("19", Period.ytd(2024, 7)),
        value=Decimal("17.9"),
        status="preliminary",
        source=Source.objects.create(title="Revised figure (test)", url=""),
    )
    revised.set_period(Period.ytd(2024, 7))
    revised.save()

    after = build_report(unit_code="19", period_code="2024-YTD07", previous=before)

    rows = [
        (r["name_vi"], Decimal(r["old_value"]), Decimal(r["new_value"]), r["old_status"], r["new_status"])
        for r in after["revisions"]
    ]
    assert rows == [("Kim ngạch xuất khẩu hàng hóa", Decimal("17.6"), Decimal("17.9"), "estimate", "preliminary")]
    assert "sơ bộ đạt 17,9 tỷ USD" in section(after, "trade")["sentences_vi"][1]


def test_obstacles_are_listed_overdue_first_with_agency_and_days_overdue(shipped):
    import datetime as dt

    from tests.projects.factories import make_agency, make_obstacle, make_project

    project = make_project(unit_codes=("05503",))
    agency = make_agency("Sở Tài chính (thử)")
    on_time = make_obstacle(project, raised="2025-08-10", deadline="2099-12-31", agency=agency, description="Mới")
    overdue = make_obstacle(project, raised="2025-08-01", deadline="2025-08-15", description="Quá hạn")
    make_obstacle(project, raised="2025-10-15", deadline="2025-10-20", description="Sau kỳ báo cáo")

    data = build_report(unit_code="19", period_code="2025-09")
    projects = section(data, "projects")
    bac_kan = section(build_report(unit_code="06", period_code="2025-H1"), "projects")

    rows = projects["tables"][0]["rows_vi"]
    days = overdue.days_overdue(dt.date(2025, 9, 30))
    assert [r[1] for r in rows] == ["Quá hạn", "Mới"]
    assert rows[0][2] == overdue.agency.name
    assert rows[0][4] == f"quá hạn {days} ngày"
    assert rows[1][2] == on_time.agency.name == "Sở Tài chính (thử)"
    assert rows[1][4] == "trong hạn"
    assert "còn 2 khó khăn, vướng mắc chưa được giải quyết, trong đó 1 vướng mắc quá hạn xử lý" in " ".join(
        projects["sentences_vi"]
    )
    assert bac_kan["sentences_vi"] == ["Chưa có dự án trọng điểm nào được theo dõi trên địa bàn."]
