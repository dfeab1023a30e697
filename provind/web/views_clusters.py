"""Cụm công nghiệp: the registry list with its funnel, a cluster's page, the map, and the public
page of unleased industrial land (no login: the investor's duty under Decree 32 Art. 19.5)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal
from typing import Any

from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.db.models import Prefetch
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone

from provind.accounts.permissions import may_change
from provind.clusters.models import ClusterEvent, IndustrialCluster, Tenant
from provind.clusters.quality import check_cluster, check_registry
from provind.clusters.rules import check_size
from provind.clusters.territory import map_position
from provind.errors import InputError
from provind.geography.models import AdminUnit
from provind.web.params import HOME_PROVINCE, parse_day


def _as_of(request: HttpRequest) -> tuple[dt.date, str | None]:
    return parse_day(request.GET.get("as_of"), timezone.localdate())


def land_use(cluster: IndustrialCluster, on: dt.date) -> dict[str, Any]:
    """Leased and approved land and the occupancy, as `queries.occupancy_of` defines them for
    every page, the API and the forms (the latest Form 02, else the recorded tenants)."""
    from provind.clusters.queries import occupancy_of

    occupancy = occupancy_of(cluster, on)
    leased, approved = occupancy.leased_ha, occupancy.approved_ha
    industrial = cluster.industrial_land_ha
    established = cluster.established_area_ha

    def width(part: Decimal | None) -> float:
        whole = established or industrial
        return float(part / whole * 100) if part is not None and whole else 0.0

    return {
        "leased": leased,
        "approved": approved,
        "industrial": industrial,
        "established": established,
        "occupancy": occupancy.pct,
        "occupancy_source": occupancy.source,
        "bar": {"industrial": width(industrial), "leased": width(leased), "approved": width(approved)},
    }


def cluster_detail(request: HttpRequest, code: str) -> HttpResponse:
    """The cluster's page; a POST from a Department editor records a request to its investor."""
    from provind.clusters.requests import ask, may_answer, may_ask, new_form_token, requests_for

    cluster = get_object_or_404(
        IndustrialCluster.objects.select_related(
            "commune", "former_commune", "former_district", "province", "investor"
        ).prefetch_related("events", "tenants", "plan_entries__plan", "form02"),
        code=code,
    )
    on, error = _as_of(request)
    context: dict[str, Any] = {
        "cluster": cluster,
        "stage": cluster.stage_on(on),
        "events": sorted(cluster.events.all(), key=lambda e: (e.date or dt.date.min, e.pk)),
        "land": land_use(cluster, on),
        "reports": sorted(cluster.form02.all(), key=lambda r: r.window),
        "as_of": on,
        "error": error,
    }
    context["checks"] = [check_size(cluster)]
    context["findings"] = check_cluster(cluster, on)
    status = 200
    asking = may_ask(request.user, cluster)
    if request.method == "POST":
        if not asking:
            raise PermissionDenied
        try:
            ask(
                cluster,
                by=request.user,
                text=request.POST.get("text", ""),
                working_days=request.POST.get("working_days", ""),
                on=timezone.localdate(),
                form_token=request.POST.get("form_token", ""),
            )
        except InputError as exc:
            context["request_error"], context["request_values"], status = exc, request.POST, 400
        else:
            return redirect(reverse("web:cluster-detail", args=[cluster.code]) + "#requests")
    context["may_ask"] = asking
    if asking:
        context["ask_token"] = new_form_token()
    if asking or may_answer(request.user, cluster):  # the Department and the cluster's investor
        today = timezone.localdate()
        context["dept_requests"] = [
            {"request": r, "left": r.working_days_left(today) if r.is_open else None} for r in requests_for([cluster])
        ]
    return render(request, "web/clusters/detail.html", context, status=status)


