"""Status rules of the tenth/eleventh-set attributes pass (w12a1011): each fails on the code
before it (README.md "Sixth pass, statuses and changes on blind10 and blind11 (w12a1011)")."""

from __future__ import annotations

from provind.extraction import extract_facts


def _status(text: str) -> dict[float | None, str | None]:
    return {f.value: f.status for f in extract_facts(text)}


def test_a_list_of_some_industries_in_a_paragraph_of_its_own_keeps_its_own_status() -> None:
    text = (
        "Quý I năm 2024, chỉ số sản xuất công nghiệp của tỉnh ước tăng 8,4% so với cùng kỳ năm "
        "trước. Trong đó, ngành khai khoáng giảm 3,1%; ngành chế biến, chế tạo tăng 9,7%.\n"
        "Chỉ số sản xuất quý I của một số ngành cấp II tăng cao so với cùng kỳ năm trước: dệt "
        "tăng 21,4%; sản xuất đồ uống tăng 12,2%."
    )
    status = _status(text)
    assert status[8.4] == status[9.7] == "estimate"
    assert status[21.4] == status[12.2] == "actual"


def test_a_list_of_some_products_as_nhu_keeps_its_own_status_after_an_estimate() -> None:
    text = (
        "Chín tháng năm 2023, chỉ số sản xuất công nghiệp ước tăng 6,5%. Cụ thể, ngành chế "
        "biến, chế tạo tăng 7,2%.\n\nMột số sản phẩm có chỉ số sản xuất 9 tháng tăng so với cùng "
        "kỳ như: sản xuất giấy (+18,6%); sản xuất trang phục (+11,3%)."
    )
    status = _status(text)
    assert status[6.5] == "estimate"
    assert status[18.6] == status[11.3] == "actual"


def test_the_parts_listed_after_the_whole_still_take_its_estimate() -> None:
    text = (
        "Tháng 5, chỉ số sản xuất công nghiệp ước tính tăng 6,2% so với cùng kỳ. Các ngành chủ "
        "yếu bao gồm: khai khoáng tăng 7,3% so với cùng kỳ; công nghiệp chế biến, chế tạo tăng "
        "5,6% so với cùng kỳ."
    )
    status = _status(text)
    assert status[7.3] == status[5.6] == "estimate"


def test_a_part_set_apart_by_rieng_shares_the_month_on_month_comparison_of_the_whole() -> None:
    text = (
        "Chỉ số sản xuất công nghiệp tháng 9/2019 tăng 6,4% so với tháng trước. Trong đó, ngành "
        "chế biến, chế tạo tăng 7,1%; ngành sản xuất và phân phối điện tăng 3,2%. Riêng ngành "
        "khai khoáng giảm 4,7%."
    )
    bases = {abs(f.value or 0): f.change.basis for f in extract_facts(text) if f.change}
    assert bases[7.1] == bases[4.7] == "mom"


def test_an_index_against_the_same_period_listed_after_plan_attainments_is_a_change() -> None:
    text = (
        "Sáu tháng đầu năm, thu ngân sách được 3.250 tỷ đồng, đạt 48,5% dự toán Trung ương giao, "
        "41,2% dự toán tỉnh giao và 95,3% so với cùng kỳ năm trước."
    )
    facts = extract_facts(text)
    assert [(f.indicator, f.value) for f in facts] == [("budget_revenue", 3.25e12)]
    change = facts[0].change
    assert change is not None
    assert (change.value, change.direction, change.basis) == (4.7, "down", "yoy")


def test_cung_ky_without_its_tone_is_still_the_same_period_a_year_before() -> None:
    text = (
        "Công nghiệp sản xuất nước và thu gom rác thải ước đạt 6 tỷ đồng, tăng 12,5% so với tháng "
        "4/2021, tăng 4,2% so với cung kỳ năm trước."
    )
    facts = extract_facts(text)
    assert len(facts) == 1
    change = facts[0].change
    assert change is not None
    assert (change.value, change.basis) == (4.2, "yoy")


def test_what_a_plan_named_first_is_expected_to_hold_is_that_plan() -> None:
    text = "Về kế hoạch dự toán năm 2020 của tỉnh, thì dự kiến thu ngân sách hơn 7,2 nghìn tỷ đồng."
    assert _status(text) == {7.2e12: "plan"}


def test_an_expected_figure_after_a_plan_figure_stays_an_estimate() -> None:
    text = "Kế hoạch thu ngân sách năm 2020 là 7.000 tỷ đồng, dự kiến thực hiện đạt 7.250 tỷ đồng."
    assert _status(text)[7.25e12] == "estimate"


def test_the_growth_after_a_part_in_brackets_is_the_wholes() -> None:
    text = (
        "Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng tháng 3/2024 ước 6.120 tỷ đồng "
        "(trong đó, bán lẻ hàng hóa ước 4.010 tỷ đồng), tăng 3,2% so với tháng trước (trong đó, "
        "bán lẻ hàng hóa tăng 2,6%) và tăng 9,4% so với cùng kỳ năm trước (trong đó, bán lẻ hàng "
        "hóa tăng 8,7%)."
    )
    changes = {
        f.value: (f.change.value if f.change else None, [c.value for c in f.extra_changes]) for f in extract_facts(text)
    }
    assert changes[6.12e12] == (9.4, [3.2])
    assert changes[4.01e12] == (8.7, [2.6])


def test_a_fall_in_volume_and_value_is_the_amounts_change_too() -> None:
    text = (
        "Kim ngạch xuất khẩu quý I đạt 62 triệu USD. Trong đó, hạt tiêu 120 tấn, tương đương "
        "0,4 triệu USD (giảm 35% về lượng và giá trị)."
    )
    changes = {f.value: f.change for f in extract_facts(text)}
    change = changes[4e5]
    assert change is not None
    assert (change.value, change.direction) == (35.0, "down")


def test_a_sentence_opened_by_muc_nay_compares_the_level_just_given() -> None:
    text = "Quý I năm 2025, tỉnh thu hút 820 triệu USD vốn đăng ký FDI. Mức này gấp 3 lần so với cùng kỳ năm trước."
    facts = extract_facts(text)
    assert [(f.indicator, f.value) for f in facts] == [("fdi_capital", 8.2e8)]
    change = facts[0].change
    assert change is not None
    assert (change.value, change.unit) == (3.0, "x")


def test_a_multiple_listed_after_one_about_projects_keeps_its_verb() -> None:
    text = (
        "Năm 2022, tỉnh thu hút được 40 dự án FDI với số vốn 350 triệu USD, tăng gấp 2 lần về số "
        "dự án và 4 lần về số vốn so với năm 2021."
    )
    facts = extract_facts(text)
    assert [(f.indicator, f.value) for f in facts][-1] == ("fdi_capital", 3.5e8)
    change = facts[-1].change
    assert change is not None
    assert (change.value, change.unit, change.direction) == (4.0, "x", "up")
