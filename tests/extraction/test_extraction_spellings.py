"""Variant spellings rewritten in the search form (``provind/extraction/spellings.py``): each is
read as the spelling the rules were written for, and spans still point into the original."""

from __future__ import annotations

import pytest

from provind.extraction import extract_facts
from provind.extraction.normalize import normalize


def _one(text: str) -> dict[str, object]:
    (fact,) = [f.to_dict() for f in extract_facts(text)]
    return fact


def _period(text: str) -> dict[str, object]:
    period = _one(text)["period"]
    assert isinstance(period, dict)
    return {k: v for k, v in period.items() if v is not None}


@pytest.mark.parametrize(
    ("variant", "canonical"),
    [
        ("KNXK", "kim ngạch xuất khẩu"),
        ("XK", "xuất khẩu"),
        ("TMBL", "tổng mức bán lẻ"),
        ("SXCN", "sản xuất công nghiệp"),
        ("LK 9 tháng", "lũy kế 9 tháng"),
        ("ƯTH tháng 9", "ước thực hiện tháng 9"),
        ("GTTT khu vực DV", "giá trị tăng thêm khu vực dịch vụ"),
        ("so CK", "so cùng kỳ"),
        ("đạt 80% KH", "đạt 80% kế hoạch"),
        ("tr.USD", "triệu USD"),
        ("tr. USD", "triệu USD"),
        ("tháng Tám năm 2024", "tháng 8 năm 2024"),
        ("tháng Mười một năm 2024", "tháng 11 năm 2024"),
        ("Tám tháng năm 2024", "8 tháng năm 2024"),
        ("mười một tháng đầu năm", "11 tháng đầu năm"),
        ("9T/2024", "9 tháng năm 2024"),
        ("T9/2024", "tháng 9/2024"),
        ("Q1/2024", "quý 1/2024"),
        ("QII-2024", "quý 2-2024"),
        ("tăng 5.81%", "tăng 5,81%"),
        ("chế biến,chế tạo", "chế biến, chế tạo"),
        ("tăng  5%", "tăng 5%"),
        ("đô-la Mỹ", "đô la mỹ"),
        ("tháng Năm năm 2024", "tháng 5 năm 2024"),
        ("xuất khẩu tháng Năm đạt", "xuất khẩu tháng 5 đạt"),
    ],
)
def test_a_variant_spelling_is_searched_as_the_canonical_one(variant: str, canonical: str) -> None:
    assert normalize(variant).norm == normalize(canonical).norm


@pytest.mark.parametrize(
    "text",
    [
        "xk",  # abbreviations only in capitals
        "8 tháng năm 2024",  # the year of the months so far, not May
        "TÌNH HÌNH 8 THÁNG NĂM 2024",  # capitals of a heading say nothing
        "mỗi tháng một lần",
        "những năm tháng khó khăn",
        "trong năm tháng 5",
        "6 tháng đầu năm nay",
        "tháng năm, ngày",
        "từ 7.5 đến 8.5",  # no "%": maybe dates
        "1.234.56%",
        "ngày 15/10/2024",
    ],
)
def test_words_that_only_look_like_variants_are_left_alone(text: str) -> None:
    assert normalize(text).norm == normalize(text.lower()).norm == text.lower()


def test_spans_of_rewritten_text_point_into_the_original() -> None:
    text = "KNXK tháng Tám đạt 500 tr.USD,tăng  5.2% so CK."
    fact = extract_facts(text)[0]
    assert text[fact.span[0] : fact.span[1]] == "500 tr.USD"
    assert fact.phrase == "KNXK"
    nt = normalize(text)
    assert nt.original_span(0, len(nt.norm)) == (0, len(text))


def test_spans_of_rewritten_nfd_text_point_into_the_original() -> None:
    import unicodedata

    text = unicodedata.normalize("NFD", "Xuất khẩu tháng Tám đạt 500 tr.USD")
    fact = extract_facts(text)[0]
    assert unicodedata.normalize("NFC", text[fact.span[0] : fact.span[1]]) == "500 tr.USD"


def test_abbreviated_indicators_read_as_their_names() -> None:
    fact = _one("KNXK tháng 8/2024 ước đạt 500 tr.USD, tăng 5% so CK.")
    assert (fact["indicator"], fact["value"], fact["unit"], fact["status"]) == (
        "export_value",
        500000000,
        "USD",
        "estimate",
    )
    assert fact["change"] == {"value": 5, "unit": "%", "direction": "up", "basis": "yoy"}
    assert _one("TMBL quý I/2024 đạt 3.000 tỷ đồng.")["indicator"] == "retail_sales_services"


