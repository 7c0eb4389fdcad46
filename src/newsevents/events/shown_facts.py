"""'Demonstrated that ...', 'demonstrated why ...': showing a fact is no demonstration.

"Demonstrate" is a protest verb ("thousands demonstrated against the government") and a verb of
showing ("the attack demonstrated why the talks are failing", "the vote demonstrated that the
party is weak"). The showing sense takes a clause (that-, wh- or how-clause, parsed ``ccomp``),
which no street protest takes; a thing shown ("demonstrated its missile capability") is already
read as no protest by ``protest.demonstrate_thing`` (patterns.yaml). A protest told with a
target ("demonstrated against the decree that ...") keeps its reading.
"""

from __future__ import annotations

from spacy.tokens import Token

SHOWING_VERBS = frozenset({"demonstrate"})
"""Protest verbs that also mean "to show"."""
PROTEST_PREPS = frozenset({"against", "outside", "at", "for", "over"})
"""Prepositions that attach the target or the cause of a protest to the verb."""


def shown_fact(tok: Token) -> bool:
    """Whether ``tok`` is a verb of :data:`SHOWING_VERBS` with a clause of what it shows and no
    protest's target ("insurgents demonstrated why peace is hard")."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in SHOWING_VERBS:
        return False
    children = list(tok.children)
    if any(c.dep_ == "prep" and c.lower_ in PROTEST_PREPS for c in children):
        return False
    return any(c.dep_ == "ccomp" for c in children)
