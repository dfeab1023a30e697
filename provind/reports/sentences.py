"""The report's sentences, written from the figures in Vietnamese and in English.

Pure Python (no Django): a `Figure` is what the builder stored in the report data, and every
function here turns figures into text the way a Department's report writes it:

* "Chỉ số sản xuất công nghiệp (IIP) 7 tháng năm 2024 ước tăng 7,1% so với cùng kỳ năm trước."
* "Tổng mức bán lẻ … 7 tháng năm 2024 ước đạt trên 45.000 tỷ đồng, tăng 16,3% so với cùng kỳ năm
  trước, đạt 70,7% kế hoạch năm."

Rules, each tested in tests/reports/test_sentences.py:

* the verb follows the direction: tăng (up), giảm (down), "tương đương cùng kỳ" (unchanged once
  rounded as printed), and the status: "ước" for an estimate, "sơ bộ" for a preliminary figure,
  nothing for an official one;
* a figure without a value gives no sentence (never "0"); a missing comparison is left out of
  the sentence, never guessed;
* a section whose figures are all missing gets one sentence naming what is missing.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from provind.dataio.cells import format_vi

STATUS_WORD_VI = {"estimate": "ước", "preliminary": "sơ bộ", "official": ""}
STATUS_LABEL_VI = {"estimate": "ước tính", "preliminary": "sơ bộ", "official": "chính thức", "plan": "kế hoạch"}
STATUS_LABEL_EN = {"estimate": "estimate", "preliminary": "preliminary", "official": "official", "plan": "plan"}
QUALIFIER_VI = {"over": "trên", "under": "dưới", "about": "khoảng", "nearly": "gần"}
QUALIFIER_EN = {"over": "over", "under": "under", "about": "about", "nearly": "nearly"}

_DECIMAL_FIELDS = ("value", "yoy_pct", "plan_pct", "month_value")


@dataclass
class Figure:
    """One figure of the report with what its sentence and its table row need."""

    code: str
    name_vi: str
    name_en: str
    unit_vi: str
    unit_en: str
    kind: str  # level / rate / share / index (the catalogue's kinds)
    period_label_vi: str
    period_label_en: str
    value: Decimal | None = None
    qualifier: str = ""
    status: str = ""
    decimals: int = 1
    breakdown: str = ""
    yoy_pct: Decimal | None = None
    yoy_source: str = ""  # computed / reported / rate / ""
    plan_pct: Decimal | None = None
    plan_source: str = ""
    month_value: Decimal | None = None  # "Thực hiện tháng" of a cumulative period
    month_status: str = ""
    vintage: str | None = None
    observation_id: int | None = None
    source_ref: int | None = None  # number in the report's list of sources
    source_title: str = ""
    source_url: str = ""
    note_vi: str = ""
    note_en: str = ""
    # Its data set is not yet published (only an editor's preview shows such a figure, marked).
    unapproved: bool = False

    def as_json(self) -> dict[str, Any]:
        data = asdict(self)
        for name in _DECIMAL_FIELDS:
            if data[name] is not None:
                data[name] = str(data[name])
        return data

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Figure:
        known = {f.name for f in fields(cls)}
        values = {k: v for k, v in data.items() if k in known}
        for name in _DECIMAL_FIELDS:
            if values.get(name) is not None:
                values[name] = Decimal(values[name])
        return cls(**values)


# --- numbers -------------------------------------------------------------------------------------
def _round(value: Decimal, places: int) -> Decimal:
    return value.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)


def number_vi(value: Decimal, places: int = 2) -> str:
    """45000 → "45.000", 17.6 → "17,6" (rounded half up to `places`, trailing zeros dropped)."""
    return format_vi(_round(value, places))


def number_en(value: Decimal, places: int = 2) -> str:
    """45000 → "45,000", 17.6 → "17.6"."""
    text = f"{_round(value, places):,f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text


def pct_places(source: str) -> int:
    """A rate the source printed keeps its two decimals (12,68%); one we computed shows one."""
    return 1 if source == "computed" else 2


def same_period_ratio(yoy_pct: Decimal | None) -> Decimal | None:
    """The "So cùng kỳ (%)" column: 116,3 for +16,3% (officials' tables print the ratio)."""
    return None if yoy_pct is None else Decimal(100) + yoy_pct


def _direction(change: Decimal, places: int) -> int:
    rounded = _round(change, places)
    return (rounded > 0) - (rounded < 0)


# --- Vietnamese ----------------------------------------------------------------------------------
def _status_prefix_vi(status: str) -> str:
    word = STATUS_WORD_VI.get(status, "")
    return f"{word} " if word else ""


def _change_vi(change: Decimal, places: int) -> str:
    way = _direction(change, places)
    if way == 0:
        return "tương đương cùng kỳ năm trước"
    verb = "tăng" if way > 0 else "giảm"
    return f"{verb} {number_vi(abs(change), places)}% so với cùng kỳ năm trước"


def _amount_vi(f: Figure) -> str:
    assert f.value is not None
    qualifier = QUALIFIER_VI.get(f.qualifier, "")
    amount = f"{number_vi(f.value, max(f.decimals, 2))} {f.unit_vi}".strip()
    return f"{qualifier} {amount}" if qualifier else amount


def sentence_vi(f: Figure) -> str | None:
    """The figure's sentence, or None when the figure has no value."""
    if f.value is None:
        return None
    subject = f"{f.name_vi} {f.period_label_vi}"
    prefix = _status_prefix_vi(f.status)
    if f.kind == "rate":
        places = max(min(f.decimals, 2), 1)
        way = _direction(f.value, places)
        if way == 0:
            body = f"{prefix}tương đương cùng kỳ năm trước"
        else:
            verb = "tăng" if way > 0 else "giảm"
            qualifier = QUALIFIER_VI.get(f.qualifier, "")
            amount = f"{qualifier} " if qualifier else ""
            body = f"{prefix}{verb} {amount}{number_vi(abs(f.value), places)}% so với cùng kỳ năm trước"
        return f"{subject} {body}."
    if f.kind == "share":
        return f"{subject} {prefix}chiếm {_amount_vi(f).replace(' %', '%')}."
    parts = [f"{subject} {prefix}đạt {_amount_vi(f)}"]
    if f.yoy_pct is not None:
        parts.append(_change_vi(f.yoy_pct, pct_places(f.yoy_source)))
    if f.plan_pct is not None:
        parts.append(f"đạt {number_vi(f.plan_pct, pct_places(f.plan_source))}% kế hoạch năm")
    return ", ".join(parts) + "."


# --- English -------------------------------------------------------------------------------------
def _amount_en(f: Figure) -> str:
    assert f.value is not None
    qualifier = QUALIFIER_EN.get(f.qualifier, "")
    unit = f.unit_en
    amount = f"{number_en(f.value, max(f.decimals, 2))}{unit}" if unit == "%" else f"{number_en(f.value, 2)} {unit}"
    return f"{qualifier} {amount}" if qualifier else amount


def _change_en(change: Decimal, places: int) -> str:
    way = _direction(change, places)
    if way == 0:
        return "unchanged year on year"
    return f"{'up' if way > 0 else 'down'} {number_en(abs(change), places)}% year on year"


def sentence_en(f: Figure) -> str | None:
    if f.value is None:
        return None
    subject = f"{f.name_en} in {f.period_label_en}"
    if f.kind == "rate":
        places = max(min(f.decimals, 2), 1)
        way = _direction(f.value, places)
        qualifier = QUALIFIER_EN.get(f.qualifier, "")
        amount = f"{qualifier} " if qualifier else ""
        if way == 0:
            body = "was unchanged year on year"
        else:
            verb = "rose" if way > 0 else "fell"
            body = f"{verb} by {amount}{number_en(abs(f.value), places)}% year on year"
        if f.status == "estimate":
            body = body.replace(" by ", " by an estimated ", 1) if way else body + " (estimate)"
        elif f.status == "preliminary":
            body += " (preliminary)"
        return f"{subject} {body}."
    verb = {"estimate": "is estimated at", "preliminary": "is preliminarily put at"}.get(f.status, "was")
    if f.kind == "share":
        verb = {"estimate": "is estimated at", "preliminary": "is preliminarily put at"}.get(f.status, "was")
    parts = [f"{subject} {verb} {_amount_en(f)}"]
    if f.kind != "share" and f.yoy_pct is not None:
        parts.append(_change_en(f.yoy_pct, pct_places(f.yoy_source)))
    if f.kind != "share" and f.plan_pct is not None:
        parts.append(f"{number_en(f.plan_pct, pct_places(f.plan_source))}% of the annual plan")
    return ", ".join(parts) + "."


def sentence(f: Figure, language: str) -> str | None:
    return sentence_en(f) if language.startswith("en") else sentence_vi(f)


# --- sections ------------------------------------------------------------------------------------
def missing_sentence_vi(topic_vi: str, period_label_vi: str, missing: list[str]) -> str:
    """What a section says when it has no figure at all."""
    text = f"Chưa có số liệu về {topic_vi} {period_label_vi}"
    if missing:
        text += f" (chưa có: {'; '.join(missing)})"
    return text + "."


def missing_sentence_en(topic_en: str, period_label_en: str, missing: list[str]) -> str:
    text = f"No figures on {topic_en} for {period_label_en} are stored yet"
    if missing:
        text += f" (missing: {'; '.join(missing)})"
    return text + "."


def section_sentences(
    figures: list[Figure], *, language: str, topic_vi: str, topic_en: str, period_label_vi: str, period_label_en: str
) -> list[str]:
    """One sentence per figure that has a value; one sentence naming what is missing when none has."""
    written = [s for s in (sentence(f, language) for f in figures) if s]
    if written:
        return written
    if language.startswith("en"):
        return [missing_sentence_en(topic_en, period_label_en, [f.name_en for f in figures])]
    return [missing_sentence_vi(topic_vi, period_label_vi, [f.name_vi for f in figures])]


def status_label(status: str, language: str) -> str:
    labels = STATUS_LABEL_EN if language.startswith("en") else STATUS_LABEL_VI
    return labels.get(status, status)


def cell(value: Decimal | None, language: str, places: int = 2) -> str:
    """A table cell: the number in the language's format, "—" when unknown (never 0)."""
    if value is None:
        return "—"
    return number_en(value, places) if language.startswith("en") else number_vi(value, places)
