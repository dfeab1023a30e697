"""Rules of the session-8 pass on investment capital (w14e): each fails on the code before it
(README.md "Session 8, investment capital (w14e)"). The sentences are written for these tests."""

from __future__ import annotations

from tests.extraction.readings import indicator_value_unit as _values


def test_total_whose_first_part_is_one_kind_is_of_both_kinds() -> None:
    # A text on FDI, then the parks' total whose parts, opened right after it, begin with the
    # foreign projects: the total holds both kinds (SCHEMA.md, as dev r107), the part is FDI.
    text = (
        "Thu hút vốn đầu tư nước ngoài tiếp tục khởi sắc. Đến nay, các KCN của tỉnh thu hút 140 dự án, "
        "vốn đăng ký 820 triệu USD, trong đó có 96 dự án FDI với tổng vốn đăng ký 610 triệu USD."
    )
    values = _values(text)
    assert ("other", 820e6, "USD") in values
    assert ("fdi_capital", 610e6, "USD") in values


def test_total_with_its_foreign_part_in_the_next_sentence_is_of_both_kinds() -> None:
    text = (
        "Thu hút FDI 9 tháng đạt khá. Khu vực phía Nam của tỉnh thu hút tổng vốn đầu tư đạt hơn 1,5 tỷ "
        "USD, đạt 104% kế hoạch (1,44 tỷ USD). Trong số đó, vốn đầu tư nước ngoài đạt hơn 900 triệu USD."
    )
    values = _values(text)
    assert ("other", 1.5e9, "USD") in values
    assert ("fdi_capital", 900e6, "USD") in values


def test_total_with_projects_from_abroad_as_its_part_is_of_both_kinds() -> None:
    text = (
        "Vốn FDI vào tỉnh tăng mạnh. KCN Bắc Sơn đã thu hút 58 dự án với tổng vốn đăng ký 705 triệu USD, "
        "trong đó 41 dự án đến chủ yếu từ Hàn Quốc, Nhật Bản với tổng vốn 600 triệu USD."
    )
    assert ("other", 705e6, "USD") in _values(text)


def test_new_and_added_capital_in_dong_after_fdi_in_dollars_is_of_both_kinds() -> None:
    text = (
        "Bên cạnh dự án FDI với số vốn 150 triệu USD của Tập đoàn Hòa Phát Đài Loan, 6 tháng đầu năm, "
        "tỉnh đã cấp mới cho 40 dự án, điều chỉnh 52 dự án với tổng số vốn cấp mới và tăng thêm là "
        "8.420,5 tỷ đồng."
    )
    values = _values(text)
    assert ("other", 8_420.5e9, "VND") in values
    assert ("fdi_capital", 8_420.5e9, "VND") not in values


def test_projects_listed_after_a_lead_with_a_date_or_la_are_each_one_project() -> None:
    text = (
        "Thu hút FDI năm nay đạt 2,1 tỷ USD. Một số dự án FDI lớn trong năm 2025 tại tỉnh có thể kể đến "
        "là: dự án Nhà máy linh kiện của Foxlink với tổng vốn đăng ký 420 triệu USD; dự án Khu đô thị "
        "Sông Cầu với số vốn đăng ký hơn 300 triệu USD."
    )
    values = _values(text)
    assert ("other", 300e6, "USD") in values
    assert ("fdi_capital", 300e6, "USD") not in values
    text = (
        "Toàn thành phố có 460 dự án FDI còn hiệu lực. Những dự án FDI lớn được khởi công trong tháng 4 "
        "như: dự án Kim Long tại Khu công nghiệp Nam Cầu với quy mô 32 ha và tổng vốn đầu tư khoảng 900 "
        "triệu USD."
    )
    values = _values(text)
    assert ("other", 900e6, "USD") in values


def test_dollars_before_a_stock_of_both_kinds_named_together_are_of_both_kinds() -> None:
    text = (
        "Từ đầu năm đến nay, các KCN đã thu hút thêm 27 dự án đầu tư. Tổng vốn thu hút 615,3 triệu USD, "
        "đạt 90% kế hoạch.\n\nĐến nay, tại các KCN của tỉnh có 412 dự án còn hiệu lực, bao gồm 230 dự án "
        "trong nước và 182 dự án FDI."
    )
    values = _values(text)
    assert ("other", 615.3e6, "USD") in values
    assert ("fdi_capital", 615.3e6, "USD") not in values
