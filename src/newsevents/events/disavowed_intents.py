"""Intents disavowed: "has no intention of resigning", "does not have any intention to seize power".

The act sits in a clause on the noun ("intention to step down", "intention of resigning"), and the
"no" on the noun, not on the verb, so the coder read "has no intention to step down" as nothing or as
an intent. Saying one has no intention of doing something is refusing it, the same as "will not step
down" (the ``refuse`` mood: 124 for a resignation refused, 12x for talks refused; a conflict act
disavowed codes nothing, as any refused conflict act does).
"""

from __future__ import annotations

from spacy.tokens import Token

from newsevents.events.clause_marks import negated

# Nouns of one's own will whose denial is a refusal; "no plans to" is left out: it tells of a
# schedule ("has no plans to visit China this year"), not a stance
INTENT_NOUNS = frozenset({"intention", "intent"})


def disavowed_intent(verb: Token) -> bool:
    """Whether ``verb`` is the act of an intent its holder says it lacks: "no intention to V",
    "no intention of V-ing", "does not have any intention to V"."""
    noun = _intent_noun(verb)
    if noun is None:
        return False
    if any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children):
        return True
    holder = noun.head
    return noun.dep_ == "dobj" and holder.lemma_.lower() == "have" and negated(holder)


def _intent_noun(verb: Token) -> Token | None:
    """The intent noun whose clause ``verb`` is: its infinitive ("intention *to* resign") or the
    gerund of its "of" ("intention *of* resigning")."""
    if verb.dep_ == "acl" and verb.head.lemma_.lower() in INTENT_NOUNS \
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return verb.head
    if verb.dep_ == "pcomp" and verb.head.lower_ == "of" and verb.head.head.lemma_.lower() in INTENT_NOUNS:
        return verb.head.head
    return None


def disavowing_holder(verb: Token) -> Token | None:
    """Who says they lack the intent of ``verb``: the subject of "has (no intention)", which the
    parser does not pass down to the noun's clause; ``None`` when the intent is not disavowed."""
    if not disavowed_intent(verb):
        return None
    noun = _intent_noun(verb)
    if noun is None or noun.head.i == noun.i:
        return None
    return next((c for c in noun.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
