"""Circular 14 forms as files in the official layout: XLSX (openpyxl) and DOCX (python-docx).

Every form has the header of Appendix I (reporting unit, receivers, period, deadline), the table
STT | Chỉ tiêu | Đơn vị tính | Kết quả | Ghi chú, and the signature block. Forms 03/04 also
list, for each item, the clusters behind the number (in the notes and on a second sheet).
The Form 02 workbook is also the upload template read back by `form_import`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from provind.clusters.circular14.summary import FormResult, Item
from provind.clusters.circular14.wording import (
    CLUSTER_CODE_LABEL,
    FORM02_FIELDS,
    NATIONAL_HEADER,
    SECTIONS,
    SIGNERS,
    SPECIALISED_NOTE,
    SUMMARY_RESULT_HEADER,
    TABLE_HEADER,
    TITLES,
    WINDOW_CODE_LABEL,
    FormCode,
    document_number,
    issuing_body,
    period_vi,
    place_of,
    receivers_vi,
    unit_title,
)
from provind.clusters.models import Form02Report, IndustrialCluster
from provind.clusters.windows import ReportingWindow
from provind.geography.queries import province_of
from provind.lib.numbers import format_vi
from provind.lib.xlsx import append_row, print_setup, workbook_bytes

XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def _cell_value(value: Decimal | int | bool | None) -> Any:
    if isinstance(value, bool):
        return 1 if value else 0
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    return value


@dataclass(frozen=True)
class _Header:
    form: FormCode
    reporter: str
    receivers: str
    period: str
    deadline: str
    extra: Sequence[tuple[str, str]] = ()  # (label, value) lines, e.g. the cluster
    issuer: tuple[str, str] = ("", "")  # (superior body, issuing agency), top left
    number: str = "Số: …"
    place: str = "…"


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
        issuer=issuing_body(result.form, result.unit),
        number=document_number(result.form),
        place=place_of(result.unit if result.unit.is_province else province_of(result.unit)),
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


INCOMPLETE_MARK = "CHƯA ĐỦ SỐ LIỆU"
UNKNOWN_VI = "chưa rõ"  # an unknown value is printed as such, never as 0 or a blank


def _shown(value: Decimal | int | None) -> str:
    return UNKNOWN_VI if value is None else format_vi(value)


_NAMED_LIST = re.compile(r"(thiếu số liệu của|chưa rõ ngày thành lập): ([^;]+)")


def _counted(text: str) -> str:
    """ "thiếu số liệu của: A, B, C" → "thiếu số liệu của 3 mục": the printed form stays short; the
    names are in the XLSX and the JSON."""
    return _NAMED_LIST.sub(lambda m: f"{m.group(1)} {len(m.group(2).split(', '))} mục", text)


def _item_note(item: Item, *, full: bool = True) -> str:
    """The note column: an incomplete item says so first, with what it covers; then the basis.
    `full=False` (DOCX) counts the records lacking instead of naming them, and leaves out the
    clusters behind the number (the XLSX's second sheet and the JSON list them)."""
    coverage = item.coverage_vi if full else _counted(item.coverage_vi)
    parts = []
    if not item.complete:
        parts.append(f"{INCOMPLETE_MARK}: {coverage}")
    elif coverage:
        parts.append(coverage)
    if full:
        parts.append(_cluster_note(item.note_vi, item.clusters))
    return ". ".join(p for p in parts if p)


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


WIDTHS = {"A": 6, "B": 58, "C": 10, "D": 14, "E": 48}  # fit A4 landscape at 100 % with narrow margins


def _xlsx_header(sheet: Worksheet, header: _Header) -> int:
    for column, width in WIDTHS.items():
        sheet.column_dimensions[column].width = width
    superior, agency = header.issuer
    if agency:  # Forms 03/04 are administrative documents: agency, number, national header, place
        append_row(sheet, [superior, "", "", NATIONAL_HEADER[0]])
        append_row(sheet, [agency, "", "", NATIONAL_HEADER[1]])
        append_row(sheet, [header.number, "", "", f"{header.place}, ngày … tháng … năm …"])
        for row in (1, 2):
            sheet.cell(row=row, column=1).font = Font(bold=True)
            sheet.cell(row=row, column=4).font = Font(bold=True)
        sheet.cell(row=3, column=4).font = Font(italic=True)
    append_row(sheet, [TITLES[header.form]])
    sheet.cell(row=sheet.max_row, column=1).font = Font(bold=True, size=12)
    append_row(sheet, [f"Đơn vị gửi báo cáo: {header.reporter}"])
    append_row(sheet, [f"Kính gửi: {header.receivers}"])
    append_row(sheet, [f"Kỳ báo cáo: {header.period}"])
    append_row(sheet, [header.deadline])
    sheet.cell(row=sheet.max_row, column=1).font = Font(italic=True)
    for label, value in header.extra:
        append_row(sheet, [f"{label}: {value}"])
    return sheet.max_row


def _xlsx_table_head(sheet: Worksheet, result_header: str) -> None:
    append_row(sheet)
    append_row(sheet, [TABLE_HEADER[0], TABLE_HEADER[1], TABLE_HEADER[2], result_header, TABLE_HEADER[4]])
    append_row(sheet, ["(1)", "(2)", "(3)", "(4)", "(5)"])
    for row in (sheet.max_row - 1, sheet.max_row):
        for col in range(1, 6):
            cell = sheet.cell(row=row, column=col)
            cell.font = Font(bold=row == sheet.max_row - 1)
            cell.border = _BOX
            cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)