@login_required
def request_answer(request: HttpRequest, pk: int) -> HttpResponse:
    """The investor answers what the Department asked; the answer closes the request."""
    from provind.clusters.models import DepartmentRequest
    from provind.clusters.requests import answer, may_answer

    found = get_object_or_404(DepartmentRequest.objects.select_related("cluster", "asked_by"), pk=pk)
    if not may_answer(request.user, found.cluster):
        raise PermissionDenied
    context: dict[str, Any] = {"r": found, "today": timezone.localdate()}
    status = 200
    if request.method == "POST":
        try:
            answer(found, by=request.user, text=request.POST.get("answer", ""), on=timezone.localdate())
        except InputError as exc:
            context["error"], status = exc, 400
        else:
            return redirect("/#asked")
    if found.is_open:
        context["left"] = found.working_days_left(context["today"])
    return render(request, "web/clusters/request_answer.html", context, status=status)


def registry_checks(request: HttpRequest) -> HttpResponse:
    """The registry check list: every record that contradicts Decree 32 or itself, with the basis."""
    from provind.clusters.queries import clusters_for

    on, error = _as_of(request)
    province = request.GET.get("province") or HOME_PROVINCE
    clusters = [r.cluster for r in clusters_for(province_code=province, as_of=on)]
    context = {"findings": check_registry(clusters, on), "as_of": on, "error": error, "count": len(clusters)}
    return render(request, "web/clusters/checks.html", context, status=400 if error else 200)


def cluster_map(request: HttpRequest) -> HttpResponse:
    """Markers at the cluster's coordinates, else at its commune's centroid; commune centroids
    as a light context layer (no tile server: the map works offline)."""
    clusters = IndustrialCluster.objects.select_related("commune", "former_commune").prefetch_related(
        Prefetch("events", queryset=ClusterEvent.objects.order_by("date"))
    )
    on = timezone.localdate()
    points = []
    for cluster in clusters:
        position = map_position(cluster)
        if position is None:
            continue
        lat, lon, exact = position
        points.append(
            {
                "code": cluster.code,
                "name": cluster.name,
                "lat": lat,
                "lon": lon,
                "exact": exact,
                "stage": cluster.stage_on(on) or "",
                "url": reverse("web:cluster-detail", args=[cluster.code]),
            }
        )
    communes = [
        {"name": u.name, "lat": u.latitude, "lon": u.longitude}
        for u in AdminUnit.objects.valid_on(on).filter(parent__code=HOME_PROVINCE, latitude__isnull=False)
    ]
    return render(request, "web/clusters/map.html", {"points": points, "communes": communes})


def _window(request: HttpRequest) -> tuple[Any, str | None]:
    from provind.clusters.windows import ReportingWindow, WindowError

    today = timezone.localdate()
    default = f"{today.year}H1" if today.month <= 6 else str(today.year)
    try:
        return ReportingWindow.parse(request.GET.get("window") or request.POST.get("window") or default), None
    except WindowError as exc:
        return ReportingWindow.parse(default), str(exc)


def _filed(
    request: HttpRequest,
    default_name: str,
    from_file: Callable[[bytes, str], tuple[Any, list[Any]]],
    from_fields: Callable[[], tuple[Any, list[Any]]],
) -> tuple[Any, list[Any]]:
    """A Form 01/02 filed from an uploaded workbook or from the page's fields: (the stored report
    or None, the problems to show). Refused forms give their problems; nothing is stored then."""
    from provind.clusters.circular14.submissions import FormRejected

    try:
        upload = request.FILES.get("file")
        if upload is not None:
            return from_file(upload.read(), upload.name or default_name)
        return from_fields()
    except FormRejected as exc:
        return None, _refused_problems(request, exc)


def _based_on(request: HttpRequest) -> int | None:
    """The report version the filer's page showed (None when it showed none). A POST without the
    field (an old page or a script) is taken as having seen no report: it files the window's first
    report, and never silently replaces a stored one (issue 9)."""
    raw = request.POST.get("version", "")
    return int(raw) if raw.strip().isdigit() else None


