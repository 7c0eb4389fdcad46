"""The event coder's argument constructions: lists, coordinated modifiers, victims, wishes,
partners of a theme, and the codes that depend on whether a partner is named."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newsevents.extraction import extract
from newsevents.records import Event

pytestmark = pytest.mark.model

DATE = "2023-03-01"


def code(nlp: Language, text: str) -> list[Event]:
    return extract(text, date=DATE, nlp=nlp).events


def triples(events: list[Event]) -> set[tuple[str | None, str | None, str]]:
    """(source code, target code, CAMEO code) of each event."""
    return {(e.source.code if e.source else None, e.target.code if e.target else None, e.cameo) for e in events}


@pytest.mark.parametrize("text", [
    "Chile, Peru and Bolivia met on Tuesday.",
    "Chile, Peru, and Bolivia met on Tuesday.",
])
def test_events_three_way_meeting_with_no_host_codes_every_ordered_pair(nlp: Language, text: str) -> None:
    # three sides with no host meet each other (events/multilateral.py; the PETRARCH-2 gold codes it so)
    found = {(s, t) for s, t, c in triples(code(nlp, text)) if c.startswith("04")}
    countries = ["CHL", "PER", "BOL"]
    assert found == {(a, b) for a in countries for b in countries if a != b}


def test_events_three_way_meeting_pairs_each_side_with_the_host(nlp: Language) -> None:
    found = {(s, t) for s, t, c in triples(code(nlp, "Chile, Peru and Bolivia held talks in Lima on Tuesday."))
             if c.startswith("04")}
    assert found == {("PER", "CHL"), ("PER", "BOL"), ("CHL", "PER"), ("BOL", "PER")}


def test_events_two_way_meeting_still_codes_both_directions(nlp: Language) -> None:
    found = {(s, t) for s, t, _ in triples(code(nlp, "Ghana and Togo met on Monday."))}
    assert found == {("GHA", "TGO"), ("TGO", "GHA")}


def test_events_coordinated_demonyms_are_separate_protesters(nlp: Language) -> None:
    found = triples(code(nlp, "Danish and Dutch activists staged a protest in Moscow."))
    assert {("DNKOPP", "RUS", "141"), ("NLDOPP", "RUS", "141")} <= found


@pytest.mark.parametrize(("text", "expected"), [
    ("Iran staged naval exercises in Oman.", ("IRN", "OMN", "150")),
    ("Egypt held military drills on Sunday.", ("EGY", None, "150")),
    ("Chile held military drills with Argentina.", ("CHL", "ARG", "062")),
    ("Kenya and Ethiopia held joint exercises.", ("KEN", "ETH", "062")),
])
def test_events_exercises_without_a_partner_are_a_show_of_force(
    nlp: Language, text: str, expected: tuple[str, str | None, str]
) -> None:
    assert expected in triples(code(nlp, text))


def test_events_named_victims_are_the_target_not_the_place(nlp: Language) -> None:
    found = triples(code(nlp, "There were 12 Nigerian soldiers killed by a roadside bomb in Mali last week."))
    assert (None, "NGAMIL", "180") in found
    assert all(t != "MLI" for _, t, _ in found)


def test_events_participle_agent_is_the_killer(nlp: Language) -> None:
    found = triples(code(nlp, "Dozens of villagers killed by gunmen in Mali were buried."))
    assert ("MLIUAF", "MLICVL", "180") in found


@pytest.mark.parametrize("text", [
    "Rescuers recovered the bodies of passengers killed by the train crash in Spain.",
    "Four Chilean miners were killed in a landslide in Peru.",
])
def test_events_accidents_are_no_political_events(nlp: Language, text: str) -> None:
    assert code(nlp, text) == []


def test_events_arrest_warrant_targets_the_wanted(nlp: Language) -> None:
    found = triples(code(nlp, "A court in Kenya has issued an arrest warrant for three Somali men."))
    assert ("KENJUD", "SOM", "173") in found


@pytest.mark.parametrize(("text", "expected"), [
    ("Germany wants Poland to send tanks to Ukraine.", ("DEU", "POL", "0232")),
    ("Chile would like Peru to attack Bolivia.", ("CHL", "PER", "021")),
    ("Brazil would like Argentina to reopen the border.", ("BRA", "ARG", "0251")),
])
def test_events_wanting_another_to_act_is_an_appeal(
    nlp: Language, text: str, expected: tuple[str, str, str]
) -> None:
    found = triples(code(nlp, text))
    assert expected in found
    assert all(c[:2] == "02" for _, _, c in found)  # the wanted act has not happened


def test_events_wanting_to_act_oneself_stays_an_intent(nlp: Language) -> None:
    assert ("IRN", "OMN", "036") in triples(code(nlp, "Iran wants to hold talks with Oman."))


def test_events_theme_partner_is_the_target(nlp: Language) -> None:
    found = triples(code(nlp, "Georgian lawmakers endorsed a free trade agreement with the European Union."))
    assert ("GEOLEG", "IGOEU", "051") in found


def test_events_obligation_needs_an_actor_to_act(nlp: Language) -> None:
    assert code(nlp, "Germany told reporters that everything must be done to prevent escalation.") == []
    assert ("FRA", "MLI", "100") in triples(code(nlp, "France said Mali must hold elections."))


def test_events_relative_clause_takes_its_noun_as_source(nlp: Language) -> None:
    # (a simple past: a perfect-tense relative clause only describes the group, see test_events_senses)
    found = triples(code(nlp, "The army fought the militant group that captured districts of Chad and Niger "
                              "last week."))
    assert {("INS", "TCD", "192"), ("INS", "NER", "192")} <= found
    assert all(c != "1711" for _, _, c in found)


def test_events_coordinated_antecedent_of_they_acts_together(nlp: Language) -> None:
    found = triples(code(nlp, "Chile and Peru said they would sign a border treaty."))
    assert {("CHL", "PER", "030"), ("PER", "CHL", "030")} <= found


def test_events_town_taken_for_a_person_is_a_place(nlp: Language) -> None:
    assert ("RUS", "UKR", "190") in triples(code(nlp, "Russian missiles hit Kherson on Friday."))
