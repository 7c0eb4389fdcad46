"""Sentences that name an act but report none: a subject that names no one, and a question asked.

Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from events_helpers import code

DATE = "2021-09-14"


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "No Ghanaian minister has met the Togolese delegation, a spokesman said.",
    "None of the Chadian ministers attended the summit in Niamey.",
    "Neither army fired on the other during the night, Eritrean officials said.",
    "Neither the Sudanese army nor the rebel militia attacked Chadian troops on Sunday.",
    "Neither the army nor the police arrested Ugandan protesters.",
    "The Zambian opposition leader asked whether the government would free the detained students.",
    "Malian journalists asked why French troops had been sent to Kidal.",
])
def test_no_act_is_coded(nlp: Language, text: str) -> None:
    assert code(nlp, text, date=DATE) == []


@pytest.mark.model
@pytest.mark.parametrize(("text", "root"), [
    ("The Zambian opposition leader asked the government to free the detained students.", "02"),
    ("A Ghanaian minister met the Togolese delegation on Monday.", "04"),
    ("Nigerian police arrested 40 marchers in Abuja, but no one was hurt.", "17"),
])
def test_the_act_is_coded(nlp: Language, text: str, root: str) -> None:
    assert root in {e.cameo[:2] for e in code(nlp, text, date=DATE)}


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "The Ghanaian cedi hit a record low against the dollar on Friday.",
    "The Nigerian naira fell sharply after the central bank cut rates.",
    "Ugandan sprinter Joshua Okello beat his Kenyan rival in the final in Doha.",
    "An Ethiopian marathoner attacked the lead group early in the race.",
])
def test_markets_and_athletes_named_by_a_demonym_make_no_event(nlp: Language, text: str) -> None:
    assert code(nlp, text, date=DATE) == []


@pytest.mark.model
def test_a_state_actor_in_a_sport_sentence_keeps_its_event(nlp: Language) -> None:
    text = "Ugandan police arrested a Kenyan sprinter at the airport in Entebbe."
    assert "17" in {e.cameo[:2] for e in code(nlp, text, date=DATE)}


@pytest.mark.model
def test_an_attack_on_a_policy_is_criticism(nlp: Language) -> None:
    text = "The Zambian opposition leader launched a scathing attack on the government's mining reform."
    assert {e.cameo[:2] for e in code(nlp, text, date=DATE)} == {"11"}
