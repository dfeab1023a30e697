"""Forms 01 and 02 of Circular 14/2024: checked field by field, refused whole with every problem
(Vietnamese and English), or stored.

A re-submission for the same cluster (or tenant) and window replaces the stored report in place;
django-auditlog records every changed field with who and when, so a correction before the deadline
leaves a trail and the form keeps one row per window (the model's constraint).
"""

from __future__ import annotations

import datetime as dt
import enum
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from typing import Any, Literal

from django.contrib.auth.models import AbstractBaseUser, AnonymousUser
from django.db import IntegrityError, OperationalError, models, transaction
from django.utils import timezone

from provind import errors
from provind.accounts.permissions import may_change
from provind.approvals.models import ApprovalState, DataSetKind
from provind.approvals.services import DataSetLocked, ensure_open, locked_summary_forms
from provind.clusters.calculations import OCCUPANCY_TOLERANCE, occupancy_pct, tenant_land
from provind.clusters.circular14.wording import FORM01_FIELDS, FORM02_FIELDS, FormField
from provind.clusters.models import Form01Report, Form02Report, IndustrialCluster, Tenant, TenantStatus
from provind.clusters.territory import lying_in
from provind.clusters.windows import ReportingWindow
from provind.dataio.cells import CellError, parse_number, text_of
from provind.errors import BilingualMessage, ProvindError
from provind.lib.numbers import plain

User = AbstractBaseUser | AnonymousUser

# A reported occupancy further than this from the recomputed one is flagged (percentage points).
# Reported % this close to item 4 ÷ item 3 means it was computed on ready land, not industrial land.
READY_LAND_TOLERANCE = Decimal("0.1")
HUNDREDTH = Decimal("0.01")


# ---------------------------------------------------------------------------------------------
# Problems and rejections


@dataclass(frozen=True)
class Problem(BilingualMessage):
    field: str  # a form field name ("land_leased_ha"), "user", "window" or "cluster"
    vi: str
    en: str
    severity: Literal["error", "warning"] = "error"

    def as_text(self) -> str:
        return f"{self.field}: {self.vi} / {self.en}"


class FormRejected(ProvindError, ValueError):
    """Nothing was saved: every problem found, each in Vietnamese and English."""

    code = "rejected"

    def __init__(self, problems: Sequence[Problem]) -> None:
        self.problems = [p for p in problems if p.severity == "error"]
        self.warnings = [p for p in problems if p.severity == "warning"]
        super().__init__(
            "; ".join(f"{p.field}: {p.vi}" for p in self.problems),
            "; ".join(f"{p.field}: {p.en}" for p in self.problems),
        )

    def text(self) -> str:
        return "; ".join(p.as_text() for p in self.problems)


class NotAllowed(errors.NotAllowed):
    """The user is not scoped to this cluster or tenant (a 403 in views)."""


_TRUE_WORDS = {"1", "true", "yes", "có", "co", "x", "đã", "đạt"}
_FALSE_WORDS = {"0", "false", "no", "không", "khong", "chưa", "không đạt"}


def _parse_value(spec: FormField, raw: object) -> tuple[Decimal | int | bool | None, Problem | None]:
    """One field's value, or the problem with it (values may be numbers, text or booleans)."""
    label = f"{spec.number}. "
    if raw is None or (isinstance(raw, str) and not raw.strip()):
        return None, Problem(spec.name, f"{label}thiếu giá trị", f"{label}value is missing")
    if spec.kind == "flag":
        if isinstance(raw, bool):
            return raw, None
        word = text_of(raw).casefold()
        if word in _TRUE_WORDS:
            return True, None
        if word in _FALSE_WORDS:
            return False, None
        return None, Problem(
            spec.name, f"{label}“{word}” phải là 1 hoặc 0", f"{label}“{word}” must be 1 (yes) or 0 (no)"
        )
    try:
        number = parse_number(raw)
    except CellError as exc:
        return None, Problem(spec.name, f"{label}{exc.vi}", f"{label}{exc.en}")
    if not number.is_finite():
        return None, Problem(spec.name, f"{label}không phải số", f"{label}not a number")
    if number < 0:
        return None, Problem(spec.name, f"{label}không được âm ({number})", f"{label}must not be negative ({number})")
    if spec.kind == "count":
        if number != number.to_integral_value():
            return None, Problem(
                spec.name, f"{label}phải là số nguyên ({number})", f"{label}must be a whole number ({number})"
            )
        return int(number), None
    return number, None


