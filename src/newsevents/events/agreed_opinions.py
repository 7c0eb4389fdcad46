"""An agreement on a view is no intent to cooperate.

"He said the leaders agreed that full recovery from the recession is still a long way off": the
leaders share an opinion; CAMEO's 030 ("express intent to cooperate") is an undertaking to act.
"Agree" with a that-clause is an undertaking only when the clause says what will be done ("agreed
that talks would resume", "agreed that the army should withdraw"): a future or modal verb. A
census of fresh VOA news (session 18) found the opinion read as 030; agreements "to", "on" or "with"
something are left alone, and the real-news gold's "agree" events are all of those.
"""

from __future__ import annotations

from spacy.tokens import Token

AGREE_PATTERN = "intent.agree"
# Auxiliaries that make a that-clause an undertaking ("would resume", "should withdraw", "will hold")
UNDERTAKING_AUX = frozenset({"will", "would", "shall", "should", "must", "'ll", "'d", "to"})


def agreed_opinion(pattern_id: str, verb: Token) -> bool:
    """Whether ``verb`` ("agreed") of the plain agree pattern takes only a that-clause stating a
    view: its complement has "that" and no future or modal auxiliary, and the verb has no "to",
    "on" or "with" object of its own ("agreed on a roadmap", "agreed with Kyiv that ...")."""
    if pattern_id != AGREE_PATTERN:
        return False
    if any(c.dep_ in ("xcomp", "dobj") or (c.dep_ == "prep" and c.lower_ in ("on", "to", "upon", "with"))
           for c in verb.children):
        return False
    clause = next((c for c in verb.children if c.dep_ == "ccomp"), None)
    if clause is None or not any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children):
        return False
    return not any(c.dep_ == "aux" and c.lower_ in UNDERTAKING_AUX for c in clause.children)
