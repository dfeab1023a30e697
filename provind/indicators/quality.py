"""Data-quality rules for observations. Each finding names the rule, so an error message can
say which indicator, unit, period and rule failed.

The rules are deliberately simple and explainable: a Department officer must be able to see
why a figure was refused (DHIS2's validation rules are the model, see docs/anchors.md §1.2).
"""

from __future__ import annotations

import statistics
from dataclasses import dataclass
from decimal import Decimal

from provind.indicators.models import Indicator, IndicatorKind
from provind.indicators.periods import Period

# A value this many times off its own history is most likely a unit slip (triệu ↔ tỷ is 1,000×).
MAGNITUDE_FACTOR = Decimal(300)
# Components may differ from their total by rounding in the source.
COMPONENT_TOLERANCE_PCT = Decimal("1.0")
# Growth rates beyond ±100 % a year happen (Bắc Kạn from a small base) but not beyond this.
RATE_LIMIT = Decimal(1000)
SIGNED_LEVELS = frozenset({"trade_balance"})


@dataclass(frozen=True)
class Finding:
    rule: str
    severity: str  # "error" blocks saving; "warning" is shown and saved
    vi: str
    en: str


def check_value(indicator: Indicator, value: Decimal) -> list[Finding]:
    """Rules on one value alone: ranges per kind, and a rate typed where a level is expected."""
    found: list[Finding] = []
    if indicator.kind == IndicatorKind.SHARE and not (0 <= value <= 100):
        found.append(
            Finding(
                "share_range",
                "error",
                f"tỷ trọng phải từ 0 đến 100, nhận {value}",
                f"a share must be 0–100, got {value}",
            )
        )
    elif indicator.kind == IndicatorKind.RATE and abs(value) > RATE_LIMIT:
        found.append(
            Finding(
                "rate_range",
                "error",
                f"tốc độ tăng {value}% không hợp lý — có phải đã nhập mức tuyệt đối thay cho tỷ lệ?",
                f"a growth rate of {value}% is implausible: was a level entered where a rate is expected?",
            )
        )
    elif indicator.kind == IndicatorKind.LEVEL and value < 0 and indicator.code not in SIGNED_LEVELS:
        found.append(
            Finding(
                "negative_level", "error", f"giá trị không được âm ({value})", f"value must not be negative ({value})"
            )
        )
    return found


def typical_per_month(values: list[tuple[Period, Decimal]], indicator: Indicator) -> Decimal | None:
    """Median of past values, per month covered when the indicator sums over time."""
    scaled = []
    for period, value in values:
        if value == 0:
            continue
        scaled.append(abs(value) / period.months if indicator.sums_over_time and period.months else abs(value))
    return statistics.median(scaled) if len(scaled) >= 1 else None


def check_magnitude(indicator: Indicator, period: Period, value: Decimal, typical: Decimal | None) -> list[Finding]:
    """A level about 1,000× off its own history (triệu typed for tỷ, or the reverse)."""
    if typical is None or typical == 0 or value == 0 or indicator.kind != IndicatorKind.LEVEL:
        return []
    comparable = abs(value) / period.months if indicator.sums_over_time and period.months else abs(value)
    ratio = comparable / typical
    if ratio >= MAGNITUDE_FACTOR or ratio <= 1 / MAGNITUDE_FACTOR:
        times = f"{ratio:.0f}" if ratio >= 1 else f"1/{(1 / ratio):.0f}"
        return [
            Finding(
                "magnitude",
                "error",
                f"giá trị lệch {times} lần so với số liệu trước đây — kiểm tra đơn vị (triệu/tỷ)",
                f"value is {times}× its own history: check the unit (million vs billion)",
            )
        ]
    return []


def check_components(total: Decimal, components: dict[str, Decimal]) -> list[Finding]:
    """Ownership or sector components must add up to their total (within rounding)."""
    if not components or total == 0:
        return []
    parts = sum(components.values(), Decimal(0))
    gap_pct = abs(parts - total) / abs(total) * 100
    if gap_pct > COMPONENT_TOLERANCE_PCT:
        return [
            Finding(
                "components_sum",
                "error",
                f"tổng các thành phần ({parts}) khác tổng chung ({total}) {gap_pct:.1f}%",
                f"components add up to {parts}, not the total {total} ({gap_pct:.1f}% apart)",
            )
        ]
    return []


def estimate_vs_official_gap(estimate: Decimal, official: Decimal) -> Decimal | None:
    """How far the Department's estimate was from the statistics office's official figure (%)."""
    if official == 0:
        return None
    return (estimate - official) / abs(official) * 100
