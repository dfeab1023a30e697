"""Indicator phrases → concepts, and concepts → SCHEMA.md indicator codes.

A *concept* is what a phrase talks about ("xuất khẩu" → EXPORT). The indicator code also
depends on the kind of quantity it is attached to: "GRDP đạt 150.000 tỷ đồng" is ``grdp``,
"GRDP tăng 7,5%" is ``grdp_growth``; "cụm công nghiệp" with a count is ``cluster_count`` and
with hectares ``cluster_area``. ``resolve`` makes that decision; ``None`` means the phrase
cannot carry that kind of quantity and the caller looks further back.

All phrases are matched by one trie-shaped regex over the search string (lower case,
canonical tones), which keeps the scan close to linear even with a few hundred phrases.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import dataclass

from provind.extraction import scan
from provind.extraction.lazy import lazy_pattern
from provind.extraction.normalize import canonical_tones

# Codes whose value is a signed growth rate (SCHEMA.md "Rate-type indicators").
RATE_CODES = frozenset({"iip", "grdp_growth", "cpi"})

# concept -> phrases (written naturally; lowered and tone-canonicalised at import)
PHRASES: dict[str, tuple[str, ...]] = {
    "IIP": (
        "chỉ số sản xuất công nghiệp",
        "chỉ số sản xuất toàn ngành công nghiệp",
        "chỉ số sản xuất ngành công nghiệp",
        "chỉ số sản xuất toàn ngành",
        "chỉ số phát triển công nghiệp",
        "chỉ số phát triển sản xuất công nghiệp",
        "chỉ số công nghiệp",
        "chỉ số iip",
        "iip",
        "chỉ số sxcn",
        "chỉ số sản xuất cn",
        # Short and variant names of the same index ("chỉ số sản xuất tháng 8 ... giảm").
        "chỉ số sản xuất",
        "chỉ số sản xuất toàn ngành công nghiệp (iip)",
        "chỉ số sản xuất công nghiệp (iip)",
        "chỉ số sản xuất ngành",
        # (w12t18) "sản xuất công nghiệp tháng 8 tăng 32,55%", "hoạt động sản xuất công nghiệp
        # 6 tháng đầu năm 2021 đạt khá tăng 30,1 %": industry's growth named by the activity is
        # the production index (blind12 r464, r485, blind13 r516, blind18 r707, dev r128, r191);
        # only where a rise or fall follows it (``find_phrases``).
        "sản xuất công nghiệp",
        "hoạt động sản xuất công nghiệp",
    ),
    "IOV": (
        "giá trị sản xuất công nghiệp",
        "giá trị sản xuất toàn ngành công nghiệp",
        "giá trị sản xuất ngành công nghiệp",
        "giá trị sản xuất công nghiệp - xây dựng",
        "gtsx công nghiệp",
        "gtsxcn",
        "gtsx cn",
        "giá trị sản xuất cn",
        "giá trị sản xuất toàn ngành",
        "giá trị sản xuất công nghiệp theo giá so sánh",
        # "tổng giá trị sản phẩm toàn ngành công nghiệp năm 2018 ... đạt 4.726,11 tỷ đồng",
        # "tốc độ tăng trưởng tổng sản phẩm toàn ngành công nghiệp" (w12b6v): the industry's
        # output, not the province's GRDP.
        "tổng giá trị sản phẩm toàn ngành công nghiệp",
        "tổng giá trị sản phẩm công nghiệp",
        "tổng sản phẩm toàn ngành công nghiệp",
        # (longer than GRDP's "tốc độ tăng trưởng tổng sản phẩm", which would be read first)
        "tốc độ tăng trưởng tổng sản phẩm toàn ngành công nghiệp",
        "tốc độ tăng tổng sản phẩm toàn ngành công nghiệp",
        # The output of the parks, clusters or a processing industry is industrial output too
        # ("giá trị sản xuất tại các khu công nghiệp đạt 67.270 tỷ đồng", "giá trị sản xuất
        # ngành chế biến dừa ... 3.650 tỷ đồng"), not an `other` value (w12v11).
        "giá trị sản xuất tại các khu công nghiệp",
        "giá trị sản xuất của các khu công nghiệp",
        "giá trị sản xuất các khu công nghiệp",
        "giá trị sản xuất tại các cụm công nghiệp",
        "giá trị sản xuất của các cụm công nghiệp",
        "giá trị sản xuất tại các cụm, điểm công nghiệp",
        "giá trị sản xuất ngành chế biến",
        "giá trị sản xuất ngành công nghiệp chế biến",
    ),
    "RETAIL": (
        "tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng",
        "tổng mức bán lẻ hàng hóa và doanh thu dịch vụ",
        "tổng mức bán lẻ hàng hóa và dịch vụ",
        "tổng mức bán lẻ hàng hóa",
        "tổng mức bán lẻ",
        "doanh thu bán lẻ hàng hóa và dịch vụ",
        "doanh thu bán lẻ hàng hóa",
        "doanh thu bán lẻ",
        "tổng mức lưu chuyển hàng hóa bán lẻ",
        "bán lẻ hàng hóa và doanh thu dịch vụ",
        # (w13b) "bán lẻ hàng hóa và dịch vụ trên địa bàn tỉnh đạt 59,8 ngàn tỷ đồng" (blind28):
        # the whole named without "tổng mức" or "doanh thu".
        "bán lẻ hàng hóa và dịch vụ",
        "bán lẻ hàng hóa, dịch vụ",
        # The national summary's short form ("Tổng bán lẻ và dịch vụ tiêu dùng đạt 601,2
        # nghìn tỷ đồng").
        "tổng bán lẻ và dịch vụ tiêu dùng",
        "tổng bán lẻ hàng hóa và dịch vụ tiêu dùng",
        # (w12t20) The services half of retail named alone, with its groups after it ("Doanh
        # thu hoạt động dịch vụ tháng 9 ... đạt 670,51 tỷ đồng ..., trong đó: dịch vụ lưu trú
        # ăn uống ..."): blind20. (Its groups, "doanh thu hoạt động dịch vụ lưu trú", stay
        # RETAIL_PART: the longer phrase wins.)
        "doanh thu hoạt động dịch vụ",
    ),
    "EXPORT": (
        "kim ngạch xuất khẩu",
        "xuất khẩu hàng hóa",
        "giá trị xuất khẩu",
        "xuất khẩu",
        "kim ngạch xk",
        "giá trị hàng hóa xuất khẩu",
    ),
    "IMPORT": (
        "kim ngạch nhập khẩu",
        "nhập khẩu hàng hóa",
        "giá trị nhập khẩu",
        "nhập khẩu",
        "kim ngạch nk",
        "giá trị hàng hóa nhập khẩu",
    ),
    "TRADE_TOTAL": (
        "xuất nhập khẩu",
        "xuất, nhập khẩu",
        "xuất - nhập khẩu",
        "xuất-nhập khẩu",
        "xuất khẩu và nhập khẩu",
        "kim ngạch xnk",
        "tổng kim ngạch xuất nhập khẩu",
        "kim ngạch xuất nhập khẩu",
        "kim ngạch xuất, nhập khẩu",
        "kim ngạch xuất - nhập khẩu",
    ),
    "SURPLUS": ("xuất siêu", "thặng dư thương mại", "cán cân thương mại", "thặng dư"),
    "DEFICIT": ("nhập siêu", "thâm hụt thương mại"),
    "GRDP": (
        "grdp",
        "tổng sản phẩm trên địa bàn",
        "tổng sản phẩm địa phương",
        "tổng sản phẩm trong tỉnh",
        "quy mô nền kinh tế",
        "quy mô kinh tế",
        "quy mô grdp",
        # National figures use GDP; the schema keeps one code for both.
        "gdp",
        "tổng sản phẩm trong nước",
        "toàn nền kinh tế",
        "tổng sản phẩm",
    ),
    "GRDP_GROWTH": (
        "tốc độ tăng trưởng kinh tế",
        "tăng trưởng kinh tế",
        "tăng trưởng grdp",
        "tốc độ tăng trưởng grdp",
        "tốc độ tăng tổng sản phẩm",
        # (w12t20) "Tốc độ tăng GRDP bình quân từ 8,4 - 8,8%/năm" (a plan's growth, not the
        # figure per head "GRDP bình quân" would read): blind20 r797.
        "tốc độ tăng grdp",
        "kinh tế tăng trưởng",
        "tốc độ tăng trưởng tổng sản phẩm",
        "tốc độ tăng trưởng",
        "kinh tế của tỉnh tăng trưởng",
        "tăng trưởng kinh tế của tỉnh",
        # "Tăng trưởng của khu vực công nghiệp và xây dựng 9 tháng đạt 9,36%": a sector's.
        "tăng trưởng của khu vực",
    ),
    "GRDP_PC": (
        "grdp bình quân đầu người",
        "grdp bình quân/người",
        "grdp bình quân",
        "grdp/người",
        "grdp đầu người",
        "grdp trên đầu người",
        "tổng sản phẩm bình quân đầu người",
        # (A plan's wording: "Tổng sản phẩm trên địa bàn bình quân đầu người đến năm 2030 đạt 95
        # triệu đồng/người", blind26 r1038.)
        "tổng sản phẩm trên địa bàn bình quân đầu người",
        "bình quân đầu người",
        # National texts say GDP: "GDP bình quân đầu người theo giá hiện hành đạt khoảng 8.500
        # USD" (blind15 r591), not GDP itself.
        "gdp bình quân đầu người",
        "gdp đầu người",
        "gdp/người",
    ),
    # Income per head is not GRDP per head (SCHEMA.md: other).
    "INCOME": ("thu nhập bình quân đầu người", "thu nhập bình quân", "thu nhập bình quân/người"),
    # "kim ngạch" alone: the trade flow the text is about (resolved in ``facts``).
    "TRADE_GENERIC": ("kim ngạch",),
    "BUDGET": (
        "thu ngân sách nhà nước",
        "thu ngân sách",
        "tổng thu ngân sách",
        "thu nsnn",
        "tổng thu nsnn",
        "thu ngân sách trên địa bàn",
        "thu nội địa",
        # Revenue from crude oil, the other part beside "thu nội địa" in oil provinces ("thu
        # dầu thô đạt 268,1% dự toán").
        "thu dầu thô",
        "thu từ dầu thô",
        "thu ns",
        "thu từ hoạt động xuất nhập khẩu",
        "thu từ hoạt động xuất, nhập khẩu",
        "thu thuế xuất nhập khẩu",
        "thu thuế",
        "số thu thuế",
        "thu ngân sách địa phương",
        "thu cân đối ngân sách",
        "thu xuất nhập khẩu",
        "thu từ xuất nhập khẩu",
        # (w12t25) "thu cân đối từ hoạt động xuất nhập khẩu ước đạt 8.711,3 tỷ đồng" (blind25
        # r995, blind7 r337), "Thu hải quan đạt 660 tỷ đồng" (blind25 r985): the customs part.
        "thu cân đối từ hoạt động xuất nhập khẩu",
        "thu cân đối hoạt động xuất nhập khẩu",
        "thu hải quan",
        "đã thu được",
        # What enterprises pay in is the budget's revenue ("nộp ngân sách nhà nước của các
        # doanh nghiệp khoảng 27 triệu USD").
        "nộp ngân sách",
        "nộp ngân sách nhà nước",
        "nộp nsnn",
        # (w12v13) The revenue the tax office collects, budget revenue's main part ("Các khoản
        # thu do ngành Thuế quản lý đạt hơn 7.078,9 tỷ đồng, bằng 98% kế hoạch"): blind13.
        "thu do ngành thuế quản lý",
        "các khoản thu do ngành thuế quản lý",
        "thu do cơ quan thuế quản lý",
        # The pace of collection, of the province or of its districts ("Cát Tiên đang dẫn đầu
        # về tiến độ thu ở mức 86% dự toán"): blind13; the same wording in blind10.
        "tiến độ thu",
        "tiến độ thu ngân sách",
        # (w12t18) "Ước thu mới ngân sách đạt 4.200 tỷ đồng": the revenue newly collected in
        # the period, as some provinces' monthly reports name budget revenue (blind18).
        "thu mới ngân sách",
        # (w12x3) Land-use fees, the budget's largest item beside taxes in most provinces ("thu
        # tiền sử dụng đất ... với số thu ước đạt 26.460 tỷ đồng", "Không tính số thu từ tiền
        # sử dụng đất và thu xổ số kiến thiết (5.056 tỷ đồng)"): blind12, blind15, blind18.
        "thu tiền sử dụng đất",
        "số thu từ tiền sử dụng đất",
        "thu từ tiền sử dụng đất",
    ),
    "FDI": (
        "vốn đầu tư trực tiếp nước ngoài",
        "đầu tư trực tiếp nước ngoài",
        "vốn fdi",
        "thu hút fdi",
        "dự án fdi",
        "vốn đầu tư nước ngoài",
        "fdi",
        # (w12t18) "Đầu tư nước ngoài thu hút 49 triệu USD": the noun before the verb.
        "đầu tư nước ngoài thu hút",
        # (w12t25) "Trong đó, đầu tư nước ngoài đạt gần 160 triệu USD, tăng 24%; đầu tư trong
        # nước đạt khoảng 224 triệu USD" (blind25 r992), as "đầu tư trong nước" is domestic;
        # with its verb, as above: bare, it is also "nhà đầu tư nước ngoài" (investors, counted)
        # and "Cục Đầu tư nước ngoài" (the agency).
        "đầu tư nước ngoài đạt",
    ),
    "DDI": (
        "vốn đầu tư trong nước",
        "dự án đầu tư trong nước",
        "đầu tư trong nước",
        "ddi",
        "vốn ddi",
        "dự án ddi",
        "nhà đầu tư trong nước",
    ),
    "SOCIAL": (
        "vốn đầu tư phát triển toàn xã hội",
        "vốn đầu tư toàn xã hội",
        "đầu tư toàn xã hội",
        "tổng vốn đầu tư toàn xã hội",
        "vốn đầu tư thực hiện toàn xã hội",
        "vốn đầu tư phát triển trên địa bàn",
        "tổng vốn đầu tư thực hiện toàn xã hội",
        "tổng vốn đầu tư phát triển toàn xã hội",
        "vốn đầu tư thực hiện trên địa bàn",
        "vốn đầu tư phát triển",
        "tổng vốn đầu tư phát triển",
        "tổng vốn đầu tư phát triển trên địa bàn",
        "tổng vốn đầu tư thực hiện trên địa bàn",
    ),
    "PUBLIC": (
        "giải ngân vốn đầu tư công",
        "giải ngân đầu tư công",
        "giải ngân",
        "vốn đầu tư công",
        "đầu tư công",
        "kế hoạch vốn đầu tư công",
        # The statistics offices' monthly line: "Vốn đầu tư thực hiện từ nguồn ngân sách Nhà
        # nước (do địa phương quản lý) tháng 1 ước đạt ..." is public investment carried out.
        "vốn đầu tư thực hiện thuộc vốn ngân sách nhà nước",
        "vốn đầu tư thực hiện thuộc nguồn vốn ngân sách nhà nước",
        "vốn đầu tư thực hiện từ nguồn ngân sách nhà nước",
        "vốn đầu tư thực hiện từ nguồn vốn ngân sách nhà nước",
        "tổng vốn đầu tư thực hiện thuộc vốn ngân sách nhà nước",
        "tổng vốn đầu tư thực hiện thuộc nguồn vốn ngân sách nhà nước",
        "tổng vốn đầu tư thực hiện từ nguồn ngân sách nhà nước",
        "tổng vốn đầu tư thực hiện từ nguồn vốn ngân sách nhà nước",
        # (w12x3) The same line in two more wordings, seen in news and statistics offices' texts:
        # "vốn đầu tư thực hiện nguồn ngân sách chỉ đạt hơn 1.000 tỷ đồng" (no "từ", no "nhà
        # nước") and "vốn đầu tư từ nguồn ngân sách Nhà nước do địa phương quản lý thực hiện là
        # 510,4 tỷ đồng" (the "thực hiện" after the owner). Both are public investment carried out.
        "vốn đầu tư thực hiện nguồn ngân sách",
        "vốn đầu tư thực hiện nguồn ngân sách nhà nước",
        "vốn đầu tư từ nguồn ngân sách nhà nước",
        "tổng vốn đầu tư từ nguồn ngân sách nhà nước",
        # (w13g) "Đến ngày 19/5, tổng số vốn đã được giải ngân là 4.093 tỉ đồng, bằng 31,9% kế
        # hoạch": the sum disbursed, not "tổng số vốn" (a capital of no kind) that starts it.
        "số vốn đã được giải ngân",
        "số vốn được giải ngân",
        "số vốn đã giải ngân",
        "tổng số vốn đã được giải ngân",
        "tổng số vốn được giải ngân",
        "tổng số vốn đã giải ngân",
    ),
    "NEW_ENT": (
        "doanh nghiệp thành lập mới",
        "doanh nghiệp đăng ký thành lập mới",
        "thành lập mới",
        "đăng ký thành lập mới",
        "dn thành lập mới",
        "doanh nghiệp đăng ký mới",
        "đăng ký thành lập",
        "doanh nghiệp mới",
        # (w12t18) "số doanh nghiệp tham gia vào thị trường giảm 20,8%": the enterprises that
        # entered the market, as dev r144 counts them ("số doanh nghiệp tham gia thị trường là
        # 323 doanh nghiệp"); not "gia nhập thị trường", new and returning together (dev r087).
        "doanh nghiệp tham gia thị trường",
        "doanh nghiệp tham gia vào thị trường",
    ),
    # ("cụm, điểm công nghiệp": clusters and the smaller industrial points, counted together.)
    "CLUSTER": (
        "cụm công nghiệp",
        "ccn",
        "cụm cn",
        "cụm, điểm công nghiệp",
        "cụm điểm công nghiệp",
        "điểm công nghiệp",
    ),
    "PARK": ("khu công nghiệp", "kcn"),
    # (w12t29) An economic zone holds parks, towns and ports: its area is no park's (`other`,
    # blind11 r459, blind27 r1071, blind29 r1165); its parks' figures are named by "khu công nghiệp".
    "ZONE": ("khu kinh tế",),
    "OCCUPANCY": ("tỷ lệ lấp đầy", "lấp đầy", "tỉ lệ lấp đầy"),
    "AREA": ("diện tích", "tổng diện tích", "quy mô diện tích", "quy mô"),
    "IND_LAND": (
        "quỹ đất công nghiệp",
        "đất công nghiệp",
        "diện tích đất công nghiệp",
        "đất sản xuất công nghiệp",
        # (w12t29) "Khu kinh tế ... có diện tích 30.583 ha, trong đó diện tích dành cho công
        # nghiệp là 8.020 ha" (blind29 r1165).
        "diện tích dành cho công nghiệp",
        "đất dành cho công nghiệp",
        "đất dành cho phát triển công nghiệp",
    ),
    "FOREST": (
        "tỷ lệ che phủ rừng",
        "tỉ lệ che phủ rừng",
        "độ che phủ rừng",
        "che phủ rừng",
        "tỷ lệ che phủ",
        "độ che phủ",
    ),
    "CPI": ("chỉ số giá tiêu dùng", "cpi", "chỉ số giá tiêu dùng (cpi)"),
    "ELEC": (
        "điện thương phẩm",
        "điện gió",
        "điện mặt trời",
        "sản lượng điện thương phẩm",
        "sản lượng điện",
        "điện năng tiêu thụ",
        "điện tiêu thụ",
        "tiêu thụ điện",
        "sản lượng điện sản xuất",
        # Electricity generated, listed among products ("điện sản xuất giảm 31,6%", "điện sản xuất
        # 239,3 triệu kWh"): the same indicator as electricity sold.
        "điện sản xuất",
        "điện năng",
        "sản lượng điện năng",
        # Electricity by its source, as "điện gió" ("điện sản xuất tăng 19%, trong đó nhiệt
        # điện tăng 20%").
        "nhiệt điện",
        "thủy điện",
        "thuỷ điện",
        # "điện phát ra 344,292 triệu Kwh" (among a month's products), "mỗi năm cung cấp cho
        # lưới điện quốc gia 105 triệu kWh" (a plant's output): electricity generated (w12t17).
        "điện phát ra",
        "cung cấp cho lưới điện quốc gia",
        "cung cấp cho lưới điện",
    ),
    "EMPLOY_INDEX": (
        "chỉ số sử dụng lao động",
        "chỉ số lao động làm việc",
        "chỉ số lao động",
        # The statistics office's monthly wording of the same change ("Số lao động đang làm việc
        # trong các doanh nghiệp công nghiệp tại thời điểm 1/8 tăng 0,9%"); counts of workers
        # stay with the counted noun.
        "số lao động đang làm việc",
        "lao động đang làm việc",
        # Without "đang" or "làm việc" ("Lao động làm việc trong các doanh nghiệp công nghiệp
        # ... tăng 0,8%", "lao động trong doanh nghiệp công nghiệp tăng 1%"): Hà Nội's office
        # and the national summary.
        "lao động làm việc trong các doanh nghiệp công nghiệp",
        "lao động làm việc trong doanh nghiệp công nghiệp",
        "lao động làm việc tại các doanh nghiệp công nghiệp",
        "lao động trong các doanh nghiệp công nghiệp",
        "lao động trong doanh nghiệp công nghiệp",
        # "số lao động của các doanh nghiệp này tăng 0,7%" (of the industrial firms surveyed),
        # "lao động công nghiệp cũng tăng ..., như: Hải Dương tăng 3,6%" (w12t28).
        "số lao động của các doanh nghiệp",
        "lao động công nghiệp",
    ),
    # Subjects of their own that no indicator code covers (SCHEMA.md `other`): named so that a
    # figure after them is not read as the indicator named earlier in the sentence ("thu ngân
    # sách hơn 7.800 tỷ đồng. Năm nay, khách du lịch đến Huế tăng hơn 10,8%", "Thu ngân sách
    # đạt hơn 66.000 tỷ đồng, chi ngân sách ước đạt 18.500 tỷ đồng", "thủy sản có giá trị
    # xuất khẩu tăng 3,15% và sản lượng tăng 8,05%").
    "OTHER_SUBJECT": (
        "khách du lịch",
        "lượt khách",
        "lượng khách",
        "tổng lượt khách",
        "tổng lượng khách",
        "doanh thu du lịch",
        "tổng doanh thu du lịch",
        "tổng khách du lịch",
        "doanh thu ngành du lịch",
        "doanh thu dịch vụ du lịch",
        "doanh thu ngành dịch vụ du lịch",
        "doanh thu từ du lịch",
        "doanh thu từ hoạt động du lịch",
        # Deposits mobilised ("tổng nguồn vốn huy động trên địa bàn tỉnh ước ... đạt 58.400 tỷ
        # đồng" after the budget revenue): a bank stock of its own, not a part of the budget.
        "tổng nguồn vốn huy động",
        "nguồn vốn huy động",
        # (w12t24) Bank stocks beside them ("vốn huy động 87.300 tỷ đồng, dư nợ tín dụng 89.400
        # tỷ đồng" after the retail sales; blind24 r962): not the indicator named before.
        "vốn huy động",
        "dư nợ tín dụng",
        "tổng dư nợ tín dụng",
        "tổng dư nợ",
        "tỷ lệ nợ xấu",
        "chi ngân sách",
        "tổng chi ngân sách",
        "chi ngân sách nhà nước",
        "chi ngân sách địa phương",
        "tổng chi ngân sách địa phương",
        "chi nsnn",
        "tổng chi nsnn",
        "sản lượng",
        "khối lượng",
        # Firms' turnover and pay ("tổng doanh thu đạt 91 triệu USD; ... lương bình quân
        # 6-8 triệu đồng/người/tháng" after the firms' capital): not the capital named before.
        "tổng doanh thu",
        # ("Doanh thu của các doanh nghiệp FDI ... ước đạt 7 tỷ USD" after the FDI capital.)
        "doanh thu của các doanh nghiệp",
        "doanh thu của doanh nghiệp",
        "lương bình quân",
        "tiền lương bình quân",
        # Firms leaving or pausing ("số doanh nghiệp giải thể và rút lui khỏi thị trường ...
        # giảm 19,3%"): their own subject, not a part of the workers or firms named before.
        "số doanh nghiệp giải thể",
        "số doanh nghiệp quay trở lại hoạt động",
        "số doanh nghiệp hoàn tất thủ tục giải thể",
        "số doanh nghiệp rút lui",
        # (w12t18) "số lượng doanh nghiệp rút lui khỏi thị trường tăng 10,4%" after those that
        # entered it (blind18).
        "số lượng doanh nghiệp rút lui",
        "doanh nghiệp rút lui",
    ),
    # Other industrial indices: named so that they are not read as the production index.
    # The power lost on the grid ("Tỷ lệ tổn thất điện năng chiếm 4,5%, giảm 1,1%"): a rate of
    # its own, not the electricity produced or sold (blind23 r920).
    "OTHER_INDEX": (
        "chỉ số tiêu thụ",
        "chỉ số tồn kho",
        "tỷ lệ tồn kho",
        "tỷ lệ tổn thất điện năng",
        "tổn thất điện năng",
        "tỷ lệ tổn thất điện",
    ),
    "EMPLOY": ("việc làm", "lao động", "người lao động"),
    "PROJECT": ("dự án",),
    "CAPITAL": (
        "tổng vốn đăng ký",
        "vốn đăng ký",
        "tổng vốn đầu tư",
        "vốn đầu tư",
        "tổng vốn",
        # "cấp mới 30 dự án với tổng số vốn 134,4 triệu USD"
        "tổng số vốn",
        "tổng số vốn đăng ký",
        "tổng số vốn đầu tư",
        "vốn điều lệ",
        "vốn đăng ký mới",
        "vốn đăng ký tăng thêm",
        # "18 dự án FDI được cấp mới, với tổng mức đầu tư 1.610,77 triệu USD"
        "tổng mức đầu tư",
    ),
    # Parts of an indicator named by a phrase of their own: the indicator's code, with the
    # phrase as ``breakdown``.
    "RETAIL_PART": (
        "doanh thu dịch vụ lưu trú, ăn uống",
        "doanh thu dịch vụ lưu trú và ăn uống",
        "doanh thu dịch vụ lưu trú, ăn uống, lữ hành",
        "doanh thu du lịch lữ hành",
        # Retail's groups named bare after it ("So cùng kỳ năm ngoái, bán lẻ hàng hóa tăng gần
        # 12%, dịch vụ lưu trú và ăn uống tăng gần 15,5%"). (Not "bán lẻ hàng hóa": named in
        # brackets after the whole, "(trong đó, bán lẻ hàng hóa giảm 1,05%)", it took the
        # whole's changes, blind11 r450.)
        "dịch vụ lưu trú và ăn uống",
        "dịch vụ lưu trú, ăn uống",
        "doanh thu dịch vụ khác",
        "doanh thu dịch vụ tiêu dùng khác",
        "doanh thu dịch vụ lữ hành",
        # (w12v13) The same parts named without "dịch vụ" or with "hoạt động" ("Doanh thu lưu
        # trú, ăn uống, du lịch và dịch vụ tháng 11 ước đạt ...", "Doanh thu hoạt động lữ hành
        # giảm 75,9 %, doanh thu hoạt động lưu trú giảm 73,6 %"): blind13, blind14.
        "doanh thu lưu trú, ăn uống",
        "doanh thu lưu trú và ăn uống",
        "doanh thu lưu trú",
        "doanh thu lữ hành",
        "doanh thu hoạt động lưu trú",
        "doanh thu hoạt động lữ hành",
        "doanh thu hoạt động dịch vụ lưu trú, ăn uống",
        "doanh thu hoạt động dịch vụ lưu trú và ăn uống",
        # (w12t20) "Doanh thu các hoạt động lưu trú, ăn uống và du lịch lữ hành ... tăng 0,94%".
        "doanh thu các hoạt động lưu trú",
        # "các ngành dịch vụ tiêu dùng khác ước đạt 1.552 tỷ đồng" in the list of retail's
        # groups: consumer services are retail's part whatever the word before.
        "dịch vụ tiêu dùng khác",
        # (w13b) The statistics offices' commodity groups of retail, listed after it ("Trong
        # đó, ngành hàng lương thực, thực phẩm tăng 12,6%; may mặc tăng 12,1%; đồ dùng, dụng
        # cụ, trang thiết bị gia đình tăng 12,3%"): blind7, blind10, blind14, blind18, blind19,
        # blind23, blind25, dev. Only the names no other indicator uses: the consumer price
        # groups are "thiết bị và đồ dùng gia đình", "may mặc, mũ nón, giày dép", and bare
        # "lương thực, thực phẩm" or "may mặc" also name prices, industries and exports.
        "ngành hàng lương thực, thực phẩm",
        "đồ dùng, dụng cụ, trang thiết bị gia đình",
        "đồ dùng, dụng cụ trang thiết bị gia đình",
        "vật phẩm văn hóa, giáo dục",
        "vật phẩm văn hóa giáo dục",
        "gỗ và vật liệu xây dựng",
        # (w13b) Retail's parts by activity in the older wording ("Doanh thu thương nghiệp tháng
        # 8 ước đạt 6.301 tỷ đồng ...; doanh thu hoạt động khách sạn nhà hàng tháng 8/2019 ước
        # đạt 1.102 tỷ đồng", "doanh thu từ khách sạn, nhà hàng"): blind16, blind19, blind28;
        # travel agencies' revenue named with "dịch vụ" (blind23). (Tourism's own revenue,
        # "doanh thu du lịch", stays `other`.)
        "doanh thu thương nghiệp",
        "doanh thu hoạt động khách sạn nhà hàng",
        "hoạt động khách sạn nhà hàng",
        "doanh thu từ khách sạn, nhà hàng",
        "doanh thu dịch vụ du lịch lữ hành",
    ),
    # (w13b) The budget revenue's standard items in the finance offices' reports ("Thu từ doanh
    # nghiệp Nhà nước ước thực hiện 17.362 tỷ đồng", "lệ phí môn bài (92%), thu xổ số kiến
    # thiết (55%)", "thu doanh nghiệp Nhà nước lại giảm 6,2%"): blind13, blind20, blind26,
    # blind30. Named only this way for the budget; the ownership kinds alone stay OWNERSHIP.
    # ("thu thuế thu nhập cá nhân" is read as BUDGET's "thu thuế", budget revenue already.)
    "BUDGET_PART": (
        "thu từ doanh nghiệp nhà nước",
        "thu doanh nghiệp nhà nước",
        "thu từ khu vực doanh nghiệp nhà nước",
        "thu từ khu vực ngoài nhà nước",
        "thu từ khu vực ngoài quốc doanh",
        # (w14d) "thu từ khu vực kinh tế ngoài quốc doanh đạt 15,5% dự toán" (blind21, blind30).
        "thu từ khu vực kinh tế ngoài quốc doanh",
        "thu từ kinh tế ngoài quốc doanh",
        "thu từ khu vực kinh tế ngoài nhà nước",
        "thu ngoài quốc doanh",
        "thu từ doanh nghiệp có vốn đầu tư nước ngoài",
        "thu từ khu vực có vốn đầu tư nước ngoài",
        "thu từ khu vực doanh nghiệp có vốn đầu tư nước ngoài",
        "thu xổ số kiến thiết",
        "lệ phí môn bài",
        "lệ phí trước bạ",
        "thu phí, lệ phí",
        "thuế thu nhập cá nhân",
        "thuế bảo vệ môi trường",
        "thu từ hoạt động xuất - nhập khẩu",
    ),
    # The social investment's parts by owner, in the statistics office's words ("Vốn ngoài nhà
    # nước ước đạt 6.235,48 tỷ đồng", a paragraph after the whole; dev r193) (w12t17).
    "SOCIAL_PART": (
        "vốn ngoài nhà nước",
        "vốn khu vực ngoài nhà nước",
        "vốn đầu tư ngoài nhà nước",
        "vốn đầu tư khu vực ngoài nhà nước",
        "vốn đầu tư của hộ dân cư",
        "vốn đầu tư của dân cư",
    ),
    "GRDP_PART": (
        "giá trị tăng thêm",
        "tổng giá trị tăng thêm",
        "giá trị gia tăng",
        "tổng giá trị gia tăng",
    ),
    "FDI_PART": (
        "vốn điều chỉnh",
        "vốn fdi điều chỉnh",
        "vốn đầu tư điều chỉnh",
        "vốn điều chỉnh tăng",
        "điều chỉnh tăng vốn",
        "điều chỉnh vốn",
        "vốn đăng ký điều chỉnh",
        "vốn đăng ký cấp mới",
        "tổng vốn đăng ký cấp mới",
        "vốn cấp mới",
        "giá trị vốn góp",
        "tổng giá trị vốn góp",
        "vốn góp",
        # (w13e) The third way of foreign investment, beside new and added capital: "nhà đầu
        # tư nước ngoài góp vốn, mua cổ phần 13 lượt, đạt 8,3 triệu USD".
        "góp vốn, mua cổ phần",
        "góp vốn mua cổ phần",
        "góp vốn và mua cổ phần",
        "vốn tăng thêm",
        "tổng vốn đầu tư tăng thêm",
        "tổng vốn đăng ký tăng thêm",
        "tổng vốn thu hút",
        "vốn thực hiện",
        "vốn giải ngân",
    ),
    "SHARE": ("tỷ trọng", "tỉ trọng", "cơ cấu"),
    "CONTRIB": ("đóng góp",),
    # Ownership types and sectors introduce components of the total just stated.
    "FDI_SECTOR": (
        "khu vực có vốn đầu tư nước ngoài",
        "khu vực đầu tư nước ngoài",
        "khu vực fdi",
        "doanh nghiệp fdi",
        "doanh nghiệp có vốn đầu tư nước ngoài",
        "khu vực kinh tế có vốn đầu tư nước ngoài",
        "kinh tế có vốn đầu tư nước ngoài",
        "khu vực kinh tế có vốn đầu tư của nước ngoài",
        # Other offices' names of the same ownership type (w12in): an industry's or the
        # economy's part, not capital ("công nghiệp có vốn đầu tư nước ngoài ước đạt 240 nghìn
        # tỷ đồng", "kinh tế khu vực vốn đầu tư nước ngoài tăng 1,48%").
        "công nghiệp có vốn đầu tư nước ngoài",
        "khu vực vốn đầu tư nước ngoài",
        "kinh tế khu vực vốn đầu tư nước ngoài",
        "khu vực có vốn đầu tư trực tiếp nước ngoài",
        "khu vực kinh tế có vốn đầu tư trực tiếp nước ngoài",
        "doanh nghiệp có vốn đầu tư trực tiếp nước ngoài",
        "khu vực doanh nghiệp có vốn đầu tư nước ngoài",
        # "Trong đó, kinh tế có vốn đầu tư trực tiếp nước ngoài là hơn 6 tỷ USD": the exports'
        # part, not capital (w12b6v).
        "kinh tế có vốn đầu tư trực tiếp nước ngoài",
        "khu vực doanh nghiệp có vốn đầu tư trực tiếp nước ngoài",
    ),
    "OWNERSHIP": (
        "khu vực kinh tế nhà nước",
        "khu vực nhà nước",
        "kinh tế nhà nước",
        "khu vực kinh tế ngoài nhà nước",
        "khu vực ngoài nhà nước",
        "kinh tế ngoài nhà nước",
        "khu vực kinh tế có vốn đầu tư trong nước",
        "công nghiệp trung ương",
        "công nghiệp địa phương",
        "công nghiệp nhà nước trung ương",
        "công nghiệp nhà nước địa phương",
        "công nghiệp ngoài nhà nước",
        "kinh tế tư nhân",
        "khu vực kinh tế tư nhân",
        # The older names of the same kinds ("kinh tế quốc doanh ước đạt 323,9 tỷ đồng, kinh
        # tế dân doanh đạt 822,7 tỷ đồng", w12v11).
        "kinh tế quốc doanh",
        "khu vực kinh tế quốc doanh",
        "khu vực quốc doanh",
        "kinh tế ngoài quốc doanh",
        "khu vực kinh tế ngoài quốc doanh",
        "khu vực ngoài quốc doanh",
        "kinh tế dân doanh",
        "khu vực kinh tế dân doanh",
    ),
    "SECTOR": (
        "khu vực nông, lâm nghiệp và thủy sản",
        "khu vực nông, lâm nghiệp, thủy sản",
        "khu vực nông - lâm nghiệp và thủy sản",
        "khu vực nông-lâm nghiệp và thủy sản",
        "khu vực nông nghiệp, lâm nghiệp và thủy sản",
        "khu vực nông lâm thủy sản",
        # (w13g) The same sector with fewer or other marks between its trades ("Khu vực nông lâm
        # nghiệp và thủy sản ước đạt trên 6.236 tỷ đồng", "khu vực nông - lâm - thủy sản còn
        # 11,3%", "ngành nông, lâm và thủy sản đạt 4.874,7 tỷ đồng").
        "khu vực nông lâm nghiệp và thủy sản",
        "khu vực nông lâm nghiệp, thủy sản",
        "khu vực nông - lâm - thủy sản",
        "khu vực nông - lâm nghiệp - thủy sản",
        "khu vực nông, lâm, thủy sản",
        "khu vực nông, lâm và thủy sản",
        "ngành nông, lâm nghiệp và thủy sản",
        "ngành nông, lâm nghiệp, thủy sản",
        "ngành nông, lâm và thủy sản",
        "khu vực kinh tế nông, lâm nghiệp và thủy sản",
        "khu vực nông, lâm, ngư nghiệp",
        "lĩnh vực nông, lâm, ngư nghiệp",
        "lĩnh vực nông, lâm nghiệp và thủy sản",
        "khu vực công nghiệp - xây dựng cơ bản",
        "lĩnh vực công nghiệp - xây dựng",
        "lĩnh vực dịch vụ",
        "khu vực công nghiệp và xây dựng",
        "khu vực công nghiệp - xây dựng",
        "khu vực công nghiệp, xây dựng",
        "khu vực công nghiệp-xây dựng",
        # The sectors named bare in a list of the economy's growth ("Nông, lâm nghiệp và thủy
        # sản: tăng 3,74%, đóng góp 6,09%. Công nghiệp và xây dựng: tăng 7,42%") (w12b6v).
        "công nghiệp và xây dựng",
        "nông, lâm nghiệp và thủy sản",
        "khu vực dịch vụ",
        "ngành xây dựng",
        # The sectors of a GRDP paragraph by their shorter or trade-first names ("Khu vực nông
        # nghiệp đóng góp 0,93 điểm phần trăm và tăng 3,58%", "khu vực thương mại - dịch vụ
        # tăng 6,24%").
        "khu vực nông nghiệp",
        "khu vực thương mại - dịch vụ",
        "khu vực thương mại dịch vụ",
        "khu vực thương mại, dịch vụ",
        "khu vực thương mại và dịch vụ",
        "ngành công nghiệp - xây dựng",
        "ngành công nghiệp và xây dựng",
        "ngành nông nghiệp",
        "ngành lâm nghiệp",
        "ngành thủy sản",
        "khu vực dịch vụ và thuế sản phẩm",
        "thuế sản phẩm trừ trợ cấp sản phẩm",
        "thuế sản phẩm trừ trợ cấp",
        # (w13g) "Thuế sản phẩm ước đạt hơn 1.529 tỷ đồng, tăng 7,84%" in the GRDP paragraph:
        # the same component named short.
        "thuế sản phẩm",
        # "thuế nhập khẩu, thuế sản phẩm trừ trợ cấp tăng 6,00%": the GRDP's component, named
        # with the import duty first; no import figure (w12t17).
        "thuế nhập khẩu, thuế sản phẩm trừ trợ cấp sản phẩm",
        "thuế nhập khẩu, thuế sản phẩm trừ trợ cấp",
        "thuế nhập khẩu, thuế sản phẩm (trừ trợ cấp sản phẩm)",
        "thuế nhập khẩu, thuế sản phẩm (trừ trợ cấp)",
        # ... and with "thuế" said once for both ("thuế nhập khẩu, sản phẩm trừ trợ cấp sản phẩm
        # tăng 4,99%").
        "thuế nhập khẩu, sản phẩm trừ trợ cấp sản phẩm",
        "thuế nhập khẩu, sản phẩm trừ trợ cấp",
    ),
    "INDUSTRY": (
        "khai khoáng",
        "ngành khai khoáng",
        "công nghiệp khai khoáng",
        "chế biến, chế tạo",
        "chế biến chế tạo",
        "công nghiệp chế biến, chế tạo",
        "công nghiệp chế biến chế tạo",
        "ngành công nghiệp chế biến, chế tạo",
        "ngành công nghiệp chế biến chế tạo",
        "ngành chế biến, chế tạo",
        # "ngành công nghiệp chế biến - chế tạo tăng 12,6%": a dash for the comma.
        "chế biến - chế tạo",
        "công nghiệp chế biến - chế tạo",
        "ngành công nghiệp chế biến - chế tạo",
        "sản xuất và phân phối điện",
        "sản xuất, phân phối điện",
        "ngành sản xuất và phân phối điện",
        # The older names ("Ngành công nghiệp sản xuất phân phối điện nước thực hiện 1.178 tỉ
        # đồng ... Ngành công nghiệp chế biến đạt 8.285 tỉ đồng"), "sản xuất phân phối điện tăng
        # 48,2%" without "và" (w12t17).
        "công nghiệp chế biến",
        "ngành công nghiệp chế biến",
        "sản xuất phân phối điện",
        "sản xuất phân phối điện nước",
        "công nghiệp sản xuất phân phối điện nước",
        "ngành công nghiệp sản xuất phân phối điện nước",
        "công nghiệp sản xuất và phân phối điện",
        "cung cấp nước",
        "ngành cung cấp nước",
    ),
}

# Concepts that name a component rather than an indicator.
BREAKDOWN_CONCEPTS = frozenset({"FDI_SECTOR", "OWNERSHIP", "SECTOR", "INDUSTRY"})
# Concepts that name a part of an indicator by a phrase of its own ("doanh thu du lịch lữ
# hành" of retail): the figure takes the indicator's code and the phrase as breakdown.
PART_CONCEPTS = frozenset({"RETAIL_PART", "FDI_PART", "FDI_PROJECT_PART", "GRDP_PART", "SOCIAL_PART", "BUDGET_PART"})


# Not frozen: built by the thousand (see ``periods.PeriodMention``).
@dataclass(slots=True)
class PhraseMatch:
    concept: str
    start: int
    end: int


def trie_regex(words: Iterable[str]) -> str:
    """A regex matching any of ``words``, shaped as a trie (``scan.trie``)."""
    return scan.trie(list(words))


def _key(phrase: str) -> str:
    return canonical_tones(" ".join(phrase.lower().split()))


def _combine(*parts: tuple[str, ...]) -> tuple[str, ...]:
    """Every phrase made of one choice from each part, in order ("" leaves a part out)."""
    out = [""]
    for choices in parts:
        out = [
            head + choice if choice.startswith(",") else f"{head} {choice}" if head and choice else head or choice
            for head in out
            for choice in choices
        ]
    return tuple(out)


# Official names built from their parts, as statistics offices and Departments combine them
# ("chỉ số phát triển toàn ngành công nghiệp", "tổng mức hàng hóa bán lẻ và doanh thu dịch vụ
# tiêu dùng", "trị giá hàng hóa xuất khẩu"): the dev texts show only some of the combinations,
# other provinces write the others. Written phrases above keep their concept where a combination
# repeats one. Each adds a branch to the phrase trie, not a pass over the text.
_COMBINED: dict[str, tuple[str, ...]] = {
    "IIP": _combine(
        ("chỉ số",),
        ("", "sản xuất", "phát triển", "phát triển sản xuất"),
        ("", "toàn ngành", "ngành"),
        ("công nghiệp",),
        ("", "(iip)"),
    ),
    "RETAIL": _combine(
        ("tổng mức", "tổng doanh thu"),
        (
            "bán lẻ",
            "bán lẻ hàng hóa",
            "hàng hóa bán lẻ",
            "lưu chuyển hàng hóa bán lẻ",
            "luân chuyển hàng hóa bán lẻ",
        ),
        (
            "",
            "và doanh thu dịch vụ",
            "và doanh thu dịch vụ tiêu dùng",
            "và doanh thu dịch vụ tiêu dùng xã hội",
            "và dịch vụ",
            "và dịch vụ tiêu dùng",
            ", dịch vụ",
            ", doanh thu dịch vụ",
        ),
    ),
    "EXPORT": _combine(
        ("", "tổng"),
        ("kim ngạch", "giá trị", "trị giá", "giá trị kim ngạch"),
        ("xuất khẩu", "hàng hóa xuất khẩu", "xuất khẩu hàng hóa"),
    ),
    "IMPORT": _combine(
        ("", "tổng"),
        ("kim ngạch", "giá trị", "trị giá", "giá trị kim ngạch"),
        ("nhập khẩu", "hàng hóa nhập khẩu", "nhập khẩu hàng hóa"),
    ),
    "SOCIAL": _combine(
        ("", "tổng"),
        ("", "nguồn"),
        # ("tổng nguồn đầu tư phát triển toàn xã hội": a resolution's wording, blind26 r1022.)
        ("vốn đầu tư", "đầu tư"),
        ("", "phát triển", "thực hiện"),
        ("xã hội", "toàn xã hội"),
        ("", "thực hiện"),
    ),
    # "tổng vốn đầu tư" alone is registered capital (CAPITAL): the longer name has to be here.
    "PUBLIC": _combine(("", "tổng"), ("", "nguồn"), ("vốn đầu tư công",)),
    "FDI": _combine(("thu hút",), ("", "vốn"), ("đầu tư nước ngoài", "đầu tư trực tiếp nước ngoài")),
    "GRDP": ("tổng giá trị sản phẩm trên địa bàn", "tổng giá trị sản phẩm trong tỉnh"),
    "TRADE_TOTAL": _combine(
        ("", "tổng"),
        ("kim ngạch", "giá trị", "trị giá", "giá trị kim ngạch"),
        (
            "xuất nhập khẩu",
            "xuất, nhập khẩu",
            "xuất - nhập khẩu",
            "hàng hóa xuất nhập khẩu",
            "hàng hóa xuất, nhập khẩu",
        ),
        ("", "hàng hóa"),
    ),
}

CONCEPT_OF: dict[str, str] = {}
for _concept, _phrases in PHRASES.items():
    for _phrase in _phrases:
        CONCEPT_OF.setdefault(_key(_phrase), _concept)
for _concept, _phrases in _COMBINED.items():
    for _phrase in _phrases:
        CONCEPT_OF.setdefault(_key(_phrase), _concept)

# Phrases are matched as whole words. Spaces inside phrases accept any run of spaces so
# that "cụm  công nghiệp" (double space from copy-paste) still matches, but not a line break.
# (Shaped by ``scan.word_start_trie`` so that ``re`` skips ahead to the first letters itself.)
_PHRASE_RE = lazy_pattern("(" + scan.word_start_trie(sorted(CONCEPT_OF), space=r"[^\S\n]+") + r")(?![^\W_])")


# Economic growth named without the word "GRDP": "kinh tế Quảng Ninh vẫn tăng trưởng 10%",
# "mục tiêu tăng trưởng 8%", "mức tăng trưởng chung 9,8%". Not when another indicator follows
# ("mục tiêu tăng trưởng xuất khẩu"): that one is named by its own phrase.
# (w14c) "chỉ tiêu tăng trưởng chỉ đạt được 7,18%, định hướng 7,5%": the growth target named as
# one of the plan's indicators (dev r161); "Cục Thống kê ... cho biết, tăng trưởng 6 tháng đầu năm
# của tỉnh ... ước đạt 10%": a bare "tăng trưởng" opening a clause with its period (dev r131).
_GROWTH_RE = lazy_pattern(
    r"(?<![^\W_])(?:kinh[^\S\n]+tế(?:[^\S\n]+(?!tăng)[^\s,.;:()]+){0,8}?[^\S\n]+tăng[^\S\n]+trưởng"
    r"|(?:mục[^\S\n]+tiêu|kế[^\S\n]+hoạch|phấn[^\S\n]+đấu|mức|đạt[^\S\n]+mức)[^\S\n]+tăng[^\S\n]+trưởng"
    # (Found from "tiêu", not from the frequent "chỉ" of "chỉ số"; still a named growth, not a
    # bare "tăng trưởng".)
    r"|(?<=chỉ[^\S\n])tiêu[^\S\n]+tăng[^\S\n]+trưởng"
    r"|tăng[^\S\n]+trưởng[^\S\n]+(?:chung|bình[^\S\n]+quân|cả[^\S\n]+năm)"
    r"|(?<=,[^\S\n])tăng[^\S\n]+trưởng(?=[^\S\n]+(?:[0-9]{1,2}[^\S\n]+tháng|quý|năm[^\S\n]+20[0-9]{2})))"
    r"(?![^\W_])(?![^\S\n]+(?:xuất|nhập|doanh|thu|tín|dư|vốn|sản|giá|tổng|bán|công|nông|dịch|khu|ngành|du|ngân|tiêu))"
)


_PROJECTS_BEFORE = lazy_pattern(
    r"(?<![^\W_])(?:dự[^\S\n]+án|lượt)(?:[^\S\n]+(?:fdi|đầu[^\S\n]+tư(?:[^\S\n]+nước[^\S\n]+ngoài)?|đăng[^\S\n]+ký|đã|được|có))*[^\S\n]*$"
)
_GROWTH_PRESCAN = scan.first_words(["kinh", "mục", "tiêu", "kế", "phấn", "mức", "đạt", "tăng"])
# "sản xuất công nghiệp (tháng 8 | của tỉnh | 6 tháng đầu năm 2021 đạt khá) tăng 32,55%": the
# activity named as the production index only when its rise or fall follows, after at most a
# period or "của tỉnh"; not "Sản xuất công nghiệp ... khởi sắc với giá trị tăng thêm toàn ngành
# tăng 7,07%" (dev r052), "Khu vực sản xuất công nghiệp và hoạt động xây dựng tăng" (r238).
# "sản xuất công nghiệp dự ước tăng 13,5%": "dự ước" is the estimate word "ước" (blind23 r918).
_ACTIVITY_PHRASES = frozenset({"sản xuất công nghiệp", "hoạt động sản xuất công nghiệp"})
_ACTIVITY_GROWS_AFTER = lazy_pattern(
    r"(?:[^\S\n]+(?:của[^\S\n]+(?:tỉnh|thành[^\S\n]+phố|toàn[^\S\n]+tỉnh)(?![^\W_])|tháng[^\S\n]+[0-9]{1,2}(?:/[0-9]{4})?"
    r"|(?:[0-9]{1,2}[^\S\n]+tháng|quý[^\S\n]+[ivx0-9]+)(?:[^\S\n]+đầu)?(?:[^\S\n]+năm)?(?:[^\S\n]*/?[^\S\n]*[0-9]{4})?"
    r"|năm[^\S\n]+[0-9]{4}|đạt[^\S\n]+khá|ước|ước[^\S\n]+tính|dự[^\S\n]+ước|tiếp[^\S\n]+tục)){0,3},?[^\S\n]+(?:tăng|giảm)(?![^\W_])"
)
_OUTPUT_VALUE_BEFORE = lazy_pattern(r"(?<![^\W_])giá[^\S\n]+trị[^\S\n]+sản[^\S\n]+xuất[^\S\n]+(?:của[^\S\n]+)?$")
_ACTIVITY_AREA_BEFORE = lazy_pattern(r"(?<![^\W_])(?:khu[^\S\n]+vực|cơ[^\S\n]+sở|ngành)[^\S\n]+$")


def find_phrases(norm: str) -> list[PhraseMatch]:
    out: list[PhraseMatch] = []
    append = out.append
    concept_of = CONCEPT_OF.get
    for m in _PHRASE_RE.finditer(norm):
        phrase = m.group(1)
        # Nearly always written with single spaces, as the keys are.
        concept = concept_of(phrase) or concept_of(" ".join(phrase.split()))
        if concept is not None:
            start, end = m.span()
            if (
                concept == "FDI_PART"
                and norm.startswith("điều", start)
                and _PROJECTS_BEFORE.search(norm, max(0, start - 40), start)
            ):
                # "số lượt dự án điều chỉnh vốn", "12 lượt điều chỉnh vốn": projects that
                # adjusted their capital; a count or a share of them is not capital, only an
                # amount is ("5 dự án điều chỉnh tăng vốn, đạt 104,79 triệu USD").
                concept = "FDI_PROJECT_PART"
            elif concept == "FDI_PART" and norm.startswith("góp", start):
                # (w13e) "1.795 giao dịch góp vốn mua cổ phần (giảm 3,1%)", "1 lượt góp vốn
                # mua cổ phần với giá trị ...": the purchases counted, only an amount is capital.
                # "tổng vốn đăng ký mới, điều chỉnh và góp vốn mua cổ phần": the last way
                # named in a total's name, not a part.
                before = norm[max(0, start - 40) : start]
                if before.endswith(("và ", ", ")):
                    continue
                if _PROJECTS_BEFORE.search(before) or before.endswith("giao dịch "):
                    concept = "FDI_PROJECT_PART"
            elif (
                concept == "IIP"
                and phrase in _ACTIVITY_PHRASES
                and (
                    not _ACTIVITY_GROWS_AFTER.match(norm, end)
                    or _ACTIVITY_AREA_BEFORE.search(norm, max(0, start - 12), start)
                )
            ):
                continue
            elif concept == "SECTOR" and _OUTPUT_VALUE_BEFORE.search(norm, max(0, start - 24), start):
                # "Giá trị sản xuất ngành xây dựng ước đạt 23.127 tỷ đồng", "giá trị sản xuất
                # ngành nông nghiệp tăng 3,2%": the sector's gross output (`other`), not its value
                # added, no part of GRDP.
                continue
            append(PhraseMatch(concept, start, end))
    if "tăng trưởng" in norm:
        extra = [
            PhraseMatch("GRDP_GROWTH", m.start(), m.end()) for m in scan.finditer(_GROWTH_RE, _GROWTH_PRESCAN, norm)
        ]
        if extra:
            starts = [p.start for p in out]
            kept = []
            for e in extra:
                # Keep it only where no lexicon phrase overlaps it ("tăng trưởng kinh tế").
                idx = bisect_left(starts, e.end) - 1
                if idx >= 0 and out[idx].end > e.start:
                    continue
                kept.append(e)
            out = sorted(out + kept, key=lambda p: p.start)
    return out


# Which quantity kinds a concept can carry, and the code it then has. "ctx:area" and
# "ctx:occupancy" are decided from the surrounding text (cluster vs industrial park).
_CODES: dict[str, dict[str, str]] = {
    # (w14c) An index has no currency: "chỉ số sản xuất công nghiệp (IIP) ước đạt 9.502 tỷ đồng"
    # is the output value (blind14 r551), and the industries after it its parts.
    "IIP": {"pct": "iip", "money": "industrial_output_value"},
    "IOV": {"money": "industrial_output_value", "pct": "industrial_output_value"},
    "RETAIL": {"money": "retail_sales_services", "pct": "retail_sales_services"},
    "RETAIL_PART": {"money": "retail_sales_services", "pct": "retail_sales_services"},
    "FDI_PART": {"money": "ctx:capital", "pct": "ctx:capital"},
    "FDI_PROJECT_PART": {"money": "ctx:capital"},
    "GRDP_PART": {"money": "grdp", "pct": "grdp_growth"},
    "SOCIAL_PART": {"money": "social_investment", "pct": "social_investment"},
    # Replaced by EXPORT or IMPORT in ``facts``; listed so that the phrase is found.
    "TRADE_GENERIC": {"money": "export_value", "pct": "export_value"},
    "INCOME": {"money": "other", "pct": "other"},
    "EXPORT": {"money": "export_value", "pct": "export_value", "times": "export_value"},
    "IMPORT": {"money": "import_value", "pct": "import_value", "times": "import_value"},
    "TRADE_TOTAL": {"money": "other", "pct": "other"},
    "SURPLUS": {"money": "trade_balance", "pct": "trade_balance"},
    "DEFICIT": {"money": "trade_balance", "pct": "trade_balance"},
    "GRDP": {"money": "grdp", "pct": "grdp_growth", "times": "grdp"},
    "GRDP_GROWTH": {"pct": "grdp_growth"},
    "GRDP_PC": {"money": "grdp_per_capita", "pct": "grdp_per_capita", "times": "grdp_per_capita"},
    "BUDGET": {"money": "budget_revenue", "pct": "budget_revenue", "times": "budget_revenue"},
    "BUDGET_PART": {"money": "budget_revenue", "pct": "budget_revenue", "times": "budget_revenue"},
    "FDI": {"money": "fdi_capital", "pct": "fdi_capital", "times": "fdi_capital"},
    "DDI": {"money": "domestic_investment_capital", "pct": "domestic_investment_capital"},
    "SOCIAL": {"money": "social_investment", "pct": "social_investment"},
    "PUBLIC": {"money": "public_investment_disbursement", "pct": "public_investment_disbursement"},
    "NEW_ENT": {"count": "new_enterprises", "pct": "new_enterprises", "money": "other"},
    "CLUSTER": {"count": "cluster_count", "area": "cluster_area"},
    "PARK": {"count": "industrial_park_count", "area": "industrial_park_area"},
    "ZONE": {"count": "industrial_park_count", "area": "ctx:area"},
    "OCCUPANCY": {"pct": "ctx:occupancy"},
    "AREA": {"area": "ctx:area"},
    "IND_LAND": {"area": "industrial_land_area"},
    "FOREST": {"pct": "forest_cover"},
    "CPI": {"pct": "cpi"},
    "ELEC": {"energy": "electricity", "pct": "electricity"},
    "EMPLOY_INDEX": {"pct": "employment"},
    "EMPLOY": {"count": "employment"},
    "PROJECT": {"count": "other", "money": "ctx:capital"},
    "CAPITAL": {"money": "ctx:capital"},
    "SHARE": {"pct": "other"},
    "OTHER_INDEX": {"pct": "other"},
    "OTHER_SUBJECT": {"money": "other", "pct": "other", "times": "other"},
    "CONTRIB": {"pp": "other", "pct": "other"},
}


def code_for(concept: str, kind: str) -> str | None:
    """The code a concept has for a quantity kind, or a ``ctx:`` marker, or None."""
    codes = _CODES.get(concept)
    if codes is None:
        return None
    if kind == "ratio":
        kind = "count"
    return codes.get(kind)


# Counted nouns after a number ("41 cụm công nghiệp"): the one list both the quantity tagger's
# regex (``COUNT_NOUNS_PATTERN``, used by ``quantities``) and the nouns' concepts
# (``NOUN_CONCEPT``, keyed by the noun as tagged, its spaces made single) are made from.
# Each entry is (spellings, concept, context, pattern):
# - a spelling's words are joined by spaces (``\s+`` in the regex) or "~" (a space or none,
#   ``\s*``; keys with " " and ""); ", " and " / " between words may have spaces on either
#   side in the text (``\s*,\s*``, ``\s*/\s*``) and are keys as ", " / "," and " / " / "/";
# - ``context`` is a look-ahead after the spellings ("khu" only at a clause's end ...);
# - ``pattern``, where not None, is the regex itself, wider than the spellings it gives keys
#   for (a repeat, a comma with no space before it): only two entries.
# The regex tries the entries in this order and each entry's spellings in theirs (alternation
# is first-match, not longest-match): a longer noun comes before any noun that begins it.
_HUYEN_PATTERN = r"huyện(?:[^\S\n]*,[^\S\n]*(?:thị[^\S\n]+xã|thành[^\S\n]+phố|thị(?![^\S\n]+trấn)))*"
_NOUN_ENTRIES: tuple[tuple[tuple[str, ...], str, str, str | None], ...] = (
    (("cụm công nghiệp", "cụm cn", "ccn", "cụm"), "CLUSTER", "", None),
    (("khu công nghiệp", "kcn"), "PARK", "", None),
    # "khu" alone after a count names parks ("có 12 khu công nghiệp ... đã lấp đầy 5 khu"), but
    # only at a clause's end: "3 khu đô thị", "2 khu vực" are other things. (w13f) Or before
    # what is said of parks: their state or size ("trong đó 16 khu đi vào hoạt động", "4 khu đã
    # được lấp đầy", "Bến Cát có 9 khu với 4.114,4 ha", "6 khu thuộc Khu liên hợp ...").
    (
        ("khu",),
        "PARK",
        r"(?=[^\S\n]*(?:[,.;:)]|$)|[^\S\n]+(?:đã|đang|đi\s+vào|được|với|thuộc)[^\S\n])",
        None,
    ),
    (("lượt dự án",), "PROJECT", "", None),
    # "318.570 lượt", "1,91 triệu lượt khách", "42 lượt nhà đầu tư": visits counted.
    (("lượt",), "VISIT", "", None),
    (("dự án", "da"), "PROJECT", "", None),  # "10 DA mới", "1.111 DA FDI"
    (("doanh nghiệp", "dn"), "ENTERPRISE", "", None),
    (("người lao động", "lao động"), "EMPLOY", "", None),
    (("người",), "PERSON", "", None),
    # (w13g) "khoảng 35 ngàn LĐ đang làm việc tại các KCN": workers in the reports' short form.
    (("việc làm", "công nhân", "lđ"), "EMPLOY", "", None),
    # Trade outlets ("24 siêu thị, trung tâm thương mại và gần 70 cửa hàng tiện lợi", "1.200
    # gian hàng"): counted things of their own, ``other`` counts.
    (
        ("siêu thị, trung tâm thương mại", "siêu thị", "trung tâm thương mại", "cửa hàng", "gian hàng"),
        "OUTLET",
        "",
        None,
    ),
    (("hợp tác xã", "htx"), "ENTERPRISE", "", None),
    # Firms and plants counted ("số doanh nghiệp thành lập mới cao nhất với 48 công ty", "có 48
    # nhà máy chế biến thủy sản xuất khẩu"): enterprises, and plants as ``other`` counts.
    (("công ty",), "ENTERPRISE", "", None),
    (("nhà máy",), "OUTLET", "", None),
    # (w12x2) Wind turbines and generating units of a power plant ("với 26 trụ tuabin gió",
    # "xây lắp 16 tua bin E-103", "xây dựng 17 tổ máy"): ``other`` counts, as the gold of
    # blind17, blind18 and blind20 has them all.
    (("trụ tua~bin", "trụ điện gió", "tua~bin", "tổ máy"), "OUTLET", "", None),
    # (w12x2) Foreign investors' share purchases counted by case or deal ("có 2.219 trường hợp
    # nhà đầu tư nước ngoài thực hiện", "1.795 giao dịch góp vốn mua cổ phần"; blind15 r580,
    # blind18 r708 / r709), as "lượt góp vốn" is; "giảm 23 trường hợp" alone counts nothing.
    (("trường hợp", "giao dịch"), "OUTLET", r"(?=\s+(?:góp\s+vốn|nhà\s+(?:đầu\s+tư|đtnn)))", None),
    # Places counted ("9 tỉnh, thành phố có kim ngạch trên 1 tỷ USD"); whether the count is a
    # fact or only the length of a list is decided in ``facts``.
    (
        (
            "tỉnh, thành phố",
            "tỉnh / thành phố",
            "tỉnh / thành",
            "tỉnh thành phố",
            "tỉnh thành",
            "tỉnh",
            "thành phố",
            "địa phương",
        ),
        "PLACE",
        "",
        None,
    ),
    (
        ("quốc gia và vùng lãnh thổ", "quốc gia, vùng lãnh thổ", "quốc gia"),
        "PLACE",
        "",
        r"quốc\s+gia(?:\s+và\s+vùng\s+lãnh\s+thổ|,\s*vùng\s+lãnh\s+thổ)?",
    ),
    # Groups counted ("15/20 ngành cấp 2 có chỉ số sản xuất giảm", "75/80 xã đạt chuẩn"); a
    # fact only when a condition follows (decided in ``facts``).
    # "nhóm" alone too: price reports count "8 nhóm tăng", "5 nhóm không tăng" (w13d).
    (("ngành", "nhóm hàng", "nhóm"), "GROUP", "", None),
    (("xã",), "GROUP", r"(?!\s+hội(?![^\W_]))", None),
    # (w12x2) Products counted ("có 23/25 sản phẩm công nghiệp chủ yếu tăng so với tháng
    # trước"): a group, a fact only when a condition follows, as industries.
    # (w14a) Targets and revenue items counted ("có 2/14 chỉ tiêu chưa đạt", "12/16 khoản thu
    # ước thực hiện đạt trên 50% dự toán"): a group, a fact only when a condition follows, as
    # dev r161 and r232 have them.
    (("sản phẩm", "chỉ tiêu", "khoản thu"), "GROUP", "", None),
    # (w14a) Other things a province counts as figures of its own ("33 chi nhánh, văn phòng đại
    # diện được cấp giấy chứng nhận", "toàn tỉnh hiện có 247 làng nghề", "có 10 nhà đầu tư đến
    # tìm kiếm cơ hội", "Cả nước hiện có 17 khu kinh tế", "115 đơn vị trực thuộc được thành lập
    # mới"): ``other`` counts, as the gold of blind9 - blind29 has them; branches, craft
    # villages, investors, economic zones, dependent units as outlets.
    (("chi nhánh", "làng nghề", "nhà đầu tư", "khu kinh tế", "đơn vị trực thuộc"), "OUTLET", "", None),
    # (w14a) Units counted as a group, a fact only when a condition follows ("2/6 đơn vị thu cấp
    # tỉnh hoàn thành kế hoạch", "01 đơn vị cấp huyện hoàn thành nhiệm vụ xây dựng NTM").
    (("đơn vị",), "GROUP", "", None),
    # (w14a) Districts and ministries counted as places: facts only where a condition follows
    # ("10/12 huyện, thành phố đã thu đạt", "7 Bộ và 12 địa phương có tỷ lệ giải ngân đạt trên
    # 35%"), decided in ``facts``.
    (
        ("huyện",) + tuple(f"huyện, {rest}" for rest in ("thị xã", "thành phố", "thị", "thị xã, thành phố")),
        "PLACE",
        "",
        _HUYEN_PATTERN,
    ),
    (("bộ, cơ quan trung ương", "bộ"), "PLACE", "", None),
)


# A spelling's separators: in the regex, and as the tagged noun may have them.
_SEPARATOR_PATTERNS = {" ": r"\s+", "~": r"\s*", ",": r"\s*,\s*", "/": r"\s*/\s*"}
_SEPARATOR_KEYS = {" ": (" ",), "~": (" ", ""), ",": (", ", ","), "/": (" / ", "/")}


def _tokens(spelling: str) -> list[str]:
    """A spelling's words and the separators between them (" ", "~", "," or "/")."""
    marked = spelling.replace(" / ", "\0/\0").replace(", ", "\0,\0").replace("~", "\0~\0")
    return marked.replace(" ", "\0 \0").split("\0")


