"""Protests, demands, rejections and threats (session 31, helper prot31).

- "Police clashed with protesters calling for the president to resign": the parser makes the crowd
  the subject of a gerund that is the clash's theme, and the clash folded the gerund into its own
  event. What the crowd says there (a demand, an appeal, a charge) is now an event of its own
  (CONVENTIONS 7.2: a protest's stated demand is coded apart), ``participation.crowd_saying``.
- Protests named as another protest's cause or model ("gathered in support of demonstrations in
  Tunisia", "following the trend of protests in Brazil") are not events of the story
  (``anchors._referenced``); a protest "in support of" a person still is.
- Near misses: a crowd's gerund that says nothing (chanting, celebrating) adds no event, and a
  striker who scores, investors who "protest", a protest called off and a company's rejected offer
  code no protest, demand or rejection.

Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from helpers import event_rules

DATE = "2024-03-08"


def _triples(nlp: Language, text: str) -> set[tuple[str | None, str | None, str]]:
    return {(s, t, c) for s, t, c, _ in event_rules(text, nlp, DATE)}


CROWD_GERUNDS = [
    ("Police in the Kenyan capital, Nairobi, clashed on Friday with protesters demanding the release of "
     "opposition leaders.", ("KENCVL", "KENGOV", "1053")),
    ("Police in the Kenyan capital, Nairobi, clashed on Friday with protesters calling for President "
     "Uhuru Kenyatta to resign.", ("KENCVL", "KENGOV", "1041")),
]


@pytest.mark.parametrize(("text", "triple"), CROWD_GERUNDS)
def test_prot31_what_a_clashing_crowd_demands_is_its_own_event(nlp: Language, text: str,
                                                               triple: tuple[str, str, str]) -> None:
    triples = _triples(nlp, text)
    assert triple in triples
    assert ("KENCVL", "KENCOP", "145") in triples  # the clash stays the crowd's riot


@pytest.mark.parametrize("text", [
    "Police in Nairobi clashed on Friday with fans celebrating the victory of their club.",
    "Police in Nairobi clashed with protesters chanting slogans.",
])
def test_prot31_a_crowd_gerund_that_says_nothing_adds_no_event(nlp: Language, text: str) -> None:
    codes = {c for _, _, c in _triples(nlp, text)}
    assert not any(c.startswith(("02", "10", "11", "12", "13")) for c in codes)


@pytest.mark.parametrize("text", [
    "The Kenyan striker scored twice as Kenya beat Uganda in Nairobi.",
    "Investors protested as shares on the Nairobi bourse fell sharply.",
    "The Kenyan opposition called off a protest planned for Friday in Nairobi.",
    "Shareholders of Safaricom rejected the takeover offer of the Vodacom company.",
])
def test_prot31_near_misses_code_no_protest_demand_or_rejection(nlp: Language, text: str) -> None:
    codes = {c for _, _, c in _triples(nlp, text)}
    assert not any(c.startswith(("10", "12", "14")) for c in codes)


@pytest.mark.parametrize(("text", "elsewhere"), [
    ("Hundreds of Jordanians gathered at a square in Amman in support of demonstrations in Tunisia and Egypt.",
     {"TUN", "EGY"}),
    ("Thousands of people took to the streets in Lima, following the trend of protests in Chile.", {"CHL"}),
])
def test_prot31_protests_named_as_a_model_are_no_event(nlp: Language, text: str, elsewhere: set[str]) -> None:
    triples = _triples(nlp, text)
    assert not any(s is not None and s[:3] in elsewhere and c.startswith("14") for s, _, c in triples)


def test_prot31_a_protest_in_support_of_a_person_still_codes(nlp: Language) -> None:
    codes = {c for _, _, c in _triples(nlp, "Protests in support of the jailed opposition leader erupted in Caracas.")}
    assert any(c.startswith("14") for c in codes)
