"""Period rules from blind7 and dev (issue 12, sixth pass, periods): short texts written for
these tests, one rule each (README.md "Sixth pass, periods (w12p8)")."""

from __future__ import annotations

from provind.extraction import extract_facts
from provind.extraction.facts import Fact


def _period(f: Fact) -> tuple[str | None, int | None, int | None, int | None, int | None]:
    p = f.period
    return (p.kind, p.year, p.month, p.months, p.quarter)


def _periods(text: str) -> dict[float | int | None, tuple[str | None, int | None, int | None, int | None, int | None]]:
    """Periods by the fact's value, or by its change's signed value when it has none."""
    out = {}
    for f in extract_facts(text):
        if f.value is None and f.change is not None:
            out[f.change.value if f.change.direction == "up" else -f.change.value] = _period(f)
        else:
            out[f.value] = _period(f)
    return out


def test_qui_is_a_spelling_of_quarter() -> None:
    text = "Trong quí I năm 2025, kim ngạch xuất khẩu tăng 17% so với cùng kỳ năm trước."
    assert _periods(text)[17] == ("quarter", 2025, None, None, 1)


def test_the_year_whose_growth_is_compared_with_is_not_the_period() -> None:
    text = (
        "Tính chung 4 tháng đầu năm, chỉ số IIP tăng 6,07% so với cùng kỳ, thấp hơn mức tăng của năm 2017. "
        "Dự báo trong năm 2018 ngành dệt may sẽ có nhiều bứt phá."
    )
    assert _periods(text)[6.07] == ("ytd", 2018, 4, 4, None)


def test_a_total_to_a_months_end_leading_a_clause_is_the_months_so_far() -> None:
    assert _periods("Đến hết tháng 6/2024, toàn tỉnh có 124 dự án FDI còn hiệu lực.")[124] == (
        "ytd",
        2024,
        6,
        None,
        None,
    )
    assert _periods("Như vậy, đến tháng 9/2018 tại các KCN có 338 dự án còn hiệu lực.")[338] == (
        "ytd",
        2018,
        9,
        None,
        None,
    )
    # Not leading a clause: when something runs to (a deadline), the month.
    facts = _periods("Công trình có vốn đầu tư 20 tỷ đồng, thi công kéo dài đến tháng 12/2025.")
    assert facts[20e9] == ("month", 2025, 12, None, None)


def test_a_parts_month_does_not_carry_past_its_wholes_months() -> None:
    text = (
        "8 tháng năm 2017, kim ngạch xuất khẩu của tỉnh ước đạt 152 triệu USD, tăng 80% so với cùng kỳ, "
        "trong đó, tháng 8 đạt 17,9 triệu USD.\n"
        "Các mặt hàng chủ lực gồm: chè 2,2 triệu USD, dăm gỗ 29,2 triệu USD."
    )
    facts = _periods(text)
    assert facts[17.9e6] == ("month", 2017, 8, None, None)
    assert facts[29.2e6] == ("ytd", 2017, 8, 8, None)


def test_figures_after_one_that_took_the_first_period_go_on_in_it() -> None:
    # The text is cut: its period is named only at the end, the products follow an estimate.
    text = (
        "Theo đó, ngành khai khoáng ước tăng 10,9%; chế biến, chế tạo ước tăng 6,4%. Trong đó, một số sản phẩm "
        "tăng gồm: điện thương phẩm 534 triệu kWh, tăng 7,3%.\n"
        "Kim ngạch xuất khẩu 4 tháng đầu năm 2021 ước đạt 337 triệu USD, tăng 51% so với cùng kỳ."
    )
    assert _periods(text)[534e6] == ("ytd", 2021, 4, 4, None)


