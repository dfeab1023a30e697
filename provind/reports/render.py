"""Render the report data as HTML (the page and the PDF's source), PDF (WeasyPrint) and DOCX
(python-docx: A4, national header, the Department as issuer, number/place/date, signer block;
plain paragraphs and tables, so the file stays editable in Word or LibreOffice).

Renderers read only the report data (and the edition's header), never the database.
"""

from __future__ import annotations

import base64
import io
from typing import Any

from django.template.loader import render_to_string
from django.utils import translation

from provind.reports import charts as charts_module
from provind.reports.layout import (
    MOTTO_VI,
    NATION_VI,
    Header,
    columns,
    figure_table,
    figures,
    is_en,
    revision_rows,
    title_en,
    title_vi,
)

Images = dict[str, bytes]


def chart_images(data: dict[str, Any], language: str) -> Images:
    """PNG of every drawable chart, drawn once and shared by the DOCX and the PDF."""
    return {c["key"]: charts_module.to_png(c, language) for c in data["charts"] if charts_module.drawable(c)}


def link_of(url: str | None) -> str:
    """The address a source links to: web addresses only (a file path or a blank links nowhere)."""
    return url if url and url.startswith(("http://", "https://")) else ""


def figure_link(f: Any) -> str:
    """Where a figure's "[n]" leads: its source on the web, else its entry in the report's list
    of sources ("#src-n"); "" for a figure without a source."""
    if not f.source_ref:
        return ""
    return link_of(f.source_url) or f"#src-{f.source_ref}"


UNAPPROVED_CHART_VI = " (có số liệu chưa duyệt)"
UNAPPROVED_CHART_EN = " (includes figures not approved)"


def unapproved_note(data: dict[str, Any], en: bool) -> str:
    """The banner of a preview that holds figures not yet approved ("" when it holds none)."""
    count = data.get("unapproved", 0)
    if not count:
        if not any(c.get("unapproved") for c in data["charts"]):
            return ""
        if en:
            return "PREVIEW — the charts include figures NOT APPROVED; an issued edition leaves them out."
        return "BẢN XEM TRƯỚC — biểu đồ có số liệu CHƯA DUYỆT; bản ban hành không dùng các số liệu này."
    if en:
        return f"PREVIEW — {count} figures are NOT APPROVED (marked “not approved”); an issued edition leaves them out."
    return (
        f"BẢN XEM TRƯỚC — có {count} số liệu CHƯA DUYỆT (đánh dấu “chưa duyệt”); "
        "bản ban hành không dùng các số liệu này."
    )


def view_model(data: dict[str, Any], header: Header, language: str) -> dict[str, Any]:
    """Everything the templates and the DOCX writer print, in one language."""
    en = is_en(language)
    suffix = "en" if en else "vi"
    kind = data["period"]["kind"]
    sections = []
    for s in data["sections"]:
        figs = figures(s)
        rows = figure_table(figs, language=language, period_kind=kind) if figs else []
        links = [figure_link(f) for f in figs]
        sections.append(
            {
                "key": s["key"],
                "title": s[f"title_{suffix}"],
                "sentences": s[f"sentences_{suffix}"],
                # Notes on single figures (a same-period basis assembled across the merger …) too.
                "notes": s[f"notes_{suffix}"] + [f.note_en if en else f.note_vi for f in figs if f.note_vi],
                "columns": columns(language),
                "rows": rows,
                # The source cell ("[n]") of each row links to the figure's source where it has an address.
                "links": links,
                "linked_rows": list(zip(rows, links, strict=True)),
                "tables": [
                    {"title": t[f"title_{suffix}"], "columns": t[f"columns_{suffix}"], "rows": t[f"rows_{suffix}"]}
                    for t in s["tables"]
                ],
                "editable": s["editable"],
            }
        )
    chart_list = [
        {
            "key": c["key"],
            "title": c[f"title_{suffix}"]
            + (UNAPPROVED_CHART_EN if en else UNAPPROVED_CHART_VI) * bool(c.get("unapproved")),
            "drawable": charts_module.drawable(c),
        }
        for c in data["charts"]
    ]
    return {
        "language": language,
        "issuer": data[f"issuer_{suffix}"],
        "nation": NATION_VI,
        "motto": MOTTO_VI,
        "number_line": f"No. {header.number or '......'}" if en else header.number_line_vi(),
        "date_line": header.date_line_en() if en else header.date_line_vi(),
        "title_lines": (title_en(data) if en else title_vi(data)).split("\n"),
        "sections": sections,
        "unapproved_note": unapproved_note(data, en),
        "charts": chart_list,
        "revisions_title": "Revisions since the previous edition"
        if en
        else "Số liệu điều chỉnh so với kỳ báo cáo trước",
        "revisions": revision_rows(data, language),
        "revision_columns": ["Indicator", "Previous edition", "Now"] if en else ["Chỉ tiêu", "Kỳ trước", "Nay"],
        "sources_title": "Sources" if en else "Nguồn số liệu",
        "sources": data["sources"],
        "charts_title": "Charts" if en else "Biểu đồ",
        "no_chart": "(no data to draw)" if en else "(chưa có số liệu để vẽ)",
        "signer_title": header.signer_title,
        "signer_name": header.signer_name,
        "recipients_title": "To:" if en else "Nơi nhận:",
        "recipients": ["Provincial People's Committee;", "Filed."]
        if en
        else ["- UBND tỉnh (b/c);", "- Bộ Công Thương (b/c);", "- Lưu: VT, KHTCTH."],
        "unit_name": data["unit"]["name"],
        "period_code": data["period"]["code"],
    }


