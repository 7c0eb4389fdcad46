"""A charge and its denial in one sentence: "Rwanda has accused Congo of backing the rebels, a
charge Kinshasa denies", "Kenya accused Somalia of harbouring militants, an accusation Mogadishu
rejected".

The news form puts the denial in an apposition after the charge. The parser often reads it the
other way round, the charge as the clause the denial reports ("Kinshasa denies [Rwanda has
accused ...]"), so the accusation took the mood of a denied act and was left out; and the denial
named no one it answered. Here the charge made before the comma is the sentence's own act, and
the denial (or rejection) answers whoever made it: the doer of the act the charge noun stands for.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

if TYPE_CHECKING:  # emit imports modality, which imports this module
    from newsevents.events.emit import Found

CHARGE_NOUNS = frozenset({"charge", "claim", "accusation", "allegation", "assertion"})
ANSWER_VERBS = frozenset({"deny", "reject", "dismiss", "refute", "rebut", "dispute", "contest"})


def answering_verb(clause: Token) -> Token | None:
    """The denial verb a charge clause was wrongly hung on: "denies" in "Rwanda has accused Congo of
    backing the rebels, a charge Kinshasa denies" (parsed with "accused" the ccomp of "denies")."""
    head = clause.head
    if clause.dep_ != "ccomp" or clause.i > head.i or head.lemma_.lower() not in ANSWER_VERBS:
        return None
    nouns = [c for c in head.children if c.dep_ in ("dobj", "nsubj", "nsubjpass")
             and c.lemma_.lower() in CHARGE_NOUNS and clause.i < c.i < head.i]
    return head if nouns and _after_comma(nouns[0]) else None


def answered_act(verb: Token) -> Token | None:
    """The act a denial or rejection answers, when the charge is named in an apposition: the
    charge clause hung on ``verb`` ("a charge Kinshasa denies"), or the verb the charge noun hangs on
    when ``verb`` is a relative clause on it ("an accusation Mogadishu rejected"); else None."""
    if verb.lemma_.lower() not in ANSWER_VERBS:
        return None
    for child in verb.children:
        if child.dep_ == "ccomp" and (answering_verb(child) or child).i == verb.i:
            return child
    noun = verb.head
    if verb.dep_ == "relcl" and noun.lemma_.lower() in CHARGE_NOUNS and noun.i < verb.i \
            and _after_comma(noun) and noun.head.pos_ in ("VERB", "AUX") and noun.head.i < noun.i:
        return noun.head
    return None


def _after_comma(noun: Token) -> bool:
    """Whether the noun's phrase opens right after a comma: "..., a charge"."""
    first = noun.left_edge.i
    return first > 0 and noun.doc[first - 1].text == ","


def answer_targets(found: list[Found]) -> None:
    """Give a denial or rejection with no target the doer of the charge it answers, when that
    charge is an event of the same sentence (rule suffix ``+answered``)."""
    by_trigger = {f.match.token.i: f for f in found if f.source is not None}
    for f in found:
        if f.target is not None or f.source is None:
            continue
        act = answered_act(f.match.token)
        charge = by_trigger.get(act.i) if act is not None else None
        if charge is not None and charge.source is not None and charge.source.entity != f.source.entity:
            f.target, f.suffix = charge.source, f.suffix + "+answered"
