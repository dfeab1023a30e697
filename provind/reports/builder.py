"""Assemble the periodic report's data for a unit and a period from the database.

The result is plain JSON (`build_report` → dict): figures with their status and source, the
sentences in Vietnamese and English, the extra tables, the chart data and the revisions since
the previous edition. Renderers read only this structure, so an issued edition (which stores it)
renders the same after later revisions of the figures.

Every figure comes from the domain apps' own computations: `indicators.queries.compare` (value,
year-on-year, % of plan), `indicators.queries.target_progress` (growth still required),
`clusters.queries.summary` and `clusters.circular14.summary.compute_form` (funnel, Form 04),
`projects.queries.board` (obstacles, overdue first). Nothing is recomputed a second way here.

Sections follow the Department's own reports (the 9-month 2020 report is the model): industry,
trade, industrial clusters, key projects, targets, structure, then "Nhiệm vụ, giải pháp".
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from django.utils import timezone, translation

from provind.approvals.models import ApprovalState
from provind.approvals.visibility import PUBLISHED_ONLY, indicator_states, visible
from provind.dataio.cells import format_vi
from provind.errors import InputError
from provind.geography.models import AdminUnit
from provind.geography.queries import UnitNotFound
from provind.indicators import calculations
from provind.indicators.models import Indicator, IndicatorGroup, Observation, Status
from provind.indicators.periods import Period, PeriodKind
from provind.indicators.queries import (
    compare,
    current_value,
    pick_plan,
    series,
    target_progress,
    targets_for,
    unit_for_period,
)
from provind.reports.sentences import Figure, number_en, number_vi, section_sentences, sentence

SCHEMA_VERSION = 1
Progress = Callable[[int, str], None]

OWNERSHIP_LABELS = {
    "central_state": ("Công nghiệp Trung ương", "Central state industry"),
    "local": ("Công nghiệp địa phương", "Local industry"),
    "local_state": ("Nhà nước địa phương", "Local state"),
    "non_state": ("Ngoài nhà nước", "Non-state"),
    "foreign_invested": ("Khu vực có vốn đầu tư nước ngoài", "Foreign-invested sector"),
}
SECTOR_LABELS = {
    "mining": ("Ngành khai khoáng", "Mining"),
    "manufacturing": ("Ngành công nghiệp chế biến, chế tạo", "Manufacturing"),
    "electricity": ("Ngành sản xuất và phân phối điện", "Electricity and gas"),
    "water": ("Ngành cung cấp nước, quản lý và xử lý rác thải, nước thải", "Water supply and waste"),
}
# Words for `target_progress(...).status` (the dashboard's on-track rule); "" = no path to compare with.
TRACK_WORDS = {
    "on_track": ("đúng lộ trình", "on track"),
    "at_risk": ("có nguy cơ chậm so với lộ trình", "at risk of falling behind"),
    "off_track": ("chậm so với lộ trình", "behind the path"),
    "": ("chưa có lộ trình để đánh giá", "no path yet"),
}
HEADLINE_PLAN = ("industrial_output_value", "retail_sales_services", "export_value")


class ReportInputError(InputError):
    """A unit, period or format the report cannot be made for (the API answers 400)."""


@dataclass
class Table:
    title_vi: str
    title_en: str
    columns_vi: list[str]
    columns_en: list[str]
    rows_vi: list[list[str]]
    rows_en: list[list[str]]

    def as_json(self) -> dict[str, Any]:
        return self.__dict__.copy()


@dataclass
class Section:
    key: str
    title_vi: str
    title_en: str
    topic_vi: str
    topic_en: str
    figures: list[Figure] = field(default_factory=list)
    sentences_vi: list[str] = field(default_factory=list)
    sentences_en: list[str] = field(default_factory=list)
    notes_vi: list[str] = field(default_factory=list)
    notes_en: list[str] = field(default_factory=list)
    tables: list[Table] = field(default_factory=list)
    editable: bool = False

    def write_sentences(self, period: Period) -> None:
        """Sentences from the figures; a section with none says what is missing."""
        if not self.figures and (self.sentences_vi or self.tables):
            return
        written = dict(period_label_vi=period.label_vi(), period_label_en=period.label_en())
        self.sentences_vi = (
            section_sentences(self.figures, language="vi", topic_vi=self.topic_vi, topic_en=self.topic_en, **written)
            + self.sentences_vi
        )
        self.sentences_en = (
            section_sentences(self.figures, language="en", topic_vi=self.topic_vi, topic_en=self.topic_en, **written)
            + self.sentences_en
        )

    def as_json(self) -> dict[str, Any]:
        return {
            "key": self.key,
            "title_vi": self.title_vi,
            "title_en": self.title_en,
            "topic_vi": self.topic_vi,
            "topic_en": self.topic_en,
            "figures": [f.as_json() for f in self.figures],
            "sentences_vi": self.sentences_vi,
            "sentences_en": self.sentences_en,
            "notes_vi": self.notes_vi,
            "notes_en": self.notes_en,
            "tables": [t.as_json() for t in self.tables],
            "editable": self.editable,
        }


class Sources:
    """The report's numbered list of sources; each figure points to its number."""

    def __init__(self) -> None:
        self.items: list[dict[str, str]] = []
        self._index: dict[tuple[str, str], int] = {}

    def ref(self, title: str, url: str, number: str = "") -> int:
        key = (title, url)
        if key not in self._index:
            self.items.append({"title": title, "url": url, "number": number})
            self._index[key] = len(self.items)
        return self._index[key]


