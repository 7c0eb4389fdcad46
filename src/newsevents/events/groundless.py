"""Reported judgements that deny another's act any ground: "said the demands had no legal basis".

A reported clause "X had no (legal) basis", "has no legitimacy", "did not have any justification"
judges X as "X was baseless" or "X was illegitimate" does: criticism of whoever X belongs to, read
by :func:`newsevents.events.matching.verdict_parts` like a copula. Later paragraphs of a story
often carry such rebuttals of the lead's demands and resolutions.
"""

from __future__ import annotations

from spacy.tokens import Token

# What a claim, demand or act may be said to lack: its basis, legitimacy or justification.
GROUND_NOUNS = frozenset({"basis", "foundation", "legitimacy", "justification", "ground", "grounds", "legality",
                          "merit", "validity", "credibility"})
HAVE_LEMMA = "have"


def groundless(clause: Token) -> bool:
    """Whether ``clause`` is "had no basis" / "did not have any legitimacy": a verb of having
    whose object is a ground noun that the clause denies ("no", "not ... any", "never")."""
    if clause.lemma_.lower() != HAVE_LEMMA:
        return False
    grounds = [c for c in clause.children if c.dep_ == "dobj" and c.lemma_.lower() in GROUND_NOUNS]
    if not grounds:
        return False
    denied_object = any(d.lower_ == "no" for g in grounds for d in g.children if d.dep_ == "det")
    denied_clause = any(c.dep_ == "neg" for c in clause.children)
    return denied_object or denied_clause
