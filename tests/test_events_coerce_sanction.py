"""Coercion, reduced relations and force posture told by constructions with no plain trigger verb
(issue 10): assets frozen, access to a channel of speech blocked, licences revoked, diplomats
ordered to leave or declared persona non grata, readiness raised, soldiers firing on protesters.
Sentences written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from events_helpers import code, country_triples

pytestmark = pytest.mark.model


def _roots(text: str, nlp: Language) -> set[tuple[str | None, str | None, str]]:
    return {(s, t, c[:2]) for s, t, c in country_triples(code(nlp, text))}


# --- assets frozen: a financial sanction on their owner (163) ---------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("The European Union froze the assets of five Belarusian officials.", ("IGOEU", "BLR", "16")),
    ("London froze the bank accounts of the deposed Libyan ruler.", ("GBR", "LBY", "16")),
    ("Canada froze Iranian government assets on Thursday.", ("CAN", "IRN", "16")),
    ("The European Union froze the assets in Europe held by 18 Libyan officials.", ("IGOEU", "LBY", "16")),
])
def test_events_freezing_an_owners_assets_is_a_sanction_on_the_owner(
        nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _roots(text, nlp)


@pytest.mark.parametrize("text", [
    "Switzerland froze assets held by the former Egyptian president.",  # holding assets is no detention
    "The Egyptian president held assets worth millions in Swiss banks.",
    "The Kenyan government froze fuel prices for three months.",  # no owner sanctioned
])
def test_events_assets_held_or_prices_frozen_are_no_arrest_or_sanction(nlp: Language, text: str) -> None:
    assert not any(e.cameo.startswith(("163", "173")) for e in code(nlp, text))


# --- access to speech cut off: a restriction of the state's own people (1721) ---------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("The Ugandan authorities blocked access to Facebook and Twitter before the vote.", ("UGA", "UGA", "1721")),
    ("Tanzanian officials restricted access to independent news websites.", ("TZA", "TZA", "1721")),
    ("The Iranian government cut off access to the internet in several provinces.", ("IRN", "IRN", "1721")),
])
def test_events_blocking_access_to_media_restricts_speech_at_home(
        nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in country_triples(code(nlp, text))


@pytest.mark.parametrize("text", [
    "Malian soldiers blocked access to the border crossing at Gao.",
    "Sudanese troops restricted access to the camp for aid convoys.",
])
def test_events_access_to_a_place_is_no_censorship(nlp: Language, text: str) -> None:
    assert not any(e.cameo.startswith("172") for e in code(nlp, text))


# --- licences revoked: an administrative sanction on the holder (172) -----------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("The Egyptian authorities revoked the press credentials of a British correspondent.", ("EGY", "GBR", "17")),
    ("Belarus withdrew the accreditation of foreign journalists.", ("BLR", "BLR", "17")),
])
def test_events_revoking_a_licence_sanctions_its_holder(
        nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _roots(text, nlp)


def test_events_withdrawing_ones_own_application_is_no_sanction(nlp: Language) -> None:
    text = "The Nigerian senator withdrew his licence application."
    assert not any(e.cameo.startswith("17") for e in code(nlp, text))


# --- diplomats sent away by an order (166) ---------------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Bamako ordered the French ambassador to leave the country.", ("MLI", "FRA", "16")),
    ("Moscow told 23 British diplomats to leave within a week.", ("RUS", "GBR", "16")),
    ("Addis Ababa gave the UN envoy 72 hours to leave the country.", ("ETH", "IGOUNO", "16")),
    ("Niamey declared the French ambassador persona non grata.", ("NER", "FRA", "16")),
    ("La Paz gave U.S. Ambassador Tom Baker 48 hours to leave Bolivia.", ("BOL", "USA", "16")),
    ("The Ecuadorean government ordered a Colombian diplomat out of the country.", ("ECU", "COL", "16")),
])
def test_events_an_order_to_a_diplomat_to_leave_is_an_expulsion(
        nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _roots(text, nlp)


@pytest.mark.parametrize("text", [
    "Kenyan police ordered residents to leave the flooded area.",  # residents, no envoy
    "Nairobi ordered the Somali ambassador to explain the remarks.",  # no order to leave
])
def test_events_other_orders_are_no_expulsion(nlp: Language, text: str) -> None:
    assert not any(e.cameo.startswith("166") for e in code(nlp, text))


# --- readiness raised (152) ------------------------------------------------------------------------------

def test_events_raising_combat_readiness_is_an_alert(nlp: Language) -> None:
    text = "Azerbaijan raised the combat readiness of its troops along the Armenian border."
    assert any(s == "AZE" and c == "152" for s, _, c in country_triples(code(nlp, text)))


def test_events_raising_rates_is_no_alert(nlp: Language) -> None:
    assert not any(e.cameo.startswith("15") for e in code(nlp, "The Turkish central bank raised interest rates."))


# --- soldiers firing on protesters (175) -----------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Guinean troops opened fire on demonstrators in Conakry.",
    "Sudanese soldiers fired on protesters outside the army headquarters.",
])
def test_events_soldiers_firing_on_protesters_at_home_is_repression(nlp: Language, text: str) -> None:
    assert any(c == "175" for _, _, c in country_triples(code(nlp, text)))


def test_events_soldiers_shelling_civilians_keep_a_fighting_code(nlp: Language) -> None:
    text = "The Ethiopian army shelled civilians in the rebel-held town."
    assert not any(c == "175" for _, _, c in country_triples(code(nlp, text)))


# --- people sent back, camps pulled down, speech banned -------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Malaysian police forcibly returned dozens of Uighur refugees to China.", ("MYS", "CHN", "17")),
    ("Iran sent back thousands of Afghan migrants last month.", ("IRN", "AFG", "17")),
])
def test_events_people_sent_back_are_deported_not_visiting(
        nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    roots = _roots(text, nlp)
    assert expected in roots
    assert not any(c == "04" for _, _, c in roots)


def test_events_an_official_returning_home_still_travels(nlp: Language) -> None:
    text = "The Afghan foreign minister returned to Kabul from Doha on Monday."
    assert not any(e.cameo.startswith("17") for e in code(nlp, text))


def test_events_a_protest_camp_pulled_down_by_police_is_property_destroyed(nlp: Language) -> None:
    text = "Georgian riot police demolished the tent camp of opposition supporters outside parliament."
    assert ("GEO", "GEO", "17") in _roots(text, nlp)


@pytest.mark.parametrize(("text", "expected"), [
    # the bare institution banned is the banning state's own (events/home_institutions.py, session 13)
    ("The Russian media regulator banned the opposition leader's website.", ("RUS", "RUS", "1721")),
    ("The Nicaraguan government outlawed the independent newspaper.", ("NIC", "NIC", "1721")),
    ("The Belarusian information ministry banned the book.", ("BLR", "BLR", "1721")),
])
def test_events_banning_a_publication_restricts_speech(
        nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in country_triples(code(nlp, text))


# --- forces sent to a border: aimed at the country across it (154) --------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Pakistan moved two divisions to its border with India.", ("PAK", "IND", "15")),
    ("Moscow has massed more than 90,000 soldiers near its frontier with Ukraine.", ("RUS", "UKR", "15")),
])
def test_events_forces_sent_to_a_border_are_aimed_across_it(
        nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _roots(text, nlp)


# --- sanctions that "target" someone: no attack ---------------------------------------------------------

def test_events_sanctions_targeting_officials_are_sanctions_not_attacks(nlp: Language) -> None:
    text = "Moscow announced a new round of Russian sanctions targeting nine Canadian lawmakers."
    roots = _roots(text, nlp)
    assert ("RUS", "CAN", "16") in roots
    assert not any(c == "19" for _, _, c in roots)


def test_events_jets_targeting_positions_still_attack(nlp: Language) -> None:
    text = "Turkish jets targeted PKK positions in northern Iraq."
    assert any(c in ("19",) for _, _, c in _roots(text, nlp))


# --- repression with no one named: aimed at the state's own people (175) --------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Zimbabwean security forces cracked down on dissent after the disputed vote.", ("ZWE", "ZWE", "175")),
    ("Kenyan riot police fired tear gas in central Nairobi on Monday.", ("KEN", "KEN", "175")),
])
def test_events_a_states_repression_with_no_target_is_aimed_at_its_own_people(
        nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in country_triples(code(nlp, text))


def test_events_a_crackdown_by_no_state_gets_no_home_target(nlp: Language) -> None:
    text = "The Kenyan opposition cracked down on dissent within its own ranks."
    assert not any(t == "KEN" and c == "175" for _, t, c in country_triples(code(nlp, text)))


@pytest.mark.parametrize(("text", "expected"), [
    ("Tanzanian police carried out mass arrests in Dar es Salaam after the vote.", ("TZA", "TZA", "173")),
    ("Egyptian authorities arrested the researcher for spying.", ("EGY", "EGY", "173")),
])
def test_events_a_states_arrest_of_people_no_actor_names_is_at_home(
        nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in country_triples(code(nlp, text))


def test_events_an_arrested_foreigner_keeps_his_country(nlp: Language) -> None:
    text = "The Russian security service detained a French researcher in Moscow."
    triples = country_triples(code(nlp, text))
    assert ("RUS", "FRA", "173") in triples
    assert ("RUS", "RUS", "173") not in triples


# --- a sentence handed down with no court named is the courts' (116) -------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Two Rwandan opposition activists were sentenced to ten years in prison.", ("RWA", "RWA", "116")),
    ("The Egyptian opposition activist was convicted of spreading false news.", ("EGY", None, "116")),
])
def test_events_an_agentless_sentence_is_handed_down_by_the_courts(
        nlp: Language, text: str, expected: tuple[str, str | None, str]) -> None:
    events = code(nlp, text)
    found = {(e.source.country if e.source else None, e.cameo) for e in events}
    assert (expected[0], expected[2]) in found
    assert any(e.source is not None and e.source.sector == "JUD" for e in events)


def test_events_a_sentence_with_no_country_known_codes_nothing(nlp: Language) -> None:
    assert not any(e.cameo == "116" for e in code(nlp, "He was sentenced to life in prison."))


# --- a retaliation's means: "retaliated with sanctions on X" (163) --------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Beijing retaliated with tariffs on American soybeans.", ("CHN", "USA", "16")),
    ("Moscow responded with sanctions against eleven British officials.", ("RUS", "GBR", "16")),
    ("Lithuania hit back with an embargo on Belarusian potash.", ("LTU", "BLR", "16")),
])
def test_events_a_retaliation_with_sanctions_is_a_sanction(
        nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _roots(text, nlp)


def test_events_responding_with_words_is_no_sanction(nlp: Language) -> None:
    text = "Ottawa responded with a statement on the Chinese decision."
    assert not any(e.cameo.startswith("16") for e in code(nlp, text))


def test_events_a_thing_captured_by_a_state_is_no_arrest_at_home(nlp: Language) -> None:
    text = "The rebels want back a supply truck that was captured by the Malian authorities in March."
    assert not any(e.cameo == "173" for e in code(nlp, text))
