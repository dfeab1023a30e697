import datetime as dt

import pytest

from provind.geography.models import REFORM_DATE, UnitKind
from provind.geography.queries import (
    UnitNotFound,
    ancestors_on,
    count_children_by_kind,
    descendants_on,
    resolve_unit,
    units_valid_on,
)

OLD_DAY = REFORM_DATE - dt.timedelta(days=1)


def test_it_lists_the_92_units_of_new_thai_nguyen(db):
    units = units_valid_on(REFORM_DATE, parent_code="19")
    kinds = count_children_by_kind(resolve_unit("19", REFORM_DATE), REFORM_DATE)

    assert units.count() == 92
    assert kinds == {UnitKind.COMMUNE: 77, UnitKind.WARD: 15}


def test_it_lists_the_nine_district_level_units_of_old_thai_nguyen(db):
    names = [u.name for u in units_valid_on(OLD_DAY, parent_code="19")]

    assert len(names) == 9
    assert {"Thành phố Thái Nguyên", "Thành phố Sông Công", "Thành phố Phổ Yên"} <= set(names)
    assert sum(name.startswith("Huyện") for name in names) == 6


def test_it_reads_a_2024_date_with_the_old_units(db):
    assert units_valid_on(dt.date(2024, 7, 31), parent_code="19").count() == 9


def test_it_refuses_a_code_that_was_not_valid_on_the_date(db):
    with pytest.raises(UnitNotFound, match="164"):
        resolve_unit("164", REFORM_DATE)  # Thái Nguyên city: a district, abolished 1/7/2025


def test_it_finds_ancestors_on_a_date(db):
    old_chain = [u.code for u in ancestors_on("05497", OLD_DAY)]  # Thịnh Đức commune
    new_chain = [u.code for u in ancestors_on("05503", REFORM_DATE)]  # Tân Cương, new

    assert old_chain == ["164", "19"]
    assert new_chain == ["19"]


def test_it_finds_descendants_on_a_date(db):
    old = descendants_on("19", OLD_DAY)
    new = descendants_on("19", REFORM_DATE)
    old_communes = descendants_on("19", OLD_DAY, kind=UnitKind.COMMUNE)

    assert len(old) == 9 + 172
    assert len(new) == 92
    assert 0 < len(old_communes) < 172
    assert all(u.kind == UnitKind.COMMUNE for u in old_communes)