@dataclass
class Context:
    unit: AdminUnit
    period: Period
    as_of: dt.date | None
    sources: Sources
    indicators: dict[str, Indicator]
    # Approval state per (unit id, period code), looked up once per data set.
    approvals: dict[tuple[int, str], str] = field(default_factory=dict)

    def is_published(self, obs: Observation) -> bool:
        key = (obs.unit_id, obs.period_code)
        if key not in self.approvals:
            self.approvals.update(indicator_states([key]))
        return self.approvals[key] == ApprovalState.PUBLISHED


# --- figures -------------------------------------------------------------------------------------
def _part_label(breakdown: str) -> tuple[str, str] | None:
    dimension, _sep, value = breakdown.partition("=")
    labels = OWNERSHIP_LABELS if dimension == "ownership" else SECTOR_LABELS if dimension == "sector" else {}
    return labels.get(value, (value, value)) if value else None


def _month_of(period: Period) -> Period | None:
    if period.kind in (PeriodKind.YTD, PeriodKind.QUARTER, PeriodKind.HALF, PeriodKind.YEAR):
        return Period.month(period.end.year, period.end.month)
    return None


def figure_for(ctx: Context, code: str, *, breakdown: str = "") -> Figure | None:
    """The figure of one indicator (and breakdown) for the report's unit and period, with its
    comparison; None when the catalogue lacks the indicator. A missing value gives a figure
    with value None (named in "what is missing", never printed as 0)."""
    indicator = ctx.indicators.get(code)
    if indicator is None:
        return None
    cmp = compare(indicator, ctx.unit, ctx.period, breakdown=breakdown, as_of=ctx.as_of)
    part = _part_label(breakdown)
    name_vi, name_en = part if part else (indicator.name_vi, indicator.name_en)
    fig = Figure(
        code=code,
        name_vi=name_vi,
        name_en=name_en,
        unit_vi=indicator.unit_vi,
        unit_en=indicator.unit_en,
        kind=indicator.kind,
        period_label_vi=ctx.period.label_vi(),
        period_label_en=ctx.period.label_en(),
        decimals=indicator.decimals,
        breakdown=breakdown,
    )
    obs = cmp.current
    if obs is None:
        return fig
    fig.value = obs.value
    fig.qualifier = obs.qualifier
    fig.status = obs.status
    fig.vintage = obs.vintage.isoformat() if obs.vintage else None
    fig.observation_id = obs.pk
    fig.unapproved = not ctx.is_published(obs)
    fig.yoy_pct = cmp.yoy_pct if indicator.kind != "rate" else None
    fig.yoy_source = cmp.yoy_source if indicator.kind != "rate" else ""
    fig.plan_pct, fig.plan_source = cmp.plan_pct, cmp.plan_pct_source
    fig.source_title, fig.source_url = obs.source.title, obs.source.url
    fig.source_ref = ctx.sources.ref(obs.source.title, obs.source.url, obs.source.number)
    if indicator.kind == "rate":
        fig.yoy_pct, fig.yoy_source = obs.value, "rate"
    month = _month_of(ctx.period)
    if month is not None and indicator.kind == "level":
        month_obs = current_value(indicator, ctx.unit, month, breakdown=breakdown, as_of=ctx.as_of)
        if month_obs is not None:
            fig.month_value, fig.month_status = month_obs.value, month_obs.status
            # The row shows the month too: an unpublished month marks the row as well.
            fig.unapproved = fig.unapproved or not ctx.is_published(month_obs)
    if cmp.previous.is_assembled and cmp.yoy_source == "computed":
        names = ", ".join(u.name for u in cmp.previous.assembled_from)
        fig.note_vi = f"Cùng kỳ tính gộp các đơn vị trước sáp nhập: {names}."
        fig.note_en = f"Same period last year assembled from the units before the merger: {names}."
    return fig


def _breakdowns(ctx: Context, code: str, dimension: str) -> list[str]:
    rows = (
        visible(
            Observation.objects.filter(
                indicator__code=code,
                unit=ctx.unit,
                period_code=ctx.period.code,
                breakdown__startswith=f"{dimension}=",
            )
        )
        .actual()
        .values_list("breakdown", flat=True)
        .distinct()
    )
    return sorted(set(rows))


def _figures(ctx: Context, codes: list[str]) -> list[Figure]:
    return [f for f in (figure_for(ctx, code) for code in codes) if f is not None]


# --- sections ------------------------------------------------------------------------------------
def industry_section(ctx: Context) -> Section:
    section = Section(
        "industry", "I. SẢN XUẤT CÔNG NGHIỆP", "I. INDUSTRIAL PRODUCTION", "sản xuất công nghiệp", "industry"
    )
    for code in ("iip", "industrial_output_value"):
        main = figure_for(ctx, code)
        if main is None:
            continue
        section.figures.append(main)
        dimension = "sector" if code == "iip" else "ownership"
        for breakdown in _breakdowns(ctx, code, dimension):
            part = figure_for(ctx, code, breakdown=breakdown)
            if part is not None and part.value is not None:
                section.figures.append(part)
    section.write_sentences(ctx.period)
    key_products(ctx, section)
    return section


