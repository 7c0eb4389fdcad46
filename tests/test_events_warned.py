"""Warnings of one's own response that name no one warned (events/warned.py). The sentences are
written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from events_helpers import code, country_triples

pytestmark = pytest.mark.model


def _threats(nlp: Language, text: str) -> set[tuple[str | None, str | None]]:
    return {(s, t) for s, t, c in country_triples(code(nlp, text)) if c[:2] == "13"}


@pytest.mark.parametrize("text, dyad", [
    ("Armenia warned that it would not tolerate attacks on Armenians in Azerbaijan.", ("ARM", "AZE")),
    ("Morocco warned that it would not stand by in the face of threats from Algeria.", ("MAR", "DZA")),
])
def test_warned_own_response_threatens_the_other_party(nlp: Language, text: str, dyad: tuple[str, str]) -> None:
    assert dyad in _threats(nlp, text)


@pytest.mark.parametrize("text", [
    # a forecast of what others or events will do is no threat
    "The Kenyan minister warned that the floods would reach Somalia.",
    # said of the past, no threat
    "Armenia warned that it had not tolerated attacks in Azerbaijan.",
])
def test_warned_forecasts_and_past_name_no_threat(nlp: Language, text: str) -> None:
    assert not _threats(nlp, text)
