"""Session 15 restraints for features, blog posts and roundups (events/commentary.py): the story's
country is no guess for a crowd in a sentence about another country, an interview is no
consultation, and honouring a journalist is no diplomatic recognition."""

from __future__ import annotations

import pytest
from spacy.language import Language

from events_helpers import code

pytestmark = pytest.mark.model

DATE = "2010-06-14"
STORY = ("Egyptian police detained three bloggers in Cairo on Monday. Egyptian officials said the "
         "bloggers had insulted the president. Egypt's interior ministry declined to comment. ")


def _dyads(events: list, root: str) -> set[tuple[str | None, str | None]]:
    return {(e.source.code if e.source else None, e.target.code if e.target else None)
            for e in events if e.cameo.startswith(root)}


@pytest.mark.parametrize("text", [
    "The jailing of six Libyan students months after organizing a sit-in at a campus led activists to start "
    "an online petition.",
    "The sentencing of four Tunisian workers weeks after organizing a sit-in at a factory led bloggers to "
    "start a campaign.",
])
def test_commentary_other_country_crowd_is_not_the_story_country(nlp: Language, text: str) -> None:
    events = code(nlp, STORY + text, DATE)
    assert not any(s is not None and s.startswith("EGY") for s, _ in _dyads(events, "14")), events


@pytest.mark.parametrize("text", [
    "Protests erupted in several towns on Tuesday.",
    "Hundreds of protesters marched against the detentions on Tuesday.",
])
def test_commentary_story_country_crowd_is_kept(nlp: Language, text: str) -> None:
    events = code(nlp, STORY + text, DATE)
    assert any(s == "EGYCVL" for s, _ in _dyads(events, "14")), events


@pytest.mark.parametrize("text", [
    "The Kenyan foreign minister spoke with Al Jazeera in Nairobi on Monday.",
    "The Ugandan opposition leader talked to the BBC on Friday.",
])
def test_commentary_interview_is_no_consultation(nlp: Language, text: str) -> None:
    assert not _dyads(code(nlp, text, DATE), "04")


@pytest.mark.parametrize(("text", "source", "target"), [
    ("The Chilean president spoke with the Peruvian president in Lima on Tuesday.", "CHLGOV", "PERGOV"),
    ("The Kenyan president talked to the Ugandan president on Friday.", "KENGOV", "UGAGOV"),
])
def test_commentary_talks_between_officials_are_kept(nlp: Language, text: str, source: str, target: str) -> None:
    assert (source, target) in _dyads(code(nlp, text, DATE), "04")


@pytest.mark.parametrize("text", [
    "President Obama recognized Egyptian blogger Wael Abbas at the White House on Monday.",
    "The Tunisian minister recognized the country's farmers on Sunday.",
])
def test_commentary_honouring_is_no_recognition(nlp: Language, text: str) -> None:
    assert not _dyads(code(nlp, text, DATE), "054")


@pytest.mark.parametrize(("text", "source", "target"), [
    ("The French government recognised the Syrian National Coalition on Tuesday.", "FRAGOV", "SYRPTY"),
    ("Honduras recognised Beijing and cut ties with Taipei on Sunday.", "HND", "CHNGOV"),
])
def test_commentary_state_recognition_is_kept(nlp: Language, text: str, source: str, target: str) -> None:
    assert (source, target) in _dyads(code(nlp, text, DATE), "054")
