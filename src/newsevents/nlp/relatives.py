"""Relative clauses whose subject is the noun they hang on: "the ministry, *which* accused ...",
"the countries *that* condemned ...".

A relative pronoun as a clause's subject stands for the noun the clause describes, so that noun
does the clause's act. Several readers ask this (a body's counterparts, the member of a group, a
speech verb's speaker); the pronouns and the test live here once.
"""

from __future__ import annotations

from spacy.tokens import Token

RELATIVE_PRONOUNS = frozenset({"who", "which", "that"})
"""Relative pronouns that stand for the noun a clause hangs on."""


def has_relative_subject(clause: Token) -> bool:
    """Whether the verb ``clause`` has a relative pronoun as its subject ("which has accused")."""
    return any(c.dep_ == "nsubj" and c.lower_ in RELATIVE_PRONOUNS for c in clause.children)


def relative_subject_clauses(head: Token) -> list[Token]:
    """The verbs of the relative clauses on ``head`` whose subject is ``head`` itself, by a
    relative pronoun ("the Ministry of Intelligence, *which has accused* ...")."""
    return [c for c in head.children if c.dep_ == "relcl" and has_relative_subject(c)]
