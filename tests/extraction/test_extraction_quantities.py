from __future__ import annotations

import json
from pathlib import Path

import pytest

from provind.extraction.normalize import normalize
from provind.extraction.quantities import FACT_KINDS, Quantity, tag


def _facts(text: str) -> list[Quantity]:
    return [q for q in tag(normalize(text).norm) if q.kind not in ("bare",)]


@pytest.mark.parametrize(
    ("text", "kind", "value", "unit"),
    [
        ("đạt 45.000 tỷ đồng", "money", 45e12, "VND"),
        ("đạt 17,6 tỷ USD", "money", 17.6e9, "USD"),
        ("đạt 878,1 nghìn tỷ đồng", "money", 878.1e12, "VND"),
        ("đạt 142 ngàn tỷ đồng", "money", 142e12, "VND"),
        ("đạt 512 triệu đô la Mỹ", "money", 512e6, "USD"),
        ("đạt 62,5 triệu VNĐ/người", "money", 62.5e6, "VND"),
        ("với trên 6.000ha", "area", 6000, "ha"),
        ("là 356 hécta", "area", 356, "ha"),
        ("tăng 7,1%", "pct", 7.1, "%"),
        ("tăng 4 điểm phần trăm", "pp", 4, "pp"),
        ("tăng 1,5 lần", "times", 1.5, "x"),
        ("đạt 2,15 tỷ kWh", "energy", 2.15e9, "kWh"),
        ("có 41 cụm công nghiệp", "count", 41, "count"),
        ("thu ngân sách đạt 5.000 tỷ.", "money", 5e12, "VND"),
    ],
)
def test_it_types_quantities(text: str, kind: str, value: float, unit: str) -> None:
    (q,) = _facts(text)
    assert (q.kind, q.unit) == (kind, unit)
    assert q.value == pytest.approx(value)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # Spellings the quantity regex always accepted but whose factor was once missing (1).
        ("đạt 5 triệu tỉ đồng", 5e15),
        ("đạt 5 nghìntỷ đồng", 5e12),
        ("đạt 5 ngan tỉ đồng", 5e12),
        ("đạt 5 triệu  tỷ đồng", 5e15),
    ],
)
def test_it_scales_every_spelling_of_the_compound_scale_words(text: str, value: float) -> None:
    (q,) = _facts(text)
    assert (q.kind, q.unit) == ("money", "VND")
    assert q.value == pytest.approx(value)


def test_it_does_not_read_tram_after_digits_as_a_scale() -> None:
    assert [q.kind for q in tag(normalize("5 trăm đồng").norm)] == ["bare"]


def test_it_reads_ratios_with_their_counted_noun() -> None:
    (q,) = _facts("đã có 27/41 cụm công nghiệp có chủ đầu tư")
    assert (q.kind, q.value, q.of, q.noun) == ("ratio", 27, 41, "cụm công nghiệp")


def test_it_reads_value_ranges() -> None:
    (q,) = _facts("đạt từ 8,4 - 8,8%")
    assert (q.value, q.value_max) == (8.4, 8.8)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Quyết định 222/QĐ-TTg", "doc"),
        ("Nghị định 32/2024/NĐ-CP", "doc"),
        ("ngày 19/8/2009", "date"),
        ("từ ngày 1.5.2022", "date"),
        ("trạm biến áp 500kV", "capacity"),
        ("công suất 2.400 MW", "capacity"),
        ("quy mô 2x250MVA", "equipment"),
    ],
)
def test_it_recognises_numbers_that_are_never_facts(text: str, kind: str) -> None:
    kinds = [q.kind for q in tag(normalize(text).norm)]
    assert kinds == [kind]


@pytest.mark.parametrize("text", ["COVID-19", "bão số 3", "năm 2024", "2. Xuất khẩu", "3 triệu tấn", "đã psts 17.6"])
def test_it_leaves_unitless_numbers_bare(text: str) -> None:
    assert all(q.kind == "bare" for q in tag(normalize(text).norm))


def test_visits_after_a_scale_word_are_counted_not_money() -> None:
    # (w12va: visits are counted, as the real-text gold annotates them; they were bare before.)
    (q,) = tag(normalize("3 triệu lượt khách").norm)
    assert (q.kind, q.value, q.unit) == ("count", 3_000_000, "count")


def test_facts_only_keeps_the_fact_quantities_of_the_full_reading() -> None:
    here = Path(__file__).resolve().parent
    for path in sorted(here.glob("*.gold.jsonl")) + sorted((here / "real").glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            norm = normalize(json.loads(line)["text"]).norm
            assert tag(norm, facts_only=True) == [q for q in tag(norm) if q.kind in FACT_KINDS]
