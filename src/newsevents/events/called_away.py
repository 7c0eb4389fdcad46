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
                          "direct", "supervise", "monitor", "survey", "inspect", "tour", "comfort"})
# "To be" is an errand only with whom or where the canceller is to be: "to be *with* the victims", "to be
# *in* Kyiv", "to be *at home*"; "to be present at the vote on sanctions" is no errand elsewhere.
BEING = "be"
BEING_WITH = frozenset({"with"})
BEING_AT = frozenset({"in", "at"})
PLACE_ENTITIES = frozenset({"GPE", "LOC", "FAC"})
BEING_WHERE = frozenset({"home", "there", "here"})


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
    return any(v.lemma_.lower() in ERRAND_VERBS or _being_somewhere(v) for v in verbs)


def _being_somewhere(verb: Token) -> bool:
    """Whether ``verb`` is "be" with someone or somewhere ("to be with the victims", "to be in Kyiv",
    "to be home")."""
    if verb.lemma_.lower() != BEING:
        return False
    for child in verb.children:
        if child.dep_ == "advmod" and child.lower_ in BEING_WHERE:
            return True
        if child.dep_ == "prep" and (child.lower_ in BEING_WITH or (child.lower_ in BEING_AT and any(
                o.dep_ == "pobj" and (o.ent_type_ in PLACE_ENTITIES or o.lower_ in BEING_WHERE)
                for o in child.children))):
            return True
    return False
