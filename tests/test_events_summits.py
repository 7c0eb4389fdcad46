"""Summits and conferences, session 17: their hosts (events/summits.py, ``consult.host_summit``),
their guest lists (events/ceremony_guests.py), multinational attendees with no one country
(actors/joint_bodies.py) and a gathering's topic, which is no target (events/referents.py).
Sentences written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from events_helpers import code, country_triples


def _pairs(events: list, cameo: str) -> set[tuple[str | None, str | None]]:
    return {(e.source.code if e.source else None, e.target.code if e.target else None)
            for e in events if e.cameo == cameo}


@pytest.mark.model
@pytest.mark.parametrize(("text", "host"), [
    ("Ghana hosted a summit of West African leaders in Accra on Friday.", "GHA"),
    ("The Kenyan president is hosting the conference of ministers from two dozen countries.", "KENGOV"),
    ("Norway hosted a meeting of Nordic foreign ministers last week.", "NOR"),
])
def test_summits_host_receives_the_gathering(nlp: Language, text: str, host: str) -> None:
    hosted = _pairs(code(nlp, text), "043")
    assert any(src == host for src, _ in hosted)


@pytest.mark.model
@pytest.mark.parametrize(("text", "members"), [
    ("Kenya hosted a summit of the leaders of Uganda and Rwanda in Nairobi.", ("UGA", "RWA")),
    ("The Ghanaian president hosted a meeting of the presidents of Togo and Benin.", ("TGO", "BEN")),
])
def test_summits_named_member_states_left_to_the_talks_noun(nlp: Language, text: str,
                                                            members: tuple[str, str]) -> None:
    got = country_triples(code(nlp, text))
    first, second = members
    assert (first, second, "040") in got and (second, first, "040") in got  # their meeting, from the noun
    assert any(cameo == "043" and tgt == first for _, tgt, cameo in got)  # and the host's reception


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "The Ethiopian prime minister will host a summit of African leaders next month.",
    "Senegal plans to host a conference of West African ministers in March.",
    "Ghana hosted a summit on climate change.",
    "The university hosted a conference of historians.",
])
def test_summits_planned_or_memberless_hosting_codes_nothing(nlp: Language, text: str) -> None:
    assert not [e for e in code(nlp, text) if e.cameo.startswith("04") or e.cameo == "036"]


@pytest.mark.model
@pytest.mark.parametrize(("text", "guests", "host"), [
    ("Among those attending the summit in Jakarta are the Japanese prime minister and the British foreign "
     "secretary.", {"JPN", "GBR"}, "IDN"),
    ("Among those attending the conference in Accra were the Nigerian president and the Togolese foreign "
     "minister.", {"NGA", "TGO"}, "GHA"),
])
def test_summits_guest_list_visits_the_host(nlp: Language, text: str, guests: set[str], host: str) -> None:
    got = country_triples(code(nlp, text))
    assert {(g, host, "042") for g in guests} <= got
    assert {(host, g, "043") for g in guests} <= got


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Among those attending the rally were opposition leaders.",
    "Among those attending the meeting were Kenyan officials.",
])
def test_summits_guest_list_needs_foreign_state_guests(nlp: Language, text: str) -> None:
    assert not [e for e in code(nlp, text) if e.cameo in ("042", "043")]


@pytest.mark.model
@pytest.mark.parametrize(("text", "where"), [
    ("Leaders from more than 20 countries gathered in Jakarta for an emergency summit.", "IDN"),
    ("Leaders from several countries gathered in Nairobi for an emergency summit.", "KEN"),
    ("Ministers from two dozen nations gathered in Accra for a conference on trade.", "GHA"),
])
def test_summits_counted_countries_give_the_guests_none(nlp: Language, text: str, where: str) -> None:
    visits = [e for e in code(nlp, text) if e.cameo == "042"]
    assert visits and all(e.source is not None and e.source.country is None for e in visits)
    assert all(e.target is not None and e.target.country == where for e in visits)


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "The UN chief met with world leaders in Jakarta to discuss aid.",
    "The French president met European leaders in Brussels on Friday.",
    "The Turkish foreign minister held talks with Arab ministers in Cairo.",
])
def test_summits_placed_regional_plural_takes_no_country(nlp: Language, text: str) -> None:
    meetings = [e for e in code(nlp, text) if e.cameo.startswith("04")]
    assert meetings
    assert not any(e.target is not None and e.target.country in ("IDN", "BEL", "EGY") for e in meetings)


@pytest.mark.model
@pytest.mark.parametrize(("text", "kept"), [
    ("Police officers in Jakarta arrested two students.", "IDN"),
    ("Officials in Nairobi met the Ugandan envoy on Monday.", "KEN"),
])
def test_summits_unqualified_placed_body_keeps_the_place(nlp: Language, text: str, kept: str) -> None:
    assert any(e.source is not None and e.source.country == kept for e in code(nlp, text))


@pytest.mark.model
@pytest.mark.parametrize(("text", "venue", "topic"), [
    ("The Kenyan president attended a regional summit on Somalia in Addis Ababa.", "ETH", "SOM"),
    ("The German chancellor attended a conference on Syria in Geneva.", "CHE", "SYR"),
])
def test_summits_topic_is_no_target(nlp: Language, text: str, venue: str, topic: str) -> None:
    visits = [e for e in code(nlp, text) if e.cameo == "042"]
    assert visits and all(e.target is not None and e.target.country == venue for e in visits)
    assert not any(e.target is not None and e.target.country == topic for e in code(nlp, text))


@pytest.mark.model
@pytest.mark.parametrize(("text", "guests", "host"), [
    ("Attending the funeral in Accra were the presidents of Togo and Niger.", {"TGO", "NER"}, "GHA"),
    ("Attending the conference in Nairobi were the Ugandan president and the Rwandan foreign minister.",
     {"UGA", "RWA"}, "KEN"),
])
def test_summits_inverted_attending_read_as_clausal_subject(nlp: Language, text: str, guests: set[str],
                                                            host: str) -> None:
    got = country_triples(code(nlp, text))
    assert {(g, host, "042") for g in guests} <= got


@pytest.mark.model
def test_summits_inverted_attending_rally_lists_no_guests(nlp: Language) -> None:
    events = code(nlp, "Attending the rally in Nairobi were the Ugandan president and opposition leaders.")
    assert not [e for e in events if e.cameo in ("042", "043")]
