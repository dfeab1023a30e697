"""Rules of the twenty-eighth tuning pass (w12t28): each fails on the code before it
(README.md "Tuning on blind28 (w12t28)")."""

from __future__ import annotations

from provind.extraction import extract_facts


def test_a_comparison_with_the_same_point_of_a_named_year_dates_the_text_to_the_year_after() -> None:
    # blind28 r1116: "6 tháng đầu năm ... tăng 49,7% so cùng thời điểm năm 2021" runs in 2022.
    text = (
        "6 tháng đầu năm toàn tỉnh có 868 doanh nghiệp mới thành lập, tăng 16,4%. "
        "Cả tỉnh có 86 doanh nghiệp giải thể, tăng 49,7% so cùng thời điểm năm 2021."
    )
    years = {f.period.year for f in extract_facts(text) if f.period is not None}
    assert years == {2022}


def _changes(text: str) -> list[tuple[float | None, str | None]]:
    return [(f.change.value, f.change.basis) if f.change else (f.value, None) for f in extract_facts(text)]


def test_a_figure_paired_with_another_aspect_takes_the_comparison_closing_the_pair() -> None:
    # blind28 r1114: "giảm 1,4% về số DN và giảm 11,6% về số vốn đăng ký so với tháng trước".
    text = (
        "Tháng 7 cả nước có 9.621 doanh nghiệp thành lập mới với số vốn đăng ký là 69,2 nghìn tỷ đồng, "
        "giảm 1,4% về số doanh nghiệp và giảm 11,6% về số vốn đăng ký so với tháng trước."
    )
    assert _changes(text) == [(1.4, "mom"), (11.6, "mom")]


def test_the_same_quarter_of_the_year_before_is_yoy() -> None:
    # blind28 r1108: "quý I năm 2023 tăng 3,16% so với quý này năm trước".
    text = "Chỉ số giá tiêu dùng (CPI) quý I năm 2023 tăng 3,16% so với quý này năm trước."
    assert _changes(text) == [(3.16, "yoy")]


def test_a_paragraph_at_the_same_point_in_time_keeps_the_estimate_before_it() -> None:
    # blind28 r1100: "... ước tính tăng 1,41% ... / Tính cùng thời điểm, ... giảm 29,12%".
    text = (
        "Chỉ số sử dụng lao động đang làm việc trong các doanh nghiệp công nghiệp cộng dồn đến cuối "
        "tháng 11.2018 ước tính tăng 1,41% so với cùng kỳ năm trước.\n\n"
        "Tính cùng thời điểm, chỉ số sử dụng lao động trong các doanh nghiệp ngành khai khoáng giảm 29,12%, "
        "ngành công nghiệp chế biến, chế tạo tăng 2,34%."
    )
    assert [f.status for f in extract_facts(text)] == ["estimate"] * 3


def test_this_index_in_a_part_keeps_the_estimate_of_the_index() -> None:
    # blind28 r1100: "Tuy nhiên, chỉ số này ở khu vực doanh nghiệp nhà nước giảm 1,25%".
    text = (
        "Chỉ số sử dụng lao động trong các doanh nghiệp công nghiệp cộng dồn đến cuối tháng 11.2018 "
        "ước tính tăng 1,41% so với cùng kỳ năm trước. Tuy nhiên, chỉ số này ở khu vực doanh nghiệp "
        "nhà nước giảm 1,25%."
    )
    assert [f.status for f in extract_facts(text)] == ["estimate", "estimate"]


def test_industrial_labour_and_the_labour_of_the_surveyed_firms_are_the_employment_index() -> None:
    # blind28 r1112: "số lao động của các doanh nghiệp này tăng 0,7%", "lao động công nghiệp
    # cũng tăng ..., như: Hải Dương tăng 3,6%".
    text = (
        "Theo kết quả điều tra tại 4.200 doanh nghiệp sản xuất công nghiệp, số lao động của các doanh "
        "nghiệp này tăng 0,7% so với tháng trước. Tại một số tỉnh, lao động công nghiệp cũng tăng so "
        "với tháng trước, như: Hải Dương tăng 3,6%."
    )
    assert [f.indicator for f in extract_facts(text) if f.unit == "%"] == ["employment", "employment"]


def test_the_same_month_of_the_year_before_named_by_number_is_yoy() -> None:
    # blind28 r1118: "trong tháng 10, số lao động ... tăng gần 2% so với tháng 10 năm trước";
    # "so với tháng 12 năm trước" in a report on May stays `other` (README, first passes).
    text = (
        "Trong tháng 10, số lao động làm việc trong các doanh nghiệp công nghiệp tăng gần 2% so với tháng 10 năm trước."
    )
    assert _changes(text) == [(2.0, "yoy")]
    text = "Chỉ số giá tiêu dùng tháng 5 tăng 0,2% so với tháng trước và tăng 1,5% so với tháng 12 năm trước."
    assert _changes(text) == [(0.2, "mom"), (1.5, "other")]
