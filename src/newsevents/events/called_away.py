"""A trip called off to be somewhere else is no snub: "canceled a trip to Russia to go to the
stricken region".

A cancelled visit or meeting is coded as reduced relations (160, ``sanction.cancel_visit``), as a
snub ("the premier cancelled a planned visit to Ankara"). When the sentence gives the purpose of the
cancellation as the canceller's own errand elsewhere, an infinitive of going, staying or seeing to
something ("to go to the stricken region", "to stay home and deal with the floods", "to return to
Kyiv", "to attend the funeral"), the trip gave way to a duty at home, and nothing in it is aimed at
the host. A purpose that is itself a message to the host ("to protest the ruling", "to show its
anger") names no errand and the cancellation stays a snub.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsevents.events.matching import Match

CANCEL_PATTERNS = frozenset({"sanction.cancel_visit"})
# Verbs of an errand that keeps the canceller elsewhere: going, staying, seeing to a matter.
ERRAND_VERBS = frozenset({"go", "return", "fly", "travel", "head", "rush", "stay", "remain", "attend", "deal",
                          "handle", "oversee", "manage", "tend", "focus", "concentrate", "coordinate", "lead",
                          "direct", "supervise", "monitor", "survey", "inspect", "tour", "comfort", "be"})


def called_away(match: Match) -> bool:
    """Whether a cancelled trip gave way to the canceller's errand elsewhere: the cancelling verb
    has a purpose infinitive of going, staying or seeing to something (``ERRAND_VERBS``)."""
    if match.pattern.id not in CANCEL_PATTERNS:
        return False
    verb = match.verb or match.token
    return any(_errand(c) for c in verb.children if c.dep_ in ("advcl", "xcomp"))


def _errand(clause: Token) -> bool:
    """Whether ``clause`` is an infinitive of an errand ("to go to the region"), or a purpose "in
    order to" one; its conjuncts count ("to stay home and deal with the floods")."""
    if clause.tag_ != "VB" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children):
        return False
    verbs = [clause, *(c for c in clause.children if c.dep_ == "conj" and c.pos_ == "VERB")]
    return any(v.lemma_.lower() in ERRAND_VERBS for v in verbs)