def _parse_all(
    fields: Sequence[FormField], data: Mapping[str, Any], model: type[models.Model]
) -> tuple[dict[str, Any], list[Problem]]:
    values: dict[str, Any] = {}
    problems: list[Problem] = []
    for spec in fields:
        value, problem = _parse_value(spec, data.get(spec.name))
        if problem is None and isinstance(value, Decimal):
            problem = _fits(spec, value, model._meta.get_field(spec.name))
        if problem is not None:
            problems.append(problem)
        else:
            values[spec.name] = value
    return values, problems


def _fits(spec: FormField, value: Decimal, model_field: Any) -> Problem | None:
    """A value the column can hold exactly: the database must not round or refuse it later."""
    places = max(0, -int(value.as_tuple().exponent))
    whole = len(str(abs(int(value)))) if abs(value) >= 1 else 0
    if places > model_field.decimal_places or whole > model_field.max_digits - model_field.decimal_places:
        return Problem(
            spec.name,
            f"{spec.number}. {value} quá lớn hoặc quá nhiều chữ số thập phân (tối đa {model_field.decimal_places})",
            f"{spec.number}. {value} is too large or has too many decimals (at most {model_field.decimal_places})",
        )
    return None


def _fmt(value: Decimal | None) -> str:
    return plain(None if value is None else value.quantize(HUNDREDTH, ROUND_HALF_UP))


def _window_problems(window: ReportingWindow, today: dt.date) -> list[Problem]:
    if window.start > today:
        return [
            Problem(
                "window",
                f"kỳ báo cáo {window.code} chưa bắt đầu (từ {window.start:%d/%m/%Y})",
                f"the reporting window {window.code} has not started (from {window.start.isoformat()})",
            )
        ]
    return []


# ---------------------------------------------------------------------------------------------
# Form 02


def approved_land_ha(cluster: IndustrialCluster) -> Decimal:
    """Land of projects with investment approval, not yet leased (counted in occupancy)."""
    return tenant_land(cluster.tenants.all())[1]


def recompute_occupancy(*, cluster: IndustrialCluster, land_leased_ha: Decimal) -> Decimal | None:
    """Decree 32 Art. 2 on the reported leased land: (item 4 + approved land) ÷ industrial land."""
    pct = occupancy_pct(
        leased_ha=land_leased_ha, approved_ha=approved_land_ha(cluster), industrial_land_ha=cluster.industrial_land_ha
    )
    return None if pct is None else pct.quantize(HUNDREDTH, ROUND_HALF_UP)


def occupancy_flags(
    *, reported_pct: Decimal, recomputed_pct: Decimal | None, land_ready_ha: Decimal, land_leased_ha: Decimal
) -> list[Problem]:
    """Warnings about the occupancy an investor reported (item 5); saved, but shown."""
    if recomputed_pct is None:
        return [
            Problem(
                "occupancy_pct",
                "không tính lại được tỷ lệ lấp đầy: chưa có diện tích đất công nghiệp của cụm trong sổ",
                "the occupancy cannot be recomputed: the cluster's industrial land is not in the registry",
                "warning",
            )
        ]
    if abs(reported_pct - recomputed_pct) <= OCCUPANCY_TOLERANCE:
        return []
    vi = (
        f"5. tỷ lệ lấp đầy báo cáo {_fmt(reported_pct)}% khác giá trị tính lại {_fmt(recomputed_pct)}% "
        "((đất đã cho thuê + đất của dự án đã được chấp thuận) ÷ đất công nghiệp, Nghị định 32 Điều 2)"
    )
    en = (
        f"5. the reported occupancy {_fmt(reported_pct)}% differs from the recomputed {_fmt(recomputed_pct)}% "
        "((leased + approved land) ÷ industrial land, Decree 32 Art. 2)"
    )
    if land_ready_ha > 0:
        on_ready = land_leased_ha / land_ready_ha * 100
        if abs(reported_pct - on_ready) <= READY_LAND_TOLERANCE:
            vi += "; có vẻ đã tính trên đất đã xây dựng hạ tầng (mục 3) thay vì toàn bộ đất công nghiệp"
            en += "; it seems computed on land with completed infrastructure (item 3) instead of all industrial land"
    return [Problem("occupancy_pct", vi, en, "warning")]


def form02_flags(report: Form02Report) -> list[Problem]:
    """The warnings of a stored Form 02 (occupancy mismatch, paid above total), for its page."""
    flags = occupancy_flags(
        reported_pct=report.occupancy_pct,
        recomputed_pct=report.occupancy_recomputed_pct,
        land_ready_ha=report.land_ready_ha,
        land_leased_ha=report.land_leased_ha,
    )
    return flags + _paid_warning(report.total_investment_bn, report.paid_investment_bn)