def render_html(
    data: dict[str, Any],
    header: Header,
    language: str = "vi",
    *,
    images: Images | None = None,
    fragment: bool = False,
) -> str:
    """A standalone HTML document (or, with `fragment`, the body for the app's page). Charts are
    inline SVG unless PNG `images` are given (the PDF uses the PNGs the DOCX uses)."""
    context = view_model(data, header, language)
    drawn: dict[str, str] = {}
    for chart in data["charts"]:
        if not charts_module.drawable(chart):
            continue
        if images is not None and chart["key"] in images:
            encoded = base64.b64encode(images[chart["key"]]).decode()
            drawn[chart["key"]] = f'<img src="data:image/png;base64,{encoded}" alt="" style="width:160mm">'
        else:
            drawn[chart["key"]] = charts_module.to_svg(chart, language)
    for chart in context["charts"]:
        chart["image"] = drawn.get(chart["key"], "")
    context["fragment"] = fragment
    with translation.override(language):
        return render_to_string("reports/report.html", context)


def render_pdf(data: dict[str, Any], header: Header, language: str = "vi", *, images: Images | None = None) -> bytes:
    from weasyprint import HTML  # imported here: WeasyPrint loads Pango at import

    html = render_html(data, header, language, images=images if images is not None else chart_images(data, language))
    pdf: bytes = HTML(string=html).write_pdf()
    return pdf


def render_docx(data: dict[str, Any], header: Header, language: str = "vi", *, images: Images | None = None) -> bytes:
    from docx import Document
    from docx.enum.section import WD_ORIENT
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Mm, Pt, RGBColor

    vm = view_model(data, header, language)
    images = images if images is not None else chart_images(data, language)
    doc = Document()
    section = doc.sections[0]
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.left_margin, section.right_margin = Mm(30), Mm(20)
    section.top_margin, section.bottom_margin = Mm(20), Mm(20)
    normal = doc.styles["Normal"]
    normal.font.name = "Times New Roman"
    normal.font.size = Pt(13)

    # The national header: issuer on the left, nation and motto on the right (Decree 30/2020 layout).
    head = doc.add_table(rows=2, cols=2)
    head.alignment = WD_TABLE_ALIGNMENT.CENTER
    cells = head.rows[0].cells
    _para(cells[0], vm["issuer"], bold=True, size=12)
    _para(cells[1], vm["nation"], bold=True, size=12)
    _para(cells[1], vm["motto"], bold=True, size=13)
    cells = head.rows[1].cells
    _para(cells[0], vm["number_line"], size=13)
    _para(cells[1], vm["date_line"], italic=True, size=13)

    for i, line in enumerate(vm["title_lines"]):
        p = doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        run = p.add_run(line)
        run.bold = True
        run.font.size = Pt(14 if i == 0 else 13)

    if vm["unapproved_note"]:
        p = doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        run = p.add_run(vm["unapproved_note"])
        run.bold = True
        run.font.color.rgb = RGBColor(0xA3, 0x14, 0x1B)

    for s in vm["sections"]:
        doc.add_heading(s["title"], level=2)
        for sentence in s["sentences"]:
            p = doc.add_paragraph(sentence)
            p.paragraph_format.first_line_indent = Mm(10)
        for note in s["notes"]:
            p = doc.add_paragraph()
            p.add_run(note).italic = True
        if s["rows"]:
            _table(doc, s["columns"], s["rows"], size=10, links=s["links"])
        for t in s["tables"]:
            p = doc.add_paragraph()
            p.add_run(t["title"]).bold = True
            _table(doc, t["columns"], t["rows"], size=10)

    doc.add_heading(vm["charts_title"], level=2)
    for chart in vm["charts"]:
        p = doc.add_paragraph()
        p.add_run(chart["title"]).bold = True
        if chart["key"] in images:
            doc.add_picture(io.BytesIO(images[chart["key"]]), width=Mm(150))
        else:
            doc.add_paragraph(vm["no_chart"])

    if vm["revisions"]:
        doc.add_heading(vm["revisions_title"], level=2)
        _table(doc, vm["revision_columns"], vm["revisions"], size=10)

    doc.add_heading(vm["sources_title"], level=2)
    for n, src in enumerate(vm["sources"], start=1):
        text = f"[{n}] {src['title']}"
        if src.get("number"):
            text += f", {src['number']}"
        p = doc.add_paragraph()
        _bookmark(p, n, f"src_{n}", text)
        if src.get("url"):
            p.add_run(" — ")
            if link_of(src["url"]):
                _hyperlink(p, src["url"], src["url"])
            else:
                p.add_run(src["url"])

    # Recipients on the left, signer on the right.
    sign = doc.add_table(rows=1, cols=2)
    left, right = sign.rows[0].cells
    _para(left, vm["recipients_title"], bold=True, italic=True, size=12)
    for line in vm["recipients"]:
        _para(left, line, size=11)
    _para(right, vm["signer_title"], bold=True, size=13)
    for _blank in range(3):
        _para(right, "", size=13)
    _para(right, vm["signer_name"], bold=True, size=13)

    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


