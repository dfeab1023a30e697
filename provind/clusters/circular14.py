"""Circular 14/2024 reporting: Forms 01 and 02 submitted and checked, Forms 03 and 04 computed.

Forms 03 and 04 are never typed in: every item is computed from the registry (lifecycle events,
areas, tenants) and the Form 01/02 reports of the window, and each number keeps the clusters
behind it so that a page can show where it comes from.

Choices made here (see also the notes carried by each item):
- A re-submission for the same cluster (or tenant) and window replaces the stored report in
  place; django-auditlog records every changed field with who and when, so a correction before
  the deadline leaves a trail and the form keeps one row per window (the model's constraint).
- "Investor is an enterprise" (items 7–8): `Organisation` has no legal-form field, so an investor
  whose name reads as a public body (Ban quản lý…, UBND…, Trung tâm…) is not counted.
- Areas of clusters (items 4–16) are the established area; a cluster operating without an
  establishment decision has none, so its area in the plan in force is used and the note says so.
- Item 19 is the occupancy of all operating clusters together (Σ leased + approved ÷ Σ industrial
  land, Decree 32 Art. 2), which weighs each cluster by its size.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from typing import Any, Literal

from django.contrib.auth.models import AbstractBaseUser, AnonymousUser
from django.core.exceptions import PermissionDenied
from django.db import models, transaction
from django.db.models import F, Q
from django.utils import timezone

from provind.accounts.permissions import may_change
from provind.approvals.models import DataSetKind
from provind.approvals.services import DataSetLocked, ensure_open
from provind.clusters.calculations import LAND_HOLDING, OCCUPANCY_TOLERANCE, occupancy_pct, tenant_land
from provind.clusters.models import (
    EventKind,
    Form01Report,
    Form02Report,
    IndustrialCluster,
    PlanEntry,
    PlanVersion,
    Tenant,
    TenantStatus,
    Wastewater,
)
from provind.clusters.windows import ReportingWindow
from provind.dataio.cells import CellError, parse_number, text_of
from provind.geography.models import REFORM_DATE, AdminUnit, UnitCrosswalk
from provind.geography.queries import province_of

FormCode = Literal["01", "02", "03", "04"]
User = AbstractBaseUser | AnonymousUser

# A reported occupancy further than this from the recomputed one is flagged (percentage points).
# Reported % this close to item 4 ÷ item 3 means it was computed on ready land, not industrial land.
READY_LAND_TOLERANCE = Decimal("0.1")
HUNDREDTH = Decimal("0.01")

# Tenants holding land (item 6 of Form 02 / item 20 of Forms 03–04) and tenants owing Form 01.
REPORTING_TENANTS = (TenantStatus.LEASED, TenantStatus.OPERATING)
PUBLIC_BODY_PREFIXES = ("ban quản lý", "bql", "ubnd", "ủy ban nhân dân", "uỷ ban nhân dân", "trung tâm")


# ---------------------------------------------------------------------------------------------
# Problems and rejections


@dataclass(frozen=True)
class Problem:
    field: str  # a form field name ("land_leased_ha"), "user", "window" or "cluster"
    vi: str
    en: str
    severity: Literal["error", "warning"] = "error"

    def as_text(self) -> str:
        return f"{self.field}: {self.vi} / {self.en}"


class FormRejected(ValueError):
    """Nothing was saved: every problem found, each in Vietnamese and English."""

    def __init__(self, problems: Sequence[Problem]) -> None:
        self.problems = [p for p in problems if p.severity == "error"]
        self.warnings = [p for p in problems if p.severity == "warning"]
        super().__init__("; ".join(p.as_text() for p in self.problems))


class NotAllowed(PermissionDenied):
    """The user is not scoped to this cluster or tenant (a 403 in views)."""

    def __init__(self, vi: str, en: str) -> None:
        self.vi, self.en = vi, en
        super().__init__(f"{vi} / {en}")


# ---------------------------------------------------------------------------------------------
# Form fields (shared by the web form, the XLSX template and its import)


@dataclass(frozen=True)
class FormField:
    number: int
    name: str  # the model field
    label_vi: str
    label_en: str
    unit_vi: str
    unit_en: str
    kind: Literal["decimal", "count", "flag"]


FORM01_FIELDS: tuple[FormField, ...] = (
    FormField(1, "revenue_bn", "Doanh thu của dự án trong kỳ báo cáo", "Project revenue in the period",
              "Tỷ đồng", "bn VND", "decimal"),
    FormField(2, "budget_paid_bn", "Số nộp ngân sách nhà nước của dự án trong kỳ báo cáo",
              "Payments to the state budget in the period", "Tỷ đồng", "bn VND", "decimal"),
    FormField(3, "workers", "Tổng số lao động (có hợp đồng lao động) làm việc tại dự án trong kỳ báo cáo",
              "Workers with labour contracts at the project in the period", "Người", "persons", "count"),
    FormField(4, "average_income_mn", "Thu nhập bình quân người lao động của dự án trong kỳ báo cáo",
              "Average worker income in the period", "Triệu đồng/người/tháng", "million VND/person/month",
              "decimal"),
)  # fmt: skip

FORM02_FIELDS: tuple[FormField, ...] = (
    FormField(1, "total_investment_bn", "Tổng mức đầu tư xây dựng hạ tầng kỹ thuật theo dự án đã được duyệt",
              "Total infrastructure investment in the approved project", "Tỷ đồng", "bn VND", "decimal"),
    FormField(2, "paid_investment_bn",
              "Tổng vốn đã đầu tư xây dựng hạ tầng kỹ thuật (tổng vốn lũy kế đã thanh toán)",
              "Infrastructure capital invested so far (cumulative amount paid)", "Tỷ đồng", "bn VND", "decimal"),
    FormField(3, "land_ready_ha",
              "Diện tích đất công nghiệp của dự án đã xây dựng hạ tầng kỹ thuật (đủ điều kiện cho thuê)",
              "Industrial land with completed infrastructure (ready to lease)", "ha", "ha", "decimal"),
    FormField(4, "land_leased_ha", "Diện tích đất công nghiệp của dự án đã cho thuê", "Industrial land leased",
              "ha", "ha", "decimal"),
    FormField(5, "occupancy_pct", "Tỉ lệ lấp đầy của cụm công nghiệp", "Cluster occupancy rate", "%", "%",
              "decimal"),
    FormField(6, "projects", "Tổng số dự án đầu tư sản xuất kinh doanh đã thuê đất trong cụm công nghiệp",
              "Production projects that have leased land in the cluster", "Dự án", "projects", "count"),
    FormField(7, "projects_foreign", "Số dự án đầu tư sản xuất kinh doanh có vốn đầu tư nước ngoài",
              "Of which foreign-invested", "Dự án", "projects", "count"),
    FormField(8, "projects_operating",
              "Số dự án đầu tư sản xuất kinh doanh đang hoạt động trong cụm công nghiệp",
              "Production projects operating", "Dự án", "projects", "count"),
    FormField(9, "revenue_bn",
              "Doanh thu của dự án đầu tư xây dựng hạ tầng kỹ thuật cụm công nghiệp trong kỳ báo cáo",
              "Revenue of the infrastructure project in the period", "Tỷ đồng", "bn VND", "decimal"),
    FormField(10, "budget_paid_bn",
              "Số nộp Ngân sách nhà nước của dự án đầu tư xây dựng hạ tầng kỹ thuật cụm công nghiệp trong kỳ "
              "báo cáo", "State-budget payments of the infrastructure project in the period", "Tỷ đồng", "bn VND",
              "decimal"),
    FormField(11, "workers",
              "Tổng số lao động (có hợp đồng lao động) làm việc tại dự án đầu tư xây dựng hạ tầng kỹ thuật cụm "
              "công nghiệp", "Workers with labour contracts at the infrastructure project", "Người", "persons",
              "count"),
    FormField(12, "average_income_mn",
              "Thu nhập bình quân người lao động của dự án đầu tư xây dựng hạ tầng kỹ thuật cụm công nghiệp "
              "trong kỳ báo cáo", "Average income of those workers in the period", "Triệu đồng/người/tháng",
              "million VND/person/month", "decimal"),
    FormField(13, "wastewater_built",
              "Cụm công nghiệp đã hoặc đang đầu tư hệ thống xử lý nước thải tập trung (đã hoặc đang đầu tư "
              "ghi 1, chưa đầu tư ghi 0)", "Central wastewater plant built or under construction (1/0)",
              "Công trình", "plant", "flag"),
    FormField(14, "wastewater_meets_standard",
              "Cụm công nghiệp có hệ thống xử lý nước thải tập trung đạt tiêu chuẩn môi trường (có ghi 1, "
              "không ghi 0)", "Central wastewater plant meets environmental standards (1/0)", "Công trình",
              "plant", "flag"),
)  # fmt: skip

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
    if value is None:
        return "?"
    text = f"{value.quantize(HUNDREDTH, ROUND_HALF_UP):f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


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


def _ensure_not_approved(model: type[Form01Report | Form02Report], key: dict[str, Any]) -> None:
    """An approved or published window of the cluster's Forms 01/02 takes no filing (approvals)."""
    cluster = key["cluster"] if "cluster" in key else key["tenant"].cluster
    kind = DataSetKind.FORM02 if model is Form02Report else DataSetKind.FORM01
    try:
        ensure_open(kind, cluster=cluster, period=key["window"])
    except DataSetLocked as exc:
        raise FormRejected([Problem("window", exc.vi, exc.en)]) from exc