def key_products(ctx: Context, section: Section) -> None:
    """Output of the key industrial products ("sản phẩm công nghiệp chủ yếu": catalogue indicators
    of group `key_product`, one per product with its own unit) where stored: a row and a sentence
    each; what is not stored is named, never printed as 0."""
    products = [i for i in ctx.indicators.values() if i.group == IndicatorGroup.KEY_PRODUCT]
    products.sort(key=lambda i: (i.display_order, i.code))
    found = [f for f in (figure_for(ctx, i.code) for i in products) if f is not None]
    stored = [f for f in found if f.value is not None]
    missing = [f for f in found if f.value is None]
    label_vi, label_en = ctx.period.label_vi(), ctx.period.label_en()
    if stored:
        section.figures.extend(stored)
        section.sentences_vi.append(f"Sản phẩm công nghiệp chủ yếu {label_vi}:")
        section.sentences_en.append(f"Key industrial products in {label_en}:")
        section.sentences_vi.extend(s for s in (sentence(f, "vi") for f in stored) if s)
        section.sentences_en.extend(s for s in (sentence(f, "en") for f in stored) if s)
    if not stored:
        section.notes_vi.append(f"Chưa có số liệu sản lượng sản phẩm công nghiệp chủ yếu {label_vi}.")
        section.notes_en.append(f"No output of key industrial products is stored for {label_en}.")
    elif missing:
        section.notes_vi.append(f"Chưa có số liệu {label_vi} của: " + "; ".join(f.name_vi for f in missing) + ".")
        section.notes_en.append(f"Not stored for {label_en}: " + "; ".join(f.name_en for f in missing) + ".")


def trade_section(ctx: Context) -> Section:
    section = Section(
        "trade",
        "II. THƯƠNG MẠI, DỊCH VỤ VÀ XUẤT NHẬP KHẨU",
        "II. TRADE, SERVICES, EXPORTS AND IMPORTS",
        "thương mại, xuất nhập khẩu",
        "trade",
    )
    section.figures = _figures(ctx, ["retail_sales_services", "export_value", "import_value"])
    balance = figure_for(ctx, "trade_balance")
    exports = next((f for f in section.figures if f.code == "export_value"), None)
    imports = next((f for f in section.figures if f.code == "import_value"), None)
    section.write_sentences(ctx.period)
    if balance is not None and balance.value is not None:
        section.figures.append(balance)
        section.sentences_vi.extend(s for s in section_sentences([balance], language="vi", **_topics(section, ctx)))
        section.sentences_en.extend(s for s in section_sentences([balance], language="en", **_topics(section, ctx)))
    elif exports and imports and exports.value is not None and imports.value is not None:
        # Not stored: the balance is exports minus imports of the same period, said as such.
        diff = exports.value - imports.value
        word_vi = "xuất siêu" if diff > 0 else "nhập siêu" if diff < 0 else "cân bằng"
        word_en = "a surplus of" if diff > 0 else "a deficit of" if diff < 0 else "balanced at"
        estimate = exports.status != "official" or imports.status != "official"
        section.sentences_vi.append(
            f"Cán cân thương mại hàng hóa {ctx.period.label_vi()} {'ước ' if estimate else ''}{word_vi} "
            f"{number_vi(abs(diff), 2)} tỷ USD (xuất khẩu trừ nhập khẩu)."
        )
        section.sentences_en.append(
            f"The merchandise trade balance in {ctx.period.label_en()} shows {word_en} "
            f"{number_en(abs(diff), 2)} bn USD{' (estimate)' if estimate else ''} (exports minus imports)."
        )
    return section


def _topics(section: Section, ctx: Context) -> dict[str, str]:
    return {
        "topic_vi": section.topic_vi,
        "topic_en": section.topic_en,
        "period_label_vi": ctx.period.label_vi(),
        "period_label_en": ctx.period.label_en(),
    }


def _latest_window(end: dt.date) -> Any:
    from provind.clusters.windows import ReportingWindow

    year = end.year
    for window in (ReportingWindow(year, False), ReportingWindow(year, True), ReportingWindow(year - 1, False)):
        if window.end <= end:
            return window
    return ReportingWindow(year - 1, True)


