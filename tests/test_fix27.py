"""Leaving an organisation, the words of a name as doers, and captives freed from another holder, on
sentences written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from events_helpers import code, country_triples

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text", [
    "Gabon withdrew from the Economic Community of Central African States on Monday.",
    "Chad quit the African Union after the summit.",
    "Burundi withdrew from the International Criminal Court on Friday.",
    "Gambia pulled out of the Commonwealth on Friday.",
])
def test_fix27_a_state_leaving_an_organisation_reduces_relations(nlp: Language, text: str) -> None:
    found = country_triples(code(nlp, text))
    assert any(c == "160" and t is not None and t.startswith("IGO") for _, t, c in found)
    assert not any(c in ("0874", "0831") for _, _, c in found)


def test_fix27_troops_withdrawn_from_a_mission_still_move(nlp: Language) -> None:
    found = country_triples(code(nlp, "Chad withdrew its troops from the UN mission in Mali."))
    assert not any(c == "160" for _, _, c in found)


@pytest.mark.parametrize("text", [
    "The Kenyan opposition is backed by the United Kingdom.",
    "The United Nations supported the elections in Malawi.",
])
def test_fix27_united_in_a_name_is_no_troop_word(nlp: Language, text: str) -> None:
    assert not any(c == "062" for _, _, c in country_triples(code(nlp, text)))


def test_fix27_forces_in_a_name_is_still_a_troop_word(nlp: Language) -> None:
    found = country_triples(code(nlp, "The Rapid Support Forces attacked the Sudanese army in Khartoum."))
    assert any(c.startswith("19") for _, _, c in found)


@pytest.mark.parametrize("text", [
    "Zambian police freed three farmers who had been kidnapped by a gang.",
    "The Congolese army freed five traders who were captured by the rebels.",
])
def test_fix27_captives_freed_from_a_holder_named_in_a_relative_clause_are_rescued(nlp: Language, text: str) -> None:
    assert not any(c.startswith("08") for _, _, c in country_triples(code(nlp, text)))


def test_fix27_captives_freed_from_the_freers_own_body_are_released(nlp: Language) -> None:
    found = country_triples(code(nlp, "Chadian authorities freed two journalists detained last month by the "
                                      "intelligence services."))
    assert any(s == "TCD" and c == "0841" for s, _, c in found)


def test_fix27_captives_freed_from_a_foreign_body_are_rescued(nlp: Language) -> None:
    found = country_triples(code(nlp, "The Ethiopian army freed ten officers detained last week by Eritrean soldiers."))
    assert not any(c.startswith("08") for _, _, c in found)
    assert any(s == "ERI" and c[:2] in ("17", "18") for s, _, c in found)  # the soldiers held them



def test_fix27_captives_freed_from_a_rival_take_not_the_captors_country(nlp: Language) -> None:
    text = "Kenya freed three police officers detained last month by al-Shabab militants."
    found = country_triples(code(nlp, text))
    assert not any(t == "SOM" for _, t, _ in found)
    assert not any(c.startswith("08") for _, _, c in found)


def test_fix27_captives_freed_from_a_body_of_the_same_state_are_released(nlp: Language) -> None:
    found = country_triples(code(nlp, "The Nigerien army freed 15 officers detained last week by security forces."))
    assert any(s == "NER" and t == "NER" and c == "0841" for s, t, c in found)
