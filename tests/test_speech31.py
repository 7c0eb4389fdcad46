"""Praise told as a reported verdict, and acts reported by their own doers (session 31).

"Said the sanctions will be a positive step", "said this was an encouraging step": a report verb
whose clause judges another side's step by a copula (or "represents", "marks") and a good name ("a positive step", "a
milestone") or as a big, decisive or important step, a step forward or in the right direction,
praises whoever took it (CAMEO 051; ``patterns.yaml`` ``support.verdict_good``,
``events/praised_steps.py``). The step's taker is its possessor or adjective, a "by" phrase, or the
doer of the latest act of its kind told before, an international body included
(``anaphora._placed``). A side's report of its own act is the act (CONVENTIONS 4.2).

Near misses: a denied or hedged verdict, "it was a historic day", one's own step, a side's report of
the other side's attack (an accusation, CONVENTIONS 4.3), hearsay of what may have happened, and an
act a speaker says may happen. Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from helpers import Ruled, event_rules

DATE = "2024-05-06"


def _coded(nlp: Language, text: str) -> list[Ruled]:
    return event_rules(text, nlp, DATE)


PRAISED = [
    # the step's adjective names its taker
    ("South Africa's foreign minister said the Zimbabwean decision was a positive step.", "ZAFGOV", "ZWE"),
    # any named act of another (test_events_verbal had it as no praise before session 31)
    ("The Zambian president said the Angolan visit was a success.", "ZMBGOV", "AGO"),
    # a "by" phrase names it
    ("The decision by Ghana to reopen the border was a milestone, Togo's president said.", "TGOGOV", "GHA"),
    # the latest act of its kind, an international body's
    ("The Security Council imposed sanctions on Guinea on Monday. Senegal's president said the sanctions"
     " were a welcome step.", "SENGOV", "IGOUNO"),
    # a demonstrative for the act just told
    ("Peru freed 40 Bolivian prisoners on Monday. Bolivia's foreign minister said this was an encouraging"
     " step.", "BOLGOV", "PER"),
    # a step called big, forward, or in the right direction
    ("Japan's foreign minister said the Chinese decision was a big step forward.", "JPNGOV", "CHN"),
    ("Chile's foreign minister said the Peruvian move was a step in the right direction.", "CHLGOV", "PER"),
    # a verb that equates as a copula does
    ("Peru freed 40 Bolivian prisoners on Monday. Bolivia's foreign minister said this marks an important"
     " step.", "BOLGOV", "PER"),
]


@pytest.mark.parametrize(("text", "source", "target"), PRAISED)
def test_speech31_a_reported_good_verdict_praises_the_steps_taker(nlp: Language, text: str, source: str,
                                                                  target: str) -> None:
    coded = _coded(nlp, text)
    assert any(s == source and t == target and c == "051" for s, t, c, _ in coded), coded


NO_PRAISE = [
    # denied
    "South Africa's foreign minister said the Zimbabwean decision was not a positive step.",
    # hedged: a guess about a step not yet taken
    "South Africa's foreign minister said the Zimbabwean proposal could be a positive step.",
    # "it" names no act
    "Peru freed 40 Bolivian prisoners on Monday. Bolivia's foreign minister said it was a historic day.",
    # one's own step
    "Kenya's president said his government's decision was a positive step.",
    # a step with no word of praise, and a word of praise on no step
    "Japan's foreign minister said the Chinese decision was a first step.",
    "Japan's foreign minister said the Chinese decision was an important issue.",
    "Peru freed 40 Bolivian prisoners on Monday. Bolivia's foreign minister said this could mark an important"
    " step.",
]


@pytest.mark.parametrize("text", NO_PRAISE)
def test_speech31_no_praise_without_a_judged_step_of_another(nlp: Language, text: str) -> None:
    coded = _coded(nlp, text)
    assert not any(c == "051" for _, _, c, _ in coded), coded


OWN_ACTS = [
    ("Kenyan police said they detained 30 opposition supporters in Nairobi.", "KENCOP", "KENOPP", "173"),
    ("Egypt's foreign ministry said it had expelled two Israeli diplomats.", "EGYGOV", "ISRGOV", "166"),
]


@pytest.mark.parametrize(("text", "source", "target", "cameo"), OWN_ACTS)
def test_speech31_a_sides_report_of_its_own_act_is_the_act(nlp: Language, text: str, source: str,
                                                           target: str, cameo: str) -> None:
    coded = _coded(nlp, text)
    assert any(s == source and t == target and c == cameo for s, t, c, _ in coded), coded


def test_speech31_a_victims_report_is_an_accusation_not_the_attack(nlp: Language) -> None:
    coded = _coded(nlp, "Ghana's government said Togolese soldiers had attacked its border post.")
    assert any(s == "GHAGOV" and t == "TGOMIL" and c.startswith("112") for s, t, c, _ in coded), coded
    assert not any(c.startswith("19") for _, _, c, _ in coded), coded


@pytest.mark.parametrize("text", [
    # hearsay of what may have happened
    "Unconfirmed reports said Chadian troops might have crossed into Sudan.",
    # an act a speaker says may happen
    "The Malian army said its troops may free the hostages held by the rebels soon.",
])
def test_speech31_no_act_from_hearsay_or_a_possible_act(nlp: Language, text: str) -> None:
    coded = _coded(nlp, text)
    assert not any(c[:2] in ("08", "19") for _, _, c, _ in coded), coded
