"""Rules for export thresholds and sums in đồng read as trade (issue 12, session 8, w14g)."""

from __future__ import annotations

from provind.extraction import extract_facts


def _money(text: str) -> list[tuple[str, float | None, str | None]]:
    return [(f.indicator, f.value, f.unit) for f in extract_facts(text) if f.unit in ("USD", "VND")]


def test_goods_counted_over_a_bound_give_no_export_figure() -> None:
    text = (
        "Kim ngạch xuất khẩu 6 tháng đạt 2,4 tỷ USD. Trong 6 tháng có 5 mặt hàng đạt kim ngạch "
        "xuất khẩu trên 100 triệu USD, chiếm 70% tổng kim ngạch."
    )
    rows = _money(text)
    assert ("export_value", 2_400_000_000, "USD") in rows
    assert not [r for r in rows if r[1] == 100_000_000]


def test_a_streak_of_years_over_a_bound_gives_no_export_figure() -> None:
    text = (
        "Năm 2023, kim ngạch xuất khẩu gạo của tỉnh đạt 650 triệu USD. Đây là năm thứ 4 liên tiếp "
        "tỉnh đạt kim ngạch xuất khẩu gạo trên 500 triệu USD."
    )
    rows = _money(text)
    assert ("export_value", 650_000_000, "USD") in rows
    assert not [r for r in rows if r[1] == 500_000_000]


def test_a_sum_in_dong_after_exports_is_not_trade() -> None:
    text = (
        "Năm 2024, kim ngạch xuất khẩu hàng hóa được 512 triệu USD, tăng 12,3% so cùng kỳ; doanh "
        "thu hoạt động du lịch được 1.250,5 tỷ đồng, tăng 8,1% so cùng kỳ."
    )
    rows = _money(text)
    assert ("export_value", 512_000_000, "USD") in rows
    assert [r for r in rows if r[1] == 1_250_500_000_000] == [("other", 1_250_500_000_000, "VND")]


def test_the_level_after_a_growth_is_the_growths_fact() -> None:
    text = (
        "Trong 9 tháng, tổng mức bán lẻ hàng hóa đạt 41.250 tỷ đồng, tăng 11% so với cùng kỳ. "
        "Kim ngạch xuất khẩu cũng tăng 6,8% so với cùng kỳ năm trước, đạt 912,4 triệu USD."
    )
    exports = [
        (f.value, f.change.value if f.change else None) for f in extract_facts(text) if f.indicator == "export_value"
    ]
    assert exports == [(912_400_000, 6.8)]
