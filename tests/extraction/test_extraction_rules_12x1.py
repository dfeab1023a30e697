"""Spurious-fact rules of the cross-set pass (w12x1): each fails on the code before it
(README.md "Eighth pass, spurious facts across sets (w12x1)")."""

from __future__ import annotations

from provind.extraction import extract_facts


def _counts(text: str) -> list[float | None]:
    return [f.value for f in extract_facts(text) if f.unit == "count"]


def test_a_count_in_the_headline_in_a_month_and_in_the_body_up_to_it_is_given_once() -> None:
    text = (
        "Trà Vinh: 5 dự án điện gió hòa lưới điện quốc gia trong tháng 10/2021\n\n"
        "Theo cam kết về tiến độ, đến tháng 10/2021, 5 dự án nhà máy điện gió hòa lưới điện quốc gia."
    )
    assert _counts(text) == [5]


def _values(text: str) -> list[float | None]:
    return [f.value for f in extract_facts(text)]


def test_a_bound_every_one_of_a_plural_group_meets_is_not_a_figure() -> None:
    text = "Thu ngân sách 6 tháng đạt 1.000 tỷ đồng. Các địa phương đều có mức thu đạt từ 57% trở lên so với dự toán."
    assert 57 not in _values(text)


def test_a_bound_most_of_a_plural_group_meets_is_not_an_area() -> None:
    text = "Các cụm công nghiệp ở Đồng Nai đa số có diện tích dưới 90 hécta."
    assert 90 not in _values(text)


def test_a_bound_met_by_three_provinces_named_in_a_row_is_not_a_figure() -> None:
    text = (
        "TPHCM, Bắc Ninh, Thái Nguyên và Bình Dương có kim ngạch xuất khẩu trên 10 tỷ USD. "
        "Trong số này, Trà Vinh, Vĩnh Long, Sóc Trăng, An Giang giải ngân trên 5%."
    )
    assert _values(text) == []


def test_all_of_a_group_meeting_a_condition_is_the_group_named_not_a_count() -> None:
    text = (
        "Tính chung quý I năm nay, IIP tại TP HCM tăng 6,8% so với cùng kỳ, với cả 4 ngành công "
        "nghiệp cấp I đều đạt tăng trưởng dương."
    )
    assert _counts(text) == []


def test_both_projects_said_to_share_an_investor_are_not_a_count() -> None:
    text = (
        "Dự án thứ hai là cụm công nghiệp Quang Trung quy mô 74,5ha.\n\n"
        "Cả 2 dự án này đều do Công ty Cổ phần Bất động sản Hyosung Việt Nam làm chủ đầu tư."
    )
    assert _counts(text) == []


def test_the_amount_a_figure_beats_its_plan_by_is_not_a_figure() -> None:
    text = (
        "Kết quả năm 2018, thu NSNN trên địa bàn tỉnh ước đạt 27.591 tỷ đồng, vượt 15,6% dự toán năm "
        "(tương đương vượt 3.730 tỷ đồng). Thu từ lĩnh vực kinh tế ngoài quốc doanh đạt 12.406 tỷ "
        "đồng, vượt 1.640 tỷ đồng."
    )
    values = _values(text)
    assert 3730000000000 not in values
    assert 1640000000000 not in values
    assert 27591000000000 in values


def test_a_headline_figure_given_a_month_is_the_bodys_figure_up_to_that_month() -> None:
    text = (
        "Chỉ số sản xuất công nghiệp Hà Nội tăng 2,9%\n"
        "Theo Cục Thống kê Hà Nội, chỉ số sản xuất công nghiệp (IIP) tháng 11-2023 tăng 0,3% so với "
        "tháng trước và tăng 4,6% so với cùng kỳ năm 2022.\n"
        "Tính chung 11 tháng năm nay, chỉ số sản xuất công nghiệp tăng 2,9% so với cùng kỳ năm trước."
    )
    assert [v for v in _values(text) if v == 2.9] == [2.9]
