"""Acts aimed at no one, session 21: a bare intent to cooperate (030) and protests (14) with no
target are left out of the events and reported, as the other acts done to someone are
(:mod:`newsevents.events.aimless`); with a target named they stay, and comments, offers of aid,
appeals and rejections with no target stay as before.

Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from events_helpers import code_dyads, coded
from newsevents.events.aimless import needs_target
from newsevents.extraction import extract
from newsevents.records import ActorRef, Event


def _event(cameo: str, rule: str = "x.y") -> Event:
    return Event(date=None, source=ActorRef("Peru", "PERGOV", "PER"), target=None, cameo=cameo, plover=None,
                 goldstein=None, quad_class=None, sentence="s", span=(0, 1), trigger="t", rule=rule)


@pytest.mark.parametrize(("cameo", "needed"), [
    ("030", True),  # "agreed to keep the crossing open"
    ("141", True),  # a march no one is named as facing
    ("144", True),  # "occupied the buildings"
    ("0333", False),  # "offered $800 million in aid": the gold codes it with no recipient
    ("036", False),  # an intent to meet names what is pledged
    ("016", False),  # "denies Western claims": comments stay
    ("018", False),
    ("055", False),  # an apology stays
    ("020", False),  # "appealed for calm"
    ("120", False),  # rejections stay (our own gold's type floor)
    ("150", False),  # a missile test
])
def test_needs_target_for_bare_intents_and_protests(cameo: str, needed: bool) -> None:
    assert needs_target(_event(cameo)) is needed


def test_a_users_dictionary_still_codes_an_untargeted_intent() -> None:
    assert not needs_target(_event("030", "dictionary:verbs.txt:7"))


@pytest.mark.model
@pytest.mark.parametrize(("text", "cameo"), [
    ("Ecuador agreed to keep the border crossing open until March.", "030"),
    ("Hundreds of students occupied the university buildings in protest.", "144"),
])
def test_untargeted_intent_or_protest_is_a_warning(nlp: Language, text: str, cameo: str) -> None:
    ex = extract(text, date="2019-05-02", nlp=nlp)
    assert not [e for e in ex.events if e.cameo == cameo]
    assert any(w.startswith("no target named") and cameo in w for w in ex.warnings)
    assert [e.cameo for e in coded(nlp, text)] == [cameo]  # the coder's own events still hold it


@pytest.mark.model
@pytest.mark.parametrize(("text", "dyad"), [
    ("The Bolivian interior minister dismissed the accusations made by Peru.", ("BOLGOV", "PER", "01")),
    ("The Norwegian foreign minister conveyed his condolences to the Turkish president.",
     ("NORGOV", "TURGOV", "01")),
    ("Ecuador agreed with Peru to keep the border crossing open.", ("ECU", "PER", "03")),
    ("The Bolivian interior minister dismissed the accusations on Monday.", ("BOLGOV", None, "01")),
    ("Japan offered forty million dollars in aid.", ("JPN", None, "03")),
    ("Thousands of Chileans marched through Santiago on Sunday to protest the pension law.",
     ("CHLCVL", "CHL", "14")),
    ("The Ugandan opposition rejected the results of the vote.", ("UGAOPP", "UGAGOV", "12")),
    ("The Pope appealed for calm.", ("VATREL", None, "02")),
])
def test_near_misses_keep_their_event(nlp: Language, text: str, dyad: tuple[str, str | None, str]) -> None:
    assert dyad in code_dyads(nlp, text)
