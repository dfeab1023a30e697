"""Indicator rules of the fifth pass's indicator work (w12in): each fails on the code before it
(README.md "Fifth pass, indicators (w12in)")."""

from __future__ import annotations

from tests.extraction.readings import indicator_value_unit as _codes


def test_the_capital_of_one_named_company_or_plant_is_other() -> None:
    text = (
        "Năm 2024, tỉnh thu hút vốn đầu tư trực tiếp nước ngoài đạt 900 triệu USD. "
        "Một số dự án lớn như dự án sản xuất linh kiện của Công ty TNHH Minh Long với vốn đầu tư "
        "120 triệu USD. Ngoài ra, một số dự án tiếp tục tăng vốn như: dự án Nhà máy giấy Hòa Bình tăng thêm "
        "40 triệu USD."
    )
    assert _codes(text) == [
        ("fdi_capital", 900_000_000, "USD"),
        ("other", 120_000_000, "USD"),
        ("other", 40_000_000, "USD"),
    ]


def test_a_named_project_within_the_total_keeps_the_totals_code() -> None:
    text = (
        "Quý I/2024, tỉnh thu hút vốn FDI đạt 2 tỷ USD. Trong tổng vốn FDI đăng ký, dự án Nhà máy điện "
        "khí Hòa Bình có vốn đăng ký lớn nhất với 1,5 tỷ USD."
    )
    assert [c for c, _, _ in _codes(text)] == ["fdi_capital", "fdi_capital"]


def test_plants_in_the_plural_are_no_single_firm() -> None:
    text = "Năm 2024, các dự án đầu tư trực tiếp nước ngoài vào các nhà máy điện với tổng vốn đăng ký 800 triệu USD."
    assert [c for c, _, _ in _codes(text)] == ["fdi_capital"]


def test_the_capital_of_withdrawn_projects_is_other() -> None:
    text = (
        "9 tháng năm 2024, các khu công nghiệp thu hút 20 dự án FDI với tổng vốn đăng ký 300 triệu USD. "
        "Đồng thời thu hồi 05 dự án FDI với tổng vốn đầu tư đăng ký 32,4 triệu USD."
    )
    assert [c for c, _, u in _codes(text) if u == "USD"] == ["fdi_capital", "other"]


def test_foreign_capital_put_into_domestic_firms_is_foreign() -> None:
    text = (
        "Năm 2024, vốn góp, mua cổ phần của các nhà đầu tư nước ngoài vào tổ chức kinh tế trong nước "
        "đạt 47,2 triệu USD."
    )
    assert [c for c, _, _ in _codes(text)] == ["fdi_capital"]


def test_dollars_and_dong_after_foreign_and_domestic_projects_are_split_by_currency() -> None:
    text = (
        "9 tháng năm 2024, các khu công nghiệp thu hút 34 dự án FDI và 14 dự án trong nước. "
        "Tổng vốn đầu tư cấp mới và tăng thêm là 317 triệu USD và 2.463 tỷ đồng."
    )
    assert [c for c, _, u in _codes(text) if u in ("USD", "VND")] == [
        "fdi_capital",
        "domestic_investment_capital",
    ]


def test_tourists_and_tourism_revenue_are_not_the_indicator_named_before() -> None:
    text = (
        "Năm 2019, thu ngân sách của Đà Nẵng hơn 7.800 tỷ đồng. Năm nay, khách du lịch đến Đà Nẵng tăng "
        "hơn 10,8%, doanh thu ngành dịch vụ du lịch ước đạt 4.900 tỷ đồng."
    )
    assert [(c, v) for c, v, _ in _codes(text)] == [
        ("budget_revenue", 7_800_000_000_000),
        ("other", None),
        ("other", 4_900_000_000_000),
    ]