def _alternatives(spellings: list[list[str]]) -> list[str]:
    """The regexes of spellings (token lists) tried in their order, a run of them that begins
    with the same token written once: "tỉnh / thành phố", "tỉnh / thành" as one alternative
    "tỉnh / thành( phố)?". The same matches (the token is read one way only), and a regex
    smaller to compile and quicker to try."""
    parts = []
    i = 0
    while i < len(spellings):
        first = spellings[i][:1]
        j = i + 1
        while first and j < len(spellings) and spellings[j][:1] == first:
            j += 1
        if not first:
            parts.append("")
        elif j == i + 1:
            parts.append("".join(_SEPARATOR_PATTERNS.get(t, t) for t in spellings[i]))
        else:
            rests = [tokens[1:] for tokens in spellings[i:j]]
            inner = _alternatives(rests)
            # (The bare head last: what comes after it is optional.)
            optional = not rests[-1]
            if optional:
                inner.pop()
            group = "|".join(inner)
            if optional:
                group = "(?:" + group + ")?"
            elif len(inner) > 1:
                group = "(?:" + group + ")"
            parts.append(_SEPARATOR_PATTERNS.get(first[0], first[0]) + group)
        i = j
    return parts


def _spelling_keys(spelling: str) -> list[str]:
    """The noun as tagged (spaces made single) for each way the text may write a spelling's
    separators: "tỉnh, thành phố" / "tỉnh,thành phố", "tỉnh / thành" / "tỉnh/thành", "tua
    bin" / "tuabin"."""
    keys = [""]
    for token in _tokens(spelling):
        variants = _SEPARATOR_KEYS.get(token, (token,))
        keys = [key + variant for key in keys for variant in variants]
    return keys


COUNT_NOUNS_PATTERN = "|".join(
    (pattern if pattern is not None else "|".join(_alternatives([_tokens(s) for s in spellings])))
    if not context
    else "(?:" + "|".join(_alternatives([_tokens(s) for s in spellings])) + ")" + context
    for spellings, _concept, context, pattern in _NOUN_ENTRIES
)
NOUN_CONCEPT = {
    key: concept
    for spellings, concept, _context, _pattern in _NOUN_ENTRIES
    for spelling in spellings
    for key in _spelling_keys(spelling)
}