def _xlsx_row(sheet: Worksheet, values: list[Any], *, bold: bool = False, number_format: str = "") -> None:
    append_row(sheet, values)
    row = sheet.max_row
    for col in range(1, 6):
        cell = sheet.cell(row=row, column=col)
        cell.border = _BOX
        cell.alignment = _WRAP
        if bold:
            cell.font = Font(bold=True)
    if number_format:
        sheet.cell(row=row, column=4).number_format = number_format


def _xlsx_signature(sheet: Worksheet, form: FormCode, place: str = "…") -> None:
    title, hint = SIGNERS[form]
    append_row(sheet)
    append_row(sheet, ["Nơi nhận:", "", "", f"{place}, ngày … tháng … năm …"])
    sheet.cell(row=sheet.max_row, column=1).font = Font(bold=True, italic=True)
    append_row(sheet, ["", "", "", title])
    sheet.cell(row=sheet.max_row, column=4).font = Font(bold=True)
    append_row(sheet, ["", "", "", hint])
    sheet.cell(row=sheet.max_row, column=4).font = Font(italic=True)


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
    header = _summary_header(result)
    _xlsx_header(sheet, header)
    _xlsx_table_head(sheet, SUMMARY_RESULT_HEADER)
    print_setup(sheet, header_rows=f"{sheet.max_row - 1}:{sheet.max_row}")
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
                UNKNOWN_VI if item.value is None else _cell_value(item.value),
                _item_note(item),
            ],
            number_format=_number_format(item.value),
        )
    _xlsx_signature(sheet, result.form, header.place)
    if result.form in ("03", "04"):
        append_row(sheet, [SPECIALISED_NOTE])

    sources = book.create_sheet("Cụm theo chỉ tiêu")
    append_row(sources, ["STT", "Chỉ tiêu", "Mã cụm", "Tên cụm"])
    for cell in sources[1]:
        cell.font = Font(bold=True)
    for item in result.items:
        for cluster in item.clusters:
            append_row(sources, [item.number, item.label_vi, cluster.code, cluster.name])
    sources.column_dimensions["B"].width = 60
    sources.column_dimensions["C"].width = 24
    sources.column_dimensions["D"].width = 40
    return workbook_bytes(book)


def form02_xlsx(*, cluster: IndustrialCluster, window: ReportingWindow, report: Form02Report | None = None) -> bytes:
    """Form 02 for a cluster and window: blank (the upload template) or filled from a report."""
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Biểu 02"
    _xlsx_header(sheet, _form02_header(cluster, window))
    # Machine-readable identity of the upload (the import checks it); codes are stored as text.
    append_row(sheet, [CLUSTER_CODE_LABEL, cluster.code])
    append_row(sheet, [WINDOW_CODE_LABEL, window.code])
    for row in (sheet.max_row - 1, sheet.max_row):
        sheet.cell(row=row, column=2).number_format = "@"
        sheet.cell(row=row, column=1).font = Font(italic=True)
    _xlsx_table_head(sheet, TABLE_HEADER[3])
    print_setup(sheet, header_rows=f"{sheet.max_row - 1}:{sheet.max_row}")
    flags = DataValidation(type="list", formula1='"1,0"', allow_blank=True)
    sheet.add_data_validation(flags)
    for spec in FORM02_FIELDS:
        value = getattr(report, spec.name) if report is not None else None
        hint = "Ghi 1 hoặc 0" if spec.kind == "flag" else ""
        _xlsx_row(sheet, [spec.number, spec.label_vi, spec.unit_vi, _cell_value(value), hint])
        if spec.kind == "flag":
            flags.add(sheet.cell(row=sheet.max_row, column=4))
    _xlsx_signature(sheet, "02")
    return workbook_bytes(book)


# ---------------------------------------------------------------------------------------------
# DOCX


def _docx_page(document: Any, *, landscape: bool) -> None:
    """A4 (landscape for the summary forms' wide table), Times New Roman, tight paragraph spacing."""
    section = document.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    if landscape:
        section.orientation = WD_ORIENT.LANDSCAPE
        section.page_width, section.page_height = section.page_height, section.page_width
    section.left_margin = section.right_margin = Mm(20 if not landscape else 15)
    section.top_margin = section.bottom_margin = Mm(12 if landscape else 15)
    style = document.styles["Normal"]
    style.font.name = "Times New Roman"
    style.font.size = Pt(12)
    style.paragraph_format.space_after = Pt(0)
    style.paragraph_format.space_before = Pt(0)


