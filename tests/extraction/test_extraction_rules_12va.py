"""Rules of the fifth pass on values missed or spurious (w12va): each fails on the code before
it (README.md "Fifth pass, values (w12va)"). The sentences are written for these tests."""

from __future__ import annotations

from provind.extraction import extract_facts
from tests.extraction.readings import indicator_value_unit as _values


def test_a_part_lowering_the_growth_gives_a_negative_contribution() -> None:
    text = (
        "Tính chung 6 tháng năm 2024, chỉ số sản xuất toàn ngành công nghiệp tăng 8,1% so với cùng kỳ. "
        "Trong đó, ngành chế biến, chế tạo tăng 9,2%, đóng góp 8,5 điểm phần trăm; ngành khai khoáng "
        "giảm 12,4%, làm giảm 0,3 điểm phần trăm mức tăng chung; ngành cung cấp nước tăng 3%, làm tăng "
        "0,1 điểm phần trăm."
    )
    facts = extract_facts(text)
    points = [(f.indicator, f.value, f.change) for f in facts if f.unit == "pp"]
    assert points == [("other", 8.5, None), ("other", -0.3, None), ("other", 0.1, None)]
    mining = next(f for f in facts if f.value == -12.4)
    assert mining.indicator == "iip"
    assert not mining.extra_changes


def test_visits_counted_are_count_facts() -> None:
    text = (
        "Quý I/2024, tổng lượt khách du lịch đến tỉnh ước đạt 2,4 triệu lượt, tổng thu từ du lịch đạt "
        "1.900 tỷ đồng. Tỉnh đã tiếp 35 lượt nhà đầu tư đến tìm hiểu cơ hội."
    )
    counts = [(f.value, f.unit) for f in extract_facts(text) if f.unit == "count"]
    assert counts == [(2_400_000, "count"), (35, "count")]


def test_a_page_counter_is_no_visit_count() -> None:
    assert _values("Bắc Ninh: sản xuất công nghiệp tháng 4 12/04/2024 08:10 5 lượt xem") == []


def test_groups_meeting_a_condition_are_counted() -> None:
    text = (
        "Tính chung 9 tháng, chỉ số sản xuất công nghiệp giảm 3,5%. Có 12/22 ngành cấp 2 có chỉ số sản "
        "xuất giảm, 9 ngành có chỉ số tăng. Toàn tỉnh có 60/75 xã đạt chuẩn nông thôn mới, 4 xã đạt "
        "chuẩn kiểu mẫu."
    )
    counts = [(f.indicator, f.value, f.of) for f in extract_facts(text) if f.unit == "count"]
    assert counts == [("other", 12, 22), ("other", 9, None), ("other", 60, 75), ("other", 4, None)]


def test_a_fixed_group_stays_the_subject_of_its_figures() -> None:
    # "4 ngành công nghiệp trọng điểm" names a group: no count, and its growth is still read.
    text = (
        "Năm 2023, chỉ số sản xuất công nghiệp tăng 7,2%. Trong đó, 4 ngành công nghiệp trọng điểm tăng "
        "9,6%; ngành cơ khí tăng 12,1%."
    )
    facts = extract_facts(text)
    assert all(f.unit != "count" for f in facts)
    assert [(f.indicator, f.value) for f in facts] == [("iip", 7.2), ("iip", 9.6), ("iip", 12.1)]


def test_members_named_after_a_counted_group_keep_their_indicator() -> None:
    text = (
        "Tính chung 9 tháng, IIP toàn ngành công nghiệp giảm 6,2%.\n"
        "Có 11/20 ngành cấp 2 có chỉ số sản xuất giảm, như: sản xuất thiết bị điện giảm 21,5%; "
        "in, sao chép bản ghi các loại giảm 14,2%."
    )
    facts = extract_facts(text)
    assert [(f.indicator, f.value) for f in facts] == [("iip", -6.2), ("other", 11), ("iip", -21.5), ("iip", -14.2)]


