"""Violent repression retold in one article is one act (events/force_retold.py), and the one walk
of coordinated verbs of force (events/force_coordination.py). Sentences written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from events_helpers import code

pytestmark = pytest.mark.model


def _triples(nlp: Language, text: str) -> list[tuple[str | None, str | None, str]]:
    return [(e.source.code if e.source else None, e.target.code if e.target else None, e.cameo)
            for e in code(nlp, text)]


def _repression(nlp: Language, text: str) -> list[tuple[str | None, str | None, str]]:
    return [t for t in _triples(nlp, text) if t[2] == "175"]


@pytest.mark.parametrize(("text", "expected"), [
    # the lead retold two sentences on in other words
    ("Riot police fired tear gas at demonstrators in Harare. The demonstrators were demanding higher wages. "
     "Hundreds were hurt when police opened fire on the demonstrators near the stadium.",
     [("ZWECOP", "ZWECVL", "175")]),
    # two triggers of one act in one sentence, neither naming a crowd
    ("Police in Accra used water cannons in dispersing the protest.", [("GHACOP", "GHA", "175")]),
])
def test_force_retold_one_crackdown_told_twice_is_one_event(
        nlp: Language, text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _repression(nlp, text) == expected


def test_force_retold_the_named_crowd_stands_for_the_vague_telling(nlp: Language) -> None:
    text = ("Police in Lusaka used tear gas to break up a rally. The rally was called by the opposition. "
            "Police fired tear gas at the marchers near the market.")
    assert _repression(nlp, text) == [("ZMBCOP", "ZMBCVL", "175")]


@pytest.mark.parametrize("text", [
    # another crowd
    "Police in Kampala fired tear gas at students. The students were demanding lower fees. "
    "Police also fired tear gas at opposition supporters in Gulu.",
    # another day
    "Police in Kinshasa fired tear gas at opposition supporters on Monday. Their leader called for calm. "
    "On Wednesday police fired tear gas at the opposition supporters again.",
])
def test_force_retold_another_crowd_or_day_is_another_event(nlp: Language, text: str) -> None:
    assert len(_repression(nlp, text)) == 2


@pytest.mark.parametrize(("text", "expected"), [
    # a killing coordinated with the shooting by the same doer on the same victims
    ("Soldiers shot and killed two protesters in Bamako.", [("MLIMIL", "MLICVL", "175")]),
    # two verbs of one code
    ("Police arrested and detained the opposition leader in Minsk.", [("BLRCOP", "BLROPP", "173")]),
    # two codes stay two
    ("Kenyan police beat and arrested dozens of students.", [("KENCOP", "KENEDU", "182"), ("KENCOP", "KENEDU", "173")]),
])
def test_force_coordination_coordinated_verbs_of_one_act(
        nlp: Language, text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _triples(nlp, text) == expected
