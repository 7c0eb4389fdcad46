"""Who does an act decides its sense: relief workers, charities and firms that withdraw from a place
retreat from no one (0874 is a military retreat), and an armed group that blocks a road makes no protest
(144); armed men who withdraw, and crowds that block roads, stay coded."""

from __future__ import annotations

import pytest
from spacy.language import Language

from events_helpers import code

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text", [
    "Aid agencies withdrew from Somalia after the shooting on Monday.",
    "The Danish company pulled out of Myanmar last week.",
    "Humanitarian workers withdrew from Chad on Friday.",
])
def test_civilian_and_armed_senses_no_retreat(nlp: Language, text: str) -> None:
    events = code(nlp, text, "2020-01-01")
    assert not [e for e in events if e.cameo == "0874"], events


@pytest.mark.parametrize("text", [
    "Ethiopian troops withdrew from Somalia on Monday.",
    "The rebels withdrew from Mali on Sunday.",
])
def test_civilian_and_armed_senses_armed_men_still_retreat(nlp: Language, text: str) -> None:
    events = code(nlp, text, "2020-01-01")
    assert [e for e in events if e.cameo == "0874"], events


@pytest.mark.parametrize("text", [
    "Islamist militants blocked the main road to the town on Monday.",
    "Rebel fighters blockaded the highway north of the capital on Friday.",
])
def test_civilian_and_armed_senses_armed_road_block_is_no_protest(nlp: Language, text: str) -> None:
    events = code(nlp, text, "2020-01-01")
    assert not [e for e in events if e.cameo == "144"], events


def test_civilian_and_armed_senses_crowd_road_block_stays_a_protest(nlp: Language) -> None:
    events = code(nlp, "Kenyan farmers blocked the border crossing with Uganda on Monday.", "2020-01-01")
    assert [e for e in events if e.cameo == "144"], events
