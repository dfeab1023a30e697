"""Circular 14 forms as files in the official layout: XLSX (openpyxl) and DOCX (python-docx).

Every form has the header of Appendix I (reporting unit, receivers, period, deadline), the table
STT | Chỉ tiêu | Đơn vị tính | Kết quả | Ghi chú, and the signature block. Forms 03/04 also
list, for each item, the clusters behind the number (in the notes and on a second sheet).
The Form 02 workbook is also the upload template read back by `form_import`.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from provind.clusters.circular14 import (
    FORM02_FIELDS,
    SECTIONS,
    FormCode,
    FormResult,
    receivers_vi,
)
from provind.clusters.models import Form02Report, IndustrialCluster
from provind.clusters.windows import ReportingWindow
from provind.geography.models import AdminUnit
from provind.lib.numbers import format_vi

XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"

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


def _cell_value(value: Decimal | int | bool | None) -> Any:
    if isinstance(value, bool):
        return 1 if value else 0
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    return value


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:] if text else text


def unit_title(unit: AdminUnit) -> str:
    """ "tỉnh Thái Nguyên", "xã Tân Cương": the unit's name as it follows a body's name."""
    return _lower_first(unit.name)


def period_vi(window: ReportingWindow) -> str:
    kind = "6 tháng" if window.half else "năm"
    return f"{kind} năm {window.year} (số liệu từ {window.start:%d/%m/%Y} đến {window.end:%d/%m/%Y})"


@dataclass(frozen=True)
class _Header:
    form: FormCode
    reporter: str
    receivers: str
    period: str
    deadline: str
    extra: Sequence[tuple[str, str]] = ()  # (label, value) lines, e.g. the cluster


def _summary_header(result: FormResult) -> _Header:
    if result.form == "04":
        reporter = f"Sở Công Thương {unit_title(result.unit)}"
    else:
        reporter = f"Ủy ban nhân dân {unit_title(result.unit)}"
    return _Header(
        form=result.form,
        reporter=reporter,
        receivers=receivers_vi(form=result.form, window=result.window),
        period=period_vi(result.window),
        deadline=f"(Thời hạn gửi báo cáo: trước ngày {result.deadline:%d/%m/%Y})",
    )


def _form02_header(cluster: IndustrialCluster, window: ReportingWindow) -> _Header:
    investor = str(cluster.investor) if cluster.investor_id else "Chủ đầu tư xây dựng hạ tầng kỹ thuật cụm công nghiệp"
    return _Header(
        form="02",
        reporter=investor,
        receivers=receivers_vi(form="02", window=window),
        period=period_vi(window),
        deadline=f"(Thời hạn gửi báo cáo: trước ngày {window.deadline('02'):%d/%m/%Y})",
        extra=(("Cụm công nghiệp", cluster.name),),
    )


def _cluster_note(item_note: str, clusters: Sequence[IndustrialCluster]) -> str:
    parts = [item_note] if item_note else []
    if clusters:
        parts.append("Các cụm: " + "; ".join(c.name for c in clusters))
    return ". ".join(parts)


# ---------------------------------------------------------------------------------------------
# XLSX

_THIN = Side(style="thin")
_BOX = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
_WRAP = Alignment(wrap_text=True, vertical="top")


def _xlsx_header(sheet: Worksheet, header: _Header) -> int:
    sheet.column_dimensions["A"].width = 7
    sheet.column_dimensions["B"].width = 70
    sheet.column_dimensions["C"].width = 14
    sheet.column_dimensions["D"].width = 18
    sheet.column_dimensions["E"].width = 50
    sheet.append([TITLES[header.form]])
    sheet["A1"].font = Font(bold=True, size=12)
    sheet.append([f"Đơn vị gửi báo cáo: {header.reporter}"])
    sheet.append([f"Kính gửi: {header.receivers}"])
    sheet.append([f"Kỳ báo cáo: {header.period}"])
    sheet.append([header.deadline])
    sheet.cell(row=5, column=1).font = Font(italic=True)
    for label, value in header.extra:
        sheet.append([f"{label}: {value}"])
    return sheet.max_row


def _xlsx_table_head(sheet: Worksheet, result_header: str) -> None:
    sheet.append([])
    sheet.append([TABLE_HEADER[0], TABLE_HEADER[1], TABLE_HEADER[2], result_header, TABLE_HEADER[4]])
    sheet.append(["(1)", "(2)", "(3)", "(4)", "(5)"])
    for row in (sheet.max_row - 1, sheet.max_row):
        for col in range(1, 6):
            cell = sheet.cell(row=row, column=col)
            cell.font = Font(bold=row == sheet.max_row - 1)
            cell.border = _BOX
            cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)


def _xlsx_row(sheet: Worksheet, values: list[Any], *, bold: bool = False, number_format: str = "") -> None:
    sheet.append(values)
    row = sheet.max_row
    for col in range(1, 6):
        cell = sheet.cell(row=row, column=col)
        cell.border = _BOX
        cell.alignment = _WRAP
        if bold:
            cell.font = Font(bold=True)
    if number_format:
        sheet.cell(row=row, column=4).number_format = number_format


def _xlsx_signature(sheet: Worksheet, form: FormCode) -> None:
    title, hint = SIGNERS[form]
    sheet.append([])
    sheet.append(["", "", "", "…, ngày … tháng … năm …"])
    sheet.append(["", "", "", title])
    sheet.cell(row=sheet.max_row, column=4).font = Font(bold=True)
    sheet.append(["", "", "", hint])
    sheet.cell(row=sheet.max_row, column=4).font = Font(italic=True)


def _save(book: Workbook) -> bytes:
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def _number_format(value: Any) -> str:
    if isinstance(value, Decimal) and value != value.to_integral_value():
        return "#,##0.00#"
    return "#,##0"


def form_xlsx(*, result: FormResult) -> bytes:
    """Form 03 or 04 as a workbook: the form, and a sheet listing the clusters behind each item."""
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = f"Biểu {result.form}"
    _xlsx_header(sheet, _summary_header(result))
    _xlsx_table_head(sheet, SUMMARY_RESULT_HEADER)
    sections = {s.first_item: s for s in SECTIONS}
    for item in result.items:
        section = sections.get(item.number)
        if section is not None:
            _xlsx_row(sheet, [section.number, section.label_vi, "", "", ""], bold=True)
        _xlsx_row(
            sheet,
            [
                item.number,
                item.label_vi,
                item.unit_vi,
                _cell_value(item.value),
                _cluster_note(item.note_vi, item.clusters),
            ],
            number_format=_number_format(item.value),
        )
    _xlsx_signature(sheet, result.form)
    if result.form in ("03", "04"):
        sheet.append([SPECIALISED_NOTE])

    sources = book.create_sheet("Cụm theo chỉ tiêu")
    sources.append(["STT", "Chỉ tiêu", "Mã cụm", "Tên cụm"])
    for cell in sources[1]:
        cell.font = Font(bold=True)
    for item in result.items:
        for cluster in item.clusters:
            sources.append([item.number, item.label_vi, cluster.code, cluster.name])
    sources.column_dimensions["B"].width = 60
    sources.column_dimensions["C"].width = 24
    sources.column_dimensions["D"].width = 40
    return _save(book)


def form02_xlsx(*, cluster: IndustrialCluster, window: ReportingWindow, report: Form02Report | None = None) -> bytes:
    """Form 02 for a cluster and window: blank (the upload template) or filled from a report."""
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Biểu 02"
    _xlsx_header(sheet, _form02_header(cluster, window))
    # Machine-readable identity of the upload (the import checks it); codes are stored as text.
    sheet.append([CLUSTER_CODE_LABEL, cluster.code])
    sheet.append([WINDOW_CODE_LABEL, window.code])
    for row in (sheet.max_row - 1, sheet.max_row):
        sheet.cell(row=row, column=2).number_format = "@"
        sheet.cell(row=row, column=1).font = Font(italic=True)
    _xlsx_table_head(sheet, TABLE_HEADER[3])
    flags = DataValidation(type="list", formula1='"1,0"', allow_blank=True)
    sheet.add_data_validation(flags)
    for spec in FORM02_FIELDS:
        value = getattr(report, spec.name) if report is not None else None
        hint = "Ghi 1 hoặc 0" if spec.kind == "flag" else ""
        _xlsx_row(sheet, [spec.number, spec.label_vi, spec.unit_vi, _cell_value(value), hint])
        if spec.kind == "flag":
            flags.add(sheet.cell(row=sheet.max_row, column=4))
    _xlsx_signature(sheet, "02")
    return _save(book)


# ---------------------------------------------------------------------------------------------
# DOCX


def _docx_header(document: Any, header: _Header) -> None:
    style = document.styles["Normal"]
    style.font.name = "Times New Roman"
    style.font.size = Pt(12)
    corner = document.add_paragraph(f"Biểu số {header.form}")
    corner.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    title = document.add_paragraph()
    title.alignment = WD_ALIGN_PARAGRAPH.CENTER
    title.add_run(TITLES[header.form].split(". ", 1)[1].upper()).bold = True
    document.add_paragraph(f"Đơn vị gửi báo cáo: {header.reporter}")
    document.add_paragraph(f"Kính gửi: {header.receivers}")
    for label, value in header.extra:
        document.add_paragraph(f"{label}: {value}")
    document.add_paragraph(f"Kỳ báo cáo: {header.period}")
    document.add_paragraph().add_run(header.deadline).italic = True


def _docx_table(document: Any, result_header: str, rows: Sequence[tuple[list[str], bool]]) -> None:
    table = document.add_table(rows=2, cols=5)
    table.style = "Table Grid"
    head = [TABLE_HEADER[0], TABLE_HEADER[1], TABLE_HEADER[2], result_header, TABLE_HEADER[4]]
    for i, text in enumerate(head):
        cell = table.rows[0].cells[i]
        cell.text = ""
        cell.paragraphs[0].add_run(text).bold = True
        table.rows[1].cells[i].text = f"({i + 1})"
    for values, bold in rows:
        cells = table.add_row().cells
        for i, text in enumerate(values):
            cells[i].text = ""
            run = cells[i].paragraphs[0].add_run(text)
            run.bold = bold
            if i == 3:
                cells[i].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT


def _docx_signature(document: Any, form: FormCode) -> None:
    title, hint = SIGNERS[form]
    for text, bold, italic in (("…, ngày … tháng … năm …", False, True), (title, True, False), (hint, False, True)):
        paragraph = document.add_paragraph()
        paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        run = paragraph.add_run(text)
        run.bold, run.italic = bold, italic


def _docx_bytes(document: Any) -> bytes:
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def form_docx(*, result: FormResult) -> bytes:
    """Form 03 or 04 as a Word document in the official layout."""
    document = Document()
    _docx_header(document, _summary_header(result))
    sections = {s.first_item: s for s in SECTIONS}
    rows: list[tuple[list[str], bool]] = []
    for item in result.items:
        section = sections.get(item.number)
        if section is not None:
            rows.append(([section.number, section.label_vi, "", "", ""], True))
        note = _cluster_note(item.note_vi, item.clusters)
        rows.append(([item.number, item.label_vi, item.unit_vi, format_vi(item.value), note], False))
    _docx_table(document, SUMMARY_RESULT_HEADER, rows)
    _docx_signature(document, result.form)
    document.add_paragraph().add_run(SPECIALISED_NOTE).italic = True
    return _docx_bytes(document)


def form02_docx(*, cluster: IndustrialCluster, window: ReportingWindow, report: Form02Report | None = None) -> bytes:
    """Form 02 as a Word document, blank or filled."""
    document = Document()
    _docx_header(document, _form02_header(cluster, window))
    rows: list[tuple[list[str], bool]] = []
    for spec in FORM02_FIELDS:
        value = getattr(report, spec.name) if report is not None else None
        rows.append(([str(spec.number), spec.label_vi, spec.unit_vi, format_vi(value), ""], False))
    _docx_table(document, TABLE_HEADER[3], rows)
    _docx_signature(document, "02")
    return _docx_bytes(document)
