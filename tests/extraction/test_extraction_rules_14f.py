"""Rules for parks, clusters and their land (issue 12, session 8, w14f)."""

from __future__ import annotations

from provind.extraction import extract_facts


def _areas(text: str) -> list[tuple[str, float | None]]:
    return [(f.indicator, f.value) for f in extract_facts(text) if f.unit == "ha"]


def _counts(text: str) -> list[tuple[str, float | None]]:
    return [(f.indicator, f.value) for f in extract_facts(text) if f.unit == "count"]


def test_clean_land_named_after_the_figure_is_industrial_land() -> None:
    # SCHEMA.md: clean land ("đất sạch") is the parks' or clusters' industrial land, also when
    # the words follow the figure and a park was named before it.
    text = (
        "Các khu công nghiệp của tỉnh đã thu hút 85 dự án. Hiện tỉnh còn hơn 640 ha đất sạch "
        "sẵn sàng tiếp nhận nhà đầu tư."
    )
    assert ("industrial_land_area", 640.0) in _areas(text)
    text = (
        "Sau khi hoàn thành, 3 cụm công nghiệp Tân Lập, Hòa Bình và An Phú sẽ bổ sung thêm gần 150ha vào quỹ đất sạch."
    )
    assert ("industrial_land_area", 150.0) in _areas(text)


def test_clean_land_does_not_take_the_area_of_parks() -> None:
    text = "Tỉnh có 6 khu công nghiệp với tổng diện tích 2.140 ha, trong đó còn 95 ha đất sạch chưa cho thuê."
    areas = _areas(text)
    assert ("industrial_park_area", 2140.0) in areas
    assert ("industrial_land_area", 95.0) in areas


def test_equal_counts_of_clusters_side_by_side_are_two_groups() -> None:
    # "07 CCN ..., 07 CCN ...": two groups of clusters of one size in one sentence, not one
    # figure said twice.
    counts = _counts(
        "Trong 18 CCN của tỉnh, có 05 CCN chưa đầu tư xây dựng hạ tầng kỹ thuật, 05 CCN mở rộng có "
        "tính độc lập, 08 CCN có vốn nhà nước đầu tư một phần hạ tầng."
    )
    assert [v for _, v in counts].count(5.0) == 2
    counts = _counts("Ngoài 12 CCN nêu trên, tỉnh đề xuất thành lập mới 12 CCN với tổng diện tích 610 ha.")
    assert [v for _, v in counts].count(12.0) == 2


def test_a_count_restated_in_another_sentence_is_still_one_figure() -> None:
    counts = _counts("Tỉnh có 9 khu công nghiệp đã đi vào hoạt động. Năm qua, 9 khu công nghiệp này thu hút 40 dự án.")
    assert [v for code, v in counts if code == "industrial_park_count"] == [9.0]
