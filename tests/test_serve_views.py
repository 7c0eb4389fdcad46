"""Figure specs the dashboard draws: network labels that do not run into each other, and a map
whose outlines come from the app itself."""

from __future__ import annotations

from newsevents.serve.views import TOPOJSON_URL, label_positions, map_figure
from newsevents.store import CountryCount, LocationCount


def test_serve_views_network_labels_alternate_along_a_row() -> None:
    pos = {"A": (0.0, 0.0), "B": (1.0, 0.0), "C": (2.0, 0.0), "D": (2.0, 5.0), "E": (2.0, 5.6)}
    places = dict(zip(pos, label_positions(pos, list(pos)), strict=True))
    assert [places[c] for c in "ABC"] == ["top center", "bottom center", "top center"]
    assert places["D"].startswith("middle") and places["E"].startswith("middle")


def test_serve_views_map_shades_countries_and_reads_outlines_locally() -> None:
    places = [LocationCount("Lima", "PER", -12.04, -77.03, 3, -2.0)]
    countries = [CountryCount("PER", 3, -2.0), CountryCount("CHL", 1, 4.0)]
    by_events = map_figure(places, countries)
    shading, points = by_events["data"]
    assert (shading["type"], shading["locations"], shading["z"]) == ("choropleth", ["PER", "CHL"], [3, 1])
    assert (points["lon"], points["lat"]) == ([-77.03], [-12.04])
    assert by_events["layout"]["geo"]["showcountries"] is True
    assert by_events["config"]["topojsonURL"] == TOPOJSON_URL == "/static/maps/"
    assert map_figure(places, countries, "goldstein")["data"][0]["z"] == [-2.0, 4.0]