def test_tourism_and_travel_revenue_stays_a_part_of_retail() -> None:
    text = "Tổng mức bán lẻ hàng hóa năm 2024 đạt 50.000 tỷ đồng; doanh thu du lịch lữ hành đạt 600 tỷ đồng."
    assert [c for c, _, _ in _codes(text)] == ["retail_sales_services", "retail_sales_services"]


def test_budget_spending_is_not_revenue() -> None:
    text = "Năm 2024, thu ngân sách đạt hơn 66.000 tỷ đồng, chi ngân sách ước đạt 18.500 tỷ đồng."
    assert [c for c, _, _ in _codes(text)] == ["budget_revenue", "other"]


def test_a_volume_named_after_the_export_value_is_other() -> None:
    text = "Tháng 8/2024, thủy sản có giá trị xuất khẩu tăng 3,15% so với cùng kỳ và sản lượng tăng 8,05%."
    assert [c for c, _, _ in _codes(text)] == ["export_value", "other"]


def test_clusters_with_an_investor_past_a_place_or_named_as_the_investor() -> None:
    text = (
        "Hiện 12 cụm công nghiệp trên địa bàn tỉnh có chủ đầu tư hạ tầng là doanh nghiệp, "
        "2 cụm công nghiệp do Ban Quản lý dự án đầu tư xây dựng cấp huyện làm chủ đầu tư."
    )
    assert [c for c, _, _ in _codes(text)] == ["cluster_with_investor", "cluster_with_investor"]


def test_the_land_of_settled_projects_and_leased_land_are_not_the_clusters_area() -> None:
    text = (
        "Các cụm công nghiệp đã thu hút 120 dự án thứ cấp với tổng diện tích 210 ha. "
        "Diện tích đất công nghiệp của các cụm là 400 ha, đã cho thuê 150 ha."
    )
    assert [(c, v) for c, v, u in _codes(text) if u == "ha"] == [
        ("other", 210),
        ("industrial_land_area", 400),
        ("other", 150),
    ]


def test_a_share_of_the_industrial_land_taken_is_occupancy() -> None:
    text = (
        "Các cụm công nghiệp đã bố trí 120 dự án thứ cấp với tổng diện tích 210 ha "
        "(chiếm hơn 35% diện tích đất công nghiệp)."
    )
    assert [c for c, _, u in _codes(text) if u == "%"] == ["cluster_occupancy"]


def test_the_bare_growth_of_a_part_named_after_an_index_is_the_indexs() -> None:
    text = (
        "Từ đầu năm đến nay, chỉ số sản xuất công nghiệp trên địa bàn tỉnh tăng mạnh, trong đó nổi bật "
        "là ngành công nghiệp chế biến, chế tạo đạt mức tăng trưởng 34,3% so cùng kỳ năm 2022."
    )
    assert [(c, v) for c, v, _ in _codes(text)] == [("iip", 34.3)]


def test_the_bare_growth_of_a_sector_of_the_economy_stays_economic_growth() -> None:
    text = (
        "Năm 2024, kinh tế của tỉnh tăng trưởng 7,2%, trong đó khu vực công nghiệp và xây dựng "
        "đạt mức tăng trưởng 9,1%."
    )
    assert [c for c, _, _ in _codes(text)] == ["grdp_growth", "grdp_growth"]


def test_industry_by_ownership_without_its_whole_is_industrial_output() -> None:
    text = (
        "Trong đó, công nghiệp địa phương ước đạt 9,7 nghìn tỷ đồng, tăng 22% so với cùng kỳ; công nghiệp "
        "Nhà nước Trung ương ước đạt 8 nghìn tỷ đồng; công nghiệp có vốn đầu tư nước ngoài ước đạt "
        "240 nghìn tỷ đồng."
    )
    assert [c for c, _, _ in _codes(text)] == ["industrial_output_value"] * 3


def test_a_sectors_amount_without_its_whole_is_its_value_added() -> None:
    text = "- Khu vực công nghiệp và xây dựng ước được 3.801 tỷ đồng, tăng 26,26% so với cùng kỳ."
    assert [c for c, _, _ in _codes(text)] == ["grdp"]


