"""Indicator arithmetic: year-on-year, month-on-month, cumulative totals, % of plan, shares,
compound growth, the growth still required to reach a target, and on-track status.

Pure Python and `Decimal` only (no Django, no floats), so the same function serves the dashboard,
the API, the import checks and the tests.

Every comparison works **by period key**, never by row position: values come in a
`Mapping[Period, Decimal]` and the basis of a comparison is looked up with
`Period.same_period_last_year()` / `Period.previous_month()` / `Period.months_in()`. A missing
month therefore leaves a gap; it never shifts another month's comparison.

Missing data versus misuse (one rule for the whole module):

* **Comparisons return `None`** when an input is missing or the basis is zero or not positive
  (`change_pct`, `year_on_year`, `month_on_month`, `yoy_series`, `percent_of_plan`, `share`,
  `shares`, `cagr`, `required_annual_growth`, `track_status`). A dashboard shows "—"; nothing is
  invented.
* **Aggregations raise `CalculationError`** when a part is missing (`cumulative_to_date`,
  `combined_value`): a total built from 6 of 7 months looks plausible and is wrong, so the error
  names the missing months or units instead.
* **Misuse raises `CalculationError`**: summing an index or a rate over time, a target year that is
  not after the current year, a non-positive number of years, a multi-year range asked for its
  "same period last year", a month-on-month of a quarter.
* A `float` anywhere raises `TypeError`: binary floats cannot hold 567,634.2 exactly.

Percentages are returned unrounded (28 significant digits); round for display with `rounded()`,
which rounds half up as Vietnamese reports do.
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import ROUND_HALF_EVEN, ROUND_HALF_UP, Context, Decimal, localcontext
from enum import StrEnum
from typing import overload

from provind.errors import ProvindError
from provind.indicators.periods import Period, PeriodError, PeriodKind

__all__ = [
    "DEFAULT_AT_RISK_TOLERANCE_PCT",
    "DEFAULT_ON_TRACK_TOLERANCE_PCT",
    "CalculationError",
    "TrackStatus",
    "cagr",
    "change_pct",
    "combined_value",
    "cumulative_to_date",
    "month_on_month",
    "percent_of_plan",
    "remaining_to_plan",
    "required_annual_growth",
    "rounded",
    "share",
    "shares",
    "track_status",
    "trajectory",
    "year_on_year",
    "yoy_series",
]

Number = Decimal | int
"""Inputs may be `Decimal` or `int` (a plan of 803300); never `float`."""

_HUNDRED = Decimal(100)
_CONTEXT = Context(prec=28, rounding=ROUND_HALF_EVEN)
"""Arithmetic context, independent of whatever the caller set as the thread's decimal context."""

TIME_AGGREGATIONS = ("sum", "last", "average", "none")


class CalculationError(ProvindError, ValueError):
    """A calculation that cannot be done honestly; the message is in Vietnamese, then English."""

    code = "calculation"


class TrackStatus(StrEnum):
    """Progress against a planned value; compares equal to its string ("on_track", ...)."""

    ON_TRACK = "on_track"
    AT_RISK = "at_risk"
    OFF_TRACK = "off_track"


# --- helpers ------------------------------------------------------------------------------
def _dec(value: Number, name: str) -> Decimal:
    if isinstance(value, Decimal):
        return value
    if isinstance(value, int) and not isinstance(value, bool):
        return Decimal(value)
    raise TypeError(f"{name}: cần Decimal hoặc int, không nhận {type(value).__name__} / expected Decimal or int")


def _opt(value: Number | None, name: str) -> Decimal | None:
    return None if value is None else _dec(value, name)


def _codes(periods: list[Period]) -> str:
    return ", ".join(p.code for p in periods)


@overload
def rounded(value: Decimal, places: int = 1) -> Decimal: ...
@overload
def rounded(value: None, places: int = 1) -> None: ...
def rounded(value: Decimal | None, places: int = 1) -> Decimal | None:
    """Round half up (away from zero) to `places` decimals, as Vietnamese reports and Excel's
    ROUND do: 70.65 → 70.7, −5.65 → −5.7. `None` passes through, so `rounded(share(a, b))` types.

    >>> rounded(Decimal("70.66"))
    Decimal('70.7')
    """
    if value is None:
        return None
    with localcontext(_CONTEXT):
        return _dec(value, "value").quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)


