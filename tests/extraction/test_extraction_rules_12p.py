"""Period and status rules of the fourth pass's periods-and-status work (w12p): each fails on
the code before it (README.md "Fourth pass, periods and status (w12p)")."""

from __future__ import annotations

from provind.extraction import extract_facts


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
