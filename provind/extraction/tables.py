"""Flattened tables: one cell per line, or one row per line with cells parted by "|".

Statistics offices and Departments publish their figures as tables; a copied web page keeps
the cells but loses the grid, so a table arrives as a run of short lines ("Quảng Ninh",
"khoảng 20", "> 600", "11", "310", "Hà Nội", ...) after its header cells ("Cụm CN theo QH",
"Cụm CN đã thành lập", "Số lượng", "Diện tích (ha)", ...). Prose rules read such a run as
a heap of bare numbers. Here the grid is rebuilt: a data row is a label (a province, a total
or an indicator name) followed by the values of its columns; the number of value columns is
the usual length of those runs; the header cells before the first row name the columns, the
last ones the leaf columns, the ones before them, when their count divides the columns, the
groups over them. Each value cell then gets its indicator, unit, status and period from its
column (and from the row label when the rows are indicators), and its region from the row.

This module finds tables and reads their cells; ``facts`` turns the cells into facts.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from itertools import islice

from provind.extraction import lexicon
from provind.extraction.lazy import lazy_pattern
from provind.extraction.numbers import parse_number
from provind.extraction.periods import Period, find_mentions
from provind.extraction.quantities import tag
from provind.extraction.regions import NATIONAL, find_regions

_LONG_CELL_MAX = 100
_OCCUPANCY_OF = {"PARK": "industrial_park_occupancy", "CLUSTER": "cluster_occupancy"}
_PROSE_MARK = lazy_pattern(r"[.,;:!?]")
_CELL_MAX = 60  # a one-cell line is short; a longer line is prose (title, note)
_MIN_VALUES = 6
_NUMBER_CELL = lazy_pattern(
    r"(?P<q>khoảng|trên|hơn|dưới|gần|xấp\s+xỉ|>=|<=|≥|≤|>|<)?\s*(?P<minus>-\s*)?(?P<num>[0-9][0-9.,]*)\s*(?:(?P<pct>%)\s*)?\**"
)
_NUMBERING = lazy_pattern(r"(?:[0-9]{1,3}|[ivx]{1,5})\s*[.)]|[a-zđ]\s*\)|-|\*")
_QUALIFIER = {
    "khoảng": "about",
    "trên": "over",
    "hơn": "over",
    ">": "over",
    ">=": "over",
    "≥": "over",
    "dưới": "under",
    "<": "under",
    "<=": "under",
    "≤": "under",
    "gần": "nearly",
    "xấp xỉ": "about",
}
# Header cells that name the label columns, not a value column.
_LABEL_HEADER = lazy_pattern(
    r"(?:s?tt|số\s+tt|địa\s+phương|tỉnh(?:\s*/\s*thành(?:\s+phố)?|,\s*thành\s+phố)?|tên\s+tỉnh|chỉ\s+tiêu|"
    r"tên\s+chỉ\s+tiêu|nội\s+dung|danh\s+mục|ngành|đơn\s+vị(?:\s+tính)?|đvt|khu\s+vực)\W*"
)
_UNIT_HEADER = lazy_pattern(r"đơn\s+vị\s+tính|đvt|đơn\s+vị")
_TOTAL = lazy_pattern(r"(?:tổng\s+số|tổng\s+cộng|tổng|cộng|toàn\s+tỉnh|toàn\s+vùng|chung)\W*")
_CHANGE_HEADER = lazy_pattern(
    r"so\s+(?:với\s+)?(?:cùng\s+kỳ|ck|năm\s+trước|cùng\s+kỳ\s+năm\s+trước)|tăng\s*/\s*giảm|tốc\s+độ\s+tăng"
)
# A change column named as a rate ("Tốc độ tăng (%)", "Tăng/giảm (%)") holds the change itself
# (52,1 is up 52,1%, -3,2 down 3,2%); a bare "so cùng kỳ (%)" holds an index (108,2).
_RATE_HEADER = lazy_pattern(r"tăng\s*/\s*giảm|tốc\s+độ\s+tăng")
_PLAN_HEADER = lazy_pattern(r"(?<![^\W_])(?:qh|quy\s+hoạch|kế\s+hoạch|kh|mục\s+tiêu|dự\s+toán)(?![^\W_])")
_ESTIMATE_HEADER = lazy_pattern(r"(?<![^\W_])(?:ước|ước\s+tính|dự\s+ước|dự\s+kiến|ước\s+thực\s+hiện)(?![^\W_])")
_ACTUAL_HEADER = lazy_pattern(r"(?<![^\W_])(?:thực\s+hiện|đã)(?![^\W_])")
_ATTAINMENT_HEADER = lazy_pattern(r"so\s+(?:với\s+)?(?:kế\s+hoạch|kh|dự\s+toán)|%\s*(?:kế\s+hoạch|kh)")
_COUNT_HEADER = lazy_pattern(r"(?<![^\W_])(?:số\s+lượng|số\s+cụm|số\s+dự\s+án|số\s+doanh\s+nghiệp|số\s+khu)(?![^\W_])")
# Spaces around a "%" are one run before it and one after, never two runs in a row: a
# number followed by a long run of spaces and then a letter made "\s*%?\s*" try every
# split of the run (quadratic; 80,000 spaces took minutes). Same for ``_NUMBER_CELL``.
_NUMBER_LINE = lazy_pattern(r"\n[^\S\n]*(?:[<>≥≤][^\S\n]*)?[0-9][0-9.,]*[^\S\n]*(?:%[^\S\n]*)?(?=\n|$)")
_NOTE = lazy_pattern(r"(?:ghi\s+chú|chú\s+thích|nguồn|lưu\s+ý)\s*:")
_PLAN_CAPTION = lazy_pattern(r"(?<![^\W_])(?:đề\s+xuất|quy\s+hoạch|dự\s+kiến\s+thành\s+lập)(?![^\W_])")
_ROW_NUMBER = lazy_pattern(r"[0-9]{1,3}\.?")
_UNIT_CELL = lazy_pattern(r"(?:đơn\s+vị\s+tính|đvt)\s*:\s*(.+)")
_YEAR_CELL = lazy_pattern(r"(?:năm\s+)?(?:19|20)[0-9]{2}")
_UNIT_IN_BRACKETS = lazy_pattern(r"\(([^()]{1,20})\)")
_UNIT_ONLY = lazy_pattern(r"\([^()]{1,12}\)")


@dataclass(frozen=True, slots=True)
class TableValue:
    """One value cell, read. ``span`` is [start, end) in the search string."""

    concept: str | None  # lexicon concept of the row or column
    kind: str  # quantity kind: count, area, money, pct, energy
    phrase: str
    value: float
    unit: str
    qualifier: str | None
    change: float | None  # signed % change read from a "so cùng kỳ" column
    period: Period | None
    status: str
    region: str | None  # a province, or "total" for a total row, or None
    span: tuple[int, int]
    breakdown: str | None = None  # a row named by no indicator of its own: a part of the topic
    code: str | None = None  # the indicator code where the concept alone does not give it


@dataclass(slots=True)
class _Cell:
    text: str  # search form, stripped
    start: int
    end: int
    number: re.Match[str] | None
    line: int = -1  # the line of a "|"-parted row (-1 for a cell on a line of its own)


def find_tables(norm: str, is_capital: Callable[[int], bool]) -> list[tuple[tuple[int, int], list[TableValue]]]:
    """The flattened tables of ``norm``: each as its span and its values."""
    # A flattened table has lines that hold a number alone; count a few first (a regex that
    # starts at a line break skips ahead quickly), before splitting the text into lines.
    if "|" not in norm and sum(1 for _ in islice(_NUMBER_LINE.finditer(norm), _MIN_VALUES)) < _MIN_VALUES:
        return []
    out = []
    for run in _cell_runs(norm):
        read = _read_run(norm, run, is_capital)
        if read:
            out.append(((run[0].start, run[-1].end), read))
    return out


def _cell_runs(norm: str) -> list[list[_Cell]]:
    """Runs of cells: consecutive short lines (blank lines inside a run are skipped) or lines
    of "|"-parted cells; a line of prose ends a run."""
    runs: list[list[_Cell]] = []
    current: list[_Cell] = []
    pos = 0
    for line_no, line in enumerate(norm.split("\n")):
        start = pos
        pos += len(line) + 1
        stripped = line.strip()
        if not stripped or stripped == "|":
            continue
        if _NUMBERING.fullmatch(stripped):
            continue  # list numbering of the rows ("1.", "II.")
        if _NOTE.match(stripped):
            # "Ghi chú: ...", "Nguồn: ...": the table ends; its note is read from the text after.
            if current:
                runs.append(current)
            current = []
            continue
        if "|" in stripped:
            offset = start
            row: list[_Cell] = []
            for part in line.split("|"):
                text = part.strip()
                if text:
                    lead = offset + part.index(text)
                    row.append(_Cell(text, lead, lead + len(text), _NUMBER_CELL.fullmatch(text), line_no))
                offset += len(part) + 1
            if (
                len(row) > 1
                and row[0].number is not None
                and row[1].number is None
                and _ROW_NUMBER.fullmatch(row[0].text)
            ):
                row = row[1:]  # "1 | CCN Yên Lệnh | ... | 69,09": the row's number
            current.extend(row)
            continue
        if (
            len(stripped) <= _CELL_MAX
            and (current or not stripped.endswith((".", ":")))
            or (current and len(stripped) <= _LONG_CELL_MAX and not _PROSE_MARK.search(stripped))
        ):
            # (w12t29) Inside a run, a longer line with no punctuation is a cell too (an
            # investor's full name, "Công ty TNHH Phát triển hạ tầng Khu công nghiệp ...").
            # A short line is a cell; "Tổng số:" inside a run is a label cell too.
            lead = start + line.index(stripped)
            current.append(_Cell(stripped, lead, lead + len(stripped), _NUMBER_CELL.fullmatch(stripped)))
            continue
        if current:
            runs.append(current)
        current = []
    if current:
        runs.append(current)
    return [r for r in runs if sum(c.number is not None for c in r) >= _MIN_VALUES]


def _read_run(norm: str, cells: list[_Cell], is_capital: Callable[[int], bool]) -> list[TableValue]:
    # Year cells before the first other number head the columns ("Chỉ tiêu | 2023 | 2024").
    for cell in cells:
        if cell.number is not None:
            if not _YEAR_CELL.fullmatch(cell.text):
                break
            cell.number = None
    # Rows: label cells (a name, and its unit where the table has a unit column) and the
    # numbers after them; everything before the first row's label is the header.
    groups_of: list[tuple[list[_Cell], list[_Cell]]] = []
    labels: list[_Cell] = []
    values: list[_Cell] = []
    first_number_line = next((c.line for c in cells if c.number is not None), -1)
    if first_number_line >= 0:
        # "|"-parted rows: a line is a row, and the lines before the first with a figure
        # are the header.
        header = [c for c in cells if c.line < first_number_line]
        by_line: dict[int, list[_Cell]] = {}
        for c in cells:
            if c.line >= first_number_line:
                by_line.setdefault(c.line, []).append(c)
        for row_cells in by_line.values():
            groups_of.append(([c for c in row_cells if c.number is None], [c for c in row_cells if c.number]))
        if len(groups_of) < 2:
            return []
        per_row = max(1, _usual(len(lab) for lab, _ in groups_of))
        rows = groups_of
    else:
        cells = _without_row_numbers(cells)
        for cell in cells:
            if cell.number is None:
                if values:
                    groups_of.append((labels, values))
                    labels, values = [], []
                labels.append(cell)
            else:
                values.append(cell)
        if values:
            groups_of.append((labels, values))
        if len(groups_of) < 3:
            return []
        per_row = _usual(len(lab) for lab, _ in groups_of[1:])
        if per_row < 1:
            return []
        first_labels, first_values = groups_of[0]
        header = first_labels[:-per_row]
        rows = [(first_labels[-per_row:], first_values), *groups_of[1:]]
    if len(rows) < 2:
        return []
    width = Counter(len(v) for _, v in rows).most_common(1)[0][0]
    if width < 1:
        return []
    unit_column = any(_UNIT_HEADER.fullmatch(h.text) for h in header)
    # "Đơn vị tính : Tỷ đồng" as a header cell: the unit of every value of the table.
    table_unit = next((m.group(1) for h in header if (m := _UNIT_CELL.fullmatch(h.text))), None)
    columns_head = [
        h
        for h in header
        if not _LABEL_HEADER.fullmatch(h.text) and h.number is None and not _UNIT_CELL.fullmatch(h.text)
    ]
    if len(columns_head) > width > 1 and any(_UNIT_ONLY.fullmatch(h.text) for h in columns_head):
        columns_head = _wrapped_header(columns_head, width)
    leaves = columns_head[-width:] if len(columns_head) >= width else []
    rest = columns_head[: len(columns_head) - len(leaves)]
    groups: list[str] = []
    for g in range(min(len(rest), width - 1), 1, -1):
        if width % g == 0:
            groups = [c.text for c in rest[-g:]]
            rest = rest[: len(rest) - g]
            break
    caption_start = max(0, cells[0].start - 300)
    caption = norm[caption_start : cells[0].start] + " " + " ".join(c.text for c in rest)
    caption_period = _period(caption, spans=True)
    # "Ghi chú: số liệu 6 tháng là số ước tính" below the table, or "Ước thực hiện" in its
    # title: the columns without a status word of their own are estimates.
    noted = bool(_ESTIMATE_HEADER.search(norm, cells[-1].end, cells[-1].end + 300))
    default_status = "estimate" if noted or _ESTIMATE_HEADER.search(caption) else "actual"
    if default_status == "actual" and _PLAN_CAPTION.search(caption) and not _ACTUAL_HEADER.search(caption):
        # "15 cụm công nghiệp được đề xuất thành lập mới ... 2021 - 2030:"; but "Theo quy hoạch
        # ..., các tỉnh đã thành lập được các cụm sau:" is a table of what was done.
        default_status = "plan"
    columns = []
    for j in range(width):
        leaf = leaves[j].text if leaves else ""
        group = groups[j // (width // len(groups))] if groups else ""
        columns.append(_column(group, leaf, caption_period, default_status, noted))
    # A change column ("Tháng 10/2023 so với cùng kỳ năm trước (%)") belongs to the value
    # column of the same period, or else to the one right before it.
    change_of: dict[int, int] = {}
    # The first value column of each period, looked up by period (a scan of all columns per
    # change column was quadratic in a table of thousands of columns).
    value_of: dict[Period, int] = {}
    for k, column in enumerate(columns):
        if column.role == "value" and column.period:
            value_of.setdefault(column.period, k)
    for j, col in enumerate(columns):
        if col.role != "change":
            continue
        same = value_of.get(col.period) if col.period else None
        if same is not None:
            change_of[same] = j
        elif j > 0 and columns[j - 1].role == "value":
            change_of.setdefault(j - 1, j)

    # Rows named by no indicator ("Tổng số", "Dịch vụ lưu trú") are of the table's topic: the
    # first indicator a row, the title or a column names.
    # A row's name is the first of its usual number of label cells (cells before those are
    # section headings such as "Phân theo nhóm ngành hàng"); the last is its unit where the
    # table has a unit column.
    def name_of(lab: list[_Cell]) -> _Cell:
        return lab[-per_row] if len(lab) >= per_row else lab[0]

    names = [name_of(lab) for lab, _ in rows if lab]
    topic = next((c for c in (_concept(n.text) for n in names) if c is not None), None) or _concept(caption)
    out: list[TableValue] = []
    for labels, values in rows:
        if len(values) != width or not labels:
            continue
        label = name_of(labels)
        row_unit = labels[-1].text if unit_column and len(labels) > 1 else None
        region = _row_region(norm, label, is_capital)
        row_concept = None if region else _concept(label.text)
        for j, cell in enumerate(values):
            col = columns[j]
            if col.role != "value":
                continue
            unit_text = row_unit or col.unit_text or table_unit
            kind, unit, factor = _unit(unit_text, col.count)
            if kind is None or unit is None:
                continue
            concept = row_concept or col.concept or topic
            code = None
            if concept is not None and concept == col.concept and topic is not None and _generic(concept, kind):
                # "Diện tích (ha)" in a table of clusters: the clusters' area.
                if concept == "OCCUPANCY" and topic in _OCCUPANCY_OF:
                    # (w12t29) "Tỷ lệ lấp đầy (%)" in a table of parks: the parks' occupancy.
                    code = _OCCUPANCY_OF[topic]
                concept = topic
            if concept is None:
                continue
            breakdown = None
            if row_concept is None and region is None and not _TOTAL.fullmatch(label.text) and concept == topic:
                breakdown = label.text
            m = cell.number
            assert m is not None
            number = parse_number(m.group("num").rstrip(".,"))
            if number is None or m.group("minus"):
                continue  # a signed figure is a change, not a level
            if m.group("pct"):
                kind, unit, factor = "pct", "%", 1.0
            change = None
            if j in change_of:
                change = _change(values[change_of[j]], columns[change_of[j]].index)
            q = m.group("q")
            out.append(
                TableValue(
                    concept=concept,
                    kind=kind,
                    phrase=(label.text if row_concept else (col.phrase or label.text)),
                    value=number * factor,
                    unit=unit,
                    qualifier=_QUALIFIER.get(" ".join(q.split())) if q else None,
                    change=change,
                    period=col.period,
                    status=col.status,
                    region=region,
                    span=(cell.start, cell.end),
                    breakdown=breakdown,
                    code=code,
                )
            )
    return out


def _without_row_numbers(cells: list[_Cell]) -> list[_Cell]:
    """(w12t29) The "STT" column of a table of one cell a line: bare numbers 1, 2, 3, ... each
    right before a row's name. They are the rows' numbers, not values of the row before."""
    marks = [
        k
        for k in range(len(cells) - 1)
        if cells[k].number is not None and cells[k + 1].number is None and _ROW_NUMBER.fullmatch(cells[k].text)
    ]
    if len(marks) < 2 or any(cells[k].text.rstrip(".") != str(n) for n, k in enumerate(marks, 1)):
        return cells
    drop = set(marks)
    return [c for k, c in enumerate(cells) if k not in drop]


def _wrapped_header(head: list[_Cell], width: int) -> list[_Cell]:
    """(w12t29) Header cells of a copied web table wrapped onto lines of their own: the unit
    "(ha)" / "(%)" is a line after its column's name ("Diện tích KCN", "(ha)"), and a section
    heading may follow the header ("I", "Các KCN đã đi vào hoạt động"). The unit joins the cell
    before it; when exactly ``width`` cells then end with a unit, they are the leaf columns
    (the cells before the last such one are wrapped names or captions, the ones after it a
    section heading), read with the cell before each when that one carries no unit of its own
    ("Tỷ lệ", "lấp đầy (%)")."""
    merged: list[_Cell] = []
    for h in head:
        if merged and _UNIT_ONLY.fullmatch(h.text) and not _UNIT_IN_BRACKETS.search(merged[-1].text):
            last = merged[-1]
            merged[-1] = _Cell(last.text + " " + h.text, last.start, h.end, None, last.line)
        else:
            merged.append(h)
    with_unit = [k for k, h in enumerate(merged) if _UNIT_IN_BRACKETS.search(h.text)]
    if len(with_unit) != width:
        return head
    leaves = [merged[with_unit[0]]]
    for n in range(1, width):
        k, prev = with_unit[n], merged[with_unit[n] - 1]
        cell = merged[k]
        if k - 1 > with_unit[n - 1]:
            # "tỷ lệ" + "lấp đầy (%)": a name wrapped onto two cells.
            cell = _Cell(prev.text + " " + cell.text, prev.start, cell.end, None, prev.line)
        leaves.append(cell)
    return merged[: with_unit[0]] + leaves


@dataclass(slots=True)
class _Column:
    role: str  # "value", "change" or "skip"
    concept: str | None
    phrase: str
    unit_text: str | None
    count: bool
    status: str
    period: Period | None
    index: bool = False


def _column(group: str, leaf: str, caption_period: Period | None, default_status: str, noted: bool) -> _Column:
    text = (group + " " + leaf).strip()
    if _ATTAINMENT_HEADER.search(text):
        return _Column("skip", None, text, None, False, "actual", None)
    if _CHANGE_HEADER.search(text):
        own = _period(_CHANGE_HEADER.split(text)[0])
        if own is not None and own.year is None and caption_period is not None and caption_period.year is not None:
            own = own.with_year(caption_period.year)
        return _Column("change", None, text, None, False, "actual", own, index=not _RATE_HEADER.search(text))
    unit_text = None
    for m in _UNIT_IN_BRACKETS.finditer(text):
        unit_text = m.group(1)
    status = default_status
    if _PLAN_HEADER.search(text):
        status = "plan"
    elif _ESTIMATE_HEADER.search(text):
        status = "estimate"
    elif not noted and _ACTUAL_HEADER.search(text):
        status = "actual"
    period = _period(text)
    if period is None:
        period = caption_period
    elif period.year is None and caption_period is not None and caption_period.year is not None:
        period = period.with_year(caption_period.year)
    return _Column(
        "value",
        _concept(text),
        text,
        unit_text,
        bool(_COUNT_HEADER.search(text)),
        status,
        period,
    )


def _usual(sizes: Iterable[int]) -> int:
    """The most frequent size, the smallest of a tie (a section heading adds a label cell)."""
    counts = Counter(sizes)
    top = max(counts.values())
    return min(k for k, v in counts.items() if v == top)


def _generic(concept: str, kind: str) -> bool:
    code = lexicon.code_for(concept, kind)
    return code is None or code.startswith("ctx:")


def _concept(text: str) -> str | None:
    for p in lexicon.find_phrases(text):
        return p.concept
    return None


def _period(text: str, spans: bool = False) -> Period | None:
    """The period a header names; a span ("giai đoạn 2021 - 2030") only in the title."""
    if _YEAR_CELL.fullmatch(text):
        return Period("year", int(text[-4:]))
    for m in find_mentions(text):
        if m.period is not None and not m.comparison and m.period.kind != "target":
            if m.period.kind == "range" and not spans:
                continue
            return m.period
    return None


def _unit(text: str | None, count: bool) -> tuple[str | None, str | None, float]:
    if text:
        found = tag("1 " + text.strip())
        if found and found[0].kind in ("money", "area", "pct", "energy") and found[0].value:
            return found[0].kind, found[0].unit, found[0].value
    if count:
        return "count", "count", 1.0
    return None, None, 1.0


def _change(cell: _Cell, index: bool) -> float | None:
    m = cell.number
    if m is None:
        return None
    number = parse_number(m.group("num").rstrip(".,"))
    if number is None:
        return None
    if m.group("minus"):
        return -number
    # "So cùng kỳ (%)" in a statistics table is an index with the earlier period = 100.
    return round(number - 100.0, 6) if index and number >= 40 else number


def _row_region(norm: str, label: _Cell, is_capital: Callable[[int], bool]) -> str | None:
    if _TOTAL.fullmatch(label.text):
        return "total"
    for m in find_regions(label.text, lambda i: is_capital(label.start + i)):
        rest = label.text[: m.start] + label.text[m.end :]
        if len(re.sub(r"\W|tỉnh|thành\s+phố|tp", "", rest)) <= 2:
            return NATIONAL if m.name == NATIONAL else m.name
    return None
