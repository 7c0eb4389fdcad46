"""One act of one country's crowd told with several coordinated doers is one event (events/one_crowd.py)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newsevents.events.one_crowd import one_crowd
from newsevents.extraction import extract
from newsevents.records import ActorRef, Event


def _event(source: ActorRef, target: ActorRef | None, span: tuple[int, int] = (10, 15), cameo: str = "1041") -> Event:
    return Event(date="2016-05-02", source=source, target=target, cameo=cameo, plover="REQUEST", goldstein=-5.0,
                 quad_class=3, sentence="x", span=span, trigger="calls", rule="appeal.appeal_noun")


GOV = ActorRef("government", "KENGOV", "KEN", "GOV")
STUDENTS = ActorRef("students", "KENEDU", "KEN", "EDU")
FAMILIES = ActorRef("families", "KENCVL", "KEN", "CVL")
DOCTORS = ActorRef("doctors", "KENHLH", "KEN", "HLH")
UGANDANS = ActorRef("Ugandan students", "UGAEDU", "UGA", "EDU")
MINISTRY = ActorRef("ministry", "KENGOV", "KEN", "GOV")


@pytest.mark.parametrize(("sources", "kept"), [
    ([STUDENTS, FAMILIES, DOCTORS], 1),  # one crowd of one country
    ([STUDENTS, UGANDANS], 2),  # two countries
    ([MINISTRY, STUDENTS], 2),  # a state organ is no crowd
])
def test_one_crowd_keeps_one_event_per_country(sources: list[ActorRef], kept: int) -> None:
    assert len(one_crowd([_event(s, GOV) for s in sources])) == kept


def test_one_crowd_keeps_acts_of_two_triggers() -> None:
    events = [_event(STUDENTS, GOV, span=(10, 15)), _event(FAMILIES, GOV, span=(40, 45))]
    assert one_crowd(events) == events


def test_one_crowd_keeps_the_first_doer() -> None:
    events = [_event(STUDENTS, GOV), _event(FAMILIES, GOV)]
    assert one_crowd(events) == events[:1]


@pytest.mark.model
def test_one_crowd_coordinated_call_codes_once(nlp: Language) -> None:
    text = "Students, farmers and doctors in Kenya are joining calls for President Kenyatta to step down."
    calls = [e for e in extract(text, "2016-05-02", nlp=nlp).events if e.cameo.startswith("10")]
    assert len(calls) == 1