def test_the_foreign_owned_part_of_exports_is_exports() -> None:
    text = (
        "Tháng 8/2024, kim ngạch xuất khẩu đạt 300 triệu USD, tăng 2,1% so với tháng trước; trong đó "
        "kinh tế tư nhân tăng 2,17% và kinh tế khu vực vốn đầu tư nước ngoài tăng 1,48%."
    )
    assert [c for c, _, _ in _codes(text)] == ["export_value"] * 3


def test_an_amount_said_of_projects_just_counted_is_their_capital() -> None:
    text = (
        "Năm 2024, có 142 dự án điều chỉnh vốn đầu tư, gồm 117 dự án FDI điều chỉnh tăng 486 triệu USD "
        "và 25 dự án trong nước điều chỉnh tăng 795 tỉ đồng."
    )
    assert [c for c, _, u in _codes(text) if u != "count"] == ["fdi_capital", "domestic_investment_capital"]


def test_the_foreign_part_of_social_investment_is_social_investment() -> None:
    text = (
        "Tổng vốn đầu tư thực hiện toàn xã hội năm 2024 ước đạt 39.712 tỷ đồng. Trong đó vốn nhà nước "
        "đạt 8.570 tỷ đồng; vốn ngoài nhà nước đạt 25.608 tỷ đồng, chiếm 64,48%; vốn đầu tư trực tiếp "
        "nước ngoài đạt 5.534 tỷ đồng."
    )
    assert [c for c, _, u in _codes(text) if u == "VND"] == ["social_investment"] * 4


def test_a_bare_percentage_of_a_money_indicator_is_a_ratio() -> None:
    text = (
        "Đến nay, tỉnh có 1.111 dự án FDI với tổng vốn đăng ký hơn 9,17 tỉ USD; trong đó có 588 dự án hoạt động "
        "với tổng vốn thực hiện khoảng 3,624 tỉ USD, đạt 39,4% tổng vốn đăng ký."
    )
    assert [c for c, _, u in _codes(text) if u == "%"] == ["other"]


def test_a_disbursement_rate_stays_disbursement() -> None:
    text = "Đến hết tháng 9/2024, giải ngân vốn đầu tư công đạt 62%."
    assert [c for c, _, _ in _codes(text)] == ["public_investment_disbursement"]


def test_enterprises_entering_the_market_are_new_enterprises() -> None:
    text = "6 tháng đầu năm 2024, số doanh nghiệp tham gia thị trường là 323 doanh nghiệp."
    assert [c for c, _, _ in _codes(text)] == ["new_enterprises"]


def test_what_enterprises_pay_into_the_budget_is_budget_revenue() -> None:
    text = (
        "Ước cả năm 2024, thu hút vốn đầu tư trực tiếp nước ngoài đạt khoảng 620 triệu USD, nộp ngân sách "
        "nhà nước của các doanh nghiệp khoảng 27 triệu USD."
    )
    assert [c for c, _, _ in _codes(text)] == ["fdi_capital", "budget_revenue"]


def test_capital_said_after_a_comma_of_the_projects_just_counted() -> None:
    text = "Lũy kế đến nay, trên địa bàn tỉnh có 1.145 dự án FDI, vốn 9.784,5 triệu USD."
    assert [c for c, _, u in _codes(text) if u != "count"] == ["fdi_capital"]


def test_the_construction_sector_is_a_sector_of_the_economy() -> None:
    text = (
        "6 tháng đầu năm 2024, GRDP của tỉnh tăng 8,2%. Ngành công nghiệp chế biến, chế tạo tăng 11,8%. "
        "Tuy nhiên, ngành xây dựng lại giảm 5,1% so với cùng kỳ."
    )
    assert [c for c, _, _ in _codes(text)][-1] == "grdp_growth"
