"""Acts told in words the coder lacked (session 20): meetings set by a verb of planning, talks
quit or put off, blows to a person, property destroyed, counter-attacks and troops
repositioned; with the other senses of the same words, which must code nothing of the kind.

Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from events_helpers import code, code_dyads

pytestmark = pytest.mark.model


def _codes(nlp: Language, text: str) -> set[tuple[str | None, str | None, str]]:
    """(source country, target country, CAMEO code) of each event coded in ``text``."""
    def country(ref: object) -> str | None:
        return getattr(ref, "country", None) if ref is not None else None
    return {(country(e.source), country(e.target), e.cameo) for e in code(nlp, text)}


@pytest.mark.parametrize(("text", "event"), [
    ("The foreign ministers of Chile and Peru scheduled talks for Friday in Lima.", ("CHL", "PER", "036")),
    ("Ghana has planned talks with Togo on the border dispute next month.", ("GHA", "TGO", "036")),
    ("Talks between Armenia and Azerbaijan are scheduled for next week.", ("ARM", "AZE", "036")),
])
def test_planned_meeting_is_an_intent_to_meet(nlp: Language, text: str, event: tuple[str, str, str]) -> None:
    coded = _codes(nlp, text)
    assert event in coded
    assert not any(code.startswith("04") for _, _, code in coded)  # not a meeting held


@pytest.mark.parametrize("text", [
    "Ghana did not schedule talks with Togo.",  # negated: no intent
    "Sudanese commanders planned an attack on the rebel town of Kauda.",  # a plot, not an attack
])
def test_planning_verb_near_misses(nlp: Language, text: str) -> None:
    coded = _codes(nlp, text)
    assert not any(code.startswith(("03", "04", "19")) for _, _, code in coded)


@pytest.mark.parametrize(("text", "event"), [
    ("Two African Union envoys quit talks with the Guinean junta on Monday.", ("IGOAU", "GINGOV")),
    ("The Sudanese government postponed a peace conference with the rebel movements.", ("SDNGOV", "REB")),
])
def test_talks_quit_or_put_off_are_halted(nlp: Language, text: str, event: tuple[str, str]) -> None:
    assert (*event, "16") in code_dyads(nlp, text)


@pytest.mark.parametrize("text", [
    "The Ugandan opposition candidate quit the presidential race on Monday.",  # a contest, no talks
    "Ugandan striker Okello quit the national team after the match.",
])
def test_quitting_a_contest_halts_no_talks(nlp: Language, text: str) -> None:
    assert not any(c in ("164", "0831") for _, _, c in _codes(nlp, text))


@pytest.mark.parametrize("text", [
    "Belarusian police punched the opposition journalists outside the court in Minsk.",
    "Belarusian police kicked the opposition journalists outside the court in Minsk.",
])
def test_blows_to_a_person_are_assaults(nlp: Language, text: str) -> None:
    assert any(s == "BLR" and c == "182" for s, _, c in _codes(nlp, text))


@pytest.mark.parametrize("text", [
    "Belarus kicked off the football tournament against Latvia in Minsk.",  # sport
    "Belarus kicked the Latvian diplomats out of Minsk.",  # an expulsion
    "The Belarusian president punched holes in the opposition's plan.",  # a figure of speech
    "Belarus keeps kicking the can down the road on its talks with the Latvian government.",
])
def test_blow_verbs_near_misses(nlp: Language, text: str) -> None:
    assert not any(c == "182" for _, _, c in _codes(nlp, text))


@pytest.mark.parametrize("text", [
    "Islamist militants destroyed ancient shrines in the Libyan town of Zliten.",
    "Islamist militants vandalised a church in the Libyan town of Zliten.",
])
def test_property_destroyed(nlp: Language, text: str) -> None:
    assert any(c == "1712" for _, _, c in _codes(nlp, text))


@pytest.mark.parametrize("text", [
    "The Libyan prime minister destroyed the opposition's arguments in parliament.",  # no property
    "A storm destroyed hundreds of homes in the Libyan town of Zliten.",  # no one's act
    "Libyan protesters set fire to tyres on the main road in Tripoli.",  # a blockade, coded 144
])
def test_destruction_near_misses(nlp: Language, text: str) -> None:
    assert not any(c == "1712" for _, _, c in _codes(nlp, text))


def test_counterattack_is_fighting(nlp: Language) -> None:
    assert any(s == "NGA" and c == "190"
               for s, _, c in _codes(nlp, "Nigerian troops counterattacked the Boko Haram fighters near Maiduguri."))


def test_repositioned_troops_are_deployed(nlp: Language) -> None:
    assert any(s == "FRA" and c == "154"
               for s, _, c in _codes(nlp, "France is repositioning troops in Chad after the coup in Niger."))


@pytest.mark.parametrize(("text", "event"), [
    ("Russian forces hammered Ukrainian positions near Bakhmut with artillery.", ("RUS", "UKR", "194")),
    ("Armenian troops pounded Azerbaijani villages with mortars on Sunday.", ("ARM", "AZE", "194")),
])
def test_blows_dealt_with_artillery_are_shelling(nlp: Language, text: str, event: tuple[str, str, str]) -> None:
    assert event in _codes(nlp, text)


@pytest.mark.parametrize("text", [
    "Kenyan detectives interrogated two opposition lawmakers in Nairobi.",
    "The Kenyan opposition leader was questioned for six hours by the police in Nairobi.",
])
def test_police_questioning_investigates(nlp: Language, text: str) -> None:
    assert any(s == "KEN" and c == "091" for s, _, c in _codes(nlp, text))


@pytest.mark.parametrize("text", [
    "Kenyan senators grilled the interior minister over the police shootings.",  # oversight, not police work
    "Kenyan lawmakers questioned the interior minister about the killings.",
])
def test_questioning_by_others_is_no_investigation(nlp: Language, text: str) -> None:
    assert not any(c == "091" for _, _, c in _codes(nlp, text))
