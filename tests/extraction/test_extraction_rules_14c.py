"""Rules for the headline production indicators: GRDP, GRDP per head, the production index and
industrial output (issue 12, session 8, w14c)."""

from __future__ import annotations

from provind.extraction import extract_facts


def _rows(text: str) -> list[tuple[str, float | None, str | None, float | None, int | None]]:
    return [
        (f.indicator, f.value, f.unit, f.change.value if f.change else None, f.period.year)
        for f in extract_facts(text, region="Long An")
    ]


def test_an_index_given_in_dong_is_the_output_value_and_its_industries_follow() -> None:
    # An index has no currency: "chỉ số sản xuất công nghiệp ... đạt 8.400 tỷ đồng" is the
    # output value, and the industries listed after it are its parts, not economic growth.
    text = (
        "Tốc độ tăng trưởng kinh tế (GRDP) quý I/2024 của tỉnh ước tăng 6,1% so với cùng kỳ.\n"
        "Tại khu vực công nghiệp, chỉ số sản xuất công nghiệp (IIP) ước đạt 8.400 tỷ đồng, tăng 8,7% "
        "so với cùng kỳ. Trong đó, ngành công nghiệp chế biến tăng 9,2%; ngành khai khoáng tăng 4,1%."
    )
    rows = _rows(text)
    assert ("industrial_output_value", 8.4e12, "VND", 8.7, 2024) in rows
    assert ("industrial_output_value", None, None, 9.2, 2024) in rows
    assert not any(r[0] == "grdp_growth" and r[1] in (9.2, 4.1) for r in rows)


def test_an_amount_raised_from_one_level_to_another_gives_both_levels() -> None:
    # "tăng từ A năm X lên B năm Y": two levels, each of its year, not a rise by B.
    text = (
        "GRDP bình quân đầu người tăng từ 41,5 triệu đồng/người năm 2016 lên 72 triệu đồng/người "
        "năm 2021, gấp 1,73 lần."
    )
    rows = _rows(text)
    assert ("grdp_per_capita", 41.5e6, "VND", None, 2016) in rows
    assert ("grdp_per_capita", 72e6, "VND", 1.73, 2021) in rows


def test_a_currency_equivalent_after_a_per_head_amount_is_not_a_second_fact() -> None:
    text = "Năm 2024, GRDP bình quân đầu người của tỉnh đạt 85 triệu đồng/người (khoảng 3.500 USD)."
    assert _rows(text) == [("grdp_per_capita", 85e6, "VND", None, 2024)]


def test_a_qualified_currency_equivalent_is_not_a_second_fact() -> None:
    text = "Đến năm 2030, GRDP bình quân đầu người của tỉnh đạt khoảng 9.000 USD (khoảng hơn 230 triệu đồng)."
    rows = _rows(text)
    assert [r[:3] for r in rows] == [("grdp_per_capita", 9000.0, "USD")]


def test_an_industry_growing_with_no_index_named_grows_by_the_index() -> None:
    # A headline names the industry and a bare "mức tăng trưởng", no index: its growth is the
    # production index's (and, rounded, the body's figure again), not the economy's.
    text = (
        "Ngành khai khoáng đạt mức tăng trưởng hơn 12%\n\n"
        "Từ đầu năm đến nay, chỉ số sản xuất công nghiệp của tỉnh tăng khá, trong đó ngành "
        "khai khoáng đạt mức tăng trưởng 12,4% so với cùng kỳ năm 2023."
    )
    rows = _rows(text)
    assert not any(r[0] == "grdp_growth" for r in rows)
    assert ("iip", 12.4, "%", 12.4, 2024) in rows


def test_an_industry_in_the_economy_s_figures_still_grows_with_the_economy() -> None:
    text = (
        "Tổng sản phẩm trên địa bàn (GRDP) năm 2024 ước đạt 52.300 tỷ đồng, tăng 7,2% so với năm "
        "trước. Ngành công nghiệp chế biến, chế tạo đạt mức tăng trưởng 11,5%."
    )
    assert ("grdp_growth", 11.5, "%", 11.5, 2024) in _rows(text)


def test_a_growth_written_with_a_minus_is_a_fall() -> None:
    text = "Sau năm 2021 sụt giảm (tăng trưởng GRDP -4,25%), năm 2022 kinh tế tỉnh đã phục hồi."
    assert [r[:2] for r in _rows(text)] == [("grdp_growth", -4.25)]


def test_a_range_s_dash_is_no_minus() -> None:
    text = "Năm 2025, tỉnh phấn đấu tăng trưởng GRDP đạt 8,4 -8,8%."
    assert [r[:2] for r in _rows(text)] == [("grdp_growth", 8.4)]


def test_a_level_s_growth_said_after_its_name_is_its_change() -> None:
    # "giá trị sản xuất công nghiệp ... tăng trưởng bình quân đạt X%/năm": the output's growth,
    # a change with no level, not a level in %.
    text = "Giai đoạn 2016-2020, giá trị sản xuất công nghiệp của tỉnh tăng trưởng bình quân đạt 14,6%/năm."
    rows = _rows(text)
    assert [r[:4] for r in rows] == [("industrial_output_value", None, None, 14.6)]


def test_the_growth_target_named_chi_tieu_is_economic_growth_and_its_plan() -> None:
    # "chỉ tiêu tăng trưởng chỉ đạt được X%, định hướng Y%": the economy's growth (said again)
    # and its planned rate, not two `other` percentages.
    text = (
        "Năm 2023, tốc độ tăng trưởng tổng sản phẩm trên địa bàn tỉnh đạt 6,42%. Tỉnh có 2 chỉ "
        "tiêu chưa đạt, thứ nhất là chỉ tiêu tăng trưởng chỉ đạt được 6,42%, định hướng 7%."
    )
    rows = _rows(text)
    assert ("grdp_growth", 7.0, "%", 7.0, 2023) in rows
    assert not any(r[0] == "other" and r[2] == "%" for r in rows)


def test_a_bare_growth_of_a_period_after_a_comma_is_economic_growth() -> None:
    # "Cục Thống kê cho biết, tăng trưởng 6 tháng đầu năm của tỉnh ... ước đạt 8,1%": the economy's.
    text = "Cục Thống kê tỉnh cho biết, tăng trưởng 6 tháng đầu năm 2024 của tỉnh cao thứ 5 cả nước, ước đạt 8,1%."
    assert [r[:2] for r in _rows(text)] == [("grdp_growth", 8.1)]
