"""Doers named as members of a group: "Japan was among the countries that condemned the test"."""

from __future__ import annotations

import pytest
from spacy.language import Language

from events_helpers import code

pytestmark = pytest.mark.model


@pytest.mark.parametrize(("text", "root", "source", "target"), [
    ("Brazil was among the countries that condemned the Venezuelan election.", "11", "BRA", "VEN"),
    ("Peru was among those who criticized the Bolivian government on Monday.", "11", "PER", "BOL"),
    ("Norway was the first country to recognize the new Libyan government.", "05", "NOR", "LBY"),
])
def test_member_doers_the_member_does_the_groups_act(nlp: Language, text: str, root: str,
                                                     source: str, target: str) -> None:
    events = [e for e in code(nlp, text, "2012-02-20") if e.cameo.startswith(root)]
    assert any(e.source is not None and e.source.country == source and e.target is not None
               and e.target.country == target for e in events), events


@pytest.mark.parametrize("text", [
    "Brazil was among the countries the Venezuelan election angered.",
    "Brazil was among the countries that did not condemn the Venezuelan election.",
])
def test_member_doers_no_act_of_the_member(nlp: Language, text: str) -> None:
    events = code(nlp, text, "2012-02-20")
    assert not any(e.source is not None and e.source.country == "BRA" and e.cameo[:2] == "11"
                   for e in events), events
