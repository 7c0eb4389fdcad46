"""Stances given up: "no longer recognizes the president", "will no longer cooperate with the
inspectors", "does not support the plan anymore".

The parser hangs "no" on "longer" ("no/neg -> longer/advmod -> recognizes"), so the verb itself
carries no negation and the coder read the act as done: the opposite of what was said. An act
someone will no longer do is a refusal of it (the ``refuse`` mood: "no longer recognizes" is a
rejection, 12; "will no longer negotiate" a refusal to talk, 125), and a conflict act that stopped
("is no longer attacking") codes nothing, as any refused conflict act does.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsevents.events.clause_marks import negated
from newsevents.nlp.docview import doc_view

# "no longer", "no more": the adverb that carries the "no"
CEASED_ADVERBS = frozenset({"longer", "more"})
# "not ... anymore", "not ... any longer": a plain negation made a change of stance
STILL_ADVERBS = frozenset({"anymore"})


def no_longer(token: Token) -> bool:
    """Whether ``token`` is said to be no longer done ("no longer recognizes", "not ... anymore")."""
    parse = doc_view(token.doc)
    for i in parse.children(token.i):
        if parse.deps[i] != "advmod":
            continue
        child = token.doc[i]
        words = {g.lower_ for g in child.children}
        if child.lower_ in CEASED_ADVERBS and "no" in words:
            return True  # "no longer", "no more"
        # "any more" is two words, "more" with "any" on it, as "any longer" is (session 21)
        still = child.lower_ in STILL_ADVERBS or (child.lower_ in ("longer", "more") and "any" in words)
        if still and negated(token):
            return True  # "does not recognize it anymore", "will not cooperate any longer", "... any more"
    return False


def ended_stance(trigger: Token, verb: Token) -> bool:
    """Whether the act of ``trigger`` (clause verb ``verb``) is one its doer no longer does: on the
    trigger, or on the verb of a trigger that is its object ("no longer holds talks")."""
    if no_longer(trigger):
        return True
    return verb.i != trigger.i and trigger.dep_ in ("dobj", "nsubjpass") and no_longer(verb)
