"""Rules for periods of figures whose excerpt states no year (issue 12, w12yr)."""

from __future__ import annotations

from provind.extraction import extract_facts


def _periods(text: str) -> list[tuple[str, float | None, str | None, int | None, int | None]]:
    return [(f.indicator, f.value, f.period.kind, f.period.year, f.period.month) for f in extract_facts(text)]


def test_month_and_year_joined_by_a_dot() -> None:
    # "tháng 11.2019": the month of 2019, as some papers write it.
    facts = _periods("Trong tháng 3.2021, toàn tỉnh có 215 doanh nghiệp thành lập mới.")
    assert ("new_enterprises", 215.0, "month", 2021, 3) in facts


def test_a_dot_then_a_new_sentence_is_no_year() -> None:
    # A month that ends a sentence is not joined with a number after the full stop.
    facts = _periods("Chỉ số sản xuất công nghiệp tháng 9 tăng 6,2% so với cùng kỳ.")
    assert facts[0][2:] == ("month", None, 9)


def test_size_of_a_named_cluster_in_brackets_keeps_no_period() -> None:
    # The year of the sentence before is not the period of a cluster's size given in brackets.
    text = (
        "Cụm công nghiệp phía Bắc đã khởi công xây dựng hạ tầng từ cuối năm 2023. "
        "Các cụm công nghiệp khác như: Tân Lập (huyện A, 36ha), Đồng Tâm (huyện B, 22ha) đang hoàn thiện thủ tục."
    )
    areas = [f for f in _periods(text) if f[0] == "cluster_area"]
    assert [a[1] for a in areas] == [36.0, 22.0]
    assert all(a[2] is None and a[3] is None for a in areas)


def test_sizes_listed_under_a_plan_keep_its_horizon() -> None:
    text = "Tổng diện tích đất các KCN đến năm 2030 là 500ha, gồm: KCN Tân Phú (200ha), KCN Hòa Bình (300ha)."
    areas = [f for f in _periods(text) if f[0] == "industrial_park_area" and f[1] in (200.0, 300.0)]
    assert len(areas) == 2
    assert all(a[2] == "target" and a[3] == 2030 for a in areas)
