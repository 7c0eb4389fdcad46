"""Acts whose doer the text does not identify: left out of the events and reported in a warning,
except attacks by weapons of unknown owners and doers named but not in the dictionaries."""

from __future__ import annotations

import pytest
from spacy.language import Language

from events_helpers import code
from newsevents.extraction import extract

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text", [
    "Seven Kenyan soldiers were wounded on Sunday.",
    "Two Malian soldiers were killed on Saturday, the army said.",
])
def test_events_an_act_with_no_doer_is_left_out_and_reported(nlp: Language, text: str) -> None:
    ex = extract(text, "2023-03-01", nlp=nlp)
    assert ex.events == []
    warnings = [w for w in ex.warnings if w.startswith("no doer named")]
    assert len(warnings) == 1 and text[:30] in warnings[0]


@pytest.mark.parametrize(("text", "target"), [
    ("A car bomb killed six soldiers outside a base in Kandahar on Monday.", "AFG"),
    ("Three policemen were killed by a roadside bomb near Kandahar.", "AFG"),
    ("Rockets hit two towns in northern Israel overnight.", "ISR"),
    ("Armed men killed 30 villagers in northern Nigeria on Sunday.", "NGA"),
])
def test_events_an_attack_by_unknown_attackers_keeps_a_null_source(nlp: Language, text: str, target: str) -> None:
    events = code(nlp, text)
    assert events
    assert all(e.source is None and e.target is not None and e.target.country == target for e in events)
    assert all(e.cameo[:2] in ("18", "19") for e in events)

def test_events_an_unknown_named_doer_keeps_its_act(nlp: Language) -> None:
    # the Front is in no dictionary, but the text names it as the doer: since session 15 the name
    # itself is an actor (a party, actors/named_orgs.py), with no country in a text of one sentence
    events = code(nlp, "The Blue Lantern Front staged a protest against the Kenyan government.")
    assert [(e.source.code if e.source else None, e.cameo) for e in events] == [("PTY", "141")]


def test_events_implied_police_still_code_an_agentless_arrest(nlp: Language) -> None:
    events = code(nlp, "Kenyan opposition leader Raila Odinga was arrested in Nairobi on Friday.")
    assert [(e.source.code if e.source else None, e.cameo) for e in events] == [("KENCOP", "173")]


@pytest.mark.parametrize("text", [
    "The war in Sudan has killed more than 15,000 people.",
    "A truce took hold in Gaza on Friday, ending 11 days of fighting that killed more than 200 Palestinians.",
    "Five Malian soldiers were killed in the violence near Gao.",
])
def test_events_a_conflicts_toll_is_no_act_of_anyone(nlp: Language, text: str) -> None:
    ex = extract(text, "2023-03-01", nlp=nlp)
    assert not any(e.cameo.startswith(("18", "20")) for e in ex.events)
    assert any(w.startswith("no doer named") for w in ex.warnings)


def test_events_clashes_between_named_sides_still_code(nlp: Language) -> None:
    events = code(nlp, "Clashes between Sudanese troops and RSF fighters killed 40 people in Darfur.")
    assert any(e.cameo.startswith("19") and e.source is not None for e in events)


@pytest.mark.parametrize("text", [
    "About thirty women held a protest outside the ministry in Kabul on Sunday.",
    "Mothers of the missing blocked a highway near Lima on Monday.",
    "They stormed the parliament in Colombo before dawn, a witness told reporters.",
])
def test_events_a_doer_named_by_no_name_is_left_out_and_reported(nlp: Language, text: str) -> None:
    # a common noun ("women", "mothers") or a pronoun with no named speaker identifies no one to code
    ex = extract(text, "2023-03-01", nlp=nlp)
    assert [e for e in ex.events if e.source is None] == []
    assert any(w.startswith("no doer named") for w in ex.warnings)


def test_events_a_pronoun_for_a_named_speaker_keeps_its_act(nlp: Language) -> None:
    # "it" is the Front the sentence names, which no dictionary lists: since session 15 the name
    # is a party of its own (actors/named_orgs.py), with no country in a text of one sentence
    events = code(nlp, "The Blue Lantern Front said it would boycott the Kenyan elections.")
    assert [(e.source.code if e.source else None, e.cameo[:2]) for e in events] == [("PTY", "13")]
