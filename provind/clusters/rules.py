"""Decree 32/2024/NĐ-CP checks and clocks as configurable rules.

The decree is being amended (draft consulted in 2025), so every threshold and every clock lives in
one frozen `Decree32Rules` with the legal basis of each. Defaults are the decree's; a deployment
overrides them with the setting `PROVIND_DECREE32_RULES` (a dict of field names to values, plus an
optional "legal_basis" dict of {field: {"vi": …, "en": …}}), and a caller can pass `rules=` to any
function here (e.g. `dataclasses.replace(default_rules(), max_area_ha=Decimal(100))`).

Each check returns a `CheckResult`: `passed` is True, False, or None when an input is unknown (the
registry never guesses), with the inputs used and the legal basis, so a page can show why.

Clocks (Art. 10), read from the decree's wording:
- 10.1: the (former district, now commune) committee announces within **5 working days** of the
  first proposal; proposals are received "trong vòng 15 ngày" (15 **calendar** days) from the
  announcement;
- 10.2: the files go to the Department within **5 working days** of the close;
- 10.3: the Department appraises "trong thời hạn 25 ngày" from a complete file. The same article
  says "ngày làm việc" for every other period (10.1, 10.2, 10.4), so the 25 days are **calendar days**;
  the time the applicant spends completing the file is not counted (`paused_days`). A period whose
  last day is a day off ends on the next working day (Civil Code 2015 Art. 148, as
  `provind.calendars.add_calendar_days` does);
- 10.4: the provincial committee decides within **7 working days** of receiving the file with the
  appraisal report.
Each basis is a field (`appraisal_basis` …) so a province that counts otherwise, or an amended
decree, changes one value.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from types import MappingProxyType
from typing import Any

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured

from provind.calendars import DayBasis, add_days, holiday_name
from provind.clusters.models import EventKind, IndustrialCluster, Wastewater
from provind.clusters.queries import occupancy_of
from provind.lib.numbers import plain


@dataclass(frozen=True)
class LegalBasis:
    vi: str
    en: str

    def __str__(self) -> str:
        return self.vi


DEFAULT_LEGAL_BASIS: Mapping[str, LegalBasis] = MappingProxyType(
    {
        "size": LegalBasis(
            "Nghị định 32/2024/NĐ-CP, Điều 2 khoản 1: quy mô từ 10 ha đến 75 ha; huyện miền núi và CCN làng nghề "
            "từ 5 ha đến 75 ha",
            "Decree 32/2024/NĐ-CP, Art. 2.1: 10–75 ha; 5–75 ha in mountainous districts and for craft-village clusters",
        ),
        "legacy": LegalBasis(
            "Nghị định 32/2024/NĐ-CP, Điều 35 khoản 1: CCN có diện tích lớn hơn 75 ha hình thành trước khi QĐ "
            "105/2009/QĐ-TTg có hiệu lực tiếp tục hoạt động",
            "Decree 32/2024/NĐ-CP, Art. 35.1: clusters over 75 ha formed before QĐ 105/2009/QĐ-TTg took effect keep "
            "operating",
        ),
        "undersize": LegalBasis(
            "Nghị định 32/2024/NĐ-CP, Điều 35 khoản 1: CCN có diện tích nhỏ hơn quy mô tối thiểu được thành lập trước "
            "khi Nghị định 68/2017/NĐ-CP có hiệu lực (15/7/2017) tiếp tục hoạt động",
            "Decree 32/2024/NĐ-CP, Art. 35.1: clusters below the minimum size established before Decree 68/2017/NĐ-CP "
            "took effect (15 July 2017) keep operating",
        ),
        "expansion": LegalBasis(
            "Nghị định 32/2024/NĐ-CP, Điều 8 khoản 2: sau mở rộng không quá 75 ha; lấp đầy ít nhất 60% hoặc nhu cầu "
            "vượt quỹ đất hiện có; đã xây dựng, đưa vào sử dụng đường nội bộ, cấp nước, thu gom và xử lý nước thải",
            "Decree 32/2024/NĐ-CP, Art. 8.2: at most 75 ha after expansion; occupancy at least 60% or demand above "
            "the land available; internal roads, water supply and wastewater collection and treatment built and in use",
        ),
        "new_cluster": LegalBasis(
            "Nghị định 32/2024/NĐ-CP, Điều 8 khoản 1 điểm c: nếu địa bàn đã có CCN thì tỷ lệ lấp đầy trung bình trên "
            "50% hoặc tổng đất công nghiệp chưa cho thuê không quá 100 ha; phạm vi địa bàn do UBND tỉnh quyết định "
            "từ 1/7/2025 (Nghị định 139/2025/NĐ-CP, Điều 12)",
            "Decree 32/2024/NĐ-CP, Art. 8.1c: where clusters exist, average occupancy above 50% or at most 100 ha of "
            "industrial land unleased; since 1/7/2025 the province decides the scope (Decree 139/2025/NĐ-CP, Art. 12)",
        ),
        "announcement": LegalBasis(
            "Nghị định 32/2024/NĐ-CP, Điều 10 khoản 1: thông báo trong 05 ngày làm việc kể từ văn bản đề nghị đầu tiên",
            "Decree 32/2024/NĐ-CP, Art. 10.1: announce within 5 working days of the first proposal",
        ),
        "proposals": LegalBasis(
            "Nghị định 32/2024/NĐ-CP, Điều 10 khoản 1: nhận hồ sơ trong vòng 15 ngày kể từ ngày ra thông báo",
            "Decree 32/2024/NĐ-CP, Art. 10.1: proposals received within 15 days of the announcement",
        ),
        "dossier": LegalBasis(
            "Nghị định 32/2024/NĐ-CP, Điều 10 khoản 2: gửi hồ sơ đến Sở Công Thương trong 05 ngày làm việc "
            "kể từ ngày kết thúc nhận hồ sơ",
            "Decree 32/2024/NĐ-CP, Art. 10.2: files to the Department within 5 working days of the close",
        ),
        "appraisal": LegalBasis(
            "Nghị định 32/2024/NĐ-CP, Điều 10 khoản 3: thẩm định trong thời hạn 25 ngày kể từ ngày nhận đầy đủ hồ sơ; "
            "thời gian bổ sung hồ sơ không tính",
            "Decree 32/2024/NĐ-CP, Art. 10.3: appraisal within 25 days of a complete file; time spent completing "
            "the file not counted",
        ),
        "decision": LegalBasis(
            "Nghị định 32/2024/NĐ-CP, Điều 10 khoản 4: UBND tỉnh quyết định trong 07 ngày làm việc kể từ ngày nhận "
            "hồ sơ kèm báo cáo thẩm định",
            "Decree 32/2024/NĐ-CP, Art. 10.4: the provincial committee decides within 7 working days of receiving "
            "the file with the appraisal report",
        ),
    }
)


@dataclass(frozen=True)
class Decree32Rules:
    min_area_ha: Decimal = Decimal(10)
    min_area_mountain_ha: Decimal = Decimal(5)  # mountainous districts and craft-village clusters
    max_area_ha: Decimal = Decimal(75)
    expansion_max_total_ha: Decimal = Decimal(75)
    expansion_min_occupancy_pct: Decimal = Decimal(60)  # "ít nhất 60%": at least
    new_cluster_min_average_occupancy_pct: Decimal = Decimal(50)  # "trên 50%": strictly above
    new_cluster_max_unleased_ha: Decimal = Decimal(100)  # "không vượt quá 100 ha": at most
    announcement_days: int = 5
    announcement_basis: DayBasis = DayBasis.WORKING
    proposals_days: int = 15
    proposals_basis: DayBasis = DayBasis.CALENDAR
    dossier_days: int = 5
    dossier_basis: DayBasis = DayBasis.WORKING
    appraisal_days: int = 25
    appraisal_basis: DayBasis = DayBasis.CALENDAR
    decision_days: int = 7
    decision_basis: DayBasis = DayBasis.WORKING
    legal_basis: Mapping[str, LegalBasis] = field(default=DEFAULT_LEGAL_BASIS)

    def basis(self, rule: str) -> LegalBasis:
        return self.legal_basis.get(rule) or DEFAULT_LEGAL_BASIS[rule]


_FIELDS = {f.name: f for f in dataclasses.fields(Decree32Rules)}


def rules_from(overrides: Mapping[str, Any]) -> Decree32Rules:
    """Build rules from a plain dict (the setting's shape): numbers as numbers or strings, day bases
    as "working"/"calendar", "legal_basis" as {rule: {"vi": …, "en": …}}."""
    values: dict[str, Any] = {}
    for name, raw in overrides.items():
        if name not in _FIELDS:
            raise ImproperlyConfigured(f"PROVIND_DECREE32_RULES: unknown rule {name!r} (known: {', '.join(_FIELDS)})")
        if name == "legal_basis":
            merged = dict(DEFAULT_LEGAL_BASIS)
            for rule, text in raw.items():
                merged[rule] = text if isinstance(text, LegalBasis) else LegalBasis(text["vi"], text["en"])
            values[name] = MappingProxyType(merged)
        elif name.endswith("_basis"):
            values[name] = DayBasis(raw)
        elif name.endswith("_days"):
            values[name] = int(raw)
        else:
            values[name] = Decimal(str(raw))
    return Decree32Rules(**values)


def default_rules() -> Decree32Rules:
    """The decree's values, with the deployment's `PROVIND_DECREE32_RULES` applied."""
    return rules_from(settings.PROVIND_DECREE32_RULES)


@dataclass(frozen=True)
class CheckResult:
    rule: str
    passed: bool | None  # None: an input is unknown
    legal_basis: LegalBasis
    inputs: dict[str, Any]
    message_vi: str
    message_en: str
    warning: bool = False  # out of the rule but exempt (legacy clusters): shown, not blocking
    parts: tuple[CheckResult, ...] = ()

    @property
    def status(self) -> str:
        """ "pass", "fail", "warning" or "unknown", for pages and the API."""
        if self.passed is None:
            return "unknown"
        if self.warning:
            return "warning"
        return "pass" if self.passed else "fail"


def _all(parts: Iterable[bool | None]) -> bool | None:
    """Three-valued AND: False if any part fails, None if none fails but one is unknown."""
    values = list(parts)
    if any(v is False for v in values):
        return False
    if any(v is None for v in values):
        return None
    return True


def _any(parts: Iterable[bool | None]) -> bool | None:
    values = list(parts)
    if any(v is True for v in values):
        return True
    if any(v is None for v in values):
        return None
    return False


def _cluster_area(cluster: IndustrialCluster) -> Decimal | None:
    if cluster.established_area_ha is not None:
        return cluster.established_area_ha
    planned = [e.planned_area_ha for e in cluster.plan_entries.all() if e.planned_area_ha is not None]
    return planned[-1] if planned else None


# Decree 68/2017/NĐ-CP took effect on 15/7/2017: smaller clusters established before it are exempt.
DECREE_68_EFFECTIVE = dt.date(2017, 7, 15)


def _established_before(cluster: IndustrialCluster, day: dt.date) -> bool | None:
    """True/False when the establishment date is known; None when it is not (or not established)."""
    dates = [e.date for e in cluster.events.all() if e.kind == EventKind.ESTABLISHED]
    if any(d is not None and d < day for d in dates):
        return True
    if cluster.is_legacy:  # formed before QĐ 105/2009, hence before 2017
        return True
    if dates and all(d is not None for d in dates):
        return False
    return None


def check_size(
    cluster: IndustrialCluster, *, area_ha: Decimal | None = None, rules: Decree32Rules | None = None
) -> CheckResult:
    """Art. 2.1 size limits on `area_ha` (default: the established area, else the planned area).
    Art. 35.1 exempts, with a warning, a cluster above 75 ha formed before QĐ 105/2009 and a
    cluster below the minimum established before Decree 68/2017 took effect. Whether the cluster
    is in a mountainous area decides the minimum: when that is unknown and the area lies between
    the two minimums, the answer is unknown, never "no"."""
    rules = rules or default_rules()
    area = area_ha if area_ha is not None else _cluster_area(cluster)
    if cluster.is_craft_village or cluster.is_mountainous:
        minimum: Decimal | None = rules.min_area_mountain_ha
    elif cluster.is_mountainous is None:
        minimum = None
    else:
        minimum = rules.min_area_ha
    inputs = {
        "area_ha": area,
        "min_area_ha": minimum,
        "max_area_ha": rules.max_area_ha,
        "is_mountainous": cluster.is_mountainous,
        "is_craft_village": cluster.is_craft_village,
        "is_legacy": cluster.is_legacy,
    }
    low = minimum if minimum is not None else rules.min_area_mountain_ha
    limits_vi = (
        f"{plain(minimum)}–{plain(rules.max_area_ha)} ha"
        if minimum is not None
        else (f"{plain(rules.min_area_mountain_ha)} hoặc {plain(rules.min_area_ha)}–{plain(rules.max_area_ha)} ha")
    )
    limits_en = limits_vi.replace("hoặc", "or")
    if area is None:
        return CheckResult(
            "size",
            None,
            rules.basis("size"),
            inputs,
            f"Chưa biết diện tích của cụm {cluster.name}; quy mô cho phép {limits_vi}.",
            f"The area of {cluster.name} is not known; the allowed size is {limits_en}.",
        )
    if (
        minimum is None
        and rules.min_area_mountain_ha <= area < rules.min_area_ha
        and not _established_before(cluster, DECREE_68_EFFECTIVE)
    ):
        return CheckResult(
            "size",
            None,
            rules.basis("size"),
            inputs,
            f"Diện tích {plain(area)} ha: chưa biết cụm có ở địa bàn miền núi không (tối thiểu 5 ha hay 10 ha); "
            "cần ghi rõ trong sổ.",
            f"Area {plain(area)} ha: whether the cluster is in a mountainous area (5 ha or 10 ha minimum) is not "
            "known; record it in the registry.",
        )
    within = low <= area <= rules.max_area_ha and (minimum is not None or area >= rules.min_area_ha)
    if within:
        return CheckResult(
            "size",
            True,
            rules.basis("size"),
            inputs,
            f"Diện tích {plain(area)} ha nằm trong quy mô cho phép {limits_vi}.",
            f"The area of {plain(area)} ha is within the allowed {limits_en}.",
        )
    if area > rules.max_area_ha and cluster.is_legacy:
        return CheckResult(
            "size",
            True,
            rules.basis("legacy"),
            inputs,
            f"Diện tích {plain(area)} ha lớn hơn {plain(rules.max_area_ha)} ha, nhưng cụm hình thành trước QĐ 105/2009 "
            "nên tiếp tục hoạt động (Điều 35.1); cần rà soát.",
            f"The area of {plain(area)} ha exceeds {plain(rules.max_area_ha)} ha, but the cluster predates QĐ 105/2009 "
            "and keeps operating (Art. 35.1); review it.",
            warning=True,
        )
    if area < (minimum or rules.min_area_ha) and _established_before(cluster, DECREE_68_EFFECTIVE):
        return CheckResult(
            "size",
            True,
            rules.basis("undersize"),
            inputs,
            f"Diện tích {plain(area)} ha nhỏ hơn quy mô tối thiểu, nhưng cụm được thành lập trước khi Nghị định "
            "68/2017 có hiệu lực nên tiếp tục hoạt động (Điều 35.1); cần rà soát.",
            f"The area of {plain(area)} ha is below the minimum, but the cluster was established before Decree "
            "68/2017 took effect and keeps operating (Art. 35.1); review it.",
            warning=True,
        )
    return CheckResult(
        "size",
        False,
        rules.basis("size"),
        inputs,
        f"Diện tích {plain(area)} ha ngoài quy mô cho phép {limits_vi}.",
        f"The area of {plain(area)} ha is outside the allowed {limits_en}.",
    )


def _occupancy(cluster: IndustrialCluster) -> Decimal | None:
    return occupancy_of(cluster).pct


def check_expansion(
    cluster: IndustrialCluster,
    new_total_area: Decimal | None,
    *,
    occupancy_pct: Decimal | None = None,
    demand_exceeds_land: bool | None = None,
    roads_in_use: bool | None = None,
    water_supply_in_use: bool | None = None,
    wastewater_in_use: bool | None = None,
    rules: Decree32Rules | None = None,
) -> CheckResult:
    """Art. 8.2 (a, c, d). Occupancy defaults to the registry's (latest Form 02, else tenants);
    the wastewater plant defaults to the cluster's record (built = in use). The registry does not
    hold whether internal roads and water supply are in use, so they are unknown unless given."""
    rules = rules or default_rules()
    occupancy = occupancy_pct if occupancy_pct is not None else _occupancy(cluster)
    if wastewater_in_use is None and cluster.wastewater:
        wastewater_in_use = cluster.wastewater == Wastewater.BUILT
    basis = rules.basis("expansion")

    area_ok = None if new_total_area is None else new_total_area <= rules.expansion_max_total_ha
    area = CheckResult(
        "expansion_area",
        area_ok,
        basis,
        {"new_total_area_ha": new_total_area, "max_total_ha": rules.expansion_max_total_ha},
        f"Tổng diện tích sau mở rộng {plain(new_total_area)} ha (tối đa {plain(rules.expansion_max_total_ha)} ha).",
        f"Total area after expansion {plain(new_total_area)} ha (at most {plain(rules.expansion_max_total_ha)} ha).",
    )
    occ_ok = None if occupancy is None else occupancy >= rules.expansion_min_occupancy_pct
    demand_ok = _any([occ_ok, demand_exceeds_land])
    occupancy_text = "?" if occupancy is None else f"{occupancy:.1f}"
    demand = CheckResult(
        "expansion_occupancy",
        demand_ok,
        basis,
        {
            "occupancy_pct": occupancy,
            "min_occupancy_pct": rules.expansion_min_occupancy_pct,
            "demand_exceeds_land": demand_exceeds_land,
        },
        f"Tỷ lệ lấp đầy {occupancy_text}% (cần ít nhất {plain(rules.expansion_min_occupancy_pct)}%, hoặc nhu cầu thuê "
        "vượt quỹ đất công nghiệp hiện có).",
        f"Occupancy {occupancy_text}% (needs at least {plain(rules.expansion_min_occupancy_pct)}%, or demand above the "
        "industrial land available).",
    )
    infra_ok = _all([roads_in_use, water_supply_in_use, wastewater_in_use])
    infra = CheckResult(
        "expansion_infrastructure",
        infra_ok,
        basis,
        {
            "roads_in_use": roads_in_use,
            "water_supply_in_use": water_supply_in_use,
            "wastewater_in_use": wastewater_in_use,
        },
        "Đường giao thông nội bộ, cấp nước, thu gom và xử lý nước thải phải hoàn thành và đưa vào sử dụng "
        f"(đường: {_yn_vi(roads_in_use)}; cấp nước: {_yn_vi(water_supply_in_use)}; "
        f"nước thải: {_yn_vi(wastewater_in_use)}).",
        "Internal roads, water supply and wastewater collection and treatment must be built and in use "
        f"(roads: {_yn_en(roads_in_use)}; water: {_yn_en(water_supply_in_use)}; "
        f"wastewater: {_yn_en(wastewater_in_use)}).",
    )
    parts = (area, demand, infra)
    passed = _all(p.passed for p in parts)
    verdict_vi = {True: "Đủ điều kiện mở rộng", False: "Chưa đủ điều kiện mở rộng", None: "Chưa đủ dữ liệu để kết luận"}
    verdict_en = {
        True: "Meets the expansion conditions",
        False: "Does not meet the expansion conditions",
        None: "Not enough data to decide",
    }
    return CheckResult(
        "expansion",
        passed,
        basis,
        {"cluster": cluster.code, **area.inputs, **demand.inputs, **infra.inputs},
        f"{verdict_vi[passed]}: " + " ".join(p.message_vi for p in parts),
        f"{verdict_en[passed]}: " + " ".join(p.message_en for p in parts),
        parts=parts,
    )


def _yn_vi(value: bool | None) -> str:
    return {True: "có", False: "chưa", None: "chưa rõ"}[value]


def _yn_en(value: bool | None) -> str:
    return {True: "yes", False: "no", None: "unknown"}[value]


def check_new_cluster(
    scope_clusters: Iterable[IndustrialCluster], *, rules: Decree32Rules | None = None
) -> CheckResult:
    """Art. 8.1c over the clusters already established in the scope the province chose (pass them in,
    e.g. from `queries.clusters_for(stage="established", former_district_code=…)`). With none, the
    condition does not apply. Occupancy per cluster comes from the registry (Form 02, else tenants);
    the average is the mean of the clusters' rates."""
    rules = rules or default_rules()
    basis = rules.basis("new_cluster")
    clusters = list(scope_clusters)
    if not clusters:
        return CheckResult(
            "new_cluster",
            True,
            basis,
            {"clusters": []},
            "Địa bàn chưa có cụm công nghiệp đã thành lập: điều kiện tỷ lệ lấp đầy không áp dụng.",
            "No cluster is established in the scope: the occupancy condition does not apply.",
        )
    rates: list[Decimal] = []
    unleased = Decimal(0)
    unknown_rate: list[str] = []
    unknown_land: list[str] = []
    for cluster in clusters:
        occ = occupancy_of(cluster)
        if occ.pct is None:
            unknown_rate.append(cluster.code)
        else:
            rates.append(occ.pct)
        if occ.unleased_ha is None:
            unknown_land.append(cluster.code)
        else:
            unleased += occ.unleased_ha
    average = None if unknown_rate else sum(rates, Decimal(0)) / len(rates)
    avg_ok = None if average is None else average > rules.new_cluster_min_average_occupancy_pct
    # Known unleased land is a lower bound: above the limit it already fails; below it, unknowns decide.
    if unleased > rules.new_cluster_max_unleased_ha:
        land_ok: bool | None = False
    else:
        land_ok = None if unknown_land else True
    passed = _any([avg_ok, land_ok])
    inputs = {
        "clusters": [c.code for c in clusters],
        "average_occupancy_pct": average,
        "min_average_occupancy_pct": rules.new_cluster_min_average_occupancy_pct,
        "unleased_ha": unleased,
        "unleased_is_lower_bound": bool(unknown_land),
        "max_unleased_ha": rules.new_cluster_max_unleased_ha,
        "occupancy_unknown_for": unknown_rate,
        "land_unknown_for": unknown_land,
    }
    avg_text = "?" if average is None else f"{average:.1f}"
    more = "≥ " if unknown_land else ""
    verdict_vi = {True: "Đủ điều kiện", False: "Chưa đủ điều kiện", None: "Chưa đủ dữ liệu để kết luận"}[passed]
    verdict_en = {True: "Condition met", False: "Condition not met", None: "Not enough data to decide"}[passed]
    return CheckResult(
        "new_cluster",
        passed,
        basis,
        inputs,
        f"{verdict_vi}: {len(clusters)} cụm trong phạm vi; tỷ lệ lấp đầy trung bình {avg_text}% (cần trên "
        f"{plain(rules.new_cluster_min_average_occupancy_pct)}%) hoặc đất công nghiệp chưa cho thuê "
        f"{more}{plain(unleased)} ha (tối đa {plain(rules.new_cluster_max_unleased_ha)} ha).",
        f"{verdict_en}: {len(clusters)} clusters in scope; average occupancy {avg_text}% (needs above "
        f"{plain(rules.new_cluster_min_average_occupancy_pct)}%) or unleased industrial land "
        f"{more}{plain(unleased)} ha "
        f"(at most {plain(rules.new_cluster_max_unleased_ha)} ha).",
    )


# --- clocks ------------------------------------------------------------------------------------


def appraisal_deadline(
    complete_file_date: dt.date, *, paused_days: int = 0, rules: Decree32Rules | None = None
) -> dt.date:
    """25 days (calendar, see the module doc) from a complete file, plus the `paused_days` the
    applicant spent completing it at the Department's request (Art. 10.3: not counted)."""
    rules = rules or default_rules()
    if paused_days < 0:
        raise ValueError("paused_days must not be negative")
    return add_days(complete_file_date, rules.appraisal_days + paused_days, rules.appraisal_basis)


def decision_deadline(appraisal_date: dt.date, *, rules: Decree32Rules | None = None) -> dt.date:
    """7 working days from the day the provincial committee receives the file with the appraisal report."""
    rules = rules or default_rules()
    return add_days(appraisal_date, rules.decision_days, rules.decision_basis)


@dataclass(frozen=True)
class ClockStep:
    key: str
    label_vi: str
    label_en: str
    start: dt.date
    deadline: dt.date
    days: int
    basis: DayBasis
    legal_basis: LegalBasis
    actual: dt.date | None = None  # when the step was actually done, if known
    holidays: tuple[str, ...] = ()  # holidays between start and deadline, for display

    @property
    def overdue(self) -> bool | None:
        return None if self.actual is None else self.actual > self.deadline


def _holidays_between(start: dt.date, end: dt.date) -> tuple[str, ...]:
    names: list[str] = []
    day = start + dt.timedelta(days=1)
    while day <= end:
        name = holiday_name(day)
        if name and name not in names:
            names.append(name)
        day += dt.timedelta(days=1)
    return tuple(names)


def establishment_clock(
    first_proposal_date: dt.date,
    *,
    announced_on: dt.date | None = None,
    dossier_sent_on: dt.date | None = None,
    file_complete_on: dt.date | None = None,
    paused_days: int = 0,
    appraised_on: dt.date | None = None,
    decided_on: dt.date | None = None,
    rules: Decree32Rules | None = None,
) -> list[ClockStep]:
    """The Art. 10 steps with their deadlines. Each step starts from the actual date of the previous
    one when known, else from its deadline. The file is taken as complete when it reaches the
    Department unless `file_complete_on` says otherwise."""
    rules = rules or default_rules()
    steps: list[ClockStep] = []

    def add(key: str, vi: str, en: str, start: dt.date, days: int, basis: DayBasis, actual: dt.date | None) -> dt.date:
        deadline = add_days(start, days, basis)
        steps.append(
            ClockStep(
                key, vi, en, start, deadline, days, basis, rules.basis(key), actual, _holidays_between(start, deadline)
            )
        )
        return actual or deadline

    announced = add(
        "announcement",
        "Thông báo tiếp nhận hồ sơ",
        "Announce the call for proposals",
        first_proposal_date,
        rules.announcement_days,
        rules.announcement_basis,
        announced_on,
    )
    closed = add(
        "proposals",
        "Kết thúc nhận hồ sơ",
        "Proposals close",
        announced,
        rules.proposals_days,
        rules.proposals_basis,
        None,
    )
    sent = add(
        "dossier",
        "Gửi hồ sơ đến Sở Công Thương",
        "Files sent to the Department",
        closed,
        rules.dossier_days,
        rules.dossier_basis,
        dossier_sent_on,
    )
    appraised = add(
        "appraisal",
        "Sở Công Thương hoàn thành thẩm định",
        "Department completes the appraisal",
        file_complete_on or sent,
        rules.appraisal_days + paused_days,
        rules.appraisal_basis,
        appraised_on,
    )
    add(
        "decision",
        "UBND tỉnh quyết định thành lập, mở rộng",
        "Provincial committee decides",
        appraised,
        rules.decision_days,
        rules.decision_basis,
        decided_on,
    )
    return steps
