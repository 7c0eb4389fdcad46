"""A reported clause that denies another's act any ground ("said the demands had no legal basis")
criticises its owner as "were baseless" does (events/groundless.py), also when it is the second
of two reported clauses. The sentences are written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from events_helpers import code
from newsevents.records import Event

pytestmark = pytest.mark.model


def _criticisms(events: list[Event]) -> set[tuple[str | None, str | None]]:
    def key(ref: object) -> str | None:
        return (getattr(ref, "country", None) or getattr(ref, "code", None)) if ref is not None else None
    return {(key(e.source), key(e.target)) for e in events if e.cameo == "111"}


@pytest.mark.parametrize(("text", "source", "target"), [
    ("The Venezuelan foreign minister said the Security Council's demands had no legal basis.", "VEN", "IGOUNO"),
    ("Cuba said the sanctions imposed by the United States had no legitimacy.", "CUB", "USA"),
    ("The Bolivian president said the Chilean claims did not have any basis.", "BOL", "CHL"),
    ("The Sudanese minister said Khartoum had a right to its oil, and that the Kenyan proposals had no basis.",
     "SDN", "KEN"),
])
def test_groundless_a_denied_ground_is_criticism_of_the_owner(
        nlp: Language, text: str, source: str, target: str) -> None:
    assert (source, target) in _criticisms(code(nlp, text))


@pytest.mark.parametrize("text", [
    "The Venezuelan foreign minister said the talks with Colombia had a solid basis.",
    "The Venezuelan foreign minister said he had no basis for the comparison.",  # a pronoun judges nothing named
    "The Venezuelan foreign minister said the Colombian proposals had no chance.",  # no ground noun
])
def test_groundless_other_clauses_of_having_are_no_criticism(nlp: Language, text: str) -> None:
    assert _criticisms(code(nlp, text)) == set()
