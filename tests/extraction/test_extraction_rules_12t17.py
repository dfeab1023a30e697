"""Rules for periods and comparisons wrong on blind17 (issue 12, w12t17)."""

from __future__ import annotations

from provind.extraction import extract_facts


def _by_value(text: str) -> dict[float | None, object]:
    return {f.value: f for f in extract_facts(text)}


def test_summed_up_to_a_month_end_without_clause_lead_is_ytd() -> None:
    # "cộng dồn đến cuối tháng 8.2021": summed up to the month's end, not the month alone; a
    # level set against "cùng thời điểm" is a stock at that date (months null).
    text = (
        "Chỉ số sử dụng lao động trong các doanh nghiệp cộng dồn đến cuối tháng 8.2021 giảm 1,8% "
        "so với cùng thời điểm năm trước."
    )
    fact = _by_value(text)[-1.8]
    assert fact.period.kind == "ytd"
    assert fact.period.month == 8
    assert fact.period.months is None


def test_up_to_the_start_of_a_month_is_ytd_without_months() -> None:
    text = "Tính đến đầu tháng 7, toàn tỉnh thu hút được 268 dự án đầu tư."
    fact = _by_value(text)[268]
    assert fact.period.kind == "ytd"
    assert fact.period.month == 7
    assert fact.period.months is None


def test_part_growth_follows_the_wholes_last_comparison() -> None:
    text = (
        "Chỉ số sản xuất công nghiệp tháng 10/2018 tăng 8,86% so với tháng 9/2018 và tăng 7,14% so "
        "với cùng kỳ năm 2017, trong đó công nghiệp khai khoáng tăng 6,49%; công nghiệp chế biến, "
        "chế tạo tăng 11,08%."
    )
    facts = _by_value(text)
    assert facts[11.08].change.basis == "yoy"


def test_bare_pair_of_growths_follows_the_wholes_two_comparisons() -> None:
    text = (
        "Chỉ số IIP của tỉnh trong tháng 2/2023 ước tính giảm 15,6% so với tháng trước và giảm 13,2% "
        "so với cùng kỳ năm 2022. "
        "Trong đó, ngành công nghiệp chế biến, chế tạo giảm 15,8% so với tháng trước và giảm 13,3% so "
        "với tháng 2/2022; ngành sản xuất và phân phối điện tăng 9,2% và tăng 15,2%."
    )
    facts = _by_value(text)
    assert facts[9.2].change.basis == "mom"
    assert facts[15.2].change.basis == "yoy"


def test_growth_against_a_month_without_so_is_a_comparison() -> None:
    # "tăng 9,85% với tháng 3/2019": the month compared with is not the period of the figures
    # after it.
    text = (
        "Giá trị sản xuất công nghiệp tháng 4 năm 2019 ước đạt 362,1 tỷ đồng; trong đó: Kinh tế Quốc "
        "doanh đạt 284,5 tỷ đồng tăng 9,85% với tháng 3/2019, tăng 48,4% so với cùng kỳ năm trước; "
        "kinh tế ngoài Quốc doanh đạt 77,6 tỷ đồng, tăng 6,59% so với tháng 3/2019, tăng 10,5% so "
        "với cùng kỳ năm trước."
    )
    fact = _by_value(text)[77600000000.0]
    assert fact.period.month == 4
    assert fact.change.value == 10.5


def test_share_equal_to_a_year_keeps_the_paragraphs_year() -> None:
    text = (
        "Tỷ trọng các ngành trong GRDP năm 2016: ngành công nghiệp, xây dựng chiếm 40,5%, tăng 1,2%; "
        "các ngành dịch vụ chiếm 38,5%, bằng năm 2015."
    )
    assert _by_value(text)[38.5].period.year == 2016


def test_last_years_share_aside_is_the_year_before() -> None:
    text = (
        "Cơ cấu các nhóm ngành trong giá trị gia tăng năm 2017 có sự chuyển dịch: Nhóm nông lâm thuỷ sản "
        "chiếm 32,2% (năm trước 32,6%); dịch vụ 38,0% (năm trước chiếm 37,4%)."
    )
    facts = _by_value(text)
    assert facts[32.2].period.year == 2017
    assert facts[32.6].period.year == 2016
    assert facts[37.4].period.year == 2016


def test_import_duty_and_product_tax_is_a_grdp_component() -> None:
    text = (
        "Tổng sản phẩm trên địa bàn tỉnh (GRDP) năm 2016 tăng 9,05% so với cùng kỳ; trong đó ngành "
        "công nghiệp, xây dựng tăng 11,96%; thuế nhập khẩu, thuế sản phẩm trừ trợ cấp tăng 9,16%."
    )
    facts = [(f.indicator, f.value) for f in extract_facts(text)]
    assert ("grdp_growth", 9.16) in facts
    assert not any(ind == "import_value" for ind, _ in facts)


def _codes(text: str) -> list[tuple[str, float | None]]:
    return [(f.indicator, f.value) for f in extract_facts(text)]