# --- change ----------------------------------------------------------------------------------
def change_pct(current: Number | None, previous: Number | None) -> Decimal | None:
    """Percentage change from `previous` to `current`: (current − previous) ÷ previous × 100.

    `None` when either value is missing or `previous` is zero (no basis). With a negative basis the
    result is the literal formula; such indicators (balances) should not be shown as growth.
    """
    cur, prev = _opt(current, "current"), _opt(previous, "previous")
    if cur is None or prev is None or prev == 0:
        return None
    with localcontext(_CONTEXT):
        return (cur - prev) * _HUNDRED / prev


def year_on_year(values: Mapping[Period, Decimal | None], period: Period) -> Decimal | None:
    """% change of `values[period]` against the same period last year ("so với cùng kỳ").

    Looked up by key: 7 months of 2024 against 7 months of 2023, never against "the row before".
    `None` when either value is absent. Raises `CalculationError` for a multi-year range, which has
    no same period last year.
    """
    try:
        basis = period.same_period_last_year()
    except PeriodError as exc:
        raise CalculationError(
            f"{period.code}: kỳ nhiều năm không có cùng kỳ năm trước",
            f"{period.code}: a multi-year range has no same period last year",
        ) from exc
    return change_pct(values.get(period), values.get(basis))


def month_on_month(values: Mapping[Period, Decimal | None], period: Period) -> Decimal | None:
    """% change of a month's value against the previous calendar month (December → January across
    the year end). `None` when either month is absent; raises `CalculationError` if `period` is not
    a month (a 7-month total has no "previous month")."""
    if period.kind != PeriodKind.MONTH:
        raise CalculationError(
            f"{period.code}: so sánh với tháng trước chỉ áp dụng cho kỳ tháng",
            f"{period.code}: month-on-month needs a month",
        )
    return change_pct(values.get(period), values.get(period.previous_month()))


def yoy_series(values: Mapping[Period, Decimal | None]) -> dict[Period, Decimal | None]:
    """Year-on-year % for every period in `values`, oldest first.

    Gaps stay gaps: a period whose value or same-period-last-year value is absent maps to `None`,
    and so does a multi-year range (no same period last year); no other period moves.
    """
    out: dict[Period, Decimal | None] = {}
    for period in sorted(values):
        if period.kind == PeriodKind.RANGE:
            out[period] = None
        else:
            out[period] = year_on_year(values, period)
    return out


# --- aggregation -----------------------------------------------------------------------------
def cumulative_to_date(monthly: Mapping[Period, Decimal | None], period: Period, *, time_aggregation: str) -> Decimal:
    """Sum of the monthly values of every month in `period` ("lũy kế"): 7 months of 2024 is
    January + … + July 2024, a quarter its three months.

    Only for indicators that sum over time (`time_aggregation == "sum"`: output value, retail,
    exports). An index (IIP), a rate or a share cannot be summed, and a stock ("last") or an
    average is not a total: these raise `CalculationError`, as does any missing month (named in
    the message) and a date window that is not made of whole months.
    """
    if time_aggregation not in TIME_AGGREGATIONS:
        raise CalculationError(
            f"cách cộng dồn theo thời gian không hợp lệ: {time_aggregation!r}",
            f"unknown time aggregation {time_aggregation!r} (expected one of {', '.join(TIME_AGGREGATIONS)})",
        )
    if time_aggregation != "sum":
        raise CalculationError(
            f"chỉ tiêu có cách tổng hợp theo thời gian “{time_aggregation}” không cộng dồn được "
            f"(chỉ số, tốc độ, tỷ lệ không thể cộng)",
            f"an indicator aggregated over time by {time_aggregation!r} cannot be summed "
            f"(an index, a rate or a share has no cumulative total)",
        )
    try:
        months = period.months_in()
    except PeriodError as exc:
        raise CalculationError(
            f"{period.code}: kỳ không gồm các tháng trọn vẹn, không cộng dồn được",
            f"{period.code}: not made of whole months, cannot be summed from monthly values",
        ) from exc
    missing = [m for m in months if monthly.get(m) is None]
    if missing:
        raise CalculationError(
            f"thiếu số liệu tháng {_codes(missing)} để tính lũy kế {period.label_vi()}",
            f"missing monthly values for {_codes(missing)} to total {period.label_en()}",
        )
    with localcontext(_CONTEXT):
        total = Decimal(0)
        for month in months:
            value = monthly[month]
            assert value is not None  # checked above
            total += _dec(value, month.code)
        return total


