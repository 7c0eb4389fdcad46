"""'Demonstrated that/why ...' shows a fact and is no protest (newsevents.events.shown_facts).
Sentences written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from events_helpers import code


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Kenyan students demonstrated that the new fees were unpopular.",
    "The Ugandan rebels demonstrated why the peace talks were failing.",
    "Zambian opposition supporters demonstrated how angry they were with the ruling party.",
])
def test_shown_facts_a_clause_shown_is_no_protest(nlp: Language, text: str) -> None:
    assert not [e for e in code(nlp, text) if e.cameo[:2] == "14"]


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Thousands of Kenyans demonstrated against the government in Nairobi.",
    "Ugandan students demonstrated outside parliament on Monday.",
    "Zambian miners demonstrated against the decision that closed their mine.",
])
def test_shown_facts_street_protests_stay(nlp: Language, text: str) -> None:
    assert [e for e in code(nlp, text) if e.cameo == "141"]
