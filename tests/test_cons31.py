"""Session 31: the attendees of a meeting are not paired with each other (CONVENTIONS 3.5), and a
meeting in a sports sentence is no consultation.

"Ministers from A, B and C attended the talks hosted by H" names who took part: each is paired
with the host, never with the other attendees; the ends of a call ("took part in a video call")
and sides the meeting noun names itself ("joined the talks with D") stay paired. Near misses: talks
held (not attended), talks planned, cancelled or refused, a leader meeting his own officials, two
national teams meeting in a football final.

Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from events_helpers import code, country_triples

Triple = tuple[str | None, str | None, str]


def _consults(nlp: Language, text: str) -> set[Triple]:
    return {(s, t, c[:3]) for s, t, c in country_triples(code(nlp, text)) if c.startswith("04")}


def _pairs(found: set[Triple]) -> set[tuple[str | None, str | None]]:
    return {(s, t) for s, t, _ in found}


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Ministers from Ghana, Togo and Benin attended the talks hosted by Nigeria.",
    "Ministers from Ghana, Togo and Benin took part in the conference hosted by Nigeria.",
    "Envoys of Ghana, Togo and Benin participated in the meeting hosted by Nigeria.",
])
def test_attendees_of_hosted_talks_meet_the_host_only(nlp: Language, text: str) -> None:
    pairs = _pairs(_consults(nlp, text))
    assert {("NGA", "GHA"), ("GHA", "NGA"), ("NGA", "TGO"), ("TGO", "NGA")} <= pairs
    assert not pairs & {("GHA", "TGO"), ("TGO", "GHA"), ("GHA", "BEN"), ("BEN", "TGO")}


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Representatives of Ghana and Togo also attended the meetings last week.",
    "Officials from Ghana, Togo and Benin took part in the conference.",
    "The foreign ministers of Ghana and Togo also joined the talks on Monday.",
])
def test_attendees_with_no_host_are_not_paired(nlp: Language, text: str) -> None:
    pairs = _pairs(_consults(nlp, text))
    assert not pairs & {("GHA", "TGO"), ("TGO", "GHA"), ("GHA", "BEN"), ("TGO", "BEN")}


@pytest.mark.model
def test_the_ends_of_a_call_stay_paired(nlp: Language) -> None:
    text = "The presidents of Ghana and Togo took part in a video call mediated by Nigeria."
    assert {("GHA", "TGO"), ("TGO", "GHA")} <= _pairs(_consults(nlp, text))


@pytest.mark.model
def test_sides_the_meeting_noun_names_stay(nlp: Language) -> None:
    pairs = _pairs(_consults(nlp, "The Ghanaian and Togolese ministers joined the talks with Benin."))
    assert {("GHA", "BEN"), ("TGO", "BEN")} <= pairs
    assert ("GHA", "TGO") not in pairs


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Kenya and Uganda held talks in Nairobi.",
    "The presidents of Kenya and Uganda met in Nairobi on Friday.",
])
def test_sides_that_hold_talks_are_still_paired(nlp: Language, text: str) -> None:
    assert {("KEN", "UGA"), ("UGA", "KEN")} <= _pairs(_consults(nlp, text))


@pytest.mark.model
def test_planned_talks_stay_an_intent(nlp: Language) -> None:
    found = country_triples(code(nlp, "Kenya and Uganda will hold talks in Nairobi next week."))
    assert ("KEN", "UGA", "036") in found
    assert not any(c.startswith("04") for _, _, c in found)


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Kenya cancelled its talks with Uganda.",
    "Uganda refused to attend the talks with Kenya.",
    "The Kenyan president met his cabinet ministers in Nairobi.",
    "Kenya and Uganda met in the football final in Nairobi.",
    "Uganda beat Kenya when the two sides met in the rugby semi-final.",
])
def test_no_meeting_is_coded(nlp: Language, text: str) -> None:
    assert not _consults(nlp, text)
