"""Rules of the blind23 tuning pass (w12t23): each fails on the code before it (README.md
"Tuning on blind23 (w12t23)")."""

from __future__ import annotations

from provind.extraction import extract_facts


def _facts(text: str) -> list[tuple[str, float | None, str | None, int | None, int | None]]:
    return [
        (
            f.indicator,
            f.value if f.value is not None else (f.change.value if f.change else None),
            f.period.kind,
            f.period.month,
            f.period.months,
        )
        for f in extract_facts(text)
    ]


def test_months_so_far_after_sau_are_the_period() -> None:
    text = (
        "Theo Cục Thống kê, sau 10 tháng năm 2024, chỉ số sản xuất công nghiệp trên địa bàn tỉnh tăng "
        "18,71% so với cùng kỳ năm trước."
    )
    assert _facts(text) == [("iip", 18.71, "ytd", 10, 10)]


def test_a_span_followed_by_what_went_on_in_it_is_no_period() -> None:
    # (dev r003's wording: the regression guard of the rule above; passes either way.)
    text = (
        "Chỉ số giá tiêu dùng tháng 9 so với tháng trước bắt đầu tăng nhẹ 0,01% sau 8 tháng đầu năm liên tiếp bị giảm."
    )
    assert [f[2] for f in _facts(text)] == ["month"]


def test_industries_listed_after_a_lead_sentence_are_parts_of_the_index() -> None:
    text = (
        "Theo đó, chỉ số sản xuất tháng 01/2023 của một số ngành tăng khá so với cùng kỳ năm trước. "
        "Sản xuất kim loại tăng 2,8 lần; sản xuất đồ uống tăng 52,21%; sản xuất hoá chất và sản phẩm "
        "hoá chất tăng 48,99%."
    )
    assert [f[0] for f in _facts(text)] == ["iip", "iip", "iip"]


def test_industries_after_a_lead_sentence_of_falls_are_parts_of_the_index() -> None:
    text = (
        "Một số ngành có chỉ số sản xuất tăng thấp và giảm so với cùng kỳ năm trước. Theo đó, ngành dệt "
        "giảm 65,54%; sản xuất phương tiện vận tải khác giảm 71,25%."
    )
    assert [f[0] for f in _facts(text)] == ["iip", "iip"]


def test_a_change_in_volume_exported_is_no_change_of_the_export_value() -> None:
    text = (
        "Kim ngạch xuất khẩu của tỉnh trong tháng 1-2019 đạt 50 triệu USD. Cụ thể, cà phê nhân xuất khẩu "
        "15.000 tấn, giảm 28,8% về lượng và giảm 33% về giá trị; sản phẩm ong xuất khẩu 1.000 tấn, tăng "
        "67,5% về lượng."
    )
    assert [(f[0], f[1]) for f in _facts(text)] == [
        ("export_value", 50_000_000),
        ("other", 28.8),
        ("export_value", 33),
        ("other", 67.5),
    ]


def test_industrial_production_with_du_uoc_is_the_index() -> None:
    text = "Tính chung 4 tháng đầu năm, sản xuất công nghiệp dự ước tăng 13,5% so với cùng kỳ."
    assert [(f[0], f[1]) for f in _facts(text)] == [("iip", 13.5)]


def test_power_loss_rate_is_no_electricity_figure() -> None:
    text = (
        "Năm 2017, sản lượng điện thương phẩm đạt trên 3,4 tỷ kWh, tăng 12,1% so với năm 2016. Tỷ lệ "
        "tổn thất điện năng chiếm 4,5%, giảm 1,1% so với cùng kỳ năm trước."
    )
    assert [(f[0], f[1]) for f in _facts(text)] == [("electricity", 3_400_000_000), ("other", 4.5)]


def test_price_groups_named_by_their_goods_are_parts_of_the_cpi() -> None:
    text = (
        "Chỉ số giá tiêu dùng tháng 6/2018 tăng 0,42% so với tháng 5/2018. Trong tháng có 4/11 nhóm hàng "
        "có chỉ số tăng nhẹ là nhóm may mặc, mũ, nón, giày dép tăng 0,84%; nhóm giao thông tăng 0,69%."
    )
    assert [(f[0], f[1]) for f in _facts(text) if f[0] != "other"] == [("cpi", 0.42), ("cpi", 0.84), ("cpi", 0.69)]


def test_groups_of_eleven_are_the_consumer_price_index() -> None:
    text = (
        "6/11 nhóm hàng hóa, dịch vụ có chỉ số giá giảm và giảm nhiều nhất là nhóm may mặc, mũ, nón, giày "
        "dép giảm 0,84%; nhóm đồ uống và thuốc lá giảm 0,15%.\n3 nhóm tăng giá là nhóm giao thông tăng "
        "1,11% do giá xăng dầu tăng 2,96%. Giá vàng tháng này giảm 0,86%."
    )
    # (w13d: "3 nhóm tăng giá" is a count of groups that rose, as blind28 r1105's gold and the
    # README's call on price groups have it; blind23's gold does not. The counts are left out.)
    assert [(f[0], f[1]) for f in _facts(text) if f[1] not in (6, 3)] == [
        ("cpi", -0.84),
        ("cpi", -0.15),
        ("cpi", 1.11),
        ("cpi", 2.96),
        ("other", 0.86),
    ]


def test_clusters_built_and_attracting_firms_into_operation_are_operating() -> None:
    text = (
        "Trên địa bàn tỉnh có 49 cụm công nghiệp. Trong đó có 43 CCN đã đầu tư hạ tầng và thu hút các cơ "
        "sở sản xuất vào hoạt động."
    )
    assert [(f[0], f[1]) for f in _facts(text)] == [("cluster_count", 49), ("cluster_operating", 43)]