def clusters_section(ctx: Context) -> Section:
    from provind.clusters.circular14.deadlines import who_has_not_submitted
    from provind.clusters.circular14.summary import compute_form
    from provind.clusters.queries import sentence_en as clusters_sentence_en
    from provind.clusters.queries import sentence_vi as clusters_sentence_vi
    from provind.clusters.queries import summary

    section = Section("clusters", "III. CỤM CÔNG NGHIỆP", "III. INDUSTRIAL CLUSTERS", "cụm công nghiệp", "clusters")
    on = ctx.period.end
    if not ctx.unit.is_province:
        section.sentences_vi.append("Tổng hợp cụm công nghiệp (Biểu 04) chỉ lập cho cấp tỉnh.")
        section.sentences_en.append("The cluster summary (Form 04) is made for a province only.")
        return section
    now = summary(province_code=ctx.unit.code, as_of=on)
    before = summary(province_code=ctx.unit.code, as_of=ctx.period.start - dt.timedelta(days=1))
    section.sentences_vi.append(clusters_sentence_vi(now))
    section.sentences_en.append(clusters_sentence_en(now))
    rows_vi, rows_en = [], []
    for step in now.funnel:
        earlier = before.step(step.key).count
        # An area no member has is unknown, not 0 (issue 9: FunnelStep.area_ha is None then).
        known_vi, known_en = (
            ("chưa rõ", "unknown") if step.area_ha is None else (format_vi(step.area_ha), number_en(step.area_ha))
        )
        area_vi = known_vi + (
            f" (+{step.area_unknown} chưa rõ)" if step.area_unknown and step.area_ha is not None else ""
        )
        area_en = known_en + (
            f" (+{step.area_unknown} unknown)" if step.area_unknown and step.area_ha is not None else ""
        )
        rows_vi.append([step.label_vi, str(step.count), area_vi, f"{step.count - earlier:+d}"])
        rows_en.append([step.label_en, str(step.count), area_en, f"{step.count - earlier:+d}"])
    section.tables.append(
        Table(
            f"Các bước phát triển cụm công nghiệp đến ngày {on:%d/%m/%Y}",
            f"Cluster development steps as of {on:%d %b %Y}",
            ["Bước", "Số cụm", "Diện tích (ha)", "Thay đổi trong kỳ"],
            ["Step", "Clusters", "Area (ha)", "Change in the period"],
            rows_vi,
            rows_en,
        )
    )
    changed = [s for s in now.funnel if s.count != before.step(s.key).count]
    if changed:
        section.sentences_vi.append(
            "Trong kỳ: " + "; ".join(f"{s.label_vi} {s.count - before.step(s.key).count:+d} cụm" for s in changed) + "."
        )
        section.sentences_en.append(
            "In the period: "
            + "; ".join(f"{s.label_en} {s.count - before.step(s.key).count:+d}" for s in changed)
            + "."
        )
    else:
        section.sentences_vi.append("Trong kỳ không có cụm công nghiệp nào chuyển bước.")
        section.sentences_en.append("No cluster moved to another step in the period.")
    if now.average_occupancy_pct is not None:
        pct = calculations.rounded(now.average_occupancy_pct, 1)
        section.sentences_vi.append(
            f"Tỷ lệ lấp đầy bình quân của {now.occupancy_known} cụm đang hoạt động đã biết số liệu: {format_vi(pct)}%."
        )
        section.sentences_en.append(
            f"Average occupancy of the {now.occupancy_known} operating clusters with known figures: "
            f"{number_en(pct, 1)}%."
        )
    section.notes_vi.append(now.completeness_vi)
    section.notes_en.append(now.completeness_en)

    window = _latest_window(on)
    result = compute_form(form="04", unit=ctx.unit, window=window)
    wanted = ("1", "2", "3", "4", "15", "17", "18", "19", "20", "25", "26", "27")
    t_vi, t_en = [], []
    # Items computed from partial records are marked, and what each lacks is said in the notes
    # (grouped when several lack the same): a partial count never reads as the whole.
    lacking: dict[tuple[str, str], list[str]] = {}
    for number in wanted:
        item = result.item(number)
        value = "—" if item.value is None else format_vi(item.value)
        value_en = "—" if item.value is None else number_en(Decimal(item.value))
        if not item.complete:
            value, value_en = f"{value} (chưa đủ)", f"{value_en} (incomplete)"
            lacking.setdefault((item.coverage_vi, item.coverage_en), []).append(number)
        t_vi.append([number, item.label_vi, item.unit_vi, value])
        t_en.append([number, item.label_en, item.unit_en, value_en])
    for (coverage_vi, coverage_en), numbers in lacking.items():
        section.notes_vi.append(f"Biểu 04, mục {', '.join(numbers)} chưa đủ số liệu: {coverage_vi}.")
        section.notes_en.append(f"Form 04, item {', '.join(numbers)} incomplete: {coverage_en}.")
    section.tables.append(
        Table(
            f"Tổng hợp Biểu 04 (Thông tư 14/2024/TT-BCT) — {window.label_vi()}",
            f"Form 04 summary (Circular 14/2024/TT-BCT) — {window.label_en()}",
            ["Mục", "Chỉ tiêu", "Đơn vị", "Kết quả"],
            ["Item", "Indicator", "Unit", "Result"],
            t_vi,
            t_en,
        )
    )
    missing = who_has_not_submitted(window=window, form="02", province=ctx.unit, on=on, clusters=result.clusters)
    if missing:
        section.notes_vi.append(
            f"Số liệu Biểu 04 chưa đầy đủ: {len(missing)} chủ đầu tư hạ tầng chưa gửi Biểu 02 kỳ {window.code}."
        )
        section.notes_en.append(
            f"Form 04 is incomplete: {len(missing)} infrastructure investors have not sent Form 02 for {window.code}."
        )
    return section


