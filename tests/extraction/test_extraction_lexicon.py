from __future__ import annotations

import pytest

from provind.extraction.lexicon import code_for, find_phrases
from provind.extraction.normalize import normalize


def _concepts(text: str) -> list[str]:
    return [p.concept for p in find_phrases(normalize(text).norm)]


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        ("Chỉ số sản xuất toàn ngành công nghiệp", "IIP"),
        ("tổng mức bán lẻ hàng hoá và doanh thu dịch vụ", "RETAIL"),  # old-style tone
        ("tổng mức bán lẻ hàng hóa và doanh thu dịch vụ", "RETAIL"),  # new-style tone
        ("kim ngạch xuất khẩu", "EXPORT"),
        ("kim ngạch xuất nhập khẩu", "TRADE_TOTAL"),
        ("nhập siêu", "DEFICIT"),
        ("GRDP bình quân đầu người", "GRDP_PC"),
        ("tỷ lệ che phủ rừng", "FOREST"),
        ("Chỉ số giá tiêu dùng", "CPI"),
        ("điện thương phẩm", "ELEC"),
        ("giải ngân vốn đầu tư công", "PUBLIC"),
        ("vốn đầu tư phát triển toàn xã hội", "SOCIAL"),
        ("quỹ đất công nghiệp", "IND_LAND"),
        ("tỷ lệ lấp đầy", "OCCUPANCY"),
        ("cụm  công nghiệp", "CLUSTER"),
    ],
)
def test_it_maps_phrases_to_concepts(text: str, concept: str) -> None:
    assert _concepts(text) == [concept]


def test_it_matches_whole_words_only() -> None:
    assert _concepts("fdiabc xyziip") == []


@pytest.mark.parametrize(
    ("concept", "kind", "code"),
    [
        ("GRDP", "money", "grdp"),
        ("GRDP", "pct", "grdp_growth"),
        ("CLUSTER", "count", "cluster_count"),
        ("CLUSTER", "area", "cluster_area"),
        ("CLUSTER", "ratio", "cluster_count"),
        ("FOREST", "money", None),
    ],
)
def test_it_resolves_codes_by_quantity_kind(concept: str, kind: str, code: str | None) -> None:
    assert code_for(concept, kind) == code
