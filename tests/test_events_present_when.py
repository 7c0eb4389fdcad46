"""A present-tense "when" clause under a clause not in the past tells a habit or a time to come,
no event (newsevents.events.unreal: the parser hangs "when" on its clause as an adverb, not as
the mark the other time words are). Sentences written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from events_helpers import code


@pytest.mark.model
@pytest.mark.parametrize(("text", "root"), [
    ("The EU will impose sanctions when Russia attacks Ukraine.", "19"),
    ("The talks will resume when the rebels release the hostages.", "08"),
    ("Kenyan police routinely detain activists when they protest against the government.", "14"),
    ("We have seen strikes when nurses are dissatisfied with their pay.", "11"),
])
def test_present_when_a_habit_or_a_time_to_come_is_no_event(nlp: Language, text: str, root: str) -> None:
    assert not [e for e in code(nlp, text) if e.cameo.startswith(root)]


@pytest.mark.model
@pytest.mark.parametrize(("text", "root"), [
    ("Kenyan police fired tear gas when protesters stormed the parliament.", "14"),
    ("Kenyan police fired tear gas when protesters stormed the parliament.", "17"),
    ("Two Kenyan soldiers were killed when militants attacked their convoy.", "19"),
])
def test_present_when_a_past_when_clause_still_codes(nlp: Language, text: str, root: str) -> None:
    assert [e for e in code(nlp, text) if e.cameo.startswith(root)]
