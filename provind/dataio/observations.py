"""Importing observations from XLSX or CSV: validate every row, report every problem by row,
column and reason (Vietnamese and English), then save all rows or none.

Re-importing the same file changes nothing (identical rows are recognised). A different value
for the same indicator, unit, period, breakdown, status and vintage is a conflict: revisions
need their own vintage, so nothing is ever overwritten.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from django.db import IntegrityError, connection, models, transaction
from django.utils import timezone

from provind.accounts import audit
from provind.accounts.permissions import may_change
from provind.dataio.cells import CellError, parse_date, parse_number, text_of, url_problem
from provind.dataio.tables import Table
from provind.geography.models import AdminUnit
from provind.geography.queries import version_in
from provind.indicators.models import (
    OWNERSHIP_PARTITIONS,
    OWNERSHIP_VALUES,
    ChangeBasis,
    Indicator,
    Observation,
    PriceBasis,
    Qualifier,
    Source,
    Status,
)
from provind.indicators.periods import Period, PeriodError, PeriodKind, parse_period
from provind.indicators.quality import check_components, check_magnitude, check_value, typical_per_month

REQUIRED = ["indicator", "unit", "period", "value", "status"]
VALUE_PLACES = 6
OPTIONAL = [
    "breakdown", "qualifier", "vintage", "reported_change", "reported_change_basis", "reported_plan_pct",
    "price_basis", "source_title", "source_number", "source_url", "source_excerpt", "note",
    "span_start", "span_end",
]  # fmt: skip
COLUMNS = REQUIRED + OPTIONAL

STATUS_WORDS = {
    "plan": Status.PLAN, "kế hoạch": Status.PLAN, "kh": Status.PLAN,
    "estimate": Status.ESTIMATE, "ước": Status.ESTIMATE, "ước tính": Status.ESTIMATE,
    "preliminary": Status.PRELIMINARY, "sơ bộ": Status.PRELIMINARY,
    "official": Status.OFFICIAL, "chính thức": Status.OFFICIAL,
}  # fmt: skip
QUALIFIER_WORDS = {
    "over": Qualifier.OVER, "trên": Qualifier.OVER, "hơn": Qualifier.OVER,
    "under": Qualifier.UNDER, "dưới": Qualifier.UNDER,
    "about": Qualifier.ABOUT, "khoảng": Qualifier.ABOUT,
    "nearly": Qualifier.NEARLY, "gần": Qualifier.NEARLY,
}  # fmt: skip


@dataclass(frozen=True)
class RowProblem:
    row: int  # spreadsheet row number (header = 1)
    column: str
    value: str
    vi: str
    en: str
    severity: str = "error"
    rule: str = ""

    def as_text(self) -> str:
        rule = f" [{self.rule}]" if self.rule else ""
        return f"dòng/row {self.row}, cột/column {self.column} = “{self.value}”{rule}: {self.vi} / {self.en}"


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

    @property
    def key(self) -> Key:
        return (self.indicator.pk, self.unit.pk, self.period.code, self.breakdown, self.status, self.vintage)

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
    if dim == "sector" and value:
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
    parsed = _parse_rows(table, col, result, user=user, decimal_point=decimal_point,
                         check_scope=check_scope, has_default_source=default_source is not None)  # fmt: skip
    unique = _check_within_file(parsed, result)
    if result.errors or dry_run:
        result.pending = _check_against_database(unique, result, refuse_contradictions=refuse_contradictions)
        return result
    try:
        with transaction.atomic():
            # Two commits of the same file at once: the second waits here, then its check sees
            # the first one's rows as already stored (idempotent) instead of inserting them again.
            _serialise_imports()
            pending = _check_against_database(unique, result, refuse_contradictions=refuse_contradictions)
            result.pending = pending
            if result.errors:
                return result
            _insert(pending, user=user, default_source=default_source, table_name=table.name)
    except IntegrityError:
        vi = "số liệu vừa được lưu bởi lần nhập khác; hãy kiểm tra lại"
        result.errors.append(
            RowProblem(0, "file", table.name, vi, "another import just saved these figures; check again")
        )
        return result
    result.created = len(pending)
    return result


def _serialise_imports() -> None:
    """Committing imports run one at a time. SQLite already does (IMMEDIATE transactions take
    the write lock at BEGIN); PostgreSQL takes a transaction-scoped advisory lock."""
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_advisory_xact_lock(%s)", [IMPORT_LOCK])


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
    indicators = {i.code: i for i in Indicator.objects.all()}
    unit_i = col["unit"]
    units = _UnitIndex({text_of(r[unit_i]) for r in table.rows if unit_i < len(r)})
    allowed: dict[int, bool] = {}
    periods: dict[str, Period | PeriodError] = {}
    optional = {name: col.get(name) for name in OPTIONAL}
    parsed: list[Row] = []

    for index, raw_row in enumerate(table.rows):
        line = index + 2
        if not any(c not in (None, "") and str(c).strip() for c in raw_row):
            continue
        result.rows += 1
        row = raw_row + [""] * (len(table.header) - len(raw_row))
        problems: list[RowProblem] = []

        def get(name: str) -> object:
            i = optional.get(name, col.get(name))
            return row[i] if i is not None else ""  # noqa: B023 - used within this iteration only

        def problem(column: str, vi: str, en: str, rule: str = "") -> None:
            problems.append(RowProblem(line, column, text_of(get(column)), vi, en, rule=rule))  # noqa: B023

        indicator = indicators.get(text_of(row[col["indicator"]]))
        if indicator is None:
            problem("indicator", "không có chỉ tiêu này trong danh mục", "no such indicator in the catalogue")
        period_text = text_of(row[col["period"]])
        if period_text not in periods:
            try:
                periods[period_text] = parse_period(period_text)
            except PeriodError as exc:
                periods[period_text] = exc
        parsed_period = periods[period_text]
        period = parsed_period if isinstance(parsed_period, Period) else None
        if period is None:
            problem("period", "kỳ báo cáo không hợp lệ (vd. 2024-07, 2024-YTD07, “7 tháng năm 2024”)",
                    "invalid period (e.g. 2024-07, 2024-YTD07, “7 tháng năm 2024”)")  # fmt: skip
        value: Decimal | None = None
        try:
            value = parse_number(row[col["value"]], decimal_point=decimal_point)
            if -int(value.as_tuple().exponent) > VALUE_PLACES:
                # The column keeps 6 decimals: more would be rounded silently on save.
                raise CellError(f"tối đa {VALUE_PLACES} chữ số thập phân", f"at most {VALUE_PLACES} decimal places")
        except CellError as exc:
            problem("value", exc.vi, exc.en)
        status = STATUS_WORDS.get(text_of(row[col["status"]]).lower())
        if status is None:
            problem("status", "trạng thái phải là kế hoạch/ước tính/sơ bộ/chính thức",
                    "status must be plan/estimate/preliminary/official")  # fmt: skip
        vintage: dt.date | None = None
        if text_of(get("vintage")):
            try:
                vintage = parse_date(get("vintage"))
            except CellError as exc:
                problem("vintage", exc.vi, exc.en)
        qualifier = ""
        if text_of(get("qualifier")):
            found_q = QUALIFIER_WORDS.get(text_of(get("qualifier")).lower())
            if found_q is None:
                problem("qualifier", "phải là trên/dưới/khoảng/gần", "must be over/under/about/nearly")
            else:
                qualifier = found_q
        breakdown = ""
        try:
            breakdown = _breakdown(text_of(get("breakdown")))
        except CellError as exc:
            problem("breakdown", exc.vi, exc.en)
        if breakdown and indicator is not None and breakdown.split("=")[0] not in indicator.breakdown_dimensions():
            problem("breakdown", "chỉ tiêu này không có phân tổ đó", "this indicator has no such breakdown")
        numbers: dict[str, Decimal | None] = {"reported_change": None, "reported_plan_pct": None}
        for name in numbers:
            if text_of(get(name)):
                try:
                    numbers[name] = parse_number(get(name), decimal_point=decimal_point)
                except CellError as exc:
                    problem(name, exc.vi, exc.en)
        basis = text_of(get("reported_change_basis"))
        if basis and basis not in ChangeBasis.values:
            problem("reported_change_basis", "phải là yoy/mom/plan", "must be yoy/mom/plan")
        if numbers["reported_change"] is not None and not basis:
            basis = ChangeBasis.YOY  # "tăng X%" on a period figure means vs the same period (SCHEMA.md)
        price_basis = text_of(get("price_basis"))
        if price_basis and price_basis not in PriceBasis.values:
            problem("price_basis", "phải là current/constant_2010", "must be current/constant_2010")

        unit: AdminUnit | None = None
        unit_code = text_of(row[unit_i])
        if period is not None:
            unit = units.find(unit_code, period, vintage)
            if unit is None:
                problem("unit", f"không có đơn vị mã {unit_code} trong {period.label_vi()}",
                        f"no unit with code {unit_code} during {period.label_en()}")  # fmt: skip
        if unit is not None and check_scope:
            if unit.pk not in allowed:
                allowed[unit.pk] = may_change(user, unit)
            if not allowed[unit.pk]:
                problem("unit", f"bạn không có quyền nhập số liệu cho {unit.name}",
                        f"you may not enter figures for {unit.name}", rule="scope")  # fmt: skip
        if indicator is not None and value is not None:
            where = f"{indicator.code} · {unit_code} · {period.code if period else period_text}"
            for finding in check_value(indicator, value):
                problem("value", f"{where}: {finding.vi}", f"{where}: {finding.en}", rule=finding.rule)

        span: tuple[int, int] | None = None
        if text_of(get("span_start")) and text_of(get("span_end")):
            try:
                span = (int(parse_number(get("span_start"))), int(parse_number(get("span_end"))))
            except CellError as exc:
                problem("span_start", exc.vi, exc.en)
        source_key = (text_of(get("source_title")), text_of(get("source_number")), text_of(get("source_url")))
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
        parsed.append(
            Row(
                line=line, indicator=indicator, unit=unit, period=period, breakdown=breakdown, value=value,
                qualifier=qualifier, status=status, vintage=vintage, reported_change=numbers["reported_change"],
                reported_change_basis=basis, reported_plan_pct=numbers["reported_plan_pct"],
                price_basis=price_basis, source_key=source_key, excerpt=text_of(get("source_excerpt")),
                note=text_of(get("note")), span=span,
            )
        )  # fmt: skip
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
                        row.line, "value", str(row.value),
                        f"mâu thuẫn với dòng {first.line} ({first.value}): cùng chỉ tiêu, đơn vị, kỳ, trạng thái, ngày",
                        f"contradicts row {first.line} ({first.value}): same indicator, unit, period, status, vintage",
                        rule="duplicate",
                    )
                )  # fmt: skip
            continue
        seen[row.key] = row
        unique.append(row)

    groups: dict[tuple[int, int, str, str, dt.date | None], dict[str, Row]] = defaultdict(dict)
    for row in unique:
        if row.breakdown == "" or row.breakdown.startswith("ownership="):
            part = row.breakdown.partition("=")[2] or "total"
            groups[(row.indicator.pk, row.unit.pk, row.period.code, row.status, row.vintage)][part] = row
    for parts in groups.values():
        if "total" not in parts or frozenset(parts) - {"total"} not in OWNERSHIP_PARTITIONS:
            continue
        total = parts["total"]
        components = {name: r.value for name, r in parts.items() if name != "total"}
        for finding in check_components(total.value, components):
            result.errors.append(
                RowProblem(total.line, "value", str(total.value), f"{total.context}: {finding.vi}",
                           f"{total.context}: {finding.en}", rule=finding.rule)
            )  # fmt: skip
    return unique


def _check_against_database(
    unique: list[Row], result: ImportResult, *, refuse_contradictions: bool = False
) -> list[Row]:
    """Identical rows are already stored (idempotent); a different value for the same key is a
    conflict; a value about 1,000× off its history (stored and in this file) is a unit slip."""
    if not unique:
        return []
    existing: dict[Key, Decimal] = {}
    any_vintage: dict[tuple[int, int, str, str, str], set[Decimal]] = defaultdict(set)
    history: dict[tuple[int, int, str], list[tuple[Period, Decimal]]] = defaultdict(list)
    stored = Observation.objects.filter(
        indicator_id__in={r.indicator.pk for r in unique}, unit_id__in={r.unit.pk for r in unique}
    )
    for ind, unit_id, code, brk, st, vint, val, start, end, kind in stored.values_list(
        "indicator_id", "unit_id", "period_code", "breakdown", "status", "vintage", "value",
        "period_start", "period_end", "period_kind",
    ):  # fmt: skip
        existing[(ind, unit_id, code, brk, st, vint)] = val
        any_vintage[(ind, unit_id, code, brk, st)].add(val)
        if st != Status.PLAN:
            history[(ind, unit_id, brk)].append((Period(start, end, PeriodKind(kind)), val))
    for row in unique:
        if row.status != Status.PLAN:
            history[(row.indicator.pk, row.unit.pk, row.breakdown)].append((row.period, row.value))

    typical_cache: dict[tuple[int, int, str], Decimal | None] = {}
    pending: list[Row] = []
    for row in unique:
        stored_value = existing.get(row.key)
        if stored_value is not None:
            if stored_value == row.value:
                result.unchanged += 1
                continue
            result.errors.append(
                RowProblem(
                    row.line, "value", str(row.value),
                    f"{row.context}: đã có số liệu {stored_value} cùng trạng thái và ngày — "
                    "số liệu điều chỉnh cần ngày (vintage) mới",
                    f"{row.context}: {stored_value} is already stored with the same status and vintage — "
                    "a revision needs a new vintage date",
                    rule="no_overwrite",
                )
            )  # fmt: skip
            continue
        cell = (row.indicator.pk, row.unit.pk, row.period.code, row.breakdown, row.status)
        stored_values = any_vintage.get(cell, set()) if refuse_contradictions else set()
        if stored_values and row.value not in stored_values:
            shown = ", ".join(format(v.normalize(), "f") for v in sorted(stored_values))
            result.errors.append(
                RowProblem(
                    row.line, "value", str(row.value),
                    f"{row.context}: mâu thuẫn với số liệu đã lưu ({shown}) cùng trạng thái",
                    f"{row.context}: contradicts the stored figure ({shown}) with the same status",
                    rule="contradiction",
                )
            )  # fmt: skip
            continue
        if stored_values:
            result.unchanged += 1  # the text repeats a figure already stored
            continue
        group = (row.indicator.pk, row.unit.pk, row.breakdown)
        if row.status != Status.PLAN and len(history[group]) > 1:
            if len(history[group]) <= 4:
                # Small groups: leave the row itself out, or it drags the median towards itself.
                others = [(p, v) for p, v in history[group] if not (p == row.period and v == row.value)]
                typical = typical_per_month(others, row.indicator)
            else:
                if group not in typical_cache:
                    typical_cache[group] = typical_per_month(history[group], row.indicator)
                typical = typical_cache[group]
            for finding in check_magnitude(row.indicator, row.period, row.value, typical):
                result.errors.append(
                    RowProblem(row.line, "value", str(row.value), f"{row.context}: {finding.vi}",
                               f"{row.context}: {finding.en}", rule=finding.rule)
                )  # fmt: skip
        pending.append(row)
    return pending


INSERT_FIELDS = [
    "indicator", "unit", "period_code", "period_kind", "period_start", "period_end", "breakdown", "value",
    "qualifier", "status", "vintage", "reported_change", "reported_change_basis", "reported_plan_pct",
    "price_basis", "source", "source_excerpt", "span_start", "span_end", "note", "entered_by", "created_at",
]  # fmt: skip


def _insert(pending: list[Row], *, user: Any, default_source: Source | None, table_name: str) -> None:
    """One executemany instead of bulk_create: building 100,000 model instances and their SQL
    costs more than the database work itself (bench/bench_import.py)."""
    sources: dict[tuple[str, str, str], Source] = {}
    for row in pending:
        if any(row.source_key) and row.source_key not in sources:
            title, number, url = row.source_key
            sources[row.source_key], _ = Source.objects.get_or_create(title=title or url, number=number, url=url)
    meta = Observation._meta
    column_names = []
    for name in INSERT_FIELDS:
        model_field = meta.get_field(name)
        assert isinstance(model_field, models.Field)
        assert model_field.column
        column_names.append(model_field.column)
    columns = ", ".join(connection.ops.quote_name(c) for c in column_names)
    placeholders = ", ".join(["%s"] * len(column_names))
    sql = f"INSERT INTO {connection.ops.quote_name(meta.db_table)} ({columns}) VALUES ({placeholders})"
    now = timezone.now()
    user_id = user.pk if getattr(user, "pk", None) else None
    value_field, change_field, pct_field = (
        meta.get_field(n) for n in ("value", "reported_change", "reported_plan_pct")
    )
    ops = connection.ops

    def adapt(field: Any, number: Decimal | None) -> Any:
        return (
            ops.adapt_decimalfield_value(number, field.max_digits, field.decimal_places) if number is not None else None
        )

    params = []
    for row in pending:
        source = sources[row.source_key] if any(row.source_key) else default_source
        assert source is not None
        params.append((
            row.indicator.pk, row.unit.pk, row.period.code, row.period.kind.value,
            ops.adapt_datefield_value(row.period.start), ops.adapt_datefield_value(row.period.end), row.breakdown,
            adapt(value_field, row.value), row.qualifier,
            row.status, ops.adapt_datefield_value(row.vintage), adapt(change_field, row.reported_change),
            row.reported_change_basis, adapt(pct_field, row.reported_plan_pct), row.price_basis, source.pk,
            row.excerpt, row.span[0] if row.span else None, row.span[1] if row.span else None, row.note, user_id,
            ops.adapt_datetimefield_value(now),
        ))  # fmt: skip
    with connection.cursor() as cursor:
        for start in range(0, len(params), 5000):
            cursor.executemany(sql, params[start : start + 5000])
    if pending:
        first_source = sources.get(pending[0].source_key) or default_source
        assert first_source is not None
        audit.record_bulk(
            first_source,
            action=0,
            changes={"observations_imported": [None, len(pending)], "file": [None, table_name]},
            actor=user if user_id else None,
        )
