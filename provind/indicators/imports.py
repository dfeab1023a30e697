"""Importing observations from XLSX or CSV: validate every row, report every problem by row,
column and reason (Vietnamese and English), then save all rows or none.

Re-importing the same file changes nothing (identical rows are recognised). A different value
for the same indicator, unit, period, breakdown, status and vintage is a conflict: revisions
need their own vintage, so nothing is ever overwritten.
"""

from __future__ import annotations

import datetime as dt
import operator
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from django.db import IntegrityError, connection, connections, models, transaction
from django.db.models import Count, ExpressionWrapper, F, Func, Q, QuerySet, Window
from django.db.models.functions import Abs, RowNumber
from django.utils import timezone

from provind.accounts import audit
from provind.accounts.permissions import may_change
from provind.approvals.services import locked_indicator_sets
from provind.dataio.cells import CellError, parse_date, parse_number, text_of, url_problem
from provind.dataio.problems import RowProblem
from provind.dataio.tables import Table
from provind.geography.models import AdminUnit
from provind.geography.queries import version_in
from provind.indicators import statistics
from provind.indicators.models import (
    FIGURE_FIELDS,
    OWNERSHIP_PARTITIONS,
    OWNERSHIP_VALUES,
    PERIOD_SPAN_FIELDS,
    ChangeBasis,
    Indicator,
    Observation,
    PriceBasis,
    Qualifier,
    Source,
    Status,
)
from provind.indicators.periods import Period, PeriodError, parse_period
from provind.indicators.quality import check_components, check_magnitude, check_value
from provind.lib.compiled import column_converters
from provind.lib.numbers import plain

REQUIRED = ["indicator", "unit", "period", "value", "status"]
VALUE_PLACES = 6
OPTIONAL = [
    "breakdown",
    "qualifier",
    "vintage",
    "reported_change",
    "reported_change_basis",
    "reported_plan_pct",
    "price_basis",
    "source_title",
    "source_number",
    "source_url",
    "source_excerpt",
    "note",
    "span_start",
    "span_end",
]
COLUMNS = REQUIRED + OPTIONAL

STATUS_WORDS = {
    "plan": Status.PLAN,
    "kế hoạch": Status.PLAN,
    "kh": Status.PLAN,
    "estimate": Status.ESTIMATE,
    "ước": Status.ESTIMATE,
    "ước tính": Status.ESTIMATE,
    "preliminary": Status.PRELIMINARY,
    "sơ bộ": Status.PRELIMINARY,
    "official": Status.OFFICIAL,
    "chính thức": Status.OFFICIAL,
}
QUALIFIER_WORDS = {
    "over": Qualifier.OVER,
    "trên": Qualifier.OVER,
    "hơn": Qualifier.OVER,
    "under": Qualifier.UNDER,
    "dưới": Qualifier.UNDER,
    "about": Qualifier.ABOUT,
    "khoảng": Qualifier.ABOUT,
    "nearly": Qualifier.NEARLY,
    "gần": Qualifier.NEARLY,
}


@dataclass(slots=True)
class Row:
    """One validated row, before it becomes an Observation (model instances are too slow for
    100,000 rows; the insert below writes these directly)."""

    line: int
    indicator: Indicator
    unit: AdminUnit
    period: Period
    breakdown: str
    value: Decimal
    qualifier: str
    status: str
    vintage: dt.date | None
    reported_change: Decimal | None
    reported_change_basis: str
    reported_plan_pct: Decimal | None
    price_basis: str
    source_key: tuple[str, str, str]
    excerpt: str
    note: str
    span: tuple[int, int] | None = None
    # (indicator id, unit id, period code, breakdown, status, vintage), computed once: the
    # checks below look rows up by it several times each.
    key: Key = field(init=False)

    def __post_init__(self) -> None:
        self.key = (self.indicator.id, self.unit.id, self.period.code, self.breakdown, self.status, self.vintage)

    @property
    def context(self) -> str:
        return f"{self.indicator.code} · {self.unit.code} · {self.period.code}"


@dataclass
class ImportResult:
    rows: int = 0
    created: int = 0
    unchanged: int = 0
    dry_run: bool = False
    errors: list[RowProblem] = field(default_factory=list)
    warnings: list[RowProblem] = field(default_factory=list)
    pending: list[Row] = field(default_factory=list)  # what would be / was created

    @property
    def ok(self) -> bool:
        return not self.errors

    @property
    def new_rows(self) -> int:
        return len(self.pending)


Key = tuple[int, int, str, str, str, dt.date | None]


