"""The gazetteer's city for each name follows its ranking rule: own name before a spelling of
another city's name, then the most populous city, then the gazetteer's order; the names table
(English names, landmarks) comes before both."""

from __future__ import annotations

from typing import Any

from newsevents.places.gazetteer import _fold, _gazetteer, _key, _spelling_of, geonames_cities


def ranked_by_comparison() -> dict[str, dict[str, Any]]:
    """The rule written plainly: every name of every city competes with its rank."""
    best: dict[str, tuple[tuple[bool, int], dict[str, Any]]] = {}
    for city in geonames_cities().values():
        primary = str(city["name"])
        names = [primary] + [n for n in city.get("alternatenames", [])
                             if n[:1].isupper() and _spelling_of(n, _fold(primary))]
        for name in names:
            rank = (name == primary, int(city["population"]))
            held = best.get(_key(name))
            if held is None or rank > held[0]:
                best[_key(name)] = (rank, city)
    return {key: city for key, (_, city) in best.items()}


def test_places_gazetteer_picks_the_city_the_ranking_rule_picks() -> None:
    _, cities, _, table = _gazetteer()
    expected = ranked_by_comparison()
    assert cities.keys() == expected.keys() | table.keys()
    # the same city by its GeoNames id (the gazetteer may come from the disk cache, a copy)
    wrong = [key for key, city in expected.items()
             if key not in table and cities[key]["geonameid"] != city["geonameid"]]
    assert wrong == []
