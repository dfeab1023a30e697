"""Rules of the pass on `other` percentages and changes alone (w14b): each fails on the code
before it (README.md "Session 8, `other` facts that are a percentage or a change only (w14b)")."""

from __future__ import annotations

from provind.extraction import extract_facts
from provind.extraction.facts import Fact


def _changes(f: Fact) -> list[tuple[str, float, str | None]]:
    return [(c.direction, c.value, c.basis) for c in (f.change, *f.extra_changes) if c is not None]


def _by_value(text: str) -> dict[float | None, list[tuple[str, float, str | None]]]:
    return {f.value: _changes(f) for f in extract_facts(text) if f.unit == "VND"}


def test_a_bare_pair_of_a_part_takes_the_wholes_two_bases_in_turn() -> None:
    # dev r011, blind19 r747 / r761: "giảm 1,6% và tăng 12,2%" after a whole compared with the
    # month before and then the year before is the part's fall on the month, rise on the year.
    text = (
        "Doanh thu bán lẻ và dịch vụ tháng 5/2023 ước đạt 4.500 tỷ đồng, tăng 1,2% so với tháng trước và "
        "tăng 10,4% so với cùng kỳ năm trước. Trong đó, doanh thu bán lẻ hàng hóa đạt 3.600 tỷ đồng, tăng "
        "2,1% và 11,5%; doanh thu du lịch lữ hành đạt 80 tỷ đồng, giảm 3,4% và tăng 15,2%."
    )
    got = _by_value(text)
    assert got[3.6e12] == [("up", 11.5, "yoy"), ("up", 2.1, "mom")]
    assert got[8e10] == [("up", 15.2, "yoy"), ("down", 3.4, "mom")]
    assert not [f for f in extract_facts(text) if f.value is None or f.unit == "%"]


def test_a_bare_pair_without_a_whole_compared_both_ways_stays_as_it_was() -> None:
    # (A guard.) With no whole against the month before, the pair is not read that way.
    text = (
        "Doanh thu bán lẻ và dịch vụ năm 2023 ước đạt 54.000 tỷ đồng, tăng 10,4% so với năm trước. "
        "Trong đó, doanh thu du lịch lữ hành đạt 980 tỷ đồng, giảm 3,4% và tăng 15,2%."
    )
    assert all(basis != "mom" for f in extract_facts(text) for _, _, basis in _changes(f))


def test_a_products_pair_of_rates_is_one_fact() -> None:
    # blind18 r718: "Gạo xay xát ước đạt 125.000 tấn (tăng 2,45% và tăng 67,26%)", and the same
    # with the first comparison said, are one product's two changes, the year before first.
    text = (
        "Chỉ số sản xuất công nghiệp tháng 10/2023 tăng 4,2% so với tháng trước và tăng 9,1% so với cùng "
        "kỳ năm trước. Một số sản phẩm chủ yếu: tôm đông lạnh ước đạt 5.100 tấn (tăng 3,2% so tháng trước "
        "và tăng 1,5% so với cùng kỳ); xi măng ước đạt 210.000 tấn (tăng 4,6% và giảm 2,3%)."
    )
    products = [_changes(f) for f in extract_facts(text) if f.indicator == "other"]
    assert products == [[("up", 1.5, "yoy"), ("up", 3.2, "mom")], [("down", 2.3, "yoy"), ("up", 4.6, "mom")]]


def test_a_signed_figure_in_brackets_is_a_rise_not_a_level() -> None:
    # blind25 r993: "lương thực, thực phẩm (+14,58%); gỗ và vật liệu xây dựng (+15,14%)": every
    # item a rise of the retail total's part, none a percentage of its own.
    text = (
        "Tổng mức bán lẻ hàng hóa 9 tháng ước đạt 31.000 tỷ đồng, tăng 9,8% so cùng kỳ. Một số nhóm hàng "
        "có doanh thu tăng khá như lương thực, thực phẩm (+12,4%); may mặc (+10,6%); xăng dầu các loại "
        "(+7,9%)."
    )
    facts = extract_facts(text)
    assert not [f for f in facts if f.unit == "%"]
    assert sorted(f.change.value for f in facts if f.value is None and f.change is not None) == [7.9, 10.6, 12.4]


def test_a_signed_figure_restating_an_amounts_change_is_not_read_as_a_rise() -> None:
    # (A guard.) "tăng 1.475 tỷ đồng (+6,2%)": the same change as a percentage, kept out.
    text = "Nguồn vốn huy động đến 30/9/2022 là 25.390 tỷ đồng; so với 31/12/2021 tăng 1.475 tỷ đồng (+6,2%)."
    assert all(f.change is None or f.change.unit != "%" for f in extract_facts(text))


def test_a_growth_named_in_words_before_its_figure_is_a_rise() -> None:
    # dev r011 "ngành hàng lương thực, thực phẩm có mức tăng cao nhất, với 12,8% so với cùng kỳ",
    # blind30 r1197 "tăng trưởng của ngành chăn nuôi đạt 5,92%": rises, not levels in "%".
    text = (
        "Tổng mức bán lẻ hàng hóa 6 tháng ước đạt 20.000 tỷ đồng, tăng 11,7% so với cùng kỳ năm trước. "
        "Trong đó, ngành hàng may mặc có mức tăng cao nhất, với 14,2% so với cùng kỳ năm trước."
    )
    assert not [f for f in extract_facts(text) if f.unit == "%"]
    assert [f.change.value for f in extract_facts(text) if f.value is None and f.change] == [14.2]


def test_the_growth_contributed_to_is_no_rise() -> None:
    # (A guard, blind15 r591.) "Đóng góp của TFP vào tăng trưởng đạt trên 55%" stays a share.
    text = "Đóng góp của năng suất nhân tố tổng hợp (TFP) vào tăng trưởng giai đoạn 2021-2030 đạt trên 55%."
    assert [(f.value, f.unit) for f in extract_facts(text)] == [(55, "%")]


def test_a_second_basis_after_a_comma() -> None:
    # blind16 r633: "tăng 11,92%, so với tháng trước và 0,17% so với tháng cùng kỳ năm 2018".
    text = (
        "Doanh thu dịch vụ khác tháng 10/2019 ước đạt 553 tỷ đồng, tăng 8,5%, so với tháng trước và 2,3% "
        "so với tháng cùng kỳ năm 2018."
    )
    assert _by_value(text) == {5.53e11: [("up", 2.3, "yoy"), ("up", 8.5, "mom")]}
