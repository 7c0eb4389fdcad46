"""The doer of an arrest told with no agent (session 29, helper doer29; events/story_forces.py).

- The force the story has named raiding or arresting just before is the doer: an occupying army,
  another country's border guards, rebels, a junta's soldiers (not the police of the place).
- Two forces of different countries just before, or another country's force acting elsewhere in
  the story, leave the arrest with no doer (it is left out): no guess of the place's police.
- Near misses: a story with no other force keeps the place's police; a force named only as the one
  attacked, or only speaking, is no doer; an arrest with its own "by" agent keeps it.

Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from helpers import event_rules

DATE = "2024-05-06"


def _arrests(nlp: Language, text: str) -> set[tuple[str | None, str | None, str]]:
    return {(s, t, c) for s, t, c, _ in event_rules(text, nlp, DATE) if c == "173"}


def _guessed(nlp: Language, text: str) -> set[tuple[str | None, str | None, str]]:
    """The arrests whose doer the coder supplied: the story's force or the implied police."""
    return {(s, t, c) for s, t, c, rule in event_rules(text, nlp, DATE)
            if c == "173" and ("+story-force" in rule or "+implied-police" in rule)}


def _arrest_doers(nlp: Language, text: str) -> set[str | None]:
    return {s for s, _, _ in _arrests(nlp, text)}


NAMED_FORCE = [
    # an occupying army named in the sentence before
    ("Israeli troops raided a refugee camp near Nablus before dawn on Tuesday.\n\n"
     "Eleven Palestinian activists were detained in the raid, a local official said.", "ISRMIL"),
    # two sentences before, across a sentence about something else
    ("Russian soldiers stormed a school in occupied Melitopol on Friday. The town has been held since 2022. "
     "Four Ukrainian teachers were arrested, their union said.", "RUSMIL"),
    # another country's border guards, not the police of the travellers' country
    ("Turkish border guards detained six Syrian men near Kilis on Sunday. "
     "They were arrested as they tried to cross the frontier, the governor said.", "TURCOP"),
    # a junta's soldiers, not its police
    ("Myanmar soldiers entered a village in Magway region on Monday. "
     "About twenty villagers were arrested and questioned, residents said.", "MMRMIL"),
]


@pytest.mark.parametrize(("text", "doer"), NAMED_FORCE)
def test_doer29_the_force_named_before_is_the_doer(nlp: Language, text: str, doer: str) -> None:
    doers = _arrest_doers(nlp, text)
    assert doer in doers
    assert not any(d and d.endswith("COP") and d != doer for d in doers)


def test_doer29_two_forces_before_leave_no_doer(nlp: Language) -> None:
    text = ("Israeli troops raided the camp on Monday while Palestinian police detained two men in Jenin. "
            "Five more people were arrested in the area, witnesses said.")
    assert not _guessed(nlp, text)


def test_doer29_another_countrys_force_in_the_story_blocks_the_guess(nlp: Language) -> None:
    text = ("Palestinian officials said dozens of people were arrested in Hebron overnight.\n\n"
            "The army said Israeli forces had raided the homes of several activists.")
    doers = _arrest_doers(nlp, text)
    assert "PSECOP" not in doers
    assert "PSEGOV" not in doers


KEEPS_POLICE = [
    # no other force in the story: the place's own police
    ("Kenyan opposition activists were arrested in Nairobi on Monday after a rally.", "KENCOP"),
    # the country's own police named before: still its police
    ("Ugandan police fired tear gas at marchers in Kampala on Tuesday. "
     "Several protesters were arrested near parliament.", "UGACOP"),
]


@pytest.mark.parametrize(("text", "doer"), KEEPS_POLICE)
def test_doer29_with_no_other_force_the_police_of_the_place(nlp: Language, text: str, doer: str) -> None:
    assert doer in _arrest_doers(nlp, text)


def test_doer29_a_force_only_attacked_is_no_doer(nlp: Language) -> None:
    # the soldiers are the ones attacked, and the police only speak: no raid or arrest of theirs
    text = ("Gunmen attacked Nigerian soldiers near Maiduguri on Sunday, the police said. "
            "Three suspects were later arrested in the city.")
    assert "NGAMIL" not in _arrest_doers(nlp, text)


def test_doer29_a_by_agent_keeps_its_doer(nlp: Language) -> None:
    text = ("Israeli troops raided a village near Jenin on Monday. "
            "Two Palestinian men were detained by Palestinian police in Ramallah the same day.")
    assert _arrest_doers(nlp, text) == {"PSECOP"}
