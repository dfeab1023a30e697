"""Indicator rules of the sixth pass's indicator/breakdown work (w12i8): each fails on the code
before it (README.md "Sixth pass, indicator, breakdown and region choice (w12i8)")."""

from __future__ import annotations

from provind.extraction import extract_facts
from tests.extraction.readings import indicator_value_unit


def _growths(text: str) -> list[tuple[str, float | None]]:
    """(indicator, change value) of each fact with a change."""
    return [(f.indicator, f.change.value) for f in extract_facts(text, region="Bắc Ninh") if f.change is not None]


def test_industries_listed_after_a_conditioned_count_are_parts_of_the_index() -> None:
    text = (
        "Quý I, chỉ số sản xuất công nghiệp (IIP) của tỉnh tăng 9,2% so với cùng kỳ.\n\n"
        "Xét theo ngành cấp 2, có 15 ngành có chỉ số tăng, trong đó một số ngành tăng cao như: sản xuất "
        "đồ nội thất tăng 41,2%; sản xuất kim loại tăng 22,5%."
    )
    assert indicator_value_unit(text) == [
        ("iip", 9.2, "%"),
        ("other", 15.0, "count"),
        ("iip", 41.2, "%"),
        ("iip", 22.5, "%"),
    ]


def test_a_part_keeps_its_whole_for_the_next_paragraph() -> None:
    # The level-1 parts in the second paragraph keep the index of the first in play for the
    # level-2 list of the third.
    text = (
        "Năm 2024, chỉ số sản xuất công nghiệp (IIP) của tỉnh tăng 8,1% so với năm trước.\n\n"
        "Ảnh minh họa.\n\n"
        "Theo ngành cấp 1, ngành công nghiệp chế biến, chế tạo tăng 8,4%; ngành khai khoáng giảm 2,1%.\n\n"
        "Theo ngành cấp 2, các ngành tăng cao là: sản xuất giấy tăng 30,5%; sản xuất đồ uống tăng 12,3%."
    )
    assert [code for code, _ in _growths(text)] == ["iip"] * 5


def test_a_sector_of_the_economy_is_no_part_of_the_index() -> None:
    text = (
        "Quý I, chỉ số sản xuất công nghiệp (IIP) tăng 12,5%, công nghiệp chế biến, chế tạo tăng 11,2%.\n\n"
        "Tuy nhiên, ngành xây dựng giảm 4,3% so với cùng kỳ."
    )
    assert _growths(text)[-1] == ("grdp_growth", 4.3)


def test_products_listed_are_growths_of_their_own() -> None:
    text = (
        "Chỉ số sản xuất công nghiệp tháng 5 ước tăng 6,1% so với cùng kỳ. Một số sản phẩm chủ yếu có sản "
        "lượng tăng như: bia tăng 4,2%, dăm gỗ tăng 31,5%, điện thương phẩm tăng 5%, gạch nung giảm 2,7%."
    )
    assert _growths(text) == [
        ("iip", 6.1),
        ("other", 4.2),
        ("other", 31.5),
        ("electricity", 5.0),
        ("other", 2.7),
    ]


def test_products_listed_after_an_output_value_are_not_its_parts() -> None:
    text = (
        "Giá trị sản xuất công nghiệp năm 2024 ước đạt 12.500 tỷ đồng, tăng 9,1%. Một số sản phẩm tăng khá "
        "như: sữa tăng 10,2%, giày da tăng 18%."
    )
    assert _growths(text) == [("industrial_output_value", 9.1), ("other", 10.2), ("other", 18.0)]


def test_industries_by_their_index_are_no_product_list() -> None:
    text = (
        "Sáu tháng đầu năm, IIP tăng 7,3% so với cùng kỳ. Một số sản phẩm có chỉ số sản xuất tăng như: "
        "sản xuất chế biến thực phẩm tăng 10,8%; sản xuất giấy tăng 13,4%."
    )
    assert [code for code, _ in _growths(text)] == ["iip", "iip", "iip"]


