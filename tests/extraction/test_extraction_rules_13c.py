"""Rules of session 7 on GRDP growth and its sectors (w13c): each fails on the code before it
(README.md "Session 7, GRDP growth and its sectors (w13c ...)")."""

from __future__ import annotations

from provind.extraction import extract_facts


def test_growth_after_a_sector_contribution_is_the_sector_growth() -> None:
    text = (
        "Tổng sản phẩm trên địa bàn (GRDP) 9 tháng năm 2024 tăng 6,9% so với cùng kỳ. Khu vực "
        "công nghiệp - xây dựng tăng 8,2%. Khu vực nông nghiệp đóng góp 0,71 điểm phần trăm và "
        "tăng 3,1%."
    )
    facts = {f.value: f for f in extract_facts(text)}
    assert facts[3.1].indicator == "grdp_growth"
    assert facts[3.1].breakdown == "Khu vực nông nghiệp"
    assert facts[0.71].indicator == "other"
    assert facts[0.71].change is None


def test_industry_growth_in_brackets_after_its_contribution_is_the_index_part() -> None:
    text = (
        "Chỉ số sản xuất công nghiệp 6 tháng năm 2023 tăng 8,1% so với cùng kỳ. Ngành công nghiệp "
        "chế biến, chế tạo đóng góp nhiều nhất vào mức tăng chung với 6,2 điểm phần trăm (sau khi "
        "tăng 9,3%)."
    )
    facts = {f.value: f for f in extract_facts(text)}
    assert facts[9.3].indicator == "iip"
    assert facts[9.3].breakdown == "Ngành công nghiệp chế biến, chế tạo"
    assert facts[6.2].change is None


def test_trade_and_services_sector_is_a_part_of_grdp_growth() -> None:
    text = (
        "Tổng sản phẩm trong tỉnh (GRDP) quý I năm 2024 tăng 5,4% so với cùng kỳ. Trong đó, ngành "
        "công nghiệp tăng 7,3%. Riêng khu vực thương mại - dịch vụ trong quý I năm 2024 giảm 4,8% "
        "(cùng kỳ tăng 5,1%)."
    )
    facts = {f.value: f for f in extract_facts(text)}
    assert facts[-4.8].indicator == "grdp_growth"
    assert facts[-4.8].breakdown == "khu vực thương mại - dịch vụ"


def test_growth_of_the_whole_economy_named_after_the_figure() -> None:
    text = (
        "Theo Cục Thống kê, trong mức tăng 6,4% của toàn nền kinh tế 6 tháng năm 2023, khu vực "
        "dịch vụ tăng 7,2%, đóng góp 3,1 điểm phần trăm."
    )
    facts = {f.value: f for f in extract_facts(text)}
    assert facts[6.4].indicator == "grdp_growth"
    assert facts[6.4].value == 6.4
    assert facts[7.2].indicator == "grdp_growth"


def test_branches_named_by_nganh_are_parts_of_grdp_growth() -> None:
    text = (
        "Năm 2019, tổng sản phẩm trên địa bàn tỉnh ước tăng 7,1%. Ngành công nghiệp - xây dựng dự "
        "kiến tăng trưởng gần 9% so với năm 2018. Tính chung, ngành nông nghiệp tăng 2,4% so với "
        "cùng kỳ, đóng góp 0,3 điểm phần trăm."
    )
    facts = {f.value: f for f in extract_facts(text)}
    assert facts[9].indicator == "grdp_growth"
    assert facts[9].breakdown == "Ngành công nghiệp - xây dựng"
    assert facts[2.4].indicator == "grdp_growth"
    assert facts[2.4].breakdown == "ngành nông nghiệp"


def test_gross_output_of_a_sector_is_no_part_of_grdp() -> None:
    text = (
        "Năm 2019, tổng sản phẩm trên địa bàn tỉnh ước tăng 7,1%. Giá trị sản xuất ngành xây dựng "
        "ước đạt 18.250 tỷ đồng, tăng 11,2% so với năm 2018."
    )
    facts = {f.value: f for f in extract_facts(text)}
    assert facts[18_250_000_000_000].indicator == "other"


def test_items_listed_under_a_bare_growth_are_parts_of_the_topic() -> None:
    text = (
        "Tổng mức bán lẻ hàng hóa tháng 5 đạt 6.120,5 tỷ đồng, tăng 4,1% so với tháng trước.\n"
        "Một số nhóm hàng có mức tăng trưởng khá gồm: lương thực, thực phẩm tăng 12,4%; đồ dùng gia "
        "đình tăng 8,7%."
    )
    facts = {f.change.value: f for f in extract_facts(text) if f.change is not None}
    assert facts[12.4].indicator == "retail_sales_services"
    assert facts[8.7].indicator == "retail_sales_services"


def test_a_target_compared_with_is_a_rise() -> None:
    text = "Do thiên tai, tăng trưởng GRDP năm 2025 dự kiến đạt 8 - 8,5%, thấp hơn mục tiêu 9%."
    facts = {f.change.value: f for f in extract_facts(text) if f.change is not None}
    assert facts[9].status == "plan"
    assert facts[9].value == 9
    assert facts[9].change.direction == "up"


def test_import_duty_and_product_taxes_named_with_one_thue() -> None:
    text = (
        "Năm 2023, tổng sản phẩm trên địa bàn (GRDP) tăng 7,2% so với năm 2022. Trong đó, khu vực "
        "dịch vụ tăng 9,1%; thuế nhập khẩu, sản phẩm trừ trợ cấp sản phẩm tăng 3,8%."
    )
    facts = {f.change.value: f for f in extract_facts(text) if f.change is not None}
    assert facts[3.8].indicator == "grdp_growth"
    assert facts[3.8].breakdown == "thuế nhập khẩu, sản phẩm trừ trợ cấp sản phẩm"


def test_growth_of_the_industry_that_contributes_is_a_part() -> None:
    text = (
        "Năm 2022, tổng sản phẩm trên địa bàn tỉnh tăng 8,1% so với năm trước. Đáng chú ý, ngành "
        "sản xuất và phân phối điện đóng góp lớn vào tăng trưởng chung của tỉnh với mức tăng 35,2%."
    )
    facts = {f.change.value: f for f in extract_facts(text) if f.change is not None}
    assert facts[35.2].indicator == "grdp_growth"
    assert facts[35.2].value == 35.2
    assert facts[35.2].breakdown == "ngành sản xuất và phân phối điện"


def test_growth_contributed_to_is_not_the_contributor_growth() -> None:
    # (Guard for the first rule: the figure after "vào mức tăng chung" is the whole's.)
    text = "Năm 2023, GRDP tăng 7,5%. Khu vực dịch vụ đóng góp 2,1 điểm phần trăm vào mức tăng chung 7,5%."
    assert not [f for f in extract_facts(text) if f.breakdown is not None]
