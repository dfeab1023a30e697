"""Nhập từ văn bản: a report's text in, proposed observations out, a person decides.

The extractor (pure Python, `provind.extraction`) proposes facts with their character spans;
this module turns them into rows of the observation import, marks those that contradict a
stored figure, and saves what the reviewer accepts through the same validated import, with
the document as source and the span of each figure.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from provind.dataio.archives import check_size, inspect_docx, refuse
from provind.dataio.cells import CellError, misfit, url_problem
from provind.dataio.tables import Table
from provind.errors import InputError, check_day
from provind.extraction import Fact, extract_facts
from provind.geography.models import AdminUnit
from provind.geography.queries import find_province
from provind.indicators.imports import ImportResult, import_observations
from provind.indicators.models import Indicator, Observation, Source
from provind.indicators.periods import Period, PeriodError
from provind.indicators.queries import units_for_period
from provind.lib.numbers import plain

MAX_TEXT = 2_000_000  # characters; a provincial report is a few tens of thousands
MAX_PDF_PAGES = 1_000

STATUS_FROM_FACT = {"estimate": "estimate", "plan": "plan", "actual": "preliminary", None: "preliminary"}
REVIEW_COLUMNS = [
    "indicator",
    "unit",
    "period",
    "value",
    "status",
    "qualifier",
    "reported_change",
    "reported_plan_pct",
    "vintage",
    "span_start",
    "span_end",
    "source_excerpt",
]


def source_fields(*, title: str, number: str, url: str, published_on: str) -> dt.date | None:
    """Check what a person typed about a text before it is kept as a `Source`: each short field
    fits the register, the address is http(s) and the publication date (YYYY-MM-DD) lies in the
    dates the app accepts. Returns the date; CellError names the field that is wrong."""
    for name, value in (("title", title), ("number", number), ("url", url)):
        if (bad := misfit(Source._meta.get_field(name), value)) is not None:
            raise CellError(f"{name}: {bad.vi}", f"{name}: {bad.en}")
    if (bad_url := url_problem(url)) is not None:
        raise bad_url
    if not published_on:
        return None
    try:
        day = dt.date.fromisoformat(published_on)
    except ValueError:
        raise CellError(
            f"published_on: “{published_on}” không phải ngày (YYYY-MM-DD)",
            f"published_on: “{published_on}” is not a date (use YYYY-MM-DD)",
        ) from None
    try:
        return check_day(day, "published_on")
    except InputError as exc:
        raise CellError(f"published_on: {exc.vi}", f"published_on: {exc.en}") from None


def read_document(data: bytes, filename: str) -> str:
    """The text of an uploaded .txt, .docx or .pdf, or CellError saying why it cannot be read."""
    suffix = Path(filename).suffix.lower()
    # Limits first (archives.py): a small .docx can unpack to gigabytes of XML.
    check_size(len(data))
    if suffix in {".txt", ".text", ""}:
        if len(data) > 4 * MAX_TEXT:  # UTF-8 takes at most 4 bytes a character
            raise _too_long()
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise CellError("tệp văn bản phải mã hóa UTF-8", "the text file must be UTF-8 encoded") from exc
        if len(text) > MAX_TEXT:
            raise _too_long()
        return text
    if suffix == ".docx":
        from docx import Document

        inspect_docx(data)
        try:
            document = Document(io.BytesIO(data))
        except Exception as exc:  # python-docx raises several types for a broken file
            raise CellError(f"không đọc được tệp Word: {exc}", f"cannot read the Word file: {exc}") from exc
        return _bounded(p.text for p in document.paragraphs)
    if suffix == ".pdf":
        from pypdf import PdfReader

        try:
            reader = PdfReader(io.BytesIO(data))
            if len(reader.pages) > MAX_PDF_PAGES:
                raise refuse(f"có hơn {MAX_PDF_PAGES} trang", f"more than {MAX_PDF_PAGES} pages")
            return _bounded(page.extract_text() or "" for page in reader.pages)
        except CellError:
            raise
        except Exception as exc:  # pypdf raises several types for a broken file
            raise CellError(f"không đọc được tệp PDF: {exc}", f"cannot read the PDF file: {exc}") from exc
    raise CellError(
        f"không hỗ trợ loại tệp “{suffix}” (dùng .txt, .docx, .pdf)",
        f"unsupported file type “{suffix}” (use .txt, .docx, .pdf)",
    )


def _too_long() -> CellError:
    return CellError(f"văn bản dài quá {MAX_TEXT:,} ký tự", f"the text is longer than {MAX_TEXT:,} characters")


def _bounded(pieces: Iterable[str]) -> str:
    """Pieces joined by line breaks, refused as soon as they pass MAX_TEXT (not after)."""
    kept: list[str] = []
    length = 0
    for piece in pieces:
        length += len(piece) + 1
        if length > MAX_TEXT + 1:
            raise _too_long()
        kept.append(piece)
    return "\n".join(kept)


def fact_period(fact: Fact, document_date: dt.date | None) -> Period | None:
    """Our period for an extracted one; a stock figure ("đến nay") is dated by the document."""
    p = fact.period
    try:
        match p.kind:
            case "month" if p.year and p.month:
                return Period.month(p.year, p.month)
            case "ytd" if p.year and (p.months or p.month):
                return Period.ytd(p.year, p.months or p.month or 0)
            case "half" if p.year:
                # SCHEMA.md: a half ends in month 6 (first) or 12 (second, "6 tháng cuối năm").
                return Period.half(p.year, 2 if p.month == 12 else 1)
            case "quarter" if p.year and p.quarter:
                return Period.quarter(p.year, p.quarter)
            case "year" | "target" if p.year:
                return Period.year(p.year)
            case "range" if p.start_year and p.end_year:
                return Period.range(p.start_year, p.end_year)
            case None if document_date is not None:
                return Period.day(document_date)
    except PeriodError:
        return None
    return None


@dataclass
class Proposal:
    index: int
    fact: Fact
    indicator: Indicator | None
    unit_code: str
    period: Period | None
    value: Decimal | None
    status: str
    qualifier: str
    reported_change: Decimal | None
    reported_plan_pct: Decimal | None
    conflicts: list[Observation] = field(default_factory=list)

    @property
    def accepted_by_default(self) -> bool:
        return bool(self.indicator and self.period and self.value is not None and self.unit_code and not self.conflicts)

    def as_row(self, document_date: dt.date | None, text: str) -> dict[str, Any]:
        start, end = self.fact.span
        return {
            "indicator": self.indicator.code if self.indicator else "",
            "unit": self.unit_code,
            "period": self.period.code if self.period else "",
            "value": plain(self.value, unknown=""),
            "status": self.status,
            "qualifier": self.qualifier,
            "reported_change": "" if self.reported_change is None else str(self.reported_change),
            "reported_plan_pct": "" if self.reported_plan_pct is None else str(self.reported_plan_pct),
            "vintage": document_date.isoformat() if document_date else "",
            "span_start": str(start),
            "span_end": str(end),
            "source_excerpt": text[start:end],
        }


def propose(text: str, *, region: str | None, document_date: dt.date | None) -> list[Proposal]:
    """Every extracted fact as a proposed observation, with stored figures it contradicts."""
    indicators = {i.code: i for i in Indicator.objects.all()}
    proposals = []
    provinces: dict[tuple[str, dt.date], AdminUnit | None] = {}
    on = document_date or dt.date.today()  # noqa: DTZ011 - a calendar date for naming a province
    for index, fact in enumerate(extract_facts(text[:MAX_TEXT], region=region)):
        indicator = indicators.get(fact.indicator)
        period = fact_period(fact, document_date)
        province = None
        if fact.region:
            # A report names its province in most sentences: look each name up once.
            key = (fact.region, period.end if period else on)
            if key not in provinces:
                provinces[key] = find_province(*key)
            province = provinces[key]
        value = None
        if fact.value is not None and indicator is not None:
            raw = Decimal(str(fact.value))
            value = raw if indicator.base_unit in ("%", "pp", "count") else raw / indicator.scale
        change = None
        if fact.change is not None and fact.change.basis == "yoy" and fact.change.unit == "%":
            change = Decimal(str(fact.change.value)) * (1 if fact.change.direction == "up" else -1)
        plan_pct = None
        for attainment in fact.plan_attainment:
            plan_pct = Decimal(str(attainment.get("value")))
            break
        if indicator is not None and indicator.kind == "rate" and value is None and change is not None:
            value = change  # a growth rate indicator (IIP) stores the signed rate itself
        proposal = Proposal(
            index=index,
            fact=fact,
            indicator=indicator,
            unit_code=province.code if province else "",
            period=period,
            value=value,
            status=STATUS_FROM_FACT.get(fact.status, "preliminary"),
            qualifier=fact.qualifier or "",
            reported_change=change if indicator and indicator.kind != "rate" else None,
            reported_plan_pct=plan_pct,
        )
        if indicator and period and province and value is not None:
            units = units_for_period(province.code, period)
            proposal.conflicts = [
                o
                for o in Observation.objects.filter(
                    indicator=indicator, unit__in=units, period_code=period.code, breakdown="", status=proposal.status
                ).select_related("source")
                if o.value != value
            ]
        proposals.append(proposal)
    return proposals


def accept(rows: list[dict[str, str]], *, source: Source, user: Any, check_scope: bool = True) -> ImportResult:
    """Save the rows the reviewer accepted (as corrected), all or none, through the import."""
    table = Table(
        header=REVIEW_COLUMNS, rows=[[row.get(c, "") for c in REVIEW_COLUMNS] for row in rows], name=source.title
    )
    return import_observations(
        table, user=user, decimal_point=True, default_source=source, check_scope=check_scope, refuse_contradictions=True
    )
