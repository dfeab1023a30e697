"""Indicator names as official statistics write them, one neutral sentence each.

The lexicon was written from the dev texts, and held-out text showed that other provinces
and offices name the same indicator differently (README, "Fourth pass, lexicon coverage").
The names below come from the wording of the General Statistics Office's monthly reports,
provincial statistics offices and Departments of Industry and Trade, not from the dev texts:
each is put in the same short sentence with a unit that fits its code, and the figure must
get that code. The sentences are neutral on purpose (no period, status or comparison
quirks): only the indicator name varies.
"""

from __future__ import annotations

import pytest

from provind.extraction import extract_facts

# (name, code, figure with its unit, value as stored). A rate-type code is a change, the rest
# a level with a change after it.
_RATE = ("ước tăng 5,2% so với cùng kỳ", 5.2)
_VND = ("ước đạt 1.234 tỷ đồng, tăng 5,2% so với cùng kỳ", 1.234e12)
_USD = ("ước đạt 1.234 triệu USD, tăng 5,2% so với cùng kỳ", 1.234e9)
_ENT = ("ước đạt 1.234 doanh nghiệp, tăng 5,2% so với cùng kỳ", 1234)
_KWH = ("ước đạt 1.234 triệu kWh, tăng 5,2% so với cùng kỳ", 1.234e9)
_PCT = ("ước đạt 65,4%", 65.4)
_CLUSTERS = ("là 12 cụm", 12)
_PARKS = ("là 12 khu", 12)
_HA = ("ước đạt 1.234 ha", 1234)

