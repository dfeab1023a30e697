"""Rules of the sixth pass on blind10's values missed or spurious (w12v10): each fails on the
code before it (README.md "Sixth pass, values and indicator choice on blind10 (w12v10)"). The
sentences are written for these tests."""

from __future__ import annotations

from provind.extraction import extract_facts


def test_unlisted_items_after_trong_do_are_parts_of_the_whole() -> None:
    text = (
        "Quý I năm 2024, kim ngạch xuất khẩu của tỉnh đạt 120 triệu USD, tăng 5% so với cùng kỳ.\n"
        "Trong đó, hạt điều đạt 3.000 tấn, tương đương 40 triệu USD; chè đạt 6 triệu USD."
    )
    got = [(f.indicator, f.value) for f in extract_facts(text) if f.unit == "USD"]
    assert got == [("export_value", 120e6), ("export_value", 40e6), ("export_value", 6e6)]


def test_items_of_a_list_whose_lead_names_another_whole_are_not_parts_of_the_figure_before() -> None:
    # A balance is not broken down by goods: the lead "mặt hàng xuất khẩu" names the whole.
    text = (
        "Tính chung 11 tháng, kim ngạch xuất khẩu ước đạt 32 tỷ USD; nhập khẩu ước đạt 22 tỷ USD. "
        "Cán cân thương mại xuất siêu 10 tỷ USD.\n"
        "Các mặt hàng xuất khẩu chủ lực gồm: đồ gỗ đạt 5,6 tỷ USD, tăng 21%; dệt may đạt 3,1 tỷ USD."
    )
    got = [(f.indicator, f.value) for f in extract_facts(text) if f.value in (5.6e9, 3.1e9)]
    assert got == [("export_value", 5.6e9), ("export_value", 3.1e9)]


def test_phan_theo_introduces_the_parts_of_the_whole_before() -> None:
    text = (
        "Giá trị sản xuất công nghiệp tháng 3 năm 2024 ước đạt 250 tỷ đồng, tăng 4% so với cùng kỳ.\n"
        "Phân theo thành phần kinh tế: Kinh tế quốc doanh đạt 120 tỷ đồng; kinh tế ngoài quốc doanh đạt 100 tỷ đồng."
    )
    got = [(f.indicator, f.value) for f in extract_facts(text) if f.unit == "VND"]
    assert got == [
        ("industrial_output_value", 250e9),
        ("industrial_output_value", 120e9),
        ("industrial_output_value", 100e9),
    ]


def test_the_next_in_a_ranking_takes_the_leaders_indicator() -> None:
    text = (
        "Về đối tác, Hàn Quốc dẫn đầu với vốn đăng ký FDI đạt 3 tỷ USD. "
        "Tiếp theo là Singapore (2,1 tỷ USD), Nhật Bản (900 triệu USD)."
    )
    got = [(f.indicator, f.value) for f in extract_facts(text) if f.unit == "USD"]
    assert got == [("fdi_capital", 3e9), ("fdi_capital", 2.1e9), ("fdi_capital", 900e6)]


def test_each_rate_of_a_respectively_list_is_a_change() -> None:
    text = "Quý I năm 2025, kim ngạch xuất khẩu của Đồng Nai, Bình Dương và Long An giảm lần lượt 12%, 8% và 5%."
    got = [
        (f.value, f.change and f.change.value, f.change and f.change.direction, f.region) for f in extract_facts(text)
    ]
    assert got == [(None, 12, "down", "Đồng Nai"), (None, 8, "down", "Bình Dương"), (None, 5, "down", "Long An")]


def test_manufacturing_written_with_a_dash_is_an_industry() -> None:
    text = (
        "Tháng 8, chỉ số sản xuất toàn ngành công nghiệp tăng 9,1% so với cùng kỳ.\n\n"
        "Trong đó, ngành công nghiệp chế biến - chế tạo tăng 10,4% so với cùng kỳ."
    )
    assert [(f.indicator, f.value) for f in extract_facts(text)] == [("iip", 9.1), ("iip", 10.4)]


def test_goods_in_a_list_of_industries_are_products_of_their_own() -> None:
    text = (
        "Tháng 9, chỉ số sản xuất toàn ngành công nghiệp (IIP) tăng 15,2% so với cùng kỳ năm trước. "
        "Các ngành có chỉ số tăng như: sản xuất đồ uống tăng 9,3%; dệt tăng 8,2%. "
        "Một số ngành chế biến, chế tạo có chỉ số IIP tăng cao như: giày dép tăng 40,5%; xi măng tăng 12,1%."
    )
    got = [(f.indicator, f.value, f.change and f.change.value) for f in extract_facts(text)]
    assert got == [
        ("iip", 15.2, 15.2),
        ("iip", 9.3, 9.3),
        ("iip", 8.2, 8.2),
        ("other", None, 40.5),
        ("other", None, 12.1),
    ]
