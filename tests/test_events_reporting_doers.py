"""The state that reports its own act in the passive: "the ministry said the envoy was summoned"."""

from __future__ import annotations

import pytest
from spacy.language import Language

from events_helpers import code

pytestmark = pytest.mark.model


@pytest.mark.parametrize(("text", "root", "doer", "patient"), [
    ("Chile's foreign ministry said the Peruvian ambassador was summoned over the border dispute.", "11", "CHL", "PER"),
    ("The Algerian government said the Moroccan ambassador was expelled on Tuesday.", "16", "DZA", "MAR"),
    ("Kenya's interior ministry said 40 Somali fishermen were released on Friday.", "08", "KEN", "SOM"),
])
def test_reporting_doers_the_speaker_did_it(nlp: Language, text: str, root: str, doer: str, patient: str) -> None:
    events = [e for e in code(nlp, text, "2016-11-03") if e.cameo.startswith(root)]
    assert any(e.source is not None and e.source.country == doer and e.target is not None
               and e.target.country == patient and e.rule.endswith("+reporting-state") for e in events), events


@pytest.mark.parametrize("text", [
    # violence: the speaker does not say who killed
    "The Nigerian army said 30 Chadian fighters were killed in the raid.",
    # done to the speaker's own side
    "The Chilean government said two Chilean officials were detained in Peru.",
    # announced for later
    "Chile's foreign ministry said the Peruvian ambassador would be summoned.",
    # not a state
    "Witnesses said the Peruvian ambassador was summoned to the ministry.",
    # an agent named
    "Chile's foreign ministry said the Peruvian ambassador was summoned by the president.",
])
def test_reporting_doers_not_the_speakers_act(nlp: Language, text: str) -> None:
    events = code(nlp, text, "2016-11-03")
    assert not any(e.rule.endswith("+reporting-state") for e in events), events
