"""Rules of the twelfth-set values pass (w12v12): each fails on the code before it
(README.md "Seventh pass, blind12's values missed or spurious (w12v12)")."""

from __future__ import annotations

from provind.extraction import extract_facts


def _facts(text: str) -> list[tuple[str, float | None]]:
    return [
        (f.indicator, f.value if f.value is not None else (f.change.value if f.change else None))
        for f in extract_facts(text)
    ]


def test_industries_after_a_share_described_with_voi_are_parts_of_the_index() -> None:
    text = (
        "Lũy kế 10 tháng của năm 2016, chỉ số sản xuất ngành công nghiệp tăng 7% so cùng kỳ năm 2015. "
        "Trong ngành công nghiệp chế biến, chế tạo có những ngành sản xuất chiếm tỷ trọng lớn với tốc độ "
        "tăng khá so với bình quân chung như sản xuất thuốc lá tăng 7,9%; sản xuất trang phục tăng 24,6%."
    )
    facts = _facts(text)
    assert ("iip", 7.9) in facts
    assert ("iip", 24.6) in facts


def test_industries_listed_with_their_growth_in_brackets_are_parts_of_the_index() -> None:
    text = (
        "Tính chung 7 tháng năm 2024, chỉ số sản xuất công nghiệp của Hải Dương tăng 14,1% so với cùng kỳ "
        "năm 2023. Một số ngành chiếm tỷ trọng lớn có chỉ số tăng cao là sản xuất sản phẩm điện tử "
        "(tăng 11,4%), sản xuất xe có động cơ (tăng 13,4%), may mặc (tăng 13,3%)."
    )
    facts = _facts(text)
    assert ("iip", 11.4) in facts
    assert ("iip", 13.4) in facts


def test_a_rate_with_its_minus_sign_in_brackets_is_a_fall() -> None:
    text = (
        "IIP của tỉnh tháng 5 giảm 13,49% so với cùng kỳ. Nguyên nhân là do 14/24 ngành cấp 2 có chỉ số "
        "sản xuất giảm so với tháng cùng kỳ, một số ngành giảm nhiều như: Sản xuất trang phục (-29,19%); "
        "giấy và sản phẩm từ giấy (-8,59%)."
    )
    facts = _facts(text)
    assert ("iip", -29.19) in facts
    assert ("iip", -8.59) in facts


def test_a_sentence_of_examples_lists_the_industries_the_sentence_before_announced() -> None:
    text = (
        "Tính chung 7 tháng năm 2024, chỉ số sản xuất công nghiệp của Hải Dương tăng 14,1% so với cùng kỳ "
        "năm 2023. Bên cạnh các ngành tăng trưởng cao thì một số ngành sản xuất gặp khó do thị trường phục "
        "hồi chậm. Đó là sản xuất xi măng, gạch ngói giảm 6,3%, sửa chữa, bảo dưỡng và lắp đặt máy móc, "
        "thiết bị giảm 2,2%."
    )
    facts = _facts(text)
    assert ("iip", -6.3) in facts
    assert ("iip", -2.2) in facts


def test_a_plan_attained_by_a_level_in_tonnes_is_no_value() -> None:
    text = (
        "Năm 2019, các sản phẩm chủ yếu: sản lượng chế biến tôm ước đạt 157.419 tấn, đạt 109,39% kế "
        "hoạch, tăng 5,45% so cùng kỳ; Sản lượng khí thô thương phẩm ước đạt 1.949 triệu m3, đạt 97,45% "
        "kế hoạch, tăng 7,26% so với cùng kỳ."
    )
    facts = _facts(text)
    assert ("other", 109.39) not in facts
    assert [(f.indicator, f.value, f.change.value if f.change else None) for f in extract_facts(text)] == [
        ("other", None, 5.45),
        ("other", None, 7.26),
    ]


def test_an_industry_the_lexicon_knows_is_a_part_of_the_index_in_a_list_of_product_groups() -> None:
    text = (
        "Chỉ số sản xuất công nghiệp tháng 10 của Hà Nội tăng 8,6% so với cùng kỳ năm ngoái.\n\n"
        "Một số nhóm sản phẩm so với cùng kỳ năm ngoái tăng như công nghiệp chế biến, chế tạo tăng 9%; "
        "sản xuất và phân phối điện, khi đốt, hơi nước tăng 7,7%."
    )
    facts = _facts(text)
    assert ("iip", 9) in facts
    assert ("iip", 7.7) in facts
