"""Issue 13, what was left: every figure in the Word file links to its source (real hyperlinks),
key industrial products where stored, the targets' on-track status (the dashboard's rule), and
issued editions built from published figures only (a preview marks unapproved ones)."""

import datetime as dt
import io

import pytest
from docx import Document
from docx.opc.constants import RELATIONSHIP_TYPE

from provind.approvals.models import DataSetApproval
from provind.approvals.visibility import published_only
from provind.indicators.models import Indicator, IndicatorGroup, Target
from provind.indicators.periods import Period
from provind.indicators.queries import target_progress, targets_for, unit_for_period
from provind.reports import render
from provind.reports.builder import TRACK_WORDS, build_report
from provind.reports.layout import Header
from provind.reports.services import IssueRequest, issue_edition, report_file
from tests.indicators.factories import add
from tests.reports.test_render import docx_text

pytestmark = pytest.mark.django_db

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
HEADER = Header("125", "Thái Nguyên", dt.date(2024, 8, 5), "GIÁM ĐỐC", "Nguyễn Văn A")


def hyperlinks(content: bytes) -> list[tuple[str, str]]:
    """(text, target) of every hyperlink in the document body and its tables, read from the XML
    and resolved through the document part's relationships, as Word does."""
    doc = Document(io.BytesIO(content))
    rels = doc.part.rels
    found = []
    for element in doc.element.body.iter(f"{{{W}}}hyperlink"):
        text = "".join(t.text or "" for t in element.iter(f"{{{W}}}t"))
        anchor = element.get(f"{{{W}}}anchor")
        if anchor is not None:
            found.append((text, f"#{anchor}"))
            continue
        rel = rels[element.get(f"{{{R}}}id")]
        assert rel.reltype == RELATIONSHIP_TYPE.HYPERLINK
        assert rel.is_external
        found.append((text, rel.target_ref))
    return found


def bookmarks(content: bytes) -> dict[str, str]:
    """Bookmark name → the text of its paragraph."""
    doc = Document(io.BytesIO(content))
    marks = {}
    for p in doc.paragraphs:
        for start in p._p.iter(f"{{{W}}}bookmarkStart"):
            marks[start.get(f"{{{W}}}name")] = p.text
    return marks


def all_figures(data):
    return [f for s in data["sections"] for f in s["figures"] if f["value"] is not None]


# --- 1. every figure links to its source in the Word file ------------------------------------------
def test_every_figure_in_the_docx_links_to_its_source_on_the_web(shipped):
    # 9 months of 2020: the Department's own report, with its web address.
    data = build_report(unit_code="19", period_code="2020-YTD09")
    content = render.render_docx(data, HEADER, images={})
    links = hyperlinks(content)

    figures = all_figures(data)
    assert len(figures) >= 3
    assert all(f["source_url"].startswith("http") for f in figures)
    for f in figures:
        assert (f"[{f['source_ref']}]", f["source_url"]) in links, f["code"]
    # The list of sources links each address too.
    for src in data["sources"]:
        if src["url"].startswith("http"):
            assert (src["url"], src["url"]) in links
    # And the text still reads the same (the hyperlink's text is part of the cell's text).
    assert f"[{figures[0]['source_ref']}]" in docx_text(content)


def test_a_figure_whose_source_has_no_web_address_links_to_its_entry_in_the_sources(shipped):
    # 7 months of 2024: the seed article, kept as a text file in docs/sources/.
    data = build_report(unit_code="19", period_code="2024-YTD07")
    content = render.render_docx(data, HEADER, images={})
    links, marks = hyperlinks(content), bookmarks(content)

    figures = all_figures(data)
    assert figures
    for f in figures:
        ref = f["source_ref"]
        assert (f"[{ref}]", f"#src_{ref}") in links, f["code"]
        assert marks[f"src_{ref}"].startswith(f"[{ref}] {f['source_title']}")
        assert f["source_url"] in marks[f"src_{ref}"]  # the path of the kept copy, as text
    assert not any(target == f["source_url"] for _t, target in links)  # a file path is no web link


