"""A state's coercion of an institution named bare is of its own institutions
(events/home_institutions.py). Sentences written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from events_helpers import code

pytestmark = pytest.mark.model


def _triples(nlp: Language, text: str) -> list[tuple[str | None, str | None, str]]:
    return [(e.source.code if e.source else None, e.target.code if e.target else None, e.cameo)
            for e in code(nlp, text)]


@pytest.mark.parametrize(("text", "expected"), [
    ("The Malian junta dissolved parliament on Wednesday.", ("MLIGOV", "MLILEG", "1722")),
    ("The Guinean junta announced the dissolution of the government.", ("GINGOV", "GINGOV", "1722")),
])
def test_home_institutions_a_bare_institution_is_the_doers_own(
        nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _triples(nlp, text)


def test_home_institutions_a_named_foreign_body_keeps_its_country(nlp: Language) -> None:
    found = _triples(nlp, "Russia banned the BBC and suspended the German broadcaster Deutsche Welle.")
    assert all(t is None or not t.startswith("RUS") for _, t, _ in found), found


def test_home_institutions_fighting_an_army_keeps_it_bare(nlp: Language) -> None:
    found = _triples(nlp, "Russian troops attacked the army headquarters near the border.")
    assert all(t is None or not t.startswith("RUS") for _, t, _ in found), found


def test_home_institutions_a_dissolved_constitution_is_coercion_at_home(nlp: Language) -> None:
    found = _triples(nlp, "The Malian junta arrested the president and dissolved the constitution.")
    assert any(c == "172" and (t or "").startswith("MLI") for _, t, c in found), found


def test_home_institutions_a_wire_agency_names_no_country_of_the_story(nlp: Language) -> None:
    text = ("Guinean soldiers staged a coup on Sunday and arrested President Alpha Conde.\n\n"
            "The junta later announced a nationwide curfew, Agence France-Presse reported.")
    assert ("GINGOV", "GIN", "1723") in _triples(nlp, text)
