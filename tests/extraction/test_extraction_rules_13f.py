"""Rules for the land of industrial parks and clusters (issue 12, session 7, w13f)."""

from __future__ import annotations

from provind.extraction import extract_facts


def _areas(text: str) -> list[tuple[str, float | None]]:
    return [(f.indicator, f.value) for f in extract_facts(text) if f.unit == "ha"]


def test_land_rented_registered_or_used_by_projects_is_other() -> None:
    # SCHEMA.md: land leased out, rented, registered or used by the projects is `other`, not
    # the parks' area nor their industrial land.
    text = (
        "Đến nay các KCN của tỉnh thu hút 212 dự án còn hiệu lực. Tổng diện tích đất thuê là "
        "1.245ha, đạt tỷ lệ lấp đầy 61,2%."
    )
    assert ("other", 1245.0) in _areas(text)
    text = "Các KCN đã thu hút 48 dự án với tổng vốn đăng ký 8.120 tỷ đồng, tổng diện tích đất đăng ký 215 ha."
    assert ("other", 215.0) in _areas(text)
    text = (
        "Từ đầu năm, Ban Quản lý các KCN đã cấp mới 21 dự án với tổng vốn đăng ký 310 triệu USD, "
        "với tổng diện tích đất sử dụng là 96,4ha."
    )
    assert ("other", 96.4) in _areas(text)


def test_industrial_land_named_as_leased_is_other_but_leasable_land_stays() -> None:
    text = (
        "Khu công nghiệp Bắc Sơn có diện tích 180ha, đất công nghiệp có thể cho thuê là 121,5ha, "
        "đất công nghiệp đã cho thuê là 74,2ha."
    )
    areas = _areas(text)
    assert ("industrial_land_area", 121.5) in areas
    assert ("other", 74.2) in areas


def test_leased_land_named_after_the_figure_is_other() -> None:
    text = "Tỷ lệ lấp đầy các KCN đạt 64,5%, với hơn 2.310 ha đất công nghiệp đã được cho thuê."
    areas = _areas(text)
    assert ("other", 2310.0) in areas
    assert not any(code == "industrial_park_area" for code, _ in areas)


def _counts(text: str) -> list[tuple[str, float | None]]:
    return [(f.indicator, f.value) for f in extract_facts(text) if f.unit == "count"]


def test_clusters_whose_infrastructure_is_being_built_are_a_stage_not_the_clusters() -> None:
    counts = _counts("Hiện nay, trên địa bàn tỉnh có 11 cụm công nghiệp đã và đang triển khai đầu tư xây dựng hạ tầng.")
    assert ("other", 11.0) in counts
    counts = _counts(
        "Toàn tỉnh có 4 CCN được phê duyệt quy hoạch chi tiết, 2 CCN đang triển khai xây dựng hạ tầng kỹ thuật."
    )
    assert ("other", 2.0) in counts
    assert not any(code == "cluster_count" for code, _ in counts)


def test_parks_whose_infrastructure_is_being_built_stay_parks() -> None:
    counts = _counts("Tỉnh có 9 KCN, trong đó 6 KCN đã đi vào hoạt động, 3 KCN đang triển khai xây dựng hạ tầng.")
    assert ("industrial_park_count", 3.0) in counts


def test_bare_khu_before_what_is_said_of_parks_counts_parks() -> None:
    counts = _counts("Tỉnh hiện có 21 khu công nghiệp đã được quy hoạch, trong đó 12 khu đi vào hoạt động.")
    assert ("industrial_park_count", 12.0) in counts
    text = "Tỉnh có 15 KCN được thành lập, phân bổ ở 3 huyện như Mỹ Hào có 7 khu với 2.110,5 ha, Văn Lâm có 5 khu."
    assert ("industrial_park_count", 7.0) in _counts(text)
    # Not other places: "3 khu đô thị".
    assert _counts("Tỉnh có 8 khu công nghiệp và 3 khu đô thị mới.") == [("industrial_park_count", 8.0)]


def test_parks_approved_or_planned_stay_parks() -> None:
    counts = _counts("Tỉnh có 9 KCN, trong đó 5 khu đã được phê duyệt quy hoạch chi tiết để xây dựng hạ tầng.")
    assert ("industrial_park_count", 5.0) in counts
    counts = _counts("Trong đó, 11 KCN được phê duyệt chủ trương đầu tư và đang giải phóng mặt bằng.")
    assert ("industrial_park_count", 11.0) in counts


def test_area_of_parks_and_clusters_together_is_other() -> None:
    text = (
        "Tỉnh mời gọi nhà đầu tư xây dựng hạ tầng ở 5 khu, cụm công nghiệp quy mô hơn 640ha. "
        "Tổng diện tích khu, cụm công nghiệp có nhà đầu tư hạ tầng là 1.020 ha. "
        "Tỉnh có 12 cụm công nghiệp với tổng diện tích 548,78ha."
    )
    areas = _areas(text)
    assert ("other", 640.0) in areas
    assert ("other", 1020.0) in areas
    assert ("cluster_area", 548.78) in areas


def test_equal_areas_of_parks_named_in_one_list_are_each_kept() -> None:
    text = (
        "Tỉnh có 6 KCN được quy hoạch, gồm: KCN Hòa Bình có diện tích 150 ha, KCN Tân Phú gần 96 ha, "
        "KCN Đông Sơn 150 ha và KCN Bắc Hà 150 ha."
    )
    areas = _areas(text)
    assert areas.count(("industrial_park_area", 150.0)) == 3


def test_clusters_established_and_working_are_operating() -> None:
    counts = _counts("Toàn tỉnh hiện có 31 CCN được thành lập và đi vào hoạt động với diện tích trên 700ha.")
    assert ("cluster_operating", 31.0) in counts


def test_parks_working_after_a_plan_word_take_no_later_period() -> None:
    text = (
        "Sau sáp nhập, tỉnh có 21 khu công nghiệp đã được quy hoạch, trong đó 12 khu đi vào hoạt động.\n"
        "Đến tháng 5.2024, các KCN này đã thu hút 160 dự án đầu tư."
    )
    facts = [f for f in extract_facts(text) if f.indicator == "industrial_park_count" and f.value == 12.0]
    assert facts
    assert facts[0].period.kind is None
    assert facts[0].period.year is None