def test_the_html_links_the_source_cell_of_each_figure(shipped):
    data = build_report(unit_code="19", period_code="2020-YTD09")
    html = render.render_html(data, HEADER, images={})
    f = all_figures(data)[0]
    assert f'<a href="{f["source_url"]}">[{f["source_ref"]}]</a>' in html
    seed = build_report(unit_code="19", period_code="2024-YTD07")
    html = render.render_html(seed, HEADER, images={})
    ref = all_figures(seed)[0]["source_ref"]
    assert f'<a href="#src-{ref}">[{ref}]</a>' in html
    assert f'<li id="src-{ref}">' in html


# --- 2. key industrial products ---------------------------------------------------------------------
def key_product(code: str, name_vi: str, name_en: str, unit_vi: str, unit_en: str) -> Indicator:
    return Indicator.objects.create(
        code=code,
        name_vi=name_vi,
        name_en=name_en,
        unit_vi=unit_vi,
        unit_en=unit_en,
        base_unit="count",
        scale=1,
        kind="level",
        time_aggregation="sum",
        place_aggregation="sum",
        owner="statistics_office",
        decimals=1,
        group=IndicatorGroup.KEY_PRODUCT,
    )


def test_without_key_products_the_industry_section_says_they_are_missing(shipped):
    data = build_report(unit_code="19", period_code="2024-YTD07")
    industry = data["sections"][0]
    assert "Chưa có số liệu sản lượng sản phẩm công nghiệp chủ yếu 7 tháng năm 2024." in industry["notes_vi"]
    assert "No output of key industrial products is stored for 7 months of 2024." in industry["notes_en"]


def test_stored_key_products_are_printed_with_their_units_and_the_missing_ones_named(shipped):
    # Synthetic test figures (no real ones are shipped): a product with a figure, one without.
    key_product(
        "kp_phones_test", "Điện thoại thông minh (thử)", "Smartphones (test)", "triệu sản phẩm", "million units"
    )
    key_product("kp_cement_test", "Xi măng (thử)", "Cement (test)", "nghìn tấn", "thousand tonnes")
    add("kp_phones_test", "19", "2024-YTD07", "51.3", status="estimate")

    data = build_report(unit_code="19", period_code="2024-YTD07")
    industry = data["sections"][0]
    text = docx_text(render.render_docx(data, HEADER, images={}))

    assert "Sản phẩm công nghiệp chủ yếu 7 tháng năm 2024:" in industry["sentences_vi"]
    assert "Điện thoại thông minh (thử) 7 tháng năm 2024 ước đạt 51,3 triệu sản phẩm." in industry["sentences_vi"]
    assert any("Smartphones (test)" in s and "51.3 million units" in s for s in industry["sentences_en"])
    assert "Chưa có số liệu 7 tháng năm 2024 của: Xi măng (thử)." in industry["notes_vi"]
    assert "Điện thoại thông minh (thử)" in text
    assert "triệu sản phẩm" in text
    assert not any("Chưa có số liệu sản lượng sản phẩm" in n for n in industry["notes_vi"])


def test_the_catalogue_loader_reads_the_group_column(tmp_path, db):
    from provind.indicators.loading import load_catalogue

    path = tmp_path / "catalogue.csv"
    head = "code,name_vi,name_en,unit_vi,unit_en,base_unit,scale,kind,time_aggregation,place_aggregation,owner,group"
    path.write_text(
        head + "\nkp_x,Xi măng,Cement,nghìn tấn,thousand tonnes,count,1,level,sum,sum,statistics_office,key_product\n",
        encoding="utf-8",
    )
    load_catalogue(path)
    assert Indicator.objects.get(code="kp_x").group == IndicatorGroup.KEY_PRODUCT


