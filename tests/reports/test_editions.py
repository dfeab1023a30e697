"""Issued editions: frozen with the data they were built from, produced again exactly after
later revisions; the next edition lists the revisions (provind/reports/services.py)."""

import datetime as dt
import io
from decimal import Decimal

import pytest
from docx import Document

from provind.indicators.models import Indicator, Observation, Source
from provind.indicators.periods import Period
from provind.indicators.queries import unit_for_period
from provind.reports.models import ReportEdition
from provind.reports.services import IssueRequest, issue_edition, report_file, reproduce

pytestmark = pytest.mark.django_db


def text_of_docx(content: bytes) -> str:
    doc = Document(io.BytesIO(content))
    parts = [p.text for p in doc.paragraphs]
    for table in doc.tables:
        parts.extend(cell.text for row in table.rows for cell in row.cells)
    return "\n".join(parts)


def revise_exports(value: str) -> Observation:
    period = Period.ytd(2024, 7)
    obs = Observation(
        indicator=Indicator.objects.get(code="export_value"),
        unit=unit_for_period("19", period),
        value=Decimal(value),
        status="preliminary",
        vintage=dt.date(2024, 9, 6),
        source=Source.objects.create(title="Cục Thống kê — số liệu sơ bộ (test)", url=""),
    )
    obs.set_period(period)
    obs.save()
    return obs


def test_an_old_edition_is_reproduced_exactly_after_a_later_revision(shipped, cast):
    first = issue_edition(
        IssueRequest(
            unit_code="19",
            period_code="2024-YTD07",
            number="125",
            issued_on=dt.date(2024, 8, 5),
            signer_name="Nguyễn Văn A",
            tasks_text="Đôn đốc các dự án trọng điểm.\nTháo gỡ vướng mắc giải phóng mặt bằng.",
        ),
        by=cast["department_editor"],
    )
    issued_text = text_of_docx(bytes(first.docx))
    assert "ước đạt 17,6 tỷ USD" in issued_text
    assert "Tháo gỡ vướng mắc giải phóng mặt bằng." in issued_text  # the editable section

    revise_exports("17.9")
    today = text_of_docx(report_file(unit_code="19", period_code="2024-YTD07", fmt="docx"))
    again = text_of_docx(reproduce(ReportEdition.objects.get(pk=first.pk), "docx"))

    assert "sơ bộ đạt 17,9 tỷ USD" in today  # today's data has the revision
    assert again == issued_text  # the edition, produced again from its frozen data, has not moved
    assert "17,9" not in again
    assert first.issued_by == cast["department_editor"]
    assert first.snapshot["sections"][1]["figures"][1]["value"] == "17.600000"


def test_the_next_edition_lists_what_was_revised_old_to_new(shipped):
    issue_edition(IssueRequest(unit_code="19", period_code="2024-YTD07", number="125"))
    revise_exports("17.9")

    second = issue_edition(IssueRequest(unit_code="19", period_code="2024-YTD07", number="140"))
    text = text_of_docx(bytes(second.docx))

    assert [(r["old_status"], r["new_status"]) for r in second.snapshot["revisions"]] == [("estimate", "preliminary")]
    assert "Số liệu điều chỉnh so với kỳ báo cáo trước" in text
    assert "17,6 (ước tính)" in text
    assert "17,9 (sơ bộ)" in text
    assert bytes(second.pdf).startswith(b"%PDF")
