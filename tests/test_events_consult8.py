"""Consultation partners, planned meetings and trips that are no visits (CAMEO 03-04).

Sentences written for these tests.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from events_helpers import code, code_dyads


def _dyads(nlp: Language, text: str, root: str) -> set[tuple[str | None, str | None]]:
    return {(s, t) for s, t, r in code_dyads(nlp, text) if r == root}


@pytest.mark.parametrize(("text", "body"), [
    ("Chile's foreign minister held talks with a United Nations delegation in Santiago on Friday.", "IGOUNO"),
    ("Chile's foreign minister met a delegation of the European Union on Friday.", "IGOEU"),
    ("A delegation from the African Union met Chad's prime minister in N'Djamena on Monday.", "IGOAU"),
    ("Chile's foreign minister met an African Union mission led by a former Malian president.", "IGOAU"),
])
def test_a_delegation_is_the_side_of_the_body_that_sent_it(nlp: Language, text: str, body: str) -> None:
    dyads = _dyads(nlp, text, "04")
    assert any(s == body or t == body for s, t in dyads), dyads
    # the setting ("in Santiago") never makes the body's delegation a home one
    assert not any(s and t and s[:3] == t[:3] for s, t in dyads), dyads


def test_a_delegation_with_its_own_demonym_keeps_it(nlp: Language) -> None:
    dyads = _dyads(nlp, "The Peruvian president met a Bolivian delegation led by the speaker of congress.", "04")
    assert ("PERGOV", "BOLGOV") in dyads


@pytest.mark.parametrize("text", [
    "Finnish troops arrived in Latvia on Tuesday.",
    "A Spanish frigate arrived in Dakar on Monday.",
    "The Canadian ambassador returned to Caracas after two months away.",
    "The Peruvian trade minister flew to Madrid for medical treatment.",
])
def test_trips_of_units_diplomats_and_private_ends_are_no_visits(nlp: Language, text: str) -> None:
    assert not [e for e in code(nlp, text) if e.cameo == "042"]


def test_an_official_trip_is_still_a_visit(nlp: Language) -> None:
    assert ("FINGOV", "LVAGOV") in _dyads(nlp, "The Finnish defence minister arrived in Riga on Tuesday.", "04")


@pytest.mark.parametrize("text", [
    "The Ecuadorian president arrived in Lima on Sunday for a three-day visit.",
    "The Ecuadorian president arrived in Lima on an official visit.",
])
def test_arriving_on_a_visit_is_one_visit(nlp: Language, text: str) -> None:
    visits = [e for e in code(nlp, text) if e.cameo == "042"]
    assert len(visits) == 1 and visits[0].source.country == "ECU" and visits[0].target.country == "PER"


def test_landing_on_a_visit_is_still_a_visit(nlp: Language) -> None:
    text = "The Ecuadorian president landed in Lima on Sunday on a state visit."
    assert [(e.source.country, e.target.country) for e in code(nlp, text) if e.cameo == "042"] == [("ECU", "PER")]


def test_pledged_aid_goes_to_its_dative_recipient(nlp: Language) -> None:
    assert ("CHNGOV", "ZMB") in _dyads(nlp, "The Chinese premier promised Zambia new loans on Monday.", "03")


@pytest.mark.parametrize("text", [
    "The Malawian president began a state visit to Zambia at the invitation of President Hakainde Hichilema.",
    "The Malawian president arrived in Lusaka on Monday at the invitation of the Zambian president.",
    "The Malawian president visited Zambia at Hichilema's invitation.",
])
def test_whoever_invited_a_visitor_hosts_the_visit(nlp: Language, text: str) -> None:
    dyads = _dyads(nlp, "Zambian President Hakainde Hichilema spoke on Sunday. " + text, "04")
    assert ("MWIGOV", "ZMBGOV") in dyads or ("MWIGOV", "ZMB") in dyads
    assert ("ZMBGOV", "MWIGOV") in dyads


def test_an_invitation_with_no_host_of_a_country_adds_nothing(nlp: Language) -> None:
    events = code(nlp, "The Malawian president visited Zambia at the invitation of the organisers.")
    # session 13: the visited country itself receives the visitor (events/meetings_abroad.py), the
    # organisers never
    assert all(e.source is not None and e.source.code == "ZMB" for e in events if e.cameo == "043")


@pytest.mark.parametrize("text", [
    "Botswana played host to the Namibian president on Friday.",
    "The Botswana president hosted a state banquet for the Namibian president on Friday.",
])
def test_playing_host_and_a_state_dinner_receive_a_guest(nlp: Language, text: str) -> None:
    hosts = [(e.source.country, e.target.country) for e in code(nlp, text) if e.cameo == "043"]
    assert hosts == [("BWA", "NAM")]


def test_a_party_dinner_for_donors_is_no_reception_of_a_guest(nlp: Language) -> None:
    assert not [e for e in code(nlp, "The ruling party held a dinner for its donors in Gaborone.") if e.cameo == "043"]


def test_the_partner_of_an_agreement_is_the_partner_of_the_act_agreed_on(nlp: Language) -> None:
    assert ("MAR", "TUN") in _dyads(nlp, "Morocco agreed with Tunisia to share intelligence on smuggling.", "03")
    # with no partner named, the act agreed on keeps none (and a bare intent with no target is then left
    # out of the events and reported: events/aimless.py, session 21)
    assert not _dyads(nlp, "Morocco agreed to build a new port.", "03")


def test_a_bare_counterpart_is_the_office_holder_just_named(nlp: Language) -> None:
    text = ("The Latvian defence minister arrived in Vilnius on Sunday. "
            "Lithuania's defence minister met his counterpart on Monday.")
    dyads = _dyads(nlp, text, "04")
    assert ("LTUGOV", "LVAGOV") in dyads and ("LVAGOV", "LTUGOV") in dyads


def test_a_counterpart_stays_open_when_two_countries_could_be_meant(nlp: Language) -> None:
    text = ("The Latvian and Estonian ministers arrived in Vilnius on Sunday. "
            "Lithuania's defence minister met his counterpart on Monday.")
    # the arrivals' host (043, session 13) is Lithuania's side of the visits, not of the meeting
    assert not [e for e in code(nlp, text) if e.source is not None and e.source.code == "LTUGOV"
                and e.cameo.startswith("04") and e.cameo != "043"]


@pytest.mark.parametrize("text", [
    "The Bolivian president tried to attend the summit in Lima, but his plane was turned back.",
    "The Bolivian president attempted to visit Peru on Monday.",
])
def test_a_trip_only_tried_is_no_visit_and_no_intent(nlp: Language, text: str) -> None:
    assert not [e for e in code(nlp, text) if e.cameo in ("042", "036")]


def test_a_planned_trip_is_still_an_intent(nlp: Language) -> None:
    assert ("BOLGOV", "PER", "036") in {(e.source.code, e.target.code if e.target else None, e.cameo)
                                        for e in code(nlp, "The Bolivian president will visit Peru next week.")}