def _store[R: (Form01Report, Form02Report)](
    model: type[R], key: dict[str, Any], values: Mapping[str, Any], user: User
) -> R:
    """Create the window's report or replace the one filed before (the audit log keeps the old
    values), in one transaction with the row locked."""
    with transaction.atomic():
        _ensure_not_approved(model, key)
        report = model.objects.select_for_update().filter(**key).first() or model(**key)
        for name, value in values.items():
            setattr(report, name, value)
        report.submitted_by = user if user.is_authenticated else None  # type: ignore[assignment]
        report.save()
    return report


def submit_form02(
    *,
    cluster: IndustrialCluster,
    window: ReportingWindow,
    data: Mapping[str, Any],
    user: User,
    today: dt.date | None = None,
) -> Form02Report:
    """Check and store the investor's Form 02. Raises NotAllowed (not scoped) or FormRejected
    (nothing saved). A second submission for the window replaces the first (audited)."""
    require_cluster_scope(user, cluster)
    check = check_form02(cluster=cluster, window=window, data=data, today=today)
    if not check.ok:
        raise FormRejected(check.problems)
    values = {**check.values, "occupancy_recomputed_pct": check.occupancy_recomputed_pct}
    return _store(Form02Report, {"cluster": cluster, "window": window.code}, values, user)


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
    *, tenant: Tenant, window: ReportingWindow, data: Mapping[str, Any], user: User, today: dt.date | None = None
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
    return _store(Form01Report, {"tenant": tenant, "window": window.code}, values, user)