def projects_section(ctx: Context) -> Section:
    from provind.projects.queries import board, portfolio, stage_counts

    section = Section(
        "projects",
        "IV. DỰ ÁN TRỌNG ĐIỂM VÀ KHÓ KHĂN, VƯỚNG MẮC",
        "IV. KEY PROJECTS AND OBSTACLES",
        "dự án trọng điểm",
        "key projects",
    )
    on = min(ctx.period.end, timezone.localdate())
    everything = portfolio()
    projects = [p for p in everything if _located_in(p, ctx.unit)]
    unlocated = sum(1 for p in everything if not p.units.all())
    if unlocated:
        section.notes_vi.append(f"{unlocated} dự án chưa có địa điểm nên không được tính theo địa bàn.")
        section.notes_en.append(f"{unlocated} projects without a location are not counted for any unit.")
    if not projects:
        section.sentences_vi.append("Chưa có dự án trọng điểm nào được theo dõi trên địa bàn.")
        section.sentences_en.append("No key project is followed in this unit yet.")
        return section
    ids = {p.pk for p in projects}
    with translation.override("vi"):
        stages_vi = stage_counts(projects)
    with translation.override("en"):
        stages_en = stage_counts(projects)
    no_stage = len(projects) - sum(n for _c, _label, n in stages_vi)
    parts_vi = [f"{label} {n}" for _c, label, n in stages_vi] + ([f"chưa đạt mốc nào {no_stage}"] if no_stage else [])
    parts_en = [f"{label} {n}" for _c, label, n in stages_en] + ([f"no milestone yet {no_stage}"] if no_stage else [])
    section.sentences_vi.append(
        f"Theo dõi {len(projects)} dự án trọng điểm (theo mốc đã đạt gần nhất): " + "; ".join(parts_vi) + "."
    )
    section.sentences_en.append(
        f"{len(projects)} key projects are followed (by latest milestone reached): " + "; ".join(parts_en) + "."
    )
    items = [
        (group.agency, item)
        for group in board(on=on)
        for item in group.items
        if item.obstacle.project_id in ids and item.obstacle.raised_on <= on
    ]
    # Overdue first, most days overdue first (the board's own order within an agency).
    items.sort(key=lambda pair: (not pair[1].is_overdue, -pair[1].days_overdue, pair[1].obstacle.raised_on))
    overdue = [i for i in items if i[1].is_overdue]
    section.sentences_vi.append(
        f"Đến ngày {on:%d/%m/%Y} còn {len(items)} khó khăn, vướng mắc chưa được giải quyết, "
        f"trong đó {len(overdue)} vướng mắc quá hạn xử lý."
    )
    section.sentences_en.append(
        f"As of {on:%d %b %Y}, {len(items)} obstacles are unresolved, {len(overdue)} of them past their deadline."
    )
    rows_vi, rows_en = [], []
    for agency, item in items:
        o = item.obstacle
        deadline = o.deadline.strftime("%d/%m/%Y") if o.deadline else "—"
        late_vi = f"quá hạn {item.days_overdue} ngày" if item.is_overdue else "trong hạn"
        late_en = f"{item.days_overdue} days overdue" if item.is_overdue else "on time"
        rows_vi.append([o.project.name, o.description, agency.name, deadline, late_vi])
        rows_en.append([o.project.name, o.description, agency.name, deadline, late_en])
    if rows_vi:
        section.tables.append(
            Table(
                "Khó khăn, vướng mắc chưa giải quyết (quá hạn trước)",
                "Unresolved obstacles (overdue first)",
                ["Dự án", "Vướng mắc", "Cơ quan chủ trì", "Hạn xử lý", "Tình trạng"],
                ["Project", "Obstacle", "Responsible agency", "Deadline", "Status"],
                rows_vi,
                rows_en,
            )
        )
    return section


def _located_in(project: Any, unit: AdminUnit) -> bool:
    """A project counts for a unit when one of its locations lies in it. Codes are compared along
    the chain of parents, so a project located by its new commune counts for province 19 before
    and after the 2025 merger (the report of old Thái Nguyên), never for old Bắc Kạn (06)."""
    from provind.geography.queries import ancestors

    return any(unit.code in {node.code for node in (u, *ancestors(u))} for u in project.units.all())


def _unit_text(unit: str) -> str:
    return unit if unit == "%" else f" {unit}"


