"""Rules of the `other` pass (w13d): each fails on the code before it (README.md "Session 7,
the catch-all indicator other (w13d)")."""

from __future__ import annotations

from provind.extraction import extract_facts


def _counts(text: str) -> list[tuple[str, float | None]]:
    return [(f.phrase, f.value) for f in extract_facts(text) if f.unit == "count"]


def test_price_groups_counted_by_what_they_did() -> None:
    # "N nhóm tăng gồm", "N nhóm tăng nhẹ", "N nhóm không tăng", "N nhóm ổn định": groups that
    # rose, fell or held (blind28 r1105 / r1109 / r1117, blind16 r625).
    text = (
        "Chỉ số giá tiêu dùng tháng 10/2021 tăng 0,21% so với tháng trước. Trong 11 nhóm hàng hóa, dịch "
        "vụ chính, có 5 nhóm tăng nhẹ, 3 nhóm không tăng và 01 nhóm có giá ổn định; 2 nhóm còn lại giảm."
    )
    assert _counts(text) == [("nhóm tăng nhẹ", 5), ("nhóm không tăng", 3), ("nhóm có giá ổn định", 1)]


def test_price_groups_that_rose_and_fell_are_two_figures() -> None:
    # "có 6 nhóm tăng và 6 nhóm giảm so với tháng trước" (blind14 r545): one value, two counts.
    text = (
        "Chỉ số giá tiêu dùng tháng 3/2022 tăng 0,3% so với tháng trước. Trong 12 nhóm hàng, có 4 nhóm "
        "tăng và 4 nhóm giảm so với tháng trước."
    )
    assert _counts(text) == [("nhóm tăng", 4), ("nhóm giảm", 4)]


def test_groups_with_a_cpi_that_rose_are_counted() -> None:
    # "9/11 nhóm hàng hóa và dịch vụ tiêu dùng có CPI tăng" (blind28 r1108).
    text = "CPI quý I năm 2023 tăng 3,1% so với cùng kỳ. Có 8/11 nhóm hàng hóa và dịch vụ tiêu dùng có CPI tăng."
    assert [v for _, v in _counts(text)] == [8]
