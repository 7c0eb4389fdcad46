"""Consultations (CAMEO 04): who consults whom. Sentences written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from events_helpers import code, country_triples
from newsevents.events.visits import partner_pairs
from newsevents.records import ActorMention


def _mention(start: int, code_: str | None, kind: str = "actor", entity: int = -1) -> ActorMention:
    country = code_[:3] if code_ and code_[:3] != "GOV" else None
    return ActorMention(start, start + 1, start * 5, start * 5 + 4, "x", "x", code_, country, None, kind, "test",
                        entity)


def test_partner_pairs_reverse_a_fact_of_two_named_sides() -> None:
    a, b = _mention(0, "JPNGOV"), _mention(4, "VNMGOV")
    assert partner_pairs("040", True, [(a, b)]) == [(b, a)]
    assert partner_pairs("041", True, [(a, b)]) == [(b, a)]


@pytest.mark.parametrize("code_", ["042", "043", "045", "057", "190"])
def test_partner_pairs_leave_one_sided_acts_alone(code_: str) -> None:
    a, b = _mention(0, "JPNGOV"), _mention(4, "VNMGOV")
    assert partner_pairs(code_, True, [(a, b)]) == []


def test_partner_pairs_need_a_fact_two_actors_and_no_repeat() -> None:
    a, b = _mention(0, "JPNGOV"), _mention(4, "VNMGOV")
    assert partner_pairs("040", False, [(a, b)]) == []  # "will meet": the doer's intent only
    assert partner_pairs("040", True, [(a, None)]) == []
    assert partner_pairs("040", True, [(a, _mention(4, None))]) == []
    assert partner_pairs("040", True, [(a, _mention(4, "GOV"))]) == []  # a partner of no known country
    assert partner_pairs("040", True, [(a, _mention(4, "CHE", kind="place"))]) == []
    same = _mention(6, "JPNGOV", entity=3)
    assert partner_pairs("040", True, [(_mention(0, "JPNGOV", entity=3), same)]) == []  # one actor
    assert partner_pairs("040", True, [(a, b), (b, a)]) == []  # already both ways


@pytest.mark.model
@pytest.mark.parametrize(("text", "pairs"), [
    ("The Chilean foreign minister met his Peruvian counterpart in Lima on Tuesday.", {("CHL", "PER"), ("PER", "CHL")}),
    ("Kazakhstan's president held talks with the Uzbek leader on water sharing.", {("KAZ", "UZB"), ("UZB", "KAZ")}),
    ("The Polish prime minister spoke by telephone with the Lithuanian president on Friday.",
     {("POL", "LTU"), ("LTU", "POL")}),
    ("Greece's defence minister conferred with Cypriot officials about the gas dispute.",
     {("GRC", "CYP"), ("CYP", "GRC")}),
])
def test_a_consultation_is_coded_from_both_sides(nlp: Language, text: str, pairs: set[tuple[str, str]]) -> None:
    found = {(s, t) for s, t, c in country_triples(code(nlp, text)) if c.startswith("04") and s and t}
    assert pairs <= {(s[:3], t[:3]) for s, t in found}


@pytest.mark.model
def test_a_planned_meeting_is_only_the_doers_intent(nlp: Language) -> None:
    found = country_triples(code(nlp, "The Chilean foreign minister will meet his Peruvian counterpart next week."))
    assert not any(s == "PER" for s, _, _ in found)


@pytest.mark.model
def test_a_visit_is_reversed_only_for_a_known_host(nlp: Language) -> None:
    # session 13: a visit to a country is also its host's reception (043), as the real-news gold
    # codes visits both ways (events/meetings_abroad.py); the host never does anything else
    found = country_triples(code(nlp, "The Ghanaian president visited Togo on Monday."))
    assert ("GHA", "TGO", "042") in {(s[:3], t[:3], c) for s, t, c in found if s and t}
    assert all(c == "043" for s, _, c in found if (s or "").startswith("TGO"))


@pytest.mark.model
def test_mediation_is_not_reversed(nlp: Language) -> None:
    found = country_triples(code(nlp, "Qatar mediated between Ethiopia and Eritrea in Doha."))
    assert not any((s or "")[:3] in ("ETH", "ERI") and (t or "")[:3] == "QAT" for s, t, _ in found)


@pytest.mark.model
def test_an_envoy_named_beside_the_country_of_the_post_is_the_envoys_body(nlp: Language) -> None:
    text = ("The U.N. special envoy for Libya, Hanna Tetteh, flew to Tripoli on Sunday. "
            "Tetteh met Libyan officials on Monday.")
    found = {(s, t[:3], c) for s, t, c in country_triples(code(nlp, text)) if s and t}
    assert {("IGOUNO", "LBY", "042"), ("IGOUNO", "LBY", "040")} <= found  # the meeting is the envoy's too
    assert not any(s == "LBY" and t == "LBY" for s, t, _ in found)  # the envoy is not Libya's


@pytest.mark.model
def test_the_visiting_role_is_the_guest_not_the_host(nlp: Language) -> None:
    text = ("Canadian Prime Minister Justin Trudeau flew to Mexico City on Thursday. "
            "Mexican President Claudia Sheinbaum welcomed the visiting prime minister at the national palace.")
    found = {(s[:3], t[:3], c) for s, t, c in country_triples(code(nlp, text, "2024-11-20")) if s and t}
    assert ("MEX", "CAN", "043") in found
    assert ("MEX", "MEX", "043") not in found



@pytest.mark.model
def test_talks_a_participle_says_are_mediated_give_the_mediator_both_parties(nlp: Language) -> None:
    found = country_triples(code(nlp, "Eritrea and Djibouti held direct talks brokered by Qatar on Sunday."))
    mediation = {(s, t) for s, t, c in found if c == "045"}
    assert {("QAT", "ERI"), ("QAT", "DJI")} <= mediation


@pytest.mark.model
def test_a_possessed_meeting_noun_has_both_sides(nlp: Language) -> None:
    found = country_triples(code(nlp, "The Chilean president's meeting with the Bolivian president lasted an hour."))
    assert {("CHL", "BOL", "040"), ("BOL", "CHL", "040")} <= found
    text = "The Chilean president met the Bolivian president on Monday. The meeting lasted an hour."
    assert sum(1 for e in code(nlp, text) if e.cameo == "040") == 2  # the meeting is the one told before


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "The Senegalese president, on a three-day visit to Mali, praised the transition.",
    "The Senegalese president is on a three-day visit to Mali.",
])
def test_on_a_visit_codes_the_trip(nlp: Language, text: str) -> None:
    assert ("SEN", "MLI", "042") in {(s[:3], t[:3], c) for s, t, c in country_triples(code(nlp, text)) if s and t}


@pytest.mark.model
def test_on_a_topic_is_no_trip(nlp: Language) -> None:
    found = country_triples(code(nlp, "The Senegalese president spoke on a visit to Mali planned for next year."))
    assert not any(c == "042" for _, _, c in found)


@pytest.mark.model
@pytest.mark.parametrize(("text", "pair"), [
    ("The Hungarian prime minister telephoned the Slovak premier on Friday.", ("HUN", "SVK")),
    ("The Hungarian prime minister called the Slovak premier on Friday to discuss the pipeline.", ("HUN", "SVK")),
    ("The Hungarian prime minister sat down with the Slovak premier for talks in Budapest.", ("HUN", "SVK")),
])
def test_calls_and_sit_downs_are_two_sided(nlp: Language, text: str, pair: tuple[str, str]) -> None:
    found = {(s[:3], t[:3]) for s, t, c in country_triples(code(nlp, text)) if c.startswith("04") and s and t}
    assert {pair, pair[::-1]} <= found


@pytest.mark.model
def test_sitting_with_family_is_no_meeting(nlp: Language) -> None:
    assert not [e for e in code(nlp, "The Slovak premier sat with his family at the concert.") if e.cameo[:2] == "04"]


@pytest.mark.model
def test_a_call_received_is_a_call_not_a_visit(nlp: Language) -> None:
    found = country_triples(code(nlp, "The Uruguayan president received a phone call from the Paraguayan president."))
    assert {("URY", "PRY", "041"), ("PRY", "URY", "041")} <= {(s[:3], t[:3], c) for s, t, c in found if s and t}
    assert not any(c in ("042", "043") for _, _, c in found)


@pytest.mark.model
def test_coordinated_nationalities_of_one_role_are_two_partners(nlp: Language) -> None:
    text = "The Rwandan president met with the Ugandan and Tanzanian presidents in Kigali."
    found = {(s[:3], t[:3]) for s, t, c in country_triples(code(nlp, text)) if c.startswith("04") and s and t}
    assert {("RWA", "UGA"), ("RWA", "TZA"), ("UGA", "RWA"), ("TZA", "RWA")} <= found
