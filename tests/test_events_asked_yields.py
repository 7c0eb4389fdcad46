"""Appeals, demands, threats and yields on sentences written for these tests: a second act asked
for that the parser hangs on the request, promises to no one, demands made with "insist on",
threats aimed "with" a harm (CAMEO roots 02, 03, 08, 10, 13)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from events_helpers import code, country_triples

pytestmark = pytest.mark.model


def roots(text: str, nlp: Language) -> set[str]:
    return {c[:2] for _, _, c in country_triples(code(nlp, text))}


@pytest.mark.parametrize("text", [
    "The Nigerian governor demanded the gunmen stop all of their attacks, including kidnappings, "
    "and release all of the schoolgirls.",
    "The Nigerian governor has demanded the gunmen stop their attacks on farmers and release the schoolgirls.",
])
def test_events_a_second_act_asked_for_is_not_the_demanders_act(nlp: Language, text: str) -> None:
    found = country_triples(code(nlp, text))
    assert "10" in {c[:2] for _, _, c in found}
    assert not any(c.startswith("08") for _, _, c in found)  # nobody freed anyone


def test_events_a_second_act_of_the_doer_himself_is_still_coded(nlp: Language) -> None:
    # a past verb beside a past verb: the rebels did both
    found = roots("The Colombian rebels seized the town and released all of their captives.", nlp)
    assert "08" in found


@pytest.mark.parametrize("text", [
    "The Peruvian president promised to fight corruption.",
    "The new Zambian leader pledged to hold elections next year.",
])
def test_events_a_promise_to_no_one_named_codes_no_intent_to_cooperate(nlp: Language, text: str) -> None:
    # a ruler's pledge of reform is an intent to reform at home (034; session 14, events/home_pledges.py)
    codes = {c for _, _, c in country_triples(code(nlp, text))}
    assert "030" not in codes and codes <= {"034"}


def test_events_a_promise_to_another_actor_is_an_intent(nlp: Language) -> None:
    assert ("ETH", "SOM", "030") in country_triples(code(nlp, "Ethiopia promised Somalia to respect its sovereignty."))


def test_events_insisting_on_something_from_another_demands_it(nlp: Language) -> None:
    found = country_triples(code(nlp, "Beijing insisted on compensation from Manila for the damaged vessel."))
    assert any(s == "CHN" and t == "PHL" and c.startswith("10") for s, t, c in found)


@pytest.mark.parametrize(("text", "expected"), [
    ("Tehran threatened Riyadh with a crushing response.", ("IRN", "SAU")),
    ("Moscow threatened Kyiv with war.", ("RUS", "UKR")),
    ("Ankara threatened military action against Syrian Kurdish fighters.", ("TUR", "SYR")),
])
def test_events_a_threat_with_force_is_aimed_at_who_is_threatened(
        nlp: Language, text: str, expected: tuple[str, str]) -> None:
    found = country_triples(code(nlp, text))
    assert any((s, t) == expected and c.startswith("13") for s, t, c in found)


@pytest.mark.parametrize(("text", "expected"), [
    ("The Kenyan president lamented Somalia's refusal to attend the talks.", ("KEN", "SOM", "012")),
    ("The Chilean president said he regretted the Argentine leader's absence from the summit.", ("CHL", "ARG", "012")),
])
def test_events_regretting_anothers_absence_is_a_pessimistic_comment_on_them(
        nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in country_triples(code(nlp, text))


def test_events_regretting_anothers_step_stays_disapproval(nlp: Language) -> None:
    found = country_triples(code(nlp, "Pakistan regretted India's decision to cancel the talks."))
    assert ("PAK", "IND", "110") in found and not any(c == "012" for _, _, c in found)


@pytest.mark.parametrize("text", [
    "Nigerian commandos raided the camp on Friday, freeing 40 of the 50 villagers held there by the gunmen.",
    "Kenyan police freed two Ugandan traders kidnapped by a gang.",
])
def test_events_captives_freed_from_another_holder_are_rescued_not_released(nlp: Language, text: str) -> None:
    assert not any(c.startswith("08") for _, _, c in country_triples(code(nlp, text)))


def test_events_captives_freed_by_their_own_captors_are_released(nlp: Language) -> None:
    found = country_triples(code(nlp, "The Congolese rebels released two Kenyan soldiers captured in the fighting."))
    assert any(t == "KEN" and c == "0841" for _, t, c in found)


@pytest.mark.parametrize(("text", "expected"), [
    ("The Jordanian king renewed his call for Israel to halt its offensive.", ("JOR", "ISR")),
    ("Kenya repeated its appeal for the Somali rebels to lay down their arms.", ("KEN", "SOM")),
])
def test_events_an_appeal_noun_is_aimed_at_who_is_asked_to_act(
        nlp: Language, text: str, expected: tuple[str, str]) -> None:
    found = country_triples(code(nlp, text))
    assert any((s, t) == expected and c.startswith("02") for s, t, c in found)


def test_events_captives_freed_with_no_agent_were_freed_by_their_captors(nlp: Language) -> None:
    found = country_triples(code(nlp, "Three Indian sailors held by Somali pirates were freed on Monday."))
    assert ("SOM", "IND", "0841") in found


def test_events_captives_freed_by_a_named_agent_keep_that_agent(nlp: Language) -> None:
    found = country_triples(code(nlp, "Three Indian sailors held by Somali pirates were freed by the Kenyan army."))
    assert ("KEN", "IND", "0841") in found or not any(c == "0841" for _, _, c in found)
    assert ("SOM", "IND", "0841") not in found


def test_events_admitting_an_act_of_ones_own_forces_is_an_admission(nlp: Language) -> None:
    found = country_triples(code(nlp, "Azerbaijan acknowledged that its troops had shot down the Russian helicopter."))
    assert ("AZE", "RUS", "015") in found


def test_events_admitting_anothers_act_accuses_no_one(nlp: Language) -> None:
    found = country_triples(code(nlp, "Syria admitted that Israeli jets had struck the airbase."))
    assert not any(c[:3] in ("015", "112") for _, _, c in found)
