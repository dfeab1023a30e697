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
