"""Sentences written from figures (provind/reports/sentences.py): verbs for up, down and
unchanged, "ước"/"sơ bộ" by status, % of the annual plan, nothing for a missing figure."""

from decimal import Decimal

import pytest

from provind.reports.sentences import (
    Figure,
    cell,
    missing_sentence_vi,
    number_en,
    number_vi,
    same_period_ratio,
    section_sentences,
    sentence_en,
    sentence_vi,
)


def iip(value: str | None, status: str = "estimate", **extra: object) -> Figure:
    return Figure(
        code="iip",
        name_vi="Chỉ số sản xuất công nghiệp",
        name_en="The index of industrial production",
        unit_vi="%",
        unit_en="%",
        kind="rate",
        period_label_vi="7 tháng năm 2024",
        period_label_en="7 months of 2024",
        value=None if value is None else Decimal(value),
        status=status,
        decimals=2,
        **extra,  # type: ignore[arg-type]
    )


def retail(value: str | None = "45000", status: str = "estimate", **extra: object) -> Figure:
    return Figure(
        code="retail_sales_services",
        name_vi="Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ",
        name_en="Retail sales and services revenue",
        unit_vi="tỷ đồng",
        unit_en="bn VND",
        kind="level",
        period_label_vi="7 tháng năm 2024",
        period_label_en="7 months of 2024",
        value=None if value is None else Decimal(value),
        status=status,
        decimals=1,
        **extra,  # type: ignore[arg-type]
    )


def test_it_writes_the_issue_s_iip_sentence_with_ước_tăng():
    assert sentence_vi(iip("7.1")) == (
        "Chỉ số sản xuất công nghiệp 7 tháng năm 2024 ước tăng 7,1% so với cùng kỳ năm trước."
    )


def test_it_uses_giảm_for_a_fall_and_keeps_two_printed_decimals():
    assert sentence_vi(iip("-4.81")) == (
        "Chỉ số sản xuất công nghiệp 7 tháng năm 2024 ước giảm 4,81% so với cùng kỳ năm trước."
    )


@pytest.mark.parametrize("value", ["0", "0.004", "-0.004"])
def test_it_says_unchanged_when_the_printed_change_is_zero(value):
    text = sentence_vi(iip(value))
    assert text == "Chỉ số sản xuất công nghiệp 7 tháng năm 2024 ước tương đương cùng kỳ năm trước."
    assert "tăng" not in text
    assert "giảm" not in text


@pytest.mark.parametrize(
    ("status", "expected"),
    [
        ("estimate", "ước tăng 7,1%"),
        ("preliminary", "sơ bộ tăng 7,1%"),
        ("official", "2024 tăng 7,1%"),
    ],
)
def test_the_status_decides_the_estimate_word(status, expected):
    assert expected in sentence_vi(iip("7.1", status))


def test_an_official_figure_carries_no_estimate_word():
    text = sentence_vi(retail(status="official"))
    assert "ước" not in text
    assert "sơ bộ" not in text
    assert "7 tháng năm 2024 đạt 45.000 tỷ đồng" in text


def test_a_level_says_its_amount_with_the_qualifier_change_and_plan():
    fig = retail(qualifier="over", yoy_pct=Decimal("16.3"), yoy_source="reported", plan_pct=Decimal("70.66"))
    fig.plan_source = "computed"
    assert sentence_vi(fig) == (
        "Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ 7 tháng năm 2024 ước đạt trên 45.000 tỷ đồng, "
        "tăng 16,3% so với cùng kỳ năm trước, đạt 70,7% kế hoạch năm."
    )


def test_a_level_falling_year_on_year_says_giảm():
    fig = retail("20.32", yoy_pct=Decimal("-5.6"), yoy_source="reported")
    assert "giảm 5,6% so với cùng kỳ năm trước" in sentence_vi(fig)


def test_a_level_unchanged_year_on_year_says_tương_đương():
    fig = retail(yoy_pct=Decimal("0.01"), yoy_source="computed")
    assert "tương đương cùng kỳ năm trước" in sentence_vi(fig)


