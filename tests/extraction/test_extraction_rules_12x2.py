"""Rules of the cross-set pass on missed facts (w12x2): each fails on the code before it
(README.md "Cross-set pass: missed facts (w12x2)")."""

from __future__ import annotations

from provind.extraction import extract_facts


def _facts(text: str) -> list[tuple[str, float | None]]:
    return [(f.indicator, f.value) for f in extract_facts(text)]


def test_industry_list_item_far_after_its_cue_is_a_part_of_the_index() -> None:
    # A long lead puts the first item past the cue's 150 characters (blind20 r801).
    text = (
        "Chỉ số sản xuất toàn ngành công nghiệp năm 2022 tăng 15,37% so với năm 2021. Trong các ngành "
        "công nghiệp cấp II, một số ngành ghi nhận sự phục hồi tích cực, chỉ số sản xuất đạt mức tăng "
        "khá so với cùng kỳ năm trước: Ngành sản xuất da và các sản phẩm có liên quan tăng 11,71%."
    )
    assert _facts(text) == [("iip", 15.37), ("iip", 11.71)]


def test_products_listed_after_an_industry_cue_stay_products() -> None:
    # "các ngành ..." then, in the same sentence, "Một số sản phẩm ... như:" (blind9 r392).
    text = (
        "Giá trị sản xuất công nghiệp 7 tháng ước đạt 8.800 tỷ đồng, tăng trên 17%; tập trung chủ yếu ở "
        "các ngành công nghiệp sản xuất và phân phối điện; cung cấp nước, thu gom và xử lý rác thải và "
        "công nghiệp chế biến, chế tạo…Một số sản phẩm công nghiệp chủ lực của tỉnh vẫn duy trì ở mức "
        "tăng trưởng khá, như: đường tinh chế tăng 28%, chế biến chè các loại tăng 39%."
    )
    assert [f[0] for f in _facts(text)] == ["industrial_output_value", "other", "other"]


def test_bracket_within_an_industry_name_does_not_end_the_item() -> None:
    # "sản xuất sản phẩm từ kim loại đúc sẵn (trừ máy móc, thiết bị) tăng 10,47%": the
    # classification's name holds a bracket (blind7 r331, blind11 r448, blind20 r801).
    text = (
        "Chỉ số sản xuất công nghiệp năm 2022 tăng 15,37%. Một số ngành phục hồi, chỉ số sản xuất đạt "
        "mức tăng khá: ngành sản xuất da tăng 11,71%; ngành sản xuất sản phẩm từ kim loại đúc sẵn (trừ "
        "máy móc, thiết bị) tăng 10,47%; ngành sản xuất giường, tủ, bàn, ghế tăng 21,03%."
    )
    assert _facts(text) == [("iip", 15.37), ("iip", 11.71), ("iip", 10.47), ("iip", 21.03)]


def test_wind_turbines_and_generating_units_are_other_counts() -> None:
    # blind17 r665 / r666, blind18 r714 / r715, blind20 r790.
    text = (
        "Năm 2021, tỉnh có 4 dự án điện gió hoàn thành, với 26 trụ tuabin gió. Giai đoạn 1 dự án "
        "xây lắp 16 tua bin. Giai đoạn 2 tập trung hoàn thành 28 tổ máy còn lại."
    )
    assert [f for f in _facts(text) if f[1] in (26, 16, 28)] == [("other", 26), ("other", 16), ("other", 28)]


def test_products_counted_as_rising_or_falling_are_other_counts() -> None:
    # blind12 r469, blind14 r540 / r541 / r562; a volume in pieces stays out (dev r195).
    text = (
        "Trong tháng 01/2018, có 23/25 sản phẩm công nghiệp chủ yếu tăng so với tháng trước. Trong "
        "năm, 50/73 sản phẩm công nghiệp có sản lượng tăng. Mặt hàng may mặc sản xuất đạt 25,463 triệu "
        "sản phẩm, xi măng đạt 736.000 tấn."
    )
    assert [f for f in _facts(text) if f[0] == "other"] == [("other", 23), ("other", 50)]


def test_share_purchases_counted_by_case_or_deal_are_other_counts() -> None:
    # blind15 r580, blind18 r708 / r709; "giảm 23 trường hợp" alone counts nothing (blind10 r422).
    text = (
        "Về góp vốn, mua cổ phần, có 2.219 trường hợp nhà đầu tư nước ngoài thực hiện. Ngoài ra có "
        "1.795 giao dịch góp vốn mua cổ phần. Số doanh nghiệp giải thể giảm 23 trường hợp."
    )
    assert [f for f in _facts(text) if f[0] == "other"] == [("other", 2219), ("other", 1795)]
