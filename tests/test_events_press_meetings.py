"""A meeting or talk with the press is a briefing, not a consultation (events/commentary.py, the
meeting forms added in session 16). Sentences written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from events_helpers import code

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text", [
    "In a talk with reporters, the Chilean interior minister said the curfew would end soon.",
    "In a meeting with journalists on Friday, the Polish premier said the border would stay open.",
    "The Nigerian defence minister met with reporters in Abuja on Tuesday.",
    "The Thai prime minister held talks with foreign journalists in Bangkok.",
])
def test_press_meetings_a_meeting_with_the_press_is_no_consultation(nlp: Language, text: str) -> None:
    assert not [e for e in code(nlp, text) if e.cameo.startswith("04")]


@pytest.mark.parametrize(("text", "sides"), [
    ("The Nigerian defence minister met with Chadian officials in Abuja on Tuesday.", {"NGAGOV", "TCDGOV"}),
    ("The Thai prime minister held talks with the Cambodian premier in Bangkok.", {"THAGOV", "KHMGOV"}),
])
def test_press_meetings_meetings_of_officials_stay_consultations(
        nlp: Language, text: str, sides: set[str]) -> None:
    found = [e for e in code(nlp, text) if e.cameo == "040"]
    assert {e.source.code for e in found if e.source} == sides, found
