"""A protest dated by a time of day ("last night's protests") is a protest of the story's days, as one
dated by a day is (events/anchors.py, session 33); a protest named as a topic stays uncoded. Sentences
written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from events_helpers import code

pytestmark = pytest.mark.model


def _dyads(nlp: Language, text: str) -> list[tuple[str | None, str | None, str]]:
    return [(e.source.code if e.source else None, e.target.code if e.target else None, e.cameo)
            for e in code(nlp, text)]


def test_lic33_protest_dated_by_a_time_of_day(nlp: Language) -> None:
    found = _dyads(nlp, "Kenyan bloggers posted photos of last night's student protests against police brutality.")
    assert any(c[:2] == "14" for _, _, c in found), found


@pytest.mark.parametrize("text", [
    "A Kenyan blogger wrote about a history of student protests against police brutality.",  # a topic
    "A Kenyan blogger wrote about the threat of rain at last night's concert.",  # no protest at all
    "Police in Nairobi braced for tonight's student protests.",  # a time of day still to come
])
def test_lic33_protest_topics_stay_uncoded(nlp: Language, text: str) -> None:
    found = _dyads(nlp, text)
    assert not any(c[:2] == "14" for _, _, c in found), found
