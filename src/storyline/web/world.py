"""The offline world base map: country outlines read at run time from an installed package.

The outlines are the ``geoJSON`` of each country in the ``countryinfo`` package (MIT; a
storyline dependency already), which carries the world.geo.json country polygons derived
from Natural Earth's 1:110m admin-0 countries (public domain). Nothing is downloaded;
coordinates are rounded to 0.01 degree, plenty for a page-sized map.
"""

from __future__ import annotations

import functools
import json
import logging
from importlib import resources
from typing import Any

log = logging.getLogger(__name__)


def _round(coords: Any) -> Any:
    if isinstance(coords, list):
        if coords and isinstance(coords[0], int | float):
            return [round(float(c), 2) for c in coords]
        return [_round(c) for c in coords]
    return coords


@functools.cache
def world_geojson() -> dict[str, Any]:
    """A GeoJSON FeatureCollection of country outlines (id: ISO alpha-3, properties.name);
    empty when the package data cannot be read (the page then draws graticules only)."""
    features: list[dict[str, Any]] = []
    try:
        folder = resources.files("countryinfo") / "data"
        for entry in sorted(folder.iterdir(), key=lambda p: p.name):
            if not entry.name.endswith(".json"):
                continue
            data = json.loads(entry.read_text(encoding="utf-8"))
            for feature in (data.get("geoJSON") or {}).get("features", []):
                geometry = feature.get("geometry") or {}
                if geometry.get("type") not in ("Polygon", "MultiPolygon"):
                    continue
                features.append(
                    {
                        "type": "Feature",
                        "id": feature.get("id"),
                        "properties": {"name": (feature.get("properties") or {}).get("name")},
                        "geometry": {
                            "type": geometry["type"],
                            "coordinates": _round(geometry["coordinates"]),
                        },
                    }
                )
    except (ModuleNotFoundError, OSError, ValueError) as exc:
        log.warning("world outlines unavailable (%s); the map shows event places only", exc)
    return {"type": "FeatureCollection", "features": features}


__all__ = ["world_geojson"]
