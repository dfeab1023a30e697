"""Cluster arithmetic shared by the forms, the rules and the pages."""

from __future__ import annotations

from decimal import Decimal


def occupancy_pct(*, leased_ha: Decimal, approved_ha: Decimal, industrial_land_ha: Decimal | None) -> Decimal | None:
    """Decree 32 Art. 2: (land leased + land of approved projects not yet leased) ÷ total
    industrial land of the cluster × 100. None when the industrial land is unknown or zero."""
    if industrial_land_ha is None or industrial_land_ha <= 0:
        return None
    return (leased_ha + approved_ha) / industrial_land_ha * 100


def unleased_ha(*, leased_ha: Decimal, approved_ha: Decimal, industrial_land_ha: Decimal | None) -> Decimal | None:
    if industrial_land_ha is None:
        return None
    return max(Decimal(0), industrial_land_ha - leased_ha - approved_ha)