def _refused_problems(request: HttpRequest, exc: Any) -> list[Any]:
    """The problems of a refused filing; a stale one sent without `version` says why first."""
    from provind.clusters.circular14.submissions import FormStale, Problem

    problems = list(exc.problems)
    if isinstance(exc, FormStale) and "version" not in request.POST:
        current = exc.current
        problems.insert(
            0,
            Problem(
                "version",
                f"biểu mẫu gửi lên không ghi phiên bản báo cáo đã xem, nên không thay thế báo cáo kỳ "
                f"{current.window} đã lưu (phiên bản {current.version}); số liệu đã lưu ghi ở dưới",
                f"the filing does not say which report version it saw, so it does not replace the stored "
                f"{current.window} report (version {current.version}); the stored figures are listed below",
            ),
        )
    return problems


@login_required
def form02_entry(request: HttpRequest, code: str) -> HttpResponse:
    """Form 02 by web form or XLSX upload, for the cluster's scoped investor (or an editor)."""
    from provind.clusters.circular14.files import XLSX_TYPE, form02_xlsx
    from provind.clusters.circular14.submissions import NotAllowed, form02_flags, submit_form02
    from provind.clusters.circular14.wording import FORM02_FIELDS
    from provind.clusters.form_import import import_form02

    cluster = get_object_or_404(IndustrialCluster, code=code)
    window, error = _window(request)
    if not may_change(request.user, cluster):
        return render(request, "web/clusters/form02.html", {"cluster": cluster, "forbidden": True}, status=403)
    if request.GET.get("format") == "xlsx":
        report = cluster.form02.filter(window=window.code).first()
        response = HttpResponse(form02_xlsx(cluster=cluster, window=window, report=report), content_type=XLSX_TYPE)
        response["Content-Disposition"] = f'attachment; filename="mau-02-{cluster.code}-{window.code}.xlsx"'
        return response
    values: dict[str, str] = {f.name: request.POST.get(f.name, "") for f in FORM02_FIELDS}
    problems: list[Any] = []
    saved = None
    status = 200
    if request.method == "POST" and error is None:

        def from_file(data: bytes, filename: str) -> tuple[Any, list[Any]]:
            imported = import_form02(
                data=data, filename=filename, user=request.user, cluster=cluster, window=window, based_on=based_on
            )
            return (imported.report if imported.ok else None), [*imported.errors, *imported.warnings]

        def from_fields() -> tuple[Any, list[Any]]:
            report = submit_form02(cluster=cluster, window=window, data=values, user=request.user, based_on=based_on)
            return report, form02_flags(report)

        based_on = _based_on(request)
        try:
            saved, problems = _filed(request, "form02.xlsx", from_file, from_fields)
        except NotAllowed:
            return render(request, "web/clusters/form02.html", {"cluster": cluster, "forbidden": True}, status=403)
        status = 200 if saved is not None else 400
    elif request.method == "GET":
        existing = cluster.form02.filter(window=window.code).first()
        if existing is not None:
            values = {f.name: str(getattr(existing, f.name)) for f in FORM02_FIELDS}
            problems = form02_flags(existing)
    shown = [{**p.as_dict(), "vi": p.vi, "en": p.en} for p in problems]
    stored = saved or cluster.form02.filter(window=window.code).first()
    context = {
        "cluster": cluster,
        "window": window,
        "error": error,
        "fields": FORM02_FIELDS,
        "values": values,
        "problems": shown,
        "saved": saved,
        "version": stored.version if stored is not None else "",
    }
    return render(request, "web/clusters/form02.html", context, status=status)


