"""One event per phrase, modal wishes, gerund attacks and their victims, allowed and accidental acts.

Sentences written for these tests.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from events_helpers import code
from events_helpers import country_triples as triples

pytestmark = pytest.mark.model


@pytest.mark.parametrize(("text", "expected"), [
    ("Poland offered further military assistance to Moldova.", ("POL", "MDA", "0332")),
    ("The Turkish minister held talks in Baku, offering more humanitarian support to Azerbaijan.",
     ("TUR", "AZE", "033")),
])
def test_events_offered_support_is_an_intent_and_one_event(
    nlp: Language, text: str, expected: tuple[str, str, str]
) -> None:
    events = code(nlp, text)
    assert expected in triples(events)
    # Neither the aid itself (07) nor the noun "support" (051) is coded besides the offer.
    assert not any(e.cameo[:2] in ("05", "07") for e in events)


@pytest.mark.parametrize("text", [
    "The generals might want Erdogan to resign.",
    "Parliament could want Tbilisi to expel the ambassador.",
])
def test_events_possible_wish_codes_nothing(nlp: Language, text: str) -> None:
    assert code(nlp, text) == []


def test_events_polite_wish_is_still_an_appeal(nlp: Language) -> None:
    assert ("DEU", "POL", "020") in triples(code(nlp, "Berlin would like Warsaw to reconsider the tariffs."))


@pytest.mark.parametrize(("text", "expected"), [
    ("Three Ukrainian soldiers died in Russian artillery shelling near Kharkiv.", ("RUS", "UKR", "194")),
    ("Two Syrian civilians were killed in Turkish drone shelling.", ("TUR", "SYR", "194")),
])
def test_events_split_shelling_compound_names_attacker_and_victims(
    nlp: Language, text: str, expected: tuple[str, str, str]
) -> None:
    events = code(nlp, text)
    assert triples(events) == {expected}  # the deaths are the shelling's toll, not a second event


@pytest.mark.parametrize("text", [
    "Chile did not send troops to fight rebels in Peru.",
    "Nigeria gave Benin permission to help its police.",
])
def test_events_purpose_of_unmade_or_allowed_act_is_no_event(nlp: Language, text: str) -> None:
    assert not any(e.cameo[:2] in ("07", "19") for e in code(nlp, text))


def test_events_accident_toll_through_participle_is_no_event(nlp: Language) -> None:
    assert code(nlp, "Two buses collided near Nairobi on Monday, injuring ten people.") == []


def test_events_condolence_for_an_attack_goes_to_its_place(nlp: Language) -> None:
    text = "The Dutch prime minister expressed sorrow for the shooting in Texas."
    assert ("NLD", "USA", "018") in triples(code(nlp, text))


def test_events_exercises_in_a_us_state_target_the_united_states(nlp: Language) -> None:
    assert ("CHN", "USA", "150") in triples(code(nlp, "China held naval exercises off Hawaii and in Alaska."))


@pytest.mark.parametrize(("text", "expected"), [
    ("Peruvian miners threatened to block roads unless Lima raised royalties.", ("PER", "PER", "133")),
    ("Ankara threatened Athens with sanctions if it drilled near Crete.", ("TUR", "GRC", "1312")),
    ("Hungarian truckers threatened a blockade of the border if Vienna kept the new tolls.", ("HUN", "AUT", "13")),
])
def test_events_threat_targets_whom_its_condition_binds(
    nlp: Language, text: str, expected: tuple[str, str, str]
) -> None:
    found = triples(code(nlp, text))
    assert any(s == expected[0] and t == expected[1] and c.startswith(expected[2]) for s, t, c in found)


def test_events_purpose_of_a_planned_meeting_is_no_second_event(nlp: Language) -> None:
    events = code(nlp, "The Kenyan and Tanzanian presidents will meet in Arusha to discuss the border.")
    assert {e.cameo for e in events} == {"036"}
    assert all(e.trigger == "meet" for e in events)


def test_events_purpose_of_a_future_act_is_intended(nlp: Language) -> None:
    assert ("EGY", "SDN", "033") in triples(code(nlp, "Egypt will send doctors to help Sudan."))
