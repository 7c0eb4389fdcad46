""""They" after a plural group placed by a phrase ("protesters in Nairobi") joins that group
(newsevents.actors.pronouns). Sentences written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from events_helpers import code


@pytest.mark.model
@pytest.mark.parametrize(("text", "source"), [
    ("Police clashed with students in Kampala on Friday. They blocked a highway and burned tyres.", "UGAEDU"),
    ("Riot police fired tear gas at protesters in Lusaka as they blocked a main road.", "ZMBCVL"),
    ("Police clashed with protesters in Nairobi on Monday. They blocked a road into the city.", "KENCVL"),
])
def test_pronouns_they_joins_a_placed_plural_group(nlp: Language, text: str, source: str) -> None:
    blocks = [e for e in code(nlp, text) if e.cameo == "144"]
    assert blocks and all(e.source is not None and e.source.code == source for e in blocks)


@pytest.mark.model
@pytest.mark.parametrize(("text", "dyad"), [
    ("Striking farmers blocked a highway outside Nairobi on Tuesday.", ("KENAGR", "KEN")),
    ("Police clashed with students in Kampala on Friday. They blocked a highway and burned tyres.",
     ("UGAEDU", "UGA")),
])
def test_implied_crowd_blockade_aims_at_home(nlp: Language, text: str, dyad: tuple[str, str]) -> None:
    blocks = {(e.source.code if e.source else None, e.target.code if e.target else None)
              for e in code(nlp, text) if e.cameo == "144"}
    assert dyad in blocks
