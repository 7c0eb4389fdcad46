"""Peoples named by origin: an ethnic group, a national minority and their parties belong to the
country they live in, never to the country their demonym names.

Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from newsevents.actors.lexicon import lexicon
from newsevents.extraction import extract
from newsevents.records import Event
from newsevents.story.context import text_countries


def _codes(events: list[Event]) -> list[tuple[str | None, str | None, str]]:
    return [(e.source.code if e.source else None, e.target.code if e.target else None, e.cameo[:2])
            for e in events]


@pytest.mark.parametrize(("words", "sector"), [
    (["ethnic", "Greek", "parties"], "PTY"),
    (["the", "Slovak", "minority", "party"], "PTY"),
    (["the", "Polish", "minority"], "CVL"),
    (["ethnic", "Uzbeks"], "CVL"),
])
def test_a_people_by_origin_is_a_group_with_no_country(words: list[str], sector: str) -> None:
    (match,) = [m for m in lexicon().matches(words) if m.entries[0].kind == "group"]
    assert match.entries[0].code == sector
    assert match.end == len(words)  # the minority and party words belong to the people's phrase


def test_a_minority_names_no_country_but_the_demonym_alone_does() -> None:
    assert "POL" not in text_countries("The Polish minority in Lithuania asked for bilingual street signs.")
    assert "POL" in text_countries("Polish farmers asked for lower fuel taxes.")


@pytest.mark.model
def test_an_ethnic_party_is_of_the_story_country(nlp: Language) -> None:
    text = ("ATHENS — Leaders of the ethnic Albanian parties met the Greek prime minister on Tuesday. "
            "The government promised new schools in the north.")
    ex = extract(text, "2021-03-02", nlp=nlp)
    sources = {e.source.code for e in ex.events if e.source is not None}
    assert "ALB" not in {(c or "")[:3] for c in sources}
    assert ("GRCPTY", "GRCGOV", "04") in _codes(ex.events)


@pytest.mark.model
def test_a_minority_party_in_a_named_country(nlp: Language) -> None:
    ex = extract("The Serbian minority party in Croatia criticised the government in Zagreb.", "2019-05-01", nlp=nlp)
    assert [c[0] for c in _codes(ex.events)] == ["HRVPTY"]


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    ("NAIROBI — The government released 45 prisoners on Tuesday.", ("KENGOV", "KENCVL", "08")),
    ("MANILA — Marines freed six hostages on an island in the south.", ("PHLMIL", "PHLCVL", "08")),
    ("LIMA — Police beat the inmates after a riot, their lawyers said.", ("PERCOP", "PERCVL", "18")),
    ("BOGOTA — The guerrilla commander asked forgiveness from the victims.", ("COLREB", "COLCVL", "05")),
])
def test_people_held_or_harmed_are_the_target(nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _codes(extract(text, "2020-01-01", nlp=nlp).events)


@pytest.mark.model
def test_a_list_hung_under_the_verb_names_the_members(nlp: Language) -> None:
    ex = extract("The militia released 19 hostages on Sunday, including seven Nepalis.", "2020-01-01", nlp=nlp)
    assert [c[1] for c in _codes(ex.events)] == ["NPLCVL"]
