"""Wrongs named as a qualified act noun inside a reported clause: "Seyoum says Ethiopia is being
forced to act *because of provocative actions taken by the Eritrean government*", "said the brutal
acts carried out by the militants had shocked the region".

:mod:`newsevents.events.misconduct` reads a wrong that the reported clause's own verb does ("said
Syria had carried out aggressive actions"). News English as often names the wrong as a noun phrase
of the clause, with its doer the agent of a participle on the noun ("actions taken by Asmara"):
the speaker charges that doer (CAMEO 112, the ``_wrongful`` pattern, theme the participle, target
its agent). A possessive doer ("Syria's aggressive actions") is left: the pattern's ``doer`` slot
reads the subject of a verb only. The noun must
be a general act noun with a qualifier that makes it a wrong (``misconduct.ACTS`` and
``WRONG_QUALIFIERS``); "any provocative actions" and "no hostile acts" name none done.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsevents.events.matching import NOUN_POS
from newsevents.nlp.docview import doc_view

# Determiners that make an act noun name no act done ("any provocative actions", "no hostile act").
NONE_DONE = frozenset({"any", "no", "future"})


def qualified_act(clause: Token, acts: frozenset[str], qualifiers: frozenset[str]) -> Token | None:
    """The participle that names a wrong done by a named doer in ``clause`` (see the module
    docstring), else ``None``."""
    parse = doc_view(clause.doc)
    # the act nouns first, found once per document from the view: most clauses hold none
    by_acts: dict[frozenset[str], list[int]] = parse.once("qualified_act", dict)
    nouns = by_acts.get(acts)
    if nouns is None:
        nouns = by_acts[acts] = [i for i, lemma in enumerate(parse.lemmas)
                                 if parse.pos[i] in NOUN_POS and lemma.lower() in acts]
    tops = {clause.i}
    if not any(parse.under(i, tops) for i in nouns):
        return None
    for i in parse.subtree(clause.i):  # in the subtree's order, as the parse gives it
        if parse.pos[i] not in NOUN_POS or parse.lemmas[i].lower() not in acts:
            continue
        word = clause.doc[i]
        if not any(c.dep_ == "amod" and c.lower_ in qualifiers for c in word.children) \
                or any(c.lower_ in NONE_DONE for c in word.children):
            continue
        for child in word.children:
            if child.dep_ == "acl" and child.tag_ == "VBN" and any(g.dep_ == "agent" for g in child.children):
                return child  # "provocative actions taken by the Eritrean government"
    return None