# ---------------------------------------------------------------------------------------------
# Where a cluster lies (across the 2025 reorganisation)


class _Places:
    """Unit ids with their ancestors, and crosswalk neighbours, cached for one computation."""

    def __init__(self) -> None:
        self._parent: dict[int, int | None] = {}

    def prime(self, unit_ids: set[int]) -> None:
        """Load the parents of these units and of their ancestors, one query per level (at most
        three: commune → district → province) instead of one query per unit."""
        wanted = {u for u in unit_ids if u not in self._parent}
        while wanted:
            rows = dict(AdminUnit.objects.filter(pk__in=wanted).values_list("pk", "parent_id"))
            self._parent.update({pk: rows.get(pk) for pk in wanted})
            wanted = {p for p in rows.values() if p is not None and p not in self._parent}

    def chain(self, unit_id: int | None) -> set[int]:
        found: set[int] = set()
        current = unit_id
        while current is not None and current not in found:
            found.add(current)
            if current not in self._parent:
                row = AdminUnit.objects.filter(pk=current).values_list("parent_id", flat=True).first()
                self._parent[current] = row
            current = self._parent[current]
        return found


def _located_ids(clusters: Sequence[IndustrialCluster]) -> dict[int, set[int]]:
    """For each cluster, every unit it lies in: its province, communes (current and former) with
    their ancestors, and, through the crosswalk, the old communes its current commune came from
    and the new communes its former commune went to, with their ancestors. Provinces are only
    followed forwards (old Thái Nguyên lies wholly in the new one, not the other way round)."""
    places = _Places()
    communes = {c.commune_id for c in clusters if c.commune_id} | {
        c.former_commune_id for c in clusters if c.former_commune_id
    }
    provinces = {c.province_id for c in clusters}
    back: dict[int, set[int]] = {}
    forward: dict[int, set[int]] = {}
    for old, new in UnitCrosswalk.objects.filter(Q(new_unit_id__in=communes) | Q(old_unit_id__in=communes)).values_list(
        "old_unit_id", "new_unit_id"
    ):
        back.setdefault(new, set()).add(old)
        forward.setdefault(old, set()).add(new)
    province_forward: dict[int, set[int]] = {}
    for old, new in UnitCrosswalk.objects.filter(old_unit_id__in=provinces).values_list("old_unit_id", "new_unit_id"):
        province_forward.setdefault(old, set()).add(new)
    places.prime(
        {u for c in clusters for u in (c.province_id, c.commune_id, c.former_commune_id, c.former_district_id) if u}
        | {u for linked in (*back.values(), *forward.values(), *province_forward.values()) for u in linked}
    )
    located: dict[int, set[int]] = {}
    for c in clusters:
        ids = places.chain(c.province_id) | places.chain(c.commune_id) | places.chain(c.former_commune_id)
        ids |= places.chain(c.former_district_id)
        for other in province_forward.get(c.province_id, set()):
            ids |= places.chain(other)
        for unit_id in back.get(c.commune_id or 0, set()) | forward.get(c.former_commune_id or 0, set()):
            ids |= places.chain(unit_id)
        located[c.pk] = ids
    return located


def clusters_in(*, unit: AdminUnit) -> list[IndustrialCluster]:
    """Clusters lying in `unit` (a province, former district, commune or ward), with their events,
    tenants and investor loaded. A 2024 report for old Thái Nguyên finds clusters recorded only
    with their current commune through the crosswalk."""
    clusters = list(
        IndustrialCluster.objects.select_related("investor").prefetch_related("events", "tenants").order_by("code")
    )
    located = _located_ids(clusters)
    return [c for c in clusters if unit.pk in located[c.pk]]


# ---------------------------------------------------------------------------------------------
# Forms 03 and 04


@dataclass
class Item:
    number: str  # "1" … "27", "15.1" … "16.4"
    label_vi: str
    label_en: str
    unit_vi: str
    unit_en: str
    value: Decimal | int | None
    clusters: list[IndustrialCluster] = field(default_factory=list)
    note_vi: str = ""
    note_en: str = ""

    @property
    def cluster_codes(self) -> list[str]:
        return [c.code for c in self.clusters]


@dataclass(frozen=True)
class Section:
    number: str  # "I", "II", "III"
    label_vi: str
    label_en: str
    first_item: str


SECTIONS = (
    Section("I", "Phương án phát triển cụm công nghiệp", "Cluster development plan", "1"),
    Section(
        "II",
        "Thành lập, đầu tư xây dựng hạ tầng kỹ thuật cụm công nghiệp",
        "Establishment and infrastructure investment",
        "3",
    ),
    Section("III", "Hoạt động của các cụm công nghiệp", "Operation of the clusters", "15"),
)