class _UnitIndex:
    """Every version of every unit code in memory: 100,000 rows must not mean 100,000 queries."""

    def __init__(self, codes: set[str]) -> None:
        wanted = set(codes)
        for code in codes:
            if code.isdigit():
                wanted.update({code.zfill(2), code.zfill(3), code.zfill(5)})
        self.by_code: dict[str, list[AdminUnit]] = defaultdict(list)
        for unit in AdminUnit.objects.filter(code__in=wanted):
            self.by_code[unit.code].append(unit)
        self._cache: dict[tuple[str, str, dt.date | None], AdminUnit | None] = {}

    def find(self, code: str, period: Period, known_on: dt.date | None) -> AdminUnit | None:
        key = (code, period.code, known_on)
        if key not in self._cache:
            self._cache[key] = self._find(code, period, known_on)
        return self._cache[key]

    def _find(self, code: str, period: Period, known_on: dt.date | None) -> AdminUnit | None:
        candidates = self.by_code.get(code)
        if not candidates and code.isdigit():
            # Excel drops leading zeros: 6 is Bắc Kạn's 06.
            for width in (2, 3, 5):
                candidates = self.by_code.get(code.zfill(width))
                if candidates:
                    break
        return version_in(candidates or [], period.start, period.end, known_on)


def _breakdown(text: str) -> str:
    if not text:
        return ""
    dim, _, value = text.partition("=")
    dim, value = dim.strip(), value.strip()
    if dim == "ownership" and value in OWNERSHIP_VALUES:
        return f"{dim}={value}"
    if dim == "sector" and value.isalnum():  # a VSIC code (C, C10); "C=1" or "C 10" is no code
        return f"{dim}={value.upper()}"
    raise CellError(
        f"phân tổ “{text}” không hợp lệ (vd. ownership=foreign_invested, sector=C)",
        f"invalid breakdown “{text}” (e.g. ownership=foreign_invested, sector=C)",
    )


IMPORT_LOCK = 0x50524F56  # "PROV": the advisory-lock key committing imports share


def import_observations(
    table: Table,
    *,
    user: Any = None,
    dry_run: bool = False,
    decimal_point: bool = False,
    default_source: Source | None = None,
    check_scope: bool = False,
    refuse_contradictions: bool = False,
) -> ImportResult:
    """Validate every row of `table`; unless `dry_run` or any error, save them all in one transaction.

    With `check_scope`, every row's unit must be one `user` may change (web uploads); the
    command line and the first-start load run as the operator and skip it. With
    `refuse_contradictions` (facts read from a text), a row whose value differs from any stored
    figure of the same indicator, unit, period, breakdown and status is a conflict to resolve,
    whatever its vintage.
    """
    result = ImportResult(dry_run=dry_run)
    col = {name: i for i, name in enumerate(table.header) if name}
    missing = [c for c in REQUIRED if c not in col]
    if missing:
        result.errors.append(RowProblem(1, ", ".join(missing), "", "thiếu cột bắt buộc", "required column missing"))
        return result
    for name in col:
        if name not in COLUMNS:
            result.warnings.append(
                RowProblem(1, name, "", "cột không dùng, bỏ qua", "unknown column, ignored", "warning")
            )
    parsed = _parse_rows(
        table,
        col,
        result,
        user=user,
        decimal_point=decimal_point,
        check_scope=check_scope,
        has_default_source=default_source is not None,
    )
    unique = _check_within_file(parsed, result)
    if result.errors or dry_run:
        result.pending = _check_against_database(unique, result, refuse_contradictions=refuse_contradictions)
        with transaction.atomic():
            _refuse_locked(result.pending, result)
        return result
    try:
        with transaction.atomic():
            # Two commits of the same file at once: the second waits here, then its check sees
            # the first one's rows as already stored (idempotent) instead of inserting them again.
            _serialise_imports()
            pending = _check_against_database(unique, result, refuse_contradictions=refuse_contradictions)
            result.pending = pending
            # Approved since the check above, or refused: still nothing written.
            if result.errors or _refuse_locked(pending, result):
                return result
            _insert(pending, user=user, default_source=default_source, table_name=table.name)
            added: dict[int, int] = defaultdict(int)
            for row in pending:
                added[row.indicator.id] += 1
            # Counted with the rows, in the same transaction: the rows added, not a recount of
            # every stored figure of the indicator (two million for a commune indicator nationally).
            statistics.count_added(added)
    except IntegrityError:
        vi = "số liệu vừa được lưu bởi lần nhập khác; hãy kiểm tra lại"
        result.errors.append(
            RowProblem(0, "file", table.name, vi, "another import just saved these figures; check again")
        )
        return result
    result.created = len(pending)
    if pending:
        statistics.analyze()
    return result


def _serialise_imports() -> None:
    """Committing imports run one at a time. SQLite already does (IMMEDIATE transactions take
    the write lock at BEGIN); PostgreSQL takes a transaction-scoped advisory lock."""
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_advisory_xact_lock(%s)", [IMPORT_LOCK])


def _refuse_locked(pending: list[Row], result: ImportResult) -> bool:
    """New figures for an approved or published unit and period are refused (approvals app)."""
    locked = locked_indicator_sets({(r.unit.id, r.period.code) for r in pending})
    refused = [r for r in pending if (r.unit.id, r.period.code) in locked]
    already = {p.row for p in result.errors}  # a row refused for another reason needs no second one
    for row in refused:
        if row.line not in already:
            vi, en = locked[(row.unit.id, row.period.code)]
            result.errors.append(RowProblem(row.line, "period", row.period.code, vi, en, rule="approved"))
    return bool(refused)


