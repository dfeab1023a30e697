"""What every renderer (HTML, PDF, DOCX) prints the same way: the national header, the figure
tables with the columns officials use, the revisions box, the sources. Pure Python."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from provind.reports.sentences import (
    QUALIFIER_EN,
    QUALIFIER_VI,
    Figure,
    cell,
    pct_places,
    same_period_ratio,
    status_label,
)

UNAPPROVED_VI = "chưa duyệt"
UNAPPROVED_EN = "not approved"
NATION_VI = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
MOTTO_VI = "Độc lập - Tự do - Hạnh phúc"

COLUMNS_VI = [
    "Chỉ tiêu",
    "Đơn vị tính",
    "Thực hiện tháng",
    "Lũy kế",
    "So cùng kỳ (%)",
    "So KH năm (%)",
    "Số liệu",
    "Nguồn",
]
COLUMNS_EN = ["Indicator", "Unit", "Month", "Cumulative", "vs same period (%)", "% of annual plan", "Status", "Source"]


def is_en(language: str) -> bool:
    return language.startswith("en")


def figure_row(f: Figure, *, language: str, period_kind: str) -> list[str]:
    """One row: value columns by period kind ("Thực hiện tháng" is the period itself for a month,
    the last month of a cumulative period otherwise), the ratio to the same period, % of plan."""
    en = is_en(language)
    name = f.name_en if en else f.name_vi
    if f.breakdown:
        name = f"  – {name}"
    unit = f.unit_en if en else f.unit_vi
    value = "—"
    if f.value is not None and f.kind != "rate":
        qualifier = (QUALIFIER_EN if en else QUALIFIER_VI).get(f.qualifier, "")
        value = (f"{qualifier} " if qualifier else "") + cell(f.value, language)
    month = cell(f.month_value, language) if f.kind != "rate" else "—"
    if period_kind == "month":
        month, value = value, "—"
    ratio = cell(same_period_ratio(f.yoy_pct), language, pct_places(f.yoy_source))
    plan = cell(f.plan_pct, language, pct_places(f.plan_source))
    status = status_label(f.status, language) if f.status else ("missing" if en else "chưa có")
    if f.unapproved:
        status += f" — {UNAPPROVED_EN if en else UNAPPROVED_VI}"
    source = f"[{f.source_ref}]" if f.source_ref else "—"
    return [name, unit, month, value, ratio, plan, status, source]


def figure_table(figures: list[Figure], *, language: str, period_kind: str) -> list[list[str]]:
    return [figure_row(f, language=language, period_kind=period_kind) for f in figures]


def columns(language: str) -> list[str]:
    return COLUMNS_EN if is_en(language) else COLUMNS_VI


@dataclass
class Header:
    """Number, place and date, signer: what an edition fixes; a preview uses defaults."""

    number: str
    place: str
    issued_on: dt.date
    signer_title: str
    signer_name: str

    def date_line_vi(self) -> str:
        d = self.issued_on
        return f"{self.place}, ngày {d.day:02d} tháng {d.month:02d} năm {d.year}"

    def date_line_en(self) -> str:
        return f"{self.place}, {self.issued_on:%d %B %Y}"

    def number_line_vi(self) -> str:
        return f"Số: {self.number or '......'}/BC-SCT"

    def as_json(self) -> dict[str, Any]:
        return {
            "number": self.number,
            "place": self.place,
            "issued_on": self.issued_on.isoformat(),
            "signer_title": self.signer_title,
            "signer_name": self.signer_name,
        }


def title_vi(data: dict[str, Any]) -> str:
    return f"BÁO CÁO\nTình hình hoạt động ngành Công Thương {data['period']['label_vi']} và nhiệm vụ kỳ tới"


def title_en(data: dict[str, Any]) -> str:
    return f"REPORT\nIndustry and trade in {data['period']['label_en']} and the tasks ahead"


def revision_rows(data: dict[str, Any], language: str) -> list[list[str]]:
    en = is_en(language)
    rows = []
    for r in data.get("revisions", []):
        old = cell(None if r["old_value"] is None else _dec(r["old_value"]), language)
        new = cell(None if r["new_value"] is None else _dec(r["new_value"]), language)
        rows.append(
            [
                r["name_en"] if en else r["name_vi"],
                f"{old} ({status_label(r['old_status'], language)})",
                f"{new} ({status_label(r['new_status'], language)})",
            ]
        )
    return rows


def _dec(text: str) -> Any:
    from decimal import Decimal

    return Decimal(text)


def figures(section: dict[str, Any]) -> list[Figure]:
    return [Figure.from_json(f) for f in section["figures"]]
