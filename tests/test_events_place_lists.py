"""A role named with a list of places is that role in each place (events/place_lists.py, session
16). Sentences written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from events_helpers import code

pytestmark = pytest.mark.model


def _pairs(nlp: Language, text: str) -> set[tuple[str | None, str | None, str]]:
    return {(e.source.code if e.source else None, e.target.code if e.target else None, e.cameo)
            for e in code(nlp, text)}


@pytest.mark.parametrize(("text", "expected"), [
    ("Nurses in Spain and Italy went on strike over pay on Thursday.",
     {("ESPHLH", "ESPGOV", "143"), ("ITAHLH", "ITAGOV", "143")}),
    ("Teachers in Chile and Peru marched against the pension reform.",
     {("CHLEDU", "CHL", "141"), ("PEREDU", "PER", "141")}),
    ("Farmers from Belgium and the Netherlands blocked motorways with tractors.",
     {("BELAGR", "BEL", "144"), ("NLDAGR", "NLD", "144")}),
])
def test_place_lists_each_listed_place_names_its_own_doers(
        nlp: Language, text: str, expected: set[tuple[str, str, str]]) -> None:
    assert _pairs(nlp, text) == expected


def test_place_lists_leaders_in_two_capitals_are_both_met(nlp: Language) -> None:
    found = _pairs(nlp, "The Turkish foreign minister met on Monday with leaders in Baku and Yerevan.")
    assert {("TURGOV", "AZEGOV", "040"), ("TURGOV", "ARMGOV", "040")} <= found, found


def test_place_lists_one_place_keeps_its_reading(nlp: Language) -> None:
    assert _pairs(nlp, "Teachers in Kenya marched against the new pay deal.") == {("KENEDU", "KEN", "141")}


def test_place_lists_the_governments_of_two_states(nlp: Language) -> None:
    found = _pairs(nlp, "The governments of Norway and Sweden condemned the coup in Mali.")
    assert found == {("NORGOV", "MLI", "111"), ("SWEGOV", "MLI", "111")}, found


def test_place_lists_a_role_of_another_country_is_not_moved(nlp: Language) -> None:
    # the soldiers are British wherever they serve: the list of places gives them no second country
    found = _pairs(nlp, "British soldiers in Iraq and Syria were attacked by militants on Friday.")
    assert not any(s == "SYRMIL" or t == "SYRMIL" for s, t, _ in found), found
