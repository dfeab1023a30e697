"""Rules for the production index's industries and comparison bases (issue 12, session 7, w13a)."""

from __future__ import annotations

from provind.extraction import extract_facts


def _rows(text: str) -> list[tuple[str, float | None, str | None, str | None]]:
    return [(f.indicator, f.value, f.change.basis if f.change else None, f.period.kind) for f in extract_facts(text)]


def test_an_industry_named_by_its_activity_is_a_part_of_the_index() -> None:
    # "ngành" and an activity of the national classification: an industry of the index the
    # text is about, even out of any list.
    text = (
        "Chỉ số sản xuất công nghiệp tháng 6/2024 của tỉnh tăng 8,2% so với cùng kỳ năm trước. "
        "Trong các ngành cấp II, đứng đầu là sản xuất kim loại, tăng 14,3%. "
        "Tiếp theo là ngành sản xuất đồ uống, tăng 11,6%."
    )
    rows = _rows(text)
    assert ("iip", 11.6, "yoy", "month") in rows
    assert not any(r[0] == "other" and r[1] is None for r in rows)


def test_the_first_industry_of_the_clause_is_its_subject() -> None:
    text = (
        "Chỉ số sản xuất công nghiệp tháng 3 tăng 12,4%. Ngành chế biến thủy sản "
        "tiếp tục là ngành có mức tăng cao nhất, tăng 35,2%."
    )
    assert ("iip", 35.2, "yoy", "month") in _rows(text)


def test_a_month_of_a_year_compared_with_is_set_against_the_figures_month() -> None:
    # No month named in the sentence: "so với tháng 5/2019" for a figure of June 2019 is the
    # month before; "so với tháng 6/2018" the same month a year before.
    text = (
        "Chỉ số sản xuất công nghiệp tháng 6/2019 tăng 4,1% so với tháng trước.\n\n"
        "Các doanh nghiệp công nghiệp trên địa bàn tiếp tục duy trì sản xuất ổn định, nhiều "
        "đơn vị đã chủ động tìm kiếm thị trường mới, mở rộng quy mô, đầu tư thêm dây chuyền và "
        "thiết bị hiện đại để nâng cao năng suất, chất lượng sản phẩm và sức cạnh tranh.\n\n"
        "Đáng chú ý là: ngành sản xuất trang phục tăng 9,25% so với tháng 5/2019 và tăng 21,4% "
        "so với tháng 6/2018."
    )
    rows = _rows(text)
    assert ("iip", 9.25, "mom", "month") in rows
    assert ("iip", 21.4, "yoy", "month") in rows


def test_output_of_an_industry_just_named_is_the_industrys() -> None:
    # "..., sản lượng tăng" after an industry: its production, and the items after it stay
    # industries of the index.
    text = (
        "Tính chung 5 tháng, chỉ số sản xuất công nghiệp tăng 9,8%. Một số ngành tăng cao như: "
        "sản xuất đồ uống tăng 18,2%, sản xuất và phân phối điện, sản lượng tăng 12,4%, "
        "sản xuất giường, tủ, bàn ghế tăng 8,1%."
    )
    rows = _rows(text)
    assert ("iip", 12.4, "yoy", "ytd") in rows
    assert ("iip", 8.1, "yoy", "ytd") in rows


def test_an_index_restated_by_its_growth_is_one_figure() -> None:
    text = "Chỉ số sản xuất công nghiệp (IIP) tháng 9 đạt 104,2%, tăng 4,2% so với tháng trước."
    assert [r for r in _rows(text) if r[0] == "iip"] == [("iip", 4.2, "mom", "month")]


def test_goods_listed_by_their_index_are_products() -> None:
    # "một số sản phẩm có chỉ số tăng, như ...": goods named by no activity are products
    # (``other``), not industries of the index.
    text = (
        "Chỉ số sản xuất công nghiệp tháng 7 tăng 6,4%, trong đó, một số sản phẩm có chỉ số tăng, "
        "như cà phê rang xay (tăng 18,6%), gạch ốp lát (tăng 12,2%)."
    )
    rows = _rows(text)
    assert ("other", None, "yoy", "month") in rows
    assert not any(r[0] == "iip" and r[1] in (18.6, 12.2) for r in rows)


