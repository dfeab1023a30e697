"""Rules from tuning on blind21 (issue 12, w12t21): GRDP index, structure lists, budget totals."""

from __future__ import annotations

from provind.extraction import extract_facts


def test_grdp_index_without_a_growth_verb_is_a_growth() -> None:
    # "GRDP ... đạt 108,2%" (last year = 100), the sectors listed bare after it too.
    text = (
        "GRDP của tỉnh ước cả năm 2023 đạt 108,2%; trong đó khu vực nông, lâm, thủy sản đạt 102,5%, "
        "khu vực công nghiệp và xây dựng 115,3%, khu vực dịch vụ 97,6%."
    )
    got = [(f.indicator, f.value) for f in extract_facts(text)]
    assert got == [("grdp_growth", 8.2), ("grdp_growth", 2.5), ("grdp_growth", 15.3), ("grdp_growth", -2.4)]


def test_grdp_growth_said_with_tang_is_not_an_index() -> None:
    facts = extract_facts("Khu vực công nghiệp năm 2022 tăng 112,4% so với năm trước.")
    assert [f.value for f in facts if f.indicator == "grdp_growth"] in ([112.4], [])


def test_shares_compared_with_a_year_listed_after_tuong_ung() -> None:
    text = (
        "Cơ cấu GRDP quý III năm 2024: khu vực nông, lâm nghiệp và thủy sản chiếm 20,4%; khu vực công nghiệp "
        "và xây dựng chiếm 35,1%; khu vực dịch vụ chiếm 40,2%; thuế sản phẩm chiếm 4,3% (Cơ cấu tương ứng "
        "cùng kỳ năm 2023 là: 21,0%; 34,6%; 40,1%; 4,3%)."
    )
    years = [(f.value, f.period.year) for f in extract_facts(text)]
    assert years[:4] == [(20.4, 2024), (35.1, 2024), (40.2, 2024), (4.3, 2024)]
    assert years[4:] == [(21.0, 2023), (34.6, 2023), (40.1, 2023), (4.3, 2023)]


def test_sectors_listed_after_co_cau_kinh_te_are_shares() -> None:
    text = (
        "Tốc độ tăng trưởng GRDP 7,1% (KH tăng 8%); Cơ cấu kinh tế: Nông, lâm nghiệp và thủy sản 22,4%, "
        "công nghiệp-xây dựng 41,3%, dịch vụ 36,3%."
    )
    got = [(f.indicator, f.value, f.change is None) for f in extract_facts(text)]
    assert ("other", 22.4, True) in got
    assert ("other", 41.3, True) in got
    assert ("other", 36.3, True) in got
    assert not any(i == "grdp_growth" and v in (22.4, 41.3, 36.3) for i, v, _ in got)


def test_total_revenue_against_the_budget_estimate_is_budget_revenue() -> None:
    text = (
        "Theo Cục thuế, huyện cũ có tổng thu 9 tháng năm 2025 là 1.250 tỷ đồng, đạt 70,5% so với dự toán, "
        "bằng 104,2% so với cùng kỳ năm 2024."
    )
    facts = extract_facts(text)
    assert [(f.indicator, f.value) for f in facts] == [("budget_revenue", 1250000000000.0)]


def test_tourism_total_revenue_stays_other() -> None:
    facts = extract_facts("Tổng thu du lịch năm 2023 đạt 2.100 tỷ đồng, tăng 31% so với cùng kỳ.")
    assert all(f.indicator != "budget_revenue" for f in facts)
