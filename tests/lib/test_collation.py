from provind.lib.collation import vi_sort_key, vi_sorted


def test_d_stroke_comes_after_d_and_before_e():
    names = ["Đồng Hỷ", "Định Hóa", "Dương Tự Minh", "Đại Từ", "Em", "Bắc Kạn", "Bá Xuyên", "Ba Bể"]

    assert vi_sorted(names) == ["Ba Bể", "Bá Xuyên", "Bắc Kạn", "Dương Tự Minh", "Đại Từ", "Định Hóa", "Đồng Hỷ", "Em"]


def test_tones_sort_after_the_letters_in_dictionary_order():
    assert vi_sorted(["bạ", "bá", "bã", "bả", "bà", "ba", "bác"]) == ["ba", "bà", "bả", "bã", "bá", "bạ", "bác"]


def test_modified_letters_follow_their_base_letter():
    assert vi_sorted(["ơ", "ô", "o", "ư", "u", "â", "ă", "a", "ê", "e"]) == [
        "a",
        "ă",
        "â",
        "e",
        "ê",
        "o",
        "ô",
        "ơ",
        "u",
        "ư",
    ]


def test_case_and_precomposed_or_decomposed_text_sort_alike():
    import unicodedata

    decomposed = unicodedata.normalize("NFD", "Phổ Yên")
    assert vi_sort_key(decomposed)[:2] == vi_sort_key("phổ yên")[:2]
    assert vi_sorted(["Sông Công 2", "Sông Công", "Sông Cầu"]) == ["Sông Cầu", "Sông Công", "Sông Công 2"]
