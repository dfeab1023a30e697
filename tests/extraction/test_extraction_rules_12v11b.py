"""Rules of the second pass on blind11's values (w12v11b): each fails on the code before it
(README.md "Sixth pass, blind11's values and a single project's capital (w12v11b)"). The
sentences are written for these tests."""

from __future__ import annotations

from provind.extraction import extract_facts
from tests.extraction.readings import indicator_value_unit as _values


def test_industry_typed_without_its_dot_below_is_read() -> None:
    text = "Sáu tháng đầu năm, giá trị sản xuất công nghiêp toàn tỉnh ước đạt 8.200 tỷ đồng, tăng 12%."
    assert ("industrial_output_value", 8_200e9, "VND") in _values(text)


def test_new_enterprises_certified_after_a_second_count() -> None:
    text = (
        "Quý I, toàn tỉnh có 86 doanh nghiệp và 21 chi nhánh, văn phòng đại diện được cấp giấy "
        "chứng nhận đăng ký doanh nghiệp."
    )
    assert ("new_enterprises", 86, "count") in _values(text)


def test_clusters_and_points_together_have_a_cluster_area() -> None:
    text = "Hiện nay, toàn tỉnh có 12 cụm, điểm công nghiệp được thành lập với tổng diện tích 240 ha."
    assert ("cluster_area", 240, "ha") in _values(text)


def test_equal_figures_in_semicolon_items_are_two_facts() -> None:
    text = (
        "Các cụm đã đi vào hoạt động gồm: cụm công nghiệp Đông Hòa (TX. Bình Minh) diện tích 30 ha, "
        "tỷ lệ lấp đầy 60%; cụm công nghiệp Tây Sơn (TX. Bình Minh) diện tích 12 ha, tỷ lệ lấp đầy 60%."
    )
    assert [v for v in _values(text) if v[0] == "cluster_occupancy"] == [
        ("cluster_occupancy", 60, "%"),
        ("cluster_occupancy", 60, "%"),
    ]


def test_the_whole_branch_after_a_sentence_on_industry() -> None:
    text = (
        "Tháng 6, sản xuất công nghiệp của tỉnh ổn định, giá trị sản xuất ước đạt 380 tỷ đồng. "
        "Tính chung 6 tháng, sản xuất toàn ngành đạt gần 2.050 tỷ đồng, tăng 7%."
    )
    assert ("industrial_output_value", 2_050e9, "VND") in _values(text)


def test_the_planned_growth_is_grdp_growth() -> None:
    text = "Với đà phục hồi này, tỉnh có thể đạt kế hoạch tăng trưởng đề ra cho năm 2023 là 7,5%."
    assert _values(text) == [("grdp_growth", 7.5, "%")]


def test_turnover_of_the_firms_is_not_capital() -> None:
    text = (
        "Năm 2024, tỉnh phấn đấu thu hút FDI đạt 300 triệu USD. Doanh thu của các doanh nghiệp "
        "FDI trên địa bàn ước đạt 5 tỷ USD."
    )
    assert ("other", 5e9, "USD") in _values(text)


def test_investment_carried_out_from_the_state_budget_is_public_investment() -> None:
    text = (
        "Tổng vốn đầu tư thực hiện từ nguồn ngân sách nhà nước do địa phương quản lý tháng 2 ước "
        "đạt 512,4 tỷ đồng, tăng 9,3% so với cùng kỳ."
    )
    assert _values(text) == [("public_investment_disbursement", 512.4e9, "VND")]


def test_electricity_by_its_source_is_electricity() -> None:
    text = "Một số sản phẩm tăng: xi măng tăng 5%; điện sản xuất tăng 12%, trong đó nhiệt điện tăng 15,2%."
    facts = extract_facts(text)
    assert [(f.indicator, f.change.value if f.change else None) for f in facts] == [
        ("other", 5),
        ("electricity", 12),
        ("electricity", 15.2),
    ]