def test_a_figure_in_brackets_does_not_set_the_period_carried_on() -> None:
    text = (
        "Trong 9 tháng đầu năm 2024, GRDP của tỉnh ước đạt 11.423 tỷ đồng, tăng 10,5% so với cùng kỳ "
        "(quý III tăng 9,1%).\n"
        "Tổng mức bán lẻ hàng hóa đạt 9.100 tỷ đồng, tăng 12%."
    )
    facts = _periods(text)
    assert facts[9.1] == ("quarter", 2024, None, None, 3)
    assert facts[9.1e12] == ("ytd", 2024, 9, 9, None)


def test_a_past_year_is_background_not_the_period_after_it() -> None:
    text = (
        "Trong 9 tháng đầu năm, GRDP của tỉnh ước đạt 11.423 tỷ đồng, tăng 10,5% so với cùng kỳ năm 2023.\n"
        "Đáng chú ý, trong năm 2023, thu nhập bình quân đầu người là 2,1 triệu đồng/tháng.\n"
        "Tổng mức bán lẻ hàng hóa đạt 9.100 tỷ đồng, tăng 12%.\n"
        "Tính chung 9 tháng, chỉ số sản xuất công nghiệp tăng 20,6%."
    )
    facts = _periods(text)
    assert facts[11.423e12] == ("ytd", 2024, 9, 9, None)
    # Not carried to the next paragraph ...
    assert facts[9.1e12] == ("ytd", 2024, 9, 9, None)
    # ... nor lending its year to months without one.
    assert facts[20.6] == ("ytd", 2024, 9, 9, None)


def test_a_paragraph_without_figures_that_opens_with_a_period_gives_it_to_the_next() -> None:
    text = (
        "Trong 9 tháng năm 2024, tỉnh có 125 doanh nghiệp thành lập mới.\n"
        "Trong quý III, hoạt động sản xuất kinh doanh tăng trưởng tích cực hơn quý trước.\n"
        "Theo đó, chỉ số sản xuất toàn ngành công nghiệp ước tăng 29% so với cùng kỳ năm trước."
    )
    assert _periods(text)[29] == ("quarter", 2024, None, None, 3)


def test_striving_to_the_end_of_a_year_is_a_horizon() -> None:
    text = "Tỉnh phấn đấu đến hết năm 2030, tỷ lệ lấp đầy bình quân các cụm công nghiệp đạt 70%."
    assert _periods(text)[70] == ("target", 2030, None, None, None)


def test_a_period_closing_the_sentence_dates_its_figures() -> None:
    text = (
        "Thành phố có 18 dự án FDI được cấp mới, với tổng vốn 1.610 triệu USD; 13 dự án điều chỉnh tăng vốn "
        "với số vốn 127 triệu USD trong 5 tháng đầu năm 2016."
    )
    facts = _periods(text)
    assert facts[18] == ("ytd", 2016, 5, 5, None)
    assert facts[13] == ("ytd", 2016, 5, 5, None)


def test_existing_hien_co_after_a_noun_does_not_reset_the_period() -> None:
    text = "Giai đoạn 2021 - 2025, tỉnh mở rộng 15 CCN hiện có với tổng diện tích tăng thêm 340,8 ha."
    assert _periods(text)[340.8] == ("range", None, None, None, None)
    # "hiện có" that a figure follows is a stock now.
    assert _periods("Giai đoạn 2021 - 2025, tỉnh thu hút 30 dự án FDI. Tỉnh hiện có hơn 450 dự án FDI.")[450] == (
        None,
        None,
        None,
        None,
        None,
    )


def test_the_means_to_a_goal_go_on_to_its_horizon() -> None:
    text = (
        "Tỉnh phấn đấu đến năm 2030, tỷ lệ lấp đầy bình quân các cụm công nghiệp đạt 70%.\n"
        "Để thực hiện mục tiêu đề ra, tỉnh đề xuất huy động tổng nguồn vốn đầu tư khoảng 15.071 tỷ đồng."
    )
    assert _periods(text)[15.071e12] == ("target", 2030, None, None, None)
