"""False events of session 23's census of fresh news: a byline line between the headline and the
dateline (story/structure.py) left the dateline unread, so its place became the side of the first
verb; an institution named by a name many countries share ("the Republican Party", "the Foreign
Office") kept the one country the dictionaries bind it to (actors/shared_names.py).

Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from helpers import event_codes
from newsevents.records import Article
from newsevents.story.structure import read_structure

DATE = "2019-04-02"


# ---- the byline is read past, the dateline after it is read ------------------------------------

@pytest.mark.parametrize(("text", "place", "country"), [
    ("Troops clash on the border\n\nBy Mary Otieno\n\nNAIROBI, Kenya — Soldiers fired on a crowd.", "Nairobi", "KEN"),
    ("Troops clash on the border\n\nBy Mary Otieno and Ali Hassan\n\nLAGOS (Reuters) – Police fired on a crowd.",
     "Lagos", "NGA"),
    ("Troops clash on the border\n\nBy MARY OTIENO, Reuters\n\nLIMA — Police fired on a crowd.", "Lima", "PER"),
    # no headline: the byline opens the text
    ("By Mary Otieno\n\nLIMA — Police fired on a crowd.", "Lima", "PER"),
])
def test_dateline_after_a_byline(text: str, place: str, country: str) -> None:
    story = read_structure(Article("x", text))
    assert (story.place, story.country) == (place, country)
    start = text.index("By ")
    byline = text[start:text.index("\n", start)]
    assert any(a <= start and start + len(byline) <= b for a, b in story.masked)  # the writers are no actors


@pytest.mark.parametrize("text", [
    # a body sentence that opens with "By": no byline line, nothing masked, no dateline
    "Troops clash on the border\n\nBy Tuesday, soldiers had fired on a crowd in the capital.",
    # "By" and a month or a day alone on a line is a time, not a writer
    "Troops clash on the border\n\nBy March\n\nSoldiers fired on a crowd in the capital.",
    "Troops clash on the border\n\nBy Friday\n\nSoldiers fired on a crowd in the capital.",
])
def test_no_byline(text: str) -> None:
    story = read_structure(Article("x", text))
    assert story.place is None
    assert not any(text[a:b].strip().startswith("By") for a, b in story.masked)


@pytest.mark.model
def test_byline_story_codes_the_soldiers_not_the_dateline(nlp: Language) -> None:
    text = ("Kenyan troops detain protesters\n\nBy Mary Otieno\n\n"
            "NAIROBI, Kenya — Soldiers arrested dozens of protesters on Monday, police said.")
    codes = event_codes(text, nlp, DATE)
    assert [(s, t, c) for s, t, c, _ in codes] == [("KENMIL", "KENCVL", "173")]


@pytest.mark.model
def test_plain_dateline_unchanged(nlp: Language) -> None:
    # near miss: the same story with no byline codes the same event
    text = "Kenyan troops detain protesters\n\nNAIROBI, Kenya — Soldiers arrested dozens of protesters on Monday."
    codes = event_codes(text, nlp, DATE)
    assert [(s, t, c) for s, t, c, _ in codes] == [("KENMIL", "KENCVL", "173")]


# ---- a name many countries share takes the story's country ------------------------------------

def _dyads(text: str, nlp: Language) -> list[tuple[str | None, str | None, str]]:
    return [(s, t, c) for s, t, c, _ in event_codes(text, nlp, DATE)]


@pytest.mark.model
@pytest.mark.parametrize(("text", "dyad"), [
    ("YEREVAN — The Armenian opposition accused the ruling Republican Party on Thursday of rigging the vote "
     "in parliament.", ("ARMOPP", "ARMPTY", "112")),
    ("YEREVAN — The Armenian opposition accused the ruling Republican Party on Thursday of rigging the vote, "
     "an opposition leader told VOA.", ("ARMOPP", "ARMPTY", "112")),
    ("ISLAMABAD — The Foreign Office on Monday criticized the opposition for its remarks on the border dispute, "
     "saying Pakistan would not accept interference.", ("PAKGOV", "PAKOPP", "111")),
])
def test_shared_name_takes_the_story_country(text: str, dyad: tuple[str, str, str], nlp: Language) -> None:
    assert _dyads(text, nlp) == [dyad]


@pytest.mark.model
@pytest.mark.parametrize(("text", "dyad"), [
    # near misses: the name's own country is the story's, or the article names it elsewhere
    ("WASHINGTON — Senate Democrats accused the Republican Party on Thursday of blocking the spending bill.",
     ("USAPTY", "USAPTY", "112")),
    ("YEREVAN — The Armenian opposition accused the ruling Republican Party on Thursday of rigging the vote "
     "in parliament. U.S. diplomats said they were following the dispute.", ("ARMOPP", "USAPTY", "112")),
    # the article names a US institution by its own name: the Republicans are American
    ("TEHRAN — Iran's foreign minister on Sunday accused Republicans in Congress of sabotaging the nuclear deal.",
     ("IRNGOV", "USAPTY", "112")),
    ("LONDON — The Home Office detained 40 migrants on Tuesday, British officials said.", ("GBRGOV", "REF", "173")),
])
def test_shared_name_keeps_its_country(text: str, dyad: tuple[str, str, str], nlp: Language) -> None:
    assert dyad in _dyads(text, nlp)
