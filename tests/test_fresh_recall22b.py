"""Recall on fresh news, second census (session 22): a bare definite plural of a pair noun ("the
leaders", "the parties", "the countries") points back at the two states or bodies named just
before it, as a counted one ("the two leaders") did already; and a name that only qualifies a
gathering ("on the sidelines of the NATO summit") is no party of such a pair.

Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from newsevents.extraction import extract

DATE = "2021-03-09"


def _events(nlp: Language, text: str) -> set[tuple[str | None, str | None, str]]:
    ex = extract(text, date=DATE, nlp=nlp)
    return {(e.source and e.source.code, e.target and e.target.code, e.cameo[:2]) for e in ex.events}


def _countries(nlp: Language, text: str, root: str) -> set[tuple[str | None, str | None]]:
    ex = extract(text, date=DATE, nlp=nlp)
    return {(e.source and e.source.country, e.target and e.target.country) for e in ex.events
            if e.cameo.startswith(root)}


# ---- the pair named just before ------------------------------------------------------------------

@pytest.mark.model
def test_the_leaders_point_back_at_the_pair_that_met(nlp: Language) -> None:
    text = ("Chilean President Gabriel Boric met Argentine President Alberto Fernandez in Santiago on Monday. "
            "The leaders agreed on a plan to reopen the border crossings.")
    assert {("CHL", "ARG"), ("ARG", "CHL")} <= _countries(nlp, text, "03")


@pytest.mark.model
def test_the_parties_point_back_past_the_mediator(nlp: Language) -> None:
    # the speaker of the quote is the mediator, who is none of the pair
    text = ("The African Union envoy hosted talks between Ethiopian Prime Minister Abiy Ahmed and "
            "Eritrean President Isaias Afwerki in Addis Ababa. "
            "\"I commend the parties for their courage,\" the envoy said.")
    found = _events(nlp, text)
    assert ("IGOAU", "ETHGOV", "05") in found and ("IGOAU", "ERIGOV", "05") in found, found


@pytest.mark.model
def test_the_leaders_after_a_summit_name_its_two_guests_only(nlp: Language) -> None:
    # "the NATO summit" names where they met, not a third party that would make the pair ambiguous
    text = ("Polish President Andrzej Duda met Lithuanian President Gitanas Nauseda on the sidelines of the "
            "NATO summit in Madrid. The leaders agreed to hold joint drills next year.")
    assert {("POL", "LTU"), ("LTU", "POL")} <= _countries(nlp, text, "03")


# ---- near misses ---------------------------------------------------------------------------------

@pytest.mark.model
def test_the_parties_of_one_country_stay_unguessed(nlp: Language) -> None:
    # a government and its own opposition are no pair of states: the plural is not read as them
    text = ("Malawi's government and the opposition Malawi Congress Party disputed the vote count on Monday. "
            "Foreign observers urged the parties to accept the result.")
    found = _events(nlp, text)
    assert not [e for e in found if e[1] in ("MWIGOV", "MWIOPP") and e[2] == "02"], found


@pytest.mark.model
def test_owned_or_qualified_plurals_are_no_pair(nlp: Language) -> None:
    # "the opposition parties", "the leaders of the protest": some other group, not the pair
    text = ("Chilean President Gabriel Boric met Argentine President Alberto Fernandez in Santiago on Monday. "
            "The opposition parties criticised the meeting.")
    assert not _countries(nlp, text, "11")


@pytest.mark.model
def test_three_countries_before_leave_the_leaders_unguessed(nlp: Language) -> None:
    # more states than a pair in the nearest sentence: no guess
    text = ("The presidents of Kenya, Uganda and Tanzania met in Arusha on Monday. "
            "The leaders agreed to build a new railway.")
    assert not _countries(nlp, text, "03")


# ---- a denial of a charge told by "according to" -------------------------------------------------

@pytest.mark.model
@pytest.mark.parametrize("text, denier, accuser", [
    ("Four Ugandan soldiers crossed into Congo on Sunday, according to Congolese officials, "
     "but Uganda denied the allegation.", "UGA", "CODGOV"),
    ("Two Armenian drones struck a post near the border, according to Azerbaijani officials, "
     "but Armenia rejected those claims.", "ARM", "AZEGOV"),
    # a pronoun after the attribution stands for the claim it attributes
    ("Four Ugandan soldiers crossed into Congo on Sunday, according to Congolese officials, "
     "but Uganda denied it.", "UGA", "CODGOV"),
])
def test_denial_answers_the_according_to_source(nlp: Language, text: str, denier: str, accuser: str) -> None:
    found = _events(nlp, text)
    assert any(s is not None and s.startswith(denier) and t == accuser and c == "01" for s, t, c in found), found


@pytest.mark.model
@pytest.mark.parametrize("text", [
    # the source is the denier's own state: no one is answered
    "Four Ugandan soldiers crossed into Congo on Sunday, according to Ugandan officials, but Uganda denied the report.",
])
def test_denial_of_an_attribution_near_misses(nlp: Language, text: str) -> None:
    found = _events(nlp, text)
    assert not [e for e in found if e[2] == "01" and e[1] is not None], found
