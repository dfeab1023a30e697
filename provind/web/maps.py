"""The offline Leaflet map's layers: key projects together with the industrial clusters and
the commune centres (no tile server, so it works without the internet)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.urls import reverse
from django.utils import timezone

from provind.clusters.models import IndustrialCluster
from provind.clusters.territory import map_position
from provind.geography.models import AdminUnit
from provind.web.params import HOME_PROVINCE


def cluster_points(on: dt.date | None = None) -> list[dict[str, Any]]:
    """Each cluster at its own coordinates, else at its commune's centre (marked not exact)."""
    points = []
    for cluster in IndustrialCluster.objects.select_related("commune", "former_commune").order_by("code"):
        position = map_position(cluster)
        if position is None:
            continue
        lat, lon, exact = position
        points.append(
            {
                "name": cluster.name,
                "lat": float(lat),
                "lon": float(lon),
                "exact": exact,
                "url": reverse("web:cluster-detail", args=[cluster.code]),
            }
        )
    return points


def map_layers(project_points: list[dict[str, Any]], on: dt.date | None = None) -> dict[str, Any]:
    """The three layers of the portfolio map, as plain data for json_script."""
    day = on or timezone.localdate()
    projects = [
        {
            "name": pt["project"].name,
            "lat": float(pt["lat"]),
            "lon": float(pt["lon"]),
            "exact": not pt["approx"],
            "url": reverse("web:project-detail", args=[pt["project"].code]),
        }
        for pt in project_points
    ]
    communes = [
        {"name": u.name, "lat": float(u.latitude), "lon": float(u.longitude)}
        for u in AdminUnit.objects.valid_on(day).filter(parent__code=HOME_PROVINCE, latitude__isnull=False)
        if u.longitude is not None and u.latitude is not None
    ]
    return {"projects": projects, "clusters": cluster_points(day), "communes": communes}
