"""A demonym that names a language ("English-language media", "the French language press") names
no country: the media it qualifies keep the story's country, and the language adds no second
country that would leave the story's people without one. Near-misses: a demonym before other
nouns still names its country, and "-speaking" keeps its own origin reading.

Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from newsevents.actors.lexicon import lexicon
from newsevents.extraction import extract


def _countries(text: str) -> list[str]:
    tokens = text.split()
    return [m.entries[0].code for m in lexicon().matches(tokens) if m.entries[0].is_country]


@pytest.mark.parametrize(("text", "countries"), [
    ("the English language media", []),
    ("the English - language daily", []),
    ("the Arabic - language channel", []),
    ("French languages courses", []),
    ("the English media", ["GBR"]),
    ("the French foreign ministry", ["FRA"]),
    ("English speakers", ["GBR"]),
])
def test_lexicon_language_names_no_country(text: str, countries: list[str]) -> None:
    assert _countries(text) == countries


def _events(text: str, nlp: Language) -> list[tuple[str | None, str | None, str]]:
    """(source country, target country, CAMEO code) of each event coded in ``text``."""
    return [(e.source.country if e.source else None, e.target.country if e.target else None, e.cameo)
            for e in extract(text, "2010-03-01", nlp=nlp).events]


@pytest.mark.model
@pytest.mark.parametrize(("text", "event"), [
    ("Lim Sovan, a reporter known in Laos for his work in the English-language press, was "
     "arrested on Monday. On Friday he was convicted of libel.", ("LAO", "LAO", "116")),
    ("Pedro Alves, an editor famous in Angola for his columns in the English language media, "
     "was convicted of defamation on Tuesday.", ("AGO", "AGO", "116")),
])
def test_actors_language_adjective_leaves_the_story_country(
        text: str, event: tuple[str, str, str], nlp: Language) -> None:
    assert event in _events(text, nlp)


@pytest.mark.model
def test_actors_demonym_before_media_still_names_its_country(nlp: Language) -> None:
    # near-miss: "British media" are Britain's, not the language's
    text = "Lim Sovan, a reporter known in Laos, was criticized by the British media on Monday."
    assert [s for s, _, code in _events(text, nlp) if code == "111"] == ["GBR"]
