"""Next-sentence twins: an act retold in the next sentence is coded once, a second act of the
same code between the same countries is kept (events/retold_twins.py)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from events_helpers import code

pytestmark = pytest.mark.model


@pytest.mark.parametrize(("text", "cameo"), [
    # the same trigger word, no time, place or number of its own: one ban told twice
    ("Kenyan police banned further rallies in Nairobi on Monday. "
     "The Kenyan governor's order banned rallies in the park.", "1721"),
    # another word of the same code between the same sides by sector, in the same week
    ("Turkish police detained dozens of students in Istanbul this week. "
     "Turkish police arrested the students during a sit-in.", "173"),
])
def test_retold_twins_a_retelling_is_coded_once(nlp: Language, text: str, cameo: str) -> None:
    events = [e for e in code(nlp, text, "2026-01-05") if e.cameo == cameo]
    assert len(events) == 1, events


@pytest.mark.parametrize(("text", "cameo"), [
    # a date of its own
    ("Turkish police detained dozens of students in Istanbul on Monday. "
     "On Thursday, Turkish police arrested the students at a sit-in.", "173"),
    # a sequence word
    ("Turkish police detained dozens of students in Istanbul this week. "
     "Turkish police later arrested the students again.", "173"),
    # a place of its own
    ("Turkish police detained dozens of students in Istanbul on Monday. "
     "Turkish police arrested the students in Ankara.", "173"),
    ("Nigerian soldiers attacked Boko Haram camps in Borno state on Tuesday. "
     "Nigerian troops attacked Boko Haram camps in Yobe state.", "190"),
    # a toll of its own
    ("Nigerian soldiers attacked Boko Haram camps in Borno state on Tuesday. "
     "Nigerian troops attacked the camps, killing 30 fighters.", "190"),
])
def test_retold_twins_a_second_act_is_kept(nlp: Language, text: str, cameo: str) -> None:
    events = [e for e in code(nlp, text, "2026-01-05") if e.cameo == cameo]
    assert len(events) == 2, events


def test_retold_twins_another_word_between_other_sectors_is_another_act(nlp: Language) -> None:
    text = ("Sudanese troops attacked Sudanese rebel positions in the north on Friday. "
            "Last Wednesday, Sudanese troops fought the Sudanese rebels in the town of Kadugli.")
    triggers = {e.trigger for e in code(nlp, text, "2026-01-05") if e.cameo == "190"}
    assert triggers == {"attacked", "fought"}
