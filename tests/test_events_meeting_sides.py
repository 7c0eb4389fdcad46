"""Sides of meetings named by reference (events/meeting_sides.py): a plural pronoun for the pair
just named, a fronted possessive that points forward, a delegation named by its leader.
Sentences written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from events_helpers import code, country_triples


@pytest.mark.model
def test_they_after_a_welcome_are_the_host_and_the_guest(nlp: Language) -> None:
    text = ("The Chilean president welcomed the Uruguayan president to Santiago on Monday. "
            "They held talks on a new rail link.")
    got = country_triples(code(nlp, text))
    assert ("CHL", "URY", "040") in got and ("URY", "CHL", "040") in got


@pytest.mark.model
def test_they_stands_for_the_two_named_in_the_same_sentence(nlp: Language) -> None:
    text = ("The Senegalese president received the Gambian president at the airport, and later they "
            "held talks at the palace.")
    got = country_triples(code(nlp, text))
    assert ("SEN", "GMB", "040") in got and ("GMB", "SEN", "040") in got


@pytest.mark.model
def test_they_after_three_coordinated_countries_are_all_three(nlp: Language) -> None:
    # a one-way act: three countries' talks among themselves pair only with a host (events/multilateral.py)
    text = ("Chile, Peru and Bolivia sent ministers to La Paz on Monday. "
            "They accused Argentina of diverting the river.")
    got = country_triples(code(nlp, text))
    assert {("CHL", "ARG", "112"), ("PER", "ARG", "112"), ("BOL", "ARG", "112")} <= got


@pytest.mark.model
def test_they_after_one_country_is_no_guess(nlp: Language) -> None:
    text = ("Farmers from across Kenya arrived in the capital on Monday. "
            "They held talks on grain prices.")
    assert not [e for e in code(nlp, text) if e.cameo.startswith("04") and e.target is not None]


@pytest.mark.model
def test_they_signing_a_pact_after_a_hosted_visit(nlp: Language) -> None:
    text = "Benin's president hosted Niger's president in Cotonou. They signed a border agreement."
    got = country_triples(code(nlp, text))
    assert ("BEN", "NER", "057") in got and ("NER", "BEN", "057") in got


@pytest.mark.model
def test_a_fronted_possessive_points_forward_to_the_subject(nlp: Language) -> None:
    text = ("The Russian foreign minister spoke to reporters in Moscow. "
            "During his visit to Jakarta, the Dutch prime minister met the Indonesian president.")
    got = country_triples(code(nlp, text))
    assert ("NLD", "IDN", "042") in got
    assert not any(src == "RUS" for src, _, cameo in got if cameo.startswith("04"))


@pytest.mark.model
def test_a_possessive_after_its_subject_keeps_its_antecedent(nlp: Language) -> None:
    text = ("The Dutch prime minister landed in Jakarta on Monday. "
            "The Indonesian president praised his visit on Tuesday.")
    events = code(nlp, text)
    # "his" follows the clause's subject: it is the Dutch prime minister's visit, not the president's
    assert not any(e.source is not None and e.source.country == "IDN" and e.cameo == "042" for e in events)


@pytest.mark.model
def test_a_delegation_led_by_a_minister_is_the_minister_s_country(nlp: Language) -> None:
    text = "A delegation led by the Greek foreign minister held talks with Cypriot officials in Nicosia."
    got = country_triples(code(nlp, text))
    assert ("GRC", "CYP", "040") in got and ("CYP", "GRC", "040") in got


@pytest.mark.model
def test_a_delegation_headed_by_a_minister_travels_for_its_country(nlp: Language) -> None:
    text = "A trade delegation headed by Kenya's finance minister arrived in Addis Ababa on Sunday."
    got = country_triples(code(nlp, text))
    assert ("KEN", "ETH", "042") in got


@pytest.mark.model
def test_the_leaders_after_a_welcome_are_the_pair(nlp: Language) -> None:
    text = ("The Zambian president welcomed the Malawian president at the airport. "
            "The leaders then held talks on the railway.")
    got = country_triples(code(nlp, text))
    assert ("ZMB", "MWI", "040") in got and ("MWI", "ZMB", "040") in got


@pytest.mark.model
def test_a_delegation_from_a_country_is_that_country_s(nlp: Language) -> None:
    text = "The Libyan prime minister met a delegation from Tunisia in Tripoli."
    got = country_triples(code(nlp, text))
    assert ("LBY", "TUN", "040") in got


@pytest.mark.model
def test_in_a_country_for_a_visit_is_a_visit_there(nlp: Language) -> None:
    got = country_triples(code(nlp, "The Angolan president is in Namibia for a two-day visit."))
    assert ("AGO", "NAM", "042") in got


@pytest.mark.model
def test_for_a_visit_after_another_verb_is_no_trip(nlp: Language) -> None:
    events = code(nlp, "The Angolan president was criticised for his visit to Namibia.")
    assert not [e for e in events if e.cameo == "042"]


@pytest.mark.model
def test_with_whom_names_the_noun_the_clause_qualifies(nlp: Language) -> None:
    text = "The Peruvian president thanked the Ecuadorian president, with whom he held talks in Quito."
    got = country_triples(code(nlp, text))
    assert ("PER", "ECU", "040") in got and ("ECU", "PER", "040") in got
    assert not any(tgt is None for _, tgt, cameo in got if cameo == "040")


@pytest.mark.model
def test_whom_as_object_of_a_meeting(nlp: Language) -> None:
    text = "The Irish president praised the Icelandic president, whom he met in Dublin on Monday."
    got = country_triples(code(nlp, text))
    assert ("IRL", "ISL", "040") in got


@pytest.mark.model
def test_the_venue_of_a_meeting_is_no_side(nlp: Language) -> None:
    events = code(nlp, "The U.N. envoy met separately with the two delegations in Nairobi.")
    assert not [e for e in events if e.cameo.startswith("04")
                and "KEN" in (getattr(e.source, "country", None), getattr(e.target, "country", None))]


@pytest.mark.model
def test_talks_between_one_plural_actor_name_no_dyad(nlp: Language) -> None:
    events = code(nlp, "Saudi Arabia offered to host talks between Yemen's feuding factions.")
    assert not [e for e in events if e.cameo[:2] in ("03", "04") and (e.target is None or e.source is None)]


@pytest.mark.model
def test_talks_a_trip_was_made_for_are_a_meeting(nlp: Language) -> None:
    got = country_triples(code(nlp, "The Greek prime minister flew to Ankara for talks with the Turkish president."))
    assert {("GRC", "TUR", "042"), ("GRC", "TUR", "040"), ("TUR", "GRC", "040")} <= got


@pytest.mark.model
def test_talks_a_planned_trip_is_for_are_its_intent_only(nlp: Language) -> None:
    events = code(nlp, "The Greek prime minister will fly to Ankara for talks with the Turkish president.")
    assert len([e for e in events if e.cameo == "036"]) == 1


@pytest.mark.model
def test_greeted_by_a_host_is_a_hosted_visit(nlp: Language) -> None:
    got = country_triples(code(nlp, "The Malawian president was greeted at the airport by the Zambian vice president."))
    assert ("ZMB", "MWI", "043") in got and ("MWI", "ZMB", "042") in got


@pytest.mark.model
def test_greeting_a_decision_hosts_no_one(nlp: Language) -> None:
    assert not [e for e in code(nlp, "The Zambian minister greeted the ruling with caution.") if e.cameo == "043"]
