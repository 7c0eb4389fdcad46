"""Passive joint acts whose only named sides are one plural agent "from" several places
(newsevents.events.meeting_sides). Sentences written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from events_helpers import code


def _talks(nlp: Language, text: str) -> set[tuple[str | None, str | None]]:
    return {(e.source.code if e.source else None, e.target.code if e.target else None)
            for e in code(nlp, text) if e.cameo.startswith("04")}


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Talks on the future of the disputed region are being undertaken by diplomats from France, Italy and Japan.",
    "The talks were led by envoys from Norway and Sweden.",
    "Negotiations on the border are conducted by officials from Chile, Peru and Brazil.",
    "Analysts say that three weeks of talks will be undertaken by diplomats from Spain, Canada and Mexico.",
])
def test_meeting_sides_one_agent_party_is_no_pair(nlp: Language, text: str) -> None:
    assert not _talks(nlp, text)


@pytest.mark.model
@pytest.mark.parametrize(("text", "dyad"), [
    ("Talks were held by Israel and Hamas in Cairo.", ("ISR", "PSEINS")),
    ("Diplomats from France and Italy held talks with Kosovo leaders on Monday.", ("FRAGOV", "XKXGOV")),
])
def test_meeting_sides_sides_outside_one_agent_stay(nlp: Language, text: str, dyad: tuple[str, str]) -> None:
    assert dyad in _talks(nlp, text)
