"""Importing key projects, their documents and milestones, agencies and obstacles from XLSX or CSV.

The rules of the indicator import (`indicators/imports.py`): every problem is reported by row,
column and reason in Vietnamese and English; nothing is saved unless every row of every sheet
is valid; a dry run reports what would happen and saves nothing; uploading the same file again
changes nothing. Rows are applied inside one transaction that is rolled back on any error or
on a dry run, so later sheets (milestones) may refer to projects created by earlier ones.

Projects, documents, milestones and agencies are matched by their keys and updated in place
(every change is in the audit log). Obstacles are only ever created here, through
`services.create_obstacle`; their status moves on the board, where each step is recorded.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from auditlog.context import set_actor
from django.db import transaction

from provind.accounts.permissions import may_change, roles_of
from provind.accounts.roles import Role
from provind.dataio.cells import CellError, misfit, parse_date, parse_number, text_of, url_problem
from provind.dataio.problems import RowProblem
from provind.dataio.tables import Table, read_table, read_tables
from provind.errors import InputError
from provind.geography.models import AdminUnit
from provind.geography.queries import UnitNotFound, resolve_unit
from provind.indicators.models import Indicator, Source
from provind.lib.words import is_yes
from provind.projects.models import (
    Agency,
    DeadlineBasis,
    EscalationLevel,
    KeyProject,
    LegalDocument,
    Milestone,
    Obstacle,
    ObstacleCategory,
    Organisation,
    ProjectCategory,
    Stage,
)
from provind.projects.services import MAX_RESPONSE_DAYS, create_obstacle

SOURCE_COLUMNS = ["source_title", "source_number", "source_url"]
SHEETS: dict[str, tuple[list[str], list[str]]] = {
    # sheet: (required columns, optional columns)
    "agencies": (["name"], ["short_name", "email"]),
    "projects": (
        ["code", "name", "category"],
        [
            "investor",
            "investor_short_name",
            "investor_tax_code",
            "total_investment",
            "capacity",
            "units",
            "units_on",
            "latitude",
            "longitude",
            "serves",
            "indicators",
            "description",
            *SOURCE_COLUMNS,
            "note",
        ],
    ),
    "documents": (["project", "title"], ["number", "issued_on", "issuer", "signer", "url", "note"]),
    "milestones": (
        ["project", "stage"],
        # version: the milestone's version when the file was made (the page's edit form carries it); a
        # milestone saved since then is refused instead of being overwritten by the file.
        ["label", "planned_on", "actual_on", "achieved", "note", "version", *SOURCE_COLUMNS],
    ),
    "obstacles": (
        ["project", "description", "category", "agency", "raised_on"],
        [
            "requested_action",
            "response_days",
            "deadline_basis",
            "deadline",
            "escalation_level",
            *SOURCE_COLUMNS,
            "note",
        ],
    ),
}
ORDER = ["agencies", "projects", "documents", "milestones", "obstacles"]


@dataclass
class SheetResult:
    rows: int = 0
    created: int = 0
    updated: int = 0
    unchanged: int = 0


@dataclass
class ProjectImportResult:
    dry_run: bool = False
    sheets: dict[str, SheetResult] = field(default_factory=dict)
    errors: list[RowProblem] = field(default_factory=list)
    warnings: list[RowProblem] = field(default_factory=list)
    saved: bool = False

    @property
    def ok(self) -> bool:
        return not self.errors

    def count(self, what: str) -> int:
        return sum(getattr(s, what) for s in self.sheets.values())


class _Row:
    """One spreadsheet row with its problems collected as it is read."""

    def __init__(self, sheet: str, line: int, values: dict[str, object]) -> None:
        self.sheet, self.line, self.values = sheet, line, values
        self.problems: list[RowProblem] = []

    def text(self, name: str) -> str:
        return text_of(self.values.get(name))

    def problem(self, column: str, vi: str, en: str, rule: str = "") -> None:
        self.problems.append(RowProblem(self.line, f"{self.sheet}.{column}", self.text(column), vi, en, rule=rule))

    def url(self, name: str) -> str:
        """An http(s) address or "" (with a problem when something else was written)."""
        if (bad := url_problem(self.text(name))) is not None:
            self.problem(name, bad.vi, bad.en)
            return ""
        return self.text(name)

    def date(self, name: str) -> dt.date | None:
        if not self.text(name):
            return None
        try:
            return parse_date(self.values[name])
        except CellError as exc:
            self.problem(name, exc.vi, exc.en)
            return None

    def number(self, name: str, *, decimal_point: bool) -> Decimal | None:
        if not self.text(name):
            return None
        try:
            return parse_number(self.values[name], decimal_point=decimal_point)
        except CellError as exc:
            self.problem(name, exc.vi, exc.en)
            return None

    def fit(self, model: type[Any], fields: dict[str, tuple[str, object]]) -> None:
        """A problem for every value that does not fit its field: column → (field name, value)."""
        for column, (name, value) in fields.items():
            if (bad := misfit(model._meta.get_field(name), value)) is not None:
                self.problem(column, bad.vi, bad.en)

    def fit_source(self) -> None:
        self.fit(Source, {c: (c.removeprefix("source_"), self.text(c)) for c in SOURCE_COLUMNS})
        if not self.text("source_title"):  # the address stands in for a missing title (_source)
            self.fit(Source, {"source_url": ("title", self.text("source_url"))})

    def choice(self, name: str, choices: type[Any], default: str | None = None) -> str | None:
        value = self.text(name).lower() or default
        if value is None or value not in choices.values:
            allowed = ", ".join(choices.values)
            self.problem(name, f"phải là một trong: {allowed}", f"must be one of: {allowed}")
            return None
        return str(value)


class _Context:
    def __init__(self, *, user: Any, check_scope: bool, decimal_point: bool) -> None:
        self.user, self.check_scope, self.decimal_point = user, check_scope, decimal_point
        self.allowed: dict[int, bool] = {}

    def may_change(self, project: KeyProject) -> bool:
        if not self.check_scope:
            return True
        if project.pk not in self.allowed:
            self.allowed[project.pk] = may_change(self.user, project)
        return self.allowed[project.pk]

    def may_change_where_now(self, project: KeyProject) -> bool:
        """`may_change` on the project as it now stands (its location may just have changed)."""
        if not self.check_scope:
            return True
        self.allowed[project.pk] = may_change(self.user, project)
        return self.allowed[project.pk]

    def may_change_shared(self) -> bool:
        """Agencies and investors are shared by every project (digests go to an agency's
        e-mail): only the Department's editors and admins change them through an import."""
        if not self.check_scope:
            return True
        return bool(roles_of(self.user).intersection({Role.ADMIN, Role.DEPARTMENT_EDITOR}))


