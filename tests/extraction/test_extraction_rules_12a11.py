"""Period and change rules of the eleventh-set attributes pass (w12a11): each fails on the code
before it (README.md "Sixth pass, attributes on blind11 (w12a11)")."""

from __future__ import annotations

from provind.extraction import extract_facts


def _facts(text: str) -> list[tuple[float | None, str | None, int | None, int | None, str | None, str | None]]:
    return [
        (
            f.change.value if f.change else f.value,
            f.period.kind,
            f.period.year,
            f.period.month,
            f.status,
            f.change.basis if f.change else None,
        )
        for f in extract_facts(text)
    ]


def test_a_mirror_that_lost_the_tone_of_cung_ky_still_compares_with_the_same_period() -> None:
    text = (
        "Tính chung 7 tháng năm 2023, chỉ số sản xuất công nghiệp tăng 9,4% so với cùng k?? năm "
        "trước. Một số sản phẩm chủ yếu 7 tháng năm 2023 tăng so với cùng k?? năm 2022 như: giày "
        "dép tăng 4,1%; bia các loại tăng 2,5%."
    )
    facts = _facts(text)
    assert facts[0] == (9.4, "ytd", 2023, 7, "actual", "yoy")
    assert all(f[1:4] == ("ytd", 2023, 7) for f in facts)


def test_the_same_period_of_a_named_year_beside_a_figure_after_trong_khi_is_that_years() -> None:
    text = (
        "Tám tháng năm 2023, chỉ số sản xuất công nghiệp ước tăng 3,1% so với cùng kỳ năm trước. "
        "Trong đó, ngành khai khoáng giảm 1,2%, trong khi cùng kỳ năm 2022 tăng 6,4%."
    )
    facts = {f[0]: f for f in _facts(text)}
    assert facts[6.4][1:5] == ("ytd", 2022, 8, "actual")
    assert facts[1.2][1:5] == ("ytd", 2023, 8, "estimate")


def test_figures_set_against_the_same_month_of_last_year_are_the_months() -> None:
    text = (
        "Trong 9 tháng đầu năm 2019, chỉ số sản xuất công nghiệp ước tăng 11,2% so với cùng kỳ "
        "năm trước.\nMột số sản phẩm chủ yếu có mức tăng cao so với tháng cùng kỳ năm trước như: "
        "xi măng tăng 12,4%; gạch nung tăng 8,5%."
    )
    facts = {f[0]: f for f in _facts(text)}
    assert facts[11.2][1:4] == ("ytd", 2019, 9)
    assert facts[12.4][1:4] == facts[8.5][1:4] == ("month", 2019, 9)


def test_nam_qua_leading_a_clause_is_the_year_of_the_text() -> None:
    text = (
        "Kim ngạch xuất khẩu của tỉnh năm 2022 đạt 1.200 triệu USD, tăng 15% so với năm 2021.\n\n"
        "Hiện nay, trên địa bàn tỉnh có khoảng 90 doanh nghiệp xuất khẩu. Năm qua, thị trường "
        "châu Á đạt 520 triệu USD, châu Âu đạt 210 triệu USD."
    )
    years = {f.value: (f.period.kind, f.period.year) for f in extract_facts(text)}
    assert years[520e6] == years[210e6] == ("year", 2022)


def test_nhung_nam_qua_is_no_year() -> None:
    text = "Những năm qua, tỉnh đã thu hút 120 dự án đầu tư."
    assert all(f.period.kind is None for f in extract_facts(text))


def test_a_comparison_with_the_same_crop_season_a_year_before_is_yoy() -> None:
    text = "Sản lượng lúa vụ đông xuân ước đạt 4.250 tỷ đồng, tăng 2,3% so với vụ đông xuân năm trước."
    assert [f.change.basis for f in extract_facts(text) if f.change] == ["yoy"]


def test_parts_of_planned_parks_whose_infrastructure_is_done_or_being_built_are_actual() -> None:
    text = (
        "Toàn tỉnh đã quy hoạch 30 khu công nghiệp với tổng diện tích 9.500 ha. Trong đó, 12 KCN đã "
        "hoàn thiện hạ tầng và đang thu hút nhà đầu tư; 5 KCN đang xây dựng hạ tầng."
    )
    statuses = {f.value: f.status for f in extract_facts(text)}
    assert statuses[30] == "plan"
    assert statuses[12] == statuses[5] == "actual"
