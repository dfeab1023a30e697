"""Rules of the pass on investment capital by owner (w13e): each fails on the code before it
(README.md "Session 7, investment capital (w13e)"). The sentences are written for these tests."""

from __future__ import annotations

from provind.extraction.facts import extract
from tests.extraction.readings import indicator_value_unit as _values


def test_capital_noun_right_after_an_amount_names_it_after_another_figure() -> None:
    text = (
        "Giải ngân vốn đầu tư công 6 tháng đạt 48%; thu hút gần 312 triệu USD vốn đầu tư FDI; các nhà "
        "đầu tư đã rót vào 12 huyện, thị xã trên 5 tỷ USD vốn đầu tư trực tiếp nước ngoài."
    )
    values = _values(text)
    assert ("fdi_capital", 312e6, "USD") in values
    assert ("fdi_capital", 5e9, "USD") in values


def test_money_attracted_under_a_heading_takes_the_heading_kind() -> None:
    text = (
        "1. THU HÚT ĐẦU TƯ NƯỚC NGOÀI (FDI):\n\n"
        " - 9 tháng đầu năm, đã thu hút 640,2 triệu USD, tăng 12% so với cùng kỳ.\n\n"
        "2. THU HÚT ĐẦU TƯ TRONG NƯỚC (DDI):\n\n"
        " - 9 tháng đầu năm thu hút 8.215,5 tỷ đồng.\n"
    )
    values = _values(text)
    assert ("fdi_capital", 640.2e6, "USD") in values
    assert ("domestic_investment_capital", 8_215.5e9, "VND") in values


def test_total_in_dong_after_the_domestic_projects_is_domestic() -> None:
    text = (
        "Trong quý III, tỉnh cấp mới 12 dự án FDI với tổng vốn 95 triệu USD. Cũng trong quý, tỉnh cấp "
        "mới 30 dự án đầu tư trong nước với tổng vốn đăng ký 2.100 tỷ đồng; 8 lượt dự án tăng vốn thêm "
        "310 tỷ đồng. Tổng vốn đầu tư cấp mới và tăng vốn đạt 2.410 tỷ đồng."
    )
    assert ("domestic_investment_capital", 2_410e9, "VND") in _values(text)


def test_dollars_followed_by_a_domestic_statement_of_its_own_are_foreign() -> None:
    text = (
        "Quý I, Ban Quản lý các khu công nghiệp cấp giấy chứng nhận đăng ký đầu tư cho 9 dự án mới với "
        "tổng vốn đầu tư 84 triệu USD.\nCấp mới cho các dự án DDI với tổng vốn đầu tư khoảng 950 tỷ đồng."
    )
    assert ("fdi_capital", 84e6, "USD") in _values(text)


def test_share_purchases_by_foreign_investors_are_a_part_of_fdi() -> None:
    text = (
        "Lũy kế 10 tháng, thành phố cấp mới 120 dự án FDI với 400 triệu USD; 210 lượt nhà đầu tư nước "
        "ngoài góp vốn, mua cổ phần đạt hơn 700 triệu USD."
    )
    assert ("fdi_capital", 700e6, "USD") in _values(text)
    # The purchases counted keep their rate; a total naming them last is not the part.
    counted = "Có 1.200 giao dịch góp vốn mua cổ phần của nhà đầu tư nước ngoài (giảm 4,2% so với cùng kỳ)."
    assert not any(code == "fdi_capital" for code, _, _ in _values(counted))
    named_last = (
        "Từ đầu năm đến nay, tổng vốn đăng ký mới, điều chỉnh và góp vốn mua cổ phần của nhà đầu tư nước "
        "ngoài đạt hơn 9,5 tỷ USD, tăng 3% so với cùng kỳ."
    )
    (total,) = [f for f in extract(named_last) if f.value == 9.5e9]
    assert total.indicator == "fdi_capital"
    assert total.breakdown is None


def test_the_countries_investors_come_from_are_no_condition() -> None:
    text = "Tỉnh có 58 dự án FDI đến từ 14 quốc gia và vùng lãnh thổ với tổng vốn đầu tư trên 4,2 tỷ USD."
    assert ("fdi_capital", 4.2e9, "USD") in _values(text)


