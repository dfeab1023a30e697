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


def _others(text: str) -> list[tuple[float | None, str | None]]:
    return [(f.value, f.unit) for f in extract_facts(text) if f.indicator == "other"]


def test_contribution_in_percent_below_the_parts_growth_is_points() -> None:
    # "khu vực dịch vụ tăng 3,84% (đóng góp 1,77%)" (blind16 r635): points of the growth.
    text = (
        "Tổng sản phẩm trên địa bàn tỉnh 9 tháng năm 2024 ước tăng 4,1% so với cùng kỳ. Khu vực công "
        "nghiệp và xây dựng tăng 5,2% (đóng góp 1,9%); khu vực dịch vụ tăng 4,4% (đóng góp 1,6%)."
    )
    assert _others(text) == [(1.9, "pp"), (1.6, "pp")]


def test_contribution_in_percent_above_the_parts_growth_stays_a_share() -> None:
    # "tăng 3,27%, đóng góp 5,37%" (dev r084): a share of the growth, the parts sum to 100.
    text = (
        "GRDP năm 2024 tăng 7,1% so với năm trước. Khu vực nông, lâm nghiệp và thủy sản tăng 3,1%, đóng "
        "góp 6,2%; khu vực công nghiệp và xây dựng tăng 8,5%, đóng góp 47,3%."
    )
    assert _others(text) == [(6.2, "%"), (47.3, "%")]


def test_contribution_that_falls_is_negative_points() -> None:
    # "thuế sản phẩm tăng 0,90%, đóng góp giảm 0,04 điểm phần trăm" (blind21 r829).
    text = (
        "GRDP quý I/2023 tăng 8,1% so với cùng kỳ; khu vực dịch vụ tăng 7,2%, đóng góp 2,7 điểm phần "
        "trăm; thuế sản phẩm tăng 0,5%, đóng góp giảm 0,03 điểm phần trăm."
    )
    assert _others(text) == [(2.7, "pp"), (-0.03, "pp")]


def test_growth_of_the_whole_economy_named_after_the_figure() -> None:
    # "Trong mức tăng 5,73% của toàn nền kinh tế, khu vực ..." (dev r024, blind19 r760).
    text = (
        "Trong mức tăng 6,4% của toàn nền kinh tế, khu vực công nghiệp và xây dựng tăng 8,1%, đóng góp "
        "3,2 điểm phần trăm vào mức tăng trưởng chung."
    )
    assert [(f.indicator, f.value) for f in extract_facts(text)][0] == ("grdp_growth", 6.4)


def test_contribution_into_the_common_growth_is_no_rise() -> None:
    # "có mức đóng góp cao nhất vào mức tăng chung (0,65 điểm phần trăm)" (dev r024).
    text = (
        "GDP 6 tháng tăng 5,7% so với cùng kỳ. Bán buôn và bán lẻ tăng 7,1% so với cùng kỳ năm trước, là "
        "ngành có mức đóng góp cao nhất vào mức tăng chung (0,71 điểm phần trăm)."
    )
    assert [(f.value, f.change) for f in extract_facts(text) if f.unit == "pp"] == [(0.71, None)]


def test_index_of_consumption_has_one_fact_per_basis() -> None:
    # "Chỉ số tiêu thụ ... tăng 4,8% so với tháng trước và tăng mạnh 20,6% so với cùng kỳ" (dev
    # r154), "Chỉ số tồn kho ... tăng 10,6% so với tháng trước và giảm 24,3% so cùng kỳ" (blind19
    # r753): an index, like a rate, one fact per basis.
    text = (
        "Chỉ số tồn kho toàn ngành công nghiệp chế biến, chế tạo tháng 5/2023 tăng 3,2% so với tháng "
        "trước và giảm 12,4% so với cùng kỳ năm trước."
    )
    facts = [f for f in extract_facts(text) if f.indicator == "other"]
    assert [(f.change.value, f.change.basis, f.extra_changes) for f in facts if f.change] == [
        (3.2, "mom", []),
        (12.4, "yoy", []),
    ]


def test_later_ranges_of_a_list_without_tu_are_ranges() -> None:
    # "tỷ trọng nông nghiệp chiếm từ 8,07% đến 8,10%, công nghiệp-xây dựng chiếm 32,77% đến
    # 32,79%" (blind30 r1181): the list's later items drop "từ".
    text = (
        "Cơ cấu kinh tế năm 2019: tỷ trọng nông nghiệp chiếm từ 9,1% đến 9,3%, công nghiệp-xây dựng "
        "chiếm 35,2% đến 35,4% và dịch vụ chiếm 55,3% đến 55,7%."
    )
    assert [(f.value, f.value_max) for f in extract_facts(text)] == [(9.1, 9.3), (35.2, 35.4), (55.3, 55.7)]


