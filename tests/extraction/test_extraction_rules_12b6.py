"""Status, period and change rules of the sixth pass on blind6 (w12b6): each fails on the code
before it (README.md "Sixth pass, status, periods and changes on blind6 (w12b6)")."""

from __future__ import annotations

from provind.extraction import extract_facts
from provind.extraction.periods import Period


def _statuses(text: str) -> list[tuple[float | None, str | None]]:
    return [
        (f.value if f.value is not None else (f.change.value if f.change else None), f.status)
        for f in extract_facts(text)
    ]


def _periods(text: str) -> list[tuple[float | None, Period]]:
    return [
        (f.value if f.value is not None else (f.change.value if f.change else None), f.period)
        for f in extract_facts(text)
    ]


def test_a_paragraph_opening_on_trong_do_inherits_the_estimate_of_the_whole_before() -> None:
    text = (
        "Tổng sản phẩm trên địa bàn tỉnh 9 tháng năm 2023 ước đạt 21.500 tỷ đồng, tăng 6,2% so với "
        "cùng kỳ năm trước. Đứng thứ 8 trong vùng.\n\n"
        "Trong đó, chỉ số sản xuất công nghiệp của tỉnh (IIP) có mức tăng cao: 12,4%. Cụ thể, "
        "ngành khai khoáng tăng 3,1%; ngành chế biến, chế tạo tăng 14,2%."
    )
    assert _statuses(text) == [(21500e9, "estimate"), (12.4, "estimate"), (3.1, "estimate"), (14.2, "estimate")]


def test_trong_do_inside_a_paragraph_after_no_estimate_stays_actual() -> None:
    text = (
        "Tổng sản phẩm trên địa bàn tỉnh 9 tháng năm 2023 đạt 21.500 tỷ đồng.\n\n"
        "Trong đó, chỉ số sản xuất công nghiệp của tỉnh (IIP) có mức tăng cao: 12,4%."
    )
    assert _statuses(text) == [(21500e9, "actual"), (12.4, "actual")]


def test_the_orientation_after_a_plans_horizon_is_not_the_period() -> None:
    text = (
        "Theo quy hoạch, đến năm 2020 và định hướng đến năm 2025 tỉnh sẽ có 28 cụm công nghiệp "
        "với tổng diện tích gần 750 ha."
    )
    assert _periods(text) == [(28, Period("target", 2020)), (750, Period("target", 2020))]
