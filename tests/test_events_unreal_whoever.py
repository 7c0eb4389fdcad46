"""A present-tense relative clause on "those" names whoever might act, not an act that happened."""

from __future__ import annotations

import pytest
from spacy.language import Language

from events_helpers import code

pytestmark = pytest.mark.model


@pytest.mark.parametrize(("text", "root"), [
    ("The Gabonese president said those who attack the army will be punished.", "19"),
    ("Bolivia's opposition called on all those who support democracy to march on Saturday.", "05"),
    ("The Zambian minister said those who support the rebels would face prosecution.", "05"),
])
def test_unreal_those_who_in_the_present_is_no_act(nlp: Language, text: str, root: str) -> None:
    events = code(nlp, text, "2016-02-10")
    assert not any(e.cameo.startswith(root) for e in events), events


def test_unreal_those_who_in_the_past_still_reports_the_act(nlp: Language) -> None:
    text = "The Gabonese president said those who attacked the army base on Monday were arrested."
    events = code(nlp, text, "2016-02-10")
    assert any(e.cameo.startswith("19") for e in events), events


@pytest.mark.parametrize("text", [
    "The talks stalled over the Kivu region, where M23 rebels have fought the Congolese army since May.",
    "Aid stopped in the north, where Tuareg rebels have attacked Malian army posts since January.",
])
def test_unreal_a_present_perfect_where_clause_reports_what_goes_on(nlp: Language, text: str) -> None:
    events = code(nlp, text, "2013-06-04")
    assert any(e.cameo.startswith("19") for e in events), events


@pytest.mark.parametrize("text", [
    "Aid stopped in the north, where Tuareg rebels had attacked Malian army posts in 2012.",
    "Mali's army fought the Tuareg group, which has attacked Malian army posts since January.",
])
def test_unreal_other_perfect_relative_clauses_still_describe(nlp: Language, text: str) -> None:
    events = code(nlp, text, "2013-06-04")
    assert not any(e.cameo.startswith("19") and e.source is not None and e.source.sector != "MIL"
                   for e in events), events
