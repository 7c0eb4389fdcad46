"""Precision forms of session 16: a reporting clause's "they" that stands for a plural role
("officials said they would ...") and a crowd's arson coded as the riot it is."""

from __future__ import annotations

import pytest
from spacy.language import Language

from events_helpers import code

pytestmark = pytest.mark.model


def _triples(nlp: Language, text: str) -> set[tuple[str | None, str, str | None]]:
    return {(e.source.code if e.source else None, e.cameo, e.target.code if e.target else None)
            for e in code(nlp, text)}


# --- "officials said they ...": the speakers, not the last plural named before --------------------

@pytest.mark.parametrize(("text", "source", "cameo"), [
    ("Ugandan opposition supporters gathered in Kampala on Monday. "
     "Kenyan officials said they would send aid to Uganda.", "KENGOV", "033"),
    ("Malian farmers marched in Bamako on Tuesday. "
     "French ministers announced that they will support the new government of Mali.", "FRAGOV", "032"),
    ("Nigerien students rallied in Niamey. "
     "Chadian diplomats said that they would meet the Nigerien foreign minister.", "TCDGOV", "036"),
])
def test_pronouns_reported_they_is_the_plural_role_that_reports_it(
        nlp: Language, text: str, source: str, cameo: str) -> None:
    found = _triples(nlp, text)
    assert any(s == source and c == cameo for s, c, _ in found), found


def test_pronouns_reported_they_after_a_group_speaker_is_unchanged(nlp: Language) -> None:
    text = ("Kenyan officials arrived in Kampala on Monday. "
            "Ugandan opposition leaders said they would boycott the Ugandan elections.")
    found = _triples(nlp, text)
    assert ("UGAOPP", "133", "UGA") in found, found


# --- a crowd setting fire to what an actor owns riots (145); armed men destroy property (1712) ----

@pytest.mark.parametrize(("text", "expected"), [
    ("Rioters set fire to the Ecuadorian parliament on Friday.", ("ECUCVL", "145", "ECULEG")),
    ("Angry demonstrators set fire to the offices of the Kenyan ruling party.", ("KENCVL", "145", "KENPTY")),
    ("Opposition supporters set fire to the headquarters of the Zambian electoral commission.",
     ("ZMBOPP", "145", None)),
])
def test_patterns_crowd_arson_is_a_violent_protest(
        nlp: Language, text: str, expected: tuple[str, str, str | None]) -> None:
    found = _triples(nlp, text)
    source, cameo, target = expected
    assert any(s == source and c == cameo and (target is None or t == target) for s, c, t in found), found
    assert not any(c == "1712" for _, c, _ in found), found


@pytest.mark.parametrize("text", [
    "Islamist fighters set fire to the headquarters of the Malian army.",
    "Soldiers set fire to the offices of the Guinean opposition party.",
])
def test_patterns_armed_arson_stays_destruction_of_property(nlp: Language, text: str) -> None:
    found = _triples(nlp, text)
    assert any(c == "1712" for _, c, _ in found), found
    assert not any(c == "145" for _, c, _ in found), found


def test_patterns_crowd_setting_tyres_alight_still_blocks(nlp: Language) -> None:
    found = _triples(nlp, "Beninese protesters set fire to tyres across the main avenue.")
    assert any(c == "144" for _, c, _ in found) and not any(c == "145" for _, c, _ in found), found


# --- "in a talk with reporters": speaking to the press, no consultation (the verbs' own guard) ----

@pytest.mark.parametrize("text", [
    "In a talk with reporters, Kenyan Foreign Minister Raychelle Omamo defended the budget.",
    "In a conversation with journalists, the Chadian president praised the army.",
    "The Ghanaian president had a brief chat with correspondents after the summit.",
])
def test_patterns_talk_with_the_press_is_no_consultation(nlp: Language, text: str) -> None:
    found = _triples(nlp, text)
    assert not any(c.startswith("04") for _, c, _ in found), found


def test_patterns_talks_with_a_leader_stay_consultation(nlp: Language) -> None:
    text = "Kenyan President William Ruto held talks with Ugandan President Yoweri Museveni in Kampala."
    assert ("KENGOV", "040", "UGAGOV") in _triples(nlp, text)
