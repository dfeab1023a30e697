"""Key projects: the portfolio, one project's page, the weekly obstacle board (HTML, PDF, XLSX)
and the small forms through which scoped editors move obstacles and milestones."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django import forms
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse, HttpResponseForbidden
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from provind.errors import ProvindError
from provind.projects.board import board_pdf, board_xlsx
from provind.projects.charts import progress_svg, timeline_svg
from provind.projects.models import (
    Agency,
    DeadlineBasis,
    EscalationLevel,
    KeyProject,
    Milestone,
    Obstacle,
    ObstacleCategory,
    ProjectCategory,
    Stage,
    today,
)
from provind.projects.queries import (
    NO_STAGE,
    board,
    by_category,
    late_milestones,
    obstacle_history,
    portfolio,
    projects_with_details,
    stage_counts,
)
from provind.projects.services import (
    NotAllowed,
    ObstacleError,
    StaleMilestone,
    create_obstacle,
    escalate_obstacle,
    may_change_project,
    may_raise_obstacle,
    move_milestone,
    reopen_obstacle,
    resolve_obstacle,
    start_obstacle_work,
)
from provind.web.maps import map_layers

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def _date_input() -> forms.DateInput:
    # <input type=date> takes only ISO values; the localised "04/09/2024" shows empty and a save
    # would then erase the stored date.
    return forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")


class ObstacleForm(forms.Form):
    description = forms.CharField(label=gettext_lazy("What blocks"), widget=forms.Textarea(attrs={"rows": 2}))
    category = forms.ChoiceField(label=gettext_lazy("Category"), choices=ObstacleCategory.choices)
    agency = forms.ModelChoiceField(label=gettext_lazy("Responsible agency"), queryset=Agency.objects.all())
    raised_on = forms.DateField(label=gettext_lazy("Date raised"), widget=_date_input())
    requested_action = forms.CharField(label=gettext_lazy("Requested action"), required=False)
    response_days = forms.IntegerField(label=gettext_lazy("Days to respond"), required=False, min_value=0)
    deadline_basis = forms.ChoiceField(label=gettext_lazy("Counted in"), choices=DeadlineBasis.choices)
    deadline = forms.DateField(label=gettext_lazy("Deadline"), required=False, widget=_date_input())


class MilestoneForm(forms.Form):
    planned_on = forms.DateField(label=gettext_lazy("Planned date"), required=False, widget=_date_input())
    actual_on = forms.DateField(label=gettext_lazy("Actual date"), required=False, widget=_date_input())
    version = forms.IntegerField(widget=forms.HiddenInput, required=False, min_value=0)


def _on(request: HttpRequest) -> tuple[dt.date, str | None]:
    text = request.GET.get("on", "")
    if not text:
        return today(), None
    try:
        return dt.date.fromisoformat(text), None
    except ValueError:
        return today(), _("“%(value)s” is not a date (use YYYY-MM-DD).") % {"value": text}


def map_points(projects: list[KeyProject], *, width: int = 360, height: int = 300) -> list[dict[str, Any]]:
    """SVG positions for projects with coordinates, or with commune-level locations (their
    centroids' mean, marked approximate). Province-wide locations are not drawn."""
    raw = []
    for p in projects:
        if p.latitude is not None and p.longitude is not None:
            raw.append((p, p.latitude, p.longitude, False))
            continue
        local = [u for u in p.units.all() if u.is_commune_level and u.latitude is not None and u.longitude is not None]
        if local:
            lat = sum(u.latitude or 0 for u in local) / len(local)
            lon = sum(u.longitude or 0 for u in local) / len(local)
            raw.append((p, lat, lon, True))
    # Thái Nguyên (with old Bắc Kạn) spans about 21.3–22.8 N, 105.4–106.3 E.
    south, north, west, east = 21.3, 22.8, 105.4, 106.3
    points = []
    for p, lat, lon, approx in raw:
        x = (lon - west) / (east - west) * width
        y = (north - lat) / (north - south) * height
        points.append({"project": p, "x": round(x, 1), "y": round(y, 1), "lat": lat, "lon": lon, "approx": approx})
    return points


def portfolio_page(request: HttpRequest) -> HttpResponse:
    category = request.GET.get("category") or None
    stage = request.GET.get("stage") or None
    unit_code = request.GET.get("unit") or None
    on, error = _on(request)
    projects = portfolio(category=category, stage=stage, unit_code=unit_code)
    points = map_points(projects)
    drawn = {pt["project"].pk for pt in points}
    context = {
        "groups": by_category(projects),
        "stages": stage_counts(projects),
        "late": late_milestones(on=on, projects=projects),
        "board": board(on=on, category=category),
        "points": points,
        "map_layers": map_layers(points, on),
        "not_drawn": [p for p in projects if p.pk not in drawn],
        "categories": ProjectCategory.choices,
        "stage_choices": [(NO_STAGE, _("none yet")), *Stage.choices],
        "category": category or "",
        "stage": stage or "",
        "unit": unit_code or "",
        "on": on,
        "error": error,
        "count": len(projects),
    }
    return render(request, "web/projects/portfolio.html", context, status=400 if error else 200)


def project_page(request: HttpRequest, code: str) -> HttpResponse:
    project = get_object_or_404(projects_with_details().prefetch_related("indicators", "progress_reports"), code=code)
    on, error = _on(request)
    editable = may_change_project(request.user, project) if request.user.is_authenticated else False
    history = obstacle_history(project)
    obstacles = [
        {
            "obstacle": o,
            "events": history.get(o.pk, []),
            "overdue": o.is_overdue(on),
            "days_overdue": o.days_overdue(on),
            "age": o.age_days(on),
        }
        for o in sorted(project.obstacles.all(), key=lambda o: (o.is_resolved, o.raised_on))
    ]
    milestones = [
        {
            "milestone": m,
            "late": m.is_late(on),
            "days_late": m.days_late(on),
            "form": MilestoneForm(
                initial={"planned_on": m.planned_on, "actual_on": m.actual_on, "version": m.version}, prefix=f"m{m.pk}"
            ),
        }
        for m in sorted(project.milestones.all(), key=lambda m: (m.order, m.pk))
    ]
    context = {
        "project": project,
        "milestones": milestones,
        "obstacles": obstacles,
        "timeline": mark_safe(timeline_svg(project, on=on)),  # noqa: S308 - SVG rendered by vl-convert from our data
        "progress": mark_safe(progress_svg(project)),  # noqa: S308
        "editable": editable,
        "can_raise": editable or may_raise_obstacle(request.user, project),
        "form": ObstacleForm(initial={"raised_on": on, "deadline_basis": DeadlineBasis.WORKING}),
        "levels": EscalationLevel.choices,
        "on": on,
        "error": error,
    }
    return render(request, "web/projects/project.html", context)


@login_required  # the obstacle ledger is internal
def board_page(request: HttpRequest) -> HttpResponse:
    on, error = _on(request)
    agency = request.GET.get("agency", "")
    groups = board(on=on, agency_id=int(agency) if agency.isdigit() else None)
    context = {
        "groups": groups,
        "on": on,
        "error": error,
        "agencies": Agency.objects.all(),
        "agency": agency,
        "query": request.GET.urlencode(),
    }
    return render(request, "web/projects/board.html", context, status=400 if error else 200)


@login_required
def board_download(request: HttpRequest, fmt: str) -> HttpResponse:
    on, _error = _on(request)
    agency = request.GET.get("agency", "")
    groups = board(on=on, agency_id=int(agency) if agency.isdigit() else None)
    if fmt == "pdf":
        response = HttpResponse(board_pdf(groups, on=on), content_type="application/pdf")
    else:
        response = HttpResponse(board_xlsx(groups, on=on), content_type=XLSX)
    response["Content-Disposition"] = f'attachment; filename="provind-vuong-mac-{on.isoformat()}.{fmt}"'
    return response


def _refused(request: HttpRequest, message: str, back: str, status: int = 403) -> HttpResponse:
    return render(request, "web/projects/refused.html", {"message": message, "back": back}, status=status)


def _step_refused(request: HttpRequest, exc: ProvindError, back: str) -> HttpResponse:
    """Out of scope: 403; done meanwhile by someone else (stale): 409; a step that does not fit: 400."""
    status = {"not_allowed": 403, "stale": 409}.get(exc.code, 400)
    return _refused(request, str(exc), back, status)


@login_required
@require_POST
def obstacle_new(request: HttpRequest, code: str) -> HttpResponse:
    project = get_object_or_404(KeyProject, code=code)
    back = reverse("web:project-detail", args=[project.code])
    form = ObstacleForm(request.POST)
    if not form.is_valid():
        return _refused(request, form.errors.as_text(), back, 400)
    data = form.cleaned_data
    try:
        create_obstacle(
            project=project,
            description=data["description"],
            category=data["category"],
            agency=data["agency"],
            raised_on=data["raised_on"],
            by=request.user,
            requested_action=data["requested_action"],
            response_days=data["response_days"],
            deadline_basis=data["deadline_basis"],
            deadline=data["deadline"],
        )
    except (NotAllowed, ObstacleError) as exc:
        return _step_refused(request, exc, back)
    return redirect(back)


@login_required
@require_POST
def obstacle_action(request: HttpRequest, pk: int, action: str) -> HttpResponse:
    obstacle = get_object_or_404(Obstacle.objects.select_related("project"), pk=pk)
    back = request.POST.get("next") or reverse("web:project-detail", args=[obstacle.project.code])
    if not url_has_allowed_host_and_scheme(back, allowed_hosts={request.get_host()}, require_https=request.is_secure()):
        back = reverse("web:project-detail", args=[obstacle.project.code])  # never off-site (//evil.example)
    text = request.POST.get("text", "")
    sent = request.POST.get("version", "")
    version = int(sent) if sent.isdigit() else None  # the state the page showed; older is refused
    try:
        if action == "resolve":
            resolve_obstacle(obstacle=obstacle, resolution=text, by=request.user, expected_version=version)
        elif action == "reopen":
            reopen_obstacle(obstacle=obstacle, reason=text, by=request.user, expected_version=version)
        elif action == "start":
            start_obstacle_work(obstacle=obstacle, by=request.user, note=text, expected_version=version)
        elif action == "escalate":
            escalate_obstacle(
                obstacle=obstacle,
                to_level=request.POST.get("level", ""),
                by=request.user,
                note=text,
                expected_version=version,
            )
        else:
            return HttpResponseForbidden()
    except (NotAllowed, ObstacleError) as exc:  # StaleEdit is an ObstacleError
        return _step_refused(request, exc, back)
    return redirect(back)


@login_required
@require_POST
def milestone_edit(request: HttpRequest, pk: int) -> HttpResponse:
    milestone = get_object_or_404(Milestone.objects.select_related("project"), pk=pk)
    back = reverse("web:project-detail", args=[milestone.project.code])
    form = MilestoneForm(request.POST, prefix=f"m{milestone.pk}")
    if not form.is_valid():
        return _refused(request, form.errors.as_text(), back, 400)
    try:
        move_milestone(
            milestone=milestone,
            planned_on=form.cleaned_data["planned_on"],
            actual_on=form.cleaned_data["actual_on"],
            by=request.user,
            expected_version=form.cleaned_data["version"],
        )
    except (NotAllowed, StaleMilestone) as exc:
        return _step_refused(request, exc, back)
    return redirect(back)