def test_counts_of_different_things_of_one_value_are_two_figures() -> None:
    text = "6 tháng đầu năm 2025, tỉnh cấp chủ trương đầu tư cho 3 dự án; có 3 xã đạt chuẩn nông thôn mới kiểu mẫu."
    assert [(f.value, f.phrase) for f in extract_facts(text)] == [(3, "dự án"), (3, "xã")]


def test_a_sentence_under_the_headline_is_body_not_headline() -> None:
    # The headline rounds the body's growth; the body line, ending in a full stop, is no second
    # headline line even when a short line follows it, so the rounded copy is dropped.
    text = (
        "Lạng Sơn: Kim ngạch xuất khẩu tăng hơn 21% trong 6 tháng\n\n"
        "Kim ngạch xuất khẩu của tỉnh 6 tháng đầu năm 2022 ước đạt 210,4 triệu USD, tăng 21,4% so với cùng kỳ.\n"
        "Lạng Sơn mời gọi đầu tư vào khu đô thị mới\n"
    )
    facts = extract_facts(text)
    assert [(f.value, f.change.value if f.change else None) for f in facts] == [(210_400_000, 21.4)]


def test_a_range_of_percentages_with_the_unit_twice_is_one_figure() -> None:
    text = "Tỉnh dự báo tăng trưởng kinh tế quý II năm 2025 đạt mức từ 9,15% đến 9,4%."
    assert [(f.indicator, f.value, f.value_max) for f in extract_facts(text)] == [("grdp_growth", 9.15, 9.4)]


def test_two_percentages_without_from_are_two_figures() -> None:
    text = "Năm 2023, chỉ số sản xuất công nghiệp tăng 6,1%, tháng 12 tăng 4,3% - 2 ngành giảm."
    assert [f.value for f in extract_facts(text) if f.unit == "%"] == [6.1, 4.3]


def test_a_growth_without_the_price_rise_is_no_figure_of_its_own() -> None:
    text = (
        "Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng 9 tháng năm 2023 ước đạt 61.200 tỷ đồng, "
        "tăng 10,6% so với cùng kỳ, nếu loại trừ yếu tố giá thì tăng 7,9% (cùng kỳ năm trước tăng 8,2%)."
    )
    changes = [f.change.value for f in extract_facts(text) if f.change]
    assert 7.9 not in changes
    assert changes[0] == 10.6


def test_a_count_inside_the_subject_keeps_the_amount_after_it() -> None:
    text = "Năm 2023, tỉnh cấp mới 15 dự án FDI. Tổng vốn đăng ký của 15 dự án FDI đạt 320 triệu USD."
    facts = extract_facts(text)
    assert [(f.indicator, f.value, f.unit) for f in facts] == [
        ("other", 15, "count"),
        ("fdi_capital", 320_000_000, "USD"),
    ]


def test_figures_of_a_picture_caption_are_not_read() -> None:
    text = (
        "Chỉ số sản xuất công nghiệp tháng 5 tăng 6,8%\n\n"
        "Chỉ số sản xuất công nghiệp tháng 5/2024 của tỉnh ước tăng 6,8% so với cùng kỳ.\n\n"
        "Chi so san xuat cong nghiep thang 5 tang 9% - Anh 1\n\n"
        "Kim ngạch xuất khẩu tháng 5/2024 đạt 120 triệu USD - Ảnh 1.\n"
    )
    assert [f.value for f in extract_facts(text)] == [6.8]


def test_a_headline_rounding_a_first_quarter_figure_of_a_place_is_dropped() -> None:
    text = (
        "Ba tháng, vùng Tây Nguyên có gần 2.100 doanh nghiệp gia nhập thị trường\n"
        "Quý I/2023, toàn vùng Tây Nguyên có 2.064 doanh nghiệp gia nhập thị trường, tăng 5% so với cùng kỳ.\n"
    )
    assert [f.value for f in extract_facts(text)] == [2064]


