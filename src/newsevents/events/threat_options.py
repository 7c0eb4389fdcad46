"""Threats told by declining to exclude force: "did not rule out military action against Iran".

"Israel *would not rule out* military action against Iran", "refused to rule out the use of force",
"has not ruled out strikes on the rebels": keeping force open as an option threatens it (CAMEO 138,
the ``_unruled_force`` pattern, theme the force), aimed at whom the force is against or on. The
negation that would make "ruled out talks" no event (a refusal of talks, negated) is what makes
this one: :mod:`newsevents.events.modality` reads the match as a fact, and the "refused" of "refused
to rule out force" as no refusal (it is the threat's negation). "Ruled out military action"
(not negated) is a refusal of force, left to ``reject.rule_out``.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsevents.events.confinement import REFUSING
from newsevents.events.gates import Gate, gated
from newsevents.events.matching import Match
from newsevents.events.patterns import Lexicon

UNRULED_PATTERN = "_unruled_force"
# Force nouns that are a threat on their own ("did not rule out strikes").
FORCE_NOUNS = frozenset({"force", "strike", "airstrike", "attack", "war", "invasion", "intervention", "offensive",
                         "retaliation", "incursion", "bombing"})
# Nouns that are force only so qualified ("military action", "a military option", "an armed response").
QUALIFIED_NOUNS = frozenset({"action", "option", "response", "operation", "solution", "means"})
FORCE_QUALIFIERS = frozenset({"military", "armed"})


def _negated(verb: Token) -> bool:
    """"would not rule out", "has never ruled out", "refused to rule out"."""
    if any(c.dep_ == "neg" for c in verb.children):
        return True
    return verb.dep_ == "xcomp" and verb.head.lemma_.lower() in REFUSING


def kept_force(verb: Token) -> Token | None:
    """The force a negated "rule out" keeps open ("military action"), else ``None``."""
    if verb.lemma_.lower() != "rule" or not any(c.dep_ == "prt" and c.lower_ == "out" for c in verb.children) \
            or not _negated(verb):
        return None
    for obj in (c for c in verb.children if c.dep_ == "dobj"):
        if obj.lemma_.lower() == "use":  # "the use of force"
            obj = next((o for p in obj.children if p.dep_ == "prep" and p.lower_ == "of"
                        for o in p.children if o.dep_ == "pobj"), obj)
        lemma = obj.lemma_.lower()
        if lemma in FORCE_NOUNS or (lemma in QUALIFIED_NOUNS and any(
                c.dep_ in ("amod", "compound") and c.lower_ in FORCE_QUALIFIERS for c in obj.children)):
            return obj
    return None


@gated(Gate(words=frozenset({"rule"})))  # kept_force: a negated "rule out"
def unruled_force(tok: Token, lex: Lexicon) -> Match | None:
    """The ``_unruled_force`` match of a negated "rule out" that keeps force open, else ``None``."""
    force = kept_force(tok)
    pattern = lex.construction(UNRULED_PATTERN) if force is not None else None
    return Match(tok, pattern, force) if pattern is not None and force is not None else None


def refused_exclusion(verb: Token) -> bool:
    """Whether ``verb`` refuses to rule force out ("refused to rule out force"): no refusal of its own."""
    return verb.lemma_.lower() in REFUSING and any(c.dep_ == "xcomp" and kept_force(c) is not None
                                                   for c in verb.children)
