"""Rules of the pass on blind13's values missed or spurious (w12v13): each fails on the code
before it (README.md "Thirteenth pass, blind13's values missed or spurious (w12v13)"). The
sentences are written for these tests."""

from __future__ import annotations

from tests.extraction.readings import indicator_value_unit as _values


def test_lodging_and_travel_revenue_without_dich_vu_are_retail_parts() -> None:
    text = (
        "Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tháng 10 ước đạt 9.100 tỉ đồng. Doanh thu lưu trú, "
        "ăn uống ước đạt 1.320 tỉ đồng, tăng 12% so với cùng kỳ."
    )
    assert ("retail_sales_services", 1_320e9, "VND") in _values(text)
    travel = "Doanh thu hoạt động lữ hành năm 2021 ước đạt 85 tỷ đồng, giảm 70%."
    assert ("retail_sales_services", 85e9, "VND") in _values(travel)


def test_revenue_the_tax_office_collects_is_budget_revenue() -> None:
    text = (
        "Đến hết tháng 10, tổng thu ngân sách nhà nước của tỉnh đạt 6.100 tỷ đồng. Các khoản thu do "
        "ngành Thuế quản lý đạt hơn 5.900 tỷ đồng, bằng 90% kế hoạch."
    )
    assert ("budget_revenue", 5_900e9, "VND") in _values(text)
    pace = "Thu ngân sách 7 tháng đạt 3.000 tỷ đồng. Huyện Lạc Dương dẫn đầu về tiến độ thu ở mức 81% dự toán."
    # (w14d) The share of the estimate alone is no level: value null (SCHEMA.md).
    assert ("budget_revenue", None, None) in _values(pace)


def test_bare_diem_after_a_contribution_verb_is_percentage_points() -> None:
    text = (
        "Chỉ số sản xuất công nghiệp 9 tháng tăng 2,1%. Cụ thể: ngành khai khoáng tăng 12,5% đóng góp "
        "0,41 điểm vào mức tăng chung; ngành chế biến, chế tạo giảm 1,2% làm giảm 0,9 điểm."
    )
    values = _values(text)
    assert ("other", 0.41, "pp") in values
    assert ("other", -0.9, "pp") in values
    # A score in "điểm" is no percentage point.
    assert not any(unit == "pp" for _, _, unit in _values("Chỉ số PCI năm 2023 của tỉnh đạt 66,2 điểm."))


def test_capital_of_projects_listed_by_name_is_other() -> None:
    text = (
        "Năm 2024, tổng vốn FDI cấp mới và điều chỉnh đạt 512 triệu USD. Một số dự án lớn được cấp mới "
        "gồm: Khu công nghiệp Hoàng Mai III (45,5 triệu USD); Nhà ở công nhân Bắc Vinh (20,1 triệu USD)."
    )
    values = _values(text)
    assert ("fdi_capital", 512e6, "USD") in values
    assert ("other", 45.5e6, "USD") in values
    assert ("other", 20.1e6, "USD") in values


def test_capital_in_dong_in_an_fdi_text_is_both_kinds() -> None:
    # FDI named only before: the amount in đồng said of no kind is the province's total.
    before = (
        "Thu hút vốn FDI tiếp tục khởi sắc.\n\nTrong 6 tháng, tỉnh đã cấp mới 30 dự án, tổng vốn đầu tư "
        "cấp mới và tăng thêm đạt 8.250 tỷ đồng."
    )
    assert ("other", 8_250e9, "VND") in _values(before)
    # FDI named only after, as a part of it.
    after = (
        "Tổng số vốn cấp mới và điều chỉnh năm 2024 là 41.200 tỷ đồng, gấp 1,2 lần cùng kỳ. Trong đó, "
        "thu hút FDI đạt gần 1,1 tỷ USD."
    )
    values = _values(after)
    assert ("other", 41_200e9, "VND") in values
    assert ("fdi_capital", 1.1e9, "USD") in values


def test_occupancy_field_of_a_park_sheet() -> None:
    text = (
        "2. KHU CÔNG NGHIỆP BẮC ĐÔNG HÀ\n\nQuy mô: Tổng diện tích đất quy hoạch: 98ha\n\n"
        "Tình hình hoạt động: Có 20 dự án, diện tích đất công nghiệp đã cho thuê là 50,5ha.\n\n"
        "Tỷ lệ lấp đầy: 81%\n\n"
    )
    assert ("industrial_park_occupancy", 81, "%") in _values(text)
