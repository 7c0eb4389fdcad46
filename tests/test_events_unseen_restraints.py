"""Restraints on three conventions that misfired on unseen news (session 17's rn-m cause census):
a crowd's fight aimed at no one (events/unaimed_riots.py), a strike told by its weapon noun and
by the verb it is the subject of (force_acts._struck_by_weapon), and recognition told as a standing
description (events/standing_recognition.py).

Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from events_helpers import code_dyads
from newsevents.events.unaimed_riots import unaimed_riot

DATE = "2021-06-09"


def _dyads(text: str, nlp: Language) -> list[tuple[str | None, str | None, str]]:
    return code_dyads(nlp, text, DATE)


@pytest.mark.parametrize(("suffix", "expected"), [
    ("+riot", True),
    ("+home-foe+riot", True),
    ("+riot+communal", True),
    ("", False),
    ("+repression", False),
    ("+implied-civilians", False),
])
def test_unaimed_riots_reads_the_riot_suffix(suffix: str, expected: bool) -> None:
    assert unaimed_riot(suffix) is expected


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Fighting between supporters of the two parties left five dead in Mombasa.",
    "Kenyan residents say fighting between supporters of the rival candidates has left two dead.",
    "Protesters clashed in the streets of Nairobi on Monday.",
])
def test_unaimed_riots_a_crowd_fight_is_not_aimed_at_its_country(nlp: Language, text: str) -> None:
    assert not any(root == "14" and target == "KEN" for _, target, root in _dyads(text, nlp))


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    ("Protesters clashed with police in Nairobi.", ("KENCVL", "KENCOP", "14")),
    ("Kenyan protesters marched in Nairobi on Monday.", ("KENCVL", "KENGOV", "14")),
    ("Protesters attacked the governor's office in Lagos.", ("NGACVL", "NGAGOV", "14")),
])
def test_unaimed_riots_a_named_or_protest_target_stays(nlp: Language, text: str,
                                                       expected: tuple[str, str, str]) -> None:
    assert expected in _dyads(text, nlp)


@pytest.mark.model
@pytest.mark.parametrize(("text", "source"), [
    ("A Turkish drone strike hit a village in northern Iraq on Tuesday.", "TUR"),
    ("A Russian air strike hit an apartment block in Kharkiv.", "RUS"),
    ("Doctors said a Saudi air strike hit the clinic in Yemen overnight.", "SAU"),
])
def test_weapon_strikes_one_strike_is_one_event(nlp: Language, text: str, source: str) -> None:
    strikes = [d for d in _dyads(text, nlp) if d[2] == "19"]
    assert len(strikes) == 1 and strikes[0][0] == source


@pytest.mark.model
@pytest.mark.parametrize(("text", "source"), [
    ("A Syrian missile hit a school in Idlib.", "SYR"),
    ("Israeli jets struck a house in Gaza.", "ISR"),
])
def test_weapon_strikes_a_verb_told_alone_stays(nlp: Language, text: str, source: str) -> None:
    assert any(d[0] is not None and d[0].startswith(source) and d[2] == "19" for d in _dyads(text, nlp))


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Maduro, who is recognized by Russia as Venezuela's president, spoke on television.",
    "Guaido, recognized by the United States as interim president, toured Europe.",
    "The Chadian leader refused to hand power to his rival, who is recognized by the African Union as the winner.",
])
def test_standing_recognition_codes_no_recognition(nlp: Language, text: str) -> None:
    assert not any(root == "05" for _, _, root in _dyads(text, nlp))


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    ("Colombia recognized Guaido as interim president on Wednesday.", ("COL", "VENOPP", "05")),
    ("Honduras recognized Kosovo on Monday.", ("HND", "XKX", "05")),
    ("Kosovo, which was recognized by Honduras last week, applied to join the bank.", ("HND", "XKX", "05")),
])
def test_standing_recognition_a_dated_or_active_recognition_stays(nlp: Language, text: str,
                                                                  expected: tuple[str, str, str]) -> None:
    assert expected in _dyads(text, nlp)
