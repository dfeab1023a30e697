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


PERIODS = """Thực hiện tháng 9 năm 2023
Ước tính tháng 10 năm 2023
Lũy kế thực hiện 10 tháng năm 2023
Tháng 10/2023 so với cùng kỳ năm trước (%)
Lũy kế 10 tháng năm 2023 so với cùng kỳ năm trước (%)
Đơn vị tính : Tỷ đồng
Tổng số
1000,0
1100,5
9000,0
112,0
110,0
Phân theo nhóm ngành hàng
Doanh thu bán lẻ
800,0
850,0
7000,0
113,0
111,0
Dịch vụ lưu trú
100,0
95,5
900,0
95,0
104,0
"""


def test_a_statistics_table_of_period_columns_pairs_each_change_with_its_period() -> None:
    facts = extract_facts(PERIODS, region="Huế")
    assert len(facts) == 9
    total = [f for f in facts if f.breakdown is None and f.indicator == "retail_sales_services"][:3]
    assert [(f.period.kind, f.period.month, f.status) for f in total] == [
        ("month", 9, "actual"),
        ("month", 10, "estimate"),
        ("ytd", 10, "actual"),
    ]
    assert [f.change.value if f.change else None for f in total] == [None, 12, 10]
    assert total[1].value == 1_100_500_000_000  # "Đơn vị tính : Tỷ đồng" in the header
    lodging = [f for f in facts if f.breakdown == "dịch vụ lưu trú"]
    assert [f.indicator for f in lodging] == ["retail_sales_services"] * 3
    assert lodging[1].change is not None
    assert (lodging[1].change.direction, lodging[1].change.value) == ("down", 5)


NUMBERED = """15 cụm công nghiệp được đề xuất thành lập mới tại tỉnh giai đoạn 2021 - 2030:
STT | CCN | Địa điểm | Diện tích (ha) |
Huyện A | 145,5 | ||
1 | CCN Yên Lệnh | Xã Trác Văn | 69,5 |
2 | CCN Trác Văn | Xã Chuyên Ngoại | 76 |
3 | CCN Nha Xá | Xã Mộc Nam | 10 |
4 | CCN Tiên Sơn | Xã Tiên Sơn | 10 |
5 | CCN Lê Hồ | Xã Lê Hồ | 75 |
"""


def test_a_table_of_numbered_rows_reads_the_rows_not_their_numbers() -> None:
    facts = [f for f in extract_facts(NUMBERED, region="Hà Nam") if f.unit == "ha"]
    assert [f.value for f in facts] == [145.5, 69.5, 76, 10, 10, 75]
    assert {(f.indicator, f.unit, f.status, f.period.kind) for f in facts} == {("cluster_area", "ha", "plan", "range")}


def test_a_rate_column_holds_the_change_itself_and_a_signed_cell_is_a_fall() -> None:
    # "Tốc độ tăng (%)" is the change (52,1 is up 52,1%, not an index 152,1 read as down 47,9);
    # "-3,2" is a fall, and its row is read (a signed cell used to be taken for a label).
    text = (
        "Kim ngạch xuất khẩu năm 2023\n"
        "Địa phương | Xuất khẩu (triệu USD) | Tốc độ tăng (%)\n"
        "Hà Nội | 500 | 52,1\nHuế | 300 | 8,5\nCao Bằng | 200 | -3,2\nĐà Nẵng | 100 | 4\n"
    )
    changes = {
        f.region: (f.change.value, f.change.direction) if f.change else None
        for f in extract_facts(text)
        if f.indicator == "export_value"
    }
    assert changes == {
        "Hà Nội": (52.1, "up"),
        "Huế": (8.5, "up"),
        "Cao Bằng": (3.2, "down"),
        "Đà Nẵng": (4, "up"),
    }


def test_a_plan_named_before_a_table_of_what_was_done_does_not_make_it_a_plan() -> None:
    text = (
        "Theo quy hoạch phát triển cụm công nghiệp, đến nay các tỉnh đã thành lập được các cụm sau:\n"
        "Địa phương | Số cụm | Diện tích (ha)\n"
        "Lạng Sơn | 5 | 140,5\nCao Bằng | 4 | 95\nBắc Kạn | 3 | 60\n"
    )
    facts = extract_facts(text)
    assert len(facts) == 6
    assert {f.status for f in facts} == {"actual"}
    proposed = text.replace("đến nay các tỉnh đã thành lập được các cụm sau", "các cụm được đề xuất thành lập mới")
    assert {f.status for f in extract_facts(proposed)} == {"plan"}
