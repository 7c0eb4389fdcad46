"""Triggers the dictionaries lacked (session 25): a crowd taking over a public building
(``protest.crowd_take_over``, 144), not armed men, a company or a crowd taking over a task.

Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from helpers import Ruled, event_rules

DATE = "2021-11-16"

def _coded(nlp: Language, text: str) -> list[Ruled]:
    return event_rules(text, nlp, DATE)


def _rules(coded: list[Ruled]) -> set[str]:
    return {rule.split("+")[0] for *_, rule in coded}


TAKEN_OVER = [
    ("Protesters in Andijan took over the mayor's office and freed hundreds of prisoners.", None),
    ("Backers of the ousted Kyrgyz president took over regional government offices in Osh.", "KGZCVL"),
    ("Ecuadorean protesters have also taken over several oil facilities.", "ECUCVL"),
    ("Striking Bolivian miners took over the state mining company's headquarters in Oruro.", None),
]


@pytest.mark.parametrize(("text", "source"), TAKEN_OVER)
def test_a_crowd_taking_over_a_building_obstructs_it(nlp: Language, text: str, source: str | None) -> None:
    coded = _coded(nlp, text)
    found = [c for c in coded if c[3].startswith("protest.crowd_take_over")]
    assert found and all(cameo == "144" for _, _, cameo, _ in found)
    if source is not None:
        assert found[0][0] == source
    # no occupation by force is coded of the same act
    assert not any(cameo.startswith("19") for _, _, cameo, _ in coded)


NOT_A_CROWD = [
    # soldiers, rebels and companies that take something over are no crowd
    "The Malian army took over the presidential palace in Bamako.",
    "Ethiopian rebels took over the town of Lalibela.",
    "A Chinese company took over the Greek port of Piraeus.",
    # a crowd taking over a task or a role is no obstruction
    "Striking workers took over the running of the canteen.",
    # a party that takes over a council after a vote, and a crowd that takes over a pitch, obstruct nothing
    "The Georgian opposition took over the city council after the local elections.",
    "Thousands of fans took over the field after the final whistle in Lagos.",
]


@pytest.mark.parametrize("text", NOT_A_CROWD)
def test_no_crowd_no_take_over_protest(nlp: Language, text: str) -> None:
    assert "protest.crowd_take_over" not in _rules(_coded(nlp, text))
