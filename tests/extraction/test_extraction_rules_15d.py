"""Design debt paid without changing the output (issue 15, w15d): counted nouns listed once,
indicators fixed by unit as a fact is made, products' volumes under one definition."""

from __future__ import annotations

from provind.extraction import extract_facts, lexicon, quantities
from provind.extraction.facts import _code_in_unit


def test_every_counted_noun_is_tagged_and_has_its_concept() -> None:
    # ``lexicon._NOUN_ENTRIES`` makes both the tagger's regex and ``NOUN_CONCEPT``: every key
    # is tagged whole after a number, and what is tagged has a concept.
    for key, concept in lexicon.NOUN_CONCEPT.items():
        after = " góp vốn." if key in ("trường hợp", "giao dịch") else "."
        found = [q for q in quantities.tag(f"có 12 {key}{after}") if q.noun is not None]
        assert [q.noun for q in found] == [key], key
        assert lexicon.NOUN_CONCEPT[found[0].noun or ""] == concept


def test_a_longer_noun_wins_over_the_noun_it_begins_with() -> None:
    # The entries' order is the regex's: "cụm công nghiệp" before "cụm", "tỉnh, thành phố"
    # before "tỉnh", and a comma or slash spaced either way is the same key.
    cases = {
        "41 cụm công nghiệp": "cụm công nghiệp",
        "9 tỉnh ,  thành phố có": "tỉnh , thành phố",
        "9 tỉnh,thành phố có": "tỉnh,thành phố",
        "5 tỉnh / thành có": "tỉnh / thành",
        "3 xã hội": None,
        "3 khu đô thị": None,
    }
    for text, noun in cases.items():
        tagged = [q.noun for q in quantities.tag(text)]
        assert tagged == [noun], text


def test_an_indicator_is_fixed_by_its_unit_as_the_fact_is_made() -> None:
    assert _code_in_unit("export_value", "VND") == "other"
    assert _code_in_unit("import_value", "VND") == "other"
    assert _code_in_unit("export_value", "USD") == "export_value"
    assert _code_in_unit("other", "kWh") == "electricity"
    assert _code_in_unit("other", "VND") == "other"


def test_a_growth_after_a_tonnage_after_exports_is_the_products() -> None:
    # (w13a's half of the products' volumes rule, blind19 r750) "Dưa chuột đóng hộp 3.662 tấn,
    # tăng 46,2%" after the export values: read as a figure of its own, not the exports', and
    # named by its product (w13d's half).
    text = (
        "Kim ngạch xuất khẩu hàng nông, lâm, thủy sản năm 2019 đạt 207,350 triệu USD, tăng 12,94% so với "
        "cùng kỳ. Trong đó, thủy sản 106,903 triệu USD, tăng 3,29% so với cùng kỳ. Một số mặt hàng "
        "xuất khẩu có sản lượng tăng cao, như: Dưa chuột đóng hộp 3.662 tấn, tăng 46,2% so với cùng kỳ; "
        "tinh bột sắn 60.071 tấn, tăng 43,5% so với cùng kỳ."
    )
    growths = {f.change.value: (f.indicator, f.phrase) for f in extract_facts(text) if f.change and f.value is None}
    assert growths[46.2] == ("other", "dưa chuột đóng hộp")
    assert growths[43.5] == ("other", "tinh bột sắn")
