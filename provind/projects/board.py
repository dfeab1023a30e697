"""The weekly meeting's obstacle board as printable PDF (WeasyPrint) and as XLSX."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.template.loader import render_to_string
from django.utils.translation import gettext as _

from provind.dataio.exports import to_xlsx
from provind.projects.queries import AgencyGroup

XLSX_COLUMNS = [
    "agency", "project", "obstacle", "category", "raised_on", "age_days", "deadline", "deadline_basis",
    "overdue", "days_overdue", "escalation_level", "status", "requested_action",
]  # fmt: skip


def board_rows(groups: list[AgencyGroup]) -> list[list[Any]]:
    rows: list[list[Any]] = []
    for group in groups:
        for item in group.items:
            o = item.obstacle
            rows.append([
                group.agency.name, o.project.name, o.description, o.category, o.raised_on, item.age_days,
                o.deadline, o.deadline_basis, item.is_overdue, item.days_overdue,
                o.escalation_level, o.status, o.requested_action,
            ])  # fmt: skip
    return rows


def board_xlsx(groups: list[AgencyGroup]) -> bytes:
    return to_xlsx(XLSX_COLUMNS, board_rows(groups), title=_("Obstacles"))


def board_html(groups: list[AgencyGroup], *, on: dt.date) -> str:
    return render_to_string("projects/board_print.html", {"groups": groups, "on": on})


def board_pdf(groups: list[AgencyGroup], *, on: dt.date) -> bytes:
    from weasyprint import HTML  # imported here: WeasyPrint loads Pango at import, pages that never print skip it

    pdf: bytes = HTML(string=board_html(groups, on=on)).write_pdf()
    return pdf
