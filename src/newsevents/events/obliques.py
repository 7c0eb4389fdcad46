"""The oblique arguments of a word over the dependency parse: indirect objects ("gave Kyiv weapons"),
objects of prepositions ("sanctions on Iran"), reciprocal objects ("accused each other") and the noun
behind a quantity ("a range of agreements").

Split from :mod:`~newsevents.events.frames` (which names these functions too).
"""

from __future__ import annotations

from spacy.tokens import Token

from newsevents.events.censure import TREND_NOUNS, TREND_PREPS
from newsevents.events.coordination import conjunct_indices
from newsevents.events.parenthetical import aside
from newsevents.events.visiting_partners import visitor
from newsevents.nlp.docview import doc_view


def datives(verb: Token) -> list[Token]:
    """Indirect objects ("gave Kyiv weapons")."""
    doc, parse = verb.doc, doc_view(verb.doc)
    return [doc[i] for c in parse.children(verb.i) if parse.deps[c] in ("dative", "iobj")
            for i in conjunct_indices(doc, c)]


# Prepositions naming the sides of a joint act ("talks between X and Y", "among X, Y and Z").
SIDES_PREPS = {"between", "among", "amongst"}
# "each other", "one another" (parsed either way round): the doers act on one another.
RECIPROCAL_PAIRS = frozenset({("each", "other"), ("one", "another"), ("another", "one")})
# The partner of an act an object names ("talks with each other", "ties with one another").
PARTNER_PREPS = frozenset({"with"})


def reciprocal(token: Token) -> bool:
    """Whether ``token``'s object is a reciprocal pronoun ("accused each other", "clashed with
    one another", "rejected direct talks with each other": the partner of the act its object names):
    its coordinated doers are each other's targets."""
    view = doc_view(token.doc)
    for child in view.children(token.i):
        dep = view.deps[child]
        if dep in ("prep", "dative"):
            objs = [o for o in view.children(child) if view.deps[o] == "pobj"]
        elif dep in ("dobj", "obj"):
            objs = [child] + [o for p in view.children(child) if view.deps[p] == "prep"
                              and view.lower[p] in PARTNER_PREPS for o in view.children(p) if view.deps[o] == "pobj"]
        else:
            continue
        for obj in objs:
            if any((view.lower[d], view.lower[obj]) in RECIPROCAL_PAIRS
                   for d in view.children(obj) if view.deps[d] == "det"):
                return True
    return False


def prep_objects(token: Token, preps: set[str]) -> list[Token]:
    """Objects of the given prepositions attached to ``token`` ("sanctions on Iran")."""
    doc, parse = token.doc, doc_view(token.doc)
    out: list[int] = []
    for child in parse.children(token.i):
        if parse.deps[child] in ("prep", "agent", "dative") and parse.lower[child] in preps:
            for pobj in parse.children(child):
                # (only "part" can be an aside's noun: the view spares the others a Token)
                if parse.deps[pobj] in ("pobj", "pcomp") and not (parse.lower[pobj] == "part" and aside(doc[pobj])):
                    # "with visiting President X": the visitor, not the participle (events/visiting_partners.py)
                    guest = visitor(doc, pobj)
                    pobj = pobj if guest is None else guest
                    out.extend(conjunct_indices(doc, pobj))
        elif parse.deps[child] == "xcomp" and parse.tags[child] in ("NN", "NNS") and "to" in preps and any(
                parse.deps[a] == "aux" and parse.lower[a] == "to" for a in parse.children(child)):
            out.extend(conjunct_indices(doc, child))  # "agreed to talks": a noun misparsed as an infinitive
    return [doc[i] for i in out]


def quantity_head(noun: Token, quantity: frozenset[str]) -> Token:
    """The noun behind a quantity ("a range of agreements" -> agreements)."""
    while noun.lemma_.lower() in quantity or noun.lemma_.lower() in TREND_NOUNS:
        inner = prep_objects(noun, TREND_PREPS if noun.lemma_.lower() in TREND_NOUNS else {"of"})
        if not inner:
            break
        noun = inner[0]
    return noun
