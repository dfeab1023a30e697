"""Shares by ownership from stored parts, the FDI share recomputed beside the published one,
the HHI, and warnings that name their threshold."""

from __future__ import annotations

import pytest

from provind.analysis import structure
from provind.indicators.periods import parse_period
from tests.indicators.factories import add


def test_it_recomputes_the_fdi_share_from_the_shipped_parts(client, thai_nguyen_data):
    answer = client.get("/api/v1/analysis/structure", {"unit": "19", "period": "2025-H1"}).json()

    parts = {p["key"]: p for p in answer["parts"]}
    assert set(parts) == {"central_state", "local", "foreign_invested"}
    assert answer["complete"] is True
    assert answer["fdi_share_recomputed_pct"] == pytest.approx(410200 / 443600 * 100)
    assert answer["fdi_share_published_pct"] == 92.5
    assert answer["fdi_share_difference_pct_points"] == pytest.approx(410200 / 443600 * 100 - 92.5)
    shares = [p["share_pct"] for p in answer["parts"]]
    assert sum(shares) == pytest.approx(100.0)
    assert answer["hhi"] == pytest.approx(sum(s * s for s in shares))
    assert all(p["source"]["url"].startswith("https://") for p in answer["parts"])


def test_it_says_which_ownership_parts_are_missing_and_computes_no_hhi(db):
    add("industrial_output_value", "19", "2023-Q1", 186700)
    add("industrial_output_value", "19", "2023-Q1", 173460, breakdown="ownership=foreign_invested")
    add("industrial_output_value", "19", "2023-Q1", 5000, breakdown="ownership=central_state")

    result = structure.structure("19", parse_period("2023-Q1"))

    assert result.complete is False
    assert result.missing_parts == ["local"]
    assert result.hhi is None  # a partial partition would understate the concentration
    assert float(result.recomputed_fdi_share) == pytest.approx(92.909, abs=1e-3)


def test_the_dependence_warning_follows_its_configured_threshold(db, settings):
    add("industrial_output_value", "19", "2024", 1000)
    add("industrial_output_value", "19", "2024", 900, breakdown="ownership=foreign_invested")
    add("industrial_output_value", "19", "2024", 50, breakdown="ownership=central_state")
    add("industrial_output_value", "19", "2024", 50, breakdown="ownership=local")

    settings.PROVIND_DEPENDENCE_FDI_SHARE = 90
    fired = {r.code: r for r in structure.structure("19", parse_period("2024")).rules}
    settings.PROVIND_DEPENDENCE_FDI_SHARE = 90.1
    quiet = {r.code: r for r in structure.structure("19", parse_period("2024")).rules}

    assert fired["fdi_share"].fired is True
    assert fired["fdi_share"].threshold == 90
    assert quiet["fdi_share"].fired is False
    assert quiet["fdi_share"].value == pytest.approx(90.0)
    assert fired["hhi"].value == pytest.approx(90**2 + 5**2 + 5**2)
    assert fired["hhi"].fired is True  # 8,150 ≥ 2,500


def test_the_fdi_trend_keeps_published_and_recomputed_shares_apart(client, thai_nguyen_data):
    points = client.get("/api/v1/analysis/fdi-share", {"unit": "19"}).json()

    by_period = {p["period"]: p for p in points}
    assert by_period["2024"]["published_pct"] == 92.7
    assert by_period["2024"]["recomputed_pct"] is None  # no parts stored for 2024
    assert by_period["2025-H1"]["recomputed_pct"] == pytest.approx(92.4707, abs=1e-4)
    assert [p["period"] for p in points] == sorted(by_period, key=lambda c: parse_period(c).end)


def test_the_former_province_gap_is_the_ratio_of_stored_figures(thai_nguyen_data):
    from provind.analysis.places import area_unit, predecessor_provinces

    gap = structure.former_province_gap(predecessor_provinces(area_unit("19")), parse_period("2025-H1"))

    assert [v.unit.code for v in sorted(gap.values, key=lambda v: v.unit.code)] == ["06", "19"]
    assert float(gap.ratio) == pytest.approx(443600 / 1050)


def test_the_high_tech_share_needs_every_high_tech_sector(db):
    add("industrial_output_value", "19", "2023", 1000)
    add("industrial_output_value", "19", "2023", 700, breakdown="sector=C26")
    partial = structure.structure("19", parse_period("2023"), dimension="sector")
    add("industrial_output_value", "19", "2023", 50, breakdown="sector=C27")
    full = structure.structure("19", parse_period("2023"), dimension="sector")

    assert partial.high_tech_share is None
    assert float(full.high_tech_share) == pytest.approx(75.0)


def test_the_former_provinces_shares_add_up(thai_nguyen_data):
    from provind.analysis.places import area_unit, predecessor_provinces

    gap = structure.former_province_gap(predecessor_provinces(area_unit("19")), parse_period("2025-H1"))
    shares = gap.shares()

    assert float(shares["19"]) == pytest.approx(443600 / 444650 * 100)
    assert float(sum(shares.values())) == pytest.approx(100.0)