def _source(row: _Row) -> Source | None:
    title, number, url = row.text("source_title"), row.text("source_number"), row.url("source_url")
    if not (title or number or url):
        return None
    source, _ = Source.objects.get_or_create(title=title or url, number=number, url=url)
    return source


def _save(obj: Any, values: dict[str, Any], result: SheetResult | None, created: bool) -> str:
    """Write `values` onto `obj`; saving only when something differs keeps re-uploads silent.
    Returns "created", "updated" or "unchanged", counted in `result` unless it is None."""
    changed = [name for name, value in values.items() if getattr(obj, name) != value]
    for name in changed:
        setattr(obj, name, values[name])
    if created or changed:
        obj.save()
    outcome = "created" if created else ("updated" if changed else "unchanged")
    if result is not None:
        _count(result, outcome)
    return outcome


def _differs(obj: Any, values: dict[str, Any]) -> bool:
    return any(getattr(obj, name) != value for name, value in values.items())


def _count(result: SheetResult, outcome: str) -> None:
    setattr(result, outcome, getattr(result, outcome) + 1)


def _project(row: _Row, column: str = "project") -> KeyProject | None:
    code = row.text(column)
    project = KeyProject.objects.filter(code=code).first()
    if project is None:
        row.problem(column, f"không có dự án mã “{code}”", f"no project with code “{code}”")
    return project


