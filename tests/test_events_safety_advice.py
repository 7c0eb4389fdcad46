"""Safety advice to the public ("officials urged residents to stay indoors") is no political
appeal (020); calls on the public with a political sense, and stay-at-home calls made by a
contender or about a protest, still are."""

from __future__ import annotations

import pytest
from spacy.language import Language

from events_helpers import code

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text", [
    "Health officials in Lima urged residents with asthma to stay indoors until the smoke clears.",
    "Authorities in Manila asked residents along the coast to evacuate before the typhoon.",
    "The governor of Texas called on residents to seek shelter from the storm.",
    "Kenyan health officials urged citizens to wear masks on public transport.",
    "The ministry urged travellers to take precautions against the heat.",
])
def test_safety_advice_is_no_appeal(nlp: Language, text: str) -> None:
    events = code(nlp, text, "2020-01-01")
    assert not [e for e in events if e.cameo.startswith("02")], events


@pytest.mark.parametrize("text", [
    "The Kenyan president urged citizens to vote peacefully on Tuesday.",
    "The Zimbabwean opposition urged people to stay at home on Monday.",
    "The Nigerian union asked residents to stay indoors in protest against the fuel price.",
    "The UN urged the Sudanese government to evacuate the wounded.",
])
def test_safety_advice_political_calls_stay(nlp: Language, text: str) -> None:
    events = code(nlp, text, "2020-01-01")
    assert [e for e in events if e.cameo.startswith("02")], events
