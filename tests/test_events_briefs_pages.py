"""Restraints from a false-event census of fresh news (session 18, Wikinews briefs and Global
Voices roundups): the title lines inside a briefs page are sentences of their own, a titled plan
is no done act, an act the story under a title tells again is coded once, and on a page of
several titled stories an actor's country must be named in its own story. Sentences written for
these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from events_helpers import code
from newsevents.story.subheadings import subheading_spans

PAGE_HEAD = "Briefs: March 4, 2009\n\n"


def _titles(text: str) -> list[str]:
    return [text[s:e] for s, e in subheading_spans(text)]


@pytest.mark.parametrize(("text", "titles"), [
    ("Page\n\nChadian rebels seize border town\n\nRebels took the town on Monday.\n\nFloods hit coast\n\nRain "
     "fell.", ["Chadian rebels seize border town", "Floods hit coast"]),
    ("Page\n\nTalks resume in Oslo\n\n\"We are ready,\" he said.", ["Talks resume in Oslo"]),
    ("Page\n\n14 May 2009\n\nThe court ruled on Sunday.", ["14 May 2009"]),
])
def test_subheadings_finds_title_lines(text: str, titles: list[str]) -> None:
    assert _titles(text) == titles


@pytest.mark.parametrize("text", [
    "Page\n\nThe minister said the talks would go on.\n\nThey did.",  # a sentence, with its stop
    "Page\n\nHe said it was because,\n\nthe roads were closed.",  # a clause broken over lines
    "Page\n\nRebels took the town\n\nand held it for a week.",  # the next paragraph goes on in lower case
    "Page\n\nUpdate\n\nThe rebels left.",  # one word: a label, not a title
    "Page\nRebels seize a town\nThe army fled.",  # no blank lines: lines of one paragraph
])
def test_subheadings_leaves_other_lines(text: str) -> None:
    assert _titles(text) == []


@pytest.mark.model
@pytest.mark.parametrize("text", [
    PAGE_HEAD + "Kenya and Uganda to hold border talks\n\nKenya and Uganda will hold talks on their border "
    "next week, officials said.\n\nStorm hits island\n\nA storm hit the island on Sunday.",
    PAGE_HEAD + "Peru and Chile to sign fishing accord\n\nThe two governments plan to sign the accord in Lima "
    "next month.\n\nStorm hits island\n\nA storm hit the island on Sunday.",
])
def test_briefs_pages_titled_plan_codes_no_done_act(nlp: Language, text: str) -> None:
    events = code(nlp, text)
    assert not any(e.cameo[:2] in ("04", "05") for e in events), [(e.cameo, e.rule) for e in events]


@pytest.mark.model
@pytest.mark.parametrize("text", [
    PAGE_HEAD + "Zambian police arrest opposition leader\n\nZambian police arrested the leader of the main "
    "opposition party in Lusaka on Monday.\n\nStorm hits island\n\nA storm hit the island on Sunday.",
])
def test_briefs_pages_titled_act_told_again_is_one_event(nlp: Language, text: str) -> None:
    arrests = [e for e in code(nlp, text) if e.cameo == "173"]
    assert len(arrests) == 1, [(e.sentence, e.rule) for e in arrests]
    assert arrests[0].span[0] >= text.index("\n\nZambian police arrested")  # in the story, not its title


@pytest.mark.model
@pytest.mark.parametrize("text", [
    # a bare crowd in the second story must not take the first story's country (the page is a briefs
    # page: its items name different countries, Ghana and Fiji)
    PAGE_HEAD + "Ghana votes in tight race\n\nGhanaians voted on Sunday in a close presidential election, "
    "officials in Ghana said.\n\nClashes in mountain village\n\nSome villagers attacked the soldiers with "
    "stones on Friday.\n\nStorm hits Fiji\n\nA storm hit Fiji on Sunday.",
])
def test_briefs_pages_country_of_another_story_left_out(nlp: Language, text: str) -> None:
    assert not any(e.source is not None and e.source.country == "GHA" and e.cameo[:2] in ("14", "19")
                   for e in code(nlp, text))


@pytest.mark.model
@pytest.mark.parametrize(("text", "pair"), [
    # a country named in the story's own item is kept
    (PAGE_HEAD + "Storm hits island\n\nA storm hit the island on Sunday.\n\nZambian police arrest opposition "
     "leader\n\nZambian police arrested the leader of the main opposition party in Lusaka on Monday.\n\nFloods "
     "in the south\n\nRivers burst their banks.", ("ZMB", "173")),
    # one inner title is a section of one story, not a briefs page: the story's country stands
    ("Zambian police arrest opposition leader\n\nZambian police arrested the leader of the main opposition "
     "party in Lusaka on Monday.\n\nReactions at home\n\nPolice also detained two of his aides on Tuesday.",
     ("ZMB", "173")),
])
def test_briefs_pages_keeps_countries_named_in_the_item(nlp: Language, text: str, pair: tuple[str, str]) -> None:
    found = {(e.source.country if e.source else None, e.cameo) for e in code(nlp, text)}
    assert pair in found, found
