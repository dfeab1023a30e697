"""Rules for counts of things as ``other`` facts (issue 12, session 8, w14a)."""

from __future__ import annotations

from provind.extraction import extract_facts


def _counts(text: str) -> list[tuple[str, float | None, float | None]]:
    return [(f.indicator, f.value, f.of) for f in extract_facts(text) if f.unit == "count"]


def test_targets_meeting_a_condition_are_counted() -> None:
    text = (
        "Năm 2023, tỉnh có 17/20 chỉ tiêu kinh tế - xã hội chủ yếu đạt và vượt kế hoạch. "
        "Trong đó có 5 chỉ tiêu thực hiện vượt kế hoạch đề ra."
    )
    rows = _counts(text)
    assert ("other", 17, 20) in rows
    assert ("other", 5, None) in rows


def test_revenue_items_meeting_a_condition_are_counted() -> None:
    text = "Thu nội địa đạt 5.120 tỷ đồng. Có 9/14 khoản thu đạt trên 60% dự toán năm."
    assert ("other", 9, 14) in _counts(text)


def test_targets_named_without_a_condition_or_as_a_whole_are_no_count() -> None:
    # "toàn bộ 4 chỉ tiêu ... đều": the whole group named; "12 chỉ tiêu ... năm 2023 và GRDP
    # ... đạt": the condition is another subject's, past a figure.
    text = (
        "Năm 2024, toàn bộ 4 chỉ tiêu của ngành đều đạt kế hoạch. Tỉnh phấn đấu hoàn thành 12 "
        "chỉ tiêu kinh tế - xã hội năm 2025 và GRDP năm 2025 đạt 8,5%."
    )
    assert not [r for r in _counts(text) if r[1] in (4, 12)]


def test_the_whole_said_before_is_the_counts_of_and_no_count() -> None:
    text = (
        "Trong tổng số 30 chỉ tiêu, có 26 chỉ tiêu đạt và vượt kế hoạch đề ra. Trong 11 nhóm "
        "hàng hóa và dịch vụ chính, có 7 nhóm tăng giá, 3 nhóm giảm giá và 1 nhóm ổn định. "
        "Trong 24 ngành cấp 2, có 15 ngành có chỉ số sản xuất tăng."
    )
    rows = _counts(text)
    assert ("other", 26, 30) in rows
    assert ("other", 7, 11) in rows
    assert ("other", 3, 11) in rows
    assert ("other", 15, 24) in rows
    assert not [r for r in rows if r[1] in (30, 11, 24)]


def test_an_industry_with_its_index_rising_is_counted() -> None:
    text = "Tháng 5/2024, trong 60 ngành cấp 4, có 41 ngành có IIP tăng so với cùng kỳ."
    assert ("other", 41, 60) in _counts(text)


def test_the_countries_investors_come_from_are_counted() -> None:
    text = "Toàn tỉnh có 412 dự án FDI đến từ 21 quốc gia và vùng lãnh thổ với tổng vốn 8,3 tỷ USD."
    assert ("other", 21, None) in _counts(text)


def test_branches_craft_villages_investors_and_zones_are_counted() -> None:
    text = (
        "Từ đầu năm, tỉnh cấp đăng ký cho 320 doanh nghiệp và 45 chi nhánh, văn phòng đại diện. "
        "Toàn tỉnh hiện có 118 làng nghề. Đã có 12 nhà đầu tư đến tìm hiểu cơ hội đầu tư. "
        "Tỉnh có 2 khu kinh tế cửa khẩu."
    )
    rows = _counts(text)
    for value in (45, 118, 12, 2):
        assert ("other", value, None) in rows


def test_investors_of_a_consortium_named_are_no_count() -> None:
    text = "Tỉnh trao chứng nhận đầu tư cho liên danh 3 nhà đầu tư: Công ty A, Công ty B và Công ty C."
    assert not [r for r in _counts(text) if r[1] == 3]


def test_districts_and_ministries_meeting_a_condition_are_counted() -> None:
    text = (
        "Đến cuối tháng 11, đã có 8/10 huyện, thành phố thu đạt kế hoạch năm. Cả nước có 9 Bộ "
        "và 14 địa phương có tỷ lệ giải ngân đạt trên 40%. Có 2/5 đơn vị thu cấp tỉnh hoàn thành "
        "kế hoạch."
    )
    rows = _counts(text)
    assert ("other", 8, 10) in rows
    assert ("other", 9, None) in rows
    assert ("other", 2, 5) in rows


def test_districts_introducing_a_list_are_no_count() -> None:
    text = "Các khu công nghiệp phân bổ ở 3 huyện như Bến Lức có 5 khu, Đức Hòa có 4 khu."
    assert not [r for r in _counts(text) if r[1] == 3]


def test_equal_counts_of_different_groups_are_two_facts() -> None:
    text = (
        "Tỉnh có 1 chỉ tiêu đã hoàn thành kế hoạch năm là có 6 xã đạt tiêu chí quốc gia về y tế. "
        "Ngoài ra, tỉnh cũng có 6 chỉ tiêu hoàn thành trên 70% kế hoạch năm."
    )
    assert [r for r in _counts(text) if r[1] == 6] == [("other", 6, None), ("other", 6, None)]
