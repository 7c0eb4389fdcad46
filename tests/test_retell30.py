"""Session 30's retold acts whose person the tables code by two sectors (events/retold_twins._same_side):
"arrested the main opposition leader, Morgan Tsvangirai. Tsvangirai was taken away by police" is
one arrest, though the title codes an opposition figure and the persons table, on a date before his
first office, an elite. Coreference keeps the title and the apposed name apart, so the test links
them by the apposition.

Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from newsevents.extraction import extract

Dyad = tuple[str | None, str | None, str]


def _arrests(nlp: Language, text: str) -> list[Dyad]:
    return [(e.source.code if e.source else None, e.target.code if e.target else None, e.cameo)
            for e in extract(text, date="2007-03-28", nlp=nlp).events if e.cameo == "173"]


@pytest.mark.parametrize("text", [
    "Zimbabwean police on Monday arrested the main opposition leader, Morgan Tsvangirai, outside a church "
    "in Bulawayo. Tsvangirai was taken away by police in a truck.",
    "Police in Harare detained the opposition leader, Morgan Tsvangirai, on Monday. Tsvangirai was held by "
    "police at a station for six hours.",
    "Police in Harare detained the opposition leader, Morgan Tsvangirai, on Monday. Mr Tsvangirai was taken "
    "away by police in a truck.",
])
def test_retell30_named_again_after_his_title_is_one_arrest(nlp: Language, text: str) -> None:
    assert _arrests(nlp, text) == [("ZWECOP", "ZWEOPP", "173")]


@pytest.mark.parametrize("text", [
    # another person, whom nothing apposes to the title
    "Zimbabwean police on Monday arrested the main opposition leader, Morgan Tsvangirai. Police took away "
    "Arthur Mutambara in a truck.",
    "Zimbabwean police on Monday arrested the main opposition leader, Morgan Tsvangirai. Robert Mugabe was "
    "taken away by police in a truck.",
    # the same man on another day, or told as a further act
    "Zimbabwean police on Monday arrested the main opposition leader, Morgan Tsvangirai. Tsvangirai was taken "
    "away by police in a truck last March.",
    "Zimbabwean police on Monday arrested the main opposition leader, Morgan Tsvangirai. Tsvangirai was taken "
    "away by police on Friday.",
    "Zimbabwean police on Monday arrested the main opposition leader, Morgan Tsvangirai. Tsvangirai was later "
    "taken away by police again.",
])
def test_retell30_near_misses_stay_two_arrests(nlp: Language, text: str) -> None:
    assert len(_arrests(nlp, text)) == 2