def _parse_rows(
    table: Table,
    col: dict[str, int],
    result: ImportResult,
    *,
    user: Any,
    decimal_point: bool,
    check_scope: bool,
    has_default_source: bool,
) -> list[Row]:
    """One pass over the rows. Each cell is turned into text once, and what repeats across a
    national file (indicator, period, unit code, vintage, status, breakdown: a few hundred
    distinct values in 100,000 rows) is parsed once and looked up after."""
    indicators = {i.code: i for i in Indicator.objects.all()}
    unit_i = col["unit"]
    units = _UnitIndex({text_of(r[unit_i]) for r in table.rows if unit_i < len(r)})
    allowed: dict[int, bool] = {}
    periods: dict[str, Period | PeriodError] = {}
    vintages: dict[object, dt.date | CellError] = {}
    breakdowns: dict[str, str | CellError] = {}
    found_units: dict[tuple[str, str, dt.date | None], AdminUnit | None] = {}
    width = len(table.header)
    at = {name: col.get(name) for name in COLUMNS}
    indicator_i, period_i, value_i, status_i = col["indicator"], col["period"], col["value"], col["status"]
    vintage_i, qualifier_i, breakdown_i = at["vintage"], at["qualifier"], at["breakdown"]
    change_i, plan_pct_i, basis_i, price_i = (
        at["reported_change"],
        at["reported_plan_pct"],
        at["reported_change_basis"],
        at["price_basis"],
    )
    source_i = (at["source_title"], at["source_number"], at["source_url"])
    excerpt_i, note_i, span_start_i, span_end_i = at["source_excerpt"], at["note"], at["span_start"], at["span_end"]
    parsed: list[Row] = []
    # The cells whose checks depend on nothing else in the row (indicator, period, status, vintage,
    # qualifier, breakdown, bases, source): a national file repeats a few dozen combinations of
    # them. The first row of each combination that passes every check becomes its template; later
    # rows with the same cells only check their own value and unit (`quick` below), and any row
    # that fails a check, or has a rarely used cell, goes through the full checks, which word its
    # problems exactly as always.
    static_columns = [
        i
        for i in (indicator_i, period_i, status_i, vintage_i, qualifier_i, breakdown_i, basis_i, price_i, *source_i)
        if i is not None
    ]
    rare_columns = [i for i in (change_i, plan_pct_i, span_start_i, span_end_i) if i is not None]
    templates: dict[tuple[object, ...], Row] = {}

    get_static = operator.itemgetter(*static_columns)

    def cell_text(cell: object) -> str:
        return cell.strip() if type(cell) is str else text_of(cell)

    def quick(template: Row, row: list[Any], line: int) -> Row | None:
        try:
            value = parse_number(row[value_i], decimal_point=decimal_point)
        except CellError:
            return None
        if -int(value.as_tuple().exponent) > VALUE_PLACES:
            return None
        unit_code = cell_text(row[unit_i])
        unit_key = (unit_code, row[period_i].strip(), template.vintage)
        if unit_key in found_units:
            unit = found_units[unit_key]
        else:
            unit = found_units[unit_key] = units.find(unit_code, template.period, template.vintage)
        if unit is None:
            return None
        if check_scope:
            if unit.pk not in allowed:
                allowed[unit.pk] = may_change(user, unit)
            if not allowed[unit.pk]:
                return None
        if check_value(template.indicator, value):
            return None
        return Row(  # positional, in field order: 100,000 keyword calls cost more than the checks above
            line,
            template.indicator,
            unit,
            template.period,
            template.breakdown,
            value,
            template.qualifier,
            template.status,
            template.vintage,
            None,
            template.reported_change_basis,
            None,
            template.price_basis,
            template.source_key,
            cell_text(row[excerpt_i]) if excerpt_i is not None else "",
            cell_text(row[note_i]) if note_i is not None else "",
        )

    for index, raw_row in enumerate(table.rows):
        line = index + 2
        row = raw_row if len(raw_row) >= width else raw_row + [""] * (width - len(raw_row))
        if templates:
            try:
                template = templates.get(get_static(row))
            except TypeError:  # a cell that cannot be a key
                template = None
            if template is not None and not (rare_columns and any(cell_text(row[i]) for i in rare_columns)):
                quick_row = quick(template, row, line)
                if quick_row is not None:
                    result.rows += 1
                    parsed.append(quick_row)
                    continue
        texts = [c.strip() if type(c) is str else text_of(c) for c in row]  # text_of, inlined for CSV cells
        if not any(texts):
            continue
        result.rows += 1
        problems: list[RowProblem] = []

        def problem(column: str, vi: str, en: str, rule: str = "") -> None:
            i = at.get(column)
            shown = texts[i] if i is not None else ""  # noqa: B023 - used within this iteration only
            problems.append(RowProblem(line, column, shown, vi, en, rule=rule))  # noqa: B023

        indicator = indicators.get(texts[indicator_i])
        if indicator is None:
            problem("indicator", "không có chỉ tiêu này trong danh mục", "no such indicator in the catalogue")
        period_text = texts[period_i]
        parsed_period = periods.get(period_text)
        if parsed_period is None:
            try:
                parsed_period = periods[period_text] = parse_period(period_text)
            except PeriodError as exc:
                parsed_period = periods[period_text] = exc
        period = parsed_period if isinstance(parsed_period, Period) else None
        if period is None:
            problem(
                "period",
                "kỳ báo cáo không hợp lệ (vd. 2024-07, 2024-YTD07, “7 tháng năm 2024”)",
                "invalid period (e.g. 2024-07, 2024-YTD07, “7 tháng năm 2024”)",
            )
        value: Decimal | None = None
        try:
            value = parse_number(row[value_i], decimal_point=decimal_point)
            if -int(value.as_tuple().exponent) > VALUE_PLACES:
                # The column keeps 6 decimals: more would be rounded silently on save.
                raise CellError(f"tối đa {VALUE_PLACES} chữ số thập phân", f"at most {VALUE_PLACES} decimal places")
        except CellError as exc:
            problem("value", exc.vi, exc.en)
        status = STATUS_WORDS.get(texts[status_i].lower())
        if status is None:
            problem(
                "status",
                "trạng thái phải là kế hoạch/ước tính/sơ bộ/chính thức",
                "status must be plan/estimate/preliminary/official",
            )
        vintage: dt.date | None = None
        if vintage_i is not None and texts[vintage_i]:
            raw_vintage = row[vintage_i]
            memo_key = raw_vintage if isinstance(raw_vintage, str | dt.date) else texts[vintage_i]
            parsed_vintage = vintages.get(memo_key)
            if parsed_vintage is None:
                try:
                    parsed_vintage = parse_date(raw_vintage)
                except CellError as exc:
                    parsed_vintage = exc
                vintages[memo_key] = parsed_vintage
            if isinstance(parsed_vintage, CellError):
                problem("vintage", parsed_vintage.vi, parsed_vintage.en)
            else:
                vintage = parsed_vintage
        qualifier = ""
        if qualifier_i is not None and texts[qualifier_i]:
            found_q = QUALIFIER_WORDS.get(texts[qualifier_i].lower())
            if found_q is None:
                problem("qualifier", "phải là trên/dưới/khoảng/gần", "must be over/under/about/nearly")
            else:
                qualifier = found_q
        breakdown = ""
        if breakdown_i is not None and texts[breakdown_i]:
            breakdown_text = texts[breakdown_i]
            if breakdown_text not in breakdowns:
                try:
                    breakdowns[breakdown_text] = _breakdown(breakdown_text)
                except CellError as exc:
                    breakdowns[breakdown_text] = exc
            parsed_breakdown = breakdowns[breakdown_text]
            if isinstance(parsed_breakdown, CellError):
                problem("breakdown", parsed_breakdown.vi, parsed_breakdown.en)
            else:
                breakdown = parsed_breakdown
        if breakdown and indicator is not None and breakdown.split("=")[0] not in indicator.breakdown_dimensions():
            problem("breakdown", "chỉ tiêu này không có phân tổ đó", "this indicator has no such breakdown")
        numbers: dict[str, Decimal | None] = {"reported_change": None, "reported_plan_pct": None}
        for name, i in (("reported_change", change_i), ("reported_plan_pct", plan_pct_i)):
            if i is not None and texts[i]:
                try:
                    numbers[name] = parse_number(row[i], decimal_point=decimal_point)
                except CellError as exc:
                    problem(name, exc.vi, exc.en)
        basis = texts[basis_i] if basis_i is not None else ""
        if basis and basis not in ChangeBasis.values:
            problem("reported_change_basis", "phải là yoy/mom/plan", "must be yoy/mom/plan")
        if numbers["reported_change"] is not None and not basis:
            basis = ChangeBasis.YOY  # "tăng X%" on a period figure means vs the same period (SCHEMA.md)
        price_basis = texts[price_i] if price_i is not None else ""
        if price_basis and price_basis not in PriceBasis.values:
            problem("price_basis", "phải là current/constant_2010", "must be current/constant_2010")

        unit: AdminUnit | None = None
        unit_code = texts[unit_i]
        if period is not None:
            unit_key = (unit_code, period_text, vintage)
            if unit_key in found_units:
                unit = found_units[unit_key]
            else:
                unit = found_units[unit_key] = units.find(unit_code, period, vintage)
            if unit is None:
                problem(
                    "unit",
                    f"không có đơn vị mã {unit_code} trong {period.label_vi()}",
                    f"no unit with code {unit_code} during {period.label_en()}",
                )
        if unit is not None and check_scope:
            if unit.pk not in allowed:
                allowed[unit.pk] = may_change(user, unit)
            if not allowed[unit.pk]:
                problem(
                    "unit",
                    f"bạn không có quyền nhập số liệu cho {unit.name}",
                    f"you may not enter figures for {unit.name}",
                    rule="scope",
                )
        if indicator is not None and value is not None:
            findings = check_value(indicator, value)
            if findings:
                where = f"{indicator.code} · {unit_code} · {period.code if period else period_text}"
                for finding in findings:
                    problem("value", f"{where}: {finding.vi}", f"{where}: {finding.en}", rule=finding.rule)

        span: tuple[int, int] | None = None
        if span_start_i is not None and span_end_i is not None and texts[span_start_i] and texts[span_end_i]:
            try:
                span = (int(parse_number(row[span_start_i])), int(parse_number(row[span_end_i])))
            except CellError as exc:
                problem("span_start", exc.vi, exc.en)
        title, number, url = (texts[i] if i is not None else "" for i in source_i)
        source_key = (title, number, url)
        if not any(source_key) and not has_default_source:
            problem("source_title", "mỗi số liệu phải có nguồn", "every figure needs a source")
        if (bad_url := url_problem(source_key[2])) is not None:
            problem("source_url", bad_url.vi, bad_url.en)

        if problems:
            result.errors.extend(problems)
            continue
        assert indicator is not None
        assert period is not None
        assert unit is not None
        assert value is not None
        assert status is not None
        checked = Row(
            line=line,
            indicator=indicator,
            unit=unit,
            period=period,
            breakdown=breakdown,
            value=value,
            qualifier=qualifier,
            status=status,
            vintage=vintage,
            reported_change=numbers["reported_change"],
            reported_change_basis=basis,
            reported_plan_pct=numbers["reported_plan_pct"],
            price_basis=price_basis,
            source_key=source_key,
            excerpt=texts[excerpt_i] if excerpt_i is not None else "",
            note=texts[note_i] if note_i is not None else "",
            span=span,
        )
        parsed.append(checked)
        if not any(texts[i] for i in rare_columns):
            static_cells = get_static(row)
            # Text cells only: a number or date cell can equal another type's (1 == 1.0 == True)
            # and read differently, and no text ever equals a non-text cell.
            if all(type(c) is str for c in static_cells):
                templates.setdefault(static_cells, checked)
    return parsed


