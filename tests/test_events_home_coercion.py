"""Coercion and force posture a state turns on its own country (issue 10): bans and stopped
gatherings aimed at the state's own people, forces deployed or patrolling at home with no target,
security tightened with no doer named, and arrests with no doer in a story of several countries.
Sentences written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from events_helpers import code, country_triples

pytestmark = pytest.mark.model


def _roots(events: list) -> set[tuple[str | None, str | None, str]]:
    return {(s, t, c[:2]) for s, t, c in country_triples(events)}


# --- restrictions at home --------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("The Malawian authorities banned all public rallies in Blantyre.", ("MWI", "MWI", "1721")),
    ("The Togolese government outlawed street demonstrations for a month.", ("TGO", "TGO", "1721")),
    ("Gabonese security forces prevented demonstrations in Libreville on Saturday.", ("GAB", "GAB", "1721")),
    ("Burundian riot police blocked the opposition march in Bujumbura.", ("BDI", "BDI", "1721")),
    ("Cameroonian police thwarted a planned rally by opposition supporters in Douala.", ("CMR", "CMR", "1721")),
])
def test_events_a_states_restriction_with_no_target_is_aimed_at_its_own_country(
        nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in country_triples(code(nlp, text))


@pytest.mark.parametrize("text", [
    "The Malawian opposition called off its rally in Blantyre.",  # a rally cancelled by its organisers
    "Heavy rain stopped the parade in Lilongwe.",  # no gathering of dissent, no state
    "Protesters blocked the main road into Bujumbura.",  # crowds blocking roads protest (144)
])
def test_events_gatherings_not_stopped_by_a_state_are_no_restriction(nlp: Language, text: str) -> None:
    assert not any(e.cameo.startswith("172") for e in code(nlp, text))


def test_events_a_foreign_ban_with_no_target_keeps_no_home_target(nlp: Language) -> None:
    # An organisation's ban restricts no one at home: no target is made up for it.
    events = code(nlp, "The African Union banned rallies at its summit venue in Addis Ababa.")
    assert not any(e.cameo == "1721" and e.target is not None and e.target.code == "ETH" for e in events)


# --- forces at home --------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Nepalese troops were deployed in Kathmandu ahead of the rally.", ("NPL", "NPL", "15")),
    ("Armed Malian soldiers patrolled the streets of Bamako on Friday.", ("MLI", "MLI", "15")),
    ("Guinean police patrolled the main markets of Conakry.", ("GIN", "GIN", "15")),
])
def test_events_forces_at_home_are_aimed_at_their_own_country(
        nlp: Language, text: str, expected: tuple[str, str | None, str]) -> None:
    assert expected in _roots(code(nlp, text))
    # the capital is where they stand, not the government they serve: the target is the bare country
    assert all(e.target is not None and e.target.code == e.target.country
               for e in code(nlp, text) if e.cameo[:2] == "15")


def test_events_forces_sent_abroad_keep_their_target(nlp: Language) -> None:
    assert ("RUS", "BLR", "154") in country_triples(code(nlp, "Russia deployed thousands of troops in Belarus."))


@pytest.mark.parametrize("text", [
    "A shepherd patrolled the hills above the Malian village.",
    "Volunteers patrolled the beach in Dakar to protect turtle nests.",
])
def test_events_patrols_by_no_force_code_nothing(nlp: Language, text: str) -> None:
    assert not any(e.cameo[:2] == "15" for e in code(nlp, text))


@pytest.mark.parametrize(("text", "expected"), [
    ("Security was tightened in Harare ahead of the opposition rally.", ("ZWE", "ZWE", "153")),
    ("Security has been stepped up in Kampala after the explosions.", ("UGA", "UGA", "153")),
])
def test_events_security_tightened_with_no_doer_is_by_the_police_of_its_place(
        nlp: Language, text: str, expected: tuple[str, str | None, str]) -> None:
    events = [e for e in code(nlp, text) if e.cameo == "153"]
    assert expected in country_triples(events)
    assert all(e.source is not None and e.source.sector == "COP" for e in events)


# --- arrests with no doer in a story of several countries -----------------------------------------

ABROAD = ("Washington condemns crackdown\n\nThe United States on Friday condemned the government of "
          "Bangladesh over a crackdown. The State Department called for restraint.\n\n")


def test_events_the_governed_held_with_no_doer_are_held_by_their_own_police(nlp: Language) -> None:
    events = code(nlp, ABROAD + "Dozens of Bangladeshi opposition activists were detained overnight.")
    arrests = [e for e in events if e.cameo == "173"]
    assert ("BGD", "BGD", "173") in country_triples(arrests)
    assert not any(e.source is not None and e.source.country == "USA" for e in arrests)


def test_events_a_place_named_outweighs_the_home_of_those_held(nlp: Language) -> None:
    # held abroad: the police of the place named act, not those of the people held
    events = code(nlp, ABROAD + "Two Bangladeshi opposition activists were arrested in Kolkata.")
    assert ("IND", "BGD", "173") in country_triples(events)


# --- political strikes and boycotts ---------------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("A three-day general strike called by the Bangladeshi opposition began on Sunday.", ("BGD", "BGD", "143")),
    ("The Togolese opposition boycotted the legislative elections.", ("TGO", "TGO", "143")),
])
def test_events_a_strike_or_boycott_by_the_opposition_is_aimed_at_its_government(
        nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    events = [e for e in code(nlp, text) if e.cameo == "143"]
    assert expected in country_triples(events)
    assert all(e.target is not None and e.target.sector == "GOV" for e in events)


def test_events_a_workers_strike_is_aimed_at_their_government(nlp: Language) -> None:
    # session 15 (events/protest_forms.py): the real-news gold codes workers' strikes at the government,
    # and a strike aimed at no one was scored false whatever the gold coded
    events = [e for e in code(nlp, "Ghanaian teachers went on strike over unpaid allowances.") if e.cameo == "143"]
    assert events and all(e.target is not None and e.target.code == "GHAGOV" for e in events)


# --- charges of treason ----------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Prosecutors in Minsk charged two Belarusian opposition activists with treason.", ("BLR", "BLR", "1125")),
    ("The Zimbabwean opposition leader was charged with treason on Friday.", ("ZWE", "ZWE", "1125")),
])
def test_events_a_charge_of_treason_is_an_accusation_of_treason(
        nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in country_triples(code(nlp, text))


def test_events_a_charge_of_another_crime_stays_legal_action(nlp: Language) -> None:
    events = code(nlp, "Zimbabwean police charged the opposition activist with public violence.")
    assert any(e.cameo == "173" for e in events)
    assert not any(e.cameo == "1125" for e in events)


# --- the held are the state's own ----------------------------------------------------------------

def test_events_a_person_no_dictionary_knows_held_by_a_state_is_of_its_country(nlp: Language) -> None:
    events = code(nlp, "Laotian police arrested the blogger Somphone Vilavong in Vientiane on Tuesday.")
    assert ("LAO", "LAO", "173") in country_triples(events)


def test_events_a_person_of_a_known_country_keeps_it(nlp: Language) -> None:
    events = code(nlp, "Iranian authorities arrested a French researcher in Tehran.")
    assert not any(e.cameo == "173" and e.target is not None and e.target.country == "IRN" for e in events)


def test_events_a_person_held_by_rebels_gets_no_country_from_them(nlp: Language) -> None:
    # rebels hold no office: their captives are no state's detainees (and the act is an abduction)
    events = code(nlp, "Colombian rebels captured Ingrid Solano near the Venezuelan border.")
    assert not any(e.target is not None and "Solano" in e.target.text and e.target.country for e in events)
