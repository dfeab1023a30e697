"""Moving data sets through draft → submitted → approved → published, and the lock that
approved data sets put on every write path (imports, text review, corrections, Forms 01/02).

Who may do what (after DHIS2's approval authorities):
- submit: anyone who may change the unit (or the cluster);
- approve, publish, return a submission to draft: department editors whose scope covers the
  unit, and administrators;
- un-approve an approved or published data set: administrators only, with a reason.

`by=None` is the system (first start, command line) and skips the permission checks.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from auditlog.context import set_actor
from django.contrib.auth.models import AbstractBaseUser, AnonymousUser
from django.db import transaction
from django.db.models import Model
from django.utils import timezone

from provind.accounts.permissions import may_change, roles_of
from provind.accounts.roles import Role
from provind.approvals.models import (
    LOCKED_STATES,
    ApprovalAction,
    ApprovalState,
    ApprovalStep,
    DataSetApproval,
    DataSetKind,
)
from provind.errors import NotAllowed, ProvindError, StepRefused
from provind.geography.models import AdminUnit

User = AbstractBaseUser | AnonymousUser


class ApprovalError(StepRefused):
    """A step that does not fit the data set's state, or a missing reason."""


class ApprovalNotAllowed(NotAllowed):
    """The user's role may not take this approval step."""


class DataSetLocked(StepRefused):
    """A write into an approved or published data set."""

    code = "locked"


@dataclass(frozen=True)
class Rule:
    sources: tuple[str, ...]
    target: str
    who: str  # "editor", "approver" or "admin"
    needs_reason: bool = False


RULES = {
    ApprovalAction.SUBMIT: Rule((ApprovalState.DRAFT,), ApprovalState.SUBMITTED, "editor"),
    ApprovalAction.APPROVE: Rule((ApprovalState.SUBMITTED,), ApprovalState.APPROVED, "approver"),
    ApprovalAction.PUBLISH: Rule((ApprovalState.APPROVED,), ApprovalState.PUBLISHED, "approver"),
    ApprovalAction.RETURN: Rule((ApprovalState.SUBMITTED,), ApprovalState.DRAFT, "approver", needs_reason=True),
    ApprovalAction.UNAPPROVE: Rule(
        (ApprovalState.APPROVED, ApprovalState.PUBLISHED), ApprovalState.DRAFT, "admin", needs_reason=True
    ),
}

STATE_VI = {"draft": "nháp", "submitted": "đã gửi duyệt", "approved": "đã duyệt", "published": "đã công bố"}


def describe(kind: str, unit: AdminUnit, period: str, cluster: Model | None = None) -> tuple[str, str]:
    """The data set named for messages (Vietnamese, English)."""
    where = str(cluster) if cluster is not None else unit.name
    label = DataSetKind(kind).label
    return f"{label} · {where} · {period}", f"{label} · {where} · {period}"


def _target(unit: AdminUnit, cluster: Model | None) -> Model:
    return cluster if cluster is not None else unit


def may_act(user: User | None, action: str, *, unit: AdminUnit, cluster: Model | None = None) -> bool:
    if user is None:
        return True
    who = RULES[ApprovalAction(action)].who
    roles = roles_of(user)
    if Role.ADMIN in roles:
        return True
    if who == "admin":
        return False
    if who == "approver" and Role.DEPARTMENT_EDITOR not in roles:
        return False
    return may_change(user, _target(unit, cluster))


def _key(kind: str, unit: AdminUnit, period: str, cluster: Model | None) -> dict[str, Any]:
    if cluster is not None:
        return {"kind": kind, "cluster_id": cluster.pk, "period": period}
    return {"kind": kind, "unit": unit, "period": period, "cluster__isnull": True}


def find(kind: str, *, unit: AdminUnit, period: str, cluster: Model | None = None) -> DataSetApproval | None:
    return DataSetApproval.objects.filter(**_key(kind, unit, period, cluster)).first()


def state_of(kind: str, *, unit: AdminUnit, period: str, cluster: Model | None = None) -> str:
    found = find(kind, unit=unit, period=period, cluster=cluster)
    return found.state if found else ApprovalState.DRAFT