def combined_value(values_by_unit: Mapping[str, Decimal | None], *, place_aggregation: str = "sum") -> Decimal:
    """Total of several units for the same period: the comparable basis across the 2025 merger
    (2024 old Thái Nguyên + 2024 old Bắc Kạn, compared with 2025 new Thái Nguyên).

    Keys are unit codes or names (used only in messages). Raises `CalculationError` naming any
    unit whose value is missing (half a basis would make growth look huge), for an empty mapping,
    and for indicators that do not sum over places (averaging two provinces' rates needs weights).
    """
    if place_aggregation != "sum":
        raise CalculationError(
            f"chỉ tiêu có cách tổng hợp theo địa bàn “{place_aggregation}” không cộng được giữa các đơn vị",
            f"an indicator aggregated over places by {place_aggregation!r} cannot be added across units",
        )
    if not values_by_unit:
        raise CalculationError("không có đơn vị nào để cộng", "no units to add")
    missing = [unit for unit, value in values_by_unit.items() if value is None]
    if missing:
        raise CalculationError(
            f"thiếu số liệu của {', '.join(missing)}",
            f"missing values for {', '.join(missing)}",
        )
    with localcontext(_CONTEXT):
        total = Decimal(0)
        for unit, value in values_by_unit.items():
            assert value is not None  # checked above
            total += _dec(value, unit)
        return total


# --- plan and shares -------------------------------------------------------------------------
def percent_of_plan(value: Number | None, plan: Number | None) -> Decimal | None:
    """value ÷ plan × 100 ("đạt …% KH năm"). `None` when either is missing or the plan is zero.

    Both must be on the same price basis (plans of industrial output are set at 2010 constant
    prices).
    """
    return share(value, plan)


def remaining_to_plan(value: Number | None, plan: Number | None) -> Decimal | None:
    """What is still to be achieved to meet the plan: plan − value (negative once exceeded).
    `None` when either is missing."""
    val, pln = _opt(value, "value"), _opt(plan, "plan")
    if val is None or pln is None:
        return None
    with localcontext(_CONTEXT):
        return pln - val


def share(part: Number | None, total: Number | None) -> Decimal | None:
    """part ÷ total × 100 (e.g. the foreign-invested sector's share of industrial output).
    `None` when either is missing or the total is zero."""
    prt, tot = _opt(part, "part"), _opt(total, "total")
    if prt is None or tot is None or tot == 0:
        return None
    with localcontext(_CONTEXT):
        return prt * _HUNDRED / tot


def shares[K](parts: Mapping[K, Decimal | None], *, total: Number | None = None) -> dict[K, Decimal | None]:
    """Share of each component in %, in the order given.

    `total` defaults to the sum of the parts (then it is `None`, and so is every share, if any part
    is missing: a share of an incomplete sum would be too large). Pass the published total when the
    listed components do not cover the whole (an "other" group is not listed).
    """
    if total is None and any(v is None for v in parts.values()):
        return dict.fromkeys(parts)
    if total is None:
        with localcontext(_CONTEXT):
            base: Decimal | None = sum((_dec(v, str(k)) for k, v in parts.items() if v is not None), Decimal(0))
    else:
        base = _dec(total, "total")
    return {key: share(value, base) for key, value in parts.items()}


# --- growth and targets ----------------------------------------------------------------------
def cagr(start_value: Number | None, end_value: Number | None, years: Number) -> Decimal | None:
    """Compound annual growth rate in %: ((end ÷ start)^(1/years) − 1) × 100.

    `years` counts compounding steps, i.e. end year − start year: "growth 2021–2025" runs from the
    2020 base to 2025, so years = 5, not 6. `None` when a value is missing, `start_value` is not
    positive or `end_value` is negative (no growth rate exists); raises `CalculationError` when
    `years` is not positive.
    """
    n = _dec(years, "years")
    if n <= 0:
        raise CalculationError(f"số năm phải dương (nhận {n})", f"years must be positive (got {n})")
    start, end = _opt(start_value, "start_value"), _opt(end_value, "end_value")
    if start is None or end is None or start <= 0 or end < 0:
        return None
    with localcontext(_CONTEXT):
        return ((end / start) ** (Decimal(1) / n) - 1) * _HUNDRED


def required_annual_growth(
    current_value: Number | None, current_year: int, target_value: Number | None, target_year: int
) -> Decimal | None:
    """The average growth (% per year) still needed from `current_year`'s value to reach the target
    in `target_year`. Negative when the target is already exceeded. `None` when a value is missing
    or not positive; raises `CalculationError` if the target year is not after the current year.
    """
    if target_year <= current_year:
        raise CalculationError(
            f"năm mục tiêu {target_year} phải sau năm hiện tại {current_year}",
            f"target year {target_year} must come after the current year {current_year}",
        )
    return cagr(current_value, target_value, target_year - current_year)


