"""Rules of the sixth pass's second round on blind10's values and indicator choice (w12v10b):
each fails on the code before it (README.md "Sixth pass, blind10's values, second round
(w12v10b)"). The sentences are written for these tests."""

from __future__ import annotations

from provind.extraction import extract_facts


def _read(text: str) -> list[tuple[str, float | None, str | None, float | None]]:
    return [(f.indicator, f.value, f.unit, f.change.value if f.change else None) for f in extract_facts(text)]


def test_a_count_of_ranked_places_inside_the_subject_leaves_the_subject_named() -> None:
    text = "Quý I năm 2025, tổng vốn FDI của 5 tỉnh dẫn đầu đạt 3,2 tỷ USD."
    assert _read(text) == [("fdi_capital", 3.2e9, "USD", None)]


def test_a_contribution_described_in_words_is_no_subject_of_the_growths_after_it() -> None:
    text = (
        "Tháng 6/2024, chỉ số sản xuất công nghiệp tăng 9,5% so với cùng kỳ. Trong đó, ngành chế "
        "biến, chế tạo và ngành sản xuất điện đều có đóng góp tích cực, lần lượt tăng 11,2% và 4,1%."
    )
    assert [f.indicator for f in extract_facts(text)] == ["iip", "iip", "iip"]


def test_this_level_changes_the_figure_just_given() -> None:
    text = "Quý I năm 2026, tỉnh thu hút hơn 900 triệu USD vốn đăng ký FDI. Mức này gấp 5 lần so với cùng kỳ năm trước."
    facts = extract_facts(text)
    assert [(f.indicator, f.value) for f in facts] == [("fdi_capital", 9e8)]
    assert facts[0].change is not None
    assert (facts[0].change.value, facts[0].change.unit) == (5, "x")


def test_a_price_per_tonne_is_no_amount_of_the_indicator() -> None:
    text = (
        "6 tháng đầu năm, kim ngạch xuất khẩu ước đạt 300 triệu USD. "
        "Giá xuất khẩu bình quân hồ tiêu đạt 6.100 USD/tấn, tăng 25% so với cùng kỳ."
    )
    assert _read(text) == [("export_value", 3e8, "USD", None), ("other", None, None, 25)]
