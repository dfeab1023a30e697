"""Rules of the twelfth-set values pass (w12v12): each fails on the code before it
(README.md "Seventh pass, blind12's values missed or spurious (w12v12)")."""

from __future__ import annotations

from provind.extraction import extract_facts


def _facts(text: str) -> list[tuple[str, float | None]]:
    return [(f.indicator, f.value if f.value is not None else (f.change.value if f.change else None)) for f in extract_facts(text)]


def test_accommodation_and_catering_revenue_without_dich_vu_is_a_part_of_retail() -> None:
    text = (
        "Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tháng 11 ước đạt 11.423,94 tỉ đồng. "
        "Doanh thu lưu trú, ăn uống ước đạt 1.496,12 tỉ đồng, tăng 18,65% so với tháng trước."
    )
    assert ("retail_sales_services", 1496120000000) in _facts(text)


def test_revenue_of_hoat_dong_lu_hanh_is_a_part_of_retail() -> None:
    text = (
        "Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng tăng 8,1%. "
        "Doanh thu hoạt động lữ hành giảm 75,9%, doanh thu hoạt động lưu trú giảm 73,6%."
    )
    facts = _facts(text)
    assert ("retail_sales_services", 75.9) in facts
    assert ("retail_sales_services", 73.6) in facts
