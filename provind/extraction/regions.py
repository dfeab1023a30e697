"""Province names (before and after the 2025 merger) and national mentions.

Facts keep the name the text uses for the place, in canonical spelling: a 2024 report about
Bắc Kạn stays "Bắc Kạn" even though Bắc Kạn is part of Thái Nguyên since 1/7/2025; the
crosswalk from old to new units belongs to ``provind.geography``, not to the extractor.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from provind.extraction import scan
from provind.extraction.lazy import lazy_pattern
from provind.extraction.lexicon import trie_regex
from provind.extraction.normalize import canonical_tones

NATIONAL = "Việt Nam"

# canonical name -> extra spellings (the canonical name itself is always accepted)
PROVINCES: dict[str, tuple[str, ...]] = {
    "An Giang": (),
    "Bà Rịa - Vũng Tàu": ("bà rịa-vũng tàu", "bà rịa – vũng tàu", "brvt", "br-vt"),
    "Bạc Liêu": (),
    "Bắc Giang": (),
    "Bắc Kạn": ("bắc cạn",),
    "Bắc Ninh": (),
    "Bến Tre": (),
    "Bình Dương": (),
    "Bình Định": (),
    "Bình Phước": (),
    "Bình Thuận": (),
    "Cà Mau": (),
    "Cao Bằng": (),
    "Cần Thơ": (),
    "Đà Nẵng": (),
    "Đắk Lắk": ("đắc lắc", "đăk lăk", "đắk lắc", "dak lak"),
    "Đắk Nông": ("đăk nông", "đắc nông"),
    "Điện Biên": (),
    "Đồng Nai": (),
    "Đồng Tháp": (),
    "Gia Lai": (),
    "Hà Giang": (),
    "Hà Nam": (),
    "Hà Nội": (),
    "Hà Tĩnh": (),
    "Hải Dương": (),
    "Hải Phòng": (),
    "Hậu Giang": (),
    "Hòa Bình": (),
    "Hưng Yên": (),
    "Khánh Hòa": (),
    "Kiên Giang": (),
    "Kon Tum": ("kontum",),
    "Lai Châu": (),
    "Lạng Sơn": (),
    "Lào Cai": (),
    "Lâm Đồng": (),
    "Long An": (),
    "Nam Định": (),
    "Nghệ An": (),
    "Ninh Bình": (),
    "Ninh Thuận": (),
    "Phú Thọ": (),
    "Phú Yên": (),
    "Quảng Bình": (),
    "Quảng Nam": (),
    "Quảng Ngãi": (),
    "Quảng Ninh": (),
    "Quảng Trị": (),
    "Sóc Trăng": (),
    "Sơn La": (),
    "Tây Ninh": (),
    "Thái Bình": (),
    "Thái Nguyên": (),
    "Thanh Hóa": (),
    "Thừa Thiên Huế": ("thừa thiên - huế", "thừa thiên-huế", "tt-huế", "tt huế"),
    "Huế": (),
    "Tiền Giang": (),
    "TP Hồ Chí Minh": (
        "thành phố hồ chí minh",
        "tp hồ chí minh",
        "tp. hồ chí minh",
        "tp.hồ chí minh",
        "tp.hcm",
        "tp. hcm",
        "tp hcm",
        "tphcm",
        "hồ chí minh",
        "sài gòn",
    ),
    "Trà Vinh": (),
    "Tuyên Quang": (),
    "Vĩnh Long": (),
    "Vĩnh Phúc": (),
    "Yên Bái": (),
}
# Economic regions that texts report as one place ("toàn vùng Đồng bằng sông Cửu Long có
# 4.577 doanh nghiệp"): named so that their figures are not given to a province named nearby.
ECONOMIC_REGIONS: dict[str, tuple[str, ...]] = {
    "Đồng bằng sông Cửu Long": ("đbscl", "vùng đồng bằng sông cửu long"),
    "Đồng bằng sông Hồng": ("đbsh", "vùng đồng bằng sông hồng"),
}
_NATIONAL_SPELLINGS = ("cả nước", "toàn quốc", "việt nam", "nước ta", "toàn ngành cả nước")


def _key(name: str) -> str:
    return canonical_tones(" ".join(name.lower().split()))


_CANONICAL: dict[str, str] = {}
for _name, _extra in PROVINCES.items():
    for _spelling in (_name, *_extra):
        _CANONICAL[_key(_spelling)] = _name
for _name, _extra in ECONOMIC_REGIONS.items():
    for _spelling in (_name, *_extra):
        _CANONICAL[_key(_spelling)] = _name
for _spelling in _NATIONAL_SPELLINGS:
    _CANONICAL[_key(_spelling)] = NATIONAL

_REGION_RE = lazy_pattern(r"(?<![^\W_])(" + trie_regex(_CANONICAL).replace(r"\ ", r"[^\S\n]+") + r")(?![^\W_])")
_REGION_PRESCAN = scan.prescan(sorted(_CANONICAL), space=r"[^\S\n]+")


# Not frozen: built by the thousand (see ``periods.PeriodMention``).
@dataclass(slots=True)
class RegionMention:
    start: int
    end: int
    name: str


def find_regions(norm: str, is_capital: Callable[[int], bool]) -> list[RegionMention]:
    """Province mentions (capitalised in the original, so "hòa bình" the word is not Hòa
    Bình the province) and national mentions."""
    out: list[RegionMention] = []
    for m in scan.finditer(_REGION_RE, _REGION_PRESCAN, norm):
        name = _CANONICAL.get(" ".join(m.group(1).split()))
        if name is None:
            continue
        if name != NATIONAL and not is_capital(m.start()):
            continue
        out.append(RegionMention(m.start(), m.end(), name))
    return out


def canonical_region(name: str | None) -> str | None:
    """Canonical spelling of a region given by the caller ("thai nguyen" stays as given
    when unknown, so a caller's own naming is never lost)."""
    if not name:
        return None
    return _CANONICAL.get(_key(name), name.strip())