def test_a_headline_without_a_place_rounds_the_figure_of_the_place_named_in_the_body() -> None:
    text = (
        "6 tháng, gần 1.500 doanh nghiệp thành lập mới\n"
        "Trong 6 tháng đầu năm 2023, tỉnh Gia Lai có 1.476 doanh nghiệp thành lập mới, tăng 5% so với cùng kỳ.\n"
    )
    assert [(f.value, f.region) for f in extract_facts(text)] == [(1476, "Gia Lai")]


def test_a_count_after_a_rise_is_the_change_of_the_count_before_it() -> None:
    text = "Năm 2019, tỉnh cấp mới 48 dự án FDI, giảm 6 dự án so với năm trước."
    facts = extract_facts(text)
    assert [(f.value, f.unit) for f in facts] == [(48, "count")]
    change = facts[0].change
    assert change is not None
    assert (change.value, change.unit, change.direction, change.basis) == (6, "count", "down", "yoy")


def test_a_count_raised_by_a_verb_of_its_own_is_still_a_count() -> None:
    text = "Năm 2019, tỉnh cấp mới 48 dự án FDI; điều chỉnh tăng vốn cho 12 dự án."
    assert [f.value for f in extract_facts(text)] == [48, 12]


def test_projects_abbreviated_da_are_counted() -> None:
    text = "Quý 1/2022, tỉnh cấp giấy chứng nhận đầu tư cho 14 DA mới và 5 DA tăng vốn."
    assert [(f.value, f.unit) for f in extract_facts(text)] == [(14, "count"), (5, "count")]


def test_an_amount_raised_by_against_last_year_is_the_change_of_the_indicator_before_it() -> None:
    text = (
        "Năm 2016, tỉnh cấp mới 52 dự án có vốn đầu tư trực tiếp nước ngoài (FDI) với số vốn đăng ký "
        "610 triệu USD, tăng 4 dự án và vốn đăng ký tăng 120 triệu USD so với năm trước."
    )
    facts = extract_facts(text)
    assert [(f.indicator, f.value) for f in facts] == [("other", 52), ("fdi_capital", 610_000_000)]
    change = facts[1].change
    assert change is not None
    assert (change.value, change.unit, change.direction) == (120_000_000, "USD", "up")


def test_the_total_capital_spelled_with_so_names_the_amount() -> None:
    text = "Năm 2024, thu hút FDI ước đạt 178,3 triệu USD; trong đó, cấp mới 30 dự án với tổng số vốn 134,4 triệu USD."
    assert [f.value for f in extract_facts(text)] == [178_300_000, 30, 134_400_000]


def test_a_lowering_contribution_has_the_status_of_the_growth_it_follows() -> None:
    text = (
        "Chỉ số sản xuất công nghiệp 5 tháng năm 2025 ước tăng 9,4% so với cùng kỳ. "
        "Trong đó, ngành khai khoáng giảm 4,2%, làm giảm 0,1 điểm phần trăm."
    )
    assert [(f.value, f.status) for f in extract_facts(text)] == [
        (9.4, "estimate"),
        (-4.2, "estimate"),
        (-0.1, "estimate"),
    ]


def test_a_month_written_as_a_word_before_a_unit_is_no_amount() -> None:
    # "tháng Chín" is read as "tháng 9"; the unit after it belongs to a table, not to the 9.
    assert _values("Kim ngạch nhập khẩu tháng Chín tr.USD") == []
    assert _values("Nhập khẩu tháng 9 đạt 14 tr.USD.") == [("import_value", 14_000_000, "USD")]


def test_a_count_threshold_of_counted_places_is_no_figure() -> None:
    text = (
        "Năm 2020, có 8/20 địa phương có số doanh nghiệp thành lập mới lớn (trên 2000 doanh nghiệp) "
        "giảm so với năm 2019."
    )
    assert [(f.value, f.of) for f in extract_facts(text)] == [(8, 20)]
