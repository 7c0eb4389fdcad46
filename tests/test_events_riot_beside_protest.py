"""A riot or a storming told beside the protest it broke out of is two events, the protest and the
riot; a protest told again after a protest stays one (newsevents.events.accompanying). Sentences
written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from events_helpers import code


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "A crowd stormed the parliament in Nairobi during a protest over fuel prices.",
    "Kenyan protesters clashed with police during a march against the government.",
])
def test_riot_beside_protest_both_are_coded(nlp: Language, text: str) -> None:
    codes = {e.cameo for e in code(nlp, text)}
    assert {"145", "141"} <= codes


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Kenyan students marched through Nairobi on Monday. The protests continued on Tuesday.",
    "Kenyan opposition supporters fought riot police in Nairobi, charging toward parliament throwing stones.",
])
def test_riot_beside_protest_a_protest_told_again_stays_one(nlp: Language, text: str) -> None:
    assert len([e for e in code(nlp, text) if e.cameo.startswith("14")]) == 1