def trajectory(base_year: int, base_value: Number, target_year: int, target_value: Number) -> dict[int, Decimal]:
    """The planned path from the base year to the target year: constant growth (geometric), one
    value per year, both ends included and exact.

    `trajectory(2020, 100, 2030, 200)[2025]` ≈ 141.42: the value at which the target is still on
    course. Raises `CalculationError` if the target year is not after the base year or a value is
    not positive (a geometric path needs positive ends).
    """
    if target_year <= base_year:
        raise CalculationError(
            f"năm mục tiêu {target_year} phải sau năm gốc {base_year}",
            f"target year {target_year} must come after the base year {base_year}",
        )
    base, target = _dec(base_value, "base_value"), _dec(target_value, "target_value")
    if base <= 0 or target <= 0:
        raise CalculationError(
            f"giá trị năm gốc ({base}) và mục tiêu ({target}) phải dương",
            f"base ({base}) and target ({target}) values must be positive",
        )
    span = Decimal(target_year - base_year)
    path: dict[int, Decimal] = {base_year: base}
    with localcontext(_CONTEXT):
        factor = (target / base) ** (Decimal(1) / span)  # one year's growth factor
        for year in range(base_year + 1, target_year):
            path[year] = base * factor ** (year - base_year)
    path[target_year] = target
    return path


DEFAULT_ON_TRACK_TOLERANCE_PCT = Decimal(0)
"""Reaching the planned value is on track; any shortfall is at least "at risk"."""

DEFAULT_AT_RISK_TOLERANCE_PCT = Decimal(5)
"""A shortfall of up to 5 % of the planned value is "at risk", beyond that "off track".

Why 5 %: the province's plans grow output by roughly 7–10 % a year, so a 5 % gap is well under one
year's planned growth and can be made up by growing ~5 points faster for a year. A larger gap
needs about double the planned growth, which the 2021–2025 record (7.35 % a year, docs/domain.md §3.5)
does not suggest is achievable. 5 % is also well above the usual revision from an estimate to the
official figure, so a revision alone rarely flips a status.
"""


def track_status(
    actual: Number | None,
    planned: Number | None,
    *,
    on_track_tolerance_pct: Number = DEFAULT_ON_TRACK_TOLERANCE_PCT,
    at_risk_tolerance_pct: Number = DEFAULT_AT_RISK_TOLERANCE_PCT,
    higher_is_better: bool = True,
) -> TrackStatus | None:
    """Compare an actual value with the planned value for the same year or period (e.g. a point of
    `trajectory()`, or the annual plan for a full year).

    The gap is the shortfall as % of the planned value (a surplus is never a problem):

    * shortfall ≤ `on_track_tolerance_pct` (default 0: the plan is met) → `on_track`;
    * shortfall ≤ `at_risk_tolerance_pct` (default 5, see `DEFAULT_AT_RISK_TOLERANCE_PCT`) → `at_risk`;
    * otherwise → `off_track`.

    With `higher_is_better=False` (energy intensity, emissions) exceeding the plan is the
    shortfall. `None` when a value is missing. A planned value of zero is met only by reaching it.
    Do not compare a part-year figure with a whole-year plan: industrial output is back-loaded, so
    "38.5 % of plan after 6 months" says nothing by itself.
    """
    on_tol = _dec(on_track_tolerance_pct, "on_track_tolerance_pct")
    risk_tol = _dec(at_risk_tolerance_pct, "at_risk_tolerance_pct")
    if not 0 <= on_tol <= risk_tol:
        raise CalculationError(
            f"ngưỡng không hợp lệ: cần 0 ≤ {on_tol} ≤ {risk_tol}",
            f"invalid tolerances: need 0 ≤ on_track ({on_tol}) ≤ at_risk ({risk_tol})",
        )
    act, pln = _opt(actual, "actual"), _opt(planned, "planned")
    if act is None or pln is None:
        return None
    with localcontext(_CONTEXT):
        excess = act - pln if higher_is_better else pln - act
        if excess >= 0:
            return TrackStatus.ON_TRACK
        if pln == 0:
            return TrackStatus.OFF_TRACK
        shortfall_pct = -excess * _HUNDRED / abs(pln)
    if shortfall_pct <= on_tol:
        return TrackStatus.ON_TRACK
    if shortfall_pct <= risk_tol:
        return TrackStatus.AT_RISK
    return TrackStatus.OFF_TRACK
