"""Places as an analyst needs them: names in the article's language only, landmarks, names of
several places decided by the article's context, countries at their centroid, cities with their
ADM1 code and GeoNames id."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newsevents.geo.countries import COUNTRY, US_CITY, US_STATE, WORLD_CITY, centroids
from newsevents.places import country_code, geocode, town_country


@pytest.mark.parametrize(("name", "country", "city_id"), [
    ("the White House", "USA", 4140963),     # Washington; not Casablanca ("white house" in Spanish)
    ("White House", "USA", 4140963),
    ("the Kremlin", "RUS", 524901),          # Moscow; not Le Kremlin-Bicêtre
    ("Downing Street", "GBR", 2643743),      # London
    ("the Elysee Palace", "FRA", 2988507),   # Paris
    ("Zhongnanhai", "CHN", 1816670),         # Beijing
    ("Kiev", "UKR", 703448),                 # an English name the gazetteer spells Kyiv
])
def test_places_landmarks_and_english_names_name_their_city(name: str, country: str, city_id: int) -> None:
    place = geocode(name)
    assert place is not None and (place.country, place.geonames_id) == (country, city_id)
    assert place.geo_type in (US_CITY, WORLD_CITY)


@pytest.mark.parametrize("name", ["Varsovie", "Mailand", "Pechino", "Moskau", "Londres"])
def test_places_translated_alternate_names_do_not_match(name: str) -> None:
    assert geocode(name) is None


@pytest.mark.parametrize(("name", "context", "expected"), [
    ("Congo", (), None),                          # two Congos and nothing to choose between them
    ("Congo", ("COD",), "COD"),
    ("Congo", ("COG",), "COG"),
    ("Congo", ("RWA", "UGA"), "COD"),             # neighbours of Kinshasa's Congo only
    ("Congo", ("GAB",), "COG"),                   # a neighbour of Brazzaville's Congo only
    ("Congo", ("COD", "COG"), None),
    ("Georgia", (), None),                        # the country or the US state
    ("Georgia", ("RUS", "ARM"), "GEO"),
    ("Georgia", ("USA",), "USA"),
    ("Niger", (), "NER"),                         # the country, unless the words say the river
    ("Niger", ("NGA",), "NER"),
])
def test_places_ambiguous_names_resolve_by_context(name: str, context: tuple[str, ...], expected: str | None) -> None:
    place = geocode(name, context=context)
    assert (place.country if place else None) == expected


def test_places_georgia_in_a_us_story_is_the_state() -> None:
    place = geocode("Georgia", context=("USA",))
    assert place is not None and (place.geo_type, place.adm1, place.geonames_id) == (US_STATE, "USGA", 4197000)
    assert (place.lat, place.lon) == centroids()["US-GA"]


@pytest.mark.parametrize("near", ["river", "River", "Delta", "basin"])
def test_places_niger_beside_river_words_is_no_country(near: str) -> None:
    assert geocode("Niger", near=near) is None
    assert geocode(f"the Niger {near}") is None


def test_places_countries_sit_at_their_centroid_as_gdelt_type_1() -> None:
    place = geocode("Russia")
    assert place is not None and (place.country, place.geo_type, place.adm1) == ("RUS", COUNTRY, "RS")
    # The centroid of Russia lies in Siberia, far east of its capital.
    assert place.lon is not None and place.lon > 60 and (place.lat, place.lon) == centroids()["RUS"]


def test_places_cities_carry_adm1_and_geonames_id() -> None:
    kyiv, atlanta = geocode("Kyiv"), geocode("Atlanta")
    assert kyiv is not None and (kyiv.geo_type, kyiv.adm1, kyiv.geonames_id) == (WORLD_CITY, "UP12", 703448)
    assert atlanta is not None and (atlanta.geo_type, atlanta.adm1) == (US_CITY, "USGA")


def test_places_country_code_and_town_country_leave_ambiguous_names_alone() -> None:
    assert country_code("Congo") is None and country_code("Congo", context=("COD",)) == "COD"
    assert country_code("Niger") == "NER"
    assert town_country("the Kremlin") is None and town_country("Kherson") == "UKR"


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    ("Kenyan President William Ruto met Rwandan President Paul Kagame in Congo on Tuesday. "
     "Kagame later flew to Kinshasa.", "COD"),
    ("Ugandan President Yoweri Museveni met Rwandan President Paul Kagame in Congo on Tuesday.", "COD"),
    ("Gabonese President Brice Oligui Nguema met Cameroonian officials in Congo on Tuesday.", "COG"),
    ("Russian Foreign Minister Sergei Lavrov met Armenian officials in Georgia on Tuesday.", "GEO"),
])
def test_places_events_take_the_place_the_article_context_points_to(nlp: Language, text: str,
                                                                    expected: str) -> None:
    import newsevents

    ex = newsevents.extract(text, date="2024-05-15", nlp=nlp)
    placed = [e.location for e in ex.events if e.location is not None and e.location.name in ("Congo", "Georgia")]
    assert placed and {p.country for p in placed} == {expected}


@pytest.mark.model
def test_places_a_domestic_event_without_a_named_place_is_placed_in_its_country(nlp: Language) -> None:
    import newsevents

    domestic = newsevents.extract("Chilean police detained dozens of protesters on Tuesday after clashes in "
                                  "the capital.", date="2024-05-15", nlp=nlp)
    placed = [e.location for e in domestic.events if e.cameo.startswith("17")]
    assert placed and placed[0] is not None
    assert (placed[0].country, placed[0].geo_type, placed[0].adm1) == ("CHL", COUNTRY, "CI")
    between = newsevents.extract("Venezuelan President Nicolas Maduro broke off relations with the United States "
                                 "on Wednesday.", date="2024-05-15", nlp=nlp)
    assert between.events and all(e.location is None for e in between.events)
