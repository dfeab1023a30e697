"""Number and status display the way Vietnamese reports write them (45.000; 17,6; +7,1%)."""

from __future__ import annotations

from decimal import Decimal

from django import template
from django.utils.formats import number_format
from django.utils.html import format_html
from django.utils.safestring import SafeString
from django.utils.translation import gettext as _

from provind.dataio.cells import http_url

register = template.Library()


@register.filter(name="http_url")
def http_url_filter(value: object) -> str:
    """The address if it is http(s), else "": templates link only such addresses."""
    return http_url(str(value or ""))


STATUS_LABELS = {"estimate": "ước tính", "preliminary": "sơ bộ", "official": "chính thức", "plan": "kế hoạch"}


@register.filter
def figure(value: Decimal | None, decimals: int = 1) -> str:
    """A value with its own decimals, trailing zeros dropped: 45000 → 45.000, 17.6 → 17,6."""
    if value is None:
        return "—"
    quantised = round(Decimal(value), int(decimals))
    exponent = quantised.normalize().as_tuple().exponent
    places = max(0, -exponent) if isinstance(exponent, int) else 0
    return number_format(quantised, decimal_pos=min(places, int(decimals)), use_l10n=True, force_grouping=True)


@register.filter
def signed_pct(value: Decimal | None) -> str:
    if value is None:
        return "—"
    sign = "+" if value > 0 else ("−" if value < 0 else "±")
    return f"{sign}{figure(abs(Decimal(value)), 1)}%"


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