# number, label_vi, label_en, unit_vi, unit_en (Circular 14/2024, Appendix I, Forms 03 and 04)
ITEM_LABELS: tuple[tuple[str, str, str, str, str], ...] = (
    ("1", "Số lượng cụm công nghiệp theo phương án phát triển cụm công nghiệp",
     "Number of clusters in the development plan", "Cụm", "clusters"),
    ("2", "Tổng diện tích các cụm công nghiệp theo phương án phát triển cụm công nghiệp",
     "Total area of the clusters in the plan", "ha", "ha"),
    ("3", "Số lượng cụm công nghiệp đã thành lập", "Clusters established", "Cụm", "clusters"),
    ("4", "Tổng diện tích các cụm công nghiệp đã thành lập", "Total area of the clusters established", "ha", "ha"),
    ("5", "Số lượng cụm công nghiệp đã thành lập trong kỳ báo cáo", "Clusters established in the period",
     "Cụm", "clusters"),
    ("6", "Tổng diện tích các cụm công nghiệp đã thành lập trong kỳ báo cáo",
     "Area of the clusters established in the period", "ha", "ha"),
    ("7", "Số lượng cụm công nghiệp do doanh nghiệp làm chủ đầu tư xây dựng hạ tầng kỹ thuật",
     "Clusters whose infrastructure investor is an enterprise", "Cụm", "clusters"),
    ("8", "Tổng diện tích các cụm công nghiệp do doanh nghiệp làm chủ đầu tư xây dựng hạ tầng kỹ thuật",
     "Area of the clusters whose infrastructure investor is an enterprise", "ha", "ha"),
    ("9", "Số lượng cụm công nghiệp đã được phê duyệt quy hoạch chi tiết",
     "Clusters with an approved detailed plan", "Cụm", "clusters"),
    ("10", "Tổng diện tích các cụm công nghiệp đã được phê duyệt quy hoạch chi tiết",
     "Area of the clusters with an approved detailed plan", "ha", "ha"),
    ("11", "Số lượng cụm công nghiệp đã được phê duyệt dự án đầu tư xây dựng hạ tầng kỹ thuật",
     "Clusters with an approved infrastructure project", "Cụm", "clusters"),
    ("12", "Tổng diện tích các cụm công nghiệp đã được phê duyệt dự án đầu tư xây dựng hạ tầng kỹ thuật",
     "Area of the clusters with an approved infrastructure project", "ha", "ha"),
    ("13", "Tổng vốn đầu tư xây dựng hạ tầng kỹ thuật của các cụm công nghiệp (tính theo dự án được phê duyệt)",
     "Total infrastructure investment of the clusters (per the approved projects)", "Tỷ đồng", "bn VND"),
    ("14", "Tổng vốn đã đầu tư xây dựng hạ tầng kỹ thuật của các cụm công nghiệp (tổng vốn lũy kế đã thanh toán)",
     "Infrastructure capital invested so far (cumulative amount paid)", "Tỷ đồng", "bn VND"),
    ("15", "Số lượng cụm công nghiệp đã hoạt động (đã có dự án đầu tư trong cụm): (15.1+15.2)",
     "Clusters operating (with investment projects in them): (15.1 + 15.2)", "Cụm", "clusters"),
    ("15.1", "Số lượng cụm công nghiệp hoạt động đã thành lập", "Operating and established", "Cụm", "clusters"),
    ("15.2", "Số lượng cụm công nghiệp đã hoạt động nhưng chưa thành lập", "Operating but not established",
     "Cụm", "clusters"),
    ("15.3", "Số lượng cụm công nghiệp làng nghề đã hoạt động", "Craft-village clusters operating", "Cụm",
     "clusters"),
    ("15.4", "Số lượng cụm công nghiệp chuyên ngành đã hoạt động", "Specialised clusters operating", "Cụm",
     "clusters"),
    ("16", "Tổng diện tích các cụm công nghiệp đã hoạt động: (16.1+16.2)",
     "Area of the clusters operating: (16.1 + 16.2)", "ha", "ha"),
    ("16.1", "Tổng diện tích các cụm công nghiệp hoạt động đã thành lập", "Area operating and established",
     "ha", "ha"),
    ("16.2", "Tổng diện tích các cụm công nghiệp đã hoạt động nhưng chưa thành lập",
     "Area operating but not established", "ha", "ha"),
    ("16.3", "Tổng diện tích các cụm công nghiệp làng nghề đã hoạt động", "Area of craft-village clusters operating",
     "ha", "ha"),
    ("16.4", "Tổng diện tích các cụm công nghiệp chuyên ngành đã hoạt động", "Area of specialised clusters operating",
     "ha", "ha"),
    ("17", "Tổng diện tích đất công nghiệp của các cụm công nghiệp đã hoạt động (tính theo quy hoạch chi tiết đã "
     "được duyệt)", "Industrial land of the operating clusters (per the approved detailed plans)", "ha", "ha"),
    ("18", "Tổng diện tích đất công nghiệp đã cho thuê tại các cụm công nghiệp", "Industrial land leased", "ha",
     "ha"),
    ("19", "Tỷ lệ lấp đầy bình quân của các cụm công nghiệp đã hoạt động",
     "Average occupancy of the operating clusters", "%", "%"),
    ("20", "Tổng số dự án đầu tư sản xuất kinh doanh trong các cụm công nghiệp",
     "Production projects in the clusters", "Dự án", "projects"),
    ("21", "Số dự án đầu tư sản xuất kinh doanh có vốn đầu tư nước ngoài trong các cụm công nghiệp",
     "Of which foreign-invested", "Dự án", "projects"),
    ("22", "Số dự án đầu tư sản xuất kinh doanh đang hoạt động trong các cụm công nghiệp",
     "Of which operating", "Dự án", "projects"),
    ("23", "Tổng doanh thu của các dự án đầu tư trong các cụm công nghiệp trong kỳ báo cáo",
     "Revenue of the projects in the clusters in the period", "Tỷ đồng", "bn VND"),
    ("24", "Nộp ngân sách nhà nước của các dự án đầu tư trong các cụm công nghiệp trong kỳ báo cáo",
     "State-budget payments of the projects in the clusters in the period", "Tỷ đồng", "bn VND"),
    ("25", "Tổng số lao động (có hợp đồng lao động) làm việc trong các cụm công nghiệp",
     "Workers with labour contracts in the clusters", "Người", "persons"),
    ("26", "Số cụm công nghiệp đã và đang đầu tư hệ thống xử lý nước thải tập trung",
     "Clusters with a central wastewater plant built or under construction", "Cụm", "clusters"),
    ("27", "Số cụm công nghiệp có hệ thống xử lý nước thải tập trung đạt tiêu chuẩn môi trường",
     "Clusters whose central wastewater plant meets environmental standards", "Cụm", "clusters"),
)  # fmt: skip
ITEM_NUMBERS = tuple(row[0] for row in ITEM_LABELS)


