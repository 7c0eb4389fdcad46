"""Names of office holders the entity recogniser left untagged become person mentions, when the
persons table has them in office on the article's date; never a piece of a longer name, never a
person out of office, never a one-word name that the text also uses as a common word.

Every sentence here is written for these tests.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from spacy.language import Language

from newsevents.actors.known_names import untagged_known_names
from newsevents.actors.lexicon_matches import match_index
from newsevents.actors.persons import load_persons
from newsevents.extraction import extract
from newsevents.nlp.docview import doc_view

HEADER = "name\taliases\tnationality\tcode\trole\tstart\tend\n"


def _actor_codes(text: str, date: str, nlp: Language) -> dict[str, str | None]:
    return {a.text: a.code for a in extract(text, date, nlp=nlp).actors}


def _names(text: str, table: Path, day: dt.date, nlp: Language) -> list[str]:
    doc = nlp(text)
    tokens = doc_view(doc)
    _, at = match_index(doc, tokens)
    spans = untagged_known_names(tokens, at, load_persons(table), day, set())
    return [tokens.span_text(s, e) for s, e in spans]


@pytest.mark.model
def test_an_untagged_leader_opening_a_sentence_is_coded(nlp: Language) -> None:
    text = "Faure Gnassingbe criticized the opposition for boycotting the vote."
    assert _actor_codes(text, "2020-06-01", nlp).get("Faure Gnassingbe") == "TGOGOV"
    sources = [e.source.code if e.source else None for e in extract(text, "2020-06-01", nlp=nlp).events]
    assert sources[:1] == ["TGOGOV"]


@pytest.mark.model
def test_a_name_out_of_office_on_the_date_is_not_taken_untagged(nlp: Language) -> None:
    # in 1995 he held no office the table knows: an untagged run of his name is left alone
    text = "Faure Gnassingbe criticized the opposition for boycotting the vote."
    assert "TGOGOV" not in _actor_codes(text, "1995-06-01", nlp).values()


@pytest.mark.model
def test_a_leader_s_name_inside_a_longer_name_is_no_person(nlp: Language) -> None:
    text = "The Faure Gnassingbe Foundation opened a school in a northern village."
    assert "TGOGOV" not in _actor_codes(text, "2020-06-01", nlp).values()


@pytest.mark.model
def test_one_word_names_and_common_words(nlp: Language, tmp_path: Path) -> None:
    table = tmp_path / "persons.tsv"
    table.write_text(HEADER + "Ana Moss\tMoss\tCHL\tCHLGOV\tPresident\t2010\t\n", encoding="utf-8")
    day = dt.date(2015, 1, 1)
    said = "Moss criticized the opposition for boycotting the vote."
    assert _names(said, table, day, nlp) == ["Moss"]
    # the text uses the word as a common noun too: the name is not taken on its own
    assert _names(said + " The moss on the old walls was green.", table, day, nlp) == []
    # the whole name, but before the person held the office
    assert _names("Ana Moss criticized the opposition for boycotting the vote.", table, dt.date(2005, 1, 1),
                  nlp) == []
    assert _names("Ana Moss criticized the opposition for boycotting the vote.", table, day, nlp) == ["Ana Moss"]


@pytest.mark.model
def test_its_troops_belong_to_the_named_force_before_them(nlp: Language) -> None:
    text = "The Kenya Defence Forces said its troops arrested nine smugglers near the Somali border."
    events = extract(text, "2018-04-02", nlp=nlp).events
    assert [e.source.code if e.source else None for e in events][:1] == ["KENMIL"]