def targets_section(ctx: Context, figures: list[Figure]) -> Section:
    section = Section(
        "targets",
        "V. THỰC HIỆN KẾ HOẠCH VÀ MỤC TIÊU",
        "V. PLAN AND TARGETS",
        "kế hoạch năm và mục tiêu",
        "plans and targets",
    )
    rows_vi, rows_en = [], []
    for f in figures:
        if f.code in HEADLINE_PLAN and not f.breakdown and f.plan_pct is not None:
            rows_vi.append([f.name_vi, f"{number_vi(f.plan_pct, 1)}%"])
            rows_en.append([f.name_en, f"{number_en(f.plan_pct, 1)}%"])
    if rows_vi:
        section.tables.append(
            Table(
                f"Mức độ thực hiện kế hoạch năm {ctx.period.end.year}",
                f"Share of the {ctx.period.end.year} annual plan achieved",
                ["Chỉ tiêu", "So KH năm (%)"],
                ["Indicator", "% of annual plan"],
                rows_vi,
                rows_en,
            )
        )
        section.sentences_vi.append(
            "Mức thực hiện kế hoạch năm: " + "; ".join(f"{r[0]} đạt {r[1]}" for r in rows_vi) + "."
        )
        section.sentences_en.append("Annual plan achieved: " + "; ".join(f"{r[0]} {r[1]}" for r in rows_en) + ".")
    else:
        section.sentences_vi.append(f"Chưa có kế hoạch năm {ctx.period.end.year} để so sánh.")
        section.sentences_en.append(f"No {ctx.period.end.year} annual plan is stored to compare with.")
    track_vi_rows: list[list[str]] = []
    track_en_rows: list[list[str]] = []
    for target in targets_for(ctx.unit):
        progress = target_progress(target, as_of=ctx.as_of)
        qualifier = {"over": "trên ", "about": "khoảng ", "nearly": "gần ", "under": "dưới "}.get(target.qualifier, "")
        text_vi = (
            f"Mục tiêu đến năm {target.year}: {target.indicator.name_vi} {qualifier}"
            f"{format_vi(target.value.normalize())}{_unit_text(target.indicator.unit_vi)}"
        )
        text_en = (
            f"Target for {target.year}: {target.indicator.name_en} {target.qualifier + ' ' if target.qualifier else ''}"
            f"{number_en(target.value)}{_unit_text(target.indicator.unit_en)}"
        )
        if progress.latest is not None and progress.required_growth_pct is not None:
            pct = calculations.rounded(progress.required_growth_pct, 1)
            text_vi += (
                f"; từ mức {format_vi(progress.latest.value)} {target.indicator.unit_vi} "
                f"({progress.latest.period.label_vi()}) cần tăng bình quân {format_vi(pct)}%/năm"
            )
            text_en += (
                f"; from {number_en(progress.latest.value)} {target.indicator.unit_en} "
                f"({progress.latest.period.label_en()}) it needs {number_en(pct, 1)}% a year"
            )
        elif progress.latest is None:
            text_vi += "; chưa có số liệu thực hiện để tính mức tăng cần thiết"
            text_en += "; no actual figure yet to compute the growth still needed"
        # The dashboard's own status (`target_progress`): no second rule here.
        track_vi, track_en = TRACK_WORDS.get(progress.status or "", TRACK_WORDS[""])
        text_vi += f"; tình trạng: {track_vi}"
        text_en += f"; status: {track_en}"
        src = ctx.sources.ref(target.source.title, target.source.url, target.source.number)
        section.sentences_vi.append(f"{text_vi} [{src}].")
        section.sentences_en.append(f"{text_en} [{src}].")
        track_vi_rows.append([target.indicator.name_vi, str(target.year), track_vi])
        track_en_rows.append([target.indicator.name_en, str(target.year), track_en])
    if track_vi_rows:
        section.tables.append(
            Table(
                "Tình trạng thực hiện mục tiêu so với lộ trình",
                "Targets against their path",
                ["Chỉ tiêu", "Năm mục tiêu", "Tình trạng"],
                ["Indicator", "Target year", "Status"],
                track_vi_rows,
                track_en_rows,
            )
        )
    return section


def structure_section(unit: AdminUnit, period: Period, *, ctx: Context | None = None) -> Section:
    """Structure: the foreign-invested share of industrial output (published, and recomputed from
    output by ownership by `analysis.structure`) and the gap between former Thái Nguyên (19) and
    former Bắc Kạn (06) (`analysis.structure.former_province_gap`), from stored figures only.

    This is the hook the analysis app (issue 16) extends: it returns a `Section`, and anything it
    adds to `figures`, `sentences_*` or `tables` is rendered like the other sections.
    """
    ctx = ctx or Context(unit, period, None, Sources(), {i.code: i for i in Indicator.objects.all()})
    section = Section(
        "structure",
        "VI. CƠ CẤU VÀ CÂN ĐỐI VÙNG",
        "VI. STRUCTURE AND REGIONAL BALANCE",
        "cơ cấu ngành công nghiệp",
        "structure",
    )
    share = figure_for(ctx, "fdi_share_industrial_output")
    if share is not None and share.value is None:
        # The share is often published once a year: take the year's figure, named as such.
        year_ctx = Context(ctx.unit, Period.year(period.end.year), ctx.as_of, ctx.sources, ctx.indicators)
        yearly = figure_for(year_ctx, "fdi_share_industrial_output")
        share = yearly if yearly is not None and yearly.value is not None else share
    if share is not None:
        section.figures.append(share)
    section.write_sentences(period)
    from provind.analysis.structure import former_province_gap, structure

    parts = structure(unit.code, period)
    recomputed = parts.recomputed_fdi_share
    if recomputed is not None:
        pct = calculations.rounded(recomputed, 2)
        section.sentences_vi.append(
            "Tính từ giá trị sản xuất theo thành phần kinh tế, khu vực có vốn đầu tư nước ngoài chiếm "
            f"{format_vi(pct)}%."
        )
        section.sentences_en.append(
            f"From output by ownership, the foreign-invested sector accounts for {number_en(pct)}%."
        )
    elif parts.missing_parts:
        section.notes_vi.append(
            "Giá trị sản xuất theo thành phần kinh tế chưa đủ: " + ", ".join(parts.missing_parts) + "."
        )
        section.notes_en.append("Output by ownership is incomplete: " + ", ".join(parts.missing_parts) + ".")
    formers = []
    for code in ("19", "06"):
        try:
            formers.append(unit_for_period(code, period))
        except UnitNotFound:
            continue
    gap = former_province_gap([u for u in formers if u.valid_to is not None], period) if len(formers) == 2 else None
    if gap is not None and gap.ratio is not None:
        high, low = max(gap.values, key=lambda o: o.value), min(gap.values, key=lambda o: o.value)
        ratio = calculations.rounded(gap.ratio, 0)
        section.sentences_vi.append(
            f"Giá trị sản xuất công nghiệp {period.label_vi()} của {high.unit.name} ({format_vi(high.value)} tỷ đồng) "
            f"gấp khoảng {format_vi(ratio)} lần của {low.unit.name} ({format_vi(low.value)} tỷ đồng)."
        )
        section.sentences_en.append(
            f"Industrial output in {period.label_en()} of {high.unit.name} ({number_en(high.value)} bn VND) is about "
            f"{number_en(ratio, 0)} times that of {low.unit.name} ({number_en(low.value)} bn VND)."
        )
    else:
        section.sentences_vi.append(
            f"Chưa đủ số liệu giá trị sản xuất công nghiệp {period.label_vi()} của tỉnh Thái Nguyên (cũ) "
            "và tỉnh Bắc Kạn (cũ) để so sánh khoảng cách."
        )
        section.sentences_en.append(
            f"Industrial output for {period.label_en()} of former Thái Nguyên and former Bắc Kạn is not "
            "stored for both, so the gap cannot be shown."
        )
    return section