def _paid_warning(total: Decimal, paid: Decimal) -> list[Problem]:
    if paid <= total:
        return []
    return [
        Problem(
            "paid_investment_bn",
            f"2. vốn đã đầu tư ({_fmt(paid)} tỷ đồng) lớn hơn tổng mức đầu tư được duyệt ({_fmt(total)} tỷ đồng)",
            f"2. capital paid ({_fmt(paid)} bn VND) exceeds the approved total ({_fmt(total)} bn VND)",
            "warning",
        )
    ]


@dataclass
class Form02Check:
    values: dict[str, Any]
    problems: list[Problem] = field(default_factory=list)  # errors and warnings
    occupancy_recomputed_pct: Decimal | None = None

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "error"]

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "warning"]

    @property
    def ok(self) -> bool:
        return not self.errors


def check_form02(
    *, cluster: IndustrialCluster, window: ReportingWindow, data: Mapping[str, Any], today: dt.date | None = None
) -> Form02Check:
    """Every problem of a Form 02 (nothing is saved): errors refuse it, warnings are kept with it."""
    values, problems = _parse_all(FORM02_FIELDS, data, Form02Report)
    problems += _window_problems(window, today or timezone.localdate())

    def known(name: str) -> Any:
        return values.get(name)

    leased, ready = known("land_leased_ha"), known("land_ready_ha")
    industrial, established = cluster.industrial_land_ha, cluster.established_area_ha
    if leased is not None and industrial is not None and leased > industrial:
        problems.append(
            Problem(
                "land_leased_ha",
                f"4. đất đã cho thuê ({_fmt(leased)} ha) lớn hơn diện tích đất công nghiệp của cụm "
                f"({_fmt(industrial)} ha, theo quy hoạch chi tiết)",
                f"4. leased land ({_fmt(leased)} ha) exceeds the cluster's industrial land "
                f"({_fmt(industrial)} ha, per the detailed plan)",
            )
        )
    if leased is not None and established is not None and leased > established:
        problems.append(
            Problem(
                "land_leased_ha",
                f"4. đất đã cho thuê ({_fmt(leased)} ha) lớn hơn diện tích thành lập cụm ({_fmt(established)} ha)",
                f"4. leased land ({_fmt(leased)} ha) exceeds the cluster's established area ({_fmt(established)} ha)",
            )
        )
    if ready is not None and industrial is not None and ready > industrial:
        problems.append(
            Problem(
                "land_ready_ha",
                f"3. đất đã xây dựng hạ tầng ({_fmt(ready)} ha) lớn hơn diện tích đất công nghiệp của cụm "
                f"({_fmt(industrial)} ha)",
                f"3. land with completed infrastructure ({_fmt(ready)} ha) exceeds the cluster's industrial land "
                f"({_fmt(industrial)} ha)",
            )
        )
    if industrial is not None and established is not None and industrial > established:
        problems.append(
            Problem(
                "cluster",
                f"sổ cụm công nghiệp sai: đất công nghiệp ({_fmt(industrial)} ha) lớn hơn diện tích thành lập "
                f"({_fmt(established)} ha); Sở Công Thương cần sửa trước khi nhận báo cáo",
                f"the cluster registry is inconsistent: industrial land ({_fmt(industrial)} ha) exceeds the "
                f"established area ({_fmt(established)} ha); the Department must correct it first",
            )
        )
    projects = known("projects")
    for name, number, what_vi, what_en in (
        ("projects_foreign", 7, "dự án có vốn nước ngoài", "foreign-invested projects"),
        ("projects_operating", 8, "dự án đang hoạt động", "operating projects"),
    ):
        part = known(name)
        if part is not None and projects is not None and part > projects:
            problems.append(
                Problem(
                    name,
                    f"{number}. số {what_vi} ({part}) lớn hơn tổng số dự án (mục 6: {projects})",
                    f"{number}. {what_en} ({part}) exceed all projects (item 6: {projects})",
                )
            )
    if known("wastewater_meets_standard") is True and known("wastewater_built") is False:
        problems.append(
            Problem(
                "wastewater_meets_standard",
                "14. không thể “đạt tiêu chuẩn” khi mục 13 ghi chưa đầu tư hệ thống xử lý nước thải (0)",
                "14. the plant cannot “meet standards” when item 13 says none is built or under construction (0)",
            )
        )
    total, paid = known("total_investment_bn"), known("paid_investment_bn")
    if total is not None and paid is not None:
        problems += _paid_warning(total, paid)

    check = Form02Check(values=values, problems=problems)
    if leased is not None:
        check.occupancy_recomputed_pct = recompute_occupancy(cluster=cluster, land_leased_ha=leased)
        reported = known("occupancy_pct")
        if reported is not None:
            check.problems += occupancy_flags(
                reported_pct=reported,
                recomputed_pct=check.occupancy_recomputed_pct,
                land_ready_ha=ready if ready is not None else Decimal(0),
                land_leased_ha=leased,
            )
    return check


