"""Fourteenth false-event census on fresh news (session 27): an act that an extraposed "it" judges
right, wrong, easy or hard to do ("it is correct to hold talks", "would make it difficult for them
to keep negotiating") is weighed, not done. Near misses: a plain act beside the judgement and a verdict
on something other than an act.
Every sentence here is written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from events_helpers import code

PUBLISHED = "2024-05-06"


def _roots(nlp: Language, text: str) -> set[str]:
    return {e.cameo[:2] for e in code(nlp, text, date=PUBLISHED)}


@pytest.mark.parametrize("text", [
    "The Kenyan envoy said it is correct to hold direct talks between Kenya and the Somali government.",
    "Kenya's foreign minister said it would be wrong to negotiate with the Somali government now.",
    "The Kenyan president said it is possible to meet Somali President Hassan Sheikh Mohamud next month.",
    "The Somali government said the raids would make it difficult for it to continue negotiating with Kenya.",
    "Kenyan officials said the new border rules make it hard for them to keep talking to the Somali government.",
])
def test_judged_act_is_not_coded(nlp: Language, text: str) -> None:
    assert "04" not in _roots(nlp, text)


def test_plain_act_beside_a_judgement_stays(nlp: Language) -> None:
    text = ("The Kenyan opposition leader said it would be wrong to boycott the vote, and he met "
            "Kenyan President William Ruto on Monday.")
    assert "04" in _roots(nlp, text)


def test_judgement_of_a_thing_is_no_frame(nlp: Language) -> None:
    # "said the talks were difficult": the talks happened; the adjective judges them, not an infinitive
    text = ("Kenyan President William Ruto met Somali President Hassan Sheikh Mohamud on Monday and said "
            "the talks were difficult.")
    assert "04" in _roots(nlp, text)


# A custody that goes on, told in the progressive passive, is a state, not an arrest (CONVENTIONS 1.5).

@pytest.mark.parametrize("text", [
    "The envoy met 11 Kenyan opposition officials, who are being held in Nairobi.",
    "The Kenyan opposition leader is currently being detained pending trial, his lawyer said.",
    "He said eight members of the Kenyan opposition were being detained in Mombasa on charges of sedition.",
])
def test_custody_going_on_is_no_arrest(nlp: Language, text: str) -> None:
    assert "17" not in _roots(nlp, text)


@pytest.mark.parametrize("text", [
    # the taking of hostages told on its day is coded (181), as the gold does
    "Ten Kenyan police officers are being held as hostages by the crowd.",
    # a custody with a day of its own is the arrest told as news
    "Kenyan opposition supporters were being detained in Nairobi on Friday, witnesses said.",
    "Kenyan police detained 150 opposition supporters in Nairobi on Friday.",
])
def test_arrests_and_hostages_stay(nlp: Language, text: str) -> None:
    assert _roots(nlp, text) & {"17", "18"}