@dataclass
class FormResult:
    form: Literal["03", "04"]
    unit: AdminUnit
    window: ReportingWindow
    items: list[Item]
    clusters: list[IndustrialCluster]  # every cluster in scope
    plan: list[PlanVersion]  # the plan versions in force at the window end

    def item(self, number: str) -> Item:
        for it in self.items:
            if it.number == number:
                return it
        raise KeyError(number)

    @property
    def deadline(self) -> dt.date:
        return self.window.deadline(self.form)

    @property
    def values(self) -> dict[str, Decimal | int | None]:
        return {it.number: it.value for it in self.items}


class FormUnitError(ValueError):
    def __init__(self, vi: str, en: str) -> None:
        self.vi, self.en = vi, en
        super().__init__(f"{vi} / {en}")


def _is_enterprise(cluster: IndustrialCluster) -> bool:
    investor = cluster.investor
    if investor is None:
        return False
    name = investor.name.strip().casefold()
    return not name.startswith(PUBLIC_BODY_PREFIXES)


def _has_event(cluster: IndustrialCluster, kinds: Iterable[str], on: dt.date) -> bool:
    wanted = set(kinds)
    return any(e.kind in wanted for e in cluster.events_until(on))


def _is_revoked(cluster: IndustrialCluster, on: dt.date) -> bool:
    return _has_event(cluster, [EventKind.REVOKED], on)


def plans_in_force(*, unit: AdminUnit, on: dt.date) -> list[PlanVersion]:
    """The latest plan version decided by `on` for the unit's province; for a merged province
    without its own plan yet, the latest plan of each province merged into it (and, for an
    old province, a plan recorded against its successor)."""
    province = province_of(unit)

    def latest(province_id: int) -> PlanVersion | None:
        return (
            PlanVersion.objects.filter(province_id=province_id)
            .filter(Q(decision_date__isnull=True) | Q(decision_date__lte=on))
            # Undated plans sort last on every database (PostgreSQL puts NULLs first in a
            # descending sort, which made an undated revision "the latest" there).
            .order_by(F("decision_date").desc(nulls_last=True), "-id")
            .first()
        )

    own = latest(province.pk)
    if own is not None:
        return [own]
    linked = set(UnitCrosswalk.objects.filter(new_unit=province).values_list("old_unit_id", flat=True))
    linked |= set(UnitCrosswalk.objects.filter(old_unit=province).values_list("new_unit_id", flat=True))
    linked.discard(province.pk)
    found = [p for p in (latest(pid) for pid in sorted(linked)) if p is not None]
    return found


def _sum(values: Iterable[Decimal | None]) -> Decimal:
    return sum((v for v in values if v is not None), start=Decimal(0))


