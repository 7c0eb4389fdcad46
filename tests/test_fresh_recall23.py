"""Recall on fresh news, pooled census (session 23): a clash between a crowd and the state's forces is
coded both ways.

The coding convention (tests/data/realnews/CONVENTIONS.md, rule 3.3) codes such a clash as the
crowd's violent protest (145, crowd -> forces) and the forces' violent repression (175, forces ->
crowd). The coder read a verb of clashing only as the crowd's riot, so the police's side was lost
unless the sentence also told their force ("fired tear gas at"). ``force_sides.clash_repression``
now gives the clash its second event; a 175 told in detail in the same story stays one event
(``events/force_retold.py``).

Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from helpers import event_codes

DATE = "2019-03-09"


def _events(nlp: Language, text: str) -> list[tuple[str | None, str | None, str]]:
    return [(source, target, cameo) for source, target, cameo, _ in event_codes(text, nlp, DATE)]


def _coded(nlp: Language, text: str, cameo: str) -> list[tuple[str | None, str | None, str]]:
    return [e for e in _events(nlp, text) if e[2] == cameo]


@pytest.mark.model
@pytest.mark.parametrize("text, country", [
    ("Riot police clashed with students outside the university in Dhaka on Monday.", "BGD"),
    ("Opposition supporters clashed with police in the Togolese capital on Saturday.", "TGO"),
    ("Hundreds of Malawian demonstrators fought with police near parliament on Thursday.", "MWI"),
])
def test_a_clash_with_a_crowd_is_both_sides_acts(nlp: Language, text: str, country: str) -> None:
    riots = _coded(nlp, text, "145")
    repressions = _coded(nlp, text, "175")
    assert any(s is not None and s.startswith(country) and t == country + "COP" for s, t, _ in riots), riots
    assert any(s == country + "COP" and t is not None and t.startswith(country) for s, t, _ in repressions), \
        repressions


@pytest.mark.model
def test_the_force_told_in_detail_is_the_same_repression(nlp: Language) -> None:
    # one crowd, one force, one day: the clash and the tear gas are one act of repression
    text = "Police clashed with protesters in Nairobi on Tuesday, firing tear gas at the crowd."
    assert len(_coded(nlp, text, "175")) == 1


@pytest.mark.model
def test_a_fight_between_armed_sides_is_no_repression(nlp: Language) -> None:
    # near miss: rebels are no crowd, so the clash is a fight (190), not repression
    events = _events(nlp, "Ugandan police clashed with rebels near the border on Friday.")
    assert not [e for e in events if e[2] == "175"], events


@pytest.mark.model
def test_stones_thrown_are_no_clash(nlp: Language) -> None:
    # near miss: a crowd that throws stones riots; the police's act is told only where it is
    events = _events(nlp, "Students threw stones at police outside the university in Dhaka on Monday.")
    assert [e for e in events if e[2] == "145"], events
    assert not [e for e in events if e[2] == "175"], events


@pytest.mark.model
def test_fans_abroad_are_not_repressed_by_their_own_state(nlp: Language) -> None:
    # near miss: the police are another country's than the crowd's, so no repression is coded
    events = _events(nlp, "Kenyan fans clashed with Ugandan police after the match in Kampala.")
    assert not [e for e in events if e[2] == "175"], events


@pytest.mark.model
def test_a_clash_of_words_codes_no_force(nlp: Language) -> None:
    # near miss: ministers who clash over a budget use no force
    events = _events(nlp, "Kenyan ministers clashed over the budget at a cabinet meeting on Monday.")
    assert not [e for e in events if e[2] in ("145", "175")], events
