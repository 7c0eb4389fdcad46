"""Threats told by declining to exclude force (events/threat_options.py). The sentences are written
for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from events_helpers import code_dyads

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, dyad", [
    ("Turkey said it would not rule out military action against Armenia.", ("TUR", "ARM")),
    ("The Indian defence minister refused to rule out the use of force against Pakistan.", ("INDGOV", "PAK")),
    ("Egypt has not ruled out strikes on Ethiopia.", ("EGY", "ETH")),
])
def test_threat_options_unruled_force_threatens(nlp: Language, text: str, dyad: tuple[str, str]) -> None:
    dyads = code_dyads(nlp, text)
    assert (*dyad, "13") in dyads
    assert not any(r == "12" for _, _, r in dyads)  # the refusal to rule out is no refusal


@pytest.mark.parametrize("text", [
    # ruling force out is no threat
    "Turkey ruled out military action against Armenia.",
    # talks kept open are no threat
    "Turkey would not rule out talks with Armenia.",
    # "action" alone is not force
    "Turkey would not rule out action against Armenia.",
])
def test_threat_options_no_threat_without_force_kept_open(nlp: Language, text: str) -> None:
    assert not any(r == "13" for _, _, r in code_dyads(nlp, text))
