"""Rules for the smaller named indicators (issue 12, session 7, w13g)."""

from __future__ import annotations

from provind.extraction import extract_facts


def _rows(text: str) -> list[tuple[str, float | None, float | None]]:
    return [(f.indicator, f.value, f.change.value if f.change else None) for f in extract_facts(text)]


def test_items_listed_after_electricity_are_products_of_their_own() -> None:
    # Electricity is one product of a list, never its lead: the items after it, named by words
    # the lexicon does not know, are each a product's own growth (``other``).
    text = (
        "Tính chung 7 tháng đầu năm 2024, chỉ số sản xuất công nghiệp của tỉnh giảm 4,6% so với "
        "cùng kỳ. Trong đó, xăng dầu các loại giảm 12,4%, điện sản xuất giảm 18%, "
        "mì ăn liền giảm 2,3%, giày thể thao giảm 0,8%."
    )
    rows = _rows(text)
    assert ("electricity", None, 18.0) in rows
    assert ("other", None, 2.3) in rows
    assert ("other", None, 0.8) in rows
    assert not any(r[0] == "electricity" and r[2] in (2.3, 0.8) for r in rows)


def test_electricity_keeps_its_second_basis() -> None:
    # A second comparison of electricity itself is no new item.
    text = "Điện thương phẩm tháng 9/2024 tăng 4,2% so với tháng trước và tăng 9,1% so với cùng kỳ."
    rows = _rows(text)
    assert all(r[0] == "electricity" for r in rows)


def test_a_headline_bound_rounds_the_bodys_total_to_the_month() -> None:
    # The headline names no period; it takes the month of the body's first sentence, while
    # the figure it rounds is the total to that month.
    text = (
        "Hơn 5.300 doanh nghiệp thành lập mới\n"
        "Thứ Hai, 02/09/2024, 08:15\n"
        "Trong tháng 8/2024, toàn tỉnh có 712 doanh nghiệp thành lập mới với số vốn đăng ký "
        "4.215 tỷ đồng. Tính chung 8 tháng đầu năm 2024, toàn tỉnh có 5.368 doanh nghiệp thành "
        "lập mới, tăng 6,2% so với cùng kỳ."
    )
    values = [r[1] for r in _rows(text) if r[0] == "new_enterprises"]
    assert 5368 in values
    assert 712 in values
    assert 5300 not in values


def test_the_sum_disbursed_is_public_investment() -> None:
    text = "Tính đến ngày 15/6/2024, tổng số vốn đã được giải ngân là 2.351,7 tỷ đồng, bằng 38,2% kế hoạch."
    assert ("public_investment_disbursement", 2351700000000.0, None) in _rows(text)


def test_a_bare_plan_beside_a_disbursement_is_the_plan_of_public_investment() -> None:
    text = (
        "Tình hình thực hiện vốn đầu tư công năm 2023 như sau:\n\n"
        "- Vốn ngân sách tỉnh: Kế hoạch năm 2023 là 2.418,6 tỷ đồng, giá trị giải ngân là "
        "1.702,3 tỷ đồng, đạt 70,4% kế hoạch."
    )
    rows = _rows(text)
    assert ("public_investment_disbursement", 2418600000000.0, None) in rows
    assert ("public_investment_disbursement", 1702300000000.0, None) in rows


def test_grdp_sectors_named_with_fewer_marks_are_parts_of_grdp() -> None:
    text = (
        "Tổng sản phẩm trên địa bàn (GRDP) 6 tháng đầu năm 2024 ước đạt 31.240 tỷ đồng, tăng 7,1% "
        "so với cùng kỳ. Khu vực nông lâm nghiệp và thủy sản ước đạt 7.105 tỷ đồng, tăng 2,6%. "
        "Thuế sản phẩm ước đạt 1.688 tỷ đồng, tăng 5,2%."
    )
    rows = _rows(text)
    assert ("grdp", 7105000000000.0, 2.6) in rows
    assert ("grdp", 1688000000000.0, 5.2) in rows


def test_a_headline_growth_restating_the_bodys_second_comparison_is_dropped() -> None:
    text = (
        "Kim ngạch xuất khẩu năm 2023 vượt 8,15% kế hoạch\n\n"
        "Năm 2023, kim ngạch xuất khẩu của tỉnh đạt 412,6 triệu USD, vượt 8,15% kế hoạch, tăng "
        "6,3% so với cùng kỳ."
    )
    rows = _rows(text)
    assert ("export_value", 412600000.0, 6.3) in rows
    assert ("export_value", None, 8.15) not in rows


def test_workers_counted_in_the_short_form_are_employment() -> None:
    text = "Đến cuối năm 2015, các khu công nghiệp của tỉnh có khoảng 42 ngàn LĐ đang làm việc."
    assert ("employment", 42000.0, None) in _rows(text)


def test_a_range_of_two_amounts_is_one_figure() -> None:
    text = "Năm 2025, GRDP bình quân đầu người của tỉnh phấn đấu đạt từ 95,2 triệu đồng đến 96,5 triệu đồng."
    facts = [f for f in extract_facts(text) if f.indicator == "grdp_per_capita"]
    assert [(f.value, f.value_max) for f in facts] == [(95200000.0, 96500000.0)]
