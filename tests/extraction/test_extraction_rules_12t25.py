"""Rules from tuning on blind25 (issue 12, w12t25): compound amounts, industry lists, periods."""

from __future__ import annotations

from provind.extraction import extract_facts


def test_billions_and_millions_written_apart_are_one_amount() -> None:
    # blind25 r983, blind18 r710.
    facts = extract_facts("Xuất khẩu ước 6 tháng đầu năm đạt 1 tỉ 953 triệu USD, tăng 23,26% so cùng kỳ.")
    assert [(f.indicator, f.value, f.unit) for f in facts] == [("export_value", 1_953_000_000, "USD")]
    facts = extract_facts("Có 228 doanh nghiệp thành lập mới, với số vốn đăng ký 8.160 tỷ 181 triệu đồng.")
    assert (8_160_181_000_000, "VND") in [(f.value, f.unit) for f in facts]


def test_economy_growing_after_a_long_subject_is_grdp_growth() -> None:
    # blind25 r983: region and period between "kinh tế" and "tăng trưởng".
    facts = extract_facts("Kinh tế của tỉnh Bình Phước 6 tháng đầu năm tăng trưởng khá, ước đạt 6,91%.")
    assert [(f.indicator, f.value) for f in facts] == [("grdp_growth", 6.91)]


def test_contribution_lead_in_names_the_figure_of_the_list() -> None:
    # blind25 r988: "Đóng góp nhiều nhất vào kim ngạch xuất khẩu ... là ..." is no contribution.
    text = (
        "Tính chung 5 tháng đầu năm 2018, kim ngạch xuất khẩu của Hà Nội đạt 5,1 tỷ USD, tăng 11% so cùng kỳ.\n"
        "Đóng góp nhiều nhất vào kim ngạch xuất khẩu 5 tháng năm nay là hàng may, dệt tăng 14,2%; "
        "hàng điện tử tăng 14,4%."
    )
    got = [(f.indicator, f.change.value if f.change else None) for f in extract_facts(text)]
    assert got[1:] == [("export_value", 14.2), ("export_value", 14.4)]


def test_industries_listed_after_nganh_co_la_are_index_parts() -> None:
    # blind25 r980: "Những ngành có tốc độ tăng IIP cao ... là: sản xuất xe có động cơ (+120,05%)".
    text = (
        "Những ngành có tốc độ tăng IIP cao trong tháng 7/2024 so với cùng kỳ và có đóng góp tích cực cho "
        "tăng trưởng công nghiệp của Hải Phòng là: sản xuất xe có động cơ (+120,05%); sản xuất môtơ, máy "
        "phát, biến thế điện (+60,58%)."
    )
    got = [(f.indicator, f.value, f.breakdown) for f in extract_facts(text)]
    assert [g[:2] for g in got] == [("iip", 120.05), ("iip", 60.58)]


def test_signed_rates_of_industries_in_a_new_paragraph_are_rises_of_the_index() -> None:
    # blind25 r993: the list's paragraph names no index and gives no figure of its whole.
    text = (
        "Chỉ số sản xuất công nghiệp tháng 7/2017 tăng 7,12% so với cùng kỳ. Trong đó, ngành công nghiệp "
        "khai thác mỏ tăng 6,5%; ngành công nghiệp chế biến, chế tạo tăng 8,19%.\n"
        "Một số ngành có mức tăng cao hơn mức bình quân chung là: sản xuất da và các sản phẩm có liên quan "
        "(+11,61%); sản xuất giấy và sản phẩm từ giấy (+10,10%)."
    )
    got = [(f.indicator, f.value, f.change.value if f.change else None) for f in extract_facts(text)]
    assert got[3:] == [("iip", 11.61, 11.61), ("iip", 10.1, 10.1)]


def test_sau_n_thang_opening_a_sentence_is_its_period() -> None:
    # blind25 r989: "Sau 11 tháng, ..." after a paragraph of the month alone.
    text = (
        "Trong tháng 11/2022, Bình Dương thu hút 16,2 triệu USD vốn FDI.\n"
        "Sau 11 tháng, Bình Dương thu hút hơn 3 tỷ USD vốn FDI."
    )
    periods = [(f.value, f.period.kind, f.period.months) for f in extract_facts(text)]
    assert periods[-1] == (3_000_000_000, "ytd", 11)


def test_sau_n_thang_lien_tiep_is_still_no_period() -> None:
    facts = extract_facts("Tháng 9/2023, CPI tăng nhẹ 0,01% sau 8 tháng đầu năm liên tiếp bị giảm.")
    assert [(f.period.kind, f.period.month) for f in facts] == [("month", 9)]