def _check_within_file(parsed: list[Row], result: ImportResult) -> list[Row]:
    """The same cell twice must agree; ownership parts must add up to their total."""
    seen: dict[Key, Row] = {}
    unique: list[Row] = []
    for row in parsed:
        first = seen.get(row.key)
        if first is not None:
            if first.value != row.value:
                result.errors.append(
                    RowProblem(
                        row.line,
                        "value",
                        str(row.value),
                        f"mâu thuẫn với dòng {first.line} ({first.value}): cùng chỉ tiêu, đơn vị, kỳ, trạng thái, ngày",
                        f"contradicts row {first.line} ({first.value}): same indicator, unit, period, status, vintage",
                        rule="duplicate",
                    )
                )
            continue
        seen[row.key] = row
        unique.append(row)

    # Only cells with ownership parts in the file can fail this check: a national file of
    # totals alone builds no groups (100,000 one-row groups cost more than the rest of it).
    with_parts = {
        (i, u, p, st, v) for row in unique if row.breakdown.startswith("ownership=") for i, u, p, _, st, v in (row.key,)
    }
    groups: dict[tuple[int, int, str, str, dt.date | None], dict[str, Row]] = defaultdict(dict)
    for row in unique if with_parts else ():
        if row.breakdown == "" or row.breakdown.startswith("ownership="):
            i, u, p, _, st, v = row.key
            if (i, u, p, st, v) not in with_parts:
                continue
            part = row.breakdown.partition("=")[2] or "total"
            groups[(i, u, p, st, v)][part] = row
    for parts in groups.values():
        if "total" not in parts or frozenset(parts) - {"total"} not in OWNERSHIP_PARTITIONS:
            continue
        total = parts["total"]
        components = {name: r.value for name, r in parts.items() if name != "total"}
        for finding in check_components(total.value, components):
            result.errors.append(
                RowProblem(
                    total.line,
                    "value",
                    str(total.value),
                    f"{total.context}: {finding.vi}",
                    f"{total.context}: {finding.en}",
                    rule=finding.rule,
                )
            )
    return unique


