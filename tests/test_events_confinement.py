"""Refusals that confine (events/confinement.py) and refused demands. The sentences are written for
these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from events_helpers import code_dyads

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, dyad", [
    ("Ugandan police refused to allow Ugandan opposition supporters to leave the compound.",
     ("UGACOP", "UGAOPP", "19")),
    ("The Zambian authorities declined to let Zambian opposition leaders leave the building.",
     ("ZMBGOV", "ZMBOPP", "19")),
    ("The Malian junta refused to allow the former Malian ministers to leave the country.", ("MLIGOV", "MLIELI", "17")),
])
def test_confinement_refusal_to_let_leave_restricts(nlp: Language, text: str, dyad: tuple[str, str, str]) -> None:
    dyads = code_dyads(nlp, text)
    assert dyad in dyads
    assert not any(r == "12" for _, _, r in dyads)


@pytest.mark.parametrize("text", [
    # entering is entry denied: still a refusal
    "Israel refused to let Turkish investigators enter Gaza.",
])
def test_confinement_refusal_to_let_enter_stays_a_refusal(nlp: Language, text: str) -> None:
    assert not any(r in ("17", "19") for _, _, r in code_dyads(nlp, text))


@pytest.mark.parametrize("text, dyad", [
    ("The Sudanese army refused demands by Sudanese protesters to hand over power.", ("SDNMIL", "SDNCVL", "12")),
    ("Pakistan refused the Indian offer of talks.", ("PAK", "IND", "12")),
])
def test_confinement_refused_demand_is_aimed_at_its_maker(nlp: Language, text: str, dyad: tuple[str, str, str]) -> None:
    assert dyad in code_dyads(nlp, text)
