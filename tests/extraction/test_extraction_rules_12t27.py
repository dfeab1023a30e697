"""Rules from tuning on blind27 (issue 12, w12t27): business press on provincial economies."""

from __future__ import annotations

from provind.extraction import extract_facts
from provind.extraction.facts import Fact


def _facts(text: str) -> list[Fact]:
    return list(extract_facts(text))


def _period(f: Fact) -> tuple[str | None, int | None, int | None]:
    p = f.period
    return (p.kind, p.year, p.quarter if p.kind == "quarter" else p.month)


def test_a_record_since_a_year_does_not_end_the_period() -> None:
    # "là mức tăng cao nhất của quý I kể từ năm 2020 đến nay": a record, not a stock now; the
    # provinces' growth after it is the quarter's (blind27 r1080).
    text = (
        "Tình hình kinh tế Việt Nam trong quý I năm 2025 cơ bản ổn định.\n\n"
        "Tổng sản phẩm trong nước (GDP) quý I tăng 6,93% so với cùng kỳ năm trước và là mức tăng cao "
        "nhất của quý I kể từ năm 2020 đến nay. Trong số 43 địa phương có mức tăng trưởng cao hơn mức "
        "trung bình cả nước, 5 địa phương dẫn đầu là Bắc Giang (13,82%), Hòa Bình (12,76%)."
    )
    growth = [f for f in _facts(text) if f.indicator == "grdp_growth"]
    assert [(f.value, _period(f)) for f in growth] == [
        (6.93, ("quarter", 2025, 1)),
        (13.82, ("quarter", 2025, 1)),
        (12.76, ("quarter", 2025, 1)),
    ]


def test_since_a_year_to_now_without_a_record_still_ends_the_period() -> None:
    # "Từ năm 2021 đến nay, tỉnh đã xây dựng 2 KCN mới": what the years add up to, a stock.
    text = "Năm 2023, GRDP của tỉnh tăng 7,1%. Từ năm 2021 đến nay, tỉnh đã thu hút 120 dự án."
    projects = [f for f in _facts(text) if f.unit == "count"]
    assert [_period(f) for f in projects] == [(None, None, None)]


def test_a_year_already_reported_is_no_horizon() -> None:
    # "Tính đến cuối năm 2010, có 05 KCN ... Đến năm 2010, các KCN thu hút 161 dự án": a year
    # the text has reported already (blind14 r546).
    text = (
        "Tính đến cuối năm 2010, có 05 KCN được thành lập và hoạt động, tổng diện tích 4326 ha.\n\n"
        "Đến năm 2010, các KCN thu hút 161 dự án, vốn đăng ký 641,1 triệu USD."
    )
    projects = [f for f in _facts(text) if f.value == 161]
    assert [(_period(f), f.status) for f in projects] == [(("year", 2010, None), "actual")]


def test_a_horizon_ahead_stays_a_target() -> None:
    # "Năm 2023 ... Đến năm 2030, tỉnh sẽ có 10 KCN": a year ahead of the ones reported.
    text = "Năm 2023, tỉnh có 5 khu công nghiệp. Đến năm 2030, tỉnh sẽ có 10 khu công nghiệp."
    parks = [f for f in _facts(text) if f.value == 10]
    assert [_period(f)[:2] for f in parks] == [("target", 2030)]


def test_energy_in_kwh_is_electricity() -> None:
    # "nhà máy dự kiến cung cấp khoảng 6 tỷ kWh điện mỗi năm" (blind27 r1074, r1067).
    text = "Khi đi vào hoạt động, nhà máy dự kiến cung cấp khoảng 6 tỷ kWh điện mỗi năm cho lưới điện miền Nam."
    energy = [f for f in _facts(text) if f.unit == "kWh"]
    assert [(f.indicator, f.value) for f in energy] == [("electricity", 6_000_000_000)]


def test_one_projects_total_investment_has_no_period() -> None:
    # "Trước đó, vào tháng 6/2019, ... đề xuất ... Trung tâm nhiệt điện ..., tổng mức đầu tư gần 6
    # tỷ USD": the project's, no period's figure (blind27 r1078, blind13 r529, blind17 r672).
    text = (
        "Trước đó, vào tháng 6/2019, Tập đoàn T&T Group cũng đề xuất kế hoạch xây dựng Trung tâm nhiệt "
        "điện khí hóa lỏng LNG Cái Mép Hạ, tổng mức đầu tư gần 6 tỷ USD, dự kiến đi vào vận hành năm 2023."
    )
    totals = [f for f in _facts(text) if f.value == 6_000_000_000]
    assert [_period(f) for f in totals] == [(None, None, None)]


def test_projects_counted_keep_their_period() -> None:
    # "cho 55 dự án, tổng mức đầu tư hơn 11.275 tỷ đồng": a period's total (blind13 r525).
    text = (
        "Tính đến ngày 30/9/2025, toàn tỉnh đã chấp thuận chủ trương đầu tư cho 55 dự án, tổng mức "
        "đầu tư hơn 11.275 tỷ đồng."
    )
    totals = [f for f in _facts(text) if f.value == 11_275_000_000_000]
    assert [_period(f) for f in totals] == [("ytd", 2025, 9)]


def test_a_stock_now_at_the_date_its_sentence_opens_with() -> None:
    # "Lũy kế đến hết tháng 9, trên địa bàn tỉnh hiện có 172 dự án FDI còn hiệu lực": the stock at
    # that date, not a stock now (blind27 r1069).
    text = (
        "9 tháng năm 2022, vốn FDI bổ sung vào tỉnh đạt trên 1,5 tỷ USD. Lũy kế đến hết tháng 9, trên địa "
        "bàn tỉnh hiện có 172 dự án FDI còn hiệu lực, với tổng vốn đăng ký trên 10,3 tỷ USD."
    )
    stock = [f for f in _facts(text) if f.value in (172, 10_300_000_000)]
    assert [_period(f) for f in stock] == [("ytd", 2022, 9), ("ytd", 2022, 9)]


def test_a_stock_now_in_a_sentence_of_its_own_has_no_period() -> None:
    text = "9 tháng năm 2022, vốn FDI bổ sung đạt trên 1,5 tỷ USD. Toàn tỉnh hiện có 172 dự án FDI còn hiệu lực."
    stock = [f for f in _facts(text) if f.value == 172]
    assert [_period(f) for f in stock] == [(None, None, None)]
