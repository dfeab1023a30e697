"""Uploading Form 02 as the XLSX template from `exports.form02_xlsx`, filled in.

The workbook is read (any layout row may move, as long as the table keeps its STT column), every
problem is reported against its spreadsheet row and column, and the form goes through
`submit_form02`: all or nothing, with the same rules as the web form. A dry run checks only.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from provind.clusters.circular14.submissions import (
    BasedOn,
    FormRejected,
    Problem,
    User,
    check_form02,
    require_cluster_scope,
    submit_form02,
)
from provind.clusters.circular14.wording import CLUSTER_CODE_LABEL, FORM02_FIELDS, WINDOW_CODE_LABEL
from provind.clusters.models import Form02Report, IndustrialCluster
from provind.clusters.windows import ReportingWindow, WindowError
from provind.dataio.cells import CellError, text_of
from provind.dataio.problems import RowProblem
from provind.dataio.tables import read_table

RESULT_COLUMN = "Kết quả"


@dataclass
class Form02Import:
    cluster: IndustrialCluster | None = None
    window: ReportingWindow | None = None
    data: dict[str, object] = field(default_factory=dict)  # field name → cell as read
    errors: list[RowProblem] = field(default_factory=list)
    warnings: list[RowProblem] = field(default_factory=list)
    report: Form02Report | None = None  # the saved report (None on a dry run or a refusal)
    dry_run: bool = False

    @property
    def ok(self) -> bool:
        return not self.errors


@dataclass
class _Layout:
    rows: list[list[object]]
    code: tuple[int, str] | None = None  # (row, text)
    window: tuple[int, str] | None = None
    result_col: int = 3
    items: dict[int, int] = field(default_factory=dict)  # item number → spreadsheet row


def _read_layout(rows: list[list[object]]) -> _Layout:
    layout = _Layout(rows)
    in_table = False
    for index, row in enumerate(rows):
        line = index + 1
        first = text_of(row[0] if row else None)
        lowered = first.casefold()
        if lowered == CLUSTER_CODE_LABEL.casefold() or lowered.startswith("mã cụm"):
            layout.code = (line, text_of(row[1]) if len(row) > 1 else "")
        elif lowered == WINDOW_CODE_LABEL.casefold() or lowered.startswith("mã kỳ"):
            layout.window = (line, text_of(row[1]) if len(row) > 1 else "")
        elif lowered in ("stt", "tt") and len(row) > 1 and text_of(row[1]).casefold().startswith("chỉ tiêu"):
            in_table = True
            for col, cell in enumerate(row):
                if text_of(cell).casefold().startswith(RESULT_COLUMN.casefold()):
                    layout.result_col = col
        elif in_table and first.isdigit() and 1 <= int(first) <= len(FORM02_FIELDS):
            layout.items.setdefault(int(first), line)
    return layout


def _column_letter(index: int) -> str:
    return "ABCDEFGHIJ"[index] if index < 10 else str(index + 1)


def import_form02(
    *,
    data: bytes,
    filename: str,
    user: User,
    cluster: IndustrialCluster | None = None,
    window: ReportingWindow | None = None,
    dry_run: bool = False,
    today: dt.date | None = None,
    based_on: BasedOn = None,
) -> Form02Import:
    """Read a filled Form 02 workbook and submit it for `cluster` and `window` (or those the file
    names). Raises NotAllowed when the user is not scoped to the cluster; every other problem is
    a RowProblem in the result, and nothing is saved unless there are none."""
    result = Form02Import(cluster=cluster, window=window, dry_run=dry_run)
    try:
        table = read_table(data, filename)
    except CellError as exc:
        result.errors.append(RowProblem(0, "file", filename, exc.vi, exc.en))
        return result
    # read_table lower-cases its header row; the form's first row is only the title.
    layout = _read_layout([list(table.header), *table.rows])
    column = _column_letter(layout.result_col)

    if layout.code is not None and layout.code[1]:
        line, code = layout.code
        found = IndustrialCluster.objects.filter(code=code).first()
        if cluster is None and found is None:
            result.errors.append(
                RowProblem(line, "B", code, f"không có cụm công nghiệp mã “{code}”", f"no cluster with code “{code}”")
            )
        elif cluster is not None and code != cluster.code:
            result.errors.append(
                RowProblem(
                    line,
                    "B",
                    code,
                    f"tệp là Biểu 02 của cụm “{code}”, không phải “{cluster.code}”",
                    f"the file is the Form 02 of cluster “{code}”, not “{cluster.code}”",
                )
            )
        result.cluster = cluster or found
    elif cluster is None:
        result.errors.append(
            RowProblem(
                0,
                "A",
                "",
                f"thiếu dòng “{CLUSTER_CODE_LABEL}” (dùng mẫu Biểu 02 tải từ Provind)",
                f"the “{CLUSTER_CODE_LABEL}” row is missing (use the Form 02 template from Provind)",
            )
        )

    if layout.window is not None and layout.window[1]:
        line, code = layout.window
        try:
            in_file = ReportingWindow.parse(code)
        except WindowError as exc:
            result.errors.append(RowProblem(line, "B", code, exc.vi, exc.en))
        else:
            if window is not None and in_file != window:
                result.errors.append(
                    RowProblem(
                        line,
                        "B",
                        code,
                        f"tệp là báo cáo kỳ {in_file.code}, không phải kỳ {window.code}",
                        f"the file reports window {in_file.code}, not {window.code}",
                    )
                )
            result.window = window or in_file
    elif window is None:
        result.errors.append(
            RowProblem(0, "A", "", f"thiếu dòng “{WINDOW_CODE_LABEL}”", f"the “{WINDOW_CODE_LABEL}” row is missing")
        )

    rows_of: dict[str, int] = {}
    for spec in FORM02_FIELDS:
        line_or_none = layout.items.get(spec.number)
        if line_or_none is None:
            result.errors.append(
                RowProblem(
                    0,
                    "A",
                    str(spec.number),
                    f"thiếu dòng chỉ tiêu {spec.number} ({spec.label_vi})",
                    f"the row of item {spec.number} ({spec.label_en}) is missing",
                )
            )
            continue
        rows_of[spec.name] = line_or_none
        row = layout.rows[line_or_none - 1]
        result.data[spec.name] = row[layout.result_col] if layout.result_col < len(row) else None

    if result.cluster is None or result.window is None:
        return result
    require_cluster_scope(user, result.cluster)
    if result.errors:
        return result

    def as_row(problem: Problem) -> RowProblem:
        line = rows_of.get(problem.field)
        if line is not None:
            value = text_of(result.data.get(problem.field))
            return RowProblem(line, column, value, problem.vi, problem.en, problem.severity)
        if problem.field == "window" and layout.window is not None:
            return RowProblem(layout.window[0], "B", layout.window[1], problem.vi, problem.en, problem.severity)
        if problem.field == "cluster" and layout.code is not None:
            return RowProblem(layout.code[0], "B", layout.code[1], problem.vi, problem.en, problem.severity)
        return RowProblem(0, problem.field, "", problem.vi, problem.en, problem.severity)

    check = check_form02(cluster=result.cluster, window=result.window, data=result.data, today=today)
    result.errors = [as_row(p) for p in check.errors]
    result.warnings = [as_row(p) for p in check.warnings]
    if result.errors or dry_run:
        return result
    try:
        result.report = submit_form02(
            cluster=result.cluster, window=result.window, data=result.data, user=user, today=today, based_on=based_on
        )
    except FormRejected as exc:  # the registry changed between the check and the save
        result.errors = [as_row(p) for p in exc.problems]
    return result
