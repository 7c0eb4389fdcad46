"""Consultations with no partner and the partners of meetings (session 12, meet12). Sentences
written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from events_helpers import code
from newsevents.events.partnerless import needs_partner


def _roots(nlp: Language, text: str, root: str) -> list[tuple[str | None, str | None, str]]:
    return [(e.source.code if e.source else None, e.target.code if e.target else None, e.cameo)
            for e in code(nlp, text) if e.cameo.startswith(root)]


@pytest.mark.parametrize(("cameo", "needs"), [
    ("040", True), ("042", True), ("046", True), ("045", False), ("036", False), ("057", False), ("-", False),
])
def test_partnerless_consultations_need_a_partner(cameo: str, needs: bool) -> None:
    assert needs_partner(cameo) is needs


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Negotiators from the Malian government are due to meet next week to prepare new talks.",
    "The Nigerian rebels plan to hold a conference in March.",
])
def test_partnerless_intent_to_meet_alone_codes_nothing(nlp: Language, text: str) -> None:
    assert not [t for t in _roots(nlp, text, "03") if t[1] is None]
    assert not [t for t in _roots(nlp, text, "04") if t[1] is None]


@pytest.mark.model
@pytest.mark.parametrize(("text", "root"), [
    ("The Peruvian president will meet the Chilean president next week.", "03"),
    ("The Peruvian president met the Chilean president on Monday.", "04"),
])
def test_partnerless_meetings_with_a_partner_still_code(nlp: Language, text: str, root: str) -> None:
    assert [t for t in _roots(nlp, text, root) if t[1] is not None]
