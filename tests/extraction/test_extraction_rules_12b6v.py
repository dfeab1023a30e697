"""Rules of the sixth pass on blind6's values missed or spurious (w12b6v): each fails on the
code before it (README.md "Sixth pass, blind6's values missed or spurious (w12b6v)"). The
sentences are written for these tests."""

from __future__ import annotations

from provind.extraction import extract_facts


def _growths(text: str) -> list[tuple[str, float | None, float | None, str | None]]:
    return [
        (f.indicator, f.value, f.change.value if f.change else None, f.change.direction if f.change else None)
        for f in extract_facts(text)
    ]


def test_a_sign_in_brackets_is_a_listed_products_rise_or_fall() -> None:
    text = (
        "Tính chung 6 tháng, các sản phẩm công nghiệp chủ yếu có tốc độ tăng khá so với cùng kỳ: "
        "gạch xây (+14,2%); quần áo may sẵn (+7,5%); thức ăn chăn nuôi (-3,1%)."
    )
    assert _growths(text) == [
        ("other", None, 14.2, "up"),
        ("other", None, 7.5, "up"),
        ("other", None, 3.1, "down"),
    ]


def test_the_foreign_invested_economy_is_a_part_of_exports_not_capital() -> None:
    text = (
        "Tính chung 5 tháng, kim ngạch xuất khẩu của tỉnh đạt 3,1 tỷ USD, tăng 12% so với cùng kỳ. "
        "Trong đó, kinh tế có vốn đầu tư trực tiếp nước ngoài đạt 2,4 tỷ USD, tăng 10%."
    )
    assert [(f.indicator, f.value) for f in extract_facts(text)] == [
        ("export_value", 3.1e9),
        ("export_value", 2.4e9),
    ]


def test_the_whole_growth_named_again_before_its_parts_is_no_fact() -> None:
    text = (
        "Quý II/2024, tổng sản phẩm trên địa bàn tỉnh tăng 6,12% so với cùng kỳ.\n"
        "Trong mức tăng chung 6,12% của quý II thì khu vực dịch vụ tăng 7,05%, đóng góp 2,91 điểm phần trăm."
    )
    assert [(f.indicator, f.value) for f in extract_facts(text)] == [
        ("grdp_growth", 6.12),
        ("grdp_growth", 7.05),
        ("other", 2.91),
    ]


def test_a_sector_before_a_colon_is_the_subject_of_the_growth_after_it() -> None:
    text = (
        "Quý I, GRDP tăng 8,1%, cấu thành như sau: Nông, lâm nghiệp và thủy sản: tăng 2,95%, đóng góp 5,2%. "
        "Công nghiệp và xây dựng: tăng 9,84%, đóng góp 47,3%."
    )
    facts = extract_facts(text)
    assert [(f.indicator, f.value, f.breakdown) for f in facts if f.indicator == "grdp_growth"] == [
        ("grdp_growth", 8.1, None),
        ("grdp_growth", 2.95, "Nông, lâm nghiệp và thủy sản"),
        ("grdp_growth", 9.84, "Công nghiệp và xây dựng"),
    ]


def test_a_paragraph_opened_by_trong_do_lists_parts_of_the_figure_before_it() -> None:
    text = (
        "Quý I, tổng mức bán lẻ hàng hóa và doanh thu dịch vụ đạt 12.400 tỷ đồng, tăng 9,2% so cùng kỳ.\n\n"
        "Trong đó, bán lẻ hàng hóa tăng 8,6%, dịch vụ lưu trú và ăn uống tăng 13,1%."
    )
    assert [(f.indicator, f.breakdown) for f in extract_facts(text)] == [
        ("retail_sales_services", None),
        ("retail_sales_services", "bán lẻ hàng hóa"),
        ("retail_sales_services", "dịch vụ lưu trú và ăn uống"),
    ]


def test_industries_listed_after_a_figure_of_another_kind_are_parts_of_the_index() -> None:
    text = (
        "Tháng 3, chỉ số sản xuất công nghiệp của tỉnh tăng 9,4% so với cùng kỳ. "
        "Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ đạt 5.120 tỷ đồng, tăng 10,2%.\n"
        "Một số ngành công nghiệp chế biến có mức sản xuất tăng khá như: dệt tăng 21%; in ấn tăng 13%."
    )
    assert [(f.indicator, f.value) for f in extract_facts(text)] == [
        ("iip", 9.4),
        ("retail_sales_services", 5_120e9),
        ("iip", 21),
        ("iip", 13),
    ]


def test_a_multiple_of_an_industry_is_a_change_with_no_rate_value() -> None:
    text = (
        "Chỉ số sản xuất công nghiệp tăng 11,2%\n\n"
        "Quý I, một số ngành công nghiệp có mức sản xuất tăng mạnh như: sản xuất đồ uống gấp 1,9 lần; in ấn tăng 30%."
    )
    facts = [f for f in extract_facts(text) if f.change is not None and f.change.unit == "x"]
    assert [(f.indicator, f.value, f.unit, f.change.value) for f in facts] == [("iip", None, None, 1.9)]  # type: ignore[union-attr]


def test_groups_counted_as_n_of_m_or_by_a_fall_in_a_measure() -> None:
    text = (
        "Tính chung 9 tháng, doanh thu bán lẻ hàng hóa đạt 31,2 nghìn tỷ đồng, tăng 7,1%; "
        "08 trong 12 nhóm hàng ghi nhận mức tăng khá. Tuy nhiên, có 04 nhóm hàng sụt giảm doanh thu so với cùng kỳ."
    )
    counts = [(f.value, f.of) for f in extract_facts(text) if f.unit == "count"]
    assert counts == [(8, 12), (4, None)]


def test_the_growth_rate_of_a_level_indicator_is_that_indicators_growth() -> None:
    assert _growths("Năm 2022, tốc độ tăng trưởng giá trị sản xuất công nghiệp đạt 8,7%.") == [
        ("industrial_output_value", None, 8.7, "up")
    ]
    assert _growths("Năm 2022, tốc độ tăng kim ngạch xuất khẩu đạt 14%.") == [("export_value", None, 14, "up")]


def test_the_industrys_total_product_is_its_output_not_the_grdp() -> None:
    text = (
        "Giai đoạn 2010 - 2020, tốc độ tăng trưởng tổng sản phẩm toàn ngành công nghiệp bình quân đạt 12,3%/năm, "
        "tổng giá trị sản phẩm toàn ngành công nghiệp năm 2020 đạt 2.310 tỷ đồng."
    )
    assert [f.indicator for f in extract_facts(text)] == ["industrial_output_value", "industrial_output_value"]