CASES: list[tuple[str, str, tuple[str, float]]] = [
    # Industrial production index (GSO: "chỉ số sản xuất toàn ngành công nghiệp (IIP)").
    ("Chỉ số sản xuất toàn ngành công nghiệp (IIP)", "iip", _RATE),
    ("Chỉ số sản xuất công nghiệp (IIP)", "iip", _RATE),
    ("Chỉ số sản xuất công nghiệp trên địa bàn tỉnh", "iip", _RATE),
    ("Chỉ số sản xuất công nghiệp toàn tỉnh", "iip", _RATE),
    ("Chỉ số phát triển công nghiệp", "iip", _RATE),
    ("Chỉ số phát triển sản xuất công nghiệp", "iip", _RATE),
    ("Chỉ số phát triển ngành công nghiệp", "iip", _RATE),
    ("Chỉ số toàn ngành công nghiệp", "iip", _RATE),
    ("IIP toàn ngành công nghiệp", "iip", _RATE),
    ("Chỉ số sản xuất công nghiệp (IIP) toàn tỉnh", "iip", _RATE),
    ("Chỉ số sản xuất công nghiệp của tỉnh", "iip", _RATE),
    ("Chỉ số phát triển toàn ngành công nghiệp", "iip", _RATE),
    ("Chỉ số sản xuất công nghiệp toàn ngành", "iip", _RATE),
    # Industrial output value.
    ("Giá trị sản xuất công nghiệp (theo giá so sánh 2010)", "industrial_output_value", _VND),
    ("Giá trị sản xuất công nghiệp theo giá so sánh năm 2010", "industrial_output_value", _VND),
    ("Giá trị sản xuất công nghiệp (giá so sánh 2010)", "industrial_output_value", _VND),
    ("Giá trị sản xuất công nghiệp theo giá hiện hành", "industrial_output_value", _VND),
    ("Giá trị sản xuất toàn ngành công nghiệp", "industrial_output_value", _VND),
    ("Tổng giá trị sản xuất công nghiệp", "industrial_output_value", _VND),
    ("Giá trị sản xuất công nghiệp trên địa bàn", "industrial_output_value", _VND),
    ("Giá trị sản xuất công nghiệp - tiểu thủ công nghiệp", "industrial_output_value", _VND),
    ("Giá trị sản xuất công nghiệp, tiểu thủ công nghiệp", "industrial_output_value", _VND),
    ("Giá trị sản xuất CN-TTCN", "industrial_output_value", _VND),
    ("Giá trị SXCN", "industrial_output_value", _VND),
    # Retail sales of goods and consumer services.
    ("Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng", "retail_sales_services", _VND),
    ("Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng xã hội", "retail_sales_services", _VND),
    ("Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng theo giá hiện hành", "retail_sales_services", _VND),
    ("Tổng mức bán lẻ và doanh thu dịch vụ tiêu dùng", "retail_sales_services", _VND),
    ("Tổng mức hàng hóa bán lẻ", "retail_sales_services", _VND),
    ("Tổng mức hàng hóa bán lẻ và doanh thu dịch vụ", "retail_sales_services", _VND),
    ("Tổng mức bán lẻ hàng hóa, dịch vụ", "retail_sales_services", _VND),
    ("Tổng mức bán lẻ hàng hóa và dịch vụ tiêu dùng", "retail_sales_services", _VND),
    ("Tổng doanh thu bán lẻ hàng hóa và dịch vụ tiêu dùng", "retail_sales_services", _VND),
    ("Doanh thu bán lẻ hàng hóa", "retail_sales_services", _VND),
    ("Tổng mức luân chuyển hàng hóa bán lẻ", "retail_sales_services", _VND),
    ("Tổng mức lưu chuyển hàng hóa bán lẻ và doanh thu dịch vụ", "retail_sales_services", _VND),
    # Exports.
    ("Kim ngạch xuất khẩu hàng hóa", "export_value", _USD),
    ("Kim ngạch hàng hóa xuất khẩu", "export_value", _USD),
    ("Tổng kim ngạch xuất khẩu", "export_value", _USD),
    ("Tổng kim ngạch xuất khẩu hàng hóa", "export_value", _USD),
    ("Giá trị xuất khẩu", "export_value", _USD),
    ("Tổng giá trị xuất khẩu", "export_value", _USD),
    ("Giá trị kim ngạch xuất khẩu", "export_value", _USD),
    ("Trị giá xuất khẩu", "export_value", _USD),
    ("Trị giá hàng hóa xuất khẩu", "export_value", _USD),
    ("Kim ngạch xuất khẩu trên địa bàn tỉnh", "export_value", _USD),
    ("Kim ngạch xuất khẩu hàng hóa và dịch vụ", "export_value", _USD),
    # Imports.
    ("Kim ngạch nhập khẩu hàng hóa", "import_value", _USD),
    ("Kim ngạch hàng hóa nhập khẩu", "import_value", _USD),
    ("Tổng kim ngạch nhập khẩu", "import_value", _USD),
    ("Giá trị nhập khẩu", "import_value", _USD),
    ("Trị giá nhập khẩu", "import_value", _USD),
    ("Trị giá hàng hóa nhập khẩu", "import_value", _USD),
    ("Tổng trị giá nhập khẩu hàng hóa", "import_value", _USD),
    ("Giá trị kim ngạch nhập khẩu", "import_value", _USD),
    # Trade in both directions: `other` by SCHEMA.md.
    ("Tổng kim ngạch xuất nhập khẩu", "other", _USD),
    ("Tổng kim ngạch xuất, nhập khẩu hàng hóa", "other", _USD),
    ("Tổng trị giá xuất nhập khẩu", "other", _USD),
    ("Tổng kim ngạch hàng hóa xuất, nhập khẩu", "other", _USD),
    ("Tổng giá trị xuất nhập khẩu", "other", _USD),
    # Trade balance.
    ("Cán cân thương mại hàng hóa", "trade_balance", _USD),
    ("Thặng dư thương mại", "trade_balance", _USD),
    # GRDP, its growth and per head.
    ("Tổng sản phẩm trên địa bàn (GRDP)", "grdp", _VND),
    ("Tổng sản phẩm trên địa bàn tỉnh", "grdp", _VND),
    ("Tổng sản phẩm trên địa bàn theo giá hiện hành", "grdp", _VND),
    ("Quy mô GRDP", "grdp", _VND),
    ("GRDP theo giá hiện hành", "grdp", _VND),
    ("Tổng sản phẩm trong tỉnh (GRDP)", "grdp", _VND),
    ("Tốc độ tăng trưởng kinh tế", "grdp_growth", _RATE),
    ("Tốc độ tăng trưởng tổng sản phẩm trên địa bàn (GRDP)", "grdp_growth", _RATE),
    ("Tốc độ tăng tổng sản phẩm trên địa bàn", "grdp_growth", _RATE),
    ("Tốc độ tăng GRDP", "grdp_growth", _RATE),
    ("Tăng trưởng GRDP", "grdp_growth", _RATE),
    ("Tốc độ tăng trưởng GRDP", "grdp_growth", _RATE),
    ("Tăng trưởng kinh tế (GRDP)", "grdp_growth", _RATE),
    ("Tổng sản phẩm trên địa bàn (GRDP) theo giá so sánh 2010", "grdp_growth", _RATE),
    ("Quy mô nền kinh tế theo giá hiện hành", "grdp", _VND),
    ("GRDP bình quân đầu người", "grdp_per_capita", ("ước đạt 123,4 triệu đồng", 1.234e8)),
    ("Tổng sản phẩm bình quân đầu người", "grdp_per_capita", ("ước đạt 123,4 triệu đồng", 1.234e8)),
    ("GRDP bình quân trên người", "grdp_per_capita", ("ước đạt 123,4 triệu đồng", 1.234e8)),
    # State budget revenue.
    ("Thu ngân sách nhà nước trên địa bàn", "budget_revenue", _VND),
    ("Tổng thu ngân sách nhà nước", "budget_revenue", _VND),
    ("Tổng thu ngân sách nhà nước trên địa bàn", "budget_revenue", _VND),
    ("Tổng thu NSNN trên địa bàn", "budget_revenue", _VND),
    ("Tổng thu ngân sách", "budget_revenue", _VND),
    ("Tổng thu cân đối ngân sách nhà nước trên địa bàn", "budget_revenue", _VND),
    ("Thu cân đối ngân sách nhà nước", "budget_revenue", _VND),
    ("Thu ngân sách nhà nước", "budget_revenue", _VND),
    ("Thu NSNN", "budget_revenue", _VND),
    ("Tổng thu ngân sách nhà nước trên địa bàn tỉnh", "budget_revenue", _VND),
    ("Tổng thu ngân sách địa phương", "budget_revenue", _VND),
    # Foreign and domestic direct investment.
    ("Vốn đầu tư trực tiếp nước ngoài", "fdi_capital", _USD),
    ("Tổng vốn đầu tư trực tiếp nước ngoài (FDI)", "fdi_capital", _USD),
    ("Vốn đầu tư trực tiếp nước ngoài đăng ký", "fdi_capital", _USD),
    ("Tổng vốn đầu tư nước ngoài đăng ký", "fdi_capital", _USD),
    ("Tổng vốn FDI đăng ký", "fdi_capital", _USD),
    ("Thu hút vốn đầu tư trực tiếp nước ngoài", "fdi_capital", _USD),
    ("Vốn FDI", "fdi_capital", _USD),
    ("Vốn đầu tư nước ngoài (FDI)", "fdi_capital", _USD),
    ("Tổng vốn đầu tư nước ngoài", "fdi_capital", _USD),
    ("Vốn đầu tư FDI", "fdi_capital", _USD),
    ("Thu hút đầu tư trực tiếp nước ngoài", "fdi_capital", _USD),
    ("Tổng vốn đầu tư trực tiếp nước ngoài đăng ký", "fdi_capital", _USD),
    ("Vốn đầu tư trong nước", "domestic_investment_capital", _VND),
    ("Tổng vốn đầu tư trong nước đăng ký", "domestic_investment_capital", _VND),
    ("Vốn đầu tư trực tiếp trong nước", "domestic_investment_capital", _VND),
    ("Vốn DDI", "domestic_investment_capital", _VND),
    ("Tổng vốn đăng ký của các dự án đầu tư trong nước", "domestic_investment_capital", _VND),
    ("Vốn đầu tư trực tiếp trong nước (DDI)", "domestic_investment_capital", _VND),
    # Investment of society and public investment.
    ("Vốn đầu tư thực hiện toàn xã hội", "social_investment", _VND),
    ("Vốn đầu tư phát triển toàn xã hội", "social_investment", _VND),
    ("Tổng vốn đầu tư toàn xã hội", "social_investment", _VND),
    ("Vốn đầu tư toàn xã hội thực hiện", "social_investment", _VND),
    ("Vốn đầu tư thực hiện toàn xã hội theo giá hiện hành", "social_investment", _VND),
    ("Vốn đầu tư thực hiện trên địa bàn", "social_investment", _VND),
    ("Vốn đầu tư thực hiện trên địa bàn tỉnh", "social_investment", _VND),
    ("Tổng vốn đầu tư thực hiện trên địa bàn", "social_investment", _VND),
    ("Vốn đầu tư phát triển trên địa bàn tỉnh", "social_investment", _VND),
    ("Vốn đầu tư toàn xã hội", "social_investment", _VND),
    ("Tổng vốn đầu tư phát triển toàn xã hội trên địa bàn", "social_investment", _VND),
    ("Giải ngân vốn đầu tư công", "public_investment_disbursement", _VND),
    ("Giá trị giải ngân vốn đầu tư công", "public_investment_disbursement", _VND),
    ("Vốn đầu tư công giải ngân", "public_investment_disbursement", _VND),
    ("Giải ngân kế hoạch vốn đầu tư công", "public_investment_disbursement", _VND),
    # New enterprises.
    ("Số doanh nghiệp đăng ký thành lập mới", "new_enterprises", _ENT),
    ("Số doanh nghiệp thành lập mới", "new_enterprises", _ENT),
    ("Doanh nghiệp thành lập mới", "new_enterprises", _ENT),
    ("Số doanh nghiệp mới thành lập", "new_enterprises", _ENT),
    ("Doanh nghiệp đăng ký thành lập mới", "new_enterprises", _ENT),
    ("Số doanh nghiệp đăng ký thành lập", "new_enterprises", _ENT),
    ("Số doanh nghiệp đăng ký mới", "new_enterprises", _ENT),
    ("Số doanh nghiệp thành lập mới trên địa bàn", "new_enterprises", _ENT),
    # Industrial clusters and parks.
    ("Số cụm công nghiệp", "cluster_count", _CLUSTERS),
    ("Tổng số cụm công nghiệp", "cluster_count", _CLUSTERS),
    ("Tổng diện tích các cụm công nghiệp", "cluster_area", _HA),
    ("Diện tích cụm công nghiệp", "cluster_area", _HA),
    ("Tỷ lệ lấp đầy các cụm công nghiệp", "cluster_occupancy", _PCT),
    ("Tỷ lệ lấp đầy bình quân của các cụm công nghiệp", "cluster_occupancy", _PCT),
    ("Số khu công nghiệp", "industrial_park_count", _PARKS),
    ("Tổng diện tích các khu công nghiệp", "industrial_park_area", _HA),
    ("Tỷ lệ lấp đầy các khu công nghiệp", "industrial_park_occupancy", _PCT),
    ("Tỷ lệ lấp đầy bình quân các khu công nghiệp", "industrial_park_occupancy", _PCT),
    # Names from other offices' reports, beside the statistics office's.
    ("Chỉ số IIP", "iip", _RATE),
    ("Chỉ số sản xuất ngành công nghiệp chế biến, chế tạo", "iip", _RATE),
    ("Hàng hóa xuất khẩu", "export_value", _USD),
    ("Giá trị hàng xuất khẩu", "export_value", _USD),
    ("Kim ngạch xuất khẩu (theo giá hiện hành)", "export_value", _USD),
    ("Vốn đầu tư nước ngoài đăng ký cấp mới", "fdi_capital", _USD),
    ("Tổng vốn đầu tư đăng ký FDI", "fdi_capital", _USD),
    ("Thu hút đầu tư nước ngoài", "fdi_capital", _USD),
    ("Thu ngân sách trên địa bàn", "budget_revenue", _VND),
    ("Số thu ngân sách nhà nước", "budget_revenue", _VND),
    ("Doanh thu bán lẻ hàng hóa và dịch vụ tiêu dùng", "retail_sales_services", _VND),
    ("Doanh thu dịch vụ lưu trú, ăn uống", "retail_sales_services", _VND),
    ("Giá trị sản xuất công nghiệp (giá SS 2010)", "industrial_output_value", _VND),
    ("Giá trị sản xuất ngành công nghiệp (theo giá so sánh 2010)", "industrial_output_value", _VND),
    ("Tổng vốn đầu tư công đã giải ngân", "public_investment_disbursement", _VND),
    ("Kết quả giải ngân vốn đầu tư công", "public_investment_disbursement", _VND),
    ("Tỷ lệ giải ngân vốn đầu tư công", "public_investment_disbursement", _PCT),
    ("Tổng giá trị sản phẩm trên địa bàn", "grdp", _VND),
    ("Kinh tế tỉnh tăng trưởng", "grdp_growth", _RATE),
    ("Tổng sản phẩm trên địa bàn tỉnh (GRDP)", "grdp_growth", _RATE),
    ("Nguồn vốn đầu tư phát triển toàn xã hội", "social_investment", _VND),
    ("Tổng vốn đầu tư xã hội", "social_investment", _VND),
    ("Vốn đầu tư xã hội", "social_investment", _VND),
    ("Số doanh nghiệp được cấp giấy chứng nhận đăng ký doanh nghiệp", "new_enterprises", _ENT),
    ("Số doanh nghiệp được cấp mới giấy chứng nhận đăng ký doanh nghiệp", "new_enterprises", _ENT),
    ("Doanh nghiệp đăng ký mới", "new_enterprises", _ENT),
    ("Tỷ lệ lấp đầy bình quân các CCN", "cluster_occupancy", _PCT),
    ("Tỷ lệ lấp đầy các KCN", "industrial_park_occupancy", _PCT),
    ("Lượng điện thương phẩm", "electricity", _KWH),
    # Employment: the statistics office's monthly change in industrial employment.
    ("Chỉ số sử dụng lao động trong các doanh nghiệp công nghiệp", "employment", _RATE),
    ("Số lao động đang làm việc trong các doanh nghiệp công nghiệp", "employment", _RATE),
    # Department reports' shorthand (rewritten by ``spellings`` before the lexicon reads it).
    ("Giá trị sản xuất CN - TTCN", "industrial_output_value", _VND),
    ("Tổng mức bán lẻ HH và DTDV", "retail_sales_services", _VND),
    ("TMBL hàng hóa và doanh thu dịch vụ", "retail_sales_services", _VND),
    ("KNXK hàng hóa", "export_value", _USD),
    ("Tổng kim ngạch XNK", "other", _USD),
    ("Vốn ĐTNN", "fdi_capital", _USD),
    ("Vốn đầu tư toàn XH", "social_investment", _VND),
    ("Vốn đầu tư thực hiện toàn XH", "social_investment", _VND),
    ("Tổng thu NSNN", "budget_revenue", _VND),
    ("Số DN thành lập mới", "new_enterprises", _ENT),
    ("Chỉ số sản xuất toàn ngành CN", "iip", _RATE),
    ("Giá trị SXCN (giá SS 2010)", "industrial_output_value", _VND),
    # Prices, electricity, forest.
    ("Chỉ số giá tiêu dùng (CPI)", "cpi", _RATE),
    ("Chỉ số giá tiêu dùng bình quân", "cpi", _RATE),
    ("CPI bình quân", "cpi", _RATE),
    ("Chỉ số giá tiêu dùng chung", "cpi", _RATE),
    ("Chỉ số giá tiêu dùng (CPI) bình quân", "cpi", _RATE),
    ("CPI", "cpi", _RATE),
    ("Sản lượng điện thương phẩm", "electricity", _KWH),
    ("Điện thương phẩm", "electricity", _KWH),
    ("Điện năng thương phẩm", "electricity", _KWH),
    ("Sản lượng điện sản xuất", "electricity", _KWH),
    ("Sản lượng điện tiêu thụ", "electricity", _KWH),
    ("Tổng sản lượng điện thương phẩm", "electricity", _KWH),
    ("Sản lượng điện năng thương phẩm", "electricity", _KWH),
    ("Điện năng tiêu thụ", "electricity", _KWH),
    ("Sản lượng điện thương phẩm toàn tỉnh", "electricity", _KWH),
    ("Tỷ lệ che phủ rừng", "forest_cover", _PCT),
    ("Độ che phủ rừng", "forest_cover", _PCT),
]