def test_a_computed_change_is_printed_with_one_decimal():
    fig = retail(yoy_pct=Decimal("16.3287"), yoy_source="computed")
    assert "tăng 16,3% so với" in sentence_vi(fig)


def test_no_comparison_no_clause():
    text = sentence_vi(retail("10"))
    assert text == "Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ 7 tháng năm 2024 ước đạt 10 tỷ đồng."


def test_a_missing_figure_gives_no_sentence_in_either_language():
    assert sentence_vi(retail(None)) is None
    assert sentence_en(retail(None)) is None
    assert sentence_vi(iip(None)) is None


def test_a_share_says_chiếm():
    fig = Figure(
        "fdi_share_industrial_output",
        "Tỷ trọng khu vực FDI",
        "The foreign-invested share",
        "%",
        "%",
        "share",
        "năm 2024",
        "2024",
        value=Decimal("92.7"),
        status="estimate",
    )
    assert sentence_vi(fig) == "Tỷ trọng khu vực FDI năm 2024 ước chiếm 92,7%."
    assert sentence_en(fig) == "The foreign-invested share in 2024 is estimated at 92.7%."


def test_english_sentences_follow_the_same_rules():
    assert sentence_en(iip("7.1")) == (
        "The index of industrial production in 7 months of 2024 rose by an estimated 7.1% year on year."
    )
    assert sentence_en(iip("-4.81", "official")) == (
        "The index of industrial production in 7 months of 2024 fell by 4.81% year on year."
    )
    assert sentence_en(iip("0", "preliminary")).endswith("was unchanged year on year (preliminary).")
    fig = retail(qualifier="over", yoy_pct=Decimal("16.3"), yoy_source="reported", plan_pct=Decimal("70.7"))
    assert sentence_en(fig) == (
        "Retail sales and services revenue in 7 months of 2024 is estimated at over 45,000 bn VND, "
        "up 16.3% year on year, 70.7% of the annual plan."
    )


def test_a_section_without_any_figure_says_what_is_missing():
    lines = section_sentences(
        [retail(None), iip(None)],
        language="vi",
        topic_vi="thương mại",
        topic_en="trade",
        period_label_vi="7 tháng năm 2024",
        period_label_en="7 months of 2024",
    )
    assert lines == [
        "Chưa có số liệu về thương mại 7 tháng năm 2024 (chưa có: Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ; "
        "Chỉ số sản xuất công nghiệp)."
    ]


def test_a_section_with_one_figure_does_not_talk_about_the_missing_ones():
    lines = section_sentences(
        [retail(None), iip("7.1")],
        language="vi",
        topic_vi="công nghiệp",
        topic_en="industry",
        period_label_vi="7 tháng năm 2024",
        period_label_en="7 months of 2024",
    )
    assert len(lines) == 1
    assert "Chưa có" not in lines[0]


def test_missing_sentence_without_a_list():
    assert (
        missing_sentence_vi("cụm công nghiệp", "quý III/2024", []) == "Chưa có số liệu về cụm công nghiệp quý III/2024."
    )


def test_numbers_are_written_the_vietnamese_and_the_english_way():
    assert number_vi(Decimal("45000")) == "45.000"
    assert number_vi(Decimal("567634.2")) == "567.634,2"
    assert number_vi(Decimal("17.60")) == "17,6"
    assert number_vi(Decimal("70.65"), 1) == "70,7"  # half up, as reports round
    assert number_en(Decimal("45000")) == "45,000"
    assert number_en(Decimal("17.60")) == "17.6"


def test_table_cells_never_show_unknown_as_zero():
    assert cell(None, "vi") == "—"
    assert cell(Decimal(0), "vi") == "0"
    assert same_period_ratio(Decimal("16.3")) == Decimal("116.3")
    assert same_period_ratio(None) is None


def test_a_figure_survives_its_json_round_trip():
    fig = retail(qualifier="over", yoy_pct=Decimal("16.3"), yoy_source="reported")
    again = Figure.from_json(fig.as_json())
    assert again == fig
    assert isinstance(again.value, Decimal)
