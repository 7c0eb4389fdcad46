"""An act told again as a record: "It is the first time a former president has been convicted".

A sentence whose main verb is "be" and whose predicate is "the first (second, last, only) time"
with a clause hung on "time" counts how often an act has happened. After a lead that tells the act
("Former Nicaraguan President Arnoldo Aleman was convicted on corruption charges Sunday. ... It is
the first time a former president has been convicted in Nicaragua") the clause is that act told
again, and a coder codes it once: the clause's act is left out, like the other retellings
(``retellings.one_telling_each``), when an earlier sentence holds an act of the same CAMEO code
between the same two sides. Told alone ("This is the second time Kenyan police have arrested the
opposition leader this week") the clause is how the article reports the act, and it stays an
event; so do "has been arrested for the second time" (the count as an adverbial of the act) and
"For the first time, rebels attacked the capital".

Census (session 21): one fresh story coded such a retelling (the conviction above, false because
its date, the article's, differs from the lead's "Sunday", so the repeat filters kept it), and the
`dev` gold notes the form as a repeat ("This is the second time he has been arrested this week",
rn-a-001). A habit told the same way ("It's not the first time the opposition has denounced
elections", false on a fresh story) names no earlier act of its code and is left.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from newsevents.events.dyads import same_sides
from newsevents.nlp.sentences import trigger_token
from newsevents.records import Event

TIME_NOUNS = frozenset({"time", "occasion"})
"""Nouns of an occurrence counted ("the first time", "the second occasion")."""
CLAUSE_DEPS = frozenset({"relcl", "acl"})
"""How a clause hangs on the counted noun ("the first time [that] X has been convicted")."""
PREDICATE_DEPS = frozenset({"attr", "nsubj"})
"""How the counted noun hangs on "be": its predicate ("it is the first time"), or its subject
("the first time was in the 1950s")."""


def without_record_retellings(doc: Doc, events: list[Event]) -> list[Event]:
    """``events`` less the acts told again in a clause of "it is the first time ..." (see the
    module docstring)."""
    kept: list[Event] = []
    for event in events:
        tok = trigger_token(doc, event)
        if tok is None or not record_clause(tok) or not any(_told_before(event, e) for e in kept):
            kept.append(event)
    return kept


def record_clause(tok: Token) -> bool:
    """Whether ``tok`` heads (or lies in) a clause hung on "time" that is the predicate or subject
    of "be": "It is the first time [a president has been convicted]"."""
    clause = tok
    while clause.dep_ not in CLAUSE_DEPS and clause.head.i != clause.i and clause.pos_ != "VERB":
        clause = clause.head  # a noun trigger ("the first time a protest took place") climbs to its verb
    if clause.dep_ not in CLAUSE_DEPS:
        return False
    counted = clause.head
    return counted.lemma_.lower() in TIME_NOUNS and counted.dep_ in PREDICATE_DEPS \
        and counted.head.lemma_ == "be"


def _told_before(event: Event, earlier: Event) -> bool:
    """Whether an earlier sentence told an act of the same code between the same two sides (a root
    is too wide: "arrested the opposition leader" and "the first time police have attacked the
    party's offices" are both 17)."""
    if earlier.span[0] >= event.span[0] or earlier.cameo != event.cameo:
        return False
    return same_sides(event, earlier)