@login_required  # Forms 03/04 are internal working documents
def form_summary(request: HttpRequest, form: str) -> HttpResponse:
    """Form 03 / Form 04 computed from the registry and the reports, each number linked to its
    clusters; XLSX and DOCX in the official layout; deadlines and who has not reported."""
    from provind.approvals.visibility import form_readable, unpublished_form
    from provind.clusters.circular14.deadlines import deadlines, who_has_not_submitted
    from provind.clusters.circular14.files import DOCX_TYPE, XLSX_TYPE, form_docx, form_xlsx
    from provind.clusters.circular14.summary import FormUnitError, compute_form
    from provind.geography.queries import UnitNotFound, resolve_unit

    if form not in ("03", "04"):
        raise Http404(form)
    window, error = _window(request)
    code = request.GET.get("unit") or HOME_PROVINCE
    try:
        unit = resolve_unit(code, window.end)
        if error is None and not form_readable(request.user, form, unit=unit, window=window.code):
            context = {"form": form, "error": unpublished_form(form, unit, window.code), "window": window}
            return render(request, "web/clusters/form_summary.html", context, status=403)
        result = compute_form(form="03" if form == "03" else "04", unit=unit, window=window)
    except (UnitNotFound, FormUnitError) as exc:
        return render(
            request, "web/clusters/form_summary.html", {"form": form, "error": str(exc), "window": window}, status=400
        )
    fmt = request.GET.get("format")
    if fmt in ("xlsx", "docx"):
        content, ctype = (
            (form_xlsx(result=result), XLSX_TYPE) if fmt == "xlsx" else (form_docx(result=result), DOCX_TYPE)
        )
        response = HttpResponse(content, content_type=ctype)
        response["Content-Disposition"] = f'attachment; filename="mau-{form}-{unit.code}-{window.code}.{fmt}"'
        return response
    province = unit if unit.parent is None else None
    missing = []
    if province is not None:
        missing = [
            m
            for form_code in ("02", "01")
            for m in who_has_not_submitted(
                window=window,
                form=form_code,
                province=province,
                clusters=result.clusters,
            )
        ]
    context = {
        "form": form,
        "result": result,
        "window": window,
        "unit": unit,
        "error": error,
        "deadlines": sorted(deadlines(window=window).items()),
        "missing": missing,
    }
    return render(request, "web/clusters/form_summary.html", context, status=400 if error else 200)


def cluster_list(request: HttpRequest) -> HttpResponse:
    """The registry on a date, filtered, with the funnel and the plan totals beside it."""
    from provind.clusters.queries import QueryError, clusters_for, sentence_en, sentence_vi, summary
    from provind.clusters.rules import check_new_cluster

    on, error = _as_of(request)
    scope_district = request.GET.get("district") or None
    stage = request.GET.get("stage") or None
    search = request.GET.get("q") or None
    province = request.GET.get("province") or HOME_PROVINCE
    rows: list[Any] = []
    facts = None
    try:
        facts = summary(province_code=province, as_of=on)
        rows = clusters_for(province_code=province, stage=stage, as_of=on, search=search)
        scope = clusters_for(province_code=province, stage="established", as_of=on, former_district_code=scope_district)
        new_cluster = check_new_cluster([r.cluster for r in scope])
    except QueryError as exc:
        error = str(exc)
        new_cluster = None
    english = (request.LANGUAGE_CODE or "vi").startswith("en")
    context = {
        "rows": rows,
        "summary": facts,
        "as_of": on,
        "stage": stage or "",
        "q": search or "",
        "error": error,
        "sentence": (sentence_en(facts) if english else sentence_vi(facts)) if facts else "",
        "province": province,
        "new_cluster": new_cluster,
        "district": scope_district or "",
    }
    return render(request, "web/clusters/list.html", context, status=400 if error else 200)


def public_land(request: HttpRequest) -> HttpResponse:
    """No login: unleased industrial land by cluster, what investors look for (Decree 32 Art. 19.5)."""
    from provind.clusters.queries import unleased_land

    rows = unleased_land(province_code=request.GET.get("province") or HOME_PROVINCE)
    return render(request, "web/clusters/public_land.html", {"rows": rows})


