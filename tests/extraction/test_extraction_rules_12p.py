"""Period and status rules of the fourth pass's periods-and-status work (w12p): each fails on
the code before it (README.md "Fourth pass, periods and status (w12p)")."""

from __future__ import annotations

from provind.extraction import extract_facts
from provind.extraction.periods import Period


def test_a_restated_figure_keeps_its_first_status_and_passes_it_to_its_parts() -> None:
    text = (
        "Sản xuất công nghiệp 4 tháng đầu năm 2025 ước tăng 15,16% so với cùng kỳ năm trước. "
        "Tính chung 4 tháng đầu năm 2025, chỉ số sản xuất công nghiệp tăng 15,16% so với cùng kỳ năm trước. "
        "Trong đó, ngành khai khoáng giảm 9,92%; ngành công nghiệp chế biến, chế tạo tăng 16,21%."
    )
    facts = extract_facts(text)
    assert [(f.indicator, f.status) for f in facts if f.indicator == "iip"] == [("iip", "estimate")] * 3


def test_a_figure_of_another_period_does_not_take_the_status() -> None:
    text = (
        "Chỉ số sản xuất công nghiệp tháng 4/2025 ước tăng 5,2% so với cùng kỳ. "
        "Tính chung 4 tháng đầu năm 2025, chỉ số sản xuất công nghiệp tăng 5,2% so với cùng kỳ."
    )
    assert [f.status for f in extract_facts(text)] == ["estimate", "actual"]


def test_a_figure_before_the_texts_first_period_takes_it_when_it_is_a_periods_figure() -> None:
    text = (
        "Trong đó, khu vực kinh tế có vốn đầu tư nước ngoài đạt 18,9 tỷ USD, tăng 22,8% so với cùng kỳ.\n"
        "Tính chung 7 tháng năm 2022, kim ngạch xuất khẩu chè ước đạt 1,3 triệu USD, tăng 2,2%."
    )
    assert [f.period for f in extract_facts(text)] == [Period("ytd", 2022, 7, 7)] * 2


def test_a_stock_before_the_texts_first_period_keeps_none() -> None:
    text = "Tỉnh có quỹ đất công nghiệp trên 6.000 ha. Năm 2023, kim ngạch xuất khẩu đạt 2 tỷ USD."
    assert [f.period for f in extract_facts(text)] == [Period(), Period("year", 2023)]


def test_parts_of_a_whole_named_again_take_the_new_statements_status() -> None:
    text = (
        "6 tháng đầu năm 2018, giá trị sản xuất công nghiệp ước đạt 28.033,5 tỷ đồng, tăng 12,8% so với năm 2017. "
        "Giá trị sản xuất công nghiệp các tỉnh trong vùng có mức tăng trưởng khá so với cùng kỳ năm trước: "
        "Bắc Ninh tăng 18,3%; Thái Nguyên tăng 12,5%."
    )
    facts = extract_facts(text)
    assert [(f.region, f.status) for f in facts] == [
        (None, "estimate"),
        ("Bắc Ninh", "actual"),
        ("Thái Nguyên", "actual"),
    ]


def test_parts_of_a_whole_not_named_again_keep_its_status() -> None:
    text = (
        "6 tháng đầu năm 2018, giá trị sản xuất công nghiệp ước đạt 28.033,5 tỷ đồng, tăng 12,8% so với năm 2017. "
        "Trong đó, khu vực kinh tế nhà nước tăng 5,2%; khu vực có vốn đầu tư nước ngoài tăng 14,1%."
    )
    assert [f.status for f in extract_facts(text)] == ["estimate"] * 3


def test_a_period_in_brackets_does_not_carry_past_the_bracket() -> None:
    text = (
        "Trong 9 tháng năm 2021, kim ngạch xuất khẩu đạt 161,5 triệu USD (bằng 103,1% kịch bản tăng trưởng "
        "quý III/2021). Tỷ lệ che phủ rừng đạt 63%."
    )
    assert extract_facts(text)[-1].period == Period("ytd", 2021, 9, 9)


def test_a_period_after_trong_do_is_the_parts_not_the_wholes() -> None:
    text = (
        "Kim ngạch xuất khẩu 8 tháng đầu năm 2024 tăng mạnh. "
        "Xuất siêu ước đạt hơn 845 triệu USD, trong đó tính riêng tháng 8/2024 ước đạt hơn 128 triệu USD."
    )
    assert [f.period for f in extract_facts(text)] == [Period("ytd", 2024, 8, 8), Period("month", 2024, 8)]
