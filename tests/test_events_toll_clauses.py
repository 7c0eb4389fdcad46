"""A killing clause is the toll of the attack in its "after"/"when" clause, unless that clause is
a second killing of victims of its own (events/tolls.py)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from events_helpers import code

pytestmark = pytest.mark.model


@pytest.mark.parametrize(("text", "doer"), [
    ("Malian soldiers killed the Malian president on Tuesday after a bomb killed the Malian army chief.", "MLI"),
    ("Somali militants killed two Kenyan police officers a day after Kenyan soldiers killed a Somali commander.",
     "SOM"),
])
def test_toll_clauses_a_second_killing_is_no_cause(nlp: Language, text: str, doer: str) -> None:
    events = [e for e in code(nlp, text, "2026-01-05") if e.cameo.startswith(("18", "19"))]
    assert len(events) == 2, events
    assert any(e.source is not None and e.source.country == doer and e.trigger_span[0] < 30 for e in events), events


def test_toll_clauses_the_toll_of_a_raid_stays_one_event(nlp: Language) -> None:
    text = "Gunmen killed four Kenyan police officers when they stormed a police station in Mandera."
    events = [e for e in code(nlp, text, "2026-01-05") if e.cameo.startswith(("18", "19"))]
    assert len(events) == 1, events