class _Builder:
    def __init__(self, *, form: Literal["03", "04"], unit: AdminUnit, window: ReportingWindow) -> None:
        self.form, self.unit, self.window = form, unit, window
        self.end = window.end
        self.clusters = clusters_in(unit=unit)
        self.ids = {c.pk for c in self.clusters}
        self.plans = plans_in_force(unit=unit, on=self.end)
        self.entries = list(
            PlanEntry.objects.filter(plan__in=self.plans)
            .exclude(change=PlanEntry.Change.REMOVED)
            .select_related("cluster")
        )
        self.planned_area = {e.cluster_id: e.planned_area_ha for e in self.entries}
        self.form02 = {
            r.cluster_id: r for r in Form02Report.objects.filter(window=window.code, cluster_id__in=self.ids)
        }
        self.form01 = list(
            Form01Report.objects.filter(window=window.code, tenant__cluster_id__in=self.ids).select_related("tenant")
        )
        self.items: dict[str, Item] = {}
        self.labels = {row[0]: row[1:] for row in ITEM_LABELS}

    # helpers ------------------------------------------------------------------------------
    def put(
        self,
        number: str,
        value: Decimal | int | None,
        clusters: Iterable[IndustrialCluster],
        note_vi: str = "",
        note_en: str = "",
    ) -> None:
        label_vi, label_en, unit_vi, unit_en = self.labels[number]
        self.items[number] = Item(
            number, label_vi, label_en, unit_vi, unit_en, value, sorted(set(clusters), key=lambda c: c.code),
            note_vi, note_en,
        )  # fmt: skip

    def area(self, cluster: IndustrialCluster) -> tuple[Decimal | None, bool]:
        """The established area, or the planned area when there is none (True: planned)."""
        if cluster.established_area_ha is not None:
            return cluster.established_area_ha, False
        planned = self.planned_area.get(cluster.pk)
        return planned, planned is not None

    def count_and_area(self, a: str, b: str, members: list[IndustrialCluster]) -> None:
        self.put(a, len(members), members)
        areas = [self.area(c) for c in members]
        unknown = [c.name for c, (v, _p) in zip(members, areas, strict=True) if v is None]
        planned = [c.name for c, (v, p) in zip(members, areas, strict=True) if p and v is not None]
        note_vi, note_en = [], []
        if planned:
            note_vi.append("dùng diện tích theo phương án (chưa có quyết định thành lập): " + ", ".join(planned))
            note_en.append("planned area used (no establishment decision): " + ", ".join(planned))
        if unknown:
            note_vi.append("chưa rõ diện tích, không cộng: " + ", ".join(unknown))
            note_en.append("area unknown, not added: " + ", ".join(unknown))
        self.put(b, _sum(v for v, _p in areas), members, "; ".join(note_vi), "; ".join(note_en))

    # items ----------------------------------------------------------------------------------
    def plan_items(self) -> None:
        in_plan = [e.cluster for e in self.entries if e.cluster_id in self.ids]
        province_wide = self.unit.is_province
        published = [p for p in self.plans if p.planned_count is not None]
        names = ", ".join(f"{p.decision_number or p.name}" for p in self.plans)
        if province_wide and self.plans and len(published) == len(self.plans):
            count = sum(p.planned_count or 0 for p in published)
            area_known = all(p.planned_area_ha is not None for p in published)
            area = _sum(p.planned_area_ha for p in published) if area_known else None
            note_vi = f"theo tổng số công bố của phương án ({names}); sổ đang ghi {len(in_plan)} cụm"
            note_en = f"the plan's published totals ({names}); the registry records {len(in_plan)} clusters"
            self.put("1", count, in_plan, note_vi, note_en)
            self.put("2", area, in_plan, note_vi, note_en)
            return
        note_vi = f"đếm từ các cụm trong sổ thuộc phương án ({names})" if self.plans else "chưa có phương án trong sổ"
        note_en = f"counted from the registry's clusters in the plan ({names})" if self.plans else "no plan recorded"
        self.put("1", len(in_plan), in_plan, note_vi, note_en)
        unknown = [e.cluster.name for e in self.entries if e.cluster_id in self.ids and e.planned_area_ha is None]
        if unknown:
            note_vi += "; chưa rõ diện tích: " + ", ".join(unknown)
            note_en += "; area unknown: " + ", ".join(unknown)
        area_sum = _sum(e.planned_area_ha for e in self.entries if e.cluster_id in self.ids)
        self.put("2", area_sum, in_plan, note_vi, note_en)

    def establishment_items(self) -> None:
        end, start = self.end, self.window.start
        alive = [c for c in self.clusters if not _is_revoked(c, end)]
        established = [c for c in alive if c.is_established_on(end)]
        self.count_and_area("3", "4", established)
        in_period = [
            c
            for c in established
            if any(
                e.kind == EventKind.ESTABLISHED and e.date is not None and start <= e.date <= end
                for e in c.events.all()
            )
        ]
        self.count_and_area("5", "6", in_period)
        # The investor is designated by the establishment decision (or runs a legacy cluster).
        enterprise = [c for c in alive if _is_enterprise(c) and (c.is_established_on(end) or c.is_operating_on(end))]
        self.count_and_area("7", "8", enterprise)
        detailed = [c for c in alive if _has_event(c, [EventKind.DETAILED_PLAN_APPROVED], end)]
        self.count_and_area("9", "10", detailed)
        infra = [c for c in alive if _has_event(c, [EventKind.INFRASTRUCTURE_APPROVED], end)]
        self.count_and_area("11", "12", infra)
        for number, form_field, registry_field in (
            ("13", "total_investment_bn", "total_investment_bn"),
            ("14", "paid_investment_bn", "paid_investment_bn"),
        ):
            amounts: list[Decimal | None] = []
            from_registry: list[str] = []
            for c in infra:
                report = self.form02.get(c.pk)
                if report is not None:
                    amounts.append(getattr(report, form_field))
                else:
                    amounts.append(getattr(c, registry_field))
                    from_registry.append(c.name)
            note_vi = "theo Biểu 02 của kỳ"
            note_en = "from the window's Form 02 reports"
            if from_registry:
                note_vi += "; chưa có Biểu 02, lấy theo sổ: " + ", ".join(from_registry)
                note_en += "; no Form 02, registry value used: " + ", ".join(from_registry)
            self.put(number, _sum(amounts), infra, note_vi, note_en)

    def operation_items(self) -> None:
        end = self.end
        operating = [c for c in self.clusters if c.is_operating_on(end)]
        est = [c for c in operating if c.is_established_on(end)]
        not_est = [c for c in operating if not c.is_established_on(end)]
        craft = [c for c in operating if c.is_craft_village]
        special = [c for c in operating if c.is_specialised]
        self.count_and_area("15", "16", operating)
        self.count_and_area("15.1", "16.1", est)
        self.count_and_area("15.2", "16.2", not_est)
        self.count_and_area("15.3", "16.3", craft)
        self.count_and_area("15.4", "16.4", special)
        # Item 15 is the sum of 15.1 and 15.2 by construction (the two split `operating`).

        known_land = [c for c in operating if c.industrial_land_ha is not None]
        unknown_land = [c.name for c in operating if c.industrial_land_ha is None]
        note_vi = ("chưa rõ đất công nghiệp: " + ", ".join(unknown_land)) if unknown_land else ""
        note_en = ("industrial land unknown: " + ", ".join(unknown_land)) if unknown_land else ""
        self.put("17", _sum(c.industrial_land_ha for c in known_land), known_land, note_vi, note_en)

        leased: dict[int, Decimal] = {}
        from_tenants: list[str] = []
        for c in operating:
            report = self.form02.get(c.pk)
            if report is not None:
                leased[c.pk] = report.land_leased_ha
            else:
                leased[c.pk] = tenant_land(c.tenants.all())[0]
                from_tenants.append(c.name)
        note_vi, note_en = "theo Biểu 02 của kỳ", "from the window's Form 02 reports"
        if from_tenants:
            note_vi += "; chưa có Biểu 02, cộng đất thuê của các dự án trong sổ: " + ", ".join(from_tenants)
            note_en += "; no Form 02, tenants' leased land used: " + ", ".join(from_tenants)
        self.put("18", _sum(leased.values()), operating, note_vi, note_en)

        occupied = _sum(leased[c.pk] + approved_land_ha(c) for c in known_land)
        land = _sum(c.industrial_land_ha for c in known_land)
        pct = occupancy_pct(leased_ha=occupied, approved_ha=Decimal(0), industrial_land_ha=land)
        self.put(
            "19",
            None if pct is None else pct.quantize(HUNDREDTH, ROUND_HALF_UP),
            known_land,
            "(Σ đất đã cho thuê + đất của dự án đã được chấp thuận) ÷ Σ đất công nghiệp của các cụm đã hoạt động",
            "(Σ leased + approved land) ÷ Σ industrial land of the operating clusters (Decree 32 Art. 2)",
        )

    def project_items(self) -> None:
        end = self.end
        scope = [c for c in self.clusters if not _is_revoked(c, end)]
        totals = {"20": 0, "21": 0, "22": 0}
        behind: dict[str, list[IndustrialCluster]] = {"20": [], "21": [], "22": []}
        from_tenants: list[str] = []
        for c in scope:
            report = self.form02.get(c.pk)
            if report is not None:
                counts = {"20": report.projects, "21": report.projects_foreign, "22": report.projects_operating}
            else:
                holding = [t for t in c.tenants.all() if t.status in LAND_HOLDING]
                counts = {
                    "20": len(holding),
                    "21": sum(1 for t in holding if t.is_foreign_invested),
                    "22": sum(1 for t in holding if t.status == TenantStatus.OPERATING),
                }
                if holding:
                    from_tenants.append(c.name)
            for number, n in counts.items():
                totals[number] += n
                if n:
                    behind[number].append(c)
        note_vi, note_en = "theo Biểu 02 của kỳ", "from the window's Form 02 reports"
        if from_tenants:
            note_vi += "; chưa có Biểu 02, đếm các dự án trong sổ: " + ", ".join(from_tenants)
            note_en += "; no Form 02, tenants in the registry counted: " + ", ".join(from_tenants)
        for number in ("20", "21", "22"):
            self.put(number, totals[number], behind[number], note_vi, note_en)

        by_cluster = {c.pk: c for c in self.clusters}
        for number, name in (("23", "revenue_bn"), ("24", "budget_paid_bn"), ("25", "workers")):
            parts: list[Any] = [getattr(r, name) for r in self.form01]
            parts += [getattr(r, name) for r in self.form02.values()]
            clusters = [by_cluster[r.tenant.cluster_id] for r in self.form01]
            clusters += [by_cluster[cid] for cid in self.form02]
            value: Decimal | int = sum(parts, start=0 if name == "workers" else Decimal(0))
            self.put(
                number,
                value,
                clusters,
                f"cộng {len(self.form01)} Biểu 01 (dự án sản xuất) và {len(self.form02)} Biểu 02 (dự án hạ tầng) "
                "của kỳ",
                f"sum of {len(self.form01)} Form 01 (production projects) and {len(self.form02)} Form 02 "
                "(infrastructure projects) reports of the window",
            )

    def wastewater_items(self) -> None:
        end = self.end
        scope = [
            c for c in self.clusters if not _is_revoked(c, end) and (c.is_established_on(end) or c.is_operating_on(end))
        ]
        built: list[IndustrialCluster] = []
        meets: list[IndustrialCluster] = []
        for c in scope:
            report = self.form02.get(c.pk)
            if report is not None:
                is_built, is_ok = report.wastewater_built, report.wastewater_meets_standard
            else:
                is_built = c.wastewater in (Wastewater.BUILT, Wastewater.UNDER_CONSTRUCTION)
                is_ok = is_built and bool(c.wastewater_meets_standard)
            if is_built:
                built.append(c)
            if is_ok:
                meets.append(c)
        note_vi = "theo Biểu 02 của kỳ, nếu không có thì theo sổ cụm công nghiệp"
        note_en = "from the window's Form 02, else the cluster registry"
        self.put("26", len(built), built, note_vi, note_en)
        self.put("27", len(meets), meets, note_vi, note_en)

    def build(self) -> FormResult:
        self.plan_items()
        self.establishment_items()
        self.operation_items()
        self.project_items()
        self.wastewater_items()
        items = [self.items[n] for n in ITEM_NUMBERS]
        return FormResult(self.form, self.unit, self.window, items, self.clusters, self.plans)