DEFAULT_TASKS_VI = (
    "(Phần do Sở Công Thương soạn thảo: nhiệm vụ, giải pháp trọng tâm kỳ tới — chỉnh sửa trước khi ban hành.)"
)


def tasks_section(text: str) -> Section:
    section = Section(
        "tasks", "VII. NHIỆM VỤ, GIẢI PHÁP", "VII. TASKS AND MEASURES", "nhiệm vụ, giải pháp", "tasks", editable=True
    )
    body = text.strip() or DEFAULT_TASKS_VI
    section.sentences_vi = [line.strip() for line in body.splitlines() if line.strip()]
    section.sentences_en = section.sentences_vi[:]
    return section


# --- charts --------------------------------------------------------------------------------------
def month_label(period: Period) -> str:
    """ "T7/2024": the month and its year, as every chart axis writes it."""
    return f"T{period.end.month}/{period.end.year}"


def chart_data(ctx: Context, clusters: Section) -> list[dict[str, Any]]:
    """Rows for the three charts (stored in the snapshot so an edition redraws the same)."""
    charts: list[dict[str, Any]] = []
    year = ctx.period.end.year
    months = Period.ytd(year, ctx.period.end.month).months_in() if ctx.period.kind != PeriodKind.RANGE else []
    iip = ctx.indicators.get("iip")
    if iip is not None and months:
        by_period = {o.period: o for o in series(iip, ctx.unit.code, kind="month", as_of=ctx.as_of)}
        drafts = False
        rows = []
        for month in months:
            for label, p in ((str(year), month), (str(year - 1), month.shifted_years(-1))):
                obs = by_period.get(p)
                if obs is not None:
                    drafts = drafts or not ctx.is_published(obs)
                    rows.append(
                        {
                            "month": month_label(p),
                            "month_short": f"T{month.end.month}",
                            "order": month.end.month,
                            "year": label,
                            "value": float(obs.value),
                        }
                    )
        charts.append(
            {
                "key": "iip_monthly",
                "unapproved": drafts,
                "title_vi": f"Chỉ số IIP theo tháng, tăng/giảm so với cùng kỳ (%) — {year} và {year - 1}",
                "title_en": f"IIP by month, % change year on year — {year} and {year - 1}",
                "rows": rows,
            }
        )
    exports = ctx.indicators.get("export_value")
    if exports is not None and months:
        months_stored = series(exports, ctx.unit.code, kind="month", as_of=ctx.as_of)
        monthly = {o.period: o.value for o in months_stored}
        drafts = any(not ctx.is_published(o) for o in months_stored if o.period.end.year == year)
        rows = []
        for month in months:
            ytd = Period.ytd(year, month.end.month)
            try:
                total = calculations.cumulative_to_date(monthly, ytd, time_aggregation=exports.time_aggregation)
            except calculations.CalculationError:
                continue
            rows.append({"month": month_label(month), "order": month.end.month, "value": float(total)})
        plan = pick_plan(
            visible(
                Observation.objects.filter(indicator=exports, unit=ctx.unit, period_code=str(year), status=Status.PLAN)
            ).select_related("source")
        )
        charts.append(
            {
                "key": "exports_cumulative",
                "unapproved": drafts,
                "title_vi": f"Kim ngạch xuất khẩu lũy kế năm {year} so với kế hoạch (tỷ USD)",
                "title_en": f"Cumulative exports {year} against the plan (bn USD)",
                "rows": rows,
                "plan": float(plan.value) if plan is not None else None,
            }
        )
    if clusters.tables:
        funnel = clusters.tables[0]
        charts.append(
            {
                "key": "cluster_funnel",
                "title_vi": f"Các bước phát triển cụm công nghiệp đến {ctx.period.end:%d/%m/%Y}",
                "title_en": f"Industrial cluster funnel as of {ctx.period.end:%d %b %Y}",
                "rows": [
                    {"step_vi": vi[0], "step_en": en[0], "count": int(vi[1]), "order": i}
                    for i, (vi, en) in enumerate(zip(funnel.rows_vi, funnel.rows_en, strict=True))
                ],
            }
        )
    return charts


