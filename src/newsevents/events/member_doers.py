"""Doers named as members of a group: "Japan was among the countries that condemned the test",
"Norway is one of the states that have recognized Kosovo", "Ghana was the first country to
recognize the new government".

The act hangs as a relative clause on the group noun ("countries", "those"), which names no one:
the doer is the subject of the copula the group is said of. Only a clause whose own subject is the
relative pronoun (or a bare infinitive) is the member's act: in "Japan was among the countries the
test targeted" Japan did nothing.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsevents.nlp.relatives import has_relative_subject


def member_doer(verb: Token) -> Token | None:
    """The subject of "X was among / one of / the first N that V" for the relative clause ``verb``."""
    if verb.dep_ != "relcl" or not _group_is_subject(verb):
        return None
    copula = _copula_of(verb.head)
    if copula is None or copula.lemma_ != "be":
        return None
    subjects = [c for c in copula.children if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN")]
    return subjects[0] if subjects else None


def _group_is_subject(verb: Token) -> bool:
    """Whether the group noun is the clause's subject: "that condemned", "to recognize"."""
    if has_relative_subject(verb):
        return True
    children = list(verb.children)
    return verb.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in children) \
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in children)


def _copula_of(group: Token) -> Token | None:
    """The verb the group is said of: "was" in "was among the countries", "is one of the states",
    "was the first country"."""
    if group.dep_ == "pobj" and group.head.lower_ == "among":
        return group.head.head
    if group.dep_ == "pobj" and group.head.lower_ == "of" and group.head.head.lower_ == "one" \
            and group.head.head.dep_ == "attr":
        return group.head.head.head
    if group.dep_ == "attr":
        return group.head
    return None
