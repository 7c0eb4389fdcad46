"""A crowd that gathers to demand, denounce or protest is protesting, whoever the crowd is."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newsevents.extraction import extract


def _events(nlp: Language, text: str) -> list[tuple[str | None, str, str | None]]:
    ex = extract(text, "2016-05-02", nlp=nlp)
    return [(e.source.code if e.source else None, e.cameo, e.target.code if e.target else None)
            for e in ex.events]


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    ("LUSAKA, Zambia — Several thousand people gathered in Lusaka on Sunday to demand the release of "
     "the jailed opposition leader. Police kept their distance.", ("ZMBCVL", "141", "ZMBGOV")),
    ("Hundreds of Peruvians assembled outside the congress in Lima to denounce the new mining law.",
     ("PERCVL", "141", "PERLEG")),  # a counted people: civilians of the country
])
def test_a_crowd_gathered_for_a_demand_or_a_protest_demonstrates(
        nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _events(nlp, text)


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Hundreds of people gathered in the main square of Lima to celebrate the anniversary.",
    "Thousands of supporters of the club gathered at the airport to greet the returning team.",
    "Relatives gathered outside the hospital in Lusaka to wait for news of the injured.",
    "Villagers gathered near the river to bury the victims of the flood.",
])
def test_a_crowd_gathered_for_anything_else_makes_no_event(nlp: Language, text: str) -> None:
    assert _events(nlp, text) == []
