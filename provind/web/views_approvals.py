"""The approval page (data sets with their state and the steps each user may take) and the
correction and withdrawal of a figure from the indicator page."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.views.decorators.http import require_POST

from provind.approvals.models import ApprovalAction, ApprovalState, DataSetKind
from provind.approvals.queries import records, unrecorded_indicator_sets
from provind.approvals.services import RULES, ApprovalError, may_act, move
from provind.approvals.visibility import sees_unapproved
from provind.clusters.models import IndustrialCluster
from provind.errors import InputError
from provind.geography.models import AdminUnit
from provind.indicators.corrections import correct_figure, read_value, withdraw_figure
from provind.indicators.models import Observation


def _refused(request: HttpRequest, message: str, back: str, status: int) -> HttpResponse:
    return render(request, "web/projects/refused.html", {"message": message, "back": back}, status=status)


def _back(request: HttpRequest, default: str) -> str:
    target = request.POST.get("next", "")
    # Only a path on this site: "//host" and "http://…" would leave it.
    return target if target.startswith("/") and not target.startswith("//") else default


@login_required
def approval_list(request: HttpRequest) -> HttpResponse:
    if not sees_unapproved(request.user):
        raise PermissionDenied
    state = request.GET.get("state") or None
    kind = request.GET.get("kind") or None
    found = records(state=state if state in ApprovalState.values else None, kind=kind)
    items = []
    for record in found:
        actions = [
            a
            for a, rule in RULES.items()
            if record.state in rule.sources and may_act(request.user, a, unit=record.unit, cluster=record.cluster)
        ]
        items.append({"record": record, "actions": actions, "steps": list(record.steps.all())})
    drafts = [
        d
        for d in (
            unrecorded_indicator_sets() if state in (None, ApprovalState.DRAFT) and kind in (None, "indicators") else []
        )
        if may_act(request.user, ApprovalAction.SUBMIT, unit=d.unit)
    ]
    context = {
        "items": items,
        "drafts": drafts,
        "states": ApprovalState.choices,
        "kinds": DataSetKind.choices,
        "state": state or "",
        "kind": kind or "",
        "needs_reason": {a for a, r in RULES.items() if r.needs_reason},
    }
    return render(request, "web/approvals.html", context)


@login_required
@require_POST
def approval_act(request: HttpRequest) -> HttpResponse:
    back = _back(request, reverse("web:approval-list"))
    data = request.POST
    unit = AdminUnit.objects.filter(pk=int(data["unit"])).first() if data.get("unit", "").isdigit() else None
    if unit is None:
        return _refused(request, "cần đơn vị hành chính / a unit is required", back, 400)
    cluster = None
    if data.get("cluster", "").isdigit():
        cluster = IndustrialCluster.objects.filter(pk=int(data["cluster"])).first()
    version = int(data["version"]) if data.get("version", "").isdigit() else None
    try:
        move(
            data.get("action", ""),
            kind=data.get("kind", ""),
            unit=unit,
            period=data.get("period", ""),
            cluster=cluster,
            by=request.user,
            reason=data.get("reason", ""),
            expected_version=version,
        )
    except PermissionDenied as exc:
        return _refused(request, str(exc), back, 403)
    except ApprovalError as exc:
        return _refused(request, str(exc), back, 409 if exc.field == "version" else 400)
    return redirect(back)


@login_required
@require_POST
def figure_change(request: HttpRequest, pk: int, action: str) -> HttpResponse:
    """Correct (`correct`: new value) or withdraw (`withdraw`) one figure, with a reason."""
    obs = get_object_or_404(Observation.objects.select_related("unit", "indicator"), pk=pk)
    back = _back(request, reverse("web:indicator-detail", args=[obs.indicator.code]) + f"?unit={obs.unit.code}")
    sent = request.POST.get("current", "")
    current = int(sent) if sent.isdigit() else None
    reason = request.POST.get("reason", "")
    try:
        if action == "correct":
            value = read_value(request.POST.get("value", ""))
            correct_figure(obs, value=value, reason=reason, by=request.user, expected_current=current)
        elif action == "withdraw":
            withdraw_figure(obs, reason=reason, by=request.user, expected_current=current)
        else:
            raise PermissionDenied
    except PermissionDenied as exc:
        return _refused(request, str(exc), back, 403)
    except InputError as exc:
        return _refused(request, f"{exc.vi} / {exc.en}", back, 409 if exc.field == "version" else 400)
    return redirect(back)
