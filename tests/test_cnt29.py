"""A people counted at the head of a sentence, and crowds that protest against a foreign state
(session 29, helper cnt29).

- A capitalised number word opening a sentence ("Eleven Palestinians were detained") is parsed as
  a piece of a name, not a count: the people it counts are still civilians (CVL), not the country,
  and so no occupation (192) when soldiers detain them. One person of a people ("a Palestinian")
  is counted too.
- A crowd protesting against a foreign government or leader is not of that country: the state it
  protests against gives it no country (events/hostilities.py, actors/protest_targets.py), unless
  the story's first side is of that country (a crowd at home).

Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from helpers import event_rules

DATE = "2024-05-06"


def _triples(nlp: Language, text: str) -> set[tuple[str | None, str | None, str]]:
    return {(s, t, c) for s, t, c, _ in event_rules(text, nlp, DATE)}


RAID = "Israeli troops raided a refugee camp near Nablus before dawn on Tuesday.\n\n"

COUNTED = [
    (RAID + "Eleven Palestinians were detained in the raid, a local official said.", ("ISRMIL", "PSECVL", "173")),
    (RAID + "Local officials said eleven Palestinians were detained in the raid.", ("ISRMIL", "PSECVL", "173")),
    ("Fourteen Kenyans were arrested by Ugandan police at the border crossing on Thursday.",
     ("UGACOP", "KENCVL", "173")),
    ("The troops detained a Palestinian at a checkpoint near Nablus.", ("MIL", "PSECVL", "173")),
    ("Dozens of Kenyans were arrested by Ugandan police at the border crossing on Thursday.",
     ("UGACOP", "KENCVL", "173")),
]


@pytest.mark.parametrize(("text", "want"), COUNTED)
def test_a_counted_people_is_civilians(nlp: Language, text: str, want: tuple[str, str, str]) -> None:
    assert want in _triples(nlp, text)


def test_a_counted_people_is_no_occupied_country(nlp: Language) -> None:
    found = _triples(nlp, RAID + "Eleven Palestinians were detained in the raid, a local official said.")
    assert not any(code == "192" or target == "PSE" for _, target, code in found)


def test_counted_soldiers_keep_their_sector(nlp: Language) -> None:
    # near miss: the count of a country's soldiers is no crowd of civilians
    found = _triples(nlp, "Twelve Nigerian soldiers were killed by Boko Haram fighters near Maiduguri on Sunday.")
    assert not any(target == "NGACVL" for _, target, _ in found)
    assert any(target == "NGAMIL" for _, target, _ in found)


def test_a_capitalised_count_is_no_name(nlp: Language) -> None:
    # near miss: a people named by an adjective before a crowd noun keeps its own reading
    found = _triples(nlp, "Palestinian protesters threw stones at Israeli soldiers in Hebron on Friday.")
    assert ("PSECVL", "ISRMIL", "145") in found or any(s == "PSECVL" for s, _, _ in found)


KYRGYZ = "Police in Kyrgyzstan detained a dozen activists in Bishkek on Saturday.\n\n"

ABROAD = [
    # the crowd protests against a foreign leader: not of the leader's country
    KYRGYZ + "Police detained activists who protested against Russian President Vladimir Putin in the city.",
    KYRGYZ + "Protesters demonstrated against Putin and his war.",
]


@pytest.mark.parametrize("text", ABROAD)
def test_a_crowd_is_not_of_the_state_it_protests(nlp: Language, text: str) -> None:
    found = _triples(nlp, text)
    assert not any(source in {"RUSCVL", "RUSOPP"} for source, _, _ in found)


def test_a_crowd_keeps_its_own_modifier(nlp: Language) -> None:
    found = _triples(nlp, "Kyrgyz activists protested against Putin in Bishkek on Wednesday.")
    assert ("KGZOPP", "RUSGOV", "141") in found


def test_a_crowd_at_home_protests_its_own_government(nlp: Language) -> None:
    # near miss: in a story of the country, a crowd against its government is of it
    text = ("Hungary's governing party faced new criticism on Monday. About a hundred protesters occupied "
            "the Hungarian governing party's headquarters in Budapest.")
    found = _triples(nlp, text)
    assert any(source == "HUNCVL" for source, _, _ in found)
    assert not any(source is not None and source.endswith("CVL") and source != "HUNCVL" for source, _, _ in found)


def test_a_crowd_facing_police_is_of_their_country(nlp: Language) -> None:
    # near miss: police a crowd clashes with are the crowd's own
    found = _triples(nlp, "Protesters clashed with Kenyan police in Nairobi on Tuesday.")
    assert any(source == "KENCVL" for source, _, _ in found)