def require_cluster_scope(user: User, cluster: IndustrialCluster) -> None:
    if not may_change(user, cluster):
        raise NotAllowed(
            f"bạn không được giao báo cáo cho cụm công nghiệp “{cluster.name}”",
            f"you are not assigned to report for the industrial cluster “{cluster.name}”",
        )


class Replace(enum.Enum):
    """`based_on=ANY`: replace whatever report is stored (programs that mean to overwrite)."""

    ANY = "any"


ANY = Replace.ANY
BasedOn = int | None | Replace  # the version the filer saw; None: the filer saw no report


class FormStale(FormRejected):
    """Someone else filed (or replaced) the report since this filer looked: nothing was saved;
    the problems list the fields whose stored value differs from this filing."""

    def __init__(self, problems: Sequence[Problem], current: Form01Report | Form02Report) -> None:
        self.current = current
        super().__init__(problems)


def _stale_problems(
    current: Form01Report | Form02Report, values: Mapping[str, Any], fields: Sequence[FormField]
) -> list[Problem]:
    who = str(current.submitted_by) if current.submitted_by_id else "?"
    when = timezone.localtime(current.submitted_at).strftime("%d/%m/%Y %H:%M") if current.submitted_at else "?"
    problems = [
        Problem(
            "version",
            f"báo cáo kỳ {current.window} đã được {who} gửi lúc {when} (phiên bản {current.version}); "
            "không lưu bản của bạn, hãy xem lại các mục khác nhau rồi gửi lại",
            f"the {current.window} report was filed by {who} at {when} (version {current.version}); yours was not "
            "saved: review the items that differ and file again",
        )
    ]
    for spec in fields:
        stored, mine = getattr(current, spec.name), values.get(spec.name)
        if stored != mine:
            problems.append(
                Problem(
                    spec.name,
                    f"{spec.number}. đã lưu: {stored}; bạn gửi: {mine}",
                    f"{spec.number}. stored: {stored}; yours: {mine}",
                )
            )
    return problems


def _ensure_not_approved(model: type[Form01Report | Form02Report], key: dict[str, Any]) -> None:
    """An approved or published window of the cluster's Forms 01/02 takes no filing (approvals)."""
    cluster = key["cluster"] if "cluster" in key else key["tenant"].cluster
    kind = DataSetKind.FORM02 if model is Form02Report else DataSetKind.FORM01
    try:
        ensure_open(kind, cluster=cluster, period=key["window"])
    except DataSetLocked as exc:
        raise FormRejected([Problem("window", exc.vi, exc.en)]) from exc
    # A Form 03/04 approved for the window sums this cluster's reports: a late filing would
    # quietly change a form already signed (and perhaps published).
    for record in locked_summary_forms(key["window"]):
        if lying_in(record.unit, [cluster]):
            form = "03" if record.kind == DataSetKind.FORM03 else "04"
            state_vi = "đã công bố" if record.state == ApprovalState.PUBLISHED else "đã duyệt"
            raise FormRejected(
                [
                    Problem(
                        "window",
                        f"Biểu {form} của {record.unit.name} kỳ {record.period} {state_vi} và đã tổng hợp số liệu "
                        "của cụm này; không nhận báo cáo mới cho kỳ này cho đến khi quản trị hủy duyệt biểu đó",
                        f"Form {form} of {record.unit.name} for window {record.period} is {record.state} and sums "
                        "this cluster's reports; no filing for this window until an administrator un-approves it",
                    )
                ]
            )


