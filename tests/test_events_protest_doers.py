"""Street protests aimed at no one (events/protest_doers.py): a party's is aimed at its government;
one by a state organ, a bare country or a person with no group is left out."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newsevents.events.protest_doers import split_stately_protests
from newsevents.extraction import extract
from newsevents.records import ActorRef, Event


def _events(nlp: Language, text: str) -> list[tuple[str | None, str, str | None]]:
    ex = extract(text, "2016-05-02", nlp=nlp)
    return [(e.source.code if e.source else None, e.cameo, e.target.code if e.target else None)
            for e in ex.events]


def _protest(source: ActorRef | None, target: ActorRef | None, cameo: str = "141") -> Event:
    return Event(date="2016-05-02", source=source, target=target, cameo=cameo, plover="PROTEST", goldstein=-6.5,
                 quad_class=3, sentence="x", span=(0, 1), trigger="x", rule="protest.demonstrate")


@pytest.mark.model
@pytest.mark.parametrize(("text", "source"), [
    ("Kenya's opposition ODM party held its first public rally in six years.", "KEN"),
    ("Zambia's ruling party staged a rally on Sunday.", "ZMB"),
])
def test_protest_doers_party_protest_is_aimed_at_its_government(nlp: Language, text: str, source: str) -> None:
    protests = [e for e in _events(nlp, text) if e[1].startswith("14")]
    assert protests and all(e[2] == source + "GOV" for e in protests)


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Guinean troops were protesting for a pay raise.",
    "Zambian soldiers protested over unpaid wages.",
])
def test_protest_doers_state_organ_protest_aimed_at_no_one_is_left_out(nlp: Language, text: str) -> None:
    assert not any(e[1].startswith("14") for e in _events(nlp, text))


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Thousands of Kenyans protested in Nairobi on Monday.",
    "Students in Lusaka marched against the Zambian government.",
])
def test_protest_doers_crowd_protest_stays(nlp: Language, text: str) -> None:
    assert any(e[1].startswith("14") for e in _events(nlp, text))


@pytest.mark.parametrize(("source", "target", "kept"), [
    (ActorRef("troops", "GNBMIL", "GNB", "MIL"), None, False),
    (ActorRef("Kenya", "KEN", "KEN", None), None, False),
    (ActorRef("Human Rights Watch", "NGOHRI", None, None), None, True),
    (ActorRef("students", "KENEDU", "KEN", "EDU"), None, True),
    (ActorRef("troops", "GNBMIL", "GNB", "MIL"), ActorRef("government", "GNBGOV", "GNB", "GOV"), True),
])
def test_protest_doers_split_keeps_crowds_and_targeted(source: ActorRef, target: ActorRef | None,
                                                       kept: bool) -> None:
    events, warnings = split_stately_protests([_protest(source, target)])
    assert (len(events) == 1) is kept
    assert (len(warnings) == 1) is not kept


def test_protest_doers_split_leaves_other_roots() -> None:
    event = _protest(ActorRef("Kenya", "KEN", "KEN", None), None, cameo="020")
    assert split_stately_protests([event]) == ([event], [])


@pytest.mark.model
@pytest.mark.parametrize(("text", "coded"), [
    ("The Kenyan opposition mobilized thousands of supporters for the rally.", False),
    ("Zambian opposition leaders used social media to mobilize and coordinate protesters.", False),
    ("Armenia mobilised its reservists against Azerbaijan.", True),
])
def test_protest_doers_mobilizing_people_is_no_show_of_force(nlp: Language, text: str, coded: bool) -> None:
    assert any(e[1] == "154" for e in _events(nlp, text)) is coded