# --- 3. on-track status of targets ------------------------------------------------------------------
def test_each_target_prints_the_dashboards_status_in_both_languages(shipped):
    data = build_report(unit_code="19", period_code="2024-YTD07")
    targets = next(s for s in data["sections"] if s["key"] == "targets")
    unit = unit_for_period("19", Period.ytd(2024, 7))
    expected = [TRACK_WORDS[target_progress(t).status or ""] for t in targets_for(unit)]
    assert expected
    target_sentences_vi = [s for s in targets["sentences_vi"] if s.startswith("Mục tiêu đến năm")]
    target_sentences_en = [s for s in targets["sentences_en"] if s.startswith("Target for")]
    for (vi, en), s_vi, s_en in zip(expected, target_sentences_vi, target_sentences_en, strict=True):
        assert f"tình trạng: {vi}" in s_vi
        assert f"status: {en}" in s_en
    table = next(t for t in targets["tables"] if t["title_vi"] == "Tình trạng thực hiện mục tiêu so với lộ trình")
    assert [r[2] for r in table["rows_vi"]] == [vi for vi, _en in expected]


@pytest.mark.parametrize(
    ("latest", "words"),
    [("140", ("đúng lộ trình", "on track")), ("80", ("chậm so với lộ trình", "behind the path"))],
)
def test_a_target_with_a_path_is_on_track_or_behind_by_the_dashboards_rule(shipped, latest, words):
    unit = unit_for_period("19", Period.year(2024))
    indicator = key_product("test_output", "Sản lượng (thử)", "Output (test)", "nghìn tấn", "thousand tonnes")
    Target.objects.filter(unit=unit).delete()
    Target.objects.create(
        indicator=indicator,
        unit=unit,
        year=2030,
        value=200,
        base_year=2020,
        base_value=100,
        source=add("test_output", "19", "2024", latest, status="official").source,
    )
    progress = target_progress(Target.objects.get(unit=unit))
    assert progress.status == ("on_track" if latest == "140" else "off_track")  # the dashboard's answer

    data = build_report(unit_code="19", period_code="2024-YTD07")
    targets = next(s for s in data["sections"] if s["key"] == "targets")
    assert any(f"tình trạng: {words[0]}" in s for s in targets["sentences_vi"])
    assert any(f"status: {words[1]}" in s for s in targets["sentences_en"])


def test_a_target_without_a_path_says_so(shipped):
    unit = unit_for_period("19", Period.year(2024))
    Target.objects.filter(unit=unit).delete()
    indicator = key_product("test_output", "Sản lượng (thử)", "Output (test)", "nghìn tấn", "thousand tonnes")
    Target.objects.create(
        indicator=indicator,
        unit=unit,
        year=2030,
        value=200,
        source=add("test_output", "19", "2024", "120", status="official").source,
    )
    data = build_report(unit_code="19", period_code="2024-YTD07")
    targets = next(s for s in data["sections"] if s["key"] == "targets")
    assert any("tình trạng: chưa có lộ trình để đánh giá" in s for s in targets["sentences_vi"])
    assert any("status: no path yet" in s for s in targets["sentences_en"])


# --- 4. published figures only in issued editions ----------------------------------------------------
def test_an_issued_edition_leaves_out_unapproved_figures_and_a_preview_marks_them(shipped):
    add("retail_sales_services", "19", "2024-YTD08", "52000", published=False)  # a draft data set

    preview = build_report(unit_code="19", period_code="2024-YTD08")
    retail = next(f for f in preview["sections"][1]["figures"] if f["code"] == "retail_sales_services")
    assert retail["value"] is not None
    assert retail["unapproved"] is True
    assert preview["unapproved"] >= 1
    text = docx_text(render.render_docx(preview, HEADER, images={}))
    assert "CHƯA DUYỆT" in text
    assert "ước tính — chưa duyệt" in text  # the figure's own row
    assert any("Số liệu chưa duyệt" in n for n in preview["sections"][1]["notes_vi"])

    edition = issue_edition(IssueRequest(unit_code="19", period_code="2024-YTD08", number="150"))
    issued = next(f for f in edition.snapshot["sections"][1]["figures"] if f["code"] == "retail_sales_services")
    assert issued["value"] is None  # not published: not in the edition
    assert edition.snapshot["published_only"] is True
    assert edition.snapshot["unapproved"] == 0
    issued_text = docx_text(bytes(edition.docx))
    assert "52.000" not in issued_text
    assert "chưa duyệt" not in issued_text.lower()


