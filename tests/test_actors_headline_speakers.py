"""Headline verbs glued onto person names, and speakers' countries taken from their own words.

- In a title-case line, a PERSON entity whose last word is a verb form ("Maria Meets", "Omondi
  Urges") loses that word, unless the body spells the word as a name too.
- A speaker's country never comes from a country named in what he says: a fronted quotation
  ("'...,' said X") or a participle of saying after him ("adding that ..."). An unquoted fronted
  report ("Troops shelled ..., the ministry said") is left to the sentence rules.

Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from newsevents.actors.headline_names import title_lines, verb_form
from newsevents.actors.speakers import said_chars
from newsevents.extraction import extract

LEMMAS = frozenset({"meet", "say", "urge", "visit", "call", "fly"})


@pytest.mark.parametrize(("word", "verb"), [
    ("Meets", True), ("Says", True), ("Urges", True), ("Visits", True), ("Flies", True), ("Meet", True),
    ("meets", False), ("Smith", False), ("Meetings", False), ("Jones", False),
])
def test_headline_names_verb_form(word: str, verb: bool) -> None:
    assert verb_form(word, LEMMAS) is verb


@pytest.mark.parametrize(("text", "lines"), [
    ("Premier Meets Envoy In Lagos\n\nThe premier met the envoy.", 1),
    ("The premier met the envoy in Lagos.\nHe said so.", 0),
    ("Talks Resume\n\nBody text here.", 1),
    ("A", 0),
])
def test_headline_names_title_lines(text: str, lines: int) -> None:
    assert len(title_lines(text)) == lines


@pytest.mark.model
@pytest.mark.parametrize(("text", "glued"), [
    ("Madeleine Meets With Japanese Foreign Minister\n\nU.S. Secretary of State Madeleine Albright held "
     "talks in Tokyo on Monday.", "Madeleine Meets With"),
    ("Condoleezza Urges Calm In Kenya\n\nU.S. Secretary of State Condoleezza Rice urged calm in Kenya.",
     "Condoleezza Urges Calm"),
])
def test_headline_names_trim_the_verb(text: str, glued: str, nlp: Language) -> None:
    ex = extract(text, "2011-05-02", nlp=nlp)
    assert glued not in [a.text for a in ex.actors]
    assert {a.country for a in ex.actors if a.kind == "person" and a.sector == "GOV"} >= {"USA"}


@pytest.mark.model
def test_headline_names_keep_a_surname_the_body_uses(nlp: Language) -> None:
    text = ("Nicholas Burns Visits Ankara\n\nUnder Secretary Nicholas Burns arrived in Turkey on Monday. "
            "Burns said the talks would be frank.")
    ex = extract(text, "2007-05-02", nlp=nlp)
    assert any(a.name == "Nicholas Burns" for a in ex.actors)


def _said_text(text: str, speaker: str, nlp: Language) -> str:
    doc = nlp(text)
    tok = next(t for t in doc if t.text == speaker)
    return " ".join(doc.text[a:b] for a, b in said_chars(doc, tok.i, tok.i + 1))


@pytest.mark.model
@pytest.mark.parametrize(("text", "speaker", "place"), [
    ('"The Bank of Venezuela has moved money for the militia," said Deputy Secretary Paul Ardeen.',
     "Ardeen", "Venezuela"),
    ('"Ministers in Bolivia have hidden the accounts," said Undersecretary Karen Doyle on Tuesday.',
     "Doyle", "Bolivia"),
    ("Officials met on Monday, said Undersecretary Karen Doyle, adding that Peru had hidden the accounts.",
     "Doyle", "Peru"),
    ("Undersecretary Karen Doyle said that Peru had hidden the accounts.", "Doyle", "Peru"),
])
def test_speakers_own_words_hold_the_place(text: str, speaker: str, place: str, nlp: Language) -> None:
    assert place in _said_text(text, speaker, nlp)


@pytest.mark.model
@pytest.mark.parametrize(("text", "speaker", "place"), [
    ('"The talks went well," said Venezuelan Deputy Minister Paul Ardeen.', "Ardeen", "Venezuelan"),
    ("Karen Doyle, the envoy to Peru, said the talks went well.", "Doyle", "Peru"),
    ("Troops shelled a village in Chad on Friday, the defence ministry said.", "ministry", "Chad"),
])
def test_speakers_own_phrase_is_not_his_words(text: str, speaker: str, place: str, nlp: Language) -> None:
    assert place not in _said_text(text, speaker, nlp)
