"""Sentences whose subject is cut off by an aside: "Senegal, for its part, called on Gambia to
reopen the border". The parser reads the commas as closing a noun phrase and hangs "called" on
"Senegal" as a reduced relative clause, leaving the noun as the sentence's root: the coder then
found no subject for the act. When the root of a sentence is a noun and the only verb hung on it
is a past form set off from it by an aside between commas, the verb is the sentence's verb and
the noun its subject ("Senegal's president, for his part, called ...", "Mali, in turn, accused ...").

A sentence that opens with a place phrase can lose its subject the other way (session 33): "At a
rally in Lagos, the president, who had ..., appeared to back X" hangs "the president" on "Lagos" as
an apposition and leaves "appeared" with no subject; the apposition that closes the opening phrase
right before a finite root verb with no subject is that verb's subject (:func:`fronted_apposed_subject`).
"""

from __future__ import annotations

from spacy.tokens import Token

NOUN_POS = frozenset({"NOUN", "PROPN"})
PAST_TAGS = frozenset({"VBD", "VBN"})


def interrupted_root_verb(verb: Token) -> bool:
    """Whether ``verb`` is the sentence's own verb, misread as a clause on its subject because an
    aside between commas stands between them (see the module)."""
    head = verb.head
    if verb.dep_ != "acl" or verb.tag_ not in PAST_TAGS or head.dep_ != "ROOT" or head.pos_ not in NOUN_POS:
        return False
    if any(c.dep_ in ("agent", "aux", "auxpass") for c in verb.children):
        return False  # "the soldiers, killed by gunmen": a passive participle describes them
    between = verb.doc[head.i + 1:verb.i]
    commas = [t for t in between if t.text == ","]
    # "X , for its part ," : the aside opens right after the noun and closes right before the verb
    return len(between) >= 3 and len(commas) == 2 and between[0].text == "," and between[-1].text == ","


def aside(pobj: Token) -> bool:
    """Whether ``pobj`` is the noun of a discourse aside, never an argument: "for its part", "for
    their part" ("Senegal, for its part, called on ..." is no call *for* anything)."""
    return pobj.lower_ == "part" and pobj.head.lower_ == "for" and any(c.dep_ == "poss" for c in pobj.children)


def aside_prep(prep: Token) -> bool:
    """Whether the preposition ``prep`` opens a discourse aside ("*for* its part"): no particle of its verb."""
    return prep.lower_ == "for" and any(c.dep_ == "pobj" and aside(c) for c in prep.children)


# Tags of a finite verb, the only kind a sentence's subject is owed to.
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})


def fronted_apposed_subject(verb: Token) -> Token | None:
    """The subject of a sentence's own verb that the parser hung as an apposition on the place of a
    fronted phrase: "At a rally in Lagos, the Nigerian president, who had ..., appeared to back
    X": the president, read as an apposition to "Lagos", is who appeared. Only for a finite root
    verb with no subject of its own, whose opening phrase ends, after a comma, with that apposition
    right before the verb; else ``None``."""
    if verb.dep_ != "ROOT" or verb.tag_ not in FINITE_TAGS \
            or any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl") for c in verb.children):
        return None
    fronted = next((c for c in verb.children if c.dep_ == "prep" and c.i == verb.sent.start), None)
    if fronted is None:
        return None
    doc = verb.doc
    for token in fronted.subtree:
        if token.dep_ != "appos" or token.pos_ not in NOUN_POS or token.left_edge.i == 0 \
                or any(c.dep_ == "conj" for c in token.children):
            continue  # "in Lagos, the largest city, supporters of ...": a list, not one subject
        end = token.right_edge.i + 1
        end += 1 if end < verb.i and doc[end].text == "," else 0
        if end == verb.i and doc[token.left_edge.i - 1].text == ",":
            return token
    return None
