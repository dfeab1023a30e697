"""Rules of the pass on blind11's values missed or spurious (w12v11): each fails on the code
before it (README.md "Sixth pass, blind11's values missed or spurious (w12v11)"). The
sentences are written for these tests."""

from __future__ import annotations

from provind.extraction import extract_facts
from tests.extraction.readings import indicator_value_unit as _values


def test_output_of_parks_clusters_and_a_processing_industry_is_industrial_output() -> None:
    parks = "Năm 2023, giá trị sản xuất tại các khu công nghiệp đạt 52.300 tỷ đồng, tăng 9%."
    assert ("industrial_output_value", 52_300e9, "VND") in _values(parks)
    clusters = "Giá trị sản xuất tại các cụm, điểm công nghiệp hàng năm ước đạt 75 tỷ đồng."
    assert ("industrial_output_value", 75e9, "VND") in _values(clusters)
    processing = "Năm qua, giá trị sản xuất ngành chế biến thủy sản ước đạt 2.100 tỷ đồng."
    assert ("industrial_output_value", 2_100e9, "VND") in _values(processing)


def test_bare_output_value_in_a_sentence_on_industry() -> None:
    text = (
        "Trong tháng 4/2012, hoạt động sản xuất công nghiệp của tỉnh tiếp tục ổn định với giá trị "
        "sản xuất ước đạt 520,4 tỷ đồng, tăng 8,2%."
    )
    assert _values(text) == [("industrial_output_value", 520.4e9, "VND")]
    # Industry and construction together is a sector of the economy, not industry's output.
    sector = "Đối với khu vực công nghiệp và xây dựng, tổng giá trị sản xuất 6 tháng đạt 3.100 tỷ đồng."
    assert ("industrial_output_value", 3_100e9, "VND") not in _values(sector)


def test_older_ownership_names_are_parts_of_output() -> None:
    text = (
        "Quý 1/2012, giá trị sản xuất công nghiệp ước đạt 1.250 tỷ đồng, tăng 7%. Tính riêng các "
        "thành phần kinh tế, kinh tế quốc doanh ước đạt 310 tỷ đồng, kinh tế dân doanh đạt 900 tỷ đồng."
    )
    parts = [(f.indicator, f.value, f.breakdown) for f in extract_facts(text) if f.breakdown]
    assert parts == [
        ("industrial_output_value", 310e9, "kinh tế quốc doanh"),
        ("industrial_output_value", 900e9, "kinh tế dân doanh"),
    ]


def test_social_investment_parts_named_by_their_source() -> None:
    text = (
        "Tổng vốn đầu tư phát triển trên địa bàn tỉnh năm 2021 đạt khoảng 21.500 tỷ đồng, trong đó: "
        "vốn đầu tư thuộc ngân sách Nhà nước 5.200 tỷ đồng, tăng 12%, vốn đầu tư của doanh nghiệp "
        "ngoài nhà nước và dân cư 15.100 tỷ đồng, tăng 9%, vốn đầu tư trực tiếp nước ngoài 1.200 tỷ "
        "đồng, tăng 4%."
    )
    assert [i for i, _, _ in _values(text)] == ["social_investment"] * 4


def test_growth_of_then_in_brackets_after_grdp_is_a_growth_rate() -> None:
    text = (
        "Tổng sản phẩm trên địa bàn tỉnh (GRDP) 6 tháng năm 2019 ước đạt 6.120 tỷ đồng, tăng 7,1% "
        "so với cùng kỳ năm trước (6,4%)."
    )
    assert ("grdp_growth", 6.4, "%") in _values(text)
    assert ("grdp", 6.4, "%") not in _values(text)
