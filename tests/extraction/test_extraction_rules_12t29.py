"""Rules from tuning on blind29: industrial parks, economic zones and clusters (issue 12, w12t29)."""

from __future__ import annotations

from provind.extraction import extract_facts


def _facts(text: str, region: str | None = "Hưng Yên") -> list[tuple[str, float | None, str | None]]:
    return [(f.indicator, f.value, f.unit) for f in extract_facts(text, region=region)]


# A copied web table: one cell a line, header cells wrapped ("Diện tích KCN", "(ha)"; "Tỷ lệ",
# "lấp đầy", "(%)"), a section heading after the header, an STT column and long investor names.
_PARK_TABLE = "\n\n".join(
    [
        "Danh mục các KCN đã được quy hoạch trên địa bàn tỉnh Hưng Yên",
        "STT",
        "Tên KCN",
        "Chủ đầu tư hạ tầng KCN",
        "Diện tích KCN",
        "(ha)",
        "Diện tích đất công nghiệp có thể cho thuê",
        "(ha)",
        "Tỷ lệ",
        "lấp đầy",
        "(%)",
        "I",
        "Các KCN đã đi vào hoạt động",
        "1",
        "Phố Nối A",
        "Công ty TNHH Phát triển hạ tầng Khu công nghiệp Hòa Phát Hưng Yên",
        "688,94",
        "492,1",
        "84",
        "2",
        "Dệt may Phố Nối",
        "Công ty cổ phần phát triển hạ tầng dệt may phố nối",
        "121,81",
        "93",
        "100",
        "3",
        "Thăng Long II",
        "Công ty TNHH khu công nghiệp Thăng Long II",
        "525,7",
        "401,42",
        "70",
    ]
)


def test_wrapped_table_header_gives_park_areas_and_land() -> None:
    facts = _facts(_PARK_TABLE)
    assert ("industrial_park_area", 688.94, "ha") in facts
    assert ("industrial_land_area", 401.42, "ha") in facts
    # The row numbers are no values of the row before.
    assert not any(f[1] in (2.0, 3.0) for f in facts)


def test_occupancy_column_of_a_park_table() -> None:
    facts = _facts(_PARK_TABLE)
    assert ("industrial_park_occupancy", 84.0, "%") in facts
    assert ("industrial_park_occupancy", 70.0, "%") in facts


def test_economic_zone_area_is_other_and_its_land_for_industry() -> None:
    text = "Khu kinh tế Thái Bình có diện tích 30.583 ha, trong đó diện tích dành cho công nghiệp là 8.020 ha."
    facts = _facts(text, "Thái Bình")
    assert ("other", 30583.0, "ha") in facts
    assert ("industrial_land_area", 8020.0, "ha") in facts


def test_parks_in_economic_zones_keep_their_area() -> None:
    text = (
        "Cả nước đã có 413 khu công nghiệp (KCN) đã thành lập (bao gồm 369 KCN nằm ngoài các KKT, "
        "7 KCN nằm trong các KKT cửa khẩu) với tổng diện tích đất tự nhiên đạt khoảng 120.000 ha."
    )
    assert ("industrial_park_area", 120000.0, "ha") in _facts(text, None)


def test_economic_zone_board_after_the_figure_is_no_place() -> None:
    text = (
        "Thủ tướng ban hành quyết định về chủ trương đầu tư dự án hạ tầng khu công nghiệp Hải Long. "
        "Theo đó, quy mô sử dụng đất của dự án là 296,97 ha, giao Ủy ban nhân dân tỉnh chỉ đạo Ban Quản lý "
        "khu kinh tế và các khu công nghiệp tỉnh phối hợp với các cơ quan có liên quan."
    )
    assert ("industrial_park_area", 296.97, "ha") in _facts(text, "Thái Bình")


def test_park_areas_listed_after_a_colon() -> None:
    text = (
        "Thủ tướng Chính phủ đồng ý giữ nguyên diện tích quy hoạch đối với các khu công nghiệp: "
        "Phúc Khánh 173 ha; Nguyễn Đức Cảnh 101,89 ha, Cầu Nghìn 97,5 ha."
    )
    facts = _facts(text, "Thái Bình")
    assert [f for f in facts if f[2] == "ha"] == [
        ("industrial_park_area", 173.0, "ha"),
        ("industrial_park_area", 101.89, "ha"),
        ("industrial_park_area", 97.5, "ha"),
    ]


def test_headline_bound_over_the_body_figure_is_reported_once() -> None:
    text = (
        "10 tháng đầu năm 2020, hơn 8 tỉ USD vốn FDI đổ vào các khu công nghiệp\n"
        "Chỉ trong 10 tháng đầu năm 2020, các khu công nghiệp (KCN), khu kinh tế (KKT) đã thu hút được "
        "591 dự án FDI với số vốn đăng ký mới và tăng thêm đạt khoảng 8,3 tỷ USD."
    )
    fdi = [f for f in _facts(text, "Việt Nam") if f[0] == "fdi_capital"]
    assert len(fdi) == 1
    assert fdi[0][1] is not None
    assert abs(fdi[0][1] - 8.3e9) < 1e3