# How each kind of data set names its period: the code of `text`, or a ProvindError saying why it
# is none. The apps that own the data register their reader (AppConfig.ready), as they register
# scope targets, so this app needs none of them: indicators read period codes, clusters read
# Circular 14 windows.
_PERIOD_READERS: dict[str, Callable[[str], str]] = {}


def register_period_reader(kinds: Iterable[str], reader: Callable[[str], str]) -> None:
    for kind in kinds:
        _PERIOD_READERS[kind] = reader


def canonical_period(kind: str, unit: AdminUnit, period: str) -> str:
    """The code the data a step locks is stored under: a period code for indicator figures, a
    Circular 14 window for the forms (Form 04 for a province only). ApprovalError names `period`
    otherwise, so no step is ever recorded on a period nothing looks up."""
    limit = DataSetApproval._meta.get_field("period").max_length or 0
    reader = _PERIOD_READERS.get(kind)
    if reader is None:
        raise ApprovalError("kind", "loại bộ số liệu không hợp lệ", "unknown kind of data set")
    try:
        code = reader(period)
    except ProvindError as exc:
        raise ApprovalError("period", exc.vi, exc.en) from None
    if len(code) > limit:
        raise ApprovalError(
            "period", f"mã kỳ “{code}” dài quá {limit} ký tự", f"the period code “{code}” is over {limit} characters"
        )
    if kind == DataSetKind.FORM04 and not unit.is_province:
        raise ApprovalError(
            "period",
            f"Biểu 04 là báo cáo cấp tỉnh; “{unit.name}” không phải tỉnh/thành phố",
            f"Form 04 is the provincial report; “{unit.name}” is not a province",
        )
    return code


def move(
    action: str,
    *,
    kind: str,
    unit: AdminUnit,
    period: str,
    cluster: Model | None = None,
    by: User | None,
    reason: str = "",
    expected_version: int | None = None,
) -> DataSetApproval:
    """One step, on the locked record (created as a draft the first time); a page that showed an
    older version is refused, naming the step it missed."""
    if action not in RULES:
        raise ApprovalError("action", "thao tác không hợp lệ", "unknown action")
    if kind not in DataSetKind.values:
        raise ApprovalError("kind", "loại bộ số liệu không hợp lệ", "unknown kind of data set")
    rule = RULES[ApprovalAction(action)]
    period = canonical_period(kind, unit, period)
    name_vi, name_en = describe(kind, unit, period, cluster)
    if not may_act(by, action, unit=unit, cluster=cluster):
        raise ApprovalNotAllowed(
            f"bạn không có quyền thực hiện thao tác này với “{name_vi}”"
            + (" (chỉ quản trị hủy duyệt được)" if rule.who == "admin" else ""),
            f"you may not do this on “{name_en}”"
            + (" (only administrators un-approve)" if rule.who == "admin" else ""),
        )
    if rule.needs_reason and not reason.strip():
        raise ApprovalError("reason", "cần ghi lý do", "give a reason")
    actor = by if by is not None and by.is_authenticated else None
    with transaction.atomic(), set_actor(actor):
        defaults: dict[str, Any] = {"unit": unit} if cluster is not None else {}
        key = _key(kind, unit, period, cluster)
        key.pop("cluster__isnull", None)
        if cluster is None:
            key["cluster"] = None
        record, _created = DataSetApproval.objects.select_for_update().get_or_create(**key, defaults=defaults)
        if expected_version is not None and record.version != expected_version:
            last = record.steps.select_related("by").order_by("-at", "-id").first()
            done = (
                f"{last.action} ({last.by.get_username() if last.by else 'hệ thống/system'}, {last.at:%Y-%m-%d %H:%M})"
                if last
                else "—"
            )
            raise ApprovalError(
                "version",
                f"“{name_vi}” đã được người khác thay đổi trong lúc bạn xem ({done}); hiện tại: "
                f"{STATE_VI[record.state]}. Hãy xem lại",
                f"someone else changed “{name_en}” while you were looking ({done}); now: {record.state}. Review it",
            )
        if record.state not in rule.sources:
            raise ApprovalError(
                "state",
                f"“{name_vi}” đang ở trạng thái {STATE_VI[record.state]}, không thực hiện được thao tác này",
                f"“{name_en}” is {record.state}; this step does not apply",
            )
        old = record.state
        record.state = rule.target
        record.version += 1
        record.save()
        ApprovalStep.objects.create(
            approval=record,
            action=action,
            from_state=old,
            to_state=rule.target,
            by_id=actor.pk if actor is not None else None,
            reason=reason.strip(),
        )
    return record


