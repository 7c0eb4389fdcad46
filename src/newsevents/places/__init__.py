"""Places: geocode a place name with the GeoNames gazetteer (see :mod:`newsevents.places.gazetteer`)
and the shipped country centroids (:mod:`newsevents.geo.countries`)."""

from __future__ import annotations

from newsevents.places.gazetteer import (
    country_code,
    country_place,
    division,
    geocode,
    geonames_cities,
    is_ambiguous,
    town_country,
)

__all__ = ["country_code", "country_place", "division", "geocode", "geonames_cities", "is_ambiguous", "town_country"]
