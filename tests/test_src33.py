"""A definite document repeated more than once speaks for the body the first mention's story names
(events/issuers.py, session 33): "The Council voted ... The resolution, drafted by X, accuses Y ...
The resolution urges Y ...": the second "the resolution" is the first one, whose issuer is the body
that voted, not the drafter and not no one."""

from __future__ import annotations

import pytest
from spacy.language import Language

from events_helpers import code, code_dyads, country_triples
from newsevents.events.frames import subject


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "The Security Council voted on Monday to impose an arms embargo on Sudan. The resolution, written by "
    "Norway, accuses Sudan of arming militias. The resolution urges Sudan to disarm the militias.",
    "The Security Council voted on Monday to impose an arms embargo on Sudan. The resolution accuses Sudan "
    "of arming militias. The resolution also urges Sudan to disarm the militias.",
])
def test_src33_a_repeated_resolution_speaks_for_the_body_that_voted(nlp: Language, text: str) -> None:
    assert ("IGOUNO", "SDN", "02") in code_dyads(nlp, text)


@pytest.mark.model
@pytest.mark.parametrize("text", [
    # no body voted: the repeated resolution speaks for no one
    "Talks on the embargo went on for weeks. The resolution, written by diplomats, accuses Sudan of arming "
    "militias. The resolution urges Sudan to disarm the militias.",
    # the first is a settling, no document: nothing to repeat
    "The Security Council voted on Monday. The resolution of the dispute took years. The resolution urges "
    "Sudan to disarm the militias.",
])
def test_src33_a_repeated_resolution_near_misses(nlp: Language, text: str) -> None:
    assert not any(s == "IGOUNO" and root == "02" for s, _, root in code_dyads(nlp, text))



@pytest.mark.model
@pytest.mark.parametrize("text", [
    # the subject hung on the opening phrase's place as an apposition
    "At a campaign rally in Lagos, former Nigerian President Olusegun Obasanjo, who had long kept out of "
    "politics, appeared to be backing President Goodluck Jonathan's bid.",
])
def test_src33_a_subject_apposed_to_a_fronted_place(nlp: Language, text: str) -> None:
    assert ("NGA", "NGA", "051") in country_triples(code(nlp, text))


@pytest.mark.model
def test_src33_a_fronted_place_then_an_apposed_minister(nlp: Language) -> None:
    text = ("At a news conference in Abuja, Nigeria's foreign minister, who had just returned from Accra, "
            "appeared to criticize Ghana.")
    assert _subject_of(nlp, text, "appeared") == "minister"


def _subject_of(nlp: Language, text: str, word: str) -> str | None:
    doc = nlp(text)
    found = subject(next(t for t in doc if t.lower_ == word))
    return found.text if found is not None else None


@pytest.mark.model
@pytest.mark.parametrize(("text", "word", "expected"), [
    # the apposition heads a list: no one subject to take
    ("At a rally in Lagos, the largest city, supporters of the president praised his record.", "praised",
     None),
    # the verb has a subject of its own: the place's apposition stays the place's
    ("At a rally in Lagos, the largest city, the president praised his record.", "praised", "president"),
    # the apposition does not close the opening phrase right before the verb
    ("At a rally in Lagos, the largest city, on Monday appeared to be a success.", "appeared", None),
])
def test_src33_fronted_place_near_misses(nlp: Language, text: str, word: str, expected: str | None) -> None:
    assert _subject_of(nlp, text, word) == expected
