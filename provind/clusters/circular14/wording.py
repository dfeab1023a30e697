"""The words of Circular 14/2024 (Appendix I): form titles, field and item labels, sections,
receivers, signers and the period line. Shared by the web forms, the API and the XLSX/DOCX files."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from provind.clusters.windows import ReportingWindow
from provind.geography.models import REFORM_DATE, AdminUnit

FormCode = Literal["01", "02", "03", "04"]


@dataclass(frozen=True)
class FormField:
    number: int
    name: str  # the model field
    label_vi: str
    label_en: str
    unit_vi: str
    unit_en: str
    kind: Literal["decimal", "count", "flag"]


FORM01_FIELDS: tuple[FormField, ...] = (
    FormField(1, "revenue_bn", "Doanh thu của dự án trong kỳ báo cáo", "Project revenue in the period",
              "Tỷ đồng", "bn VND", "decimal"),
    FormField(2, "budget_paid_bn", "Số nộp ngân sách nhà nước của dự án trong kỳ báo cáo",
              "Payments to the state budget in the period", "Tỷ đồng", "bn VND", "decimal"),
    FormField(3, "workers", "Tổng số lao động (có hợp đồng lao động) làm việc tại dự án trong kỳ báo cáo",
              "Workers with labour contracts at the project in the period", "Người", "persons", "count"),
    FormField(4, "average_income_mn", "Thu nhập bình quân người lao động của dự án trong kỳ báo cáo",
              "Average worker income in the period", "Triệu đồng/người/tháng", "million VND/person/month",
              "decimal"),
)  # fmt: skip

FORM02_FIELDS: tuple[FormField, ...] = (
    FormField(1, "total_investment_bn", "Tổng mức đầu tư xây dựng hạ tầng kỹ thuật theo dự án đã được duyệt",
              "Total infrastructure investment in the approved project", "Tỷ đồng", "bn VND", "decimal"),
    FormField(2, "paid_investment_bn",
              "Tổng vốn đã đầu tư xây dựng hạ tầng kỹ thuật (tổng vốn lũy kế đã thanh toán)",
              "Infrastructure capital invested so far (cumulative amount paid)", "Tỷ đồng", "bn VND", "decimal"),
    FormField(3, "land_ready_ha",
              "Diện tích đất công nghiệp của dự án đã xây dựng hạ tầng kỹ thuật (đủ điều kiện cho thuê)",
              "Industrial land with completed infrastructure (ready to lease)", "ha", "ha", "decimal"),
    FormField(4, "land_leased_ha", "Diện tích đất công nghiệp của dự án đã cho thuê", "Industrial land leased",
              "ha", "ha", "decimal"),
    FormField(5, "occupancy_pct", "Tỉ lệ lấp đầy của cụm công nghiệp", "Cluster occupancy rate", "%", "%",
              "decimal"),
    FormField(6, "projects", "Tổng số dự án đầu tư sản xuất kinh doanh đã thuê đất trong cụm công nghiệp",
              "Production projects that have leased land in the cluster", "Dự án", "projects", "count"),
    FormField(7, "projects_foreign", "Số dự án đầu tư sản xuất kinh doanh có vốn đầu tư nước ngoài",
              "Of which foreign-invested", "Dự án", "projects", "count"),
    FormField(8, "projects_operating",
              "Số dự án đầu tư sản xuất kinh doanh đang hoạt động trong cụm công nghiệp",
              "Production projects operating", "Dự án", "projects", "count"),
    FormField(9, "revenue_bn",
              "Doanh thu của dự án đầu tư xây dựng hạ tầng kỹ thuật cụm công nghiệp trong kỳ báo cáo",
              "Revenue of the infrastructure project in the period", "Tỷ đồng", "bn VND", "decimal"),
    FormField(10, "budget_paid_bn",
              "Số nộp Ngân sách nhà nước của dự án đầu tư xây dựng hạ tầng kỹ thuật cụm công nghiệp trong kỳ "
              "báo cáo", "State-budget payments of the infrastructure project in the period", "Tỷ đồng", "bn VND",
              "decimal"),
    FormField(11, "workers",
              "Tổng số lao động (có hợp đồng lao động) làm việc tại dự án đầu tư xây dựng hạ tầng kỹ thuật cụm "
              "công nghiệp", "Workers with labour contracts at the infrastructure project", "Người", "persons",
              "count"),
    FormField(12, "average_income_mn",
              "Thu nhập bình quân người lao động của dự án đầu tư xây dựng hạ tầng kỹ thuật cụm công nghiệp "
              "trong kỳ báo cáo", "Average income of those workers in the period", "Triệu đồng/người/tháng",
              "million VND/person/month", "decimal"),
    FormField(13, "wastewater_built",
              "Cụm công nghiệp đã hoặc đang đầu tư hệ thống xử lý nước thải tập trung (đã hoặc đang đầu tư "
              "ghi 1, chưa đầu tư ghi 0)", "Central wastewater plant built or under construction (1/0)",
              "Công trình", "plant", "flag"),
    FormField(14, "wastewater_meets_standard",
              "Cụm công nghiệp có hệ thống xử lý nước thải tập trung đạt tiêu chuẩn môi trường (có ghi 1, "
              "không ghi 0)", "Central wastewater plant meets environmental standards (1/0)", "Công trình",
              "plant", "flag"),
)  # fmt: skip


@dataclass(frozen=True)
class Section:
    number: str  # "I", "II", "III"
    label_vi: str
    label_en: str
    first_item: str


SECTIONS = (
    Section("I", "Phương án phát triển cụm công nghiệp", "Cluster development plan", "1"),
    Section(
        "II",
        "Thành lập, đầu tư xây dựng hạ tầng kỹ thuật cụm công nghiệp",
        "Establishment and infrastructure investment",
        "3",
    ),
    Section("III", "Hoạt động của các cụm công nghiệp", "Operation of the clusters", "15"),
)

# number, label_vi, label_en, unit_vi, unit_en (Circular 14/2024, Appendix I, Forms 03 and 04)
ITEM_LABELS: tuple[tuple[str, str, str, str, str], ...] = (
    ("1", "Số lượng cụm công nghiệp theo phương án phát triển cụm công nghiệp",
     "Number of clusters in the development plan", "Cụm", "clusters"),
    ("2", "Tổng diện tích các cụm công nghiệp theo phương án phát triển cụm công nghiệp",
     "Total area of the clusters in the plan", "ha", "ha"),
    ("3", "Số lượng cụm công nghiệp đã thành lập", "Clusters established", "Cụm", "clusters"),
    ("4", "Tổng diện tích các cụm công nghiệp đã thành lập", "Total area of the clusters established", "ha", "ha"),
    ("5", "Số lượng cụm công nghiệp đã thành lập trong kỳ báo cáo", "Clusters established in the period",
     "Cụm", "clusters"),
    ("6", "Tổng diện tích các cụm công nghiệp đã thành lập trong kỳ báo cáo",
     "Area of the clusters established in the period", "ha", "ha"),
    ("7", "Số lượng cụm công nghiệp do doanh nghiệp làm chủ đầu tư xây dựng hạ tầng kỹ thuật",
     "Clusters whose infrastructure investor is an enterprise", "Cụm", "clusters"),
    ("8", "Tổng diện tích các cụm công nghiệp do doanh nghiệp làm chủ đầu tư xây dựng hạ tầng kỹ thuật",
     "Area of the clusters whose infrastructure investor is an enterprise", "ha", "ha"),
    ("9", "Số lượng cụm công nghiệp đã được phê duyệt quy hoạch chi tiết",
     "Clusters with an approved detailed plan", "Cụm", "clusters"),
    ("10", "Tổng diện tích các cụm công nghiệp đã được phê duyệt quy hoạch chi tiết",
     "Area of the clusters with an approved detailed plan", "ha", "ha"),
    ("11", "Số lượng cụm công nghiệp đã được phê duyệt dự án đầu tư xây dựng hạ tầng kỹ thuật",
     "Clusters with an approved infrastructure project", "Cụm", "clusters"),
    ("12", "Tổng diện tích các cụm công nghiệp đã được phê duyệt dự án đầu tư xây dựng hạ tầng kỹ thuật",
     "Area of the clusters with an approved infrastructure project", "ha", "ha"),
    ("13", "Tổng vốn đầu tư xây dựng hạ tầng kỹ thuật của các cụm công nghiệp (tính theo dự án được phê duyệt)",
     "Total infrastructure investment of the clusters (per the approved projects)", "Tỷ đồng", "bn VND"),
    ("14", "Tổng vốn đã đầu tư xây dựng hạ tầng kỹ thuật của các cụm công nghiệp (tổng vốn lũy kế đã thanh toán)",
     "Infrastructure capital invested so far (cumulative amount paid)", "Tỷ đồng", "bn VND"),
    ("15", "Số lượng cụm công nghiệp đã hoạt động (đã có dự án đầu tư trong cụm): (15.1+15.2)",
     "Clusters operating (with investment projects in them): (15.1 + 15.2)", "Cụm", "clusters"),
    ("15.1", "Số lượng cụm công nghiệp hoạt động đã thành lập", "Operating and established", "Cụm", "clusters"),
    ("15.2", "Số lượng cụm công nghiệp đã hoạt động nhưng chưa thành lập", "Operating but not established",
     "Cụm", "clusters"),
    ("15.3", "Số lượng cụm công nghiệp làng nghề đã hoạt động", "Craft-village clusters operating", "Cụm",
     "clusters"),
    ("15.4", "Số lượng cụm công nghiệp chuyên ngành đã hoạt động", "Specialised clusters operating", "Cụm",
     "clusters"),
    ("16", "Tổng diện tích các cụm công nghiệp đã hoạt động: (16.1+16.2)",
     "Area of the clusters operating: (16.1 + 16.2)", "ha", "ha"),
    ("16.1", "Tổng diện tích các cụm công nghiệp hoạt động đã thành lập", "Area operating and established",
     "ha", "ha"),
    ("16.2", "Tổng diện tích các cụm công nghiệp đã hoạt động nhưng chưa thành lập",
     "Area operating but not established", "ha", "ha"),
    ("16.3", "Tổng diện tích các cụm công nghiệp làng nghề đã hoạt động", "Area of craft-village clusters operating",
     "ha", "ha"),
    ("16.4", "Tổng diện tích các cụm công nghiệp chuyên ngành đã hoạt động", "Area of specialised clusters operating",
     "ha", "ha"),
    ("17", "Tổng diện tích đất công nghiệp của các cụm công nghiệp đã hoạt động (tính theo quy hoạch chi tiết đã "
     "được duyệt)", "Industrial land of the operating clusters (per the approved detailed plans)", "ha", "ha"),
    ("18", "Tổng diện tích đất công nghiệp đã cho thuê tại các cụm công nghiệp", "Industrial land leased", "ha",
     "ha"),
    ("19", "Tỷ lệ lấp đầy bình quân của các cụm công nghiệp đã hoạt động",
     "Average occupancy of the operating clusters", "%", "%"),
    ("20", "Tổng số dự án đầu tư sản xuất kinh doanh trong các cụm công nghiệp",
     "Production projects in the clusters", "Dự án", "projects"),
    ("21", "Số dự án đầu tư sản xuất kinh doanh có vốn đầu tư nước ngoài trong các cụm công nghiệp",
     "Of which foreign-invested", "Dự án", "projects"),
    ("22", "Số dự án đầu tư sản xuất kinh doanh đang hoạt động trong các cụm công nghiệp",
     "Of which operating", "Dự án", "projects"),
    ("23", "Tổng doanh thu của các dự án đầu tư trong các cụm công nghiệp trong kỳ báo cáo",
     "Revenue of the projects in the clusters in the period", "Tỷ đồng", "bn VND"),
    ("24", "Nộp ngân sách nhà nước của các dự án đầu tư trong các cụm công nghiệp trong kỳ báo cáo",
     "State-budget payments of the projects in the clusters in the period", "Tỷ đồng", "bn VND"),
    ("25", "Tổng số lao động (có hợp đồng lao động) làm việc trong các cụm công nghiệp",
     "Workers with labour contracts in the clusters", "Người", "persons"),
    ("26", "Số cụm công nghiệp đã và đang đầu tư hệ thống xử lý nước thải tập trung",
     "Clusters with a central wastewater plant built or under construction", "Cụm", "clusters"),
    ("27", "Số cụm công nghiệp có hệ thống xử lý nước thải tập trung đạt tiêu chuẩn môi trường",
     "Clusters whose central wastewater plant meets environmental standards", "Cụm", "clusters"),
)  # fmt: skip
ITEM_NUMBERS = tuple(row[0] for row in ITEM_LABELS)


def receivers_vi(*, form: FormCode, window: ReportingWindow) -> str:
    """The "Kính gửi" line of a form; the bodies changed with the two-tier government (1/7/2025)."""
    after = window.end >= REFORM_DATE
    ministry = (
        "Bộ Công Thương (Cục Đổi mới sáng tạo, Chuyển đổi xanh và Khuyến công)"
        if after
        else "Bộ Công Thương (Cục Công Thương địa phương)"
    )
    local = "Ủy ban nhân dân cấp xã" if after else "Ủy ban nhân dân cấp huyện"
    statistics = "Cơ quan thống kê" if after else "Cơ quan thống kê cấp huyện"
    return {
        "01": f"{statistics}, {local}",
        "02": f"{statistics}, {local}, Sở Công Thương",
        "03": "Ủy ban nhân dân cấp tỉnh, Sở Công Thương",
        "04": f"Ủy ban nhân dân cấp tỉnh, {ministry}",
    }[form]


# Labels the Form 02 import looks for (first column of the metadata rows).
CLUSTER_CODE_LABEL = "Mã cụm công nghiệp (cluster code)"
WINDOW_CODE_LABEL = "Mã kỳ báo cáo (window)"
TABLE_HEADER = ("STT", "Chỉ tiêu", "Đơn vị tính", "Kết quả", "Ghi chú")
SUMMARY_RESULT_HEADER = "Kết quả (Lũy kế đến thời điểm báo cáo)"

TITLES = {
    "01": "Biểu số 01. Tình hình hoạt động của dự án đầu tư trong cụm công nghiệp",
    "02": "Biểu số 02. Tình hình hoạt động của dự án đầu tư xây dựng hạ tầng kỹ thuật cụm công nghiệp",
    "03": "Biểu số 03. Tổng hợp tình hình cụm công nghiệp trên địa bàn",
    "04": "Biểu số 04. Tổng hợp tình hình cụm công nghiệp trên địa bàn cấp tỉnh",
}
SIGNERS = {
    "01": ("NGƯỜI ĐẠI DIỆN THEO PHÁP LUẬT CỦA ĐƠN VỊ BÁO CÁO", "(Chữ ký, họ và tên, chức danh, dấu)"),
    "02": ("NGƯỜI ĐẠI DIỆN THEO PHÁP LUẬT CỦA ĐƠN VỊ BÁO CÁO", "(Chữ ký, họ và tên, chức danh, dấu)"),
    "03": ("TM. ỦY BAN NHÂN DÂN", "(Chữ ký, họ và tên, chức danh, dấu)"),
    "04": ("GIÁM ĐỐC SỞ CÔNG THƯƠNG", "(Chữ ký, họ và tên, dấu)"),
}
SPECIALISED_NOTE = (
    "Ghi chú: Cụm công nghiệp chuyên ngành là cụm công nghiệp có tối thiểu 60% diện tích đất công nghiệp để thu "
    "hút các dự án đầu tư có cùng ngành, nghề."
)


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:] if text else text


def unit_title(unit: AdminUnit) -> str:
    """ "tỉnh Thái Nguyên", "xã Tân Cương": the unit's name as it follows a body's name."""
    return _lower_first(unit.name)


def period_vi(window: ReportingWindow) -> str:
    """ "6 tháng năm 2025 (…)" or "năm 2025 (…)": the period line follows "Kỳ báo cáo: "."""
    kind = "6 tháng năm" if window.half else "năm"
    return f"{kind} {window.year} (số liệu từ {window.start:%d/%m/%Y} đến {window.end:%d/%m/%Y})"


NATIONAL_HEADER = ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc")


def issuing_body(form: FormCode, unit: AdminUnit) -> tuple[str, str]:
    """(superior body, issuing agency) of the top-left block of Forms 03/04 (Decree 30/2020 layout)."""
    if form == "04":
        return (f"ỦY BAN NHÂN DÂN {unit_title(unit).upper()}", "SỞ CÔNG THƯƠNG")
    return ("", f"ỦY BAN NHÂN DÂN {unit_title(unit).upper()}")


def document_number(form: FormCode) -> str:
    return "Số: …/BC-SCT" if form == "04" else "Số: …/BC-UBND"


def place_of(unit: AdminUnit) -> str:
    """The place in "<place>, ngày … tháng … năm …": the unit's name without its kind."""
    for prefix in ("Tỉnh ", "Thành phố ", "Huyện ", "Thị xã ", "Xã ", "Phường ", "Thị trấn "):
        if unit.name.startswith(prefix):
            return unit.name[len(prefix) :]
    return unit.name
