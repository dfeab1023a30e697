"""Period rules of the blind19 attribute pass (w12t19): each fails on the code before it
(README.md "blind19 attributes (w12t19)")."""

from __future__ import annotations

from provind.extraction import extract_facts


def _periods(text: str, region: str = "Khánh Hòa") -> list[tuple[str, float | None, str | None, int | None]]:
    return [(f.indicator, f.value, f.period.kind, f.period.year) for f in extract_facts(text, region=region)]


def test_same_month_of_a_named_year_dates_the_month() -> None:
    # "so với tháng 1-2019" compares January with January of 2019: the month is of 2020,
    # and so are the sentences after it that name no year.
    text = (
        "Tháng 1, chỉ số sản xuất công nghiệp giảm 2,37% so với tháng trước và tăng 7,86% so với tháng 1-2019. "
        "So với cùng kỳ năm trước, ngành khai khoáng tăng 6,13%."
    )
    years = {year for _, _, _, year in _periods(text)}
    assert years == {2020}


def test_a_heading_over_two_years_dates_neither() -> None:
    text = (
        "Thành tựu kinh tế - xã hội năm 2020; các chỉ tiêu nhiệm vụ phát triển kinh tế - xã hội năm 2021\n"
        "Cập nhật lúc19:52, Thứ Năm, 31/12/2020 (GMT+7)\n\n"
        "I. Thành tựu kinh tế - xã hội năm 2020\n\n"
        "Năm 2020, kinh tế - xã hội của tỉnh vẫn giữ được ổn định và phát triển.\n\n"
        "Trong đó:\n\n"
        "1. Giá trị hàng xuất khẩu ước đạt 2,2 tỷ USD, tăng 9,7% so với năm 2019.\n\n"
        "2. Giá trị hàng nhập khẩu ước đạt gần 1,2 tỷ USD, tăng 9,2% so với năm 2019.\n\n"
        "3. Tổng mức bán lẻ hàng hóa và dịch vụ tiêu dùng xã hội ước tăng 11% so với năm 2019.\n"
    )
    out = _periods(text, region="Nam Định")
    assert out
    assert all(year == 2020 for _, _, _, year in out), out


def test_month_end_level_compared_is_a_stock() -> None:
    text = (
        "Tháng 3/2019, chỉ số sản xuất công nghiệp tăng 6,3% so với cùng kỳ. Chỉ số sử dụng lao động đang làm việc "
        "trong các doanh nghiệp công nghiệp đến cuối tháng 3 ước tính tăng 2,8% so với cùng kỳ năm trước."
    )
    facts = [f for f in extract_facts(text, region="Quảng Nam") if f.indicator == "employment"]
    assert [(f.period.kind, f.period.month, f.period.months) for f in facts] == [("ytd", 3, None)]


def test_cumulative_count_to_a_month_end_is_a_stock() -> None:
    text = "Lũy kế đến hết tháng 9/2020, toàn tỉnh có 402 dự án FDI với tổng vốn đầu tư đăng ký 5,77 tỷ USD."
    out = [(f.period.kind, f.period.month, f.period.months) for f in extract_facts(text, region="Vĩnh Phúc")]
    assert out
    assert set(out) == {("ytd", 9, None)}


def test_span_from_january_of_a_named_year() -> None:
    text = (
        "Từ tháng 1/2020 đến hết tháng 9/2020 có 42 dự án đầu tư trực tiếp trong nước được cấp giấy chứng nhận "
        "đăng ký đầu tư với tổng vốn đăng ký gần 7.000 tỷ đồng."
    )
    out = [(f.period.kind, f.period.month, f.period.months) for f in extract_facts(text, region="Vĩnh Phúc")]
    assert out
    assert set(out) == {("ytd", 9, 9)}


def test_parts_of_an_estimated_whole_are_estimated() -> None:
    text = (
        "Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng tháng 3/2020 ước đạt 2.362,56 tỷ đồng, giảm 1,93% "
        "so với cùng kỳ năm trước; trong đó: doanh thu bán lẻ hàng hóa 2.098,20 tỷ đồng, tăng 2,16% so với cùng kỳ "
        "năm trước; doanh thu lưu trú và ăn uống 185,17 tỷ đồng, giảm 27,47%."
    )
    facts = extract_facts(text, region="Quảng Trị")
    assert len(facts) == 3
    assert {f.status for f in facts} == {"estimate"}
