"""The words of Circular 14/2024 (Appendix I): form titles, field and item labels, sections,
receivers, signers and the period line. Shared by the web forms, the API and the XLSX/DOCX files.
The field and item tables are in `wording.toml`."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path
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


_WORDS = tomllib.loads(Path(__file__).with_name("wording.toml").read_text(encoding="utf-8"))
FORM01_FIELDS: tuple[FormField, ...] = tuple(FormField(**row) for row in _WORDS["form01"])
FORM02_FIELDS: tuple[FormField, ...] = tuple(FormField(**row) for row in _WORDS["form02"])


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
ITEM_LABELS: tuple[tuple[str, str, str, str, str], ...] = tuple(
    (row["number"], row["label_vi"], row["label_en"], row["unit_vi"], row["unit_en"]) for row in _WORDS["item"]
)
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
