"""Praise told as a reported verdict: "said the sanctions will be a positive step".

A report verb whose clause judges a thing by a copula and a good name (``good_names``: a positive
step, a milestone, a success, progress) praises whoever took the step (051, the ``_verdict_good``
pattern read by :func:`newsevents.events.matching.characterization`): the thing's possessor or
adjective ("the Japanese decision"), its proposer ("the decision by Pakistan"), or the doer of the
latest act of its kind told before it ("the release", ``anaphora._aim_at_doer``). A demonstrative
subject ("said this was a very positive step") stands for the act just told and is aimed by
``referents.aim_by_pronoun``; "it" is left out, since "said it was a historic day" names no act.
A hedged verdict ("said talks could be a positive step") is a guess about a step not yet taken,
and praises no one. "Said the deal represents / marks a positive step" judges as the copula does
(:func:`equated_step`). Besides the good names, a step called important, decisive or big, a step
forward or one in the right direction praises too (:func:`step_praised`); "an important issue" or
"a first step" alone does not.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsevents.events.issuers import reported_clauses

# Subjects of a reported verdict that stand for the act just told.
DEMONSTRATIVES = frozenset({"this", "that"})
# Verbs that equate a step with its judgement as a copula does ("the deal marks a major step").
EQUATING_VERBS = frozenset({"represent", "mark", "constitute"})
# Nouns of a step forward, and the words that make one praised ("a decisive step", "a major advance").
STEP_WORDS = frozenset({"step", "stride", "advance", "move"})
STEP_PRAISE = frozenset({"important", "significant", "decisive", "major", "big", "crucial", "key", "good",
                         "great", "giant", "huge", "bold", "courageous", "right"})
# Modals that make a verdict a guess ("could be a positive step"); "will be" still judges the step taken.
HEDGES = frozenset({"could", "might", "may", "would"})


def demonstrative_verdict(report: Token, copulas: frozenset[str]) -> tuple[list[Token], list[Token]]:
    """"said this was a very positive step": the demonstrative subject of a copula the ``report``
    verb's clause holds, and the copula's predicates; nothing when the clause is negated or asked
    ('"Is this a crime?" he asked': a question judges nothing)."""
    for clause in reported_clauses(report):
        if clause.lemma_.lower() not in copulas or any(c.dep_ == "neg" for c in clause.children) \
                or any(t.lower_ == "?" for t in clause.subtree):
            continue
        subject = [c for c in clause.children
                   if c.dep_ == "nsubj" and c.lower_ in DEMONSTRATIVES and c.pos_ in ("PRON", "DET")]
        judged = [c for c in clause.children if c.dep_ in ("acomp", "attr")]
        if subject and judged:
            return subject, judged
    return [], []


def hedged(predicates: list[Token]) -> bool:
    """Whether the copula or equating verb the ``predicates`` hang on is hedged by a modal ("could be a
    positive step", "might mark a turning point")."""
    return any(c.dep_ == "aux" and c.lower_ in HEDGES for p in predicates for c in p.head.children)


def step_praised(predicates: list[Token]) -> bool:
    """"an important step", "a decisive step for dialogue", "a step forward", "a step in the right
    direction": a step noun judged by a word of praise, an adverb "forward" or a right direction."""
    for p in predicates:
        if p.lemma_.lower() not in STEP_WORDS:
            continue
        words = {c.lower_ for c in p.children if c.dep_ in ("amod", "advmod")}
        directions = [o for c in p.children if c.dep_ == "prep" and c.lower_ == "in"
                      for o in c.children if o.dep_ == "pobj" and o.lemma_.lower() == "direction"]
        if words & STEP_PRAISE or "forward" in words or any(
                a.lower_ == "right" for o in directions for a in o.children):
            return True
    return False


def equated_step(report: Token) -> tuple[list[Token], list[Token]]:
    """"said the deal represents a positive step", "said this marks a milestone": the subject (a
    noun, or a demonstrative) of an equating verb in the ``report`` verb's clause, and its objects;
    nothing when the clause is negated."""
    for clause in reported_clauses(report):
        if clause.lemma_.lower() not in EQUATING_VERBS or any(c.dep_ == "neg" for c in clause.children):
            continue
        subject = [c for c in clause.children if c.dep_ == "nsubj" and (
            c.pos_ in ("NOUN", "PROPN") or (c.lower_ in DEMONSTRATIVES and c.pos_ in ("PRON", "DET")))]
        judged = [c for c in clause.children if c.dep_ == "dobj"]
        if subject and judged:
            return subject, judged
    return [], []