def _sentence(name: str, figure: str) -> str:
    return f"{name} tháng 8 năm 2024 {figure}."


@pytest.mark.parametrize(("name", "code", "figure"), CASES, ids=[c[0] for c in CASES])
def test_it_names_the_indicator_as_official_statistics_do(name: str, code: str, figure: tuple[str, float]) -> None:
    text, value = figure
    facts = [
        f
        for f in extract_facts(_sentence(name, text))
        if f.value is not None and abs(f.value - value) < 1e-6 * max(1, abs(value))
    ]
    assert [f.indicator for f in facts] == [code]


# Names that look like an indicator's but are not its total, or not it at all: the coverage
# above must not have bought them.
NOT_THE_INDICATOR: list[tuple[str, str]] = [
    ("Năng suất lao động tháng 8 năm 2024 tăng 5,2%.", "employment"),
    ("Tỉnh có 3 khu đô thị và 2 khu vực, 4 khu.", "industrial_park_count"),
    ("Khu vực FDI chiếm 65,4% tổng kim ngạch xuất khẩu của tỉnh.", "export_value"),
    ("Kim ngạch xuất khẩu hàng dệt may chiếm 65,4% tổng kim ngạch xuất khẩu.", "export_value"),
    # A sector of GRDP, not the production index.
    ("Giá trị tăng thêm toàn ngành công nghiệp 6 tháng đầu năm 2024 tăng 7,07% so với cùng kỳ.", "iip"),
    ("Khu vực sản xuất công nghiệp và hoạt động xây dựng tăng 6,58%.", "iip"),
]


@pytest.mark.parametrize(("text", "code"), NOT_THE_INDICATOR)
def test_it_does_not_read_look_alikes_as_the_indicator(text: str, code: str) -> None:
    assert code not in [f.indicator for f in extract_facts(text)]