def _para(cell: Any, text: str, *, bold: bool = False, italic: bool = False, size: int = 13) -> None:
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    p = cell.paragraphs[0] if not cell.paragraphs[0].text and len(cell.paragraphs) == 1 else cell.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = p.add_run(text)
    run.bold, run.italic = bold, italic
    run.font.size = Pt(size)


def _bookmark(paragraph: Any, number: int, name: str, text: str) -> None:
    """`text` in a Word bookmark, the target of the figures' internal links."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    start = OxmlElement("w:bookmarkStart")
    start.set(qn("w:id"), str(number))
    start.set(qn("w:name"), name)
    paragraph._p.append(start)
    paragraph.add_run(text)
    end = OxmlElement("w:bookmarkEnd")
    end.set(qn("w:id"), str(number))
    paragraph._p.append(end)


def _hyperlink(paragraph: Any, url: str, text: str, *, size: int | None = None) -> None:
    """A real Word hyperlink, blue and underlined as Word draws its own: to a web address (an
    external relationship of the document part), or, for "#src-n", to the bookmark of the
    source's entry in the list of sources."""
    from docx.opc.constants import RELATIONSHIP_TYPE
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    link = OxmlElement("w:hyperlink")
    if url.startswith("#src-"):
        link.set(qn("w:anchor"), "src_" + url.removeprefix("#src-"))
    else:
        link.set(qn("r:id"), paragraph.part.relate_to(url, RELATIONSHIP_TYPE.HYPERLINK, is_external=True))
    run = OxmlElement("w:r")
    props = OxmlElement("w:rPr")
    color = OxmlElement("w:color")
    color.set(qn("w:val"), "0563C1")
    underline = OxmlElement("w:u")
    underline.set(qn("w:val"), "single")
    props.append(color)
    props.append(underline)
    if size is not None:
        half_points = OxmlElement("w:sz")
        half_points.set(qn("w:val"), str(size * 2))
        props.append(half_points)
    run.append(props)
    content = OxmlElement("w:t")
    content.text = text
    content.set(qn("xml:space"), "preserve")
    run.append(content)
    link.append(run)
    paragraph._p.append(link)


def _table(doc: Any, heads: list[str], rows: list[list[str]], *, size: int, links: list[str] | None = None) -> None:
    """A grid table; with `links`, the last cell of row i links to links[i] (its source)."""
    from docx.shared import Pt

    table = doc.add_table(rows=1, cols=len(heads))
    table.style = "Table Grid"
    for cell, text in zip(table.rows[0].cells, heads, strict=True):
        cell.text = ""
        run = cell.paragraphs[0].add_run(text)
        run.bold = True
        run.font.size = Pt(size)
    for i, row in enumerate(rows):
        cells = table.add_row().cells
        for j, (cell, text) in enumerate(zip(cells, row, strict=True)):
            cell.text = ""
            if links and links[i] and j == len(row) - 1 and text != "—":
                _hyperlink(cell.paragraphs[0], links[i], text, size=size)
            else:
                cell.paragraphs[0].add_run(text).font.size = Pt(size)
