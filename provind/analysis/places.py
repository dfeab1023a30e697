"""Which places an analysis compares, in which groups, with which values.

An analysis area is a unit on the current map (the merged Thái Nguyên, code 19). For a period
after the unit came into being its own communes and wards are compared; for an earlier period
the communes of the units it was formed from (old Thái Nguyên and old Bắc Kạn for 2024), either
as they were (`map="period"`) or re-expressed on today's communes through the crosswalk
(`map="new"`, where the 471 split communes carry the equal-share assumption).

Only stored figures are used: a commune without a figure is left out and counted as missing,
never taken as 0. Synthetic figures (for demonstrations) are generated here in memory, never
stored, and every result built on them says so.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import math
import random
from collections import Counter
from dataclasses import dataclass, field
from decimal import Decimal

from django.db.models import Q
from django.utils import timezone

from provind.analysis.measures import SMALL_NUMBERS
from provind.approvals.visibility import visible
from provind.errors import InputError
from provind.geography.crosswalk import reexpress_on_new
from provind.geography.models import COMMUNE_LEVEL, REFORM_DATE, AdminUnit, UnitCrosswalk, UnitKind
from provind.geography.queries import UnitNotFound
from provind.indicators.models import Indicator, Observation
from provind.indicators.periods import Period
from provind.indicators.queries import pick_current

GROUPINGS = ("former_province", "urban_rural")
LEVELS = ("commune", "former_province")
MAPS = ("period", "new")
PER = ("none", "km2")

URBAN_KINDS = {UnitKind.WARD, UnitKind.TOWNSHIP}
GROUP_LABELS = {
    "urban": ("Phường, thị trấn (đô thị)", "Wards and townships (urban)"),
    "rural": ("Xã (nông thôn)", "Communes (rural)"),
    "special": ("Đặc khu", "Special zones"),
}

SYNTHETIC_VI = "DỮ LIỆU TỔNG HỢP (giả lập, seed {seed}) — không phải số liệu thật"
SYNTHETIC_EN = "SYNTHETIC DATA (generated, seed {seed}) — not real figures"


@dataclass
class Caveat:
    code: str
    vi: str
    en: str


@dataclass
class Place:
    unit: AdminUnit
    group: str
    value: float
    weight: float | None = None
    raw_value: Decimal | None = None  # the stored figure before dividing by area
    observation: Observation | None = None
    approximate: bool = False  # re-expressed through a split commune

    @property
    def coordinates(self) -> tuple[float, float] | None:
        if self.unit.longitude is None or self.unit.latitude is None:
            return None
        return (self.unit.longitude, self.unit.latitude)


@dataclass
class Inputs:
    area: AdminUnit
    indicator: Indicator
    period: Period
    level: str
    grouping: str
    map: str
    per: str
    places: list[Place] = field(default_factory=list)
    missing: list[AdminUnit] = field(default_factory=list)
    group_labels: dict[str, tuple[str, str]] = field(default_factory=dict)
    caveats: list[Caveat] = field(default_factory=list)
    synthetic_seed: int | None = None

    @property
    def synthetic(self) -> bool:
        return self.synthetic_seed is not None

    @property
    def expected(self) -> int:
        return len(self.places) + len(self.missing)

    @property
    def complete(self) -> bool:
        return not self.missing

    def coverage(self, language: str = "vi") -> str:
        noun = "đơn vị có số liệu" if language.startswith("vi") else "places with a figure"
        return f"{len(self.places)}/{self.expected} {noun}"

    def add_caveat(self, code: str, vi: str, en: str) -> None:
        if all(c.code != code for c in self.caveats):
            self.caveats.append(Caveat(code, vi, en))


def _choice(name: str, value: str, allowed: tuple[str, ...]) -> str:
    if value not in allowed:
        raise InputError(
            name,
            f"“{value}” không hợp lệ; chọn một trong {', '.join(allowed)}",
            f"“{value}” is not valid; use one of {', '.join(allowed)}",
        )
    return value


def area_unit(code: str, *, at: dt.date | None = None) -> AdminUnit:
    """The unit `code` on `at` (default today); a code that no longer exists (06, old Bắc
    Kạn) is its last version."""
    units = list(AdminUnit.objects.filter(code=code).order_by("-valid_from"))
    if not units:
        raise UnitNotFound(code, at or timezone.localdate())
    day = at or timezone.localdate()
    for unit in units:
        if unit.is_valid_on(day):
            return unit
    if at is not None:
        raise UnitNotFound(code, at)
    return max(units, key=lambda u: u.valid_to or dt.date.max)


def predecessor_provinces(area: AdminUnit) -> list[AdminUnit]:
    """The provinces `area` was formed from, valid the day before it began."""
    assert area.valid_from is not None
    day_before = area.valid_from - dt.timedelta(days=1)
    links = UnitCrosswalk.objects.filter(new_unit=area).select_related("old_unit")
    return sorted((link.old_unit for link in links if link.old_unit.is_valid_on(day_before)), key=lambda u: u.code)


def _communes_of(provinces: list[AdminUnit], on: dt.date) -> list[AdminUnit]:
    """Commune-level units under `provinces` valid on `on`: grandchildren through a district
    before the reform, children after it."""
    valid = AdminUnit.objects.valid_on(on)
    districts = valid.filter(parent__in=provinces).values("pk")
    rows = valid.filter(kind__in=[k.value for k in COMMUNE_LEVEL]).filter(
        Q(parent__in=provinces) | Q(parent__in=districts)
    )
    return sorted(rows.select_related("parent__parent"), key=lambda u: u.code)


def _top(unit: AdminUnit) -> AdminUnit:
    """The province above `unit`, walking parents already loaded by select_related."""
    while unit.parent is not None:
        unit = unit.parent
    return unit


def _former_province_of_new(units: list[AdminUnit]) -> dict[int, tuple[str, bool]]:
    """For each new commune, the old province most of its predecessors lay in, and whether
    they lay in more than one."""
    links = UnitCrosswalk.objects.filter(new_unit__in=units).select_related("old_unit__parent__parent")
    provinces: dict[int, Counter[str]] = {}
    for link in links:
        provinces.setdefault(link.new_unit_id, Counter())[_top(link.old_unit).code] += 1
    return {unit_id: (counts.most_common(1)[0][0], len(counts) > 1) for unit_id, counts in provinces.items() if counts}


def _kind_group(unit: AdminUnit) -> str:
    if unit.kind in URBAN_KINDS:
        return "urban"
    if unit.kind == UnitKind.SPECIAL_ZONE:
        return "special"
    return "rural"


def _current_values(indicator: Indicator, units: list[AdminUnit], period: Period) -> dict[int, Observation]:
    """The current figure of each unit for the period, in one query."""
    rows = visible(
        Observation.objects.filter(indicator=indicator, unit__in=units, period_code=period.code, breakdown="")
    ).select_related("source", "unit")
    by_unit: dict[int, list[Observation]] = {}
    for row in rows:
        by_unit.setdefault(row.unit_id, []).append(row)
    picked = {unit_id: pick_current(obs) for unit_id, obs in by_unit.items()}
    return {unit_id: obs for unit_id, obs in picked.items() if obs is not None}


def synthetic_value(unit: AdminUnit, period: Period, seed: int) -> Decimal:
    """A generated commune figure: log-normal, higher in wards and in the lowland south, so
    the demonstration has structure to find. Deterministic in (seed, unit, period)."""
    digest = hashlib.sha256(f"{seed}:{unit.code}:{unit.valid_from}:{period.code}".encode()).digest()
    rng = random.Random(int.from_bytes(digest[:8], "big"))
    base = 6.0 + (1.2 if unit.kind in URBAN_KINDS else 0.0)
    if unit.latitude is not None:
        # Thái Nguyên's industry sits in the south (Phổ Yên, Sông Công); Bắc Kạn lies further north.
        base -= 1.1 * max(0.0, unit.latitude - 21.5)
    return Decimal(str(round(math.exp(rng.gauss(base, 0.8)), 1)))


def build_inputs(
    indicator_code: str,
    period: Period,
    unit_code: str,
    *,
    level: str = "commune",
    grouping: str = "former_province",
    map: str = "period",  # noqa: A002 - the API's word
    per: str = "none",
    synthetic_seed: int | None = None,
    at: dt.date | None = None,
) -> Inputs:
    """The places compared, each with its group, value and (per km²) weight."""
    level = _choice("level", level, LEVELS)
    grouping = _choice("groups", grouping, GROUPINGS)
    map = _choice("map", map, MAPS)
    per = _choice("per", per, PER)
    try:
        indicator = Indicator.objects.get(code=indicator_code)
    except Indicator.DoesNotExist:
        raise InputError(
            "indicator", f"không có chỉ tiêu mã “{indicator_code}”", f"no indicator with code “{indicator_code}”"
        ) from None
    area = area_unit(unit_code, at=at)
    inputs = Inputs(
        area=area,
        indicator=indicator,
        period=period,
        level=level,
        grouping=grouping,
        map=map,
        per=per,
        synthetic_seed=synthetic_seed,
    )
    if synthetic_seed is not None:
        inputs.add_caveat(
            "synthetic", SYNTHETIC_VI.format(seed=synthetic_seed), SYNTHETIC_EN.format(seed=synthetic_seed)
        )
    before_area = area.valid_from is not None and period.end < area.valid_from
    if level == "former_province":
        _former_province_places(inputs, before_area)
    elif before_area and map == "new":
        _reexpressed_places(inputs)
    else:
        _commune_places(inputs, before_area)
    _finish(inputs)
    return inputs


def _label_province(inputs: Inputs, code: str, name: str) -> None:
    inputs.group_labels.setdefault(code, (f"{name} (cũ)", f"{name} (former)"))


def _former_province_places(inputs: Inputs, before_area: bool) -> None:
    """Each former province is one place: old Thái Nguyên against old Bắc Kạn."""
    if not before_area:
        raise InputError(
            "period",
            "so sánh các tỉnh cũ cần một kỳ trước khi đơn vị được thành lập (trước 01/07/2025)",
            "comparing former provinces needs a period before the unit was formed (before 1/7/2025)",
        )
    provinces = predecessor_provinces(inputs.area)
    if len(provinces) < 2:
        raise InputError(
            "unit",
            f"{inputs.area.name} không được hợp nhất từ nhiều tỉnh",
            f"{inputs.area.name} was not formed from several provinces",
        )
    values = _current_values(inputs.indicator, provinces, inputs.period) if inputs.synthetic_seed is None else {}
    for province in provinces:
        _label_province(inputs, province.code, province.name)
        if inputs.synthetic_seed is not None:
            _add(inputs, province, province.code, synthetic_value(province, inputs.period, inputs.synthetic_seed))
        elif province.pk in values:
            _add(inputs, province, province.code, values[province.pk].value, values[province.pk])
        else:
            inputs.missing.append(province)
    inputs.add_caveat(
        "few_places",
        "Chỉ so sánh giữa các tỉnh cũ: không có phần “trong nhóm” (mỗi nhóm là một đơn vị).",
        "Only the former provinces are compared: there is no within-group part (each group is one place).",
    )


def _commune_places(inputs: Inputs, before_area: bool) -> None:
    provinces = predecessor_provinces(inputs.area) if before_area else [inputs.area]
    communes = _communes_of(provinces, inputs.period.end)
    if inputs.grouping == "former_province":
        if before_area:
            groups = {u.pk: _top(u) for u in communes}
            for province in provinces:
                _label_province(inputs, province.code, province.name)
            group_of = {pk: province.code for pk, province in groups.items()}
        else:
            former = _former_province_of_new(communes)
            group_of = {}
            for unit in communes:
                code, mixed = former.get(unit.pk, ("?", False))
                group_of[unit.pk] = code
                if mixed:
                    inputs.add_caveat(
                        "mixed_former",
                        "Một số xã mới gồm đất của hai tỉnh cũ: xếp theo tỉnh của phần lớn xã cũ.",
                        "Some new communes joined land of two former provinces: grouped by most of their old communes.",
                    )
            for province in AdminUnit.objects.filter(code__in=set(group_of.values()), kind=UnitKind.PROVINCE):
                if province.valid_to is not None:
                    _label_province(inputs, province.code, province.name)
    else:
        group_of = {u.pk: _kind_group(u) for u in communes}
        inputs.group_labels.update(GROUP_LABELS)
    values = _current_values(inputs.indicator, communes, inputs.period) if inputs.synthetic_seed is None else {}
    for unit in communes:
        if inputs.synthetic_seed is not None:
            _add(inputs, unit, group_of[unit.pk], synthetic_value(unit, inputs.period, inputs.synthetic_seed))
        elif unit.pk in values:
            _add(inputs, unit, group_of[unit.pk], values[unit.pk].value, values[unit.pk])
        else:
            inputs.missing.append(unit)


def _reexpressed_places(inputs: Inputs) -> None:
    """Old commune figures summed onto today's communes by crosswalk weight."""
    if inputs.indicator.place_aggregation != "sum":
        raise InputError(
            "map",
            f"{inputs.indicator.name_vi} không cộng được theo địa bàn nên không chuyển được sang bản đồ mới",
            f"{inputs.indicator.name_en} does not add up over places, so it cannot be re-expressed on the new map",
        )
    provinces = predecessor_provinces(inputs.area)
    old_communes = _communes_of(provinces, inputs.period.end)
    if inputs.synthetic_seed is not None:
        old_values = {u.code: synthetic_value(u, inputs.period, inputs.synthetic_seed) for u in old_communes}
        missing_old: list[AdminUnit] = []
    else:
        stored = _current_values(inputs.indicator, old_communes, inputs.period)
        old_values = {u.code: stored[u.pk].value for u in old_communes if u.pk in stored}
        missing_old = [u for u in old_communes if u.pk not in stored]
    new_units = _communes_of([inputs.area], REFORM_DATE)
    # A new commune is complete only when every old commune feeding it has a figure.
    blocked = {link.new_unit_id for link in UnitCrosswalk.objects.filter(old_unit__in=missing_old).only("new_unit_id")}
    reexpressed = reexpress_on_new(old_values, old_on=inputs.period.end, level="commune") if old_values else {}
    former = _former_province_of_new(new_units)
    for unit in new_units:
        group = former.get(unit.pk, ("?", False))[0] if inputs.grouping == "former_province" else _kind_group(unit)
        result = reexpressed.get(unit.code)
        if result is None or unit.pk in blocked:
            inputs.missing.append(unit)
            continue
        place = _add(inputs, unit, group, result.value)
        if place is not None:
            place.approximate = result.approximate
    if inputs.grouping == "former_province":
        for province in provinces:
            _label_province(inputs, province.code, province.name)
    else:
        inputs.group_labels.update(GROUP_LABELS)
    if any(p.approximate for p in inputs.places):
        inputs.add_caveat(
            "split_equal_assumed",
            "Các xã cũ bị chia cho nhiều xã mới được phân bổ đều (giả định, chưa có tỷ lệ chính thức).",
            "Old communes split across several new ones are shared equally (an assumption; no official shares).",
        )


