"""Nhập dữ liệu: download the template, upload a file, see every row's problem, then commit."""

from __future__ import annotations

import hashlib

from django.contrib.auth.decorators import login_required
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.translation import gettext as _

from provind.accounts.permissions import roles_of
from provind.accounts.roles import Role
from provind.dataio.cells import CellError
from provind.dataio.observations import import_observations
from provind.dataio.tables import read_table
from provind.dataio.templates import observations_template
from provind.geography.queries import template_units
from provind.web.views_indicators import HOME_PROVINCE

MAX_UPLOAD = 20 * 1024 * 1024
EDITORS = {Role.ADMIN, Role.DEPARTMENT_EDITOR, Role.COMMUNE_OFFICER}


def template_download(request: HttpRequest) -> HttpResponse:
    content = observations_template(template_units(HOME_PROVINCE))
    response = HttpResponse(content, content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    response["Content-Disposition"] = 'attachment; filename="provind-mau-nhap-so-lieu.xlsx"'
    return response


@login_required
def import_page(request: HttpRequest) -> HttpResponse:
    """GET: the form. POST with a file: dry run, file kept under its hash. POST with the hash
    and `commit`: the same file imported for real, all rows or none."""
    if not roles_of(request.user).intersection(EDITORS):
        return render(request, "web/import.html", {"forbidden": True}, status=403)
    context: dict[str, object] = {}
    if request.method == "POST":
        upload = request.FILES.get("file")
        digest = request.POST.get("digest", "")
        name = request.POST.get("name", "")
        if upload is not None:
            if upload.size and upload.size > MAX_UPLOAD:
                context["error"] = _("The file is larger than 20 MB.")
                return render(request, "web/import.html", context, status=400)
            data = upload.read()
            digest = hashlib.sha256(data).hexdigest()
            name = upload.name or "upload.xlsx"
            path = f"uploads/{digest}"
            if not default_storage.exists(path):
                default_storage.save(path, ContentFile(data))
        elif digest and all(c in "0123456789abcdef" for c in digest) and default_storage.exists(f"uploads/{digest}"):
            with default_storage.open(f"uploads/{digest}") as fh:
                data = fh.read()
        else:
            context["error"] = _("Choose a file to upload.")
            return render(request, "web/import.html", context, status=400)
        commit = "commit" in request.POST and upload is None
        try:
            table = read_table(data, name)
        except CellError as exc:
            context["error"] = str(exc)
            return render(request, "web/import.html", context, status=400)
        result = import_observations(table, user=request.user, dry_run=not commit, check_scope=True)
        context.update({"result": result, "digest": digest, "name": name, "committed": commit and result.ok})
        return render(request, "web/import.html", context, status=200 if result.ok else 400)
    return render(request, "web/import.html", context)


@login_required
def import_projects_page(request: HttpRequest) -> HttpResponse:
    """Key projects, milestones and obstacles from a workbook: check first, then save all or none."""
    from provind.projects.imports import import_project_workbook

    if not roles_of(request.user).intersection(EDITORS):
        return render(request, "web/import_projects.html", {"forbidden": True}, status=403)
    if request.method != "POST":
        return render(request, "web/import_projects.html", {})
    upload = request.FILES.get("file")
    digest = request.POST.get("digest", "")
    name = request.POST.get("name", "")
    if upload is not None:
        data = upload.read()
        digest, name = hashlib.sha256(data).hexdigest(), upload.name or "projects.xlsx"
        if not default_storage.exists(f"uploads/{digest}"):
            default_storage.save(f"uploads/{digest}", ContentFile(data))
    elif digest and all(c in "0123456789abcdef" for c in digest) and default_storage.exists(f"uploads/{digest}"):
        with default_storage.open(f"uploads/{digest}") as fh:
            data = fh.read()
    else:
        return render(request, "web/import_projects.html", {"error": _("Choose a file to upload.")}, status=400)
    commit = "commit" in request.POST and upload is None
    result = import_project_workbook(data, name, user=request.user, dry_run=not commit, check_scope=True)
    context = {"result": result, "digest": digest, "name": name, "committed": commit and result.ok}
    return render(request, "web/import_projects.html", context, status=200 if result.ok else 400)
