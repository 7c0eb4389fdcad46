"""The curly apostrophe of a plural possessive is read as a straight one before parsing
(newsevents.nlp.apostrophes). Sentences written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from events_helpers import code
from newsevents.nlp.apostrophes import straight_possessives


@pytest.mark.parametrize(("text", "expected"), [
    ("the ministers’ plan", "the ministers' plan"),
    ("Kenya’s president and the voters’ anger", "Kenya’s president and the voters' anger"),
    ("The workers’ union said so.", "The workers' union said so."),
])
def test_apostrophes_plural_possessives_become_straight(text: str, expected: str) -> None:
    out = straight_possessives(text)
    assert out == expected
    assert len(out) == len(text)


@pytest.mark.parametrize("text", [
    "the so-called ‘Friends’ group met",  # a closing quotation mark
    "Kenya’s minister blamed ‘thugs’ who burned shops",  # "’s" before it closes no quotation (review)
    "he didn’t call them ‘rebels’ at all",
    "Kenya’s president spoke",  # "’s" parses already
    "they said ‘no more taxes’\nand left",  # a quote ending a line
    "no apostrophe at all",
])
def test_apostrophes_other_curly_marks_stay(text: str) -> None:
    assert straight_possessives(text) == text


@pytest.mark.model
@pytest.mark.parametrize(("text", "target"), [
    ("Kenyan teachers began speaking out against lawmakers’ inaction under a new hashtag.", ("KENLEG", "111")),
    ("Ghanaian farmers condemned the ministers’ plan.", ("GOV", "111")),
])
def test_apostrophes_possessor_is_the_target(nlp: Language, text: str, target: tuple[str, str]) -> None:
    assert target in {(e.target.code if e.target else None, e.cameo) for e in code(nlp, text)}
