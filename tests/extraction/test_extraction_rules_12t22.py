"""Rules from tuning on blind22 (issue 12, w12t22): Red River delta and northern mountain texts."""

from __future__ import annotations

from provind.extraction import extract_facts
from provind.extraction.facts import Fact


def _facts(text: str) -> list[Fact]:
    return list(extract_facts(text))


def _period(f: Fact) -> tuple[str | None, int | None, int | None, int | None, int | None]:
    p = f.period
    return (p.kind, p.year, p.month, p.start_year, p.end_year)


def test_years_up_to_a_month_are_a_range() -> None:
    # "Từ năm 2016 đến tháng 6/2020": the years the span runs over (blind22 r886, blind13 r515).
    text = "Từ năm 2016 đến tháng 6/2020, giá trị xuất khẩu của các doanh nghiệp tại các KCN đạt gần 103 triệu USD."
    exports = [f for f in _facts(text) if f.indicator == "export_value"]
    assert [_period(f) for f in exports] == [("range", None, None, 2016, 2020)]


def test_the_month_of_a_meeting_dates_no_figure() -> None:
    # "Phiên họp thường kỳ tháng 9": the meeting's name, the text goes on in its "9 tháng".
    text = (
        "9 tháng đầu năm 2025, GRDP của tỉnh ước tăng 10,45%.\n\n"
        "Phiên họp thường kỳ tháng 9 của UBND tỉnh diễn ra ngày 7/10 cho thấy kinh tế khởi sắc. "
        "Quy mô nền kinh tế theo giá hiện hành đạt 248.056 tỷ đồng."
    )
    grdp = [f for f in _facts(text) if f.indicator == "grdp"]
    assert [_period(f)[:3] for f in grdp] == [("ytd", 2025, 9)]


def test_a_record_since_ever_does_not_end_the_period() -> None:
    # "tăng 3,04%, cao nhất từ trước đến nay": the figure's record, not a stock now.
    text = (
        "Năm 2022, GRDP của tỉnh tăng 8,62% so với năm 2021. Trong đó, khu vực nông - lâm - thủy sản "
        "tăng 3,04%, cao nhất từ trước đến nay; khu vực dịch vụ tăng 15,45%. "
        "Quy mô nền kinh tế đạt 81.775 tỷ đồng."
    )
    grdp = [f for f in _facts(text) if f.indicator == "grdp"]
    assert [_period(f)[:2] for f in grdp] == [("year", 2022)]


def test_modern_is_not_now() -> None:
    # "công nghiệp hóa, hiện đại hóa": no "hiện" (now) that ends the period.
    text = (
        "Trong 6 tháng đầu năm, GRDP của tỉnh tăng 10,09%. Cơ cấu kinh tế theo hướng công nghiệp hóa, "
        "hiện đại hóa, tập trung ở khu vực công nghiệp - xây dựng với tỷ lệ 46,58%."
    )
    shares = [f for f in _facts(text) if f.value == 46.58]
    assert [_period(f)[:3] for f in shares] == [("half", None, 6)]


def test_shares_listed_with_product_taxes_are_the_economys() -> None:
    # "thuế sản phẩm trừ trợ cấp sản phẩm chiếm 9,09%": GRDP's parts, no status (SCHEMA.md).
    text = (
        "Khu vực nông, lâm nghiệp và thủy sản chiếm tỷ trọng 13,72%; khu vực công nghiệp và xây dựng "
        "chiếm 40,66%; khu vực dịch vụ chiếm 36,53%; thuế sản phẩm trừ trợ cấp sản phẩm chiếm 9,09%."
    )
    shares = [f for f in _facts(text) if f.unit == "%"]
    assert len(shares) == 4
    assert all(f.status is None for f in shares)


def test_a_share_of_the_investment_has_a_status() -> None:
    # "chiếm từ 35 - 40% cơ cấu vốn đầu tư toàn xã hội": a share of the investment, not of the economy.
    text = "Vốn FDI luôn chiếm từ 35 - 40% cơ cấu vốn đầu tư toàn xã hội của tỉnh Hải Dương."
    shares = [f for f in _facts(text) if f.value == 35.0]
    assert [f.status for f in shares] == ["actual"]


def test_projects_licensed_take_the_texts_period() -> None:
    # "đã cấp phép cho 44 dự án mới": projects licensed over a period, the one named later.
    text = (
        "Cụ thể, tỉnh đã cấp phép cho 44 dự án mới với tổng vốn đăng ký là 184,5 triệu USD. "
        "Với gần 300 triệu USD vốn FDI thu hút được trong 8 tháng đầu năm 2023, tỉnh đạt 73% kế hoạch năm."
    )
    counts = [f for f in _facts(text) if f.value == 44.0]
    assert [_period(f)[:3] for f in counts] == [("ytd", 2023, 8)]
