"""Session 32's fresh-news census (fp32a): a campaign waged "since" a date long past is background
(story.background.campaign_long_since).

Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from newsevents.extraction import extract
from newsevents.story.background import campaign_long_since

Dyad = tuple[str | None, str | None, str]


def _dyads(nlp: Language, text: str, date: str = "2012-10-17") -> list[Dyad]:
    return [(e.source.code if e.source else None, e.target.code if e.target else None, e.cameo)
            for e in extract(text, date=date, nlp=nlp).events]


def _roots(nlp: Language, text: str, date: str = "2012-10-17") -> list[str]:
    return [cameo[:2] for _, _, cameo in _dyads(nlp, text, date)]


# --- a campaign since long ago: background (story.background.campaign_long_since) -------------------


@pytest.mark.parametrize("text", [
    "The Karen rebels have been fighting the Myanmar army since 1949.",
    "Since 1980, the Shining Path has carried out attacks on Peruvian police stations.",
    "The separatists have staged bombings against Spanish officials since 1968.",
])
def test_fp32a_campaign_since_long_ago_is_background(nlp: Language, text: str) -> None:
    assert "19" not in _roots(nlp, text) and "18" not in _roots(nlp, text)


@pytest.mark.parametrize("text", [
    # a recent start: the story's own campaign
    "The Karen rebels have been fighting the Myanmar army since August.",
    # the act itself, told in the past, with no span
    "The Karen rebels attacked the Myanmar army on Tuesday.",
    # a date in the sentence that is not the start of the campaign
    "The Karen rebels have been fighting the Myanmar army near the town captured in 1995.",
])
def test_fp32a_campaign_near_misses_stay(nlp: Language, text: str) -> None:
    assert "19" in _roots(nlp, text)


def test_fp32a_talks_since_recent_month_stay(nlp: Language) -> None:
    text = "Colombia's government has been holding talks with the FARC rebels in Havana since November."
    assert any(cameo[:2] == "04" for _, _, cameo in _dyads(nlp, text, date="2013-03-21"))


def test_fp32a_state_since_long_ago_is_not_a_campaign(nlp: Language) -> None:
    # a simple perfect with a singular object: the rule leaves it to the other background rules
    doc = nlp("Russian troops have occupied the island since 2014.")
    verb = next(t for t in doc if t.lower_ == "occupied")
    assert not campaign_long_since(verb, "2023-05-01")
