"""Rules from tuning on blind26 (issue 12, w12t26): plans beside results, targets spelled out."""

from __future__ import annotations

from provind.extraction import extract_facts


def _plan_rows(text: str) -> list[tuple[str, float | None, str | None, float | None]]:
    return [(f.indicator, f.value, f.status, None if f.change is None else f.change.value) for f in extract_facts(text)]


def test_plan_in_brackets_after_a_levels_growth_is_its_planned_growth() -> None:
    text = (
        "Năm 2023, tổng mức bán lẻ hàng hóa đạt 48.100 tỷ đồng, tăng 10,5% so với cùng kỳ (kế hoạch năm 9,2%); "
        "kim ngạch xuất khẩu đạt 2,4 tỷ USD, tăng 6,1% so với cùng kỳ (kế hoạch năm 5%)."
    )
    rows = _plan_rows(text)
    assert ("retail_sales_services", None, "plan", 9.2) in rows
    assert ("export_value", None, "plan", 5) in rows
    assert not [r for r in rows if r[0] == "other"]


def test_figure_after_a_plan_aside_keeps_the_status_of_the_figure_before() -> None:
    text = (
        "Năm 2023, các chỉ tiêu của ngành đều đạt kế hoạch. Cụ thể, giá trị sản xuất công nghiệp đạt 30.200 tỷ "
        "đồng, tăng 11% so với cùng kỳ (kế hoạch năm 9%); tổng mức bán lẻ hàng hóa đạt 48.100 tỷ đồng, tăng "
        "10,5% so với cùng kỳ."
    )
    rows = _plan_rows(text)
    assert ("industrial_output_value", 30200000000000, "actual", 11) in rows
    assert ("retail_sales_services", 48100000000000, "actual", 10.5) in rows


def test_figures_spelled_out_after_targets_set_are_plans() -> None:
    text = (
        "Theo đó, nghị quyết đã đề ra một số chỉ tiêu chủ yếu của tỉnh trong năm 2025. Cụ thể như: tốc độ "
        "tăng trưởng GRDP đạt 8,5%; thu ngân sách nhà nước đạt 12.400 tỷ đồng. Kim ngạch xuất khẩu đạt 1.800 "
        "triệu USD."
    )
    assert [f.status for f in extract_facts(text)] == ["plan", "plan", "plan"]


def test_figures_spelled_out_after_targets_met_stay_results() -> None:
    text = (
        "Năm 2024, các chỉ tiêu của ngành đều đạt và vượt kế hoạch đề ra. Cụ thể, tổng mức bán lẻ hàng hóa "
        "đạt 48.100 tỷ đồng, tăng 10,5%; kim ngạch xuất khẩu đạt 2,4 tỷ USD."
    )
    assert [f.status for f in extract_facts(text)] == ["actual", "actual"]


def test_places_spelled_out_after_a_target_set_are_plans() -> None:
    text = (
        "Theo phụ lục Nghị quyết, nhiều địa phương được đặt mục tiêu tăng trưởng GRDP từ 10% trở lên.\nCụ "
        "thể, vùng Đồng bằng sông Hồng: Quảng Ninh: 12%; Hải Dương: 10,2%. Vùng Tây Nguyên: Kon Tum: 10%; "
        "Gia Lai: 10,5%."
    )
    statuses = [(f.value, f.status) for f in extract_facts(text) if f.indicator == "grdp_growth"]
    assert sorted(statuses) == [(10.0, "plan"), (10.2, "plan"), (10.5, "plan"), (12.0, "plan")]


def test_results_of_a_year_before_the_planned_one_are_not_its_parts() -> None:
    text = (
        "HĐND tỉnh đã thông qua Nghị quyết về phát triển kinh tế - xã hội năm 2025 với mục tiêu tăng trưởng "
        "đạt 8% trở lên.\nNăm 2024, có 3 địa phương trong vùng tăng trưởng hai con số, gồm: Hải Phòng "
        "11,01%, Hà Nam 10,93%, Nam Định 10,01%."
    )
    rows = [(f.value, f.status, f.period.year) for f in extract_facts(text) if f.indicator == "grdp_growth"]
    assert (8, "plan", 2025) in rows
    assert (11.01, "actual", 2024) in rows
    assert (10.01, "actual", 2024) in rows


def test_tong_nguon_dau_tu_toan_xa_hoi_is_social_investment() -> None:
    facts = extract_facts("Năm 2024, tổng nguồn đầu tư phát triển toàn xã hội đạt 106.000 tỷ đồng.")
    assert [(f.indicator, f.value) for f in facts] == [("social_investment", 106000000000000)]


def test_task_month_named_after_the_report_month_does_not_date_the_report() -> None:
    text = (
        "Giám đốc Sở báo cáo tình hình kinh tế - xã hội tháng 02, nhiệm vụ trọng tâm tháng 3 năm 2023. Chỉ số "
        "sản xuất công nghiệp tháng tăng 5,74% so cùng kỳ."
    )
    periods = [(f.period.kind, f.period.year, f.period.month) for f in extract_facts(text)]
    assert periods == [("month", 2023, 2)]


def test_task_year_named_after_the_year_reviewed_does_not_date_the_review() -> None:
    text = (
        "Sở Công Thương tổ chức hội nghị tổng kết công tác năm 2023 và triển khai nhiệm vụ năm 2024. "
        "Chỉ số sản xuất công nghiệp ước tăng 6,2% so cùng kỳ."
    )
    assert [f.period.year for f in extract_facts(text)] == [2023]


def test_the_year_a_multiple_is_of_does_not_date_what_follows() -> None:
    text = (
        "Năm 2025, tỉnh thu hút 7 dự án FDI với tổng vốn đăng ký hơn 622 triệu USD, gấp gần 6 lần năm 2024. "
        "Cùng với đó, tỉnh chấp thuận chủ trương cho 172 dự án trong nước với tổng vốn hơn 113.400 tỷ đồng."
    )
    assert {f.period.year for f in extract_facts(text)} == {2025}


def test_a_level_set_out_for_someone_is_a_plan() -> None:
    text = (
        "Hai trung tâm kinh tế lớn có mức tăng trưởng GRDP năm 2025 được Chính phủ đặt ra ở mức thấp hơn, "
        "lần lượt là 8% và 8,5%."
    )
    assert [(f.value, f.status) for f in extract_facts(text)] == [(8, "plan"), (8.5, "plan")]


def test_tong_san_pham_tren_dia_ban_per_head_is_per_capita() -> None:
    facts = extract_facts("Tổng sản phẩm trên địa bàn bình quân đầu người đến năm 2030 đạt 95 triệu đồng/người.")
    assert [(f.indicator, f.value, f.period.kind) for f in facts] == [("grdp_per_capita", 95000000, "target")]


def test_an_other_growth_of_a_subject_named_otherwise_is_its_own() -> None:
    text = (
        "Diện tích rừng trồng mới ước đạt 25.062 ha, đạt 125,31% kế hoạch. Luỹ kế tổng sản lượng thủy sản "
        "ước đạt 300.838 tấn, tăng 12,9%."
    )
    rows = [(f.value, f.unit, None if f.change is None else f.change.value) for f in extract_facts(text)]
    assert rows == [(25062, "ha", None), (None, None, 12.9)]
