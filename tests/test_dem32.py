"""Protests, demands, rejections and threats left by session 31 (session 32, helper dem32).

- "Police fired tear gas at protesters, who had gathered outside parliament, demanding ...": a
  participle of demand after a relative clause on the crowd and a comma goes on telling what the
  crowd did, so the demand is the crowd's, not the police's (``trailing_participles.object_crowd``).
- Near misses: a relative clause on an object that is no crowd (an envoy) leaves the demand to the
  subject; a participle after the crowd's relative clause that demands nothing adds no crowd event;
  a demand made by police stays the police's; a rally against another rally is no protest of the
  other rally's holders; "claims" as a verb is an allegation and as a noun the thing denied; an
  ultimatum withdrawn is no threat nor demand, and a time limit given stays CAMEO's ultimatum (139).

Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from helpers import event_rules

DATE = "2024-03-08"


def _triples(nlp: Language, text: str) -> set[tuple[str | None, str | None, str]]:
    return {(s, t, c) for s, t, c, _ in event_rules(text, nlp, DATE)}


CROWD_AFTER_RELATIVE = [
    ("Police in Nairobi fired tear gas at protesters, who had gathered outside parliament, demanding the "
     "release of opposition leaders.", ("KENCVL", "KENGOV", "1053")),
    ("Police in Nairobi fired tear gas at protesters who had gathered outside parliament, calling for the "
     "resignation of President Uhuru Kenyatta.", ("KENCVL", "KENGOV", "1041")),
]


@pytest.mark.parametrize(("text", "triple"), CROWD_AFTER_RELATIVE)
def test_dem32_a_demand_after_the_crowds_relative_clause_is_the_crowds(nlp: Language, text: str,
                                                                       triple: tuple[str, str, str]) -> None:
    triples = _triples(nlp, text)
    assert triple in triples
    assert ("KENCOP", "KENCVL", "175") in triples  # the police's act stays theirs
    assert not any(s == "KENCOP" and c.startswith("10") for s, _, c in triples)


def test_dem32_a_relative_clause_on_an_envoy_leaves_the_demand_to_the_subject(nlp: Language) -> None:
    triples = _triples(nlp, "The Kenyan government summoned the Ugandan envoy, who had criticised Nairobi, "
                            "demanding an apology from Kampala.")
    assert any(s == "KENGOV" and t is not None and t.startswith("UGA") and c.startswith("10")
               for s, t, c in triples)


def test_dem32_a_participle_after_the_crowd_that_demands_nothing_adds_no_crowd_event(nlp: Language) -> None:
    triples = _triples(nlp, "Police in Nairobi dispersed protesters, who had blocked the main road, saying "
                            "the rally was illegal.")
    assert not any(s == "KENCVL" for s, _, _ in triples)


def test_dem32_a_demand_by_police_stays_the_polices(nlp: Language) -> None:
    triples = _triples(nlp, "Kenyan police demanded that the protesters leave the square.")
    assert ("KENCOP", "KENCVL", "100") in triples


def test_dem32_a_rally_against_a_rally_is_no_protest_of_the_other_rallys_holders(nlp: Language) -> None:
    triples = _triples(nlp, "Thousands of Kenyans rallied in Nairobi against the opposition protests.")
    protesters = {s for s, _, c in triples if c.startswith("14")}
    assert protesters == {"KENCVL"}


def test_dem32_claims_as_a_verb_alleges_and_as_a_noun_is_what_is_denied(nlp: Language) -> None:
    alleged = _triples(nlp, "Kenya claims Ugandan troops shelled the island.")
    assert any(s == "KEN" and t is not None and t.startswith("UGA") and c.startswith("112")
               for s, t, c in alleged)
    assert not any(c.startswith("19") for _, _, c in alleged)  # the shelling is only Kenya's claim
    denied = _triples(nlp, "Kenya rejected the claims of Uganda about the island.")
    assert ("KEN", "UGA", "016") in denied


def test_dem32_an_ultimatum_withdrawn_is_no_threat_nor_demand(nlp: Language) -> None:
    triples = _triples(nlp, "The Kenyan government withdrew its ultimatum to the striking doctors.")
    assert not any(c.startswith(("10", "13")) for _, _, c in triples)


def test_dem32_a_time_limit_given_stays_an_ultimatum(nlp: Language) -> None:
    triples = _triples(nlp, "The Kenyan government gave the striking doctors 48 hours to return to work.")
    assert ("KENGOV", "KENHLH", "139") in triples  # CAMEO 139, "give ultimatum" (left: design.md, session 32)
