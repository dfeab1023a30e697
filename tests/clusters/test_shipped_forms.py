"""Forms 03/04 computed from the shipped Thái Nguyên data (data/thai_nguyen): every item either
complete or explicit about what it covers (issue 9)."""

from __future__ import annotations

import pytest

from provind.clusters.circular14.summary import compute_form
from provind.clusters.loading import load_clusters
from provind.clusters.windows import ReportingWindow
from provind.geography.queries import resolve_unit

pytestmark = pytest.mark.django_db


@pytest.fixture
def shipped(thai_nguyen_data: None, settings) -> None:  # type: ignore[no-untyped-def]
    load_clusters(settings.DATA_DIR / "thai_nguyen" / "clusters")


def form(number: str, code: str, window: str):  # type: ignore[no-untyped-def]
    w = ReportingWindow.parse(window)
    return compute_form(form=number, unit=resolve_unit(code, w.end), window=w)  # type: ignore[arg-type]


WINDOWS = ("2024H1", "2024", "2025")


def test_merged_province_plan_is_the_plans_it_was_formed_from_never_the_registry_count(shipped: None) -> None:
    result = form("04", "19", "2025")
    one, two = result.item("1"), result.item("2")
    assert one.value is not None
    assert one.value >= 41
    assert two.value is not None
    assert two.value >= 2067
    assert not one.complete
    assert not two.complete
    assert "Bắc Kạn" in one.coverage_vi
    assert "Bắc Kạn" in one.coverage_en
    assert one.basis == "reported"


def test_old_province_plan_totals_are_complete_and_say_where_they_come_from(shipped: None) -> None:
    one = form("04", "19", "2024H1").item("1")
    assert (one.value, one.complete, one.basis) == (41, True, "reported")
    assert "222/QĐ-TTg" in one.coverage_vi


def test_item_15_of_2024_uses_the_published_11_with_its_source(shipped: None) -> None:
    result = form("04", "19", "2024")
    item = result.item("15")
    assert item.value == 11
    assert item.uses == "published"
    assert item.basis == "reported"
    assert item.published is not None
    assert item.published.period == "2024-YTD07"
    assert "sổ ghi 1" in item.coverage_vi  # the registry's own count stays visible
    # The split 15.1/15.2 has no published figure: the registry's count, marked incomplete.
    assert not result.item("15.1").complete


def test_no_item_is_complete_when_a_record_it_needs_is_lacking(shipped: None) -> None:
    for window in WINDOWS:
        result = form("04", "19", window)
        for item in result.items:
            if item.lacking:
                assert not item.complete, (window, item.number, item.lacking)
            if not item.complete:
                assert item.coverage_vi, (window, item.number)
                assert item.coverage_en, (window, item.number)
        assert not result.complete
        assert result.to_fill


def test_unknown_is_never_zero(shipped: None) -> None:
    result = form("04", "19", "2024")
    # Sơn Cẩm 3 operates but neither its industrial land nor a Form 02 nor a tenant is known.
    for number in ("17", "18", "19"):
        item = result.item(number)
        assert item.value is None, number
        assert "Sơn Cẩm 3" in item.coverage_vi
    # Nobody filed Forms 01/02 for the window: revenue is unknown, not 0.
    assert result.item("23").value is None


def test_phu_binh_form03_shows_the_published_plan_beside_the_registry(shipped: None) -> None:
    result = form("03", "173", "2024")
    one, two = result.item("1"), result.item("2")
    assert (one.value, one.complete, one.uses) == (8, True, "published")
    assert "baothainguyen" in (one.published.source_url if one.published else "")
    assert two.value != 0  # was 0 against a published "trên 510ha"
    assert not two.complete
    assert two.uses == "registry"
    assert two.published is not None
    assert two.published.qualifier == "over"
    assert "trên 510" in two.coverage_vi


def test_capital_reported_in_form02_reaches_form04(shipped: None) -> None:
    from decimal import Decimal

    from provind.clusters.models import Form02Report, IndustrialCluster

    cluster = IndustrialCluster.objects.get(code="diem-thuy")
    Form02Report.objects.create(
        cluster=cluster,
        window="2024",
        total_investment_bn=Decimal("526"),
        paid_investment_bn=Decimal("100"),
        land_ready_ha=Decimal("0"),
        land_leased_ha=Decimal("0"),
        occupancy_pct=Decimal("0"),
        projects=0,
        projects_foreign=0,
        projects_operating=0,
        revenue_bn=Decimal("0"),
        budget_paid_bn=Decimal("0"),
        workers=0,
        average_income_mn=Decimal("0"),
        wastewater_built=False,
        wastewater_meets_standard=False,
    )
    result = form("04", "19", "2024")
    assert result.item("13").value == Decimal("526")
    assert result.item("14").value == Decimal("100")
    assert "diem-thuy" in result.item("11").cluster_codes
