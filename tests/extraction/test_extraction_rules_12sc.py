"""Status and change rules of the w12sc pass: each fails on the code before it
(README.md "Tuning on blind12-14, status and change (w12sc)")."""

from __future__ import annotations

from provind.extraction import extract_facts


def _changes(text: str) -> list[tuple[str, float | None, str | None, str | None]]:
    out = []
    for f in extract_facts(text, region="Lạng Sơn"):
        c = f.change
        out.append((f.indicator, f.value, c.direction if c else None, c.basis if c else None))
    return out


def _statuses(text: str) -> list[tuple[float | None, str | None]]:
    return [(f.value, f.status) for f in extract_facts(text, region="Hà Tĩnh")]


def test_month_before_named_early_in_the_sentence() -> None:
    text = (
        "Cụ thể, trong tháng 8/2025, đơn vị đã thông quan hàng hoá đạt kim ngạch xuất nhập khẩu qua các cửa "
        "khẩu của tỉnh đạt hơn 9 tỷ USD, tăng gần 18% so với tháng 7/2025."
    )
    assert [basis for *_, basis in _changes(text)] == ["mom"]


def test_same_month_a_year_before_named_early_in_the_sentence() -> None:
    text = (
        "Theo ước tính, tháng 9/2018 lượng thủy sản xuất khẩu đạt 170 nghìn tấn, trị giá 780 triệu USD, "
        "giảm 8,83% về lượng, nhưng tăng 1,1% về trị giá so với tháng 9/2017."
    )
    assert [basis for *_, basis in _changes(text)] == ["yoy"]


def test_a_month_compared_with_is_no_month_of_the_next_figure() -> None:
    text = (
        "Giá trị sản xuất công nghiệp tháng 5 năm 2020 ước đạt 190,6 tỷ đồng, tăng 67,2% so với tháng 4/2020; "
        "trong đó:\nKinh tế Quốc doanh đạt 91,9 tỷ đồng tăng 2,3 lần so với tháng 4/2020, giảm 46% so với cùng "
        "kỳ năm trước; kinh tế ngoài Quốc doanh đạt 90,4 tỷ đồng, tăng 31% so với tháng 4/2020."
    )
    facts = {f.value: f for f in extract_facts(text, region="Lai Châu")}
    change = facts[90400000000].change
    assert change is not None
    assert change.basis == "mom"


def test_the_same_months_of_an_earlier_year_is_year_on_year() -> None:
    text = (
        "Lượng tôm xuất khẩu 8 tháng năm 2018 đạt 240,6 nghìn tấn, trị giá 2,3 tỷ USD, tăng 0,52% về lượng, "
        "nhưng giảm 1,96% về trị giá so với 8 tháng năm 2017."
    )
    assert [basis for *_, basis in _changes(text)] == ["yoy"]


def test_the_same_time_of_the_month_before_is_month_on_month() -> None:
    text = "Kim ngạch xuất khẩu tháng 8 tăng hơn 29% so với cùng thời điểm tháng trước."
    assert [basis for *_, basis in _changes(text)] == ["mom"]


def test_a_plan_in_brackets_does_not_make_the_next_part_a_plan() -> None:
    text = (
        "Năm 2017, tốc độ tăng trưởng kinh tế dự ước tăng 10,51% so với năm 2016 (kế hoạch tăng 10,6%); "
        "trong đó: Khu vực nông, lâm nghiệp và thủy sản giảm 4,19% (kế hoạch tăng 3,5%); khu vực công nghiệp - "
        "xây dựng tăng 28,71% (kế hoạch tăng 18,5%)."
    )
    assert _statuses(text) == [
        (10.51, "estimate"),
        (10.6, "plan"),
        (-4.19, "estimate"),
        (3.5, "plan"),
        (28.71, "estimate"),
        (18.5, "plan"),
    ]


def test_parks_said_planned_after_the_count_are_a_plan() -> None:
    assert _statuses("Sau sáp nhập, tỉnh mới có 32 khu công nghiệp đã được quy hoạch.") == [(32, "plan")]
    assert _statuses("Tại địa bàn tỉnh Hòa Bình cũ, hiện có 8 KCN quy hoạch với tổng diện tích khoảng 1.597ha.") == [
        (8, "plan"),
        (1597, "plan"),
    ]


def test_a_detailed_plan_drawn_up_is_done() -> None:
    text = "Hiện toàn tỉnh có 10 cụm công nghiệp được thành lập. Trong đó, có 9 cụm đã quy hoạch chi tiết."
    assert [status for _, status in _statuses(text)] == ["actual", "actual"]
