"""Counted plurals of three or more countries' people, and the "they" that goes on from them (session 33).

- "The three high level diplomats": a number hung on a compound before the noun counts the plural as
  one hung on the noun does (``events/groups._count``).
- "The three envoys came from Belgrade. Here they held talks ... They also met UN officials": a
  main-clause subject "they" whose previous sentence's main subject (through a chain of such "they")
  is a definite plural counting three or more stands for the same countries, each its own side
  (``events/groups._counted_subject_before``).

Near misses: a count that does not match the countries named; a counted plural of people no
country names ("the three soldiers"); "they" that is not the main subject; a pair ("the two
sides"), left to coreference.

Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from newsevents.extraction import extract

DATE = "2012-03-05"


def _dyads(nlp: Language, text: str, date: str = DATE) -> set[tuple[str | None, str | None, str]]:
    events = extract(text, date=date, nlp=nlp).events
    return {(e.source.code if e.source else None, e.target.code if e.target else None, e.cameo[:2]) for e in events}


def _countries(dyads: set[tuple[str | None, str | None, str]], target: str) -> set[str]:
    return {(source or "")[:3] for source, to, _ in dyads if to == target}


@pytest.mark.model
def test_a_number_on_a_compound_counts_the_plural(nlp: Language) -> None:
    text = ("Diplomats from Norway, Brazil and Japan are leading the new round of talks.\n"
            "The three high level diplomats came to Kenya on Saturday.")
    dyads = _dyads(nlp, text)
    assert {"NOR", "BRA", "JPN"} <= {(s or "")[:3] for s, t, root in dyads if (t or "").startswith("KEN")}, dyads


@pytest.mark.model
def test_they_after_three_counted_envoys_is_each_of_them(nlp: Language) -> None:
    text = ("Envoys from Norway, Brazil and Japan are leading the new round of talks.\n"
            "The three senior envoys visited Kenya on Saturday. Here they toured a refugee camp.\n"
            "They also met with UN administrators.")
    dyads = _dyads(nlp, text)
    assert _countries(dyads, "IGOUNO") == {"NOR", "BRA", "JPN"}, dyads


@pytest.mark.model
def test_a_count_that_does_not_match_is_no_one(nlp: Language) -> None:
    text = ("Envoys from Norway and Brazil are leading the new round of talks.\n"
            "The three senior envoys visited Kenya on Saturday.\n"
            "They also met with UN administrators.")
    dyads = _dyads(nlp, text)
    assert not _countries(dyads, "IGOUNO") & {"NOR", "BRA"}, dyads


@pytest.mark.model
def test_three_soldiers_named_by_no_country_are_no_one(nlp: Language) -> None:
    text = ("Norway, Brazil and Japan condemned the bombing in the capital.\n"
            "The three soldiers had guarded the market for a year.\n"
            "They met with UN administrators last week.")
    dyads = _dyads(nlp, text)
    assert not _countries(dyads, "IGOUNO") & {"NOR", "BRA", "JPN"}, dyads


@pytest.mark.model
def test_they_in_a_clause_of_its_own_is_left(nlp: Language) -> None:
    # near miss: "they" in a reported clause, not the sentence's main subject
    text = ("Envoys from Norway, Brazil and Japan are leading the new round of talks.\n"
            "The three senior envoys visited Kenya on Saturday.\n"
            "Officials in Nairobi said they would meet UN administrators.")
    dyads = _dyads(nlp, text)
    assert not _countries(dyads, "IGOUNO") & {"NOR", "BRA", "JPN"}, dyads
