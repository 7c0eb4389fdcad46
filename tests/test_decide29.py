"""Decided acts and calls for talks (session 29, helper decide29).

- A decision (decide, resolve) to recognise, give aid, yield or coerce is the act, as
  tests/data/realnews/CONVENTIONS.md 1.1 codes an act "decided in the story's time": "decided to
  lift the sanctions" is 085, no intent (0354). Reducing relations (root 16) was already so.
- Near misses keep their mood: a plan ("plans to"), a consideration ("is considering"), a decision
  not to act, a decision still to come ("will decide"), an agreement ("agreed to free", a promise,
  03x), and a decision to meet (036, as `dev` codes "decided to hold discussions") or to fight.
- Putting off a sanction eases it (085, ``yield.delay_sanctions``, first tried by dict29): "decided to
  delay the tariffs on X" is the easing, no longer left for want of the decided reading.
- A call for talks with a named side stays the offer to talk (036) that `dev` codes twice
  (CONVENTIONS 6.2's "talks" among appeals is read as talks between others, 026).

Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from helpers import event_rules

DATE = "2024-05-06"


def _codes(nlp: Language, text: str) -> set[tuple[str | None, str | None, str]]:
    return {(s, t, c) for s, t, c, _ in event_rules(text, nlp, DATE)}


DECIDED = [
    ("The Canadian government decided on Monday to lift its sanctions on Venezuela.", ("CANGOV", "VEN", "085")),
    ("The Nigerien junta decided to release 40 jailed opposition activists.", ("NERGOV", "NEROPP", "0841")),
    ("The Japanese cabinet has decided to provide emergency aid to Morocco.", ("JPNGOV", "MAR", "070")),
    ("The Chilean government resolved to recognize Palestine as a state.", ("CHLGOV", "PSE", "054")),
    ("The Zambian government decided to ban opposition rallies.", ("ZMBGOV", "ZMBOPP", "1721")),
    ("The Mexican government decided on Friday to delay its tariffs on Chinese cars.", ("MEXGOV", "CHN", "085")),
]


@pytest.mark.parametrize("text, triple", DECIDED)
def test_decide29_decided_act_is_the_act(nlp: Language, text: str, triple: tuple[str, str, str]) -> None:
    codes = _codes(nlp, text)
    assert triple in codes
    assert not any(c[:2] in ("03", "13") for _, _, c in codes)  # no intent, no threat


@pytest.mark.parametrize("text", [
    "The Canadian government plans to lift its sanctions on Venezuela.",
    "The Canadian government is considering lifting its sanctions on Venezuela.",
    "The Canadian government decided not to lift its sanctions on Venezuela.",
    "The Canadian government will decide to lift its sanctions on Venezuela.",
])
def test_decide29_near_misses_are_no_act(nlp: Language, text: str) -> None:
    assert not any(c == "085" for _, _, c in _codes(nlp, text))


@pytest.mark.parametrize("text", [
    "The Mexican government plans to delay its tariffs on Chinese cars.",
    # things delayed that are no sanction
    "The Mexican airline delayed its flights to Beijing.",
    "The Mexican government postponed its summit with China.",
])
def test_decide29_delay_is_no_easing(nlp: Language, text: str) -> None:
    assert not any(c == "085" for _, _, c in _codes(nlp, text))


def test_decide29_agreement_stays_a_promise(nlp: Language) -> None:
    codes = _codes(nlp, "The Nigerien junta agreed to release 40 jailed opposition activists.")
    assert not any(c == "0841" for _, _, c in codes)


def test_decide29_decision_to_meet_stays_an_intent(nlp: Language) -> None:
    codes = _codes(nlp, "The Lebanese government decided to hold talks with Israel.")
    assert ("LBNGOV", "ISR", "036") in codes
    assert not any(c.startswith("04") for _, _, c in codes)


def test_decide29_decision_to_deploy_is_no_deployment(nlp: Language) -> None:
    codes = _codes(nlp, "The Indian government decided to send troops to Sri Lanka.")
    assert not any(c.startswith("15") for _, _, c in codes)


@pytest.mark.parametrize("text, triple", [
    # a side calling for talks with the other offers them (036, dev rn-f-015, rn-i-001)
    ("The Ecuadorian president called for talks with the Indigenous groups.", ("ECUGOV", "ECUCVL", "036")),
    # talks between others are asked of them (026)
    ("The UN chief called for dialogue between Israel and Hamas.", ("IGOUNO", "ISR", "026")),
])
def test_decide29_calls_for_talks(nlp: Language, text: str, triple: tuple[str, str, str]) -> None:
    assert triple in _codes(nlp, text)