def compute_form(*, form: Literal["03", "04"], unit: AdminUnit, window: ReportingWindow) -> FormResult:
    """Form 03 (a commune or ward; a former district; or a province for a province-wide Form 03)
    or Form 04 (a province), cumulative to the window end except the items "in the period"."""
    if form not in ("03", "04"):
        raise FormUnitError(f"không có Biểu {form} tổng hợp", f"no summary Form {form}")
    if form == "04" and not unit.is_province:
        raise FormUnitError(
            f"Biểu 04 là báo cáo cấp tỉnh; “{unit.name}” không phải tỉnh/thành phố",
            f"Form 04 is the provincial report; “{unit.name}” is not a province",
        )
    return _Builder(form=form, unit=unit, window=window).build()


# ---------------------------------------------------------------------------------------------
# Deadlines and who has not submitted


def deadlines(*, window: ReportingWindow) -> dict[FormCode, dt.date]:
    """Forms 01–02 by the 20th, 03 by the 25th, 04 by 30 June / 31 December."""
    codes: tuple[FormCode, ...] = ("01", "02", "03", "04")
    return {code: window.deadline(code) for code in codes}


@dataclass(frozen=True)
class Missing:
    form: Literal["01", "02"]
    cluster: IndustrialCluster
    tenant: Tenant | None
    reporter: str  # the enterprise or infrastructure investor that owes the form
    deadline: dt.date
    overdue: bool


