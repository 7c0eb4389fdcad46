"""Coercion told as real news tells it (issue 10): force on a crowd and restrictions in the
passive with no doer named, arrests told by the hands that made them, channels of speech blocked,
and forces sent to the streets of their own country. Sentences written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from events_helpers import code, country_triples

pytestmark = pytest.mark.model


def _roots(text: str, nlp: Language) -> set[tuple[str | None, str | None, str]]:
    return {(s, t, c[:2]) for s, t, c in country_triples(code(nlp, text))}


# --- force on a crowd with no doer named: the police of the place (175) --------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Tear gas was fired at Togolese demonstrators outside the electoral commission.", ("TGO", "TGO", "17")),
    ("The Sudanese sit-in was forcibly dispersed at dawn.", ("SDN", "SDN", "17")),
    ("The Guinean marchers were dispersed with water cannon and batons.", ("GIN", "GIN", "17")),
    ("Bolivian riot police used batons and stun grenades to empty the plaza in La Paz.", ("BOL", "BOL", "17")),
])
def test_events_force_on_a_crowd_in_the_passive_is_by_the_police_of_the_place(
        nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _roots(text, nlp)


def test_events_a_named_doer_of_force_is_kept(nlp: Language) -> None:
    # the soldiers named as the doer are not replaced by an implied police force
    events = code(nlp, "The Malian protesters were dispersed by soldiers of the presidential guard.")
    assert not any(e.rule.endswith("+implied-police") for e in events if e.cameo.startswith("17"))


def test_events_a_militants_grenade_is_no_crowd_control(nlp: Language) -> None:
    events = code(nlp, "Gunmen used grenades against a Kenyan police post near Mandera.")
    assert not any(e.cameo == "175" for e in events)


# --- arrests told by the hands that made them (173) ----------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Police in Dar es Salaam led away two Tanzanian opposition lawmakers after the rally.", ("TZA", "TZA", "17")),
    ("The Burundian journalist was taken away by police in Bujumbura on Tuesday.", ("BDI", "BDI", "17")),
    ("Security agents picked up the Zimbabwean activist at his home in Harare.", ("ZWE", "ZWE", "17")),
    ("The Kenyan opposition senator was taken to a police station in Nairobi.", ("KEN", "KEN", "17")),
])
def test_events_an_arrest_told_by_taking_someone_away(
        nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _roots(text, nlp)


@pytest.mark.parametrize("text", [
    "Kenyan police picked up the pieces of the wrecked bus.",  # things, no one held
    "The Tanzanian minister picked up the phone and called his Kenyan counterpart.",  # no force
    "The injured Kenyan senator was taken to a hospital in Nairobi.",  # a hospital holds no one
])
def test_events_taking_things_or_the_sick_is_no_arrest(nlp: Language, text: str) -> None:
    assert not any(e.cameo.startswith("173") for e in code(nlp, text))


# --- restrictions in the passive: the authorities of the place (172) ------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("A curfew was imposed in the Kenyan port city of Mombasa.", ("KEN", "KEN", "1723")),
    ("Mobile internet was shut down across Ethiopia for a week.", ("ETH", "ETH", "1721")),
    ("The Zambian opposition rally was banned.", ("ZMB", "ZMB", "1721")),
    ("The Thai opposition party was dissolved on Friday.", ("THA", "THA", "1722")),
])
def test_events_a_restriction_in_the_passive_is_by_the_authorities_of_the_place(
        nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in country_triples(code(nlp, text))


def test_events_a_restriction_named_only_as_a_noun_implies_no_authority(nlp: Language) -> None:
    # "the ban" names no one who imposed it: no government is made up as its doer
    events = code(nlp, "The ban on Ugandan opposition rallies was criticised by rights groups.")
    assert not any(e.rule.endswith("+implied-authorities") for e in events)


# --- channels of speech cut off (1721) -------------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("The Ugandan authorities blocked Facebook and WhatsApp on the eve of the vote.", ("UGA", "UGA", "1721")),
    ("Iranian authorities have jammed the signal of the exiled opposition channel.", ("IRN", "IRN", "1721")),
])
def test_events_a_blocked_platform_restricts_the_blockers_own_people(
        nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    triples = country_triples(code(nlp, text))
    assert expected in triples
    assert not any(t == "USA" for _, t, _c in triples)  # the platform's owner abroad is no target


# --- forces sent to the streets of their own country (15) -----------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Guinean troops were sent to the streets of Conakry after the vote.", ("GIN", "GIN", "15")),
    ("The Malian army deployed more soldiers to the northern region.", ("MLI", "MLI", "15")),
    ("Kenya deployed police into the slums of Nairobi.", ("KEN", "KEN", "15")),
    ("Bangladeshi police were deployed across Dhaka before the vote.", ("BGD", "BGD", "15")),
    ("Armed Ugandan soldiers patrolled the streets on Sunday.", ("UGA", "UGA", "15")),
])
def test_events_forces_sent_to_home_ground_are_aimed_at_their_own_country(
        nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _roots(text, nlp)


@pytest.mark.parametrize("text", [
    "Russia sent more troops to the region.",  # a country's "region" may lie abroad
    "The Pentagon sent two aircraft carriers to the Gulf.",  # a named place may lie anywhere
])
def test_events_forces_sent_elsewhere_are_not_made_home_postures(nlp: Language, text: str) -> None:
    assert not any(e.rule.endswith("+home-posture") for e in code(nlp, text))


@pytest.mark.parametrize(("text", "expected"), [
    ("Niger deployed more troops to Tillaberi.", ("NER", "NER", "15")),  # a country to a town of its own
    ("Chad sent soldiers to Abeche after the clashes.", ("TCD", "TCD", "15")),  # the soldiers sent are no target
])
def test_events_a_country_sending_forces_to_its_own_town_is_a_home_posture(
        nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _roots(text, nlp)


@pytest.mark.parametrize("text", [
    "Japan sent two navy ships to the Philippines to deliver relief supplies after the typhoon.",
    "The Pakistani army deployed helicopters to evacuate villagers cut off by the floods.",
    "Morocco deployed medical personnel to the camps near the border.",
    "The Nigerian electoral commission deployed voting equipment to every state.",
])
def test_events_forces_or_means_sent_to_help_are_no_show_of_force(nlp: Language, text: str) -> None:
    assert not any(e.cameo.startswith("15") for e in code(nlp, text))


def test_events_a_crackdown_named_as_a_noun_implies_no_police(nlp: Language) -> None:
    events = code(nlp, "The Togolese opposition has grown weaker since the crackdown on its supporters in Lome.")
    assert not any(e.rule.endswith("+implied-police") for e in events)


@pytest.mark.parametrize(("text", "expected"), [
    ("Georgian riot police dragged dozens of marchers into vans in Tbilisi.", ("GEO", "GEO", "173")),
    ("Ugandan police threw two Ugandan opposition lawmakers into jail.", ("UGA", "UGA", "173")),
    ("The Guinean junta forced the Guinean opposition leader into exile.", ("GIN", "GIN", "174")),
])
def test_events_held_or_banished_by_force_into_a_van_a_cell_or_exile(
        nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in country_triples(code(nlp, text))


@pytest.mark.parametrize("text", [
    "Georgian soldiers pushed the broken truck into the ditch.",  # a thing moved, no one held
    "Georgian police officers helped the injured marcher into a car in Tbilisi.",  # help, no force
])
def test_events_moving_things_or_helping_people_is_no_arrest(nlp: Language, text: str) -> None:
    assert not any(e.cameo.startswith("17") for e in code(nlp, text))


def test_events_an_ordered_closure_of_a_newspaper_restricts_the_press(nlp: Language) -> None:
    events = code(nlp, "The Burundian government ordered the closure of two Burundian private radio stations.")
    assert ("BDI", "BDI", "17") in {(s, t, c[:2]) for s, t, c in country_triples(events)}


def test_events_an_ordered_closure_of_a_border_is_no_press_restriction(nlp: Language) -> None:
    events = code(nlp, "The Burundian government ordered the closure of the border with Rwanda.")
    assert not any(e.cameo == "1721" for e in events)



@pytest.mark.parametrize("text", [
    "The Kenyan airline expanded its fleet with six new jets.",
    "The Nigerian company moved its equipment to a new factory outside Lagos.",
])
def test_events_a_firms_fleet_or_equipment_is_no_force(nlp: Language, text: str) -> None:
    assert not any(e.cameo.startswith("15") for e in code(nlp, text))