def test_thang_dau_nam_is_january() -> None:
    # blind25 r1002.
    facts = extract_facts("Tổng thu ngân sách nhà nước trong tháng đầu năm 2019 ước khoảng 41.693 tỷ đồng.")
    assert [(f.period.kind, f.period.month, f.period.year) for f in facts] == [("month", 1, 2019)]
    facts = extract_facts("Những tháng đầu năm 2023, kim ngạch xuất khẩu đạt 2,5 tỷ USD.")
    assert [f.period.month for f in facts] != [1]


def test_industries_listed_after_a_lead_with_a_basis_share_it() -> None:
    # blind25 r982: "Các phân ngành kinh tế tăng so với tháng trước là: ... (tăng 7,23%)".
    text = (
        "Chỉ số sản xuất công nghiệp (IIP) trong tháng 7/2017 của Tây Ninh tăng trên 7% so với tháng trước "
        "và tăng 22% so với cùng kỳ. "
        "Các phân ngành kinh tế tăng so với tháng trước là: công nghiệp chế biến, chế tạo (tăng 7,23%); "
        "khai khoáng (tăng 0,62%)."
    )
    got = [(f.value, f.change.basis if f.change else None) for f in extract_facts(text)]
    assert got[2:] == [(7.23, "mom"), (0.62, "mom")]


def test_second_rate_against_another_basis_is_the_same_figures() -> None:
    # blind25 r990, blind19 r742: "tăng X% so với A và Y% so với B".
    text = (
        "Doanh thu bán lẻ hàng hóa tháng 8 ước đạt 6.301 tỷ đồng, tăng 0,54% so với tháng trước và "
        "13,90% so với cùng kỳ năm trước."
    )
    facts = extract_facts(text)
    assert len(facts) == 1
    change, extra = facts[0].change, facts[0].extra_changes
    assert change is not None
    assert (change.value, change.basis) == (13.9, "yoy")
    assert [(c.value, c.basis) for c in extra] == [(0.54, "mom")]


def test_customs_revenue_is_budget_revenue() -> None:
    # blind25 r995 (blind7 r337 the same wording), r985.
    text = "Thu cân đối từ hoạt động xuất nhập khẩu ước đạt 8.711,3 tỷ đồng. Thu hải quan đạt 660 tỷ đồng."
    assert [f.indicator for f in extract_facts(text)] == ["budget_revenue", "budget_revenue"]


def test_uoc_without_its_horn_is_an_estimate() -> None:
    # blind25 r985, blind17 r685, blind14 r548.
    text = (
        "Tổng thu ngân sách trong 5 tháng đầu năm 2021 là 5.986 tỷ đồng. "
        "Uớc thực hiện 6 tháng năm 2021 là 6.826 tỷ đồng, đạt 61% dự toán."
    )
    got = [(f.indicator, f.value, f.status) for f in extract_facts(text)]
    assert got[1] == ("budget_revenue", 6_826_000_000_000, "estimate")


def test_economy_widened_by_an_amount_grew_by_it() -> None:
    # blind25 r1005, blind13 r502.
    text = (
        "Quy mô nền kinh tế Đà Nẵng theo giá hiện hành ước đạt hơn 64.784 tỷ đồng (mở rộng hơn 5.318 tỷ đồng "
        "so cùng kỳ 2022), xếp thứ 3/5 thành phố."
    )
    facts = [f for f in extract_facts(text) if f.unit == "VND"]
    assert len(facts) == 1
    assert facts[0].change is not None
    assert (facts[0].change.value, facts[0].change.unit) == (5_318_000_000_000, "VND")


def test_dau_tu_nuoc_ngoai_alone_is_fdi() -> None:
    # blind25 r992: a part of a park total, with its verb.
    text = (
        "6 tháng đầu năm 2017, các khu chế xuất, khu công nghiệp trên địa bàn thành phố thu hút đầu tư được "
        "khoảng 384 triệu USD, tăng 39% so với cùng kỳ năm trước.\nTrong đó, đầu tư nước ngoài đạt gần 160 "
        "triệu USD, tăng 24%; đầu tư trong nước đạt khoảng 224 triệu USD, tăng 52% so với cùng kỳ năm 2016."
    )
    got = [(f.indicator, f.value) for f in extract_facts(text)]
    assert got[1:] == [("fdi_capital", 160_000_000), ("domestic_investment_capital", 224_000_000)]