# --- the report ----------------------------------------------------------------------------------
def department_name(unit: AdminUnit) -> tuple[str, str]:
    """The issuer: the Department of the province the unit belongs to."""
    from provind.geography.queries import province_of

    province = province_of(unit)
    bare = province.name.removeprefix("Tỉnh ").removeprefix("Thành phố ")
    return f"SỞ CÔNG THƯƠNG TỈNH {bare.upper()}", f"Department of Industry and Trade of {bare}"


def resolve(unit_code: str, period_code: str) -> tuple[AdminUnit, Period]:
    """The unit and period a request names, or a ReportInputError naming the field."""
    from provind.indicators.periods import PeriodError, parse_period

    try:
        period = parse_period(period_code)
    except PeriodError as exc:
        raise ReportInputError("period", exc.vi, exc.en) from None
    if period.kind in (PeriodKind.RANGE, PeriodKind.WINDOW, PeriodKind.DAY):
        raise ReportInputError(
            "period",
            f"báo cáo định kỳ lập cho tháng, lũy kế, quý, 6 tháng hoặc năm, không cho “{period_code}”",
            f"a periodic report covers a month, months to date, a quarter, a half or a year, not “{period_code}”",
        )
    try:
        unit = unit_for_period(unit_code, period)
    except UnitNotFound:
        raise ReportInputError(
            "unit",
            f"không có đơn vị mã “{unit_code}” trong {period.label_vi()}",
            f"no unit with code “{unit_code}” in {period.label_en()}",
        ) from None
    return unit, period


def build_report(
    *,
    unit_code: str,
    period_code: str,
    as_of: dt.date | None = None,
    tasks_text: str = "",
    previous: dict[str, Any] | None = None,
    progress: Progress | None = None,
) -> dict[str, Any]:
    """The report data for a unit and period (see the module docstring)."""
    say = progress or (lambda pct, step: None)
    unit, period = resolve(unit_code, period_code)
    ctx = Context(unit, period, as_of, Sources(), {i.code: i for i in Indicator.objects.all()})
    say(10, "Sản xuất công nghiệp / industry")
    industry = industry_section(ctx)
    say(25, "Thương mại / trade")
    trade = trade_section(ctx)
    say(40, "Cụm công nghiệp / clusters")
    clusters = clusters_section(ctx)
    say(55, "Dự án trọng điểm / key projects")
    projects = projects_section(ctx)
    targets = targets_section(ctx, industry.figures + trade.figures)
    structure = structure_section(unit, period, ctx=ctx)
    sections = [industry, trade, clusters, projects, targets, structure, tasks_section(tasks_text)]
    unapproved = mark_unapproved(sections)
    say(65, "Biểu đồ / charts")
    issuer_vi, issuer_en = department_name(unit)
    data: dict[str, Any] = {
        "schema": SCHEMA_VERSION,
        "unit": {"code": unit.code, "name": unit.name, "kind": unit.kind},
        "period": {
            "code": period.code,
            "kind": period.kind.value,
            "label_vi": period.label_vi(),
            "label_en": period.label_en(),
            "end": period.end.isoformat(),
        },
        "issuer_vi": issuer_vi,
        "issuer_en": issuer_en,
        "as_of": as_of.isoformat() if as_of else None,
        "built_at": timezone.now().isoformat(timespec="seconds"),
        "sections": [s.as_json() for s in sections],
        "charts": chart_data(ctx, clusters),
        "sources": ctx.sources.items,
        # An issued edition reads published figures only; a preview may hold unapproved ones, marked.
        "published_only": PUBLISHED_ONLY.get(),
        "unapproved": unapproved,
    }
    data["revisions"] = revisions(previous, data) if previous else []
    return data


def mark_unapproved(sections: list[Section]) -> int:
    """Name, in each section, the figures whose data set is not yet published; returns how many."""
    count = 0
    for section in sections:
        found = [f for f in section.figures if f.unapproved]
        if found:
            count += len(found)
            section.notes_vi.append("Số liệu chưa duyệt (chưa công bố): " + "; ".join(f.name_vi for f in found) + ".")
            section.notes_en.append("Not approved (not yet published): " + "; ".join(f.name_en for f in found) + ".")
    return count


def figures_of(data: dict[str, Any]) -> dict[tuple[str, str, str], Figure]:
    return {(s["key"], f["code"], f["breakdown"]): Figure.from_json(f) for s in data["sections"] for f in s["figures"]}


def revisions(previous: dict[str, Any], current: dict[str, Any]) -> list[dict[str, Any]]:
    """Figures whose value, status or vintage changed since the previous edition: old → new."""
    old, new = figures_of(previous), figures_of(current)
    out = []
    for key, fig in new.items():
        before = old.get(key)
        if before is None:
            continue
        changed = (before.value, before.status, before.vintage) != (fig.value, fig.status, fig.vintage)
        if changed:
            out.append(
                {
                    "name_vi": fig.name_vi,
                    "name_en": fig.name_en,
                    "unit_vi": fig.unit_vi,
                    "unit_en": fig.unit_en,
                    "old_value": None if before.value is None else str(before.value),
                    "new_value": None if fig.value is None else str(fig.value),
                    "old_status": before.status,
                    "new_status": fig.status,
                    "old_vintage": before.vintage,
                    "new_vintage": fig.vintage,
                }
            )
    return out
