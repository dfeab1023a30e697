import datetime as dt
from decimal import Decimal

import pytest

from provind.geography.crosswalk import CrosswalkError, reexpress_on_new, reexpress_on_old
from provind.geography.models import REFORM_DATE
from provind.geography.queries import resolve_unit

OLD_DAY = REFORM_DATE - dt.timedelta(days=1)


def test_it_sums_old_thai_nguyen_and_bac_kan_into_new_thai_nguyen(db):
    # Industrial production value, first half of 2025 (docs/domain.md §3.5): 443.6 trillion VND in
    # old Thái Nguyên and 1,050 bn VND in Bắc Kạn, in bn VND.
    result = reexpress_on_new({"19": Decimal("443600"), "06": Decimal("1050")})

    assert list(result) == ["19"]
    assert result["19"].value == Decimal("444650")
    assert result["19"].unit == resolve_unit("19", REFORM_DATE)
    assert not result["19"].approximate


def test_it_lifts_district_values_to_the_new_province(db):
    result = reexpress_on_new({"173": 10, "172": 5, "06": 1})  # Phú Bình, Phổ Yên, Bắc Kạn

    assert result["19"].value == Decimal(16)


def test_it_merges_whole_communes_exactly(db):
    # Thịnh Đức, Bình Sơn and Tân Cương communes became the new Tân Cương commune.
    result = reexpress_on_new({"05497": 1, "05530": 2, "05503": 3}, level="commune")

    assert result["05503"].value == Decimal(6)
    assert not result["05503"].approximate


def test_it_marks_split_communes_as_approximate(db):
    # Thượng Đình commune (Phú Bình) was split between Điềm Thụy and Phú Bình communes.
    result = reexpress_on_new({"05932": 100}, level="commune")

    assert sum(r.value for r in result.values()) == pytest.approx(Decimal(100), abs=Decimal("0.001"))
    assert len(result) == 2
    assert all(r.approximate for r in result.values())


def test_it_refuses_districts_at_commune_level(db):
    with pytest.raises(CrosswalkError, match="commune-level"):
        reexpress_on_new({"173": 1}, level="commune")


def test_it_maps_back_only_where_the_mapping_is_whole(db):
    hanoi = reexpress_on_old({"01": 7})

    assert hanoi["01"].unit.valid_to == OLD_DAY
    assert hanoi["01"].value == Decimal(7)
    with pytest.raises(CrosswalkError, match="cannot be split back"):
        reexpress_on_old({"19": 7})