def test_rise_against_a_second_plan_is_an_extra_change() -> None:
    # "tăng 3,42% so với dự toán Trung ương, tăng 1,38% so với dự toán HĐND tỉnh và tăng 14,2% so
    # với năm 2017" (blind10 r418): the centre's and the province's estimates, one figure.
    text = (
        "Tổng chi ngân sách địa phương năm 2019 ước đạt 12 nghìn tỷ đồng, tăng 2,5% so với dự toán "
        "Trung ương, tăng 1,2% so với dự toán HĐND tỉnh và tăng 9,8% so với năm 2018."
    )
    (fact,) = extract_facts(text)
    assert fact.change is not None
    assert (fact.change.value, fact.change.basis) == (9.8, "yoy")
    assert [(c.value, c.basis) for c in fact.extra_changes] == [(2.5, "plan"), (1.2, "plan")]


def test_products_recognised_and_the_total_raised_to_are_counted() -> None:
    # "Có thêm 38 sản phẩm được công nhận là sản phẩm OCOP cấp tỉnh, nâng tổng số sản phẩm OCOP
    # ... lên 196 sản phẩm, trong đó có 01 sản phẩm OCOP cấp quốc gia" (blind24 r964).
    text = (
        "Năm 2023, có thêm 21 sản phẩm được công nhận là sản phẩm OCOP 3 sao, nâng tổng số sản phẩm "
        "OCOP của tỉnh lên 140 sản phẩm, trong đó có 02 sản phẩm OCOP 5 sao."
    )
    assert [v for _, v in _counts(text)] == [21, 140, 2]


def test_products_naming_a_fixed_group_are_no_count() -> None:
    # "ngoại trừ 3 sản phẩm nước mắm, hạt điều và đường" (blind11 r463).
    text = "Giá các mặt hàng ổn định, ngoại trừ 3 sản phẩm nước mắm, hạt điều và đường tăng nhẹ."
    assert _counts(text) == []


def test_products_with_volumes_after_the_index_are_other() -> None:
    # "Một số mặt hàng có mức tăng trưởng khá như bia đạt 22,5 ngàn lít, tăng 65,77%; hạt điều khô
    # 152 tấn, tăng 19,84%" (blind16 r643), "than sạch đạt 25,9 triệu tấn, tăng 12,5%" (blind17 r685).
    text = (
        "Chỉ số sản xuất toàn ngành công nghiệp quý II tăng 6,2% so cùng kỳ. Một số mặt hàng tăng khá "
        "như tinh bột sắn đạt 41,3 nghìn tấn, tăng 12,4%; nước máy 3,2 triệu m3, tăng 5,1%."
    )
    assert [(f.indicator, f.phrase, f.value) for f in extract_facts(text)] == [
        ("iip", "Chỉ số sản xuất toàn ngành công nghiệp", 6.2),
        ("other", "tinh bột sắn", None),
        ("other", "nước máy", None),
    ]


def test_fall_in_projects_after_their_capital_changes_the_first_count() -> None:
    # "cấp mới 46 dự án ..., điều chỉnh vốn cho 12 dự án ...; tổng vốn ... So với cùng kỳ năm 2021,
    # giảm 25 dự án" (dev r237): the change of the paragraph's main count, no count of its own.
    text = (
        "Năm 2022, tỉnh cấp mới 40 dự án đầu tư trong nước với tổng vốn 9.500 tỷ đồng; điều chỉnh vốn "
        "cho 10 dự án, với vốn tăng thêm 800 tỷ đồng. So với cùng kỳ năm 2021, giảm 15 dự án."
    )
    counts = [(f.value, f.change) for f in extract_facts(text) if f.unit == "count"]
    assert [v for v, _ in counts] == [40, 10]
    assert counts[0][1] is not None
    assert (counts[0][1].value, counts[0][1].unit, counts[0][1].direction) == (15, "count", "down")


def test_rise_in_projects_past_its_qualifier_is_a_change() -> None:
    # "số dự án tăng hơn 37 dự án so với cả năm 2016" (blind15 r594).
    text = "Năm 2018, tỉnh thu hút được 70 dự án đầu tư, số dự án tăng hơn 20 dự án so với cả năm 2017."
    counts = [(f.value, f.change) for f in extract_facts(text) if f.unit == "count"]
    assert [v for v, _ in counts] == [70]
    assert counts[0][1] is not None
    assert (counts[0][1].value, counts[0][1].qualifier) == (20, "over")


def test_what_a_price_group_added_to_the_cpi_is_points() -> None:
    # "nhóm hàng ăn và dịch vụ ăn uống tăng 0,53% (tác động làm tăng CPI chung 0,16%)", "(tác động
    # làm giảm CPI chung 0,14%)" (blind16 r627).
    text = (
        "Chỉ số giá tiêu dùng tháng 5 tăng 0,3% so với tháng trước. Trong đó, nhóm giao thông tăng 1,2% "
        "(tác động tăng CPI chung 0,11%); nhóm giáo dục giảm 0,4% (tác động làm giảm CPI chung 0,02%)."
    )
    assert _others(text) == [(0.11, "pp"), (-0.02, "pp")]
