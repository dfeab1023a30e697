"""``provind ingest FILE… --source URL [--region NAME]``: published reports in, a review file out.

Each file (.txt, .docx, .pdf) is read through the extractor and the same proposal step as the web
review ("Nhập từ văn bản"). The review workbook has two sheets:

- ``review``: the proposed observations that can be imported as they are (indicator, province,
  period and value known, no contradiction with a stored figure), in the columns of the
  observation import, with the source, the figure's span in its file and the sentence it was
  read from. A reviewer deletes or corrects rows, then runs ``provind import observations``.
- ``not proposed``: every other figure read (``other`` facts, missing province or period,
  contradictions with stored figures), with the reason, for the reviewer to copy by hand.

Nothing is saved to the database by this command.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Any

import click


def review_header() -> list[str]:
    """The import's columns (`indicators.imports`), in the order a reviewer reads them."""
    from provind.indicators.imports import OPTIONAL  # imported here: the CLI sets Django up first

    return ["indicator", "unit", "period", "breakdown", "value", "qualifier", "status", *OPTIONAL[2:]]


OTHER_HEADER = [
    "file",
    "reason_vi",
    "reason_en",
    "indicator",
    "phrase",
    "value",
    "unit",
    "period",
    "span_start",
    "span_end",
    "sentence",
]
_SENTENCE_END = re.compile(r"[.;!?\n]")
EXCERPT_WORDS = 20


def _sentence(text: str, start: int, end: int) -> str:
    """The sentence holding [start, end), cut to about 20 words around the figure."""
    left = max((m.end() for m in _SENTENCE_END.finditer(text, max(0, start - 300), start)), default=max(0, start - 300))
    right_match = _SENTENCE_END.search(text, end, end + 300)
    right = right_match.start() if right_match else min(len(text), end + 300)
    before = text[left:start].split()
    after = text[end:right].split()
    keep_before = before[-(EXCERPT_WORDS // 2) :]
    keep_after = after[: EXCERPT_WORDS - len(keep_before)]
    words = [*keep_before, text[start:end], *keep_after]
    prefix = "..." if len(keep_before) < len(before) else ""
    suffix = "..." if len(keep_after) < len(after) else ""
    return prefix + " ".join(words) + suffix


def _reason(proposal: Any) -> tuple[str, str]:
    if proposal.indicator is None:
        return "không thuộc danh mục chỉ tiêu", f"not a catalogue indicator ({proposal.fact.indicator})"
    if not proposal.unit_code:
        return "không xác định được tỉnh", "no province found"
    if proposal.period is None:
        return "không xác định được kỳ", "no period found"
    if proposal.value is None:
        return "chỉ có mức thay đổi, không có giá trị", "only a change, no value"
    return "khác số liệu đã lưu", "differs from a stored figure"


def build_review(
    files: list[tuple[str, str]],
    *,
    source_url: str,
    source_title: str | None,
    region: str | None,
    document_date: dt.date | None,
) -> tuple[bytes, int, int]:
    """The review workbook for ``files`` (name, text): its bytes, and the counts of
    proposed and not-proposed figures."""
    from openpyxl import Workbook

    from provind.dataio.text_review import propose
    from provind.lib.xlsx import append_row, workbook_bytes

    book = Workbook()
    review = book.active
    assert review is not None
    review.title = "review"
    append_row(review, review_header())
    other = book.create_sheet("not proposed")
    append_row(other, OTHER_HEADER)
    proposed = rejected = 0
    for name, text in files:
        for proposal in propose(text, region=region, document_date=document_date):
            fact = proposal.fact
            start, end = fact.span
            sentence = _sentence(text, start, end)
            if proposal.accepted_by_default:
                row = proposal.as_row(document_date, text)
                notes = [f"{name}: {fact.phrase}"]
                if fact.breakdown:
                    notes.append(f"phần/part: {fact.breakdown}")
                append_row(
                    review,
                    [
                        row["indicator"],
                        row["unit"],
                        row["period"],
                        "",
                        row["value"],
                        row["qualifier"],
                        row["status"],
                        row["vintage"],
                        row["reported_change"],
                        "yoy" if row["reported_change"] else "",
                        row["reported_plan_pct"],
                        "",
                        source_title or name,
                        "",
                        source_url,
                        sentence,
                        "; ".join(notes),
                        start,
                        end,
                    ],
                )
                proposed += 1
            else:
                vi, en = _reason(proposal)
                period = fact.period.to_dict()
                period_text = " ".join(f"{k}={v}" for k, v in period.items() if v is not None)
                append_row(
                    other,
                    [
                        name,
                        vi,
                        en,
                        fact.indicator,
                        fact.phrase,
                        fact.value,
                        fact.unit,
                        period_text,
                        start,
                        end,
                        sentence,
                    ],
                )
                rejected += 1
    return workbook_bytes(book), proposed, rejected


@click.command(name="ingest")
@click.argument("files", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False))
@click.option("--source", "source_url", required=True, help="URL or document number of the report.")
@click.option("--region", default=None, help="Province of the report, e.g. 'Thái Nguyên'.")
@click.option("--title", default=None, help="Source title (default: the file name).")
@click.option("--date", "date_text", default=None, help="Publication date YYYY-MM-DD (dates stock figures).")
@click.option("--out", default="review.xlsx", show_default=True, help="Review workbook to write.")
def ingest(
    files: tuple[str, ...], source_url: str, region: str | None, title: str | None, date_text: str | None, out: str
) -> None:
    """Extract figures from reports into a review workbook for `provind import observations`."""
    from provind.cli import _setup_django

    _setup_django()
    from provind.dataio.cells import CellError
    from provind.dataio.text_review import read_document

    document_date = None
    if date_text:
        try:
            document_date = dt.date.fromisoformat(date_text)
        except ValueError:
            raise click.ClickException(
                f"ngày không hợp lệ “{date_text}” (dùng YYYY-MM-DD) / invalid date “{date_text}” (use YYYY-MM-DD)"
            ) from None
    texts = []
    for path in files:
        file = Path(path)
        try:
            texts.append((file.name, read_document(file.read_bytes(), file.name)))
        except CellError as exc:
            raise click.ClickException(f"{file.name}: {exc}") from None
    data, proposed, rejected = build_review(
        texts, source_url=source_url, source_title=title, region=region, document_date=document_date
    )
    Path(out).write_bytes(data)
    click.echo(
        f"{proposed} số liệu đề xuất, {rejected} số liệu cần xem tay → {out} / "
        f"{proposed} proposed, {rejected} to review by hand → {out}"
    )