def _check_against_database(
    unique: list[Row], result: ImportResult, *, refuse_contradictions: bool = False
) -> list[Row]:
    """Identical rows are already stored (idempotent); a different value for the same key is a
    conflict; a value about 1,000× off its history (stored and in this file) is a unit slip.

    Only the keys the file touches are read, and the stored history of each (indicator, unit,
    breakdown) arrives as its median from SQL: memory follows the file, not the database (a
    10,035-row national file took 3.8 GB when every stored row of its units was loaded)."""
    if not unique:
        return []
    existing, any_vintage = _stored_values(unique, every_vintage=refuse_contradictions)
    baselines = _stored_baselines(unique)
    file_history: dict[tuple[int, int, str], list[tuple[Period, Decimal]]] = defaultdict(list)
    for row in unique:
        if row.status != Status.PLAN:
            key = row.key
            file_history[(key[0], key[1], key[3])].append((row.period, row.value))

    typical_cache: dict[tuple[int, int, str], Decimal | None] = {}
    pending: list[Row] = []
    nothing: frozenset[Decimal] = frozenset()
    plan = Status.PLAN
    for row in unique:
        stored_value = existing.get(row.key)
        if stored_value is not None:
            if stored_value == row.value:
                result.unchanged += 1
                continue
            result.errors.append(
                RowProblem(
                    row.line,
                    "value",
                    str(row.value),
                    f"{row.context}: đã có số liệu {stored_value} cùng trạng thái và ngày — "
                    "số liệu điều chỉnh cần ngày (vintage) mới",
                    f"{row.context}: {stored_value} is already stored with the same status and vintage — "
                    "a revision needs a new vintage date",
                    rule="no_overwrite",
                )
            )
            continue
        stored_values = any_vintage.get(row.key[:5], nothing) if refuse_contradictions else nothing
        if stored_values and row.value not in stored_values:
            shown = ", ".join(plain(v) for v in sorted(stored_values))
            result.errors.append(
                RowProblem(
                    row.line,
                    "value",
                    str(row.value),
                    f"{row.context}: mâu thuẫn với số liệu đã lưu ({shown}) cùng trạng thái",
                    f"{row.context}: contradicts the stored figure ({shown}) with the same status",
                    rule="contradiction",
                )
            )
            continue
        if stored_values:
            result.unchanged += 1  # the text repeats a figure already stored
            continue
        key = row.key
        group = (key[0], key[1], key[3])
        stored = baselines.get(group)
        history = file_history[group]
        size = len(history) + (stored.count if stored else 0)
        if row.status != plan and size > 1:
            if size <= 4:
                # Small groups: leave the row itself out, or it drags the median towards itself.
                others = [(p, v) for p, v in history if not (p == row.period and v == row.value)]
                scaled = [_per_month(row.indicator, p, v) for p, v in others]
                scaled += [
                    x
                    for code, v, x in (stored.values if stored else [])
                    if not (code == row.period.code and v == row.value)
                ]
                typical = _weighted_median([(x, 1) for x in scaled if x != 0])
            else:
                if group not in typical_cache:
                    weighted = [(_per_month(row.indicator, p, v), 1) for p, v in history]
                    if stored is not None:
                        weighted.append((stored.median, stored.count))
                    typical_cache[group] = _weighted_median([(x, n) for x, n in weighted if x != 0])
                typical = typical_cache[group]
            for finding in check_magnitude(row.indicator, row.period, row.value, typical):
                result.errors.append(
                    RowProblem(
                        row.line,
                        "value",
                        str(row.value),
                        f"{row.context}: {finding.vi}",
                        f"{row.context}: {finding.en}",
                        rule=finding.rule,
                    )
                )
        pending.append(row)
    return pending