def test_dollars_after_domestic_capital_in_dong_are_foreign() -> None:
    text = (
        "Năm 2022, tỉnh cấp giấy chứng nhận cho 45 dự án trong nước với số vốn đăng ký 3.800 tỷ đồng; "
        "cấp giấy chứng nhận cho 17 dự án, tổng vốn đăng ký hơn 1,1 tỷ USD."
    )
    assert ("fdi_capital", 1.1e9, "USD") in _values(text)


def test_domestic_capital_in_dollars_named_last_is_domestic() -> None:
    text = (
        "Vốn đầu tư nước ngoài đạt 900 triệu USD (gồm 20 dự án cấp mới với tổng vốn đăng ký 500 triệu "
        "USD); vốn đầu tư trong nước đạt 610 triệu USD (gồm 15 dự án cấp mới với tổng vốn đăng ký 520 "
        "triệu USD)."
    )
    assert ("domestic_investment_capital", 520e6, "USD") in _values(text)


def test_foreign_purchases_of_domestic_firms_name_no_domestic_capital() -> None:
    text = (
        "Trong 9 tháng, có 5 dự án mới với tổng vốn 3,2 triệu USD và 6 lượt góp vốn, mua cổ phần của "
        "nhà đầu tư nước ngoài vào các doanh nghiệp trong nước với tổng vốn 1,8 triệu USD."
    )
    assert ("fdi_capital", 1.8e6, "USD") in _values(text)


def test_converted_capital_is_a_total_of_both_kinds() -> None:
    text = (
        "Từ đầu năm, Ban Quản lý các khu công nghiệp cấp mới 28 dự án với tổng vốn đầu tư đăng ký quy "
        "đổi tương đương 610 triệu USD. Trong số đó, 9 dự án FDI với tổng vốn 240 triệu USD."
    )
    values = _values(text)
    assert ("other", 610e6, "USD") in values
    assert ("fdi_capital", 240e6, "USD") in values


def test_withdrawn_foreign_projects_capital_is_other() -> None:
    text = "Năm 2020, tỉnh đã thu hồi 96 dự án đầu tư trực tiếp nước ngoài với tổng vốn đăng ký là 1,2 tỷ USD."
    assert ("other", 1.2e9, "USD") in _values(text)


def test_capital_after_projects_of_both_kinds_in_brackets_is_other() -> None:
    both = (
        "KCN Tam Thăng đã thu hút 40 dự án (gồm 22 dự án trong nước và 18 dự án có vốn đầu tư nước "
        "ngoài) với tổng vốn đăng ký 350 triệu USD."
    )
    assert ("other", 350e6, "USD") in _values(both)
    part = (
        "Hiện có 120 dự án đầu tư vào tỉnh (trong đó có 21 dự án nước ngoài) với tổng vốn đăng ký hơn "
        "9.200 tỷ đồng và 2,4 tỷ USD."
    )
    values = _values(part)
    assert ("other", 9_200e9, "VND") in values
    assert ("other", 2.4e9, "USD") in values


def test_capital_after_projects_of_both_kinds_listed_after_gom_is_other() -> None:
    text = (
        "Đến hết năm 2022, các KCN thu hút 66 dự án gồm: 50 dự án vốn đầu tư trong nước (DDI) và 16 dự "
        "án vốn đầu tư nước ngoài (FDI), với tổng vốn đầu tư đăng ký 9.870 tỷ đồng."
    )
    assert ("other", 9_870e9, "VND") in _values(text)


def test_a_sentence_opening_on_the_project_gives_one_projects_capital() -> None:
    text = (
        "Năm nay tỉnh thu hút 900 triệu USD vốn FDI. Tháng 5, Nhà máy linh kiện Sunrise của Công ty Sunrise "
        "(Hàn Quốc) được khởi công tại Khu công nghiệp Phúc Điền. Dự án có tổng vốn đầu tư 150 triệu USD."
    )
    values = _values(text)
    assert ("other", 150e6, "USD") in values
    assert ("fdi_capital", 900e6, "USD") in values
