"""Period, status and change rules from blind9 (issue 12, ninth-set pass on attributes): short
texts written for these tests, one rule each (README.md "Sixth pass, attributes on blind9 (w12a9)")."""

from __future__ import annotations

from provind.extraction import extract_facts
from provind.extraction.facts import Fact


def _period(f: Fact) -> tuple[str | None, int | None, int | None, int | None, int | None]:
    p = f.period
    return (p.kind, p.year, p.month, p.months, p.quarter)


def _by_value(text: str) -> dict[float | int | None, Fact]:
    """Facts by their value, or by their change's signed value when they have none."""
    out = {}
    for f in extract_facts(text):
        if f.value is None and f.change is not None:
            out[f.change.value if f.change.direction == "up" else -f.change.value] = f
        else:
            out[f.value] = f
    return out


def test_a_year_likened_to_is_not_the_period() -> None:
    text = (
        "Doanh thu dịch vụ lưu trú, ăn uống 7 tháng ước đạt 278 tỷ đồng, tăng 11,6% so với cùng kỳ, "
        "do hoạt động ăn uống không còn chịu ảnh hưởng từ sự cố như trong năm 2016. "
        "Một số địa phương có doanh thu tăng khá như Bình Định tăng 20,7%, Đồng Nai tăng 15%."
    )
    facts = _by_value(text)
    assert _period(facts[278e9]) == ("ytd", None, 7, 7, None)
    assert _period(facts[15]) == ("ytd", None, 7, 7, None)


def test_a_whole_broken_down_by_a_dimension_lends_its_estimate_to_the_parts() -> None:
    text = (
        "Tính chung 7 tháng năm 2018, tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng ước đạt "
        "25.992 tỷ đồng, tăng 10,6% so với cùng kỳ năm trước. Phân theo nhóm ngành kinh doanh, doanh "
        "thu bán lẻ hàng hóa 7 tháng đạt 22.296 tỷ đồng, chiếm 85,78% tổng mức."
    )
    facts = _by_value(text)
    assert facts[22296e9].status == "estimate"
    assert facts[85.78].status == "estimate"


def test_a_first_line_ending_in_a_full_stop_is_no_headline_for_its_stocks() -> None:
    text = (
        "Trong 27 dự án FDI còn hiệu lực có 10 dự án FDI Trung Quốc; 09 dự án FDI Singapore.\n"
        "Quý III/2022, tổng vốn đầu tư thực hiện của các dự án FDI đạt 12,9 triệu USD, tăng 5% so với cùng kỳ."
    )
    facts = _by_value(text)
    assert _period(facts[27]) == (None, None, None, None, None)
    assert _period(facts[12.9e6]) == ("quarter", 2022, None, None, 3)


def test_what_was_newly_set_up_before_every_period_takes_the_texts_first() -> None:
    text = (
        "Cụ thể, thị xã Gia Nghĩa có số doanh nghiệp thành lập mới cao nhất với 48 công ty, số vốn đăng ký "
        "là 340 tỷ đồng.\n\nĐược biết, quý I, toàn tỉnh có 102 doanh nghiệp đăng ký thành lập mới."
    )
    facts = _by_value(text)
    assert _period(facts[340e9]) == ("quarter", None, None, None, 1)


def test_a_comparison_after_the_thing_compared_is_read_in_full() -> None:
    text = (
        "Quý I, toàn tỉnh có 102 doanh nghiệp đăng ký thành lập mới với 659 tỷ đồng vốn đăng ký, giảm 4,67% "
        "về số doanh nghiệp và tăng 71,17% về số vốn đăng ký so với cùng kỳ."
    )
    change = _by_value(text)[659e9].change
    assert change is not None
    assert change.value == 71.17
    assert change.basis == "yoy"


def test_a_period_said_in_passing_is_not_the_texts_first() -> None:
    text = (
        "Trong đó, công nghiệp chế biến, chế tạo ước đạt hơn 2.971 tỷ đồng, tăng 18,58% so với cùng kỳ. "
        "Đây là tín hiệu để ngành tạo đà tăng trưởng mạnh trong năm nay với mục tiêu đạt 19.483 tỷ đồng."
    )
    assert _period(_by_value(text)[2971e9]) == (None, None, None, None, None)


def test_the_part_of_a_plan_said_done_before_its_figure_is_actual() -> None:
    text = (
        "Trên địa bàn tỉnh hiện đã quy hoạch phát triển 91 cụm công nghiệp, với tổng diện tích 3.382 ha. "
        "Trong đó, đã thành lập được 38 CCN, với tổng diện tích 1.398 ha."
    )
    facts = _by_value(text)
    assert facts[91].status == "plan"
    assert facts[38].status == "actual"
    assert facts[1398].status == "actual"


def test_planned_clusters_go_on_in_the_plans_period() -> None:
    text = (
        "Theo quy hoạch tỉnh thời kỳ 2021 - 2030, tỉnh dự kiến quy hoạch phát triển 33 cụm công nghiệp "
        "với tổng diện tích 2.059 ha.\n"
        "Đồng thời, mở rộng diện tích quy hoạch 7 CCN đã có trong quy hoạch từ giai đoạn trước.\n"
        "Hiện nay, toàn tỉnh có 12 CCN đang hoạt động."
    )
    facts = _by_value(text)
    assert facts[7].period.kind == "range"
    assert facts[12].period.kind is None


def test_a_growth_before_every_period_takes_the_texts_first() -> None:
    text = (
        "Tiếp đến, Quảng Nam tăng trưởng 34,8%; Hải Phòng tăng 14,8%.\n\n"
        "Tính chung 8 tháng, chỉ số sản xuất công nghiệp cả nước tăng 5,9% so với cùng kỳ."
    )
    assert _period(_by_value(text)[14.8]) == ("ytd", None, 8, 8, None)


def test_a_running_total_brought_up_to_a_figure_is_a_stock() -> None:
    text = (
        "Từ đầu năm 2021 tới nay, toàn tỉnh có 310 doanh nghiệp thành lập mới. Có 106 doanh nghiệp hoạt động "
        "trở lại, nâng tổng số doanh nghiệp toàn tỉnh lên 7.313 doanh nghiệp đang hoạt động."
    )
    facts = _by_value(text)
    assert facts[106].period.kind == "ytd"
    assert facts[7313].period.kind is None


def test_cung_thoi_gian_with_a_comma_is_the_period_named_before() -> None:
    text = (
        "Từ đầu năm 2021 tới nay, toàn tỉnh có 310 doanh nghiệp thành lập mới, nâng tổng số doanh nghiệp "
        "lên 7.313 doanh nghiệp.\n\nCùng thời gian, có 51 doanh nghiệp giải thể (tăng 9,2%)."
    )
    assert _by_value(text)[51].period.kind == "ytd"


def test_gap_doi_compared_with_the_same_period_is_twice() -> None:
    text = "Quý I, có 30 doanh nghiệp đăng ký tạm dừng kinh doanh, cao gấp đôi so với cùng kỳ."
    change = _by_value(text)[30].change
    assert change is not None
    assert (change.value, change.unit, change.basis) == (2, "x", "yoy")
    # Against a yardstick: no change of the figure.
    text = "Thu nhập bình quân đầu người đạt 140 triệu đồng (gấp đôi mức trung bình cả nước)."
    assert _by_value(text)[140e6].change is None