def test_a_level_in_a_product_list_takes_its_own_change() -> None:
    text = (
        "Một số sản phẩm có sản lượng giảm gồm: xi măng 600 nghìn tấn, giảm 4,1%; điện sản xuất 230 triệu "
        "kWh, giảm 0,3%; bánh kẹo 1.000 tấn, giảm 0,9%."
    )
    facts = extract_facts(text, region="Huế")
    assert [(f.indicator, f.value, f.change.value if f.change else None) for f in facts] == [
        ("other", None, 4.1),
        ("electricity", 230000000.0, 0.3),
        ("other", None, 0.9),
    ]


def test_electricity_generated_is_electricity() -> None:
    text = "Tháng 9, điện sản xuất ước đạt 312,4 triệu kWh, tăng 6,7% so với cùng kỳ."
    assert indicator_value_unit(text) == [("electricity", 312400000.0, "kWh")]


def test_a_product_item_is_no_whole_of_the_industries_after_it() -> None:
    # The electricity item of the product list does not part the industry from the estimated
    # index it belongs to (whose status it takes).
    text = (
        "Tháng 8, chỉ số sản xuất công nghiệp (IIP) ước tăng 9,4%, trong đó công nghiệp khai khoáng tăng 10,3%.\n"
        "Một số sản phẩm chủ yếu tiếp tục tăng, như muối (tăng 7,6%), điện sản xuất (tăng 7,2%).\n"
        "Công nghiệp chế biến, chế tạo có tín hiệu phục hồi, tăng 0,9% so tháng trước."
    )
    last = extract_facts(text, region="Ninh Thuận")[-1]
    assert (last.indicator, last.value, last.status) == ("iip", 0.9, "estimate")


def test_two_products_with_the_same_growth_are_two_facts() -> None:
    text = "Một số sản phẩm có sản lượng giảm gồm: bia lon 35 triệu lít, giảm 3%; vỏ lon nhôm 4.500 tấn, giảm 3%."
    assert _growths(text) == [("other", 3.0), ("other", 3.0)]


def test_an_industry_with_no_whole_is_the_index_s_part() -> None:
    text = "Theo đó, ngành công nghiệp khai khoáng ước tăng 10,9%; chế biến, chế tạo ước tăng 6,4%."
    assert indicator_value_unit(text) == [("iip", 10.9, "%"), ("iip", 6.4, "%")]


def test_plan_attainment_of_a_named_level_keeps_its_indicator() -> None:
    text = "Thu ngân sách nhà nước trong 3 tháng đầu năm đạt 28,4% dự toán năm."
    facts = extract_facts(text, region="Vĩnh Long")
    # (w14d) The share of the estimate alone is no level: value null (SCHEMA.md).
    assert [(f.indicator, f.value, f.unit) for f in facts] == [("budget_revenue", None, None)]
    assert facts[0].plan_attainment[0]["value"] == 28.4


def test_a_planned_rate_after_a_value_added_growth_is_economic_growth() -> None:
    text = (
        "Năm 2024, giá trị gia tăng ngành công nghiệp - xây dựng đạt 9.120 tỷ đồng, tăng 14,2% (KH 13-14%). "
        "Về công nghiệp, giá trị gia tăng đạt 6.040 tỷ đồng, tăng 15,1% (KH 16-17%)."
    )
    assert indicator_value_unit(text) == [
        ("grdp", 9120000000000.0, "VND"),
        ("grdp_growth", 13.0, "%"),
        ("grdp", 6040000000000.0, "VND"),
        ("grdp_growth", 16.0, "%"),
    ]


