"""Responses announced as forceful (events/responses.py). The sentences are written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from events_helpers import code_dyads

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, dyad", [
    ("Egypt said it would respond decisively to any Ethiopian attack.", ("EGY", "ETH")),
    ("The Indian army vowed to respond forcefully to any Pakistani provocation.", ("INDMIL", "PAK")),
    ("Greece will respond with force to any Turkish incursion.", ("GRC", "TUR")),
])
def test_responses_forceful_response_announced_threatens(nlp: Language, text: str, dyad: tuple[str, str]) -> None:
    assert (*dyad, "13") in code_dyads(nlp, text)


@pytest.mark.parametrize("text", [
    # said of the past: no threat
    "Egypt responded decisively to the Ethiopian attack.",
    # not forceful: no threat
    "The Kenyan ministry will respond to the letter from Uganda.",
])
def test_responses_past_or_plain_response_is_no_threat(nlp: Language, text: str) -> None:
    assert not any(r == "13" for _, _, r in code_dyads(nlp, text))
