"""Force held ready threatens (events/force_readiness.py). The sentences are written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from events_helpers import code_dyads

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, dyad", [
    ("North Korea said it was ready to use nuclear weapons against the United States.", ("PRK", "USA")),
    ("China said it was prepared to take military action against Taiwan.", ("CHN", "TWN")),
    ("The Israeli prime minister said Israel would not hesitate to use force against Hamas.", ("ISR", "PSEINS")),
])
def test_force_readiness_threatens_target(nlp: Language, text: str, dyad: tuple[str, str]) -> None:
    dyads = code_dyads(nlp, text)
    assert (*dyad, "13") in dyads
    assert not any(r == "03" for _, _, r in dyads)


@pytest.mark.parametrize("text", [
    "Tajikistan is ready to help its neighbours rebuild the dam.",
    "Egypt said it was ready to use all diplomatic means to resolve the dispute with Ethiopia.",
])
def test_force_readiness_readiness_to_cooperate_is_no_threat(nlp: Language, text: str) -> None:
    assert not any(r == "13" for _, _, r in code_dyads(nlp, text))
