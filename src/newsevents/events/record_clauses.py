"""Acts told as a record: "It is the first time a former president has been convicted".

A sentence whose main verb is "be" and whose predicate is "the first (second, last, only) time"
with a clause hung on "time" tells how often something has happened, not a new act: "It is the
first time a former president has been convicted in Nicaragua" comes after the conviction the lead
codes, and "It's not the first time the opposition has denounced elections" speaks of a habit. A
coder codes the act where it is told as news, so such a clause codes nothing; its act goes to
the article's warnings. "has been arrested for the second time" (the count as an adverbial of the
act) and "For the first time, rebels attacked the capital" stay events.

Census (session 21): two fresh stories coded such a clause, both false (a retold conviction and a
habitual denunciation); one `dev` article holds the form as a retelling ("This is the second time
he has been arrested this week", which the gold notes as a repeat).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from newsevents.events.unattributed import left_out_warning
from newsevents.nlp.sentences import trigger_token
from newsevents.records import Event

TIME_NOUNS = frozenset({"time", "occasion"})
"""Nouns of an occurrence counted ("the first time", "the second occasion")."""
CLAUSE_DEPS = frozenset({"relcl", "acl"})
"""How a clause hangs on the counted noun ("the first time [that] X has been convicted")."""
PREDICATE_DEPS = frozenset({"attr", "nsubj"})
"""How the counted noun hangs on "be": its predicate ("it is the first time"), or its subject
("the first time was in the 1950s")."""


def split_record_clauses(doc: Doc, events: list[Event]) -> tuple[list[Event], list[str]]:
    """``events`` less the acts told in a clause of "it is the first time ...", and one warning for
    each act left out (see the module docstring)."""
    kept: list[Event] = []
    warnings: list[str] = []
    for event in events:
        tok = trigger_token(doc, event)
        if tok is not None and record_clause(tok):
            warnings.append(left_out_warning("told as a record (\"the first time ...\"), not as news", event))
        else:
            kept.append(event)
    return kept, warnings


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
