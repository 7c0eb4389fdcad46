"""Session 27, future27: acts still to come or read in the wrong sense, mended by general rules.

Sentences written for these tests; none is taken from a news story.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from helpers import Dyad, event_dyads

pytestmark = pytest.mark.model
DATE = "2024-05-06"


def _codes(nlp: Language, text: str) -> set[str]:
    return {cameo for _, _, cameo in _triples(nlp, text)}


def _triples(nlp: Language, text: str) -> set[Dyad]:
    return set(event_dyads(text, nlp, DATE))


@pytest.mark.parametrize("text", [
    "The French foreign minister said he would like to hold talks with the Iranian president.",
    '"We would love to visit Iran next year," the French foreign minister said.',
    "The Chilean president would like to meet the Peruvian president in June.",
])
def test_future27_a_wish_is_an_intent_not_the_act(nlp: Language, text: str) -> None:
    codes = _codes(nlp, text)
    assert "036" in codes
    assert not codes & {"040", "042", "043"}


@pytest.mark.parametrize(("text", "code"), [
    # near misses: the act done, and the polite "would like to thank" that is the thanks itself
    ("The French foreign minister held talks with the Iranian president on Monday.", "040"),
    ("The Chilean president has met the Peruvian president in Lima.", "040"),
    ('"I would like to thank the Kenyan police," the opposition leader said.', "051"),
    ("The Chilean president agreed to meet the Peruvian president.", "036"),
])
def test_future27_done_acts_and_performatives_stay(nlp: Language, text: str, code: str) -> None:
    assert code in _codes(nlp, text)


@pytest.mark.parametrize("text", [
    "In talks on Friday, the French envoy will stress that the Iranian government should release the prisoners.",
    "The French envoy is expected to tell reporters that the Iranian government must release the prisoners.",
    "The French envoy will say Iran needs to release the prisoners.",
])
def test_future27_a_demand_still_to_be_voiced_codes_nothing(nlp: Language, text: str) -> None:
    assert not any(cameo.startswith("10") for cameo in _codes(nlp, text))


@pytest.mark.parametrize("text", [
    "The French envoy said the Iranian government must release the prisoners.",
    "The French envoy has told reporters the Iranian government must release the prisoners.",
    "The French envoy said Iran needs to release the prisoners.",
])
def test_future27_a_voiced_demand_stays(nlp: Language, text: str) -> None:
    assert "1053" in _codes(nlp, text)


@pytest.mark.parametrize("text", [
    "Russian forces blasted Ukrainian military targets on Thursday.",
    "Israeli jets slammed Hamas positions in Gaza.",
])
def test_future27_blasting_places_of_war_is_force(nlp: Language, text: str) -> None:
    codes = _codes(nlp, text)
    assert "190" in codes
    assert "111" not in codes


@pytest.mark.parametrize("text", [
    "The Russian foreign minister blasted the Ukrainian president on Thursday.",
    "The Kenyan opposition slammed the government's plan to raise taxes.",
])
def test_future27_blasting_a_side_or_its_deeds_stays_criticism(nlp: Language, text: str) -> None:
    codes = _codes(nlp, text)
    assert "111" in codes
    assert "190" not in codes