def _add(
    inputs: Inputs, unit: AdminUnit, group: str, value: Decimal, observation: Observation | None = None
) -> Place | None:
    weight = None
    number = float(value)
    if inputs.per == "km2":
        if not unit.area_km2:
            inputs.missing.append(unit)
            inputs.add_caveat(
                "no_area",
                "Thiếu diện tích của một số đơn vị (chỉ có cho đơn vị từ 01/07/2025): đã loại khỏi phép tính.",
                "Some places have no area (only units from 1/7/2025 have one): they are left out.",
            )
            return None
        weight = float(unit.area_km2)
        number = number / weight
    place = Place(unit=unit, group=group, value=number, weight=weight, raw_value=value, observation=observation)
    inputs.places.append(place)
    return place


def _finish(inputs: Inputs) -> None:
    if inputs.missing:
        inputs.add_caveat(
            "incomplete",
            f"Thiếu số liệu: {len(inputs.missing)}/{inputs.expected} đơn vị chưa có số liệu"
            " và không được tính (không coi là 0).",
            f"Incomplete: {len(inputs.missing)}/{inputs.expected} places have no figure"
            " and are left out (not taken as 0).",
        )
    if 0 < len(inputs.places) < SMALL_NUMBERS:
        inputs.add_caveat(
            "small_numbers",
            f"Chỉ có {len(inputs.places)} đơn vị: kết quả dao động mạnh khi thêm hoặc bớt một đơn vị.",
            f"Only {len(inputs.places)} places: one place more or less moves the result a lot.",
        )
    if inputs.per == "none" and inputs.indicator.place_aggregation == "sum":
        inputs.add_caveat(
            "not_per_capita",
            "So sánh tổng giá trị, chưa chia theo dân số (chưa lưu dân số cấp xã) hay diện tích.",
            "Totals are compared, not per person (commune population is not stored) or per km².",
        )
