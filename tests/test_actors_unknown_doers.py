"""Unidentified doers get no side and no country (newsevents.actors.unknown_doers).
Sentences written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from events_helpers import code
from newsevents.actors.coding import Coded
from newsevents.actors.unknown_doers import unknown_doer


def _sources(nlp: Language, text: str) -> set[str | None]:
    return {e.source.code if e.source else None for e in code(nlp, text)}


@pytest.mark.parametrize(("words", "coded", "expected"), [
    (["unidentified", "gunmen"], Coded("PAKREB", "PAK", "REB", "group", "context-country"), "UAF"),
    (["unknown", "militants"], Coded("INS", None, "INS", "group", "role"), "UAF"),
    (["an", "unnamed", "gunman"], Coded("REB", None, "REB", "title", "title"), "UAF"),
    (["unidentified", "taliban", "fighters"], Coded("AFGINS", "AFG", "INS", "group", "org"), None),
    (["unidentified", "soldiers"], Coded("MIL", None, "MIL", "group", "role"), None),
    (["gunmen"], Coded("PAKREB", "PAK", "REB", "group", "context-country"), None),
])
def test_unknown_doers_code(words: list[str], coded: Coded, expected: str | None) -> None:
    recoded = unknown_doer(words, coded)
    assert (recoded.code if recoded else None) == expected
    assert recoded is None or recoded.country is None


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Unidentified gunmen killed four police officers in Peshawar on Friday.",
    "Unknown gunmen opened fire on a bus near Maiduguri, killing six passengers.",
    "Pakistani troops raided a village near Peshawar on Monday. Unidentified militants later killed two "
    "policemen in the city.",
])
def test_unknown_doers_have_no_country(nlp: Language, text: str) -> None:
    sources = _sources(nlp, text) - {None}
    assert "UAF" in sources
    assert not any(s.endswith(("REB", "INS")) and len(s) > 3 for s in sources if s.startswith(("PAK", "NGA", "COD")))
