"""Rules for facts missed or spurious on blind14 (issue 12, w12v14)."""

from __future__ import annotations

from provind.extraction import extract_facts


def _facts(text: str) -> list[tuple[str, float | None, str | None]]:
    return [(f.indicator, f.value, f.unit) for f in extract_facts(text)]


def test_lodging_and_catering_revenue_without_dich_vu_is_retail_part() -> None:
    # "Doanh thu lưu trú, ăn uống ..." (no "dịch vụ") is retail's part, as "doanh thu dịch vụ
    # lưu trú, ăn uống" already was.
    text = (
        "Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tháng 11-2021 ước đạt 12.339,23 tỉ đồng. "
        "Doanh thu lưu trú, ăn uống, du lịch và dịch vụ tháng 11 ước đạt 1.151,02 tỉ đồng, "
        "tăng 7,35% so với tháng trước."
    )
    assert ("retail_sales_services", 1151020000000.0, "VND") in _facts(text)


def test_revenue_of_hoat_dong_lu_hanh_is_retail_part() -> None:
    text = (
        "Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng tăng 8,1%. "
        "Doanh thu hoạt động lữ hành giảm 75,9%, doanh thu hoạt động lưu trú giảm 73,6%."
    )
    facts = [(f.indicator, f.change.value if f.change else None) for f in extract_facts(text)]
    assert ("retail_sales_services", 75.9) in facts
    assert ("retail_sales_services", 73.6) in facts


def test_balance_in_deficit_is_negative() -> None:
    text = "Cán cân thương mại hàng hóa trong kỳ 1 tháng 5-2016 thâm hụt 570 triệu USD."
    assert ("trade_balance", -570000000.0, "USD") in _facts(text)


def test_balance_in_surplus_stays_positive() -> None:
    text = "Cán cân thương mại hàng hóa của cả nước từ đầu năm thặng dư 1,23 tỷ USD."
    assert ("trade_balance", 1230000000.0, "USD") in _facts(text)


def test_share_of_the_plan_with_a_change_is_no_level() -> None:
    text = "Thu ngân sách nhà nước đạt hơn 52,8% so với dự toán, tăng 1,89% so với cùng kỳ."
    facts = [f for f in extract_facts(text) if f.indicator == "budget_revenue"]
    assert len(facts) == 1
    fact = facts[0]
    assert fact.value is None
    assert fact.unit is None
    assert fact.plan_attainment[0]["value"] == 52.8
    assert fact.change is not None
    assert (fact.change.value, fact.change.unit) == (1.89, "%")


def test_share_of_the_plan_alone_stays_the_figure() -> None:
    # No change: the attainment is the only figure, in ``plan_attainment``; (w14d) no level,
    # so no value (SCHEMA.md; blind10, blind18, blind30, and blind7, blind13 mended).
    text = "Thu ngân sách nhà nước đạt 36,6% dự toán năm."
    facts = [f for f in extract_facts(text) if f.indicator == "budget_revenue"]
    assert facts
    assert facts[0].value is None
    assert facts[0].plan_attainment[0]["value"] == 36.6


def test_revenue_from_crude_oil_is_budget_revenue() -> None:
    text = (
        "Tổng thu ngân sách trên địa bàn là 109.800 tỷ đồng, tăng 25,2% so cùng kỳ. Cụ thể, thu dầu thô "
        "đạt 268,1% dự toán và bằng 177,5% so với cùng kỳ 2021."
    )
    facts = [(f.indicator, f.change.value if f.change else None) for f in extract_facts(text)]
    assert ("budget_revenue", 77.5) in facts


_RETAIL_GROUPS = (
    "Doanh thu bán lẻ hàng hóa ước đạt 8.642,53 tỉ đồng, tăng 2,68% so với tháng trước. "
    "Trong 12 nhóm ngành hàng, có 6 nhóm tăng và 6 nhóm giảm so với tháng trước. "
    "{}, ngành bán lẻ lương thực, thực phẩm tăng 25,48% so với tháng trước và tăng 11,71% so với "
    "cùng kỳ năm 2022; hàng may mặc tăng 19,47% so với tháng trước."
)


def test_don_cu_introduces_parts_of_the_whole() -> None:
    facts = [
        (f.indicator, f.change.value if f.change else None) for f in extract_facts(_RETAIL_GROUPS.format("Đơn cử"))
    ]
    assert ("retail_sales_services", 11.71) in facts
    assert ("retail_sales_services", 19.47) in facts


def test_eth_is_read_as_d_with_stroke() -> None:
    # "Ðơn cử" written with the Icelandic eth (U+00D0), as Cần Thơ's paper does.
    facts = [
        (f.indicator, f.change.value if f.change else None) for f in extract_facts(_RETAIL_GROUPS.format("\u00d0ơn cử"))
    ]
    assert ("retail_sales_services", 11.71) in facts


def test_chang_han_introduces_parts_of_the_whole() -> None:
    facts = [
        (f.indicator, f.change.value if f.change else None)
        for f in extract_facts(_RETAIL_GROUPS.format("Chẳng hạn như"))
    ]
    assert ("retail_sales_services", 11.71) in facts


def test_clusters_whose_investment_is_being_prepared_are_no_cluster_count() -> None:
    text = (
        "Đồng Nai có 28 cụm công nghiệp. Có 8 cụm công nghiệp đã đi vào hoạt động. "
        "Còn lại 20 cụm công nghiệp đang tiến hành lập các thủ tục đầu tư."
    )
    facts = _facts(text)
    assert ("cluster_count", 28.0, "count") in facts
    assert ("other", 20.0, "count") in facts


def test_clusters_done_to_a_stage_are_no_cluster_count() -> None:
    # Dev's convention (r112, r129): clusters filled, or whose infrastructure or detailed plan is
    # done, are `other` counts; the clusters themselves are the 50.
    text = (
        "Toàn tỉnh có 50 cụm công nghiệp, trong đó 9 cụm công nghiệp đã lấp đầy, 11 cụm công nghiệp "
        "đã thực hiện đầu tư hạ tầng, 13 cụm công nghiệp đã lập và phê duyệt quy hoạch chi tiết."
    )
    facts = _facts(text)
    assert ("cluster_count", 50.0, "count") in facts
    assert [f for f in facts if f[0] == "cluster_count"] == [("cluster_count", 50.0, "count")]
    assert {("other", 9.0, "count"), ("other", 11.0, "count"), ("other", 13.0, "count")} <= set(facts)


def test_workers_in_industrial_firms_without_dang_is_the_employment_index() -> None:
    text = (
        "Tháng 11/2025, IIP tăng 2,3% so với tháng trước và 10,8% so với cùng kỳ; "
        "lao động trong doanh nghiệp công nghiệp tăng 1%."
    )
    assert ("employment", 1.0, "%") in _facts(text)
    assert ("iip", 1.0, "%") not in _facts(text)


def test_clusters_with_a_detailed_plan_drawn_up_stay_counted() -> None:
    # blind6: "17 CCN được lập quy hoạch chi tiết" is a count of the clusters.
    text = "Trên địa bàn tỉnh đã có 17 CCN được lập quy hoạch chi tiết để thu hút đầu tư."
    assert ("cluster_count", 17.0, "count") in _facts(text)


def test_national_short_form_of_retail_sales() -> None:
    text = "Tổng bán lẻ và dịch vụ tiêu dùng đạt 601,2 nghìn tỷ đồng, tăng 7,1% so với cùng kỳ."
    assert ("retail_sales_services", 601200000000000.0, "VND") in _facts(text)
