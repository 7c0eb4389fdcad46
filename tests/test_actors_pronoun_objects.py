"""A person pronoun does not stand for someone whose own country is the object of its verb
(newsevents.actors.pronoun_objects). Sentences written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from events_helpers import code


def _dyads(nlp: Language, text: str) -> set[tuple[str | None, str | None]]:
    return {(e.source.code if e.source else None, e.target.code if e.target else None) for e in code(nlp, text)}


@pytest.mark.model
@pytest.mark.parametrize(("text", "dyad"), [
    ("Ghanaian President Nana Akufo-Addo spoke with Nigerian President Bola Tinubu by phone. "
     "He thanked Ghana for its help.", ("NGAGOV", "GHA")),
    ("Kenyan President William Ruto spoke with Tanzanian President Samia Suluhu Hassan by phone. "
     "She thanked Kenya for its support.", ("TZAGOV", "KEN")),
])
def test_pronoun_objects_the_pronoun_is_the_other_leader(nlp: Language, text: str, dyad: tuple[str, str]) -> None:
    dyads = _dyads(nlp, text)
    assert dyad in dyads and (dyad[1] + "GOV", dyad[1]) not in dyads


@pytest.mark.model
def test_pronoun_objects_a_third_country_keeps_the_continued_subject(nlp: Language) -> None:
    text = ("Ghanaian President Nana Akufo-Addo spoke with Nigerian President Bola Tinubu by phone. "
            "He urged Togo to hold elections.")
    assert ("GHAGOV", "TGO") in _dyads(nlp, text)
