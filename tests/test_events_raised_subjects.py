"""Doers raised to the subject of a passive report verb: "troops are reported to have attacked"."""

from __future__ import annotations

import pytest
from spacy.language import Language

from events_helpers import code

pytestmark = pytest.mark.model


@pytest.mark.parametrize(("text", "root", "source", "target"), [
    ("Eritrean troops are reported to have attacked Ethiopian positions near the border.", "19", "ERI", "ETH"),
    ("The Libyan prime minister is said to have met Tunisian officials in Tunis.", "04", "LBY", "TUN"),
    ("The Rwandan army is believed to have shelled the Congolese town overnight.", "19", "RWA", "COD"),
    ("The Rwandan army is said by Burundi to have shelled the Congolese town overnight.", "19", "RWA", "COD"),
])
def test_raised_subjects_the_raised_subject_does_the_act(nlp: Language, text: str, root: str,
                                                         source: str, target: str) -> None:
    events = [e for e in code(nlp, text, "2010-04-12") if e.cameo.startswith(root)]
    assert any(e.source is not None and e.source.country == source and e.target is not None
               and e.target.country == target for e in events), events
    assert not any(e.source is not None and e.source.country == "BDI" for e in events), events


@pytest.mark.parametrize("text", [
    "The Rwandan army is expected to shell the Congolese town.",
    "The Rwandan army is known to have links with Congolese rebels.",
])
def test_raised_subjects_forecasts_and_knowledge_are_no_acts(nlp: Language, text: str) -> None:
    events = code(nlp, text, "2010-04-12")
    assert not any(e.cameo[:2] in ("19", "13") and e.source is not None and e.source.country == "RWA"
                   for e in events), events