# Ids per query: under SQLite's historic 999-parameter limit with the periods alongside.
ID_CHUNK = 500


def _chunks(values: list[Any], size: int) -> list[list[Any]]:
    return [values[i : i + size] for i in range(0, len(values), size)]


def _stored_values(
    unique: list[Row], *, every_vintage: bool = False
) -> tuple[dict[Key, Decimal], dict[tuple[int, int, str, str, str], set[Decimal]]]:
    """The stored value of every key the file touches (with `every_vintage`, of its other
    vintages too), read per indicator through the (indicator, unit, period) index; nothing else
    is kept. Without `every_vintage` only the file's vintages are read: a national file of new
    figures then fetches no rows at all, where it used to fetch every earlier vintage."""
    wanted: dict[int, set[tuple[int, str]]] = defaultdict(set)
    vintages: set[dt.date | None] = set()
    for row in unique:
        wanted[row.indicator.id].add((row.unit.id, row.period.code))
        vintages.add(row.vintage)
    same_vintage = Q()
    if not every_vintage and len(vintages) <= ID_CHUNK // 5:  # a few dates (many: read them all)
        dated = sorted(v for v in vintages if v is not None)
        same_vintage = Q(vintage__in=dated) if dated else Q(pk__in=[])
        if None in vintages:
            same_vintage |= Q(vintage__isnull=True)
    existing: dict[Key, Decimal] = {}
    any_vintage: dict[tuple[int, int, str, str, str], set[Decimal]] = defaultdict(set)
    for indicator_id, cells in wanted.items():
        units = sorted({u for u, _ in cells})
        periods = sorted({p for _, p in cells})
        for unit_chunk in _chunks(units, ID_CHUNK):
            for period_chunk in _chunks(periods, ID_CHUNK):
                stored = Observation.objects.filter(
                    same_vintage, indicator_id=indicator_id, unit_id__in=unit_chunk, period_code__in=period_chunk
                ).values_list("unit_id", "period_code", "breakdown", "status", "vintage", "value")
                for unit_id, code, brk, st, vint, val in stored.iterator(chunk_size=5000):
                    if (unit_id, code) in cells:
                        existing[(indicator_id, unit_id, code, brk, st, vint)] = val
                        any_vintage[(indicator_id, unit_id, code, brk, st)].add(val)
    return existing, any_vintage


@dataclass
class _Baseline:
    """The stored history of one (indicator, unit, breakdown): its size, its median per month,
    and, for small groups (≤ 4), the values themselves as (period code, value, per month)."""

    count: int
    median: Decimal
    values: list[tuple[str, Decimal, Decimal]]


