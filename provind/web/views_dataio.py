"""Nhập dữ liệu: download the template, upload a file, see every row's problem, then commit."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from provind.dataio.cells import CellError
from provind.dataio.exports import CONTENT_TYPES
from provind.dataio.tables import read_table
from provind.dataio.templates import observations_template
from provind.geography.queries import template_units
from provind.indicators.imports import import_observations
from provind.web.params import (
    HOME_PROVINCE,
    KeptUpload,
    keep_upload,
    kept_upload,
    may_enter_data,
    release_upload,
)


def _keep_or_release(upload: KeptUpload, *, ok: bool) -> None:
    """Checked and fine: kept for the confirming request. Committed: removed."""
    if ok and not upload.commit:
        keep_upload(upload)
    elif ok:
        release_upload(upload)


def template_download(request: HttpRequest) -> HttpResponse:
    content = observations_template(template_units(HOME_PROVINCE))
    response = HttpResponse(content, content_type=CONTENT_TYPES["xlsx"])
    response["Content-Disposition"] = 'attachment; filename="provind-mau-nhap-so-lieu.xlsx"'
    return response


def projects_template_download(request: HttpRequest) -> HttpResponse:
    from provind.projects.import_template import projects_template

    response = HttpResponse(projects_template(), content_type=CONTENT_TYPES["xlsx"])
    response["Content-Disposition"] = 'attachment; filename="provind-mau-nhap-du-an.xlsx"'
    return response


@login_required
def import_page(request: HttpRequest) -> HttpResponse:
    """GET: the form. POST with a file: dry run, file kept under its hash. POST with the hash
    and `commit`: the same file imported for real, all rows or none."""
    if not may_enter_data(request):
        return render(request, "web/import.html", {"forbidden": True}, status=403)
    if request.method != "POST":
        return render(request, "web/import.html", {})
    upload = kept_upload(request, "upload.xlsx")
    if isinstance(upload, str):
        return render(request, "web/import.html", {"error": upload}, status=400)
    try:
        table = read_table(upload.data, upload.name)
    except CellError as exc:
        return render(request, "web/import.html", {"error": str(exc)}, status=400)
    result = import_observations(table, user=request.user, dry_run=not upload.commit, check_scope=True)
    _keep_or_release(upload, ok=result.ok)
    context = {"result": result, "digest": upload.digest, "name": upload.name, "committed": upload.commit and result.ok}
    return render(request, "web/import.html", context, status=200 if result.ok else 400)


@login_required
def import_projects_page(request: HttpRequest) -> HttpResponse:
    """Key projects, milestones and obstacles from a workbook: check first, then save all or none."""
    from provind.projects.imports import import_project_workbook

    if not may_enter_data(request):
        return render(request, "web/import_projects.html", {"forbidden": True}, status=403)
    if request.method != "POST":
        return render(request, "web/import_projects.html", {})
    upload = kept_upload(request, "projects.xlsx")
    if isinstance(upload, str):
        return render(request, "web/import_projects.html", {"error": upload}, status=400)
    result = import_project_workbook(
        upload.data, upload.name, user=request.user, dry_run=not upload.commit, check_scope=True
    )
    _keep_or_release(upload, ok=result.ok)
    context = {"result": result, "digest": upload.digest, "name": upload.name, "committed": upload.commit and result.ok}
    return render(request, "web/import_projects.html", context, status=200 if result.ok else 400)