def _agencies(row: _Row, ctx: _Context, result: SheetResult) -> None:
    name = row.text("name")
    email = row.text("email")
    if email and ("@" not in email or " " in email):
        row.problem("email", "địa chỉ e-mail không hợp lệ", "invalid e-mail address")
    row.fit(
        Agency,
        {"name": ("name", name), "short_name": ("short_name", row.text("short_name")), "email": ("email", email)},
    )
    if row.problems:
        return
    agency = Agency.objects.select_for_update().filter(name=name).first()
    values = {"short_name": row.text("short_name"), "email": email}
    if (agency is None or _differs(agency, values)) and not ctx.may_change_shared():
        vi = f"bạn không có quyền thêm hoặc sửa cơ quan “{name}”"
        row.problem("name", vi, f"you may not add or change the agency “{name}”", rule="scope")
        return
    _save(agency or Agency(name=name), values, result, created=agency is None)


def _units(row: _Row) -> list[AdminUnit]:
    codes = row.text("units").replace(",", " ").split()
    if not codes:
        return []
    on = row.date("units_on")
    if on is None:
        row.problem(
            "units_on",
            "cần ngày để xác định đơn vị hành chính (mã được dùng lại)",
            "a date is needed to resolve the unit codes (codes are reused)",
        )
        return []
    units = []
    for code in codes:
        try:
            units.append(resolve_unit(code, on))
        except UnitNotFound:
            row.problem(
                "units",
                f"không có đơn vị mã {code} vào ngày {on:%d/%m/%Y}",
                f"no unit with code {code} on {on.isoformat()}",
            )
    return units