def who_has_not_submitted(
    *,
    window: ReportingWindow,
    form: Literal["01", "02"],
    province: AdminUnit,
    on: dt.date | None = None,
    clusters: Sequence[IndustrialCluster] | None = None,
) -> list[Missing]:
    """Who owes a Form 01 (tenants with land leased or operating) or Form 02 (established or
    operating clusters with an infrastructure investor, not revoked) for the window and has
    not sent it; `overdue` is judged on `on`. Pass `clusters` (`clusters_in(unit=province)`,
    e.g. a FormResult's) to avoid locating the province's clusters again."""
    today = on or timezone.localdate()
    due = window.deadline(form)
    overdue = today > due
    in_scope = clusters if clusters is not None else clusters_in(unit=province)
    clusters = [c for c in in_scope if not _is_revoked(c, window.end)]
    missing: list[Missing] = []
    if form == "02":
        filed = set(
            Form02Report.objects.filter(window=window.code, cluster__in=clusters).values_list("cluster_id", flat=True)
        )
        for c in clusters:
            owes = c.investor_id is not None and (c.is_established_on(window.end) or c.is_operating_on(window.end))
            if owes and c.pk not in filed:
                reporter = str(c.investor) if c.investor is not None else c.name
                missing.append(Missing("02", c, None, reporter, due, overdue))
        return missing
    filed = set(
        Form01Report.objects.filter(window=window.code, tenant__cluster__in=clusters).values_list(
            "tenant_id", flat=True
        )
    )
    for c in clusters:
        for t in sorted(c.tenants.all(), key=lambda t: t.enterprise):
            if t.status in REPORTING_TENANTS and t.pk not in filed:
                missing.append(Missing("01", c, t, t.enterprise, due, overdue))
    return missing


def receivers_vi(*, form: FormCode, window: ReportingWindow) -> str:
    """The "Kính gửi" line of a form; the bodies changed with the two-tier government (1/7/2025)."""
    after = window.end >= REFORM_DATE
    ministry = (
        "Bộ Công Thương (Cục Đổi mới sáng tạo, Chuyển đổi xanh và Khuyến công)"
        if after
        else "Bộ Công Thương (Cục Công Thương địa phương)"
    )
    local = "Ủy ban nhân dân cấp xã" if after else "Ủy ban nhân dân cấp huyện"
    statistics = "Cơ quan thống kê" if after else "Cơ quan thống kê cấp huyện"
    return {
        "01": f"{statistics}, {local}",
        "02": f"{statistics}, {local}, Sở Công Thương",
        "03": "Ủy ban nhân dân cấp tỉnh, Sở Công Thương",
        "04": f"Ủy ban nhân dân cấp tỉnh, {ministry}",
    }[form]
