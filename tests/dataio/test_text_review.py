"""Nhập từ văn bản: extracted facts become proposals; accepted ones are stored with their spans."""

import datetime as dt
import io
from decimal import Decimal

import pytest
from docx import Document

from provind.dataio.cells import CellError
from provind.dataio.text_review import accept, propose, read_document
from provind.indicators.models import Observation, Source
from tests.indicators.factories import add

pytestmark = pytest.mark.django_db

# Our own sentence in the style of a Department report (not a published text).
TEXT = (
    "Theo báo cáo của Sở Công Thương tỉnh Thái Nguyên, 7 tháng năm 2024 kim ngạch xuất khẩu hàng hóa "
    "ước đạt 17,6 tỷ USD, tăng 12,8% so với cùng kỳ; tổng giá trị nhập khẩu hàng hóa ước đạt 10 tỷ USD."
)


def source(text=TEXT):
    return Source.objects.create(title="Báo cáo thử (văn bản tự viết)", text=text, published_on=dt.date(2024, 8, 5))


def test_it_proposes_observations_with_units_periods_and_spans():
    proposals = propose(TEXT, region="Thái Nguyên", document_date=dt.date(2024, 8, 5))

    by_code = {p.indicator.code: p for p in proposals}
    exports = by_code["export_value"]
    assert (exports.unit_code, exports.period.code, exports.value, exports.status) == (
        "19",
        "2024-YTD07",
        Decimal("17.6"),
        "estimate",
    )
    assert exports.reported_change == Decimal("12.8")
    start, end = exports.fact.span
    assert "17,6" in TEXT[start:end]
    assert by_code["import_value"].value == Decimal(10)


def test_it_stores_accepted_facts_with_the_document_and_span():
    doc = source()
    proposals = propose(doc.text, region="Thái Nguyên", document_date=doc.published_on)
    rows = [p.as_row(doc.published_on, doc.text) for p in proposals]

    result = accept(rows, source=doc, user=None, check_scope=False)

    assert result.ok, [p.as_text() for p in result.errors]
    stored = Observation.objects.get(indicator__code="export_value")
    assert stored.source == doc
    assert stored.vintage == dt.date(2024, 8, 5)
    assert "17,6" in doc.text[stored.span_start : stored.span_end]


def test_it_flags_a_contradiction_and_saves_nothing():
    # A draft: a published data set would refuse every new row of the period (tests/approvals).
    add("export_value", "19", "2024-YTD07", "17.9", "estimate", "2024-08-01", published=False)
    doc = source()

    proposals = propose(doc.text, region="Thái Nguyên", document_date=doc.published_on)
    result = accept([p.as_row(doc.published_on, doc.text) for p in proposals], source=doc, user=None, check_scope=False)

    exports = next(p for p in proposals if p.indicator.code == "export_value")
    assert [c.value for c in exports.conflicts] == [Decimal("17.9")]
    assert not exports.accepted_by_default
    assert [p.rule for p in result.errors] == ["contradiction"]
    assert Observation.objects.count() == 1  # only the figure stored before


def test_it_keeps_a_corrected_field():
    doc = source()
    rows = [
        p.as_row(doc.published_on, doc.text)
        for p in propose(doc.text, region="Thái Nguyên", document_date=doc.published_on)
    ]
    for row in rows:
        row["status"] = "official"

    assert accept(rows, source=doc, user=None, check_scope=False).ok
    assert set(Observation.objects.values_list("status", flat=True)) == {"official"}


def test_it_reads_word_and_refuses_what_it_cannot_read():
    document = Document()
    document.add_paragraph("Xuất khẩu ước đạt 17,6 tỷ USD.")
    buffer = io.BytesIO()
    document.save(buffer)

    assert "17,6 tỷ USD" in read_document(buffer.getvalue(), "bao-cao.docx")
    with pytest.raises(CellError):
        read_document(b"\xff\xfe\x00bad", "bao-cao.txt")
    with pytest.raises(CellError):
        read_document(b"not a pdf", "bao-cao.pdf")
    with pytest.raises(CellError):
        read_document(b"x", "bao-cao.exe")


def test_it_reads_the_text_of_a_pdf():
    from weasyprint import HTML

    pdf = HTML(string="<p>Xuất khẩu ước đạt 17,6 tỷ USD.</p>").write_pdf()

    text = read_document(pdf, "bao-cao.pdf")

    assert "17,6" in text
    assert "USD" in text