def _projects(row: _Row, ctx: _Context, result: SheetResult) -> None:
    code = row.text("code")
    if not code or not code.replace("-", "").replace("_", "").isalnum() or not code.isascii():
        row.problem("code", "mã dự án chỉ gồm chữ không dấu, số và dấu gạch", "the code takes a-z, 0-9 and dashes")
    category = row.choice("category", ProjectCategory)
    investment = row.number("total_investment", decimal_point=ctx.decimal_point)
    if investment is not None and investment < 0:
        row.problem("total_investment", "tổng mức đầu tư không âm", "the total investment cannot be negative")
    lat = row.number("latitude", decimal_point=True)
    lon = row.number("longitude", decimal_point=True)
    if (lat is None) != (lon is None) or (lat is not None and not -90 <= lat <= 90):
        row.problem("latitude", "cần cả vĩ độ và kinh độ hợp lệ", "give both a valid latitude and longitude")
    if lon is not None and not -180 <= lon <= 180:
        row.problem("longitude", "kinh độ phải từ -180 đến 180", "the longitude must lie between -180 and 180")
    row.fit(
        KeyProject,
        {
            "code": ("code", code),
            "name": ("name", row.text("name")),
            "capacity": ("capacity", row.text("capacity")),
            "total_investment": ("total_investment", investment),
        },
    )
    row.fit(
        Organisation,
        {
            "investor": ("name", row.text("investor")),
            "investor_short_name": ("short_name", row.text("investor_short_name")),
            "investor_tax_code": ("tax_code", row.text("investor_tax_code")),
        },
    )
    row.fit_source()
    units = _units(row)
    indicator_codes = row.text("indicators").replace(",", " ").split()
    indicators = list(Indicator.objects.filter(code__in=indicator_codes))
    for missing in sorted(set(indicator_codes) - {i.code for i in indicators}):
        row.problem("indicators", f"không có chỉ tiêu “{missing}”", f"no indicator “{missing}”")
    if row.problems:
        return
    # Rows are locked until the import commits: a page saving the same record waits, then sees it.
    project = KeyProject.objects.select_for_update().filter(code=code).first()
    if project is not None and not ctx.may_change(project):
        row.problem(
            "code",
            f"bạn không có quyền sửa dự án “{project.name}”",
            f"you may not change the project “{project.name}”",
            rule="scope",
        )
        return
    investor = None
    if row.text("investor"):
        investor = Organisation.objects.filter(name=row.text("investor")).first()
        new = investor is None
        investor = investor or Organisation(name=row.text("investor"))
        investor_values = {
            "short_name": row.text("investor_short_name") or investor.short_name,
            "tax_code": row.text("investor_tax_code") or investor.tax_code,
        }
        if not new and _differs(investor, investor_values) and not ctx.may_change_shared():
            vi = f"bạn không có quyền sửa thông tin nhà đầu tư “{investor.name}”"
            row.problem("investor", vi, f"you may not change the investor “{investor.name}”", rule="scope")
            return
        _save(investor, investor_values, None, created=new)
    values = {
        "name": row.text("name"),
        "category": category,
        "investor": investor,
        "total_investment": investment,
        "capacity": row.text("capacity"),
        "latitude": float(lat) if lat is not None else None,
        "longitude": float(lon) if lon is not None else None,
        "serves": row.text("serves"),
        "description": row.text("description"),
        "source": _source(row),
    }
    target = project or KeyProject(code=code)
    outcome = _save(target, values, None, created=project is None)
    if {u.pk for u in target.units.all()} != {u.pk for u in units}:
        target.units.set(units)
        outcome = "updated" if outcome == "unchanged" else outcome
    if {i.pk for i in target.indicators.all()} != {i.pk for i in indicators}:
        target.indicators.set(indicators)
        outcome = "updated" if outcome == "unchanged" else outcome
    _count(result, outcome)
    # The scope is checked where the project ends up, too: changing a project of one's commune
    # must not move it into another commune (or the whole province).
    if not ctx.may_change_where_now(target):
        row.problem(
            "units",
            "bạn không có quyền thêm dự án ở địa bàn này"
            if project is None
            else "bạn không có quyền chuyển dự án sang địa bàn này",
            "you may not add a project located there" if project is None else "you may not move the project there",
            rule="scope",
        )


def _documents(row: _Row, ctx: _Context, result: SheetResult) -> None:
    project = _project(row)
    issued_on = row.date("issued_on")
    url = row.url("url")
    if project is not None and not ctx.may_change(project):
        row.problem("project", "bạn không có quyền sửa dự án này", "you may not change this project", rule="scope")
    row.fit(LegalDocument, {c: (c, row.text(c)) for c in ("title", "number", "issuer", "signer")})
    if row.problems or project is None:
        return
    doc = LegalDocument.objects.filter(project=project, number=row.text("number"), title=row.text("title")).first()
    values = {
        "issued_on": issued_on,
        "issuer": row.text("issuer"),
        "signer": row.text("signer"),
        "url": url,
    }
    _save(
        doc or LegalDocument(project=project, number=row.text("number"), title=row.text("title")),
        values,
        result,
        created=doc is None,
    )


def _day(day: dt.date | None) -> str:
    return f"{day:%d/%m/%Y}" if day else "—"


