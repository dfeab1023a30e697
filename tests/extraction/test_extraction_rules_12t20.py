"""Rules of the blind20 tuning pass (w12t20): each fails on the code before it (README.md
"Blind20 tuning pass (w12t20)")."""

from __future__ import annotations

from provind.extraction import extract_facts


def _facts(text: str) -> list[tuple[str, float | None, str | None, int | None, int | None]]:
    return [
        (
            f.indicator,
            f.value if f.value is not None else (f.change.value if f.change else None),
            f.period.kind,
            f.period.months,
            f.period.quarter,
        )
        for f in extract_facts(text)
    ]


def test_services_revenue_named_alone_is_retail() -> None:
    text = (
        "Doanh thu hoạt động dịch vụ tháng 9 năm 2022 ước tính đạt 670,51 tỷ đồng, tăng 37,98% so với "
        "cùng kỳ năm trước."
    )
    assert [f[0] for f in _facts(text)] == ["retail_sales_services"]


def test_revenue_of_accommodation_activities_is_a_part_of_retail() -> None:
    text = "Doanh thu các hoạt động lưu trú, ăn uống và du lịch lữ hành tháng 9/2022 tăng 0,94% so với tháng trước."
    assert [f[0] for f in _facts(text)] == ["retail_sales_services"]


def test_sectors_after_a_bracket_of_quarters_are_parts_of_the_months_so_far() -> None:
    text = (
        "Tốc độ tăng trưởng GRDP 9 tháng đầu năm 2023 ước đạt 6,27% (quý I tăng 7,63%; quý II tăng "
        "4,94%, quý III tăng 6,51%). Trong đó, khu vực nông, lâm nghiệp và thủy sản tăng 4,29%; khu "
        "vực dịch vụ tăng 8,12%."
    )
    found = {f[1]: f for f in _facts(text)}
    assert found[4.29][2:4] == ("ytd", 9)
    assert found[8.12][2:4] == ("ytd", 9)


def test_months_glued_to_their_count_are_read() -> None:
    text = "Tốc độ tăng trưởng kinh tế (GRDP) 9tháng năm 2025 của tỉnh ước tăng 11,66%."
    assert _facts(text)[0][2:4] == ("ytd", 9)


def test_after_a_singled_out_quarter_the_next_paragraph_goes_on_in_the_months_so_far() -> None:
    text = (
        "Tốc độ tăng trưởng kinh tế (GRDP) 9 tháng năm 2025 của tỉnh ước tăng 11,66%. Tính riêng trong "
        "quý III/2025, GRDP của tỉnh ước tăng 12,88%.\n\n"
        "Tỉnh đã đón được 17,11 triệu lượt khách du lịch, tăng 9% so với cùng kỳ."
    )
    found = {f[1]: f for f in _facts(text)}
    assert found[12.88][2] == "quarter"
    assert found[17110000.0][2:4] == ("ytd", 9)


def test_a_paragraph_of_the_singled_out_months_parts_stays_in_that_month() -> None:
    text = (
        "Riêng trong tháng 8, tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tháng 8/2024 đạt 6.370 tỷ "
        "đồng, tăng 8,3% so với cùng kỳ năm 2023.\n\n"
        "Trong đó, doanh thu bán lẻ hàng hóa đạt 4.310 tỷ đồng; doanh thu dịch vụ khác đạt 780 tỷ đồng."
    )
    found = {f[1]: f for f in _facts(text)}
    assert found[780000000000.0][2] == "month"


def test_the_year_compared_with_as_an_outturn_is_no_period_of_the_parts() -> None:
    text = (
        "Thu ngân sách nhà nước năm 2023 thực hiện 21.275 tỷ đồng, đạt 134,2% dự toán và bằng 94,6% so "
        "với thực hiện năm 2022 (trong đó, thu nội địa thực hiện 19.980 tỷ đồng)."
    )
    found = {f[1]: f for f in extract_facts(text) for f in [(f.indicator, f.value, f.period.year)]}
    assert found[19980000000000.0][2] == 2023


def test_the_growth_rate_of_grdp_on_average_is_growth_not_per_head() -> None:
    text = "Quy hoạch tỉnh đến năm 2030: tốc độ tăng GRDP bình quân từ 8,4 - 8,8%/năm."
    assert [f.indicator for f in extract_facts(text)] == ["grdp_growth"]
