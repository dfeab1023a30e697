"""Nhập từ văn bản: paste or upload a report, review the proposed figures, accept some or all."""

from __future__ import annotations

from typing import Any

from django.contrib.auth.decorators import login_required
from django.contrib.auth.models import User
from django.core.files.base import ContentFile
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.http import urlencode
from django.utils.translation import gettext as _

from provind.accounts.permissions import roles_of
from provind.accounts.roles import Role
from provind.dataio.cells import CellError
from provind.dataio.text_review import MAX_TEXT, REVIEW_COLUMNS, accept, propose, read_document, source_fields
from provind.indicators.models import Indicator, Source, Status
from provind.web.params import MAX_UPLOAD, may_enter_data

EDITABLE = [c for c in REVIEW_COLUMNS if c not in ("span_start", "span_end", "source_excerpt", "vintage")]


def _segments(text: str, spans: list[tuple[int, int, int]]) -> list[tuple[str, int | None]]:
    """The text cut into plain pieces and highlighted figures (index of the proposal)."""
    pieces: list[tuple[str, int | None]] = []
    cursor = 0
    for start, end, index in sorted(spans):
        if start < cursor:  # overlapping spans: the first one wins
            continue
        pieces.append((text[cursor:start], None))
        pieces.append((text[start:end], index))
        cursor = end
    pieces.append((text[cursor:], None))
    return pieces


@login_required
def text_start(request: HttpRequest) -> HttpResponse:
    if not may_enter_data(request):
        return render(request, "web/text_start.html", {"forbidden": True}, status=403)
    if request.method != "POST":
        return render(request, "web/text_start.html", {"region": "Thái Nguyên"})
    context: dict[str, Any] = {k: request.POST.get(k, "") for k in ("title", "number", "url", "published_on", "region")}
    text = request.POST.get("text", "")
    upload = request.FILES.get("file")
    try:
        published = source_fields(
            title=context["title"], number=context["number"], url=context["url"], published_on=context["published_on"]
        )
        if upload is not None:
            if upload.size and upload.size > MAX_UPLOAD:
                raise CellError("tệp lớn hơn 20 MB", "the file is larger than 20 MB")
            data = upload.read()
            text = read_document(data, upload.name or "document.txt")
        if not text.strip():
            raise CellError("hãy dán văn bản hoặc chọn tệp", "paste a text or choose a file")
        if len(text) > MAX_TEXT:
            raise CellError("văn bản dài quá 2 triệu ký tự", "the text is longer than 2 million characters")
    except CellError as exc:
        return render(request, "web/text_start.html", {**context, "text": text, "error": str(exc)}, status=400)
    source = Source(
        title=context["title"] or (upload.name if upload and upload.name else _("Pasted text")),
        number=context["number"],
        url=context["url"],
        published_on=published,
        text=text,
        entered_by=request.user if isinstance(request.user, User) else None,
    )
    if upload is not None:
        source.file.save(upload.name or "document", ContentFile(data), save=False)
    source.save()
    return redirect(f"{reverse('web:text-review', args=[source.pk])}?{urlencode({'region': context['region']})}")


def may_read_source(request: HttpRequest, source: Source) -> bool:
    """The person who entered a text, the Department's editors and admins read it back."""
    if roles_of(request.user).intersection({Role.ADMIN, Role.DEPARTMENT_EDITOR}):
        return True
    return source.entered_by_id is not None and source.entered_by_id == request.user.pk


@login_required
def text_review(request: HttpRequest, source_id: int) -> HttpResponse:
    if not may_enter_data(request):
        return render(request, "web/text_start.html", {"forbidden": True}, status=403)
    source = get_object_or_404(Source, pk=source_id)
    if not may_read_source(request, source):
        raise Http404  # as if it did not exist: numbers are sequential
    region = request.GET.get("region") or request.POST.get("region") or "Thái Nguyên"
    proposals = propose(source.text, region=region or None, document_date=source.published_on)
    rows = [p.as_row(source.published_on, source.text) for p in proposals]
    result = None
    chosen: set[int] = {p.index for p in proposals if p.accepted_by_default}
    status = 200
    if request.method == "POST":
        chosen = {int(i) for i in request.POST.getlist("accept") if i.isdigit() and int(i) < len(rows)}
        for index, row in enumerate(rows):
            for name in EDITABLE:
                key = f"row-{index}-{name}"
                if key in request.POST:
                    row[name] = request.POST[key].strip()
        picked = [rows[i] for i in sorted(chosen)]
        if not picked:
            result = None
        else:
            result = accept(picked, source=source, user=request.user)
            status = 200 if result.ok else 400
    context = {
        "source": source,
        "region": region,
        "items": [{"proposal": p, "row": r, "chosen": p.index in chosen} for p, r in zip(proposals, rows, strict=True)],
        "segments": _segments(source.text, [(p.fact.span[0], p.fact.span[1], p.index) for p in proposals]),
        "indicators": Indicator.objects.all(),
        "statuses": Status.choices,
        "result": result,
        "nothing_chosen": request.method == "POST" and not chosen,
    }
    return render(request, "web/text_review.html", context, status=status)