def _milestones(row: _Row, ctx: _Context, result: SheetResult) -> None:
    project = _project(row)
    stage = row.choice("stage", Stage)
    planned_on, actual_on = row.date("planned_on"), row.date("actual_on")
    achieved = is_yes(row.text("achieved")) or actual_on is not None
    if stage == Stage.OTHER and not row.text("label"):
        row.problem("label", "mốc “other” cần tên", "an “other” milestone needs a label")
    row.fit(Milestone, {"label": ("label", row.text("label"))})
    row.fit_source()
    if project is not None and not ctx.may_change(project):
        row.problem("project", "bạn không có quyền sửa dự án này", "you may not change this project", rule="scope")
    if row.problems or project is None or stage is None:
        return
    found = Milestone.objects.select_for_update().filter(project=project, stage=stage)
    if stage == Stage.OTHER:
        found = found.filter(label=row.text("label"))
    milestone = found.first()
    sent = row.number("version", decimal_point=True)
    if milestone is not None and sent is not None and sent != milestone.version:
        now = f"{_day(milestone.planned_on)} / {_day(milestone.actual_on)}"
        row.problem(
            "version",
            f"mốc này đã được sửa sau khi tệp được lập (phiên bản {sent} → {milestone.version}; nay kế hoạch / "
            f"thực tế: {now}); tải lại dữ liệu rồi sửa",
            f"this milestone was changed after the file was made (version {sent} → {milestone.version}; now "
            f"planned / actual: {now}); download it again and edit",
            rule="version",
        )
        return
    values = {
        "label": row.text("label"),
        "planned_on": planned_on,
        "actual_on": actual_on,
        "achieved": achieved,
        "note": row.text("note"),
        "source": _source(row),
    }
    _save(milestone or Milestone(project=project, stage=stage), values, result, created=milestone is None)


def _obstacles(row: _Row, ctx: _Context, result: SheetResult) -> None:
    project = _project(row)
    category = row.choice("category", ObstacleCategory)
    agency = Agency.objects.filter(name=row.text("agency")).first()
    if agency is None:
        row.problem(
            "agency", "không có cơ quan này (thêm ở trang agencies)", "no such agency (add it on the agencies sheet)"
        )
    raised_on = row.date("raised_on")
    deadline = row.date("deadline")
    basis = row.choice("deadline_basis", DeadlineBasis, default=DeadlineBasis.WORKING)
    level = row.choice("escalation_level", EscalationLevel, default=EscalationLevel.DEPARTMENT)
    days = row.number("response_days", decimal_point=True)
    if days is not None and (days < 0 or days != days.to_integral_value() or days > MAX_RESPONSE_DAYS):
        row.problem(
            "response_days",
            f"số ngày là số nguyên từ 0 đến {MAX_RESPONSE_DAYS}",
            f"days must be a whole number from 0 to {MAX_RESPONSE_DAYS}",
        )
    row.fit_source()
    if project is not None and not ctx.may_change(project):
        row.problem("project", "bạn không có quyền sửa dự án này", "you may not change this project", rule="scope")
    if row.problems or project is None or agency is None or raised_on is None or category is None:
        return
    description = row.text("description")
    existing = Obstacle.objects.filter(project=project, description=description, raised_on=raised_on).first()
    if existing is not None:
        same = existing.agency_id == agency.pk and existing.category == category
        if same:
            result.unchanged += 1
        else:
            row.problem(
                "description",
                "vướng mắc này đã có với cơ quan/nhóm khác; sửa trên bảng theo dõi",
                "this obstacle exists with another agency or category; change it on the board",
            )
        return
    try:
        create_obstacle(
            project=project,
            description=description,
            category=category,
            agency=agency,
            raised_on=raised_on,
            by=None,
            requested_action=row.text("requested_action"),
            response_days=int(days) if days is not None else None,
            deadline_basis=basis or DeadlineBasis.WORKING,
            deadline=deadline,
            escalation_level=level or EscalationLevel.DEPARTMENT,
            source=_source(row),
        )
    except InputError as exc:  # an ObstacleError, or a deadline beyond the calendar
        row.problem("response_days" if exc.field == "days" else exc.field, exc.vi, exc.en)
        return
    result.created += 1


HANDLERS: dict[str, Callable[[_Row, _Context, SheetResult], None]] = {
    "agencies": _agencies,
    "projects": _projects,
    "documents": _documents,
    "milestones": _milestones,
    "obstacles": _obstacles,
}


