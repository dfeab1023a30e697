"""Indicator rules of the cross-set pass on wrong indicators (w12x3): each fails on the code before
it (README.md "Eighth pass, cross-set wrong indicators (w12x3)")."""

from __future__ import annotations

from provind.extraction import extract_facts


def _codes(text: str) -> list[tuple[str, float | None]]:
    return [(f.indicator, f.value) for f in extract_facts(text)]


def test_budget_funded_investment_carried_out_without_tu_or_nha_nuoc_is_public_investment() -> None:
    text = "Đến hết quý 1, vốn đầu tư thực hiện nguồn ngân sách chỉ đạt hơn 1.000 tỷ đồng."
    assert ("public_investment_disbursement", 1_000_000_000_000) in _codes(text)


def test_budget_funded_investment_with_thuc_hien_after_the_owner_is_public_investment() -> None:
    text = (
        "Ước tính tháng 9-2020, vốn đầu tư từ nguồn ngân sách Nhà nước do địa phương quản lý thực "
        "hiện là 510,4 tỷ đồng."
    )
    assert ("public_investment_disbursement", 510_400_000_000) in _codes(text)


def test_a_share_of_the_industrial_land_under_a_parks_heading_is_the_parks_occupancy() -> None:
    text = (
        "Khu công nghiệp Mai Sơn\n\n"
        "– Tổng diện tích: 150 ha. Tổng diện tích đất công nghiệp đã cho các dự án đăng ký đầu tư "
        "thuê đất là 83,24ha, chiếm 76,1% tổng diện tích đất công nghiệp có thể cho thuê."
    )
    assert ("industrial_park_occupancy", 76.1) in _codes(text)


def test_the_leased_land_then_dat_ty_le_is_the_occupancy() -> None:
    text = (
        "Lũy kế đến nay, diện tích đất công nghiệp đã cho thuê/diện tích đất công nghiệp tại các KCN "
        "tỉnh Vĩnh Long là 196,07/306,9 ha, đạt tỷ lệ 63,89%."
    )
    assert ("industrial_park_occupancy", 63.89) in _codes(text)
    text = "Bình Dương: 11/23 khu công nghiệp hoạt động đã cho thuê đất đạt tỉ lệ trên 90% diện tích."
    assert ("industrial_park_occupancy", 90) in _codes(text)


def test_a_share_of_another_land_after_the_occupancy_is_not_occupancy() -> None:
    text = (
        "Các cụm công nghiệp có diện tích đất đã cho thuê 498,9ha, đạt tỷ lệ 39% diện tích đất "
        "công nghiệp và đạt 74,8% diện tích đất thu hồi."
    )
    codes = _codes(text)
    assert ("cluster_occupancy", 39) in codes
    assert ("other", 74.8) in codes


def test_land_use_fees_are_budget_revenue() -> None:
    text = (
        'Riêng "điểm nghẽn" nhiều năm qua về thu tiền sử dụng đất đã được tháo gỡ, với số thu ước '
        "đạt 26.460 tỷ đồng, bằng 481% dự toán."
    )
    assert ("budget_revenue", 26_460_000_000_000) in _codes(text)
    text = "Không tính số thu từ tiền sử dụng đất và thu xổ số kiến thiết (5.056 tỷ đồng) thì thu nội địa giảm."
    assert ("budget_revenue", 5_056_000_000_000) in _codes(text)


def test_an_average_per_project_is_not_the_capital_named() -> None:
    text = (
        "Vốn FDI đạt 1,2 tỷ USD. Trong đó, đầu tư mới tăng cả về vốn đăng ký, số lượng dự án cũng "
        "như quy mô vốn đầu tư (bình quân hơn 5,9 triệu USD/dự án so với mức 4,9 triệu USD/dự án "
        "trong 7 tháng năm 2023)."
    )
    codes = _codes(text)
    assert ("fdi_capital", 1_200_000_000) in codes
    assert ("other", 5_900_000) in codes
    assert ("other", 4_900_000) in codes


def test_con_so_nay_is_the_indicator_just_given() -> None:
    text = (
        "Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng trong tháng 4/2025 ước đạt khoảng "
        "7.399,4 tỷ đồng, tăng 5,84% so với tháng trước. Tính chung 4 tháng đầu năm, con số này đạt "
        "28.416,8 tỷ đồng, tăng 13,32% so với cùng kỳ năm trước."
    )
    assert ("retail_sales_services", 28_416_800_000_000) in _codes(text)
    text = "Tỷ lệ lấp đầy các khu công nghiệp năm 2022 là 60%. Đến nay, con số này đạt 67,65%."
    assert ("industrial_park_occupancy", 67.65) in _codes(text)
