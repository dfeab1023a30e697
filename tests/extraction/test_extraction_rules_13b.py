"""Breakdowns of level indicators (w13b): each fails on the code before it (README.md "Session 7,
breakdowns of level indicators (w13b, branch issue-13b, 2026-11-29)")."""

from __future__ import annotations

from provind.extraction import extract_facts


def _facts(text: str) -> list[tuple[str, str | None, float | None]]:
    return [
        (f.indicator, f.breakdown, f.change.value if f.change and f.value is None else f.value)
        for f in extract_facts(text)
    ]


def test_retail_commodity_groups_with_no_whole_before_them_are_retail() -> None:
    text = (
        "Trong đó, ngành hàng lương thực, thực phẩm tăng 9,8%; đồ dùng, dụng cụ, trang thiết bị gia "
        "đình tăng 7,2%; vật phẩm văn hóa, giáo dục tăng 5,1%."
    )
    assert [(i, v) for i, _, v in _facts(text)] == [
        ("retail_sales_services", 9.8),
        ("retail_sales_services", 7.2),
        ("retail_sales_services", 5.1),
    ]
