"""Actor countries from first-level divisions, "-led" coalitions and armed groups of several countries."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newsevents.extraction import extract
from newsevents.geo import countries as cn
from newsevents.places import division, geocode


@pytest.mark.parametrize(("name", "country"), [
    ("Adamawa", "NGA"), ("Kebbi State", "NGA"), ("Rivers State", "NGA"), ("Helmand province", "AFG"),
    ("Nineveh", "IRQ"), ("Lower Shabelle", "SOM"), ("Jonglei", "SSD"), ("Unity State", "SSD"),
])
def test_first_level_divisions_resolve_to_their_country(name: str, country: str) -> None:
    place = division(name)
    assert place is not None and place.country == country and place.geo_type == cn.WORLD_STATE


@pytest.mark.parametrize("name", ["Rivers", "Plateau", "Unity", "Central", "North-West"])
def test_a_division_named_by_a_word_needs_its_kind(name: str) -> None:
    place = division(name)
    assert place is None or place.geo_type != cn.WORLD_STATE


def test_a_division_name_of_two_countries_is_decided_by_the_context() -> None:
    assert division("Punjab") is None
    pak = division("Punjab", context=("PAK",))
    ind = division("Punjab", context=("IND",))
    assert pak is not None and pak.country == "PAK"
    assert ind is not None and ind.country == "IND"


def test_an_events_place_stays_a_country_city_or_landmark() -> None:
    place = geocode("Kano")
    assert place is not None and place.geo_type == cn.WORLD_CITY
    assert geocode("Borno") is None  # a division places actors, not events


def _country_of(nlp: Language, text: str, words: str) -> str | None:
    ex = extract(text, "2018-03-04", nlp=nlp)
    actors = [a for a in ex.actors if words in a.text]
    assert actors, [a.text for a in ex.actors]
    return actors[0].country


@pytest.mark.model
def test_police_in_a_state_take_its_country(nlp: Language) -> None:
    assert _country_of(nlp, "Police in Jigawa detained four traders on Monday.", "Police") == "NGA"


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Warplanes of the U.S.-led coalition hit a depot outside the town.",
    "The U.S.-led coalition said its jets had destroyed two bridges.",
])
def test_an_abbreviated_lead_country_codes_the_coalition(nlp: Language, text: str) -> None:
    assert _country_of(nlp, text, "coalition") == "USA"


@pytest.mark.model
@pytest.mark.parametrize(("text", "country"), [
    ("Islamic State gunmen shelled an army post near Raqqa late on Friday.", "SYR"),
    ("Islamic State gunmen shelled an army post near Mosul late on Friday.", "IRQ"),
    ("Islamic State gunmen raided two villages in Borno.", "NGA"),
])
def test_a_group_that_fights_in_several_countries_takes_the_one_it_fights_in(
        nlp: Language, text: str, country: str) -> None:
    assert _country_of(nlp, text, "Islamic State") == country


@pytest.mark.model
def test_a_group_of_several_countries_gets_none_without_a_place(nlp: Language) -> None:
    assert _country_of(nlp, "Islamic State said it was behind the bombing.", "Islamic State") is None


@pytest.mark.model
@pytest.mark.parametrize(("text", "words", "country"), [
    ("Seleka fighters looted a clinic on Sunday.", "Seleka", "CAF"),
    ("The Janjaweed burned a market on Sunday.", "Janjaweed", "SDN"),
    ("Mai-Mai fighters ambushed a convoy on Sunday.", "Mai-Mai", "COD"),
])
def test_armed_groups_are_coded_where_they_fight(nlp: Language, text: str, words: str, country: str) -> None:
    assert _country_of(nlp, text, words) == country


@pytest.mark.model
@pytest.mark.parametrize(("text", "words", "country"), [
    ("Suspected al-Shabab militants set fire to a bus depot on Friday.", "militants", "SOM"),
    ("Alleged Boko Haram gunmen looted a clinic on Friday.", "Boko Haram", "NGA"),
    ("Jailed Belarusian activists refused food for a second week.", "activists", "BLR"),
    ("Exiled Cuban dissidents wrote to the pope on Friday.", "dissidents", "CUB"),
])
def test_a_hedge_at_the_start_of_a_sentence_does_not_hide_the_group(
        nlp: Language, text: str, words: str, country: str) -> None:
    assert _country_of(nlp, text, words) == country


@pytest.mark.model
def test_a_description_of_the_one_named_armed_group_takes_its_country(nlp: Language) -> None:
    text = ("Al-Shabab fighters overran a garrison on Monday. "
            "Ethiopia condemned the militant group on Tuesday.")
    ex = extract(text, "2018-03-04", nlp=nlp)
    (condemn,) = [e for e in ex.events if e.trigger == "condemned"]
    assert condemn.target is not None and condemn.target.country == "SOM"


@pytest.mark.model
def test_a_description_after_two_named_armed_groups_gets_no_guess(nlp: Language) -> None:
    text = ("Al-Shabab fighters and Boko Haram gunmen were named in the report on Monday. "
            "Ethiopia condemned the militant group on Tuesday.")
    ex = extract(text, "2018-03-04", nlp=nlp)
    targets = [e.target for e in ex.events if e.trigger == "condemned" and e.target is not None]
    assert all(t.country is None for t in targets)


@pytest.mark.model
@pytest.mark.parametrize(("text", "words", "country"), [
    ("The coalition led by the United States shelled the ridge on Friday.", "coalition", "USA"),
    ("A delegation led by Kenyan President William Ruto met the emir on Friday.", "delegation", "KEN"),
])
def test_a_body_led_by_someone_of_a_country_is_that_countrys(
        nlp: Language, text: str, words: str, country: str) -> None:
    assert _country_of(nlp, text, words) == country


def test_the_one_resolver_reads_a_longer_cue_before_the_one_inside_it() -> None:
    from newsevents.places.ambiguous import by_story, cue_counts

    text = "The Democratic Republic of Congo and Kinshasa's allies met in Brazzaville."
    assert cue_counts("Congo", text) == {"COD": 2, "COG": 1}
    assert by_story("Congo", text, None) == "COD"
    assert by_story("Georgia", "Georgia voted.", None) is None  # no cues, no dates: undecided


@pytest.mark.model
def test_a_name_without_cues_moves_no_actor(nlp: Language) -> None:
    ex = extract("Georgia's government accused Moscow of arming the separatists.", "2008-08-07", nlp=nlp)
    assert any(a.country == "GEO" for a in ex.actors)


@pytest.mark.model
@pytest.mark.parametrize(("text", "words", "country"), [
    ("The Rwandan Patriotic Front accused two editors of lying.", "Patriotic Front", "RWA"),
    ("Ennahda called for calm after the vote in Tunis.", "Ennahda", "TUN"),
    ("The Orange Democratic Movement rejected the tally on Tuesday.", "Orange Democratic", "KEN"),
])
def test_ruling_and_opposition_parties_have_their_country(nlp: Language, text: str, words: str, country: str) -> None:
    assert _country_of(nlp, text, words) == country


def test_a_division_named_with_its_own_kind_is_that_countrys() -> None:
    # Nigeria's Plateau is a state, Benin's a department: the kind says which
    state, department = division("Plateau State"), division("Plateau department")
    assert state is not None and state.country == "NGA"
    assert department is not None and department.country == "BEN"


@pytest.mark.model
@pytest.mark.parametrize(("text", "words", "country"), [
    ("Rohingya families crossed the river into Bangladesh on Monday.", "Rohingya", "MMR"),
    ("Amhara militias burned two farms on Monday.", "Amhara", "ETH"),
])
def test_a_people_of_one_country_names_its_country(nlp: Language, text: str, words: str, country: str) -> None:
    assert _country_of(nlp, text, words) == country


@pytest.mark.model
@pytest.mark.parametrize(("text", "words"), [
    ("The AU force said its troops had cleared the market district.", "AU force"),
    ("AMISOM commanders met clan elders near the airport.", "AMISOM"),
    ("KFOR soldiers patrolled the bridge on Sunday.", "KFOR"),
])
def test_peacekeeping_missions_are_their_international_body(nlp: Language, text: str, words: str) -> None:
    ex = extract(text, "2012-03-04", nlp=nlp)
    actors = [a for a in ex.actors if words in a.text]
    assert actors and actors[0].country is None and (actors[0].code or "").startswith("IGO")


@pytest.mark.model
def test_a_dateline_the_story_names_nowhere_else_is_no_home_for_bare_bodies(nlp: Language) -> None:
    text = ("NAIROBI — Somali officials said militants stormed a hotel in Kismayo on Friday.\n\n"
            "Police said the gunmen held guests for six hours. The army sealed off the district.")
    ex = extract(text, "2019-07-13", nlp=nlp)
    police = [a for a in ex.actors if a.text == "Police"]
    assert police and all(a.country != "KEN" for a in police)
