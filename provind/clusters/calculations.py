"""Cluster arithmetic shared by the forms, the rules, the queries and the pages."""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal
from typing import TYPE_CHECKING

from provind.clusters.models import TenantStatus

if TYPE_CHECKING:
    from provind.clusters.models import Tenant

# Tenants that hold land in the cluster (leased, operating or stopped but still holding it).
LAND_HOLDING = frozenset({TenantStatus.LEASED, TenantStatus.OPERATING, TenantStatus.STOPPED})
# A reported occupancy this far from the recomputed one is flagged (rounding in the report).
OCCUPANCY_TOLERANCE = Decimal("0.5")


def tenant_land(tenants: Iterable[Tenant]) -> tuple[Decimal, Decimal]:
    """(land leased by tenants holding land, land of approved projects not yet leased), in ha."""
    leased = approved = Decimal(0)
    for tenant in tenants:
        if tenant.status in LAND_HOLDING:
            leased += tenant.leased_area_ha
        elif tenant.status == TenantStatus.APPROVED:
            approved += tenant.leased_area_ha
    return leased, approved


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
