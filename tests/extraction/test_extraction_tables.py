"""Flattened tables (provind/extraction/tables.py): one cell per line or "|"-parted rows.

The texts are written for these tests in the shape of copied statistics tables; the figures
are made up and belong to no real province report."""

from __future__ import annotations

from provind.extraction import extract_facts

CELLS = """Số liệu cụm công nghiệp các tỉnh

TT

Địa phương

Cụm CN theo QH

Cụm CN đã thành lập

Số lượng

Diện tích (ha)

Số lượng

Diện tích (ha)

  1.

Lạng Sơn

khoảng 12

> 300

5

140,5

  2.

Cao Bằng

9

1.210

4

95

Tổng số:

21

1.510

9

235,5
"""


def _by_region(text: str, region: str | None = None) -> dict[tuple[str | None, str, str | None], object]:
    out = {}
    for f in extract_facts(text, region=region):
        out[(f.region, f.indicator, f.status)] = (f.value, f.unit, f.qualifier)
    return out


def test_a_table_of_one_cell_per_line_gives_each_cell_its_row_and_column() -> None:
    facts = _by_region(CELLS)
    assert facts[("Lạng Sơn", "cluster_count", "plan")] == (12, "count", "about")
    assert facts[("Lạng Sơn", "cluster_area", "plan")] == (300, "ha", "over")
    assert facts[("Lạng Sơn", "cluster_count", "actual")] == (5, "count", None)
    assert facts[("Lạng Sơn", "cluster_area", "actual")] == (140.5, "ha", None)
    assert facts[("Cao Bằng", "cluster_area", "plan")] == (1210, "ha", None)
    # The total row of a table of provinces covers several of them.
    assert facts[("multiple", "cluster_area", "actual")] == (235.5, "ha", None)
    assert len(extract_facts(CELLS)) == 12


def test_row_numbers_are_not_figures() -> None:
    values = {f.value for f in extract_facts(CELLS)}
    assert 1 not in values
    assert 2 not in values


ROWS = """MỘT SỐ CHỈ TIÊU CHỦ YẾU 9 THÁNG NĂM 2024
Chỉ tiêu | Đơn vị tính | Thực hiện 9 tháng | So cùng kỳ (%)
Kim ngạch xuất khẩu | triệu USD | 1.250,5 | 107,3
Kim ngạch nhập khẩu | triệu USD | 980 | 96,5
Thu ngân sách nhà nước | tỷ đồng | 4.100 | 110,0
Ghi chú: số liệu 9 tháng là số ước tính.
"""


def test_a_table_of_indicator_rows_reads_unit_period_index_and_note() -> None:
    facts = {f.indicator: f for f in extract_facts(ROWS, region="Hà Giang")}
    export = facts["export_value"]
    assert export.value == 1_250_500_000
    assert export.unit == "USD"
    assert export.period.kind == "ytd"
    assert (export.period.year, export.period.month, export.period.months) == (2024, 9, 9)
    assert export.change is not None
    assert (export.change.direction, export.change.value, export.change.basis) == ("up", 7.3, "yoy")
    # The note below the table makes the figures estimates.
    assert export.status == "estimate"
    assert export.region == "Hà Giang"
    imports = facts["import_value"]
    assert imports.change is not None
    assert (imports.change.direction, imports.change.value) == ("down", 3.5)
    assert facts["budget_revenue"].value == 4_100_000_000_000
    assert facts["budget_revenue"].change is not None
    assert facts["budget_revenue"].change.value == 10
    assert len(facts) == 3


def test_prose_with_short_lines_is_not_a_table() -> None:
    text = "Xuất khẩu\n\nước đạt 5 tỷ USD\n\ntăng 5%.\n\n2024\n\n2025\n"
    facts = extract_facts(text)
    assert [(f.indicator, f.value) for f in facts if f.value is not None] == [("export_value", 5_000_000_000)]