def test_growth_of_a_products_volume_is_its_own() -> None:
    # A level in tonnes or litres (read as no fact) right before the growth: the product's
    # growth (``other``), not a part of the index named before.
    text = (
        "Chỉ số sản xuất công nghiệp quý I tăng 6,3% so cùng kỳ. Một số mặt hàng có mức tăng "
        "trưởng khá như nước mắm đạt 12,4 triệu lít, tăng 8,25%; đường kính 31 ngàn tấn, tăng 4,75%."
    )
    rows = _rows(text)
    assert ("other", None, "yoy", "quarter") in rows
    assert not any(r[0] == "iip" and r[1] in (8.25, 4.75) for r in rows)


def test_a_lower_growth_listed_by_place_is_a_rise() -> None:
    # "mức tăng thấp hơn như <tỉnh> (x%)": growths lower than the others, rises all.
    text = (
        "Tính chung 7 tháng, IIP cả nước tăng 9,2%. Một số địa phương có mức tăng thấp hơn như "
        "Bình Định (4,6%), Gia Lai (3,9%)."
    )
    rows = _rows(text)
    assert ("iip", 4.6, "yoy", "ytd") in rows
    assert not any(r[1] is not None and r[1] < 0 for r in rows)


def test_a_lead_sentence_naming_its_period_still_announces_the_list() -> None:
    # The lead sentence names the months ("6 tháng năm 2024"), no figure: the industries of
    # the next sentence are the index's.
    text = (
        "Tính chung 6 tháng năm 2024, chỉ số sản xuất công nghiệp tăng 7,1%. Về các ngành cấp 2, "
        "một số ngành có chỉ số sản xuất 6 tháng năm 2024 tăng cao so với cùng kỳ năm trước. "
        "Dẫn đầu là sản xuất đồ uống, với mức tăng 16,2%."
    )
    assert ("iip", 16.2, "yoy", "half") in _rows(text)


def test_the_index_named_again_for_another_period_is_a_whole() -> None:
    # After the month's index and its industries, "Cụ thể, tính chung 9 tháng ..., IIP ...": the
    # months so far, a whole of its own; the industries after it are of those months.
    text = (
        "Chỉ số sản xuất công nghiệp tháng Chín ước tính tăng 6,2% so với cùng kỳ năm trước, "
        "trong đó ngành khai khoáng giảm 3,1%; ngành chế biến, chế tạo tăng 7,4%.\n\n"
        "Cụ thể, tính chung 9 tháng năm 2024, IIP ước tính tăng 8,3% so với cùng kỳ năm trước.\n\n"
        "Trong đó, ngành chế biến, chế tạo tăng 9,6%, đóng góp 7,8 điểm phần trăm vào mức tăng chung."
    )
    facts = [f for f in extract_facts(text) if f.indicator == "iip" and f.value in (8.3, 9.6)]
    assert [(f.value, f.period.kind, f.breakdown is None) for f in facts] == [(8.3, "ytd", True), (9.6, "ytd", False)]


def test_a_multiple_of_a_listed_product_is_the_products() -> None:
    text = (
        "Chỉ số IIP tháng 5 tăng 12,3%. Một số ngành chế biến, chế tạo có chỉ số IIP tăng cao như: "
        "gạch nung tăng hơn 2 lần; giày thể thao tăng 41,2%."
    )
    facts = [f for f in extract_facts(text) if f.change is not None and f.change.unit == "x"]
    assert [(f.indicator, f.change.value) for f in facts] == [("other", 2)]


def test_rose_by_more_than_is_over() -> None:
    # "tăng hơn 2,4%": a rise of more than 2,4% (not "rose more", a comparison).
    facts = extract_facts("Chỉ số sản xuất công nghiệp tháng 4 tăng hơn 2,4% so với tháng trước.")
    assert facts[0].change is not None
    assert facts[0].change.qualifier == "over"
