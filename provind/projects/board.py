"""The weekly meeting's obstacle board as printable PDF (WeasyPrint) and as XLSX."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.template.loader import render_to_string
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from provind.lib.xlsx import Column, human_workbook
from provind.projects.models import today
from provind.projects.queries import AgencyGroup


def board_xlsx(groups: list[AgencyGroup], *, on: dt.date | None = None) -> bytes:
    """The board for people: words instead of codes, real dates, Có/Không, a title row."""
    day = on or today()
    columns = [
        Column(_("Responsible agency"), width=30),
        Column(_("Project"), width=35),
        Column(_("Obstacle"), width=50),
        Column(_("Category")),
        Column(_("Raised"), "date"),
        Column(_("Age (days)"), "int"),
        Column(_("Deadline"), "date"),
        Column(_("Deadline counted in")),
        Column(_("Overdue"), "bool"),
        Column(_("Days overdue"), "int"),
        Column(_("Escalation level"), width=24),
        Column(_("Status")),
        Column(_("Requested action"), width=40),
    ]
    rows: list[list[Any]] = []
    for group in groups:
        for item in group.items:
            o = item.obstacle
            rows.append(
                [
                    group.agency.name,
                    o.project.name,
                    o.description,
                    o.get_category_display(),
                    o.raised_on,
                    item.age_days,
                    o.deadline,
                    o.get_deadline_basis_display(),
                    item.is_overdue,
                    item.days_overdue if item.is_overdue else None,
                    o.get_escalation_level_display(),
                    o.get_status_display(),
                    o.requested_action,
                ]
            )
    language = get_language() or "vi"
    return human_workbook(
        title=_("Key projects: obstacle board"),
        subtitle=_("Open obstacles on %(day)s, overdue first within each agency (Provind)")
        % {"day": day.strftime("%d/%m/%Y")},
        columns=columns,
        rows=rows,
        sheet_title=_("Obstacles"),
        language=language,
    )


def board_html(groups: list[AgencyGroup], *, on: dt.date) -> str:
    return render_to_string("projects/board_print.html", {"groups": groups, "on": on})


def board_pdf(groups: list[AgencyGroup], *, on: dt.date) -> bytes:
    from weasyprint import HTML  # imported here: WeasyPrint loads Pango at import, pages that never print skip it

    pdf: bytes = HTML(string=board_html(groups, on=on)).write_pdf()
    return pdf
