"""Trigger words the dictionaries lacked, pooled over the fresh-news recall censuses (session 29).

``patterns.yaml`` gains: a court granting bail (0841), a policy cancelled, annulled or walked back
(0832, ``yield.withdraw_policy``), a crowd setting up tents (141), and aid or relief "provided X with"
(070, 073).

Near misses are the other senses of the same words: tents for refugees and flood victims, goods sold,
facts provided, time granted, a visit cancelled. Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from helpers import Ruled, event_rules

DATE = "2024-05-06"


def _coded(nlp: Language, text: str) -> list[Ruled]:
    return event_rules(text, nlp, DATE)


CODED = [
    ("A Zambian court granted bail to the jailed Zambian opposition leader.", "ZMBJUD", "ZMBOPP", "0841"),
    ("Japan provided Haiti with emergency relief.", "JPN", "HTI", "073"),
    ("The World Bank provided Kenya with a new loan.", "IGOWBK", "KEN", "070"),
    ("Thousands of Zambian students protested in Lusaka against the new decree. Zambia's government cancelled"
     " the decree on Wednesday.", "ZMBGOV", "ZMBEDU", "0832"),
]


@pytest.mark.parametrize(("text", "source", "target", "cameo"), CODED)
def test_dict29_new_triggers_code(nlp: Language, text: str, source: str, target: str, cameo: str) -> None:
    coded = _coded(nlp, text)
    assert any(s == source and t == target and c == cameo for s, t, c, _ in coded), coded


def test_dict29_a_crowd_setting_up_tents_protests(nlp: Language) -> None:
    coded = _coded(nlp, "Armenian opposition supporters set up tents outside the parliament building in Yerevan.")
    assert any(s == "ARMOPP" and c == "141" and r.startswith("protest.pitch_tents") for s, _, c, r in coded), coded


NOT_CODED = [
    # tents for people in need, not a protest camp
    ("Refugees set up tents near the Turkish border.", "141"),
    ("The Kenyan army set up tents for the flood victims.", "141"),
    # goods sold and facts given are no aid
    ("Russia supplied Germany with natural gas.", "07"),
    ("The ministry provided reporters with details of the plan.", "07"),
    # time granted, a visit cancelled
    ("The Zambian court granted the government more time.", "0841"),
    ("The Zambian court denied bail to the jailed Zambian opposition leader.", "0841"),
    ("The Zambian minister cancelled his visit to Malawi.", "0832"),
]


@pytest.mark.parametrize(("text", "cameo"), NOT_CODED)
def test_dict29_other_senses_code_nothing(nlp: Language, text: str, cameo: str) -> None:
    coded = _coded(nlp, text)
    assert not any(c.startswith(cameo) for _, _, c, _ in coded), coded
