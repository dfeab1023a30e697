"""Form 01 (a tenant's report) as an XLSX to fill in, and the filled file read back.

The layout is the circular's table: STT | Chỉ tiêu | Đơn vị tính | Kết quả. Reading keys on the
item number in the first column, so a reporter may add rows of notes without breaking it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from django.contrib.auth.models import User
from openpyxl import Workbook
from openpyxl.styles import Font

from provind.clusters.circular14.submissions import BasedOn, FormRejected, Problem, submit_form01
from provind.clusters.circular14.wording import FORM01_FIELDS
from provind.clusters.models import Form01Report, Tenant
from provind.clusters.windows import ReportingWindow
from provind.dataio.cells import CellError, text_of
from provind.dataio.tables import read_table
from provind.lib.xlsx import append_row, workbook_bytes

HEADER = ["STT", "Chỉ tiêu", "Đơn vị tính", "Kết quả"]


def form01_xlsx(*, tenant: Tenant, window: ReportingWindow, report: Form01Report | None = None) -> bytes:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Bieu 01"
    append_row(sheet, HEADER)
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for spec in FORM01_FIELDS:
        value = getattr(report, spec.name) if report is not None else None
        append_row(sheet, [spec.number, spec.label_vi, spec.unit_vi, value])
    append_row(sheet)
    append_row(sheet, ["", f"Dự án: {tenant.enterprise} — {tenant.cluster.name}"])
    append_row(sheet, ["", window.label_vi()])
    sheet.column_dimensions["B"].width = 70
    return workbook_bytes(book)


@dataclass
class Form01Import:
    report: Form01Report | None = None
    problems: list[Problem] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.report is not None


def import_form01(
    *,
    data: bytes,
    filename: str,
    tenant: Tenant,
    window: ReportingWindow,
    user: User,
    today: dt.date | None = None,
    based_on: BasedOn = None,
) -> Form01Import:
    """Read the filled workbook and submit it; nothing is saved unless every item is valid."""
    result = Form01Import()
    try:
        table = read_table(data, filename)
    except CellError as exc:
        result.problems.append(Problem("file", exc.vi, exc.en))
        return result
    values: dict[str, object] = {}
    by_number = {str(spec.number): spec for spec in FORM01_FIELDS}
    for row in table.rows:
        number = text_of(row[0]) if row else ""
        if number in by_number and len(row) >= 4:
            values[by_number[number].name] = row[3]
    missing = [spec for spec in FORM01_FIELDS if spec.name not in values]
    for spec in missing:
        result.problems.append(
            Problem(
                spec.name,
                f"thiếu dòng chỉ tiêu {spec.number} trong tệp",
                f"item {spec.number} is missing from the file",
            )
        )
    if missing:
        return result
    try:
        result.report = submit_form01(
            tenant=tenant, window=window, data=values, user=user, today=today, based_on=based_on
        )
    except FormRejected as exc:
        result.problems.extend(exc.problems)
    return result