def test_months_and_counts_in_words() -> None:
    assert _period("Chỉ số sản xuất công nghiệp tháng Tám năm 2024 tăng 9,5%.") == {
        "kind": "month",
        "year": 2024,
        "month": 8,
    }
    assert _period("Tám tháng năm 2024, chỉ số sản xuất công nghiệp tăng 9,5%.") == {
        "kind": "ytd",
        "year": 2024,
        "month": 8,
        "months": 8,
    }


def test_short_period_forms_of_tables_and_headings() -> None:
    assert _period("KNXK 9T/2024 đạt 5 tỷ USD.") == {"kind": "ytd", "year": 2024, "month": 9, "months": 9}
    assert _period("KNXK T9/2024 đạt 5 tỷ USD.") == {"kind": "month", "year": 2024, "month": 9}
    assert _period("KNXK Q1/2024 đạt 5 tỷ USD.") == {"kind": "quarter", "year": 2024, "quarter": 1}


def test_a_plan_abbreviated_keeps_the_period_of_the_figure() -> None:
    # "(KH năm 2023 là 7,5%)" names the plan, as "(kế hoạch năm 2023 là 7,5%)" does.
    text = "6 tháng đầu năm 2023, GRDP tăng 5,7% (KH năm 2023 là 7,5%)."
    canonical = text.replace("KH", "kế hoạch")
    assert [f.to_dict()["period"] for f in extract_facts(text)] == [
        f.to_dict()["period"] for f in extract_facts(canonical)
    ]


def test_a_decimal_point_before_percent_is_not_a_date() -> None:
    fact = extract_facts("Năm 2022 GRDP tăng 8.89%, vượt kế hoạch đề ra là từ 7.0% đến 7.5%.")[0]
    assert fact.period.kind == "year"


def test_sut_giam_is_giam() -> None:
    text = "Các tỉnh A và B cùng giảm 15,5%."
    assert normalize(text.replace("giảm", "sụt giảm")).norm == normalize(text).norm


WRAPPED = (
    "Chỉ số sản xuất công nghiệp 9 tháng năm 2024 của tỉnh ước tính tăng\n"
    "8,6% so với cùng kỳ năm trước, trong đó ngành chế biến, chế tạo tăng\n"
    "9,1%; sản xuất và phân phối điện tăng 5,2%. Kim ngạch xuất khẩu của\n"
    "Thái Nguyên ước đạt 20,5 tỷ USD, tăng 7,3% so với cùng kỳ năm trước.\n"
)


def test_a_text_wrapped_at_a_fixed_width_is_read_as_its_unwrapped_sentences() -> None:
    unwrapped = WRAPPED.replace("\n", " ").strip() + "\n"

    def read(text: str) -> list[tuple[object, ...]]:
        return [(f.indicator, f.value, f.change, f.period, f.status) for f in extract_facts(text)]

    assert normalize(WRAPPED).norm == normalize(unwrapped).norm
    assert read(WRAPPED) == read(unwrapped)
    assert len(read(WRAPPED)) == 4


def test_lines_of_varied_length_or_table_rows_stay_lines() -> None:
    heading_and_list = "Tình hình kinh tế 9 tháng năm 2024\nXuất khẩu đạt 5 tỷ USD\nNhập khẩu đạt 3 tỷ USD\n"
    assert normalize(heading_and_list).norm.count("\n") == 3
    rows = "".join(f"Kim ngạch xuất khẩu nhóm hàng số {i} | triệu USD | 4.310 | 112,6\n" for i in range(5))
    assert normalize(rows).norm.count("\n") == 5


def test_a_line_ending_in_a_colon_before_a_lower_case_word_goes_on() -> None:
    assert normalize("Trong đó:\nhàng nông sản đạt 5 triệu USD").norm == "trong đó: hàng nông sản đạt 5 triệu usd"


def test_a_total_named_by_any_status_word_takes_the_indicator_before() -> None:
    for status in ("ước đạt", "ước thực hiện đạt", "dự ước đạt", "ước tính đạt"):
        text = f"Tổng mức bán lẻ tháng 8 đạt 9.000 tỷ đồng. Lũy kế 8 tháng {status} 71.830 tỷ đồng."
        assert [f.indicator for f in extract_facts(text)] == ["retail_sales_services"] * 2, status


def test_a_figure_cut_from_the_word_before_it_by_a_line_break_goes_on() -> None:
    text = "Chỉ số sản xuất toàn ngành công nghiệp (IIP) trong tháng ước tăng\n22,34% so với tháng trước."
    assert "\n" not in normalize(text).norm
    # Not a list's number after a heading, nor a number cell of a flattened table.
    for kept in (
        "Tình hình sản xuất kinh doanh của các doanh nghiệp công nghiệp\n1. Công nghiệp",
        "Dịch vụ du lịch lữ hành và các dịch vụ hỗ trợ khác\n32,3\n30,9",
    ):
        assert normalize(kept).norm.count("\n") == kept.count("\n")