def _run_sheet(name: str, table: Table, ctx: _Context, result: ProjectImportResult) -> None:
    required, optional = SHEETS[name]
    sheet = result.sheets.setdefault(name, SheetResult())
    col = {c: i for i, c in enumerate(table.header) if c}
    missing = [c for c in required if c not in col]
    if missing:
        result.errors.append(
            RowProblem(1, f"{name}.{', '.join(missing)}", "", "thiếu cột bắt buộc", "required column missing")
        )
        return
    for c in col:
        if c not in required and c not in optional:
            result.warnings.append(
                RowProblem(1, f"{name}.{c}", "", "cột không dùng, bỏ qua", "unknown column, ignored", "warning")
            )
    for index, raw in enumerate(table.rows):
        if not any(text_of(c) for c in raw):
            continue
        sheet.rows += 1
        row = _Row(name, index + 2, {c: raw[i] if i < len(raw) else "" for c, i in col.items()})
        for c in required:
            if not row.text(c):
                row.problem(c, "thiếu giá trị bắt buộc", "required value missing")
        if not row.problems:
            HANDLERS[name](row, ctx, sheet)
        result.errors.extend(row.problems)


def import_project_tables(
    tables: dict[str, Table],
    *,
    user: Any = None,
    dry_run: bool = False,
    check_scope: bool = False,
    decimal_point: bool = False,
) -> ProjectImportResult:
    """Import the given sheets (any of `agencies`, `projects`, `documents`, `milestones`,
    `obstacles`) in that order, all or nothing. `check_scope` limits rows to projects `user`
    may change (web and API uploads); the operator's command line and first-start load skip it."""
    result = ProjectImportResult(dry_run=dry_run)
    ctx = _Context(user=user, check_scope=check_scope, decimal_point=decimal_point)
    actor = user if user is not None and getattr(user, "is_authenticated", False) else None
    with transaction.atomic(), set_actor(actor):
        for name in ORDER:
            if name in tables:
                _run_sheet(name, tables[name], ctx, result)
        if result.errors or dry_run:
            transaction.set_rollback(True)
        else:
            result.saved = True
    return result


def import_project_workbook(
    data: bytes, filename: str, *, user: Any = None, dry_run: bool = False, check_scope: bool = False
) -> ProjectImportResult:
    """An uploaded XLSX with sheets named like `SHEETS` (a CSV is read as its file name's sheet)."""
    try:
        return _import_workbook(data, filename, user=user, dry_run=dry_run, check_scope=check_scope)
    except CellError as exc:  # a damaged, hostile or unsupported file is a problem in the result, not a 500
        result = ProjectImportResult(dry_run=dry_run)
        result.errors.append(RowProblem(1, "file", filename, exc.vi, exc.en))
        return result


def _import_workbook(data: bytes, filename: str, *, user: Any, dry_run: bool, check_scope: bool) -> ProjectImportResult:
    tables: dict[str, Table] = {}
    if filename.lower().endswith((".csv", ".txt")):
        stem = filename.rsplit("/", 1)[-1].rsplit(".", 1)[0].lower()
        if stem not in SHEETS:
            result = ProjectImportResult(dry_run=dry_run)
            result.errors.append(
                RowProblem(
                    1,
                    "file",
                    filename,
                    f"tên tệp CSV phải là một trong: {', '.join(ORDER)}",
                    f"the CSV file name must be one of: {', '.join(ORDER)}",
                )
            )
            return result
        tables[stem] = read_table(data, filename)
    else:
        every = read_tables(data, filename)
        names = list(every)
        tables = {name.strip().lower(): table for name, table in every.items() if name.strip().lower() in SHEETS}
        if not tables:
            result = ProjectImportResult(dry_run=dry_run)
            result.errors.append(
                RowProblem(
                    1,
                    "sheet",
                    ", ".join(names),
                    f"cần trang tính: {', '.join(ORDER)}",
                    f"expected sheets named: {', '.join(ORDER)}",
                )
            )
            return result
    return import_project_tables(tables, user=user, dry_run=dry_run, check_scope=check_scope)
