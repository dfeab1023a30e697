"""Rules of the pass on facts with no value and only a change (w14h): each fails on the code
before it (README.md "Session 8, facts with no value and only a change (w14h)")."""

from __future__ import annotations

from provind.extraction import extract_facts


def _facts(text: str) -> list[tuple[str, float | None, float | None]]:
    return [(f.indicator, f.value, f.change.value if f.change else None) for f in extract_facts(text)]


def test_a_growth_before_its_level_in_one_clause_is_the_levels() -> None:
    # blind19 r762 "giảm đến 16,4% ... với ước đạt 322.500 tỉ đồng", blind14 r565 "tăng 32,3% ...,
    # đạt hơn 4,72 tỷ USD": one figure (as the plain ", đạt" of test_extraction_rules_14g).
    retail = (
        "Năm 2024, doanh thu dịch vụ lưu trú, ăn uống của tỉnh giảm đến 12,3% so với cùng kỳ năm trước "
        "với ước đạt 1.250 tỷ đồng."
    )
    assert _facts(retail) == [("retail_sales_services", 1250e9, 12.3)]
    fdi = (
        "Đáng chú ý, vốn đầu tư trực tiếp nước ngoài (FDI) trên địa bàn tỉnh 7 tháng đầu năm 2025 tăng "
        "21,4% so với cùng kỳ năm trước, đạt hơn 1,35 tỷ USD."
    )
    assert _facts(fdi) == [("fdi_capital", 1.35e9, 21.4)]


def test_a_growth_and_a_level_in_two_sentences_stay_two_figures() -> None:
    # (A guard.) The level of the next sentence is not the growth's.
    text = (
        "Kim ngạch xuất khẩu 9 tháng năm 2024 tăng 8,2% so với cùng kỳ. Riêng tháng 9, kim ngạch xuất "
        "khẩu đạt 71,5 triệu USD."
    )
    assert [f for f in _facts(text) if f[0] == "export_value"] == [
        ("export_value", None, 8.2),
        ("export_value", 71.5e6, None),
    ]


def test_a_growth_alone_restating_an_industrial_output_level_is_dropped() -> None:
    # blind20 r783, blind23 r917, blind24 r957: the growth said again without the level.
    text = (
        "Giá trị sản xuất công nghiệp năm 2023 tăng 9,4% so với năm trước. Năm 2023, giá trị sản xuất "
        "công nghiệp (giá so sánh 2010) ước đạt 25.310 tỷ đồng, tăng 9,4% so với năm trước."
    )
    assert [f for f in _facts(text) if f[0] == "industrial_output_value"] == [("industrial_output_value", 25310e9, 9.4)]


def test_a_headline_growth_of_no_known_indicator_restating_a_named_figure_is_dropped() -> None:
    # blind21 r826: "Kinh tế Cần Thơ tăng 7,39% trong 9 tháng đầu năm" over the GRDP's 7,39%.
    text = (
        "Kinh tế Hậu Giang tăng 6,82% trong 9 tháng đầu năm\n"
        "Tổng sản phẩm trên địa bàn (GRDP) 9 tháng năm 2024 của tỉnh Hậu Giang ước tăng 6,82% so với "
        "cùng kỳ năm trước."
    )
    assert [f[0] for f in _facts(text)] == ["grdp_growth"]


def test_a_headline_with_tp_dot_is_still_a_headline() -> None:
    # blind7 r331: "TP. Hồ Chí Minh: ... tháng 4 ước tăng 5,4%": "TP." is no sentence break.
    text = (
        "TP. Hồ Chí Minh: Sản xuất ngành công nghiệp tháng 4 ước tăng 6,1% so với cùng kỳ\n"
        "Theo Cục Thống kê, chỉ số sản xuất công nghiệp 4 tháng đầu năm 2024 của thành phố tăng 6,1% "
        "so với cùng kỳ."
    )
    assert [f[0] for f in _facts(text)] == ["iip"]


def test_a_headline_products_rate_equal_to_a_body_figure_rounded_stays() -> None:
    # (A guard.) Only the exact growth is a restatement: "tăng 6%" is not the index's 6,1%.
    text = (
        "Hậu Giang: Sản xuất ngành công nghiệp tháng 4 ước tăng 6% so với cùng kỳ\n"
        "Theo Cục Thống kê, chỉ số sản xuất công nghiệp 4 tháng đầu năm 2024 của tỉnh tăng 6,1% "
        "so với cùng kỳ."
    )
    assert len(_facts(text)) == 2
