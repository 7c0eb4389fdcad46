"""Mediation told by helping to negotiate, acting as go-between or playing a mediating role
(events/mediation.py and the ``consult.act_as_mediator`` / ``consult.mediation_role`` patterns,
session 17). Sentences written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from events_helpers import code, country_triples


@pytest.mark.model
@pytest.mark.parametrize(("text", "mediator", "sides"), [
    ("Turkey helped negotiate a grain deal between Russia and Ukraine.", "TUR", {"RUS", "UKR"}),
    ("Algeria helped to negotiate the truce between Mali and the Tuareg rebels.", "DZA", {"MLI"}),
    ("Switzerland acted as mediator between Armenia and Azerbaijan.", "CHE", {"ARM", "AZE"}),
    ("Oman served as a go-between for Iran and the United States.", "OMN", {"IRN", "USA"}),
    ("Qatar played a mediating role between Ethiopia and Eritrea.", "QAT", {"ETH", "ERI"}),
    ("A key mediation role between Sudan and Chad was played by Libya.", "LBY", {"SDN", "TCD"}),
])
def test_mediation_form_codes_the_third_party_to_each_side(nlp: Language, text: str, mediator: str,
                                                           sides: set[str]) -> None:
    got = country_triples(code(nlp, text))
    assert {(mediator, side, "045") for side in sides} <= got


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "The Kenyan minister helped negotiate the trade deal.",
    "The envoy acted as a mediator.",
    "He served as an intermediary in the sale of the company.",
    "The Senegalese striker played a key role in the win.",
])
def test_mediation_form_without_two_sides_codes_no_mediation(nlp: Language, text: str) -> None:
    assert not [e for e in code(nlp, text) if e.cameo == "045"]


@pytest.mark.model
def test_mediation_help_negotiate_with_one_partner_stays_a_negotiation(nlp: Language) -> None:
    got = country_triples(code(nlp, "The Kenyan government helped negotiate with the Somali rebels."))
    assert not any(cameo == "045" for _, _, cameo in got)
    assert any(src == "KEN" and cameo.startswith("04") for src, _, cameo in got)


@pytest.mark.model
@pytest.mark.parametrize(("text", "mediator", "sides", "cameo"), [
    ("The UN envoy brought together the foreign ministers of Armenia and Azerbaijan in Geneva.",
     "IGOUNO", {"ARM", "AZE"}, "045"),
    ("Norway brought together the Colombian and Venezuelan foreign ministers on Monday.", "NOR", {"COL", "VEN"},
     "045"),
    ("Kenya wants to bring Ethiopia and Eritrea together.", "KEN", {"ETH", "ERI"}, "039"),
])
def test_mediation_bringing_sides_together(nlp: Language, text: str, mediator: str, sides: set[str],
                                           cameo: str) -> None:
    assert {(mediator, side, cameo) for side in sides} <= country_triples(code(nlp, text))


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "The arrests have brought the two opposition factions closer together.",
    "The festival brought together artists from Mali and Senegal.",
    "The festival in Dakar brought together artists from Mali and Senegal.",
    "It will not be easy to bring the two sides together.",
])
def test_mediation_bringing_together_without_a_mediator_codes_nothing(nlp: Language, text: str) -> None:
    assert not [e for e in code(nlp, text) if e.cameo in ("045", "039")]