def _store[R: (Form01Report, Form02Report)](
    model: type[R],
    key: dict[str, Any],
    values: Mapping[str, Any],
    user: User,
    based_on: BasedOn,
    fields: Sequence[FormField],
) -> R:
    """Create the window's report or replace the one filed before (the audit log keeps the old
    values), in one transaction with the row locked. A filing based on an older version (or on
    none, while one exists) is refused with what changed: two filers never overwrite each other
    silently; two first filings at once hit the unique constraint and the second is refused."""

    def stale(current: R) -> FormStale:
        return FormStale(_stale_problems(current, values, fields), current)

    # SQLite has no row locks: a concurrent writer makes it answer "database … is locked". The
    # other filing is then being saved; wait for it and look again (it is seen as stale then).
    for attempt in range(_LOCK_RETRIES):
        try:
            return _store_once(model, key, values, user, based_on, stale)
        except OperationalError as exc:
            if "locked" not in str(exc) or attempt == _LOCK_RETRIES - 1:
                raise
            time.sleep(_LOCK_WAIT_S)
    raise AssertionError("unreachable")


_LOCK_RETRIES = 100
_LOCK_WAIT_S = 0.05


def _store_once[R: (Form01Report, Form02Report)](
    model: type[R], key: dict[str, Any], values: Mapping[str, Any], user: User, based_on: BasedOn, stale: Any
) -> R:
    try:
        with transaction.atomic():
            _ensure_not_approved(model, key)
            report = model.objects.select_for_update().filter(**key).first()
            if report is None:
                report = model(**key)
            elif based_on is not ANY and based_on != report.version:
                raise stale(report)
            else:
                report.version += 1
            for name, value in values.items():
                setattr(report, name, value)
            report.submitted_by = user if user.is_authenticated else None  # type: ignore[assignment]
            if report.pk is not None:
                report.submitted_at = timezone.now()
            report.save()
    except IntegrityError:
        current = model.objects.filter(**key).first()
        if current is None:
            raise
        if based_on is ANY:  # the other first filing won the race; replace it as asked
            return _store_once(model, key, values, user, current.version, stale)
        raise stale(current) from None
    return report


def submit_form02(
    *,
    cluster: IndustrialCluster,
    window: ReportingWindow,
    data: Mapping[str, Any],
    user: User,
    today: dt.date | None = None,
    based_on: BasedOn = None,
) -> Form02Report:
    """Check and store the investor's Form 02. Raises NotAllowed (not scoped) or FormRejected
    (nothing saved). `based_on` is the version the filer saw: None (the default) files the
    window's first report and is refused, showing what is stored, when one exists; the version
    shown replaces that report (audited); ANY replaces whatever is stored (programs that mean to)."""
    require_cluster_scope(user, cluster)
    check = check_form02(cluster=cluster, window=window, data=data, today=today)
    if not check.ok:
        raise FormRejected(check.problems)
    values = {**check.values, "occupancy_recomputed_pct": check.occupancy_recomputed_pct}
    return _store(Form02Report, {"cluster": cluster, "window": window.code}, values, user, based_on, FORM02_FIELDS)


# ---------------------------------------------------------------------------------------------
# Form 01


def may_report_for_tenant(user: User, tenant: Tenant) -> bool:
    """The tenant's own account, a user scoped to the tenant, or one who may change its cluster."""
    if not user.is_authenticated or not user.is_active:
        return False
    if tenant.user_id is not None and tenant.user_id == user.pk:
        return True
    return may_change(user, tenant) or may_change(user, tenant.cluster)


def check_form01(
    *, tenant: Tenant, window: ReportingWindow, data: Mapping[str, Any], today: dt.date | None = None
) -> tuple[dict[str, Any], list[Problem]]:
    values, problems = _parse_all(FORM01_FIELDS, data, Form01Report)
    problems += _window_problems(window, today or timezone.localdate())
    if tenant.status == TenantStatus.REVOKED:
        problems.append(
            Problem(
                "tenant",
                f"dự án “{tenant.enterprise}” đã bị thu hồi, không nhận báo cáo",
                f"the project “{tenant.enterprise}” is revoked; no report is accepted",
            )
        )
    return values, problems


def submit_form01(
    *,
    tenant: Tenant,
    window: ReportingWindow,
    data: Mapping[str, Any],
    user: User,
    today: dt.date | None = None,
    based_on: BasedOn = None,
) -> Form01Report:
    """Check and store a tenant's Form 01 (same rules as Form 02: all or nothing, replace audited)."""
    if not may_report_for_tenant(user, tenant):
        raise NotAllowed(
            f"bạn không được giao báo cáo cho dự án “{tenant.enterprise}”",
            f"you are not assigned to report for the project “{tenant.enterprise}”",
        )
    values, problems = check_form01(tenant=tenant, window=window, data=data, today=today)
    if any(p.severity == "error" for p in problems):
        raise FormRejected(problems)
    return _store(Form01Report, {"tenant": tenant, "window": window.code}, values, user, based_on, FORM01_FIELDS)