@login_required
def form01_entry(request: HttpRequest, tenant_id: int) -> HttpResponse:
    """Form 01 by web form or XLSX upload, for the tenant's own reporter (or its cluster's editors)."""
    from provind.clusters.circular14.files import XLSX_TYPE
    from provind.clusters.circular14.submissions import NotAllowed, may_report_for_tenant, submit_form01
    from provind.clusters.circular14.wording import FORM01_FIELDS
    from provind.clusters.form01_io import form01_xlsx, import_form01

    tenant = get_object_or_404(Tenant.objects.select_related("cluster"), pk=tenant_id)
    window, error = _window(request)
    if not may_report_for_tenant(request.user, tenant):
        return render(request, "web/clusters/form01.html", {"tenant": tenant, "forbidden": True}, status=403)
    existing = tenant.form01.filter(window=window.code).first()
    if request.GET.get("format") == "xlsx":
        response = HttpResponse(form01_xlsx(tenant=tenant, window=window, report=existing), content_type=XLSX_TYPE)
        response["Content-Disposition"] = f'attachment; filename="mau-01-{tenant.pk}-{window.code}.xlsx"'
        return response
    values = {f.name: request.POST.get(f.name, "") for f in FORM01_FIELDS}
    problems: list[Any] = []
    saved = None
    status = 200
    if request.method == "POST" and error is None:

        def from_file(data: bytes, filename: str) -> tuple[Any, list[Any]]:
            imported = import_form01(
                data=data,
                filename=filename,
                tenant=tenant,
                window=window,
                user=request.user,  # type: ignore[arg-type]
                based_on=based_on,
            )
            return imported.report, list(imported.problems)

        def from_fields() -> tuple[Any, list[Any]]:
            report = submit_form01(tenant=tenant, window=window, data=values, user=request.user, based_on=based_on)
            return report, []

        based_on = _based_on(request)
        try:
            saved, problems = _filed(request, "form01.xlsx", from_file, from_fields)
        except NotAllowed:
            return render(request, "web/clusters/form01.html", {"tenant": tenant, "forbidden": True}, status=403)
        status = 200 if saved is not None else 400
    elif existing is not None:
        values = {f.name: str(getattr(existing, f.name)) for f in FORM01_FIELDS}
    stored = saved or existing
    context = {
        "tenant": tenant,
        "window": window,
        "error": error,
        "fields": FORM01_FIELDS,
        "values": values,
        "problems": problems,
        "saved": saved,
        "version": stored.version if stored is not None else "",
    }
    return render(request, "web/clusters/form01.html", context, status=status)


def establishment_clock_page(request: HttpRequest) -> HttpResponse:
    """The Decree 32 Art. 10 deadlines from a first proposal date, in working days with
    Vietnamese public holidays (Tết by the lunar calendar), or from a cluster's recorded events."""
    from provind.clusters.models import EventKind
    from provind.clusters.rules import establishment_clock

    error = None
    steps: list[Any] = []
    cluster = None
    dates: dict[str, dt.date | None] = {}
    for name in ("start", "appraised_on", "decided_on"):
        day, problem = parse_day(request.GET.get(name), dt.date.min)
        dates[name] = None if problem or not request.GET.get(name) else day
        error = error or problem
    if request.GET.get("cluster"):
        cluster = get_object_or_404(IndustrialCluster, code=request.GET["cluster"])
        by_kind = {e.kind: e.date for e in cluster.events.all() if e.date}
        dates["start"] = dates["start"] or by_kind.get(EventKind.INVESTOR_PROPOSED)
        dates["appraised_on"] = dates["appraised_on"] or by_kind.get(EventKind.APPRAISED)
        dates["decided_on"] = dates["decided_on"] or by_kind.get(EventKind.ESTABLISHED)
    start = dates["start"]
    if start is not None and error is None:
        steps = establishment_clock(start, appraised_on=dates["appraised_on"], decided_on=dates["decided_on"])
    context = {"steps": steps, "error": error, "dates": dates, "cluster": cluster}
    return render(request, "web/clusters/clock.html", context, status=400 if error else 200)
