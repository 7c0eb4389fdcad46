"""Act nouns that name their own doer and victim, told beside an act of the other side (session 29,
helper noun29).

- A noun of cut relations with a named possessor and a victim ("Ottawa's expulsion of Chinese
  diplomats", "Beijing's sanctions on Lithuanian firms") is read like the nouns of force
  (events/agent_nouns.py), wherever it stands.
- The same act between the same two sides the other way round is another act when one side does
  it to the other: "expelled Canadian diplomats in retaliation for Ottawa's expulsion of Chinese
  diplomats" tells two expulsions (events/anchors.back_reference), and a headline's "China expels
  Canadian diplomats" is not the body's Canadian expulsion retold (story/structure.same_act).
- An act named as what its clause answers, with its own doer and no victim, was done to the
  answering clause's subject: "launched airstrikes in response to Hamas rocket attacks"
  (events/answered_acts.py); not a dated, possible or doerless one, nor one in a headline line.

Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from helpers import Ruled, event_rules

DATE = "2024-05-06"


def _coded(nlp: Language, text: str) -> list[Ruled]:
    return event_rules(text, nlp, DATE)


def _dyads(coded: list[Ruled]) -> set[tuple[str, str, str]]:
    return {((s or "")[:3], (t or "")[:3], c[:2]) for s, t, c, _ in coded}


ANSWERED = [
    ("Beijing expelled two Canadian diplomats on Tuesday in retaliation for Ottawa's expulsion of Chinese "
     "diplomats.", ("CHN", "CAN", "16"), ("CAN", "CHN", "16")),
    ("Oslo expelled a Russian envoy on Monday in response to Moscow's expulsion of Norwegian diplomats.",
     ("NOR", "RUS", "16"), ("RUS", "NOR", "16")),
]


@pytest.mark.parametrize(("text", "answer", "answered"), ANSWERED)
def test_noun29_an_answered_expulsion_is_an_act_of_its_own(nlp: Language, text: str, answer: tuple[str, ...],
                                                          answered: tuple[str, ...]) -> None:
    dyads = _dyads(_coded(nlp, text))
    assert answer in dyads and answered in dyads, dyads


def test_noun29_a_possessor_sanction_on_a_victim_codes(nlp: Language) -> None:
    dyads = _dyads(_coded(nlp, "Vilnius recalled its envoy on Friday over Beijing's sanctions on Lithuanian firms."))
    assert ("CHN", "LTU", "16") in dyads, dyads


def test_noun29_a_headline_expulsion_is_not_the_answered_one_retold(nlp: Language) -> None:
    text = ("China expels two Canadian diplomats\n\nChina will expel two Canadian diplomats in retaliation for "
            "Canada's expulsion of two Chinese diplomats, the Chinese foreign ministry said on Tuesday.")
    dyads = _dyads(_coded(nlp, text))
    assert ("CHN", "CAN", "16") in dyads and ("CAN", "CHN", "16") in dyads, dyads


def test_noun29_a_possible_expulsion_is_no_act(nlp: Language) -> None:
    # near miss: a possible act, whatever its possessor
    dyads = _dyads(_coded(nlp, "Ministers discussed Ottawa's possible expulsion of Chinese diplomats on Monday."))
    assert ("CAN", "CHN", "16") not in dyads, dyads


def test_noun29_an_expulsion_with_no_doer_named_codes_nothing(nlp: Language) -> None:
    # near miss: no possessor or "by" names who expelled
    dyads = _dyads(_coded(nlp, "Beijing protested on Tuesday against the expulsion of Chinese diplomats."))
    assert not any(d[2] == "16" for d in dyads), dyads


def test_noun29_a_definite_attack_told_again_stays_one(nlp: Language) -> None:
    # near miss: the same side's attack told again in the same direction is still one act
    coded = _coded(nlp, "Israeli jets struck Gaza on Monday. The Israeli strikes on Gaza killed 20 people.")
    assert len([c for _, _, c, _ in coded if c.startswith("19")]) == 1, coded


RETALIATIONS = [
    ("Israel launched airstrikes on Gaza on Monday in response to Hamas rocket attacks.", ("PSE", "ISR", "19")),
    ("Turkey is continuing its response to a deadly Syrian mortar attack, shelling Syrian army posts.",
     ("SYR", "TUR", "19")),
    ("Oslo expelled a Russian envoy on Monday in response to Moscow's expulsions.", ("RUS", "NOR", "16")),
]


@pytest.mark.parametrize(("text", "answered"), RETALIATIONS)
def test_noun29_an_answered_act_was_done_to_the_answerer(nlp: Language, text: str,
                                                         answered: tuple[str, ...]) -> None:
    dyads = _dyads(_coded(nlp, text))
    assert answered in dyads, dyads


def test_noun29_an_answered_act_of_a_named_year_is_background(nlp: Language) -> None:
    # near miss: a dated act named as the reason is background, not news
    dyads = _dyads(_coded(nlp, "In response to the Israeli offensive in December 2008, Mauritania cut ties with "
                               "Israel on Friday."))
    assert ("ISR", "MRT", "19") not in dyads, dyads


def test_noun29_an_answered_act_with_no_doer_codes_nothing(nlp: Language) -> None:
    # near miss: "in response to the attacks": no doer named on the noun
    coded = _coded(nlp, "Kenyan police arrested 20 people on Monday in response to the attacks.")
    assert not any(c.startswith(("18", "19")) for _, _, c, _ in coded), coded


def test_noun29_a_possible_answered_act_codes_nothing(nlp: Language) -> None:
    # near miss: a prospect, not an act
    dyads = _dyads(_coded(nlp, "Israel deployed troops on Monday in response to a possible Hezbollah attack."))
    assert ("LBN", "ISR", "19") not in dyads, dyads


def test_noun29_an_answered_act_in_a_headline_is_left_to_the_body(nlp: Language) -> None:
    # the headline's answered strikes are not coded there, so the body's own report of them stays
    text = ("Hezbollah fires rockets in response to Israeli air strikes\n\nHezbollah fired dozens of rockets at "
            "northern Israel on Friday. In a statement, Hezbollah said the Israeli air strikes had hit open ground "
            "in Lebanon.")
    dyads = _dyads(_coded(nlp, text))
    assert ("ISR", "LBN", "19") in dyads, dyads
