"""Reported speech whose content is a threat or a refusal (session 33).

A side's words that another side will regret ("warned that Washington would regret its decision"),
that another's act will not go unanswered ("said the attack by Syrian forces would not go
unanswered"), or that another's attack would bring force ("said any US strike on Iran would result
in all-out war") threaten that side (``events/veiled_threats.py``). A quoted "We will not accept it"
refuses what the report verb's "of" phrase names, or the act just told against the speaker
(``refused_outcomes.refused_object``). "Tweeted" reports as "said" does.

Near misses: a threat about weather or markets, a loss regretted, one's own regret, a response told
of the past, a hedged one, a response that is a third side's, an act with no owner ("terrorism will
not go unpunished"), "we will not accept defeat" in sport, and a refusal with no side named. Every
sentence here is written for these tests.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from helpers import Ruled, event_rules

DATE = "2024-05-06"


def _coded(nlp: Language, text: str) -> list[Ruled]:
    return event_rules(text, nlp, DATE)


CODED = [
    # another side told it will regret
    ("The Iranian foreign minister warned that the United States would regret its decision.", "IRNGOV", "USA", "130"),
    ("The Iranian foreign minister said Iran would make Israel regret any reprisals.", "IRNGOV", "ISR", "130"),
    # another side's act promised an answer
    ("The Turkish president said the attack by Syrian forces would not go unanswered.", "TURGOV", "SYRMIL", "130"),
    ('"Such a reckless step by Warsaw will not remain without a harsh reaction," the Russian foreign ministry'
     " said.", "RUSGOV", "POLGOV", "130"),
    # force announced as the answer to another's attack
    ("The Iranian foreign minister said any Saudi strike on Iran would result in all-out war.", "IRNGOV", "SAU", "138"),
    ('"An Iranian attack on Israel would trigger a tough reaction," the Israeli defence minister said.',
     "ISRGOV", "IRN", "138"),
    ("The Iranian foreign minister said any American attack on Iran would be met with a crushing response.",
     "IRNGOV", "USA", "138"),
    # a quoted refusal by a pronoun: of what the report's "of" phrase names, or of the act just told
    ('"We will not accept it," the Serbian president said of the Croatian proposal.', "SRBGOV", "HRV", "120"),
    ('Kosovo banned Serbian goods on Monday. "We will not accept this," the Serbian president said.',
     "SRBGOV", "XKX", "120"),
    # "tweeted" reports as "said"
    ("Russia expelled two Polish diplomats on Monday. The Polish foreign minister tweeted that the decision was"
     " unacceptable.", "POLGOV", "RUS", "111"),
]


@pytest.mark.parametrize(("text", "source", "target", "cameo"), CODED)
def test_speech33_a_veiled_threat_or_a_spoken_refusal_reaches_the_other_side(
        nlp: Language, text: str, source: str, target: str, cameo: str) -> None:
    coded = _coded(nlp, text)
    assert any(s == source and t == target and c == cameo for s, t, c, _ in coded), coded


NOT_THREATS = [
    # weather and markets: no side threatened
    "The Kenyan agriculture minister warned that farmers would regret the drought.",
    "The Japanese finance minister said any rise in rates would trigger a sharp reaction in the markets.",
    # one's own regret, a regret told of the past
    "We will regret this decision, the Israeli defence minister said.",
    "The Israeli defence minister said Israel regretted its decision.",
    # a response told of the past, hedged, or a third side's
    "The Iranian foreign minister said the Israeli attack triggered a tough reaction.",
    "The French foreign minister said an Iranian attack on Israel could trigger a war.",
    "The French foreign minister said an Iranian attack on Israel would trigger an American response.",
    # an act with no owner, an answer given already
    "The Indian prime minister said terrorism will not go unpunished.",
    "The Turkish president said the attack by Syrian forces had not gone unanswered.",
]


@pytest.mark.parametrize("text", NOT_THREATS)
def test_speech33_no_side_threatened_codes_no_threat(nlp: Language, text: str) -> None:
    coded = _coded(nlp, text)
    assert not any(c.startswith("13") for _, _, c, _ in coded), coded


NOT_REFUSALS = [
    # sport, and a refusal with no side named (aimed at no one, as '"We reject it," he said' is)
    '"We will not accept defeat," the Nigerian football coach said.',
    '"We will not accept it," the Serbian president said.',
]


@pytest.mark.parametrize("text", NOT_REFUSALS)
def test_speech33_a_refusal_of_no_side_is_aimed_at_no_one(nlp: Language, text: str) -> None:
    coded = _coded(nlp, text)
    assert not any(c.startswith("12") and t is not None for _, t, c, _ in coded), coded
