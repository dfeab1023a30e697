"""Number and status display the way Vietnamese reports write them (45.000; 17,6; +7,1%)."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from django import template
from django.utils.formats import number_format
from django.utils.html import format_html
from django.utils.safestring import SafeString
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy as _lazy

from provind.dataio.cells import http_url

register = template.Library()


@register.filter(name="http_url")
def http_url_filter(value: object) -> str:
    """The address if it is http(s), else "": templates link only such addresses."""
    return http_url(str(value or ""))


STATUS_LABELS = {"estimate": "ước tính", "preliminary": "sơ bộ", "official": "chính thức", "plan": "kế hoạch"}


def _places(value: Decimal) -> int:
    """The decimals a stored value has, trailing zeros dropped (−5.250000 → 2)."""
    exponent = value.normalize().as_tuple().exponent
    return max(0, -exponent) if isinstance(exponent, int) else 0


@register.filter
def figure(value: Decimal | None, decimals: int | str = 1) -> str:
    """A value rounded half up (as Vietnamese reports round: 5,25 → 5,3, not the banker's 5,2) to
    at most `decimals`, trailing zeros dropped: 45000 → 45.000, 17.6 → 17,6. `decimals="printed"`
    shows every decimal the stored value has: a figure as the source printed it (−5,25)."""
    if value is None:
        return "—"
    value = Decimal(value)
    places = _places(value) if decimals == "printed" else int(decimals)
    quantised = value.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
    shown = min(_places(quantised), places)
    return number_format(quantised, decimal_pos=shown, use_l10n=True, force_grouping=True)


@register.filter
def printed(value: Decimal | None) -> str:
    """A stored figure with the decimals the source printed (never rounded away)."""
    return figure(value, "printed")


@register.filter
def signed_pct(value: Decimal | None, decimals: int | str = 1) -> str:
    """+7,1% / −5,25% / ±0%: computed changes to one decimal (half up); `decimals="printed"` for a
    figure a source printed, shown with its own decimals."""
    if value is None:
        return "—"
    sign = "+" if value > 0 else ("−" if value < 0 else "±")
    return f"{sign}{figure(abs(Decimal(value)), decimals)}%"


@register.filter
def direction(value: Decimal | None) -> str:
    if value is None:
        return ""
    return "up" if value > 0 else ("down" if value < 0 else "flat")


@register.simple_tag
def status_badge(status: str | None) -> SafeString:
    labels = {
        "estimate": _("estimate"),
        "preliminary": _("preliminary"),
        "official": _("official"),
        "plan": _("plan"),
    }
    if not status:
        return format_html("")
    return format_html('<span class="badge badge-{}">{}</span>', status, labels.get(status, status))


@register.filter
def qualifier_word(qualifier: str) -> str:
    return {"over": _("over"), "under": _("under"), "about": _("about"), "nearly": _("nearly")}.get(qualifier, "")


@register.filter
def get_item(mapping: dict[str, object], key: str) -> object:
    return mapping.get(key, "")


@register.filter
def vi_en(obj: object, base: str) -> object:
    """`obj.<base>_vi` or `obj.<base>_en` (attribute or method) for the active language;
    with an empty base, `obj.vi` or `obj.en`."""
    from django.utils.translation import get_language

    suffix = "en" if (get_language() or "vi").startswith("en") else "vi"
    value = getattr(obj, f"{base}_{suffix}" if base else suffix, None)
    if value is None:
        value = getattr(obj, f"{base}_vi" if base else "vi", "")
    return value() if callable(value) else value


@register.filter
def period_label(period: object) -> str:
    from django.utils.translation import get_language

    label = getattr(period, "label", None)
    return str(label(get_language() or "vi")) if callable(label) else str(period)


# Field names a check shows as its inputs, in words (Decree 32 checks on the cluster pages).
INPUT_LABELS = {
    "area_ha": _lazy("area (ha)"),
    "min_area_ha": _lazy("smallest allowed area (ha)"),
    "max_area_ha": _lazy("largest allowed area (ha)"),
    "is_mountainous": _lazy("mountainous area"),
    "is_craft_village": _lazy("craft village cluster"),
    "is_legacy": _lazy("formed before QĐ 105/2009"),
    "roads_in_use": _lazy("roads in use"),
    "water_supply_in_use": _lazy("water supply in use"),
    "wastewater_in_use": _lazy("wastewater treatment in use"),
    "cluster": _lazy("cluster"),
    "clusters": _lazy("clusters counted"),
    "average_occupancy_pct": _lazy("average occupancy (%)"),
    "min_average_occupancy_pct": _lazy("required average occupancy (%)"),
    "unleased_ha": _lazy("land not yet leased (ha)"),
    "unleased_is_lower_bound": _lazy("at least this much (some land unknown)"),
    "max_unleased_ha": _lazy("largest allowed unleased land (ha)"),
    "occupancy_unknown_for": _lazy("occupancy unknown for"),
    "land_unknown_for": _lazy("land unknown for"),
}


@register.filter
def yes_no(value: object) -> str:
    """Có / Không for a boolean, "chưa biết" for unknown: never True, False or None on a page."""
    if value is None:
        return _("unknown")
    return _("yes") if value else _("no")


def _input_value(value: object) -> str:
    if value is None or isinstance(value, bool):
        return yes_no(value) if isinstance(value, bool) else _("unknown")
    if isinstance(value, Decimal | int | float):
        return figure(Decimal(str(value)), 2)
    if isinstance(value, list | tuple | set):
        return ", ".join(str(v) for v in value) or "—"
    return str(value)


@register.filter
def input_rows(inputs: dict[str, object]) -> list[tuple[str, str]]:
    """A check's inputs as (label, value) in words, for the page's language."""
    return [(str(INPUT_LABELS.get(k, k.replace("_", " "))), _input_value(v)) for k, v in inputs.items()]


@register.filter
def cluster_stage(code: str | None) -> str:
    """The label of a cluster's funnel stage (an event kind) instead of its stored code."""
    from provind.clusters.models import EventKind

    if not code:
        return "—"
    try:
        return str(EventKind(code).label)
    except ValueError:
        return code


@register.filter
def period_kind_label(kind: str) -> str:
    """'month' → 'tháng', 'ytd' → 'lũy kế từ đầu năm', in the page's language."""
    from django.utils.translation import get_language

    from provind.web.charts import KIND_LABELS

    pair = KIND_LABELS.get(kind)
    if pair is None:
        return kind
    return pair[1 if (get_language() or "vi").startswith("en") else 0]


@register.filter
def is_link(url: str | None) -> bool:
    """A source address a browser can open (a file path in the data folder is not one)."""
    return bool(url) and str(url).startswith(("http://", "https://"))


@register.filter
def vi_sort(items: Any, path: str = "name") -> list[Any]:
    """A list in Vietnamese order of the attribute `path` ("cluster.name" follows the dots)."""
    from provind.lib.collation import vi_sort_key

    def name_of(item: Any) -> str:
        value = item
        for part in path.split("."):
            value = value.get(part, "") if isinstance(value, dict) else getattr(value, part, "")
        return str(value or "")

    return sorted(items, key=lambda item: vi_sort_key(name_of(item)))