def test_a_grdp_growth_with_no_level_is_economic_growth() -> None:
    text = (
        "Trong 9 tháng đầu năm, GRDP của tỉnh ước đạt 10.250,5 tỷ đồng, tăng 8,4% so với cùng kỳ năm trước "
        "(6 tháng tăng 9,1%, quý III tăng 7,2%)."
    )
    assert indicator_value_unit(text) == [
        ("grdp", 10250500000000.0, "VND"),
        ("grdp_growth", 9.1, "%"),
        ("grdp_growth", 7.2, "%"),
    ]


def test_total_investment_of_new_foreign_projects_is_fdi_capital() -> None:
    text = "Trong 5 tháng đầu năm, thành phố có 21 dự án FDI được cấp mới, với tổng mức đầu tư 1.240,5 triệu USD."
    assert indicator_value_unit(text) == [("other", 21.0, "count"), ("fdi_capital", 1240500000.0, "USD")]


def test_a_multiple_in_a_list_of_parts_is_the_next_part_s() -> None:
    text = (
        "Chỉ số sản xuất công nghiệp 8 tháng tăng 4,1% so với cùng kỳ. Các ngành cấp 4 có chỉ số tăng như: "
        "sản xuất sợi (+2,5%); sản xuất xe có động cơ có chỉ số tăng 11,5 lần so với cùng kỳ."
    )
    facts = extract_facts(text, region="Huế")
    assert [(f.indicator, f.value, f.change.value, f.change.unit) for f in facts if f.change] == [
        ("iip", 4.1, 4.1, "%"),
        ("iip", 2.5, 2.5, "%"),
        ("iip", None, 11.5, "x"),
    ]


def _regions(text: str, region: str) -> list[str | None]:
    return [f.region for f in extract_facts(text, region=region)]


def test_a_province_ranked_against_is_not_the_place_of_later_figures() -> None:
    text = (
        "Tốc độ tăng trưởng GRDP của tỉnh đạt 5,7%, đứng thứ 2 trong khu vực Tây nguyên (sau Gia Lai). "
        "Tổng thu ngân sách đạt 2.100 tỷ đồng."
    )
    assert _regions(text, "Đắk Nông") == ["Đắk Nông", "Đắk Nông"]


def test_the_bounds_of_a_league_are_not_the_place_of_later_figures() -> None:
    text = (
        "GRDP năm 2023 của tỉnh tăng 8,2%, thứ 3/14 tỉnh, thành phố khu vực miền Trung từ Thanh Hóa đến "
        "Bình Thuận. Kim ngạch xuất khẩu đạt 520 triệu USD."
    )
    assert _regions(text, "Phú Yên") == ["Phú Yên", "Phú Yên"]


def test_the_region_a_province_leads_is_not_the_place_of_its_figures() -> None:
    text = (
        "Long An là địa phương dẫn đầu về thu hút FDI tại ĐBSCL. Tính đến nay, tỉnh có 690 dự án FDI với "
        "tổng vốn đăng ký 4,6 tỷ USD."
    )
    assert set(_regions(text, "Long An")) == {"Long An"}


def test_a_figure_of_the_country_s_subject_is_national() -> None:
    text = (
        "Xuất khẩu là thế mạnh của Bắc Ninh. Tháng 9/2023, kim ngạch xuất khẩu hàng hóa của Việt Nam đạt 30,6 tỷ USD."
    )
    assert _regions(text, "Bắc Ninh") == ["Việt Nam"]


def test_grdp_per_head_without_binh_quan() -> None:
    text = "Dân số: 1.835.600 người\nGRDP đầu người (2022): 72,4 triệu đồng"
    assert indicator_value_unit(text) == [("grdp_per_capita", 72400000.0, "VND")]


def test_a_neighbour_is_not_the_place_of_later_figures() -> None:
    text = (
        "Tỉnh nằm trên bờ Bắc sông Tiền. Phía Bắc giáp tỉnh Long An và TP Hồ Chí Minh; phía Nam giáp tỉnh "
        "Bến Tre.\nGRDP (2022): 126.819 tỉ đồng"
    )
    assert _regions(text, "Tiền Giang") == ["Tiền Giang"]
