"""Acts told again (session 23): an attack a speaker retells in a clause of saying, by its toll,
under another name of the armed group or with no doer named is the attack already coded; a new
attack, an attack on another sector and a second town stay events.

Every sentence here is written for these tests.
"""

from __future__ import annotations

import dataclasses

import pytest
from spacy.language import Language

from newsevents.events.quoted_retellings import without_quoted_retellings
from newsevents.extraction import extract
from newsevents.records import ActorRef, Event

DATE = "2021-05-10"
LEAD = "Gunmen of the Lakeside Front attacked an army camp in eastern Chad on Sunday, killing six soldiers."


def _violent(extraction: object) -> list[Event]:
    return [e for e in extraction.events if e.cameo[:2] in ("18", "19", "20")]  # type: ignore[attr-defined]


def _event(source: str | None, target: str, cameo: str, start: int, sentence: str) -> Event:
    src = ActorRef(source, source, source[:3], source[3:] or None) if source else None
    return Event(date=None, source=src, target=ActorRef(target, target, target[:3], target[3:] or None),
                 cameo=cameo, plover=None, goldstein=None, quad_class=None, sentence=sentence,
                 span=(start, start + len(sentence)), trigger="t", rule="r", trigger_span=(start + 1, start + 2))


def _quoted(first: tuple[str | None, str, str], second: tuple[str | None, str, str]) -> int:
    """How many of two events stay when the second is told inside a quote after the first."""
    import spacy

    quote = '"They hit the camp at dawn," a soldier said.'
    text = f"{LEAD}\n\n{quote}"
    start = text.index('"')
    doc = spacy.blank("en").make_doc(text)
    events = [_event(*first, 0, LEAD), _event(*second, start, quote)]
    return len(without_quoted_retellings(doc, events))


@pytest.mark.parametrize(("first", "second", "kept"), [
    (("TCDREB", "TCDMIL", "190"), ("TCDINS", "TCDMIL", "190"), 1),  # the armed group named two ways
    (("TCDREB", "TCDMIL", "190"), ("TCDREB", "TCDMIL", "180"), 1),  # the attack told by its toll
    ((None, "TCDMIL", "190"), (None, "TCDMIL", "190"), 1),
    (("TCDREB", "TCDMIL", "190"), (None, "TCDMIL", "183"), 1),  # no doer named: the target decides
    (("TCDREB", "TCDMIL", "190"), ("TCDMIL", "TCDREB", "190"), 2),  # the army's answer: other sides
    (("TCDREB", "TCDMIL", "190"), ("TCDREB", "TCDREL", "190"), 2),  # another target sector
    (("TCDREB", "TCDMIL", "190"), ("TCDREB", "TCDMIL", "112"), 2),  # no violence
    (("TCDREB", "TCDMIL", "190"), ("TCDOPP", "TCDMIL", "190"), 2),  # an opposition party is no armed group
    (("TCDREB", "TCDMIL", "190"), (None, "NERMIL", "190"), 2),  # another country's army
])
def test_quoted_retelling_sides(first: tuple[str | None, str, str], second: tuple[str | None, str, str],
                                kept: int) -> None:
    assert _quoted(first, second) == kept


REPORT_LEAD = "Rebels attacked an army camp in eastern Chad on Sunday, killing six soldiers."


def _told_later(nlp: Language, later: str, act: str, second: tuple[str | None, str, str]) -> int:
    """How many of two events stay: the lead's attack, then ``act`` of sentence ``later`` (parsed)."""
    text = f"{REPORT_LEAD}\n\n{later}"
    doc = nlp(text)
    start = text.index(later)
    first = _event("TCDREB", "TCDMIL", "190", 0, REPORT_LEAD)
    event = dataclasses.replace(_event(*second, start, later),
                                trigger_span=(text.index(act, start), text.index(act, start) + len(act)))
    return len(without_quoted_retellings(doc, [first, event]))


@pytest.mark.model
@pytest.mark.parametrize(("later", "act", "kept"), [
    ("Two residents told reporters that dozens of rebels had stormed the camp before dawn.", "stormed", 1),
    ("The army said rebel fighters had shelled the camp for two hours.", "shelled", 1),
    ("The rebels stormed the camp before dawn, two residents said.", "stormed", 2),  # the wire's tag after
    ("Residents who saw rebels storm the camp fled to the town.", "storm", 2),  # no saying at all
    ("Residents said that the soldiers who stormed the camp were rebels.", "stormed", 2),  # a relative clause
    ("Officers said the rebels also stormed a police post.", "stormed", 2),  # a further act
])
def test_attack_told_in_a_clause_of_saying(nlp: Language, later: str, act: str, kept: int) -> None:
    assert _told_later(nlp, later, act, ("TCDREB", "TCDMIL", "190")) == kept


@pytest.mark.model
def test_attack_retold_by_its_toll_is_one(nlp: Language) -> None:
    text = f"{REPORT_LEAD}\n\nThe rebel group claimed the raid and said its fighters had killed eleven soldiers."
    assert len(_violent(extract(text, date=DATE, nlp=nlp))) == 1


@pytest.mark.model
@pytest.mark.parametrize("later", [
    "Army officers said the rebels also attacked another army camp on Monday.",  # a further attack
    "On Tuesday the rebels attacked a church in the same region.",  # another target
    "Residents said the rebels had taken control of the town.",  # taking ground: the attack's outcome
])
def test_a_further_act_stays(nlp: Language, later: str) -> None:
    text = f"{REPORT_LEAD}\n\nThe government has fought the rebels for a decade.\n\n{later}"
    assert len(_violent(extract(text, date=DATE, nlp=nlp))) == 2