def _locked_message(record: DataSetApproval) -> tuple[str, str]:
    step = record.steps.select_related("by").filter(to_state=record.state).order_by("-at", "-id").first()
    who = step.by.get_username() if step is not None and step.by is not None else "hệ thống/system"
    when = f"{timezone.localtime(step.at):%d/%m/%Y}" if step is not None else "—"
    name_vi, name_en = describe(record.kind, record.unit, record.period, record.cluster)
    return (
        f"bộ số liệu “{name_vi}” đã {STATE_VI[record.state]} ({who}, {when}); không sửa được cho đến khi "
        "quản trị hủy duyệt",
        f"the data set “{name_en}” is {record.state} ({who}, {when}); it cannot change until an administrator "
        "un-approves it",
    )


def ensure_open(kind: str, *, unit: AdminUnit | None = None, period: str, cluster: Model | None = None) -> None:
    """Refuse a write into an approved or published data set. Call inside the writing
    transaction: the record's row is locked, so an approval cannot slip in between."""
    if cluster is not None:
        key: dict[str, Any] = {"kind": kind, "cluster_id": cluster.pk, "period": period}
    elif unit is not None:
        key = _key(kind, unit, period, None)
    else:
        raise ValueError("a data set needs a unit or a cluster")
    record = DataSetApproval.objects.select_for_update().filter(**key).first()
    if record is not None and record.is_locked:
        vi, en = _locked_message(record)
        raise DataSetLocked("period", vi, en)


def locked_summary_forms(period: str) -> list[DataSetApproval]:
    """The window's approved or published Forms 03/04 (any unit), row-locked until the
    transaction ends: the Forms 01/02 they sum take no filing (approving a level locks what
    lies below it, as in DHIS2)."""
    return list(
        DataSetApproval.objects.select_for_update()
        .filter(kind__in=[DataSetKind.FORM03, DataSetKind.FORM04], period=period, cluster__isnull=True)
        .filter(state__in=LOCKED_STATES)
        .select_related("unit")
    )


def locked_indicator_sets(keys: Iterable[tuple[int, str]]) -> dict[tuple[int, str], tuple[str, str]]:
    """For (unit id, period code) pairs about to receive figures: the locked ones, with the
    message (Vietnamese, English). Locks the records until the transaction ends."""
    wanted = set(keys)
    if not wanted:
        return {}
    records = (
        DataSetApproval.objects.select_for_update()
        .filter(kind=DataSetKind.INDICATORS, cluster__isnull=True, state__in=LOCKED_STATES)
        .filter(unit_id__in={u for u, _ in wanted}, period__in={p for _, p in wanted})
        .select_related("unit")
    )
    return {(r.unit_id, r.period): _locked_message(r) for r in records if (r.unit_id, r.period) in wanted}


def publish_loaded_figures(*, reason: str) -> int:
    """Publish, as the system, every indicator data set that has figures and no record yet:
    the shipped Thái Nguyên figures are copied from published sources (statistics office and
    department reports), so they load as published. Returns how many data sets."""
    from provind.indicators.models import Observation

    known = set(
        DataSetApproval.objects.filter(kind=DataSetKind.INDICATORS, cluster__isnull=True).values_list(
            "unit_id", "period"
        )
    )
    pairs = set(Observation.objects.values_list("unit_id", "period_code").distinct()) - known
    with transaction.atomic():
        records = DataSetApproval.objects.bulk_create(
            [
                DataSetApproval(
                    kind=DataSetKind.INDICATORS, unit_id=u, period=p, state=ApprovalState.PUBLISHED, version=1
                )
                for u, p in sorted(pairs)
            ]
        )
        ApprovalStep.objects.bulk_create(
            [
                ApprovalStep(
                    approval_id=r.pk,
                    action=ApprovalAction.PUBLISH,
                    from_state=ApprovalState.DRAFT,
                    to_state=ApprovalState.PUBLISHED,
                    reason=reason,
                )
                for r in records
            ]
        )
    return len(pairs)
