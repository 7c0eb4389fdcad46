"""Coordination on sentences written for these tests: verbs sharing one object, several objects
of one verb, and joint subjects, each coded as its own event."""

from __future__ import annotations

import pytest
from spacy.language import Language

from events_helpers import code, country_triples

pytestmark = pytest.mark.model


def roots(nlp: Language, text: str) -> set[tuple[str | None, str | None, str]]:
    return {(s, t, c[:2]) for s, t, c in country_triples(code(nlp, text))}


@pytest.mark.parametrize(("text", "expected"), [
    # the object written once, after the last verb, is the object of each verb
    ("Kenyan police arrested and beat dozens of protesters on Tuesday.", {("KEN", "KEN", "17"), ("KEN", "KEN", "18")}),
    ("Egypt condemned and rejected the Ethiopian plan.", {("EGY", "ETH", "11"), ("EGY", "ETH", "12")}),
    ("The Russian army shelled and then stormed the Ukrainian town of Bakhmut.",
     {("RUS", "UKR", "19")}),
    # one verb, two dated objects
    ("The French president met the German chancellor on Monday and the Italian prime minister on Tuesday.",
     {("FRA", "DEU", "04"), ("FRA", "ITA", "04")}),
    # already coded: several objects, joint subjects, an elided second subject
    ("Iran condemned Israel and the United States on Monday.", {("IRN", "ISR", "11"), ("IRN", "USA", "11")}),
    ("The Indian minister met the Kenyan and Ugandan envoys.", {("IND", "KEN", "04"), ("IND", "UGA", "04")}),
    ("Britain and France condemned the coup in Niger.", {("GBR", "NER", "11"), ("FRA", "NER", "11")}),
])
def test_events_coordination_codes_each_conjunct(nlp: Language, text: str,
                                                 expected: set[tuple[str | None, str | None, str]]) -> None:
    assert expected <= roots(nlp, text)


@pytest.mark.parametrize(("text", "verb"), [
    # a verb with a complement of its own does not share the later verb's object
    ("Students marched to parliament and attacked Kenyan police.", "march"),
    # nor does a verb with its own subject
    ("Police arrived and the Kenyan army shelled the village.", "arrive"),
])
def test_events_coordination_keeps_complemented_verbs_apart(nlp: Language, text: str, verb: str) -> None:
    from newsevents.events.frames import objects
    doc = nlp(text)
    tok = next(t for t in doc if t.lemma_ == verb)
    assert objects(tok) == []


@pytest.mark.parametrize(("text", "expected"), [
    # the agent written once, after the last passive participle, did each act
    ("Two Kenyan journalists were arrested and beaten by Ugandan police.",
     {("UGA", "KEN", "17"), ("UGA", "KEN", "18")}),
    ("The Kenyan activists were detained and later freed by Ugandan soldiers.", {("UGA", "KEN", "17")}),
])
def test_events_coordination_shares_the_passive_agent(nlp: Language, text: str,
                                                      expected: set[tuple[str | None, str | None, str]]) -> None:
    assert expected <= roots(nlp, text)
