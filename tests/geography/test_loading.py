import datetime as dt
from decimal import Decimal

from django.db.models import Sum

from provind.geography.models import REFORM_DATE, AdminUnit, UnitCrosswalk, UnitKind
from provind.geography.queries import resolve_unit, units_valid_on

OLD_DAY = REFORM_DATE - dt.timedelta(days=1)


def test_it_loads_the_34_provinces_and_3321_communes_after_the_reform(db):
    provinces = units_valid_on(REFORM_DATE)
    communes = AdminUnit.objects.valid_on(REFORM_DATE).exclude(kind=UnitKind.PROVINCE)

    assert provinces.count() == 34
    assert communes.count() == 3321
    assert not communes.filter(parent__isnull=True).exists()


def test_it_loads_the_63_provinces_before_the_reform(db):
    assert units_valid_on(OLD_DAY).count() == 63


def test_it_loads_old_thai_nguyen_and_bac_kan_with_districts_and_communes(db):
    thai_nguyen = resolve_unit("19", OLD_DAY)
    bac_kan = resolve_unit("06", OLD_DAY)

    assert thai_nguyen.children.count() == 9
    assert bac_kan.children.count() == 8
    assert AdminUnit.objects.filter(parent__parent=thai_nguyen).count() == 172
    assert AdminUnit.objects.filter(parent__parent=bac_kan).count() == 108


def test_it_keeps_both_units_that_carry_code_19(db):
    old, new = resolve_unit("19", OLD_DAY), resolve_unit("19", REFORM_DATE)

    assert old.pk != new.pk
    assert old.valid_to == OLD_DAY
    assert new.valid_from == REFORM_DATE
    assert AdminUnit.objects.filter(code="19").count() == 2


def test_it_gives_every_old_commune_weights_summing_to_one(db):
    old_communes = AdminUnit.objects.filter(valid_to=OLD_DAY, kind__in=["commune", "ward", "township"])
    sums = (
        UnitCrosswalk.objects.filter(old_unit__in=old_communes)
        .values("old_unit")
        .annotate(total=Sum("weight"))
        .values_list("total", flat=True)
    )

    assert len(sums) == old_communes.count() == 10035
    assert all(abs(total - Decimal(1)) < Decimal("0.00001") for total in sums)


def test_it_records_the_source_of_every_unit(db):
    assert not AdminUnit.objects.filter(source="").exists()
