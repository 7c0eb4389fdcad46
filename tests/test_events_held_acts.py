"""Acts held by the possessor of a decision, plan or move: "Turkey's decision to recall ..."."""

from __future__ import annotations

import pytest
from spacy.language import Language

from events_helpers import code

pytestmark = pytest.mark.model


@pytest.mark.parametrize(("text", "source", "target"), [
    ("Chile's decision to recall its ambassador from Bolivia angered La Paz.", "CHL", "BOL"),
    ("Washington's move to impose sanctions on Cuba was condemned by Havana.", "USA", "CUB"),
    ("Senegal's offer to mediate between Mali and Niger was welcomed on Monday.", "SEN", "MLI"),
    ("A bid by Qatar to mediate between Sudan and Chad was welcomed on Monday.", "QAT", "SDN"),
])
def test_held_acts_the_possessor_does_the_act(nlp: Language, text: str, source: str, target: str) -> None:
    events = code(nlp, text, "2012-02-20")
    assert any(e.source is not None and e.source.country == source and e.target is not None
               and e.target.country == target for e in events), events


@pytest.mark.parametrize("text", [
    "Chile's refusal to recall its ambassador from Bolivia angered La Paz.",
    "Chile's call for Bolivia to recall its ambassador was ignored.",
])
def test_held_acts_refusals_and_requests_name_no_doer(nlp: Language, text: str) -> None:
    events = code(nlp, text, "2012-02-20")
    assert not any(e.source is not None and e.source.country == "CHL" and e.cameo[:2] in ("16", "13")
                   for e in events), events


@pytest.mark.parametrize(("text", "source", "target"), [
    ("Austria took the opportunity to criticize the Hungarian government.", "AUT", "HUN"),
    ("Chile used the occasion to urge the Bolivian government to reopen the border.", "CHL", "BOL"),
    ("The Zambian government took steps to expel the Malawian ambassador.", "ZMB", "MWI"),
])
def test_held_acts_who_takes_the_chance_does_the_act(nlp: Language, text: str, source: str, target: str) -> None:
    events = code(nlp, text, "2012-02-20")
    assert any(e.source is not None and e.source.country == source and e.target is not None
               and e.target.country == target for e in events), events


def test_held_acts_a_chance_only_had_is_no_act(nlp: Language) -> None:
    events = code(nlp, "Austria had the opportunity to criticize the Hungarian government.", "2012-02-20")
    assert not any(e.cameo.startswith("11") for e in events), events


def test_held_acts_a_chance_seized_in_a_figure_is_neither_seizure_nor_attack(nlp: Language) -> None:
    # moved here from test_events_senses.py: the taken chance now codes its act, the criticism
    events = code(nlp, "The Kenyan opposition seized the opportunity to attack the budget.", "2012-02-20")
    assert {e.cameo[:2] for e in events} == {"11"}, events