def _borderless_pair(
    document: Any, left: Sequence[tuple[str, bool, bool]], right: Sequence[tuple[str, bool, bool]]
) -> None:
    """Two centred blocks side by side (issuing agency | national header; receivers | signer)."""
    table = document.add_table(rows=1, cols=2)
    for cell, lines in zip(table.rows[0].cells, (left, right), strict=True):
        cell.text = ""
        for n, (text, bold, italic) in enumerate(lines):
            paragraph = cell.paragraphs[0] if n == 0 else cell.add_paragraph()
            paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
            run = paragraph.add_run(text)
            run.bold, run.italic = bold, italic


def _docx_header(document: Any, header: _Header) -> None:
    superior, agency = header.issuer
    if agency:
        left = [(t, b, False) for t, b in ((superior, False), (agency, True)) if t] + [(header.number, False, False)]
        right = [
            (NATIONAL_HEADER[0], True, False),
            (NATIONAL_HEADER[1], True, False),
            (f"{header.place}, ngày … tháng … năm …", False, True),
        ]
        _borderless_pair(document, left, right)
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


DOCX_WIDTHS_MM = (13, 108, 15, 28, 103)  # 267 mm: A4 landscape less 15 mm margins


def _docx_table(document: Any, result_header: str, rows: Sequence[tuple[list[str], bool]]) -> None:
    table = document.add_table(rows=2, cols=5)
    table.style = "Table Grid"
    table.autofit = False
    head = [TABLE_HEADER[0], TABLE_HEADER[1], TABLE_HEADER[2], result_header, TABLE_HEADER[4]]
    for i, text in enumerate(head):
        cell = table.rows[0].cells[i]
        cell.text = ""
        cell.paragraphs[0].add_run(text).bold = True
        table.rows[1].cells[i].text = f"({i + 1})"
    for row in table.rows[:2]:  # the head repeats on every page
        properties = row._tr.get_or_add_trPr()
        repeat = OxmlElement("w:tblHeader")
        repeat.set(qn("w:val"), "true")
        properties.append(repeat)
    for values, bold in rows:
        cells = table.add_row().cells
        for i, text in enumerate(values):
            cells[i].text = ""
            run = cells[i].paragraphs[0].add_run(text)
            run.bold = bold
            run.font.size = Pt(8.5 if i == 4 else 9.5)
            if i == 3:
                cells[i].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    for column, width in zip(table.columns, DOCX_WIDTHS_MM, strict=True):
        column.width = Mm(width)  # the table grid: LibreOffice and Word lay out by it
        for cell in column.cells:
            cell.width = Mm(width)


def _docx_signature(document: Any, form: FormCode) -> None:
    title, hint = SIGNERS[form]
    document.add_paragraph()
    left = [("Nơi nhận:", True, True), ("- Như trên;", False, False), ("- Lưu: VT.", False, False)]
    right = [(title, True, False), (hint, False, True)]
    _borderless_pair(document, left, right)


def form_docx(*, result: FormResult) -> bytes:
    """Form 03 or 04 as a Word document in the official layout."""
    document = Document()
    _docx_page(document, landscape=True)
    _docx_header(document, _summary_header(result))
    sections = {s.first_item: s for s in SECTIONS}
    rows: list[tuple[list[str], bool]] = []
    for item in result.items:
        section = sections.get(item.number)
        if section is not None:
            rows.append(([section.number, section.label_vi, "", "", ""], True))
        # The clusters behind each number are on the XLSX's second sheet and in the JSON: the
        # DOCX keeps the completeness note so that the form fits three pages.
        note = _item_note(item, full=False)
        rows.append(([item.number, item.label_vi, item.unit_vi, _shown(item.value), note], False))
    _docx_table(document, SUMMARY_RESULT_HEADER, rows)
    _docx_signature(document, result.form)
    document.add_paragraph().add_run(SPECIALISED_NOTE).italic = True
    return workbook_bytes(document)


def form02_docx(*, cluster: IndustrialCluster, window: ReportingWindow, report: Form02Report | None = None) -> bytes:
    """Form 02 as a Word document, blank or filled."""
    document = Document()
    _docx_page(document, landscape=False)
    _docx_header(document, _form02_header(cluster, window))
    rows: list[tuple[list[str], bool]] = []
    for spec in FORM02_FIELDS:
        value = getattr(report, spec.name) if report is not None else None
        rows.append(([str(spec.number), spec.label_vi, spec.unit_vi, format_vi(value), ""], False))
    _docx_table(document, TABLE_HEADER[3], rows)
    _docx_signature(document, "02")
    return workbook_bytes(document)
