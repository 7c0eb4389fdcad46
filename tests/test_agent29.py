"""The agents of passives and participles (session 29, helper agent29).

- A "by" agent is the doer of a passive in every shape the parser gives it: a finite passive
  ("was arrested by police"), a reduced relative ("protesters arrested by police were ..."), a
  participle set off by commas, a passive gerund ("after being beaten by"), a passive shared by
  two verbs ("were arrested and beaten by"); an ally a fighting doer is "backed by" fights too,
  and a mediator acts on both sides it mediates between.
- A "by" phrase that names a time, an amount or a means is no doer: "by Friday",
  "by 20 votes", "by tear gas".
- Left out (docs/design.md, session 29): a light-verb participle on an act noun ("the threat made
  by X against Y") and an arrest made in a raid with a named doer ("arrested in a raid by X").

Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from helpers import event_rules

DATE = "2024-05-06"


def _triples(nlp: Language, text: str) -> set[tuple[str | None, str | None, str]]:
    return {(s, t, c) for s, t, c, _ in event_rules(text, nlp, DATE)}


AGENTS = [
    ("Kenyan opposition leader Raila Odinga was arrested by police in Nairobi on Monday.",
     ("KENCOP", "KENOPP", "173")),
    ("Protesters arrested by Egyptian police were taken to a prison in Cairo.", ("EGYCOP", "EGYCVL", "173")),
    ("The Syrian government was accused by Human Rights Watch of torturing detainees.",
     ("NGOHRW", "SYRGOV", "112")),
    ("The Israeli ambassador was expelled by Bolivia.", ("BOL", "ISRGOV", "166")),
    ("The Pakistani opposition leader was released by the authorities on Thursday.", ("PAKGOV", "PAKOPP", "0841")),
    ("Sudan's army was accused by the United States of committing atrocities.", ("USA", "SDNMIL", "112")),
    ("The protesters were fired on by Syrian troops.", ("SYRMIL", "SYRCVL", "175")),
    ("The journalist, detained by Ethiopian security forces last week, was released on Monday.",
     ("ETHCOP", "ETHMED", "173")),
    ("Two Kenyan journalists were arrested and beaten by Kenyan police in Nairobi.", ("KENCOP", "KENMED", "182")),
    ("Zimbabwean opposition activists took refuge in the embassy after being beaten by Zimbabwean police.",
     ("ZWECOP", "ZWEOPP", "182")),
]


@pytest.mark.parametrize(("text", "triple"), AGENTS)
def test_agent29_a_passive_agent_is_the_doer(nlp: Language, text: str, triple: tuple[str, str, str]) -> None:
    assert triple in _triples(nlp, text)


def test_agent29_an_ally_backing_a_fighter_fights_too(nlp: Language) -> None:
    triples = _triples(nlp, "Fighters backed by Turkey attacked Kurdish positions in northern Syria.")
    assert ("TUR", "SYR", "190") in triples


def test_agent29_a_mediator_acts_on_both_sides(nlp: Language) -> None:
    triples = _triples(nlp, "Talks mediated by Qatar between Israel and Hamas resumed on Friday.")
    assert {("QAT", "ISR", "045"), ("QAT", "PSEINS", "045")} <= triples


NOT_AGENTS = [
    "The prisoners must be released by Friday, the Kenyan court ruled.",
    "The resolution against Iran was adopted by 20 votes to 5.",
    "The Pakistani protesters were dispersed by tear gas.",
    "The Ethiopian journalist was arrested by mid-morning.",
]


@pytest.mark.parametrize("text", NOT_AGENTS)
def test_agent29_a_time_amount_or_means_is_no_doer(nlp: Language, text: str) -> None:
    assert _triples(nlp, text) == set()

