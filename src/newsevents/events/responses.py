"""Responses announced as forceful: threats that name no act of force.

"Iran *will respond decisively to* any Israeli attack", "vowed to respond forcefully", "would respond
militarily": a response announced for the future (or vowed) and qualified as forceful threatens
(CAMEO 138, the ``_forceful_response`` pattern), aimed at whoever owns what it answers ("any
*Israeli* attack"). A plain or past response ("responded to the letter", "responded decisively") is
no threat; an angry one said of the past is criticism (:mod:`newsevents.events.wrongdoing`).
"""

from __future__ import annotations

from spacy.tokens import Token

from newsevents.events.gates import VERBS, Gate, gated
from newsevents.events.matching import Match
from newsevents.events.modality import INTENT, THREAT, mood
from newsevents.events.patterns import Lexicon

RESPONSE_PATTERN = "_forceful_response"
RESPONDING = frozenset({"respond", "react", "retort", "reply"})
# How a response announced for the future threatens: "decisively", "with force", "militarily".
FORCEFUL = frozenset({"decisively", "forcefully", "militarily", "firmly", "harshly", "severely", "resolutely",
                      "strongly", "swiftly", "forcibly", "robustly", "appropriately", "proportionately"})
FORCE_WITH = frozenset({"force", "strength", "might", "firmness"})


def forceful(verb: Token) -> bool:
    """Whether a response verb is qualified as forceful ("decisively", "with force")."""
    for child in verb.children:
        if child.dep_ == "advmod" and child.lower_ in FORCEFUL:
            return True
        if child.dep_ == "prep" and child.lower_ == "with" and any(
                o.dep_ == "pobj" and o.lemma_.lower() in FORCE_WITH for o in child.children):
            return True
    return False


@gated(Gate(VERBS, words=RESPONDING))
def forceful_response(tok: Token, lex: Lexicon) -> Match | None:
    """The ``_forceful_response`` match of a response verb qualified as forceful and said of the
    future or vowed, else ``None``."""
    if tok.lemma_.lower() not in RESPONDING or tok.pos_ != "VERB" or not forceful(tok):
        return None
    if mood(tok, tok, lex).kind not in (THREAT, INTENT):
        return None
    pattern = lex.construction(RESPONSE_PATTERN)
    return Match(tok, pattern) if pattern is not None else None
