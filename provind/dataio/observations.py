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

from django.db import transaction

from provind.accounts import audit
from provind.accounts.permissions import may_change
from provind.dataio.cells import CellError, parse_date, parse_number, text_of
from provind.dataio.tables import Table
from provind.geography.models import AdminUnit
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
OPTIONAL = [
    "breakdown", "qualifier", "vintage", "reported_change", "reported_change_basis", "reported_plan_pct",
    "price_basis", "source_title", "source_number", "source_url", "source_excerpt", "note",
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

    def as_text(self) -> str:
        return f"dòng/row {self.row}, cột/column {self.column} = “{self.value}”: {self.vi} / {self.en}"


@dataclass
class ImportResult:
    rows: int = 0
    created: int = 0
    unchanged: int = 0
    dry_run: bool = False
    errors: list[RowProblem] = field(default_factory=list)
    warnings: list[RowProblem] = field(default_factory=list)
    observations: list[Observation] = field(default_factory=list)  # what would be / was created

    @property
    def ok(self) -> bool:
        return not self.errors


Key = tuple[int, int, str, str, str, dt.date | None]


def _key(obs: Observation) -> Key:
    return (obs.indicator_id, obs.unit_id, obs.period_code, obs.breakdown, obs.status, obs.vintage)


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

    def find(self, code: str, period: Period, known_on: dt.date | None) -> AdminUnit | None:
        candidates = self.by_code.get(code)
        if not candidates and code.isdigit():
            # Excel drops leading zeros: 6 is Bắc Kạn's 06.
            for width in (2, 3, 5):
                candidates = self.by_code.get(code.zfill(width))
                if candidates:
                    break
        overlapping = [
            u
            for u in candidates or []
            if (u.valid_from is None or u.valid_from <= period.end)
            and (u.valid_to is None or u.valid_to >= period.start)
        ]
        if len(overlapping) > 1:
            day = min(known_on or period.end, period.end)
            for unit in overlapping:
                if unit.is_valid_on(day):
                    return unit
        return overlapping[0] if overlapping else None


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


def import_observations(
    table: Table,
    *,
    user: Any = None,
    dry_run: bool = False,
    decimal_point: bool = False,
    default_source: Source | None = None,
    check_scope: bool = False,
) -> ImportResult:
    """Validate every row of `table`; unless `dry_run` or any error, save them all in one transaction.

    With `check_scope`, every row's unit must be one `user` may change (web uploads); the
    command line and the first-start load run as the operator and skip it.
    """
    result = ImportResult(dry_run=dry_run)
    col = {name: i for i, name in enumerate(table.header)}
    missing = [c for c in REQUIRED if c not in col]
    if missing:
        result.errors.append(RowProblem(1, ", ".join(missing), "", "thiếu cột bắt buộc", "required column missing"))
        return result
    for name in table.header:
        if name and name not in COLUMNS:
            result.warnings.append(
                RowProblem(1, name, "", "cột không dùng, bỏ qua", "unknown column, ignored", "warning")
            )

    def cell(row: list[object], name: str) -> object:
        i = col.get(name)
        return row[i] if i is not None and i < len(row) else ""

    indicators = {i.code: i for i in Indicator.objects.all()}
    units = _UnitIndex({text_of(cell(r, "unit")) for r in table.rows})
    sources: dict[tuple[str, str, str], Source] = {}
    allowed: dict[int, bool] = {}
    parsed: list[tuple[int, Observation, tuple[str, str, str]]] = []

    for index, row in enumerate(table.rows):
        line = index + 2
        if not any(text_of(c) for c in row):
            continue
        result.rows += 1
        problems: list[RowProblem] = []

        def problem(column: str, exc: CellError | PeriodError | str, en: str = "") -> None:
            raw = text_of(cell(row, column))  # noqa: B023 - used within this iteration only
            if isinstance(exc, CellError):
                problems.append(RowProblem(line, column, raw, exc.vi, exc.en))  # noqa: B023
            elif isinstance(exc, PeriodError):
                problems.append(RowProblem(line, column, raw, "kỳ báo cáo không hợp lệ", str(exc).split(" / ")[-1]))  # noqa: B023
            else:
                problems.append(RowProblem(line, column, raw, exc, en))  # noqa: B023

        indicator = indicators.get(text_of(cell(row, "indicator")))
        if indicator is None:
            problem("indicator", "không có chỉ tiêu này trong danh mục", "no such indicator in the catalogue")
        period: Period | None = None
        try:
            period = parse_period(text_of(cell(row, "period")))
        except PeriodError as exc:
            problem("period", exc)
        value: Decimal | None = None
        try:
            value = parse_number(cell(row, "value"), decimal_point=decimal_point)
        except CellError as exc:
            problem("value", exc)
        status = STATUS_WORDS.get(text_of(cell(row, "status")).lower())
        if status is None:
            problem(
                "status",
                "trạng thái phải là kế hoạch/ước tính/sơ bộ/chính thức",
                "status must be plan/estimate/preliminary/official",
            )
        vintage: dt.date | None = None
        if text_of(cell(row, "vintage")):
            try:
                vintage = parse_date(cell(row, "vintage"))
            except CellError as exc:
                problem("vintage", exc)
        qualifier = ""
        if text_of(cell(row, "qualifier")):
            q = QUALIFIER_WORDS.get(text_of(cell(row, "qualifier")).lower())
            if q is None:
                problem("qualifier", "phải là trên/dưới/khoảng/gần", "must be over/under/about/nearly")
            else:
                qualifier = q
        breakdown = ""
        try:
            breakdown = _breakdown(text_of(cell(row, "breakdown")))
        except CellError as exc:
            problem("breakdown", exc)
        if breakdown and indicator is not None and breakdown.split("=")[0] not in indicator.breakdown_dimensions():
            problem("breakdown", "chỉ tiêu này không có phân tổ đó", "this indicator has no such breakdown")
        optional_numbers: dict[str, Decimal | None] = {}
        for name in ("reported_change", "reported_plan_pct"):
            optional_numbers[name] = None
            if text_of(cell(row, name)):
                try:
                    optional_numbers[name] = parse_number(cell(row, name), decimal_point=decimal_point)
                except CellError as exc:
                    problem(name, exc)
        basis = text_of(cell(row, "reported_change_basis"))
        if basis and basis not in ChangeBasis.values:
            problem("reported_change_basis", "phải là yoy/mom/plan", "must be yoy/mom/plan")
        if optional_numbers["reported_change"] is not None and not basis:
            basis = ChangeBasis.YOY  # "tăng X%" on a period figure means vs the same period (SCHEMA.md)
        price_basis = text_of(cell(row, "price_basis"))
        if price_basis and price_basis not in PriceBasis.values:
            problem("price_basis", "phải là current/constant_2010", "must be current/constant_2010")

        unit: AdminUnit | None = None
        unit_code = text_of(cell(row, "unit"))
        if period is not None:
            unit = units.find(unit_code, period, vintage)
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
                )
        if indicator is not None and value is not None:
            for finding in check_value(indicator, value):
                problem("value", finding.vi, finding.en)

        source_key = (
            text_of(cell(row, "source_title")), text_of(cell(row, "source_number")), text_of(cell(row, "source_url"))
        )  # fmt: skip
        if not any(source_key) and default_source is None:
            problem("source_title", "mỗi số liệu phải có nguồn", "every figure needs a source")

        if problems:
            result.errors.extend(problems)
            continue
        assert indicator
        assert period
        assert unit
        assert value is not None
        assert status
        obs = Observation(
            indicator=indicator, unit=unit, breakdown=breakdown, value=value, qualifier=qualifier,
            status=status, vintage=vintage, reported_change=optional_numbers["reported_change"],
            reported_change_basis=basis, reported_plan_pct=optional_numbers["reported_plan_pct"],
            price_basis=price_basis, source_excerpt=text_of(cell(row, "source_excerpt")),
            note=text_of(cell(row, "note")), entered_by=user if getattr(user, "pk", None) else None,
        )  # fmt: skip
        obs.set_period(period)
        parsed.append((line, obs, source_key))

    # Within the file: the same cell twice must agree.
    seen: dict[Key, tuple[int, Observation]] = {}
    unique: list[tuple[int, Observation, tuple[str, str, str]]] = []
    for line, obs, source_key in parsed:
        key = _key(obs)
        if key in seen:
            first_line, first = seen[key]
            if first.value != obs.value:
                result.errors.append(
                    RowProblem(
                        line,
                        "value",
                        str(obs.value),
                        f"mâu thuẫn với dòng {first_line} ({first.value}): cùng chỉ tiêu, đơn vị, kỳ, trạng thái, ngày",
                        f"contradicts row {first_line} ({first.value}): same indicator, unit, period, status, vintage",
                    )  # fmt: skip
                )
            continue
        seen[key] = (line, obs)
        unique.append((line, obs, source_key))

    # Ownership components in the file must add up to the total they break down.
    groups: dict[tuple[int, int, str, str, dt.date | None], dict[str, tuple[int, Decimal]]] = defaultdict(dict)
    for line, obs, _ in unique:
        if obs.breakdown == "" or obs.breakdown.startswith("ownership="):
            part = obs.breakdown.partition("=")[2] or "total"
            groups[(obs.indicator_id, obs.unit_id, obs.period_code, obs.status, obs.vintage)][part] = (line, obs.value)
    for parts in groups.values():
        if "total" not in parts or frozenset(parts) - {"total"} not in OWNERSHIP_PARTITIONS:
            continue
        total_line, total = parts["total"]
        components = {name: value for name, (_, value) in parts.items() if name != "total"}
        for finding in check_components(total, components):
            result.errors.append(RowProblem(total_line, "value", str(total), finding.vi, finding.en))

    # Against the database: identical rows are already there (idempotent), different ones conflict.
    indicator_ids = {obs.indicator_id for _, obs, _ in unique}
    existing: dict[Key, Decimal] = {}
    history: dict[tuple[int, int, str], list[tuple[Period, Decimal]]] = defaultdict(list)
    if unique:
        stored = Observation.objects.filter(indicator_id__in=indicator_ids, unit__in=[o.unit for _, o, _ in unique])
        for row_values in stored.values_list(
            "indicator_id", "unit_id", "period_code", "breakdown", "status", "vintage", "value",
            "period_start", "period_end", "period_kind",
        ):  # fmt: skip
            ind, unit_id, code, brk, st, vint, val, start, end, kind = row_values
            existing[(ind, unit_id, code, brk, st, vint)] = val
            if st != Status.PLAN:
                history[(ind, unit_id, brk)].append((Period(start, end, PeriodKind(kind)), val))

    # The file's own rows count as history too (a year of months with one slipped by 1,000×).
    for _, obs, _ in unique:
        if obs.status != Status.PLAN:
            history[(obs.indicator_id, obs.unit_id, obs.breakdown)].append((obs.period, obs.value))
    typical_cache: dict[tuple[int, int, str], Decimal | None] = {}

    to_create: list[tuple[int, Observation, tuple[str, str, str]]] = []
    for line, obs, source_key in unique:
        key = _key(obs)
        if key in existing:
            if existing[key] == obs.value:
                result.unchanged += 1
                continue
            result.errors.append(
                RowProblem(
                    line,
                    "value",
                    str(obs.value),
                    f"đã có số liệu {existing[key]} cho cùng chỉ tiêu, đơn vị, kỳ, trạng thái và ngày — "
                    "số liệu điều chỉnh cần ngày (vintage) mới",
                    f"{existing[key]} is already stored for the same indicator, unit, period, status and vintage — "
                    "a revision needs a new vintage date",
                )  # fmt: skip
            )
            continue
        group = (obs.indicator_id, obs.unit_id, obs.breakdown)
        if obs.status != Status.PLAN and len(history[group]) > 1:
            if len(history[group]) <= 4:
                # Small groups: leave the row itself out, or it drags the median towards itself.
                others = [(p, v) for p, v in history[group] if not (p == obs.period and v == obs.value)]
                typical = typical_per_month(others, obs.indicator)
            else:
                if group not in typical_cache:
                    typical_cache[group] = typical_per_month(history[group], obs.indicator)
                typical = typical_cache[group]
            for finding in check_magnitude(obs.indicator, obs.period, obs.value, typical):
                result.errors.append(RowProblem(line, "value", str(obs.value), finding.vi, finding.en))
        to_create.append((line, obs, source_key))

    result.observations = [obs for _, obs, _ in to_create]
    if result.errors or dry_run:
        return result

    with transaction.atomic():
        for _, obs, source_key in to_create:
            if not any(source_key):
                assert default_source is not None
                obs.source = default_source
                continue
            if source_key not in sources:
                title, number, url = source_key
                sources[source_key], _ = Source.objects.get_or_create(title=title or url, number=number, url=url)
            obs.source = sources[source_key]
        Observation.objects.bulk_create(result.observations, batch_size=2000)
        if result.observations:
            audit.record_bulk(
                result.observations[0].source,
                action=0,
                changes={"observations_imported": [None, len(result.observations)], "file": [None, table.name]},
                actor=user if getattr(user, "pk", None) else None,
            )
    result.created = len(result.observations)
    return result
