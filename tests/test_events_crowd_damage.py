"""A crowd burning or wrecking what the state owns riots (145); forces, rebels and communal
attackers destroy property (1712) (events/crowd_damage.py, session 16). Sentences written for
these tests."""

from __future__ import annotations

import pytest
import spacy
from spacy.language import Language

from events_helpers import code
from newsevents.events.crowd_damage import crowd_damage_code
from newsevents.records import ActorMention

pytestmark = pytest.mark.model


def _codes(nlp: Language, text: str) -> list[tuple[str | None, str | None, str, str]]:
    return [(e.source.code if e.source else None, e.target.code if e.target else None, e.cameo, e.rule)
            for e in code(nlp, text)]


@pytest.mark.parametrize(("text", "expected"), [
    ("Angry demonstrators in Ghana burned the district police station on Tuesday.", ("GHACVL", "GHACOP")),
    ("Malawian students torched government offices on Monday.", ("MWIEDU", "MWIGOV")),
    ("Rioters in Lima set fire to parliament overnight.", ("PERCVL", "PERLEG")),
    ("A Chinese office building was torched by a Vietnamese protestor.", ("VNMCVL", "CHN")),
])
def test_crowd_damage_a_crowd_burning_state_property_riots(
        nlp: Language, text: str, expected: tuple[str, str]) -> None:
    found = _codes(nlp, text)
    assert [(s, t, c) for s, t, c, _ in found] == [(*expected, "145")], found
    assert found[0][3].endswith("+riot")


@pytest.mark.parametrize("text", [
    "Government soldiers burned dozens of homes in the Burmese village overnight.",
    "Rebels torched the police station in the northern Malian town on Sunday.",
])
def test_crowd_damage_forces_and_rebels_keep_property_destruction(nlp: Language, text: str) -> None:
    assert [c for _, _, c, _ in _codes(nlp, text)] == ["1712"]


def test_crowd_damage_the_owner_is_the_compound_on_the_property(nlp: Language) -> None:
    found = _codes(nlp, "Masked youths in Lusaka burned government offices.")
    assert [(t, c) for _, t, c, _ in found] == [("ZMBGOV", "145")], found


def test_crowd_damage_no_owner_named_codes_no_riot() -> None:
    crowd = ActorMention(0, 1, 0, 9, "protesters", "protesters", "ZMBCVL", "ZMB", "CVL", "group", "role")
    doc = spacy.blank("en")("protesters burned crates")
    assert crowd_damage_code("1712", crowd, None, doc) == "1712"  # "set fire to a barricade": no owner
    assert crowd_damage_code("190", crowd, None, doc) == "190"  # only property destruction is recoded


def test_crowd_damage_a_place_named_is_where_not_whose(nlp: Language) -> None:
    # villagers burning homes "in Jos, Nigeria" is communal violence, not a riot against Nigeria
    found = _codes(nlp, "Angry villagers burned dozens of homes in Jos, Nigeria.")
    assert [c for _, _, c, _ in found] == ["1712"], found