class _MonthsSpanned(Func):
    """Calendar months from period_start to period_end (Period.months) in the database's own
    date functions: Django's ExtractYear/ExtractMonth are Python callbacks on SQLite, which
    cost more than the rest of the baseline query."""

    output_field = models.IntegerField()
    template = (
        "((EXTRACT(YEAR FROM period_end) - EXTRACT(YEAR FROM period_start)) * 12"
        " + EXTRACT(MONTH FROM period_end) - EXTRACT(MONTH FROM period_start) + 1)"
    )

    def as_sqlite(self, compiler: Any, connection: Any, **extra: Any) -> Any:
        # Dates are ISO text in SQLite: the year and month by position, no strftime('%Y'), whose
        # percent sign broke the SQL logged in DEBUG (the debug cursor formats it with %).
        year, month = "CAST(substr({0}, 1, 4) AS INTEGER)", "CAST(substr({0}, 6, 2) AS INTEGER)"
        template = (
            f"(({year.format('period_end')} - {year.format('period_start')}) * 12"
            f" + {month.format('period_end')} - {month.format('period_start')} + 1)"
        )
        return self.as_sql(compiler, connection, template=template, **extra)


def _stored_baselines(unique: list[Row]) -> dict[tuple[int, int, str], _Baseline]:
    """Median of each touched group's stored actual figures, computed in SQL with window
    functions (row number and count per group): only the middle rows come back."""
    by_indicator: dict[int, tuple[Indicator, set[int]]] = {}
    for row in unique:
        if row.status == Status.PLAN or not row.indicator.is_level:
            continue  # the magnitude check is for levels only
        by_indicator.setdefault(row.indicator.id, (row.indicator, set()))[1].add(row.unit.id)
    found: dict[tuple[int, int, str], _Baseline] = {}
    for indicator_id, (indicator, units) in by_indicator.items():
        value = Abs(F("value"))
        per_month = value / _MonthsSpanned() if indicator.sums_over_time else value
        for unit_chunk in _chunks(sorted(units), ID_CHUNK):
            ranked = (
                Observation.objects.filter(indicator_id=indicator_id, unit_id__in=unit_chunk)
                .exclude(status=Status.PLAN)
                .exclude(value=0)
                .annotate(per_month=ExpressionWrapper(per_month, output_field=models.DecimalField()))
                .annotate(
                    rank=Window(
                        RowNumber(), partition_by=[F("unit_id"), F("breakdown")], order_by=F("per_month").asc()
                    ),
                    size=Window(Count("id"), partition_by=[F("unit_id"), F("breakdown")]),
                )
                .filter(Q(size__lte=4) | Q(rank=(F("size") + 1) / 2) | Q(rank=(F("size") + 2) / 2))
                .values_list("unit_id", "breakdown", "period_code", "value", "per_month", "size")
            )
            middles: dict[tuple[int, str], list[Decimal]] = defaultdict(list)
            for unit_id, brk, code, val, scaled, size in _raw_rows(ranked, convert_when=lambda r: r[5] <= 4):
                group = (indicator_id, unit_id, brk)
                scaled_value = Decimal(str(scaled))
                baseline = found.setdefault(group, _Baseline(count=int(size), median=Decimal(0), values=[]))
                if size <= 4:
                    baseline.values.append((code, val, scaled_value))
                middles[(unit_id, brk)].append(scaled_value)
            for (unit_id, brk), mids in middles.items():
                baseline = found[(indicator_id, unit_id, brk)]
                if baseline.count <= 4:
                    mids = sorted(mids)
                    mids = [mids[(baseline.count - 1) // 2], mids[baseline.count // 2]]
                baseline.median = sum(mids, Decimal(0)) / len(mids)
    return found


def _raw_rows(rows: QuerySet[Any], *, convert_when: Callable[[list[Any]], bool]) -> Iterator[list[Any]]:
    """A values_list queryset's rows through a plain cursor, with Django's converters applied to
    the stored `value` column (the 4th) only in the rows `convert_when` keeps it for, and to
    every other column always: the baseline reads tens of thousands of middle rows and needs
    the stored value of few of them (converting it cost more than the query)."""
    compiler = rows.query.get_compiler(rows.db)
    sql, params = compiler.as_sql()
    converters = column_converters(compiler)
    always = [(pos, convs, expr) for pos, (convs, expr) in converters.items() if pos != 3]
    lazy = converters.get(3)
    connection = connections[rows.db]
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        while batch := cursor.fetchmany(5000):
            for raw in batch:
                row = list(raw)
                for pos, convs, expr in always:
                    for convert in convs:
                        row[pos] = convert(row[pos], expr, connection)
                if lazy is not None and convert_when(row):
                    for convert in lazy[0]:
                        row[3] = convert(row[3], lazy[1], connection)
                yield row


def _per_month(indicator: Indicator, period: Period, value: Decimal) -> Decimal:
    return abs(value) / period.months if indicator.sums_over_time and period.months else abs(value)


def _weighted_median(values: list[tuple[Decimal, int]]) -> Decimal | None:
    """The median of values repeated `n` times each (a stored history enters as its median
    weighted by its size), as statistics.median would give on the expanded list."""
    if not values:
        return None
    ordered = sorted(values)
    total = sum(n for _, n in ordered)

    def at(index: int) -> Decimal:
        seen = 0
        for x, n in ordered:
            seen += n
            if index < seen:
                return x
        return ordered[-1][0]

    if total % 2:
        return at(total // 2)
    return (at(total // 2 - 1) + at(total // 2)) / 2


INSERT_FIELDS = [
    *("indicator", "unit", "period_code"),
    *PERIOD_SPAN_FIELDS,
    *FIGURE_FIELDS,
    *("reported_change_basis", "reported_plan_pct", "price_basis", "source", "source_excerpt"),
    *("span_start", "span_end", "note", "entered_by", "created_at"),
]


INSERT_CHUNK = 5000


def _memo(adapt: Any) -> Any:
    """Dates repeat across rows (a period, a vintage, one import time): adapt each once."""
    cache: dict[Any, Any] = {}

    def adapted(value: Any) -> Any:
        if value not in cache:
            cache[value] = adapt(value)
        return cache[value]

    return adapted


def insert_observation_rows(rows: Iterable[Sequence[Any]]) -> int:
    """The bulk path: INSERT_FIELDS tuples (plain Python values) written by executemany in
    chunks, so any number of rows passes in constant memory. The caller validates; the import
    below and `provind synth` both write through here. Returns the number of rows written."""
    meta = Observation._meta
    fields = []
    for name in INSERT_FIELDS:
        model_field = meta.get_field(name)
        assert isinstance(model_field, models.Field)
        assert model_field.column
        fields.append(model_field)
    ops = connection.ops
    columns = ", ".join(ops.quote_name(str(f.column)) for f in fields)
    placeholders = ", ".join(["%s"] * len(fields))
    sql = f"INSERT INTO {ops.quote_name(meta.db_table)} ({columns}) VALUES ({placeholders})"
    if connection.vendor == "postgresql":
        return _copy_rows(meta.db_table, columns, rows)
    adapters: list[Any] = []
    for f in fields:
        if isinstance(f, models.DecimalField):
            adapters.append(
                lambda v, f=f: None if v is None else ops.adapt_decimalfield_value(v, f.max_digits, f.decimal_places)
            )
        elif isinstance(f, models.DateTimeField):
            adapters.append(_memo(ops.adapt_datetimefield_value))
        elif isinstance(f, models.DateField):
            adapters.append(_memo(ops.adapt_datefield_value))
        else:
            adapters.append(None)
    adapted = [(i, a) for i, a in enumerate(adapters) if a is not None]
    written = 0
    with connection.cursor() as cursor:
        chunk: list[list[Any]] = []
        for row in rows:
            values = list(row)
            for i, adapt in adapted:
                values[i] = adapt(values[i])
            chunk.append(values)
            if len(chunk) >= INSERT_CHUNK:
                cursor.executemany(sql, chunk)
                written += len(chunk)
                chunk = []
        if chunk:
            cursor.executemany(sql, chunk)
            written += len(chunk)
    return written


def _copy_rows(table: str, columns: str, rows: Iterable[Sequence[Any]]) -> int:
    """PostgreSQL's COPY: several times faster than INSERT for a bulk load, in the same
    transaction (psycopg adapts Decimal, date and datetime itself)."""
    written = 0
    with connection.cursor() as cursor:
        raw = cursor.cursor  # the psycopg cursor under Django's wrapper
        with raw.copy(f"COPY {connection.ops.quote_name(table)} ({columns}) FROM STDIN") as copy:
            for row in rows:
                copy.write_row(row)
                written += 1
    return written


def _insert(pending: list[Row], *, user: Any, default_source: Source | None, table_name: str) -> None:
    """One executemany instead of bulk_create: building 100,000 model instances and their SQL
    costs more than the database work itself (bench/bench_import.py)."""
    sources: dict[tuple[str, str, str], Source] = {}
    for row in pending:
        if any(row.source_key) and row.source_key not in sources:
            title, number, url = row.source_key
            sources[row.source_key], _ = Source.objects.get_or_create(title=title or url, number=number, url=url)
    now = timezone.now()
    user_id = user.pk if getattr(user, "pk", None) else None

    def params() -> Iterator[tuple[Any, ...]]:
        for row in pending:
            source = sources[row.source_key] if any(row.source_key) else default_source
            assert source is not None
            yield (
                row.indicator.pk,
                row.unit.pk,
                row.period.code,
                row.period.kind.value,
                row.period.start,
                row.period.end,
                row.breakdown,
                row.value,
                row.qualifier,
                row.status,
                row.vintage,
                row.reported_change,
                row.reported_change_basis,
                row.reported_plan_pct,
                row.price_basis,
                source.pk,
                row.excerpt,
                row.span[0] if row.span else None,
                row.span[1] if row.span else None,
                row.note,
                user_id,
                now,
            )

    insert_observation_rows(params())
    if pending:
        first_source = sources.get(pending[0].source_key) or default_source
        assert first_source is not None
        audit.record_bulk(
            first_source,
            action=0,
            changes={"observations_imported": [None, len(pending)], "file": [None, table_name]},
            actor=user if user_id else None,
        )
