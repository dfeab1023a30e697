"""Rules of the fourth pass's variant work (w12r3) that are not spellings: each fails on the
code before it (README.md "Fourth pass, variants (w12r3)")."""

from __future__ import annotations

import pytest

from provind.extraction import extract_facts
from provind.extraction.periods import Period


@pytest.mark.parametrize(
    "lead",
    ["Từ đầu năm đến nay", "Lũy kế từ đầu năm đến nay", "Tính từ đầu năm 2022 đến nay", "Kể từ đầu năm tới nay"],
)
def test_the_year_so_far_is_ytd_without_a_month(lead: str) -> None:
    # SCHEMA.md: "Từ đầu năm đến nay" is ytd with month and months null.
    (fact,) = extract_facts(f"{lead}, tỉnh thu hút 395,4 triệu USD vốn FDI, tăng 5% so với cùng kỳ năm 2021.")
    assert fact.period == Period("ytd", 2022)


def test_a_stock_up_to_now_has_no_period() -> None:
    (fact,) = extract_facts("Đến nay, trên địa bàn tỉnh có 1.145 dự án FDI.")
    assert fact.period == Period()


def test_parts_of_the_general_growth_take_the_status_of_the_growth() -> None:
    text = (
        "Tổng sản phẩm trên địa bàn (GRDP) ước tính 6 tháng đầu năm 2021 tăng 6,72% so với cùng kỳ. "
        "Trong mức tăng trưởng chung của toàn nền kinh tế, khu vực nông, lâm nghiệp và thủy sản tăng 5,27%, "
        "đóng góp 1,15 điểm phần trăm vào mức tăng chung."
    )
    assert [f.status for f in extract_facts(text)] == ["estimate"] * 3


@pytest.mark.parametrize(
    ("month", "expected"),
    [("6", Period("half", 2017, 6, 6)), ("10", Period("ytd", 2017, 10, 10))],
)
def test_a_total_so_far_without_a_period_runs_to_the_month_before_it(month: str, expected: Period) -> None:
    text = (
        f"Tổng thu ngân sách nhà nước tháng {month} năm 2017 được 476.994 triệu đồng, lũy kế được 4.474.241 triệu đồng."
    )
    monthly, so_far = extract_facts(text)
    assert monthly.period == Period("month", 2017, int(month))
    assert so_far.period == expected


def test_lines_after_a_lead_ending_in_a_colon_take_its_period() -> None:
    text = (
        "Cụ thể ở các ngành, lĩnh vực 6 tháng đầu năm 2019 so với cùng kỳ như sau:\n\n"
        "- Thu ngân sách Nhà nước ước đạt 1.426.000 triệu đồng, tăng 14,7%.\n\n"
        "- Ước tính vốn đầu tư thực hiện trên địa bàn là 6.530.087 triệu đồng, tăng 22,81%.\n"
    )
    assert [f.period for f in extract_facts(text)] == [Period("half", 2019, 6, 6)] * 2
    # Without the colon the lead introduces no list; since w12py the first period of an
    # introduction with no figure still dates the text's first figures (``_intro_period``).
    assert extract_facts(text.replace(":", "."))[0].period == Period("half", 2019, 6, 6)
    # A stock marker after the introduction leaves no period.
    assert extract_facts(text.replace(":", ". Hiện nay:"))[0].period == Period()