def test_an_unpublished_month_beside_a_published_total_marks_the_row(shipped):
    add("export_value", "19", "2024-07", "2.6", published=False)  # "Thực hiện tháng" of the row
    data = build_report(unit_code="19", period_code="2024-YTD07")
    exports = next(f for f in data["sections"][1]["figures"] if f["code"] == "export_value")
    assert exports["month_value"] is not None
    assert exports["unapproved"] is True
    with published_only(True):
        issued = build_report(unit_code="19", period_code="2024-YTD07")
    exports = next(f for f in issued["sections"][1]["figures"] if f["code"] == "export_value")
    assert exports["month_value"] is None
    assert exports["unapproved"] is False


def test_a_chart_drawn_from_unpublished_months_says_so_in_a_preview_only(synthetic_months):
    # The conftest's synthetic monthly series is a draft: a preview draws it, marked; an edition does not.
    data = build_report(unit_code="19", period_code="2024-YTD07")
    charts = {c["key"]: c for c in data["charts"]}
    assert charts["iip_monthly"]["rows"]
    assert charts["iip_monthly"]["unapproved"] is True
    assert charts["exports_cumulative"]["unapproved"] is True
    text = docx_text(render.render_docx(data, HEADER, images={}))
    assert "(có số liệu chưa duyệt)" in text
    assert "BẢN XEM TRƯỚC" in text
    with published_only(True):
        issued = build_report(unit_code="19", period_code="2024-YTD07")
    charts = {c["key"]: c for c in issued["charts"]}
    assert charts["iip_monthly"]["rows"] == []
    assert charts["iip_monthly"]["unapproved"] is False
    assert "chưa duyệt" not in docx_text(render.render_docx(issued, HEADER, images={})).lower()


def test_a_published_figure_is_not_marked(shipped):
    data = build_report(unit_code="19", period_code="2024-YTD07")
    assert data["unapproved"] == 0
    assert not any(f["unapproved"] for f in all_figures(data))
    assert "CHƯA DUYỆT" not in docx_text(render.render_docx(data, HEADER, images={}))


def test_unpublishing_a_data_set_takes_its_figures_out_of_the_next_edition(shipped):
    unit = unit_for_period("19", Period.ytd(2024, 7))
    DataSetApproval.objects.filter(unit=unit, period="2024-YTD07").delete()
    edition = issue_edition(IssueRequest(unit_code="19", period_code="2024-YTD07", number="151"))
    assert not all_figures({"sections": edition.snapshot["sections"][:2]})
    with published_only(True):  # the same read, as the public sees it
        assert "17,6" not in docx_text(report_file(unit_code="19", period_code="2024-YTD07", fmt="docx"))


@pytest.mark.parametrize(("role", "sees_draft"), [("viewer", False), ("department_editor", True)])
def test_a_background_preview_sees_what_its_requester_may_see(shipped, cast, role, sees_draft):
    from provind.reports.models import ReportJob
    from provind.reports.services import run_job

    add("retail_sales_services", "19", "2024-YTD08", "52000", published=False)
    job = ReportJob.objects.create(
        unit_code="19", period_code="2024-YTD08", fmt="html", requested_by=cast[role], step="test"
    )
    run_job(str(job.pk))  # what the worker runs, outside any request
    html = bytes(ReportJob.objects.get(pk=job.pk).result).decode()
    assert ("52.000" in html) is sees_draft
    assert ("chưa duyệt" in html) is sees_draft


def test_the_banner_speaks_of_the_charts_when_only_they_hold_unapproved_figures():
    only_charts = {"unapproved": 0, "charts": [{"unapproved": True}]}
    assert "biểu đồ có số liệu CHƯA DUYỆT" in render.unapproved_note(only_charts, en=False)
    assert "charts include figures NOT APPROVED" in render.unapproved_note(only_charts, en=True)
    assert render.unapproved_note({"unapproved": 0, "charts": [{"unapproved": False}]}, en=False) == ""
