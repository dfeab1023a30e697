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
