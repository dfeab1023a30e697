"""Rules of the tuning pass on blind30 (w12t30): each fails on the code before it (README.md
"Tuning on blind30, statuses and ranges (w12t30)")."""

from __future__ import annotations

from provind.extraction import extract_facts


def test_a_figure_measured_against_the_plan_is_no_plan() -> None:
    text = (
        "Kế hoạch năm 2017 là 7.314,3 tỷ đồng, giá trị giải ngân là 5.375,5 tỷ đồng, đạt 73,5% kế "
        "hoạch, trong đó: - Vốn ngân sách địa phương: Kế hoạch năm 2017 là 6.157,9 tỷ đồng, giá trị "
        "giải ngân là 4.491 tỷ đồng, đạt 72,9% kế hoạch."
    )
    facts = {f.value: f for f in extract_facts(text)}
    assert facts[7_314_300_000_000].status == "plan"
    for value in (5_375_500_000_000, 4_491_000_000_000):
        assert facts[value].plan_attainment
        assert facts[value].status == "actual"


def test_structure_shares_after_an_estimated_grdp_are_estimates() -> None:
    text = (
        "Dự báo tổng sản phẩm trên địa bàn tỉnh năm 2018 (GRDP) ước đạt 66.780 tỷ đồng, tăng 6% so "
        "với năm 2017. Cơ cấu GRDP chuyển dịch theo hướng tích cực, khu vực nông - lâm - thủy sản "
        "còn 11,3%, công nghiệp và xây dựng gần 36,2%."
    )
    facts = {f.value: f for f in extract_facts(text)}
    assert facts[66_780_000_000_000].status == "estimate"
    assert facts[11.3].status == "estimate"
    assert facts[36.2].status == "estimate"


def test_structure_shares_with_no_status_word_keep_none() -> None:
    # (Guard: a GRDP given as done leaves its shares with no status, SCHEMA.md.)
    text = (
        "Năm 2017, tổng sản phẩm trên địa bàn tỉnh (GRDP) đạt 60.000 tỷ đồng, tăng 6,5%. Cơ cấu "
        "kinh tế: khu vực nông - lâm - thủy sản chiếm 12,1%, công nghiệp và xây dựng chiếm 35,2%."
    )
    facts = {f.value: f for f in extract_facts(text)}
    assert facts[12.1].status is None


def test_a_growth_range_of_a_sector_keeps_its_top() -> None:
    text = (
        "Năm 2018, tăng trưởng kinh tế (GRDP) từ 7,5% đến 8%; trong đó: nông nghiệp - thủy sản tăng "
        "từ 0,45% đến 0,54%; công nghiệp - xây dựng tăng từ 7,86% đến 8,43%."
    )
    tops = {f.value: f.value_max for f in extract_facts(text)}
    assert tops == {7.5: 8, 0.45: 0.54, 7.86: 8.43}


def test_items_with_a_change_only_after_an_estimated_total_are_estimates() -> None:
    text = (
        "Theo báo cáo của UBND tỉnh, tổng thu ngân sách Nhà nước 7 tháng đầu năm 2016 trên địa bàn "
        "tỉnh ước đạt 3.244,4 tỷ đồng, bằng 57,6% dự toán năm và tăng 18% so cùng kỳ; trong đó, thu "
        "nội địa đạt 2.854,6 tỷ đồng, tăng 20,28%.\n\nTrong thu nội địa, thu doanh nghiệp có vốn đầu "
        "tư nước ngoài tăng 22,2%; thu thuế thu nhập cá nhân tăng 20,13%."
    )
    facts = extract_facts(text)
    items = [f for f in facts if f.value is None and f.change is not None]
    assert [f.change.value for f in items if f.change] == [22.2, 20.13]
    assert {f.status for f in facts} == {"estimate"}


def test_a_bare_share_after_a_sum_of_money_is_the_share_of_the_plan() -> None:
    text = (
        "Qua hai tháng, cơ quan thuế đã thu được 2.663,8 tỷ đồng, đạt 18,8% dự toán HĐND tỉnh giao, "
        "tăng 26,4% so với cùng kỳ năm 2016. Nếu trừ đi khoản thu tiền sử dụng đất thì tổng thu là "
        "2.590,6 tỷ đồng, đạt 18,9%, tăng gần 29% so cùng kỳ năm ngoái."
    )
    facts = extract_facts(text)
    assert [f.value for f in facts] == [2_663_800_000_000, 2_590_600_000_000]
    assert facts[1].plan_attainment == [{"value": 18.9, "unit": "%", "of": "dự toán"}]


def test_a_part_of_a_sum_of_money_after_a_slash_is_read_out_of_it() -> None:
    text = (
        "Tính đến ngày 31/8/2017, tổng khối lượng thực hiện là 983,809/1.422,557 tỷ đồng, đạt 69,16%. "
        "Giá trị giải ngân 873,875/1.422,557 tỷ đồng, đạt 61,43%."
    )
    facts = extract_facts(text)
    assert [(f.value, f.of) for f in facts] == [
        (983_809_000_000, 1_422_557_000_000),
        (873_875_000_000, 1_422_557_000_000),
    ]
    assert facts[1].indicator == "public_investment_disbursement"
    assert facts[1].plan_attainment[0]["value"] == 61.43