def test_capital_of_projects_split_into_both_kinds_is_other() -> None:
    text = (
        "Đến nay KCN Suối Dầu đã thu hút được 56 dự án đầu tư (38 dự án trong nước và 18 dự án có vốn "
        "ĐTNN), với tổng vốn đăng ký 293,12 triệu USD, vốn thực hiện là 233,54 triệu USD."
    )
    codes = _codes(text)
    assert ("other", 293120000.0) in codes
    assert ("other", 233540000.0) in codes


def test_capital_in_dong_and_dollars_after_both_kinds_is_domestic_then_foreign() -> None:
    text = (
        "Đến nay, Khu Kinh tế Nghi Sơn có 157 dự án đầu tư trong nước và 17 dự án đầu tư nước ngoài, "
        "với vốn đăng ký 96.307 tỷ đồng và 12,836 tỷ USD."
    )
    codes = _codes(text)
    assert ("domestic_investment_capital", 96307000000000.0) in codes
    assert ("fdi_capital", 12836000000.0) in codes


def test_currency_pair_after_a_split_count_keeps_one_of_each_kind() -> None:
    text = (
        "Các khu công nghiệp đã điều chỉnh tăng vốn đầu tư cho 9 lượt dự án (7 dự án FDI và 2 dự án "
        "trong nước); tổng vốn đầu tư đăng ký mới và tăng thêm là 110,75 triệu USD và 548,61 tỷ đồng."
    )
    codes = _codes(text)
    assert ("fdi_capital", 110750000.0) in codes


def test_electricity_generated_and_supplied_to_the_grid() -> None:
    codes = _codes("Một số sản phẩm sản xuất chủ yếu ước đạt: Chè 350 tấn; điện phát ra 344,292 triệu Kwh.")
    assert ("electricity", 344292000.0) in codes
    codes = _codes("Nhà máy có tổng công suất 37,6 MW, mỗi năm cung cấp cho lưới điện quốc gia 105 triệu kWh điện.")
    assert ("electricity", 105000000.0) in codes


def test_older_industry_names_are_parts_of_industrial_output() -> None:
    text = (
        "Tổng giá trị sản xuất công nghiệp 6 tháng ước thực hiện 9.576 tỉ đồng, đạt 46,3% kế hoạch năm. "
        "Trong đó, ngành công nghiệp khai khoáng thực hiện 113 tỉ đồng, đạt 43,5% kế hoạch năm. Ngành "
        "công nghiệp sản xuất phân phối điện nước thực hiện 1.178 tỉ đồng, đạt 54% kế hoạch năm, tăng "
        "27,8%. Ngành công nghiệp chế biến đạt 8.285 tỉ đồng, đạt 45,4% kế hoạch năm."
    )
    codes = _codes(text)
    assert ("industrial_output_value", 1178000000000.0) in codes
    assert ("industrial_output_value", 8285000000000.0) in codes


def test_clusters_withdrawn_or_not_yet_operating_are_other() -> None:
    codes = _codes(
        "Dự kiến sẽ có 5 cụm công nghiệp với tổng diện tích là 289,16 ha rút khỏi quy hoạch. Hiện "
        "trên địa bàn tỉnh có 33 cụm công nghiệp."
    )
    assert ("other", 5.0) in codes
    assert ("cluster_count", 33.0) in codes
    codes = _codes(
        "Cụ thể, thành phố Kon Tum có 03 cụm công nghiệp đang hoạt động, 01 cụm công nghiệp đã thành "
        "lập nhưng chưa đi vào hoạt động."
    )
    assert ("other", 1.0) in codes
    assert ("cluster_operating", 3.0) in codes


def test_social_investment_parts_by_owner_in_paragraphs_of_their_own() -> None:
    text = (
        "Vốn đầu tư phát triển toàn xã hội trên địa bàn quý I năm 2025 dự ước đạt 12.222,31 tỷ đồng tăng "
        "12,77% so với cùng kỳ năm trước.\n\nVốn ngoài nhà nước ước đạt 6.235,48 tỷ đồng, tăng 100,65% so "
        "với cùng kỳ năm trước.\n\nVốn đầu tư của hộ dân cư cũng tăng mạnh (tăng 18,68%)."
    )
    facts = extract_facts(text)
    assert ("social_investment", 6235480000000.0) in [(f.indicator, f.value) for f in facts]
    assert any(f.indicator == "social_investment" and f.change and f.change.value == 18.68 for f in facts)


def test_index_industries_listed_after_a_colon_are_its_parts() -> None:
    text = (
        "Chỉ số IIP 2 tháng đầu năm 2023 của một số ngành trọng điểm cấp II giảm mạnh so với cùng kỳ năm "
        "trước: ngành sản xuất thiết bị điện (-36,3%); sản xuất trang phục (-30,3%)..."
    )
    codes = _codes(text)
    assert ("iip", -36.3) in codes
    assert ("iip", -30.3) in codes
